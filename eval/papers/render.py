"""Writing a :class:`~eval.papers.spec.Paper` in its format: HTML (also printed to PDF by
chromium, with or without cell borders, or screenshotted into an image-only "scan"), Markdown,
Word, Excel and CSV. Everything but the PDFs is byte-for-byte deterministic."""

from __future__ import annotations

import csv
import html
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from eval.papers.spec import FILLS, Paper, Row, cells, date_value

CHROMIUM = "/usr/bin/chromium"
FIXED_TIME = datetime(2020, 1, 1, 9, 0, 0)


def _blocks(paper: Paper) -> list[tuple[str | None, Row | None]]:
    """The table body: (sub-heading, None) when the category changes, then (None, row); a
    paper whose categories are a 'theme' column has no sub-heading rows."""
    out: list[tuple[str | None, Row | None]] = []
    current = None
    for row in paper.rows:
        if row.category and row.category != current and "theme" not in paper.headers:
            out.append((row.category, None))
        current = row.category
        out.append((None, row))
    return out


def _two_row(paper: Paper) -> bool:
    return bool(
        paper.two_row_date_header and "original" in paper.headers and "revised" in paper.headers
    )


def _header_rows(paper: Paper) -> list[list[tuple[str, int, int]]]:
    """Header rows of (text, colspan, rowspan)."""
    names = list(paper.headers)
    if not _two_row(paper):
        return [[(paper.headers[n], 1, 1) for n in names]]
    top: list[tuple[str, int, int]] = []
    for n in names:
        if n == "original":
            top.append((paper.two_row_date_header or "", 2, 1))
        elif n != "revised":
            top.append((paper.headers[n], 1, 2))
    return [top, [(paper.headers["original"], 1, 1), (paper.headers["revised"], 1, 1)]]


def _spans(paper: Paper, rows: list[list[str]]) -> list[list[int]]:
    """Row spans for merged cells: the first of a run of equal values gets the run length, the
    others 0. Only columns in ``merge_fields``; runs never cross a sub-heading."""
    names = list(paper.headers)
    spans = [[1] * len(names) for _ in rows]
    for c, name in enumerate(names):
        if name not in paper.merge_fields:
            continue
        i = 0
        while i < len(rows):
            j = i + 1
            while j < len(rows) and rows[j][c] == rows[i][c] and rows[i][c]:
                j += 1
            spans[i][c] = j - i
            for k in range(i + 1, j):
                spans[k][c] = 0
            i = j
    return spans


# --- HTML, and PDFs printed from it ----------------------------------------------------------

_CSS = """
body { font-family: %(font)s; font-size: %(size)s; color: #111; }
h1 { font-size: 16pt; margin: 0 0 6pt 0; } h2 { font-size: 12pt; margin: 14pt 0 6pt 0; }
p { margin: 4pt 0; }
table { border-collapse: collapse; width: 100%%; }
th, td { vertical-align: %(valign)s; text-align: left; padding: %(padding)s; %(cell)s }
th { background: %(head_bg)s; }
td.sub { font-weight: bold; background: #eee; }
.meta td { border: none; padding: 1pt 6pt 1pt 0; }
"""

_PAGE = """
@page { size: A4 %(orient)s; margin: 18mm 12mm 16mm 12mm;
  @top-left { content: "%(header)s"; font-size: 8pt; color: #444; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; }
  @bottom-left { content: "%(footer)s"; font-size: 8pt; color: #444; } }
"""


