/* govrag workbench charts: a timeline of appearances by year and a slippage chart of deadlines,
 * drawn as SVG with DOM calls. No library, no network, no markup parsing: every label is a Text
 * node or an attribute value, so document text can never become markup.
 *
 * Each chart is one role="img" SVG whose aria-label says what it shows in words (the status of
 * every mark included); the workbench puts a table with the same facts under it. Status is shown
 * by colour *and* shape, and named in each mark's tooltip (<title>).
 *
 * Exposes window.govragCharts = { STATUS, timeline, slippage, legend, refLabel, monthLabel }.
 */
"use strict";

(() => {
  const NS = "http://www.w3.org/2000/svg";
  const STATUS = {
    complete: { label: "Complete", shape: "circle" },
    partial: { label: "Partly done", shape: "diamond" },
    ongoing: { label: "Ongoing", shape: "square" },
    not_started: { label: "Not started", shape: "triangle" },
    unknown: { label: "Not stated", shape: "ring" },
  };
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  const CHAR_WIDTH = 8.5; // a generous width of a bold 13px character, to shorten labels
  let chartCount = 0; // unique ids for <marker> definitions

  /** An SVG element; attrs set by name ("text" -> textContent), children appended. */
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  const statusLabel = (status) => (STATUS[status] || STATUS.unknown).label;

  /** "R5" stays "R5"; a bare number is an item: "3" -> "item 3". */
  function refLabel(ref) {
    if (!ref) return "no ref";
    return /^\d/.test(ref) ? `item ${ref}` : ref;
  }

  /** "2008-12-31" -> "December 2008" (or "Dec 2008" when short). */
  function monthLabel(iso, short) {
    const match = /^(\d{4})-(\d{2})/.exec(iso || "");
    if (!match) return iso || "";
    const name = MONTHS[Number(match[2]) - 1] || "";
    return `${short ? name.slice(0, 3) : name} ${match[1]}`;
  }

  function shorten(text, chars) {
    const value = String(text || "");
    return value.length > chars ? `${value.slice(0, Math.max(1, chars - 1))}…` : value;
  }

  /** The status shape centred on (cx, cy), radius r. */
  function shape(status, cx, cy, r) {
    const kind = (STATUS[status] || STATUS.unknown).shape;
    const cls = `shape status-${STATUS[status] ? status : "unknown"}`;
    const points = (list) => list.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ");
    switch (kind) {
      case "diamond":
        return svg("polygon", { class: cls, points: points([[cx, cy - r * 1.25],
          [cx + r * 1.25, cy], [cx, cy + r * 1.25], [cx - r * 1.25, cy]]) });
      case "square":
        return svg("rect", { class: cls, x: cx - r * 0.9, y: cy - r * 0.9, width: r * 1.8,
          height: r * 1.8, rx: 2 });
      case "triangle":
        return svg("polygon", { class: cls, points: points([[cx, cy - r * 1.2],
          [cx + r * 1.15, cy + r * 0.85], [cx - r * 1.15, cy + r * 0.85]]) });
      case "ring":
        return svg("circle", { class: `${cls} ring`, cx, cy, r: r * 0.85 });
      default:
        return svg("circle", { class: cls, cx, cy, r });
    }
  }

  /** An HTML list naming each status next to its shape (the key to the timeline). */
  function legend() {
    const list = document.createElement("ul");
    list.className = "chart-legend";
    list.setAttribute("aria-label", "Key: status of each appearance");
    for (const [status, meta] of Object.entries(STATUS)) {
      const item = document.createElement("li");
      const icon = svg("svg", { width: 18, height: 18, viewBox: "0 0 18 18", "aria-hidden": "true",
        focusable: "false", class: "legend-icon" }, shape(status, 9, 9, 6));
      item.append(icon, meta.label);
      list.append(item);
    }
    return list;
  }

  /** A step of 1, 2, 5, 10… units so labels stay at least `minGap` pixels apart. */
  function tickStep(pixelsPerUnit, minGap) {
    for (const step of [1, 2, 3, 5, 10, 20, 25, 50]) if (step * pixelsPerUnit >= minGap) return step;
    return 100;
  }

  function describeRow(row) {
    const items = row.items;
    if (!items.length) return `${row.label}: no appearances`;
    if (items.length <= 12) {
      return `${row.label}: ` + items.map((i) =>
        `${i.year || "year not stated"} ${refLabel(i.ref)} ${statusLabel(i.status)}`).join("; ");
    }
    const byYear = new Map();
    for (const item of items) {
      const counts = byYear.get(item.year) || new Map();
      counts.set(item.status, (counts.get(item.status) || 0) + 1);
      byYear.set(item.year, counts);
    }
    return `${row.label}: ` + [...byYear].map(([year, counts]) => `${year || "year not stated"}: ` +
      [...counts].map(([status, n]) => `${n} ${statusLabel(status)}`).join(", ")).join("; ");
  }

  /**
   * Appearances by year: one lane per row, one mark per appearance (stacked when a row has more
   * than one in a year), coloured and shaped by status.
   *   rows: [{ label, items: [{ id, year, status, ref, tooltip }] }]
   *   width: the pixels available; the chart grows beyond it (and its box scrolls) when the
   *     years would be closer than MIN_YEAR px.
   *   onSelect(id): called when a mark is clicked.
   * Returns { element, select(id) }.
   */
  function timeline({ rows, width, title, onSelect }) {
    const MIN_YEAR = 34;
    const LEFT = 18;
    const RIGHT = 40; // room for the ref label right of the last mark
    const STACK = 26;
    const R = 8;
    const years = rows.flatMap((row) => row.items.map((i) => i.year)).filter(Boolean);
    let first = years.length ? Math.min(...years) - 1 : new Date().getFullYear() - 1;
    let last = years.length ? Math.max(...years) + 1 : first + 2;
    if (last - first < 4) { first -= 1; last += 1; }
    const span = last - first;
    const perYear = Math.max(MIN_YEAR, (Math.max(width, 200) - LEFT - RIGHT) / span);
    const total = Math.round(LEFT + RIGHT + perYear * span);
    const x = (year) => LEFT + (year - first) * perYear;
    const labelChars = Math.floor((total - 2 * LEFT) / CHAR_WIDTH);

    const plot = svg("g", { class: "plot" });
    const marks = new Map();
    let top = 8;
    rows.forEach((row, index) => {
      const stacks = new Map();
      for (const item of row.items) stacks.set(item.year, (stacks.get(item.year) || 0) + 1);
      const depth = Math.max(1, ...stacks.values());
      const height = 24 + depth * STACK + 6;
      const group = svg("g", { class: "lane" },
        svg("title", { text: row.label }),
        svg("rect", { class: index % 2 ? "lane-band odd" : "lane-band", x: 0, y: top,
          width: total, height }),
        svg("text", { class: "lane-label", x: 8, y: top + 17,
          text: shorten(row.label, labelChars) }));
      const placed = new Map();
      for (const item of row.items) {
        if (!item.year) continue;
        const k = placed.get(item.year) || 0;
        placed.set(item.year, k + 1);
        const cx = x(item.year);
        const cy = top + 24 + STACK / 2 + k * STACK;
        const name = `${item.year} ${refLabel(item.ref)}, ${statusLabel(item.status)}` +
          (item.tooltip ? `: ${item.tooltip}` : "");
        const mark = svg("g", {
          class: `mark mark-${STATUS[item.status] ? item.status : "unknown"}`,
          "data-id": item.id, "data-year": item.year, "data-status": item.status,
          "aria-label": name,
          onclick: () => onSelect && onSelect(item.id),
        },
        svg("title", { text: name }),
        svg("circle", { class: "mark-halo", cx, cy, r: R + 5 }),
        shape(item.status, cx, cy, R),
        svg("text", { class: "mark-ref", x: cx + R + 7, y: cy + 4,
          text: shorten(item.ref || "", 6) }));
        marks.set(item.id, mark);
        group.append(mark);
      }
      plot.append(group);
      top += height;
    });

    const axis = svg("g", { class: "axis", "aria-hidden": "true" });
    const step = tickStep(perYear, 42);
    for (let year = first; year <= last; year += 1) {
      const labelled = (year - first) % step === 0 || years.includes(year);
      axis.append(svg("line", { class: years.includes(year) ? "grid data" : "grid",
        x1: x(year), x2: x(year), y1: 4, y2: top + 4 }));
      if (labelled && (year !== last || years.includes(year))) {
        axis.append(svg("text", { class: years.includes(year) ? "tick data" : "tick",
          x: x(year), y: top + 20, "text-anchor": "middle", text: String(year) }));
      }
    }
    axis.append(svg("line", { class: "baseline", x1: 0, x2: total, y1: top + 4, y2: top + 4 }));

    const summary = `${title}. ` + rows.map(describeRow).join(". ") + ".";
    const element = svg("svg", {
      class: "chart timeline-chart", role: "img", "aria-label": summary,
      width: total, height: top + 28, viewBox: `0 0 ${total} ${top + 28}`,
    }, axis, plot);
    return {
      element,
      select(id) {
        for (const [key, mark] of marks) mark.classList.toggle("selected", key === id);
      },
    };
  }

  /** Months since year 0, at the middle of the month: the record's deadlines are months
   * ("November 2008", stored as 2008-11-30), so each sits under its month's label. */
  function monthValue(iso) {
    const [y, m] = iso.split("-").map(Number);
    return y * 12 + (m - 1) + 0.5;
  }

  /**
   * Original deadline -> current deadline, one arrow per action, on a month axis.
   *   rows: [{ id, label, from: "2008-11-30", to: "2009-03-31", months, extensions, tooltip }]
   */
  function slippage({ rows, width, title }) {
    const LEFT = 14;
    const later = (n) => (n === null || n === undefined ? "later"
      : `${n} month${n === 1 ? "" : "s"} later`);
    const monthsText = (n) => (n === null || n === undefined ? "slipped"
      : `+${n} month${n === 1 ? "" : "s"}`);
    const longest = Math.max(...rows.map((r) => monthsText(r.months).length));
    const RIGHT = 24 + longest * CHAR_WIDTH; // the "+3 months" label after the arrowhead
    const MIN_MONTH = 30;
    const ROW = 58;
    const values = rows.flatMap((r) => [monthValue(r.from), monthValue(r.to)]);
    const first = Math.floor(Math.min(...values)) - 1;
    const last = Math.ceil(Math.max(...values)) + 1;
    const span = last - first;
    const perMonth = Math.max(MIN_MONTH, (Math.max(width, 200) - LEFT - RIGHT) / span);
    const total = Math.round(LEFT + RIGHT + perMonth * span);
    const x = (value) => LEFT + (value - first) * perMonth;
    const labelChars = Math.floor((total - 2 * LEFT) / CHAR_WIDTH);
    const arrowId = `slip-arrow-${(chartCount += 1)}`;
    const height = 10 + rows.length * ROW;

    const defs = svg("defs", null, svg("marker", {
      id: arrowId, viewBox: "0 0 10 10", refX: 8, refY: 5, markerWidth: 7, markerHeight: 7,
      orient: "auto-start-reverse",
    }, svg("path", { class: "slip-arrowhead", d: "M 0 0 L 10 5 L 0 10 z" })));

    const axis = svg("g", { class: "axis", "aria-hidden": "true" });
    const step = tickStep(perMonth, 28);
    let yearShown = null;
    for (let month = first; month <= last; month += 1) {
      axis.append(svg("line", { class: month % 12 === 0 ? "grid data" : "grid",
        x1: x(month), x2: x(month), y1: 4, y2: height }));
      if (month < last && (month - first) % step === 0) {
        const name = MONTHS[month % 12].slice(0, 3);
        const centre = x(month + 0.5);
        axis.append(svg("text", { class: "tick", x: centre, y: height + 16, "text-anchor": "middle",
          text: name }));
        const year = Math.floor(month / 12);
        if (year !== yearShown) { // under the first labelled month of each year
          yearShown = year;
          axis.append(svg("text", { class: "tick year", x: centre, y: height + 31,
            "text-anchor": "middle", text: String(year) }));
        }
      }
    }
    axis.append(svg("line", { class: "baseline", x1: 0, x2: total, y1: height, y2: height }));

    const plot = svg("g", { class: "plot" });
    rows.forEach((row, index) => {
      const top = 10 + index * ROW;
      const x1 = x(monthValue(row.from));
      const x2 = x(monthValue(row.to));
      const y = top + 34;
      const name = `${row.label}: due ${monthLabel(row.from)}, now ${monthLabel(row.to)}, ` +
        later(row.months) + (row.extensions > 1 ? ` (${row.extensions} extensions)` : "");
      plot.append(svg("g", {
        class: "slip-bar", "data-id": row.id, "data-months": row.months, "aria-label": name,
      },
      svg("title", { text: row.tooltip ? `${name}. ${row.tooltip}` : name }),
      svg("text", { class: "slip-label", x: 6, y: top + 14,
        text: shorten(row.label, labelChars) }),
      svg("line", { class: "slip-line", x1, x2: Math.max(x1 + 1, x2 - 2), y1: y, y2: y,
        "marker-end": `url(#${arrowId})` }),
      svg("circle", { class: "slip-start", cx: x1, cy: y, r: 5 }),
      svg("text", { class: "slip-months", x: x2 + 10, y: y + 4,
        text: monthsText(row.months) })));
    });

    const summary = `${title}. ` + rows.map((row) => `${row.label}: due ${monthLabel(row.from)}, ` +
      `revised to ${monthLabel(row.to)}, ${later(row.months)}`).join("; ") + ".";
    const element = svg("svg", {
      class: "chart slippage-chart", role: "img", "aria-label": summary,
      width: total, height: height + 38, viewBox: `0 0 ${total} ${height + 38}`,
    }, defs, axis, plot);
    return { element };
  }

  window.govragCharts = { STATUS, timeline, slippage, legend, refLabel, monthLabel };
})();