def to_html(paper: Paper, *, printed: bool = False, scan: bool = False) -> str:
    style = paper.extra
    rule = style.get("rule", "#333")  # a faint '#ccc' scans as broken rules
    css = _CSS % {
        "font": style.get("font", "Arial, Helvetica, sans-serif"),
        "size": style.get("size", "9.5pt"),
        "cell": f"border: 0.8pt solid {rule};" if paper.borders else "border: none;",
        "valign": style.get("valign", "top"),  # 'middle': cells centred in their row
        "head_bg": style.get("head_bg", "#d9e2f3" if paper.borders else "#fff"),
        "padding": style.get("padding", "3pt 4pt"),  # thin padding packs rows close
    }
    if printed and not scan:
        css += _PAGE % {
            "orient": style.get("orient", "landscape"),
            "header": paper.running_header or f"{paper.body} | {paper.committee}",
            "footer": style.get("footer", paper.meeting),
        }
    if not paper.borders:
        css += "th { border-bottom: 1pt solid #000; }\n"
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    if scan:
        parts.append(f"<p style='font-size:8pt;color:#444'>{html.escape(paper.running_header)}</p>")
    parts.append(f"<h1>{html.escape(paper.title)}</h1>")
    parts.append("<table class='meta'>")
    for label, value in (
        (style.get("body_label", "Body"), paper.body),
        (style.get("committee_label", "Committee"), paper.committee),
        (style.get("date_label", "Date of meeting"), paper.meeting),
    ):
        parts.append(f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(value)}</td></tr>")
    parts.append("</table>")
    for text in paper.intro:
        parts.append(f"<p>{html.escape(text)}</p>")
    parts.append(f"<h2>{html.escape(style.get('table_heading', 'Action plan'))}</h2>")
    widths = style.get("widths", {})  # field -> CSS width ('1px': as narrow as its words allow)
    if widths:
        cols = (
            f"<col style='width:{widths[n]}'>" if n in widths else "<col>" for n in paper.headers
        )
        parts.append("<table>")
        parts.append(f"<colgroup>{''.join(cols)}</colgroup>")
        parts.append("<thead>")
    else:  # as every paper without widths was rendered before: the committed files stay true
        parts.append("<table><thead>")
    for hrow in _header_rows(paper):
        parts.append("<tr>")
        for text, colspan, rowspan in hrow:
            attrs = (f" colspan='{colspan}'" if colspan > 1 else "") + (
                f" rowspan='{rowspan}'" if rowspan > 1 else ""
            )
            parts.append(f"<th{attrs}>{html.escape(text)}</th>")
        parts.append("</tr>")
    parts.append("</thead><tbody>")
    ncols = len(paper.headers)
    names = list(paper.headers)
    for group in _groups(paper):
        heading, rows = group
        if heading:
            parts.append(f"<tr><td class='sub' colspan='{ncols}'>{html.escape(heading)}</td></tr>")
        values = [cells(paper, r) for r in rows]
        spans = _spans(paper, values)
        for row, vals, span in zip(rows, values, spans, strict=True):
            parts.append("<tr>")
            for c, value in enumerate(vals):
                if span[c] == 0:
                    continue
                attrs = f" rowspan='{span[c]}'" if span[c] > 1 else ""
                if names[c] == "status" and paper.rag_fill:
                    attrs += f" style='background:#{FILLS[row.status.lower()]}'"
                text = html.escape(value).replace("\n", "<br>")
                parts.append(f"<td{attrs}>{text}</td>")
            parts.append("</tr>")
    parts.append("</tbody></table>")
    if paper.rag_key and style.get("key_text"):
        parts.append(f"<p><i>{html.escape(style['key_text'])}</i></p>")
    parts.append(f"<h2>{html.escape(style.get('closing_heading', 'Recommendation'))}</h2>")
    for text in paper.closing:
        parts.append(f"<p>{html.escape(text)}</p>")
    if scan:
        parts.append("<p style='text-align:right;font-size:8pt'>Page 1 of 1</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _groups(paper: Paper) -> list[tuple[str | None, list[Row]]]:
    groups: list[tuple[str | None, list[Row]]] = []
    for heading, row in _blocks(paper):
        if heading is not None:
            groups.append((heading, []))
        elif row is not None:
            if not groups:
                groups.append((None, []))
            groups[-1][1].append(row)
    return groups


def _chromium(args: list[str], page: Path) -> None:
    """Run headless chromium on ``page`` with a profile of its own (two builds running at once
    share no state) and layout finished before it prints or shoots (the same bytes each time)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={profile}",
                "--run-all-compositor-stages-before-draw",
                "--virtual-time-budget=2000",
                *args,
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def to_pdf(paper: Paper, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "paper.html"
        page.write_text(to_html(paper, printed=True), encoding="utf-8")
        _chromium(["--no-pdf-header-footer", f"--print-to-pdf={out}"], page)


def to_scan(paper: Paper, out: Path) -> None:
    """An image-only PDF: the page screenshotted at 150 dpi (A4), greyed and slightly skewed."""
    from PIL import Image, ImageFilter

    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "paper.html"
        shot = Path(tmp) / "shot.png"
        body = to_html(paper, scan=True).replace(
            "<body>", "<body style='margin:70px 80px;width:1080px'>"
        )
        page.write_text(body, encoding="utf-8")
        _chromium(["--hide-scrollbars", "--window-size=1240,1754", f"--screenshot={shot}"], page)
        with Image.open(shot) as img:
            grey = img.convert("L")
        grey = grey.rotate(0.4, resample=Image.Resampling.BICUBIC, fillcolor=255)
        grey = grey.filter(ImageFilter.GaussianBlur(0.4))
        grey.save(out, "PDF", resolution=150.0)


# --- Markdown --------------------------------------------------------------------------------


def to_markdown(paper: Paper) -> str:
    style = paper.extra
    lines = [f"# {paper.title}", ""]
    lines += [f"**Body:** {paper.body}  ", f"**Committee:** {paper.committee}  "]
    lines += [f"**Meeting:** {paper.meeting}", ""]
    for text in paper.intro:
        lines += [text, ""]
    lines += [f"## {style.get('table_heading', 'Action plan')}", ""]
    names = list(paper.headers)
    lines.append("| " + " | ".join(paper.headers[n] for n in names) + " |")
    lines.append("|" + "|".join(" --- " for _ in names) + "|")
    for heading, row in _blocks(paper):
        if heading is not None:
            lines.append("| **" + heading + "** |" + " |" * (len(names) - 1))
        elif row is not None:
            vals = [v.replace("\n", " ").replace("|", "/") for v in cells(paper, row)]
            lines.append("| " + " | ".join(vals) + " |")
    lines.append("")
    if style.get("key_text"):
        lines += [f"*{style['key_text']}*", ""]
    lines += [f"## {style.get('closing_heading', 'Recommendation')}", ""]
    for text in paper.closing:
        lines += [text, ""]
    return "\n".join(lines)


# --- CSV -------------------------------------------------------------------------------------


def to_csv(paper: Paper) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    preamble = [[paper.title], [f"{paper.body} - {paper.committee}"], [paper.meeting]]
    for line in preamble[: paper.header_row - 1]:
        writer.writerow(line)
    for _ in range(paper.header_row - 1 - len(preamble)):
        writer.writerow([])
    names = list(paper.headers)
    writer.writerow([paper.headers[n] for n in names])
    for row in paper.rows:
        writer.writerow(cells(paper, row))
    return buf.getvalue()


# --- Excel -----------------------------------------------------------------------------------


def to_xlsx(paper: Paper, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    style = paper.extra
    wb = Workbook()
    cover = wb.active
    assert cover is not None
    cover.title = style.get("cover_sheet", "Cover")
    cover["A1"] = paper.title
    cover["A1"].font = Font(bold=True, size=14)
    cover["A3"], cover["B3"] = "Organisation", paper.body
    cover["A4"], cover["B4"] = "Committee", paper.committee
    cover["A5"], cover["B5"] = "Meeting", paper.meeting
    for i, text in enumerate(paper.intro, start=7):
        cover[f"A{i}"] = text
    last = 8 + len(paper.intro)
    for i, text in enumerate(paper.closing, start=last):
        cover[f"A{i}"] = text
    sheet = wb.create_sheet(style.get("sheet", "Action tracker"))
    sheet["A1"] = f"{paper.body}: {paper.title}"
    sheet["A1"].font = Font(bold=True, size=12)
    if paper.header_row > 2:
        sheet["A2"] = f"Position as at {paper.meeting}"
    if paper.rag_key and style.get("key_text") and paper.header_row > 3:
        sheet["A3"] = style["key_text"]
    names = list(paper.headers)
    for c, n in enumerate(names, start=1):
        cell = sheet.cell(row=paper.header_row, column=c, value=paper.headers[n])
        cell.font = Font(bold=True)
    r = paper.header_row + 1
    for heading, row in _blocks(paper):
        if heading is not None:
            sheet.cell(row=r, column=1, value=heading).font = Font(bold=True)
            r += 1
            continue
        assert row is not None
        for c, (n, value) in enumerate(zip(names, cells(paper, row), strict=True), start=1):
            cell = sheet.cell(row=r, column=c)
            when = date_value(paper, row, n) if n in ("due", "original", "revised") else None
            if when is not None and paper.extra.get("excel_dates", True):
                cell.value = datetime(when.year, when.month, when.day)
                cell.number_format = "dd/mm/yyyy"
            elif n == "pct" and value.endswith("%"):  # a share done as Excel keeps it: 0.6
                cell.value = int(value.rstrip("%")) / 100
                cell.number_format = "0%"
            else:
                cell.value = value or None
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if n == "status" and paper.rag_fill:
                colour = FILLS[row.status.lower()]
                cell.fill = PatternFill("solid", start_color=colour, end_color=colour)
        r += 1
    for c in range(1, len(names) + 1):
        sheet.column_dimensions[chr(64 + c)].width = (
            30 if names[c - 1] in ("issue", "action", "progress") else 14
        )
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = paper.body
    wb.save(out)


# --- Word ------------------------------------------------------------------------------------


def _shade(cell: object, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tc_pr.append(shd)


def _field(paragraph: object, code: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()  # type: ignore[attr-defined]
    for kind, text in (
        ("begin", None),
        (None, code),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == code:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = code
            run._r.append(instr)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)


def to_docx(paper: Paper, out: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    style = paper.extra
    doc = Document()
    section = doc.sections[0]
    if style.get("orient", "landscape") == "landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    section.header.paragraphs[0].text = paper.running_header or paper.body
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")
    doc.add_heading(paper.title, level=1)
    for label, value in (
        (style.get("body_label", "Body"), paper.body),
        (style.get("committee_label", "Committee"), paper.committee),
        (style.get("date_label", "Date of meeting"), paper.meeting),
    ):
        p = doc.add_paragraph()
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)
    for text in paper.intro:
        doc.add_paragraph(text)
    doc.add_heading(style.get("table_heading", "Action plan"), level=2)
    names = list(paper.headers)
    header_rows = _header_rows(paper)
    groups = _groups(paper)
    nrows = len(header_rows) + sum(len(rows) + (1 if h else 0) for h, rows in groups)
    table = doc.add_table(rows=nrows, cols=len(names))
    if paper.borders:
        table.style = "Table Grid"
    if len(header_rows) == 1:
        for c, n in enumerate(names):
            table.cell(0, c).text = paper.headers[n]
    else:
        for c, n in enumerate(names):
            if n == "original":
                top = table.cell(0, c).merge(table.cell(0, c + 1))
                top.text = paper.two_row_date_header or ""
                table.cell(1, c).text = paper.headers["original"]
                table.cell(1, c + 1).text = paper.headers["revised"]
            elif n != "revised":
                merged = table.cell(0, c).merge(table.cell(1, c))
                merged.text = paper.headers[n]
    for hr in range(len(header_rows)):
        for cell in table.rows[hr].cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.bold = True
    r = len(header_rows)
    for heading, rows in groups:
        if heading:
            merged = table.cell(r, 0).merge(table.cell(r, len(names) - 1))
            merged.text = heading
            for run in merged.paragraphs[0].runs:
                run.bold = True
            r += 1
        values = [cells(paper, row) for row in rows]
        spans = _spans(paper, values)
        for i, (row, vals) in enumerate(zip(rows, values, strict=True)):
            for c, value in enumerate(vals):
                if spans[i][c] == 0:
                    continue
                cell = table.cell(r + i, c)
                if spans[i][c] > 1:
                    cell = cell.merge(table.cell(r + i + spans[i][c] - 1, c))
                cell.text = value
                if names[c] == "status" and paper.rag_fill:
                    _shade(cell, FILLS[row.status.lower()])
        r += len(rows)
    for row_ in table.rows:
        for cell in row_.cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(9)
    if style.get("key_text"):
        doc.add_paragraph(style["key_text"])
    doc.add_heading(style.get("closing_heading", "Recommendation"), level=2)
    for text in paper.closing:
        doc.add_paragraph(text)
    props = doc.core_properties
    props.created = props.modified = FIXED_TIME
    props.author = props.last_modified_by = paper.body
    props.revision = 1
    doc.save(str(out))


def _fix_pdf_dates(path: Path) -> None:
    """Replace the creation and modification times chromium and Pillow stamp into a PDF with
    FIXED_TIME, keeping every byte offset (the new value has the same length)."""
    data = path.read_bytes()
    stamp = FIXED_TIME.strftime("%Y%m%d%H%M%S").encode()

    def fixed(match: re.Match[bytes]) -> bytes:
        old = match.group(2)
        return match.group(1) + (stamp + old[len(stamp) :])[: len(old)]

    path.write_bytes(re.sub(rb"(/(?:CreationDate|ModDate) \(D:)([^)]*)", fixed, data))


def _fix_zip_times(path: Path) -> None:
    """Rewrite a .docx/.xlsx with fixed entry times, so the same spec gives the same bytes."""
    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, data in entries:
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time
                data = re.sub(
                    rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*",
                    rb"\g<1>" + FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode(),
                    data,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, data)


def write(paper: Paper, folder: Path) -> Path:
    """Write ``paper`` into ``folder`` in its format; the path written."""
    out = folder / paper.filename
    if paper.fmt == "html":
        out.write_text(to_html(paper), encoding="utf-8")
    elif paper.fmt == "md":
        out.write_text(to_markdown(paper), encoding="utf-8")
    elif paper.fmt == "csv":
        out.write_text(to_csv(paper), encoding="utf-8")
    elif paper.fmt == "xlsx":
        to_xlsx(paper, out)
        _fix_zip_times(out)
    elif paper.fmt == "docx":
        to_docx(paper, out)
        _fix_zip_times(out)
    elif paper.fmt == "pdf":
        to_pdf(paper, out)
        _fix_pdf_dates(out)
    elif paper.fmt == "pdf-scan":
        to_scan(paper, out)
        _fix_pdf_dates(out)
    else:
        raise ValueError(f"unknown format {paper.fmt!r}")
    return out


def have_chromium() -> bool:
    return Path(CHROMIUM).exists() or shutil.which("chromium") is not None
