/* govrag auditor's workbench: the Chat / Workbench switch and three views over the API.
 *
 *   Register   GET /v1/records (filters, sortable table, CSV/XLSX export of the same filters);
 *              a record's ref opens its issue thread (GET /v1/threads/{record id}).
 *   Recurring  GET /v1/recurring (themes and threads) and a timeline of appearances by year
 *              (GET /v1/threads/{id}, or GET /v1/records?theme= for a theme).
 *   Slippage   GET /v1/slippage: original -> revised deadline per slipped action, by theme.
 *
 * Same safety rule as app.js: text from the record reaches the page only through textContent,
 * Text nodes and attribute values. The charts are drawn by charts.js (window.govragCharts).
 * The view is kept in the URL hash: #chat, #register, #recurring, #slippage.
 * Every request goes through window.govragApi.fetch (app.js), which sends the API key when the
 * server needs one; with a key the exports are downloaded with fetch() too (a link cannot carry
 * the Authorization header).
 */
"use strict";

(() => {
  const charts = window.govragCharts;
  const api = window.govragApi; // app.js: fetch with the API key, friendly refusals
  const { refLabel, monthLabel } = charts;
  const STATUS_LABELS = Object.fromEntries(
    Object.entries(charts.STATUS).map(([key, meta]) => [key, meta.label]));
  const STATUS_ORDER = ["complete", "partial", "ongoing", "not_started", "unknown"];
  const SUB_VIEWS = ["register", "recurring", "slippage"];
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

  const state = {
    view: "chat",
    sub: "register",
    optionsLoaded: false,
    shown: {}, // view -> the filter key it last loaded with
    requests: {}, // view -> AbortController of its request in flight
    recurringLoaded: false,
    slippage: null, // the last /v1/slippage answer (redrawn on resize)
    timer: null,
  };

  const $ = (id) => document.getElementById(id);

  const el = api.el; // app.js: create an element, text as text (never parsed as markup)

  function announce(message) {
    const status = $("wb-live");
    status.textContent = "";
    window.setTimeout(() => { status.textContent = message; }, 30);
  }

  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

  /** "2002-03-31" -> "31 March 2002"; other text unchanged. */
  function dayLabel(iso) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!match) return iso || "";
    return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
  }

  function yearsLabel(years) {
    if (!years || !years.length) return "no year";
    const first = Math.min(...years);
    const last = Math.max(...years);
    return first === last ? String(first) : `${first}–${last}`;
  }

  // ---------------------------------------------------------------- fetching

  class ApiError extends Error {
    constructor(error) {
      super(error.message || "The server reported an error.");
      this.help = error.help || "";
      this.code = error.code || "";
      this.status = error.status || null;
      this.friendly = Boolean(error.friendly); // a refusal worth trying again (app.js errorOf)
    }
  }

  /** GET a JSON body; a non-2xx answer becomes an ApiError with the server's message. */
  async function getJSON(url, signal) {
    const response = await api.fetch(url, { headers: { Accept: "application/json" }, signal });
    if (!response.ok) throw new ApiError(await api.errorOf(response));
    return response.json();
  }

  /** One request in flight per view: a newer one aborts the older. */
  function request(view, url) {
    if (state.requests[view]) state.requests[view].abort();
    const controller = new AbortController();
    state.requests[view] = controller;
    return getJSON(url, controller.signal).finally(() => {
      if (state.requests[view] === controller) delete state.requests[view];
    });
  }

  /**
   * Show (or with err null, hide) a failure in box. A refusal worth retrying (no key given,
   * too many requests, server busy) gets a "Try again" button: retry, or reload the view.
   */
  function showError(box, err, lead, retry) {
    if (!err) {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    const again = err.friendly && err.code !== "too_large" ? el("button", { type: "button",
      class: "secondary retry", text: "Try again", onclick: retry || retryView }) : null;
    box.replaceChildren(el("p", null,
      el("strong", { text: lead || "Could not load this view: " }), err.message),
    err.help ? el("p", { class: "hint", text: err.help }) : null, again);
    box.hidden = false;
  }

  function retryView() {
    delete state.shown[state.sub];
    show("workbench", null, false);
  }

  const aborted = (err) => err && err.name === "AbortError";

  // ---------------------------------------------------------------- sortable table

  /**
   * A table whose column headings are sort buttons (as in the chat's records table).
   *   columns: [{ key, label, value(row) -> text or Node, sort(row) -> text or number, row? }]
   */
  class SortableTable {
    constructor({ columns, label, caption, className }) {
      this.columns = columns;
      this.label = label;
      this.rows = [];
      this.sortKey = null;
      this.direction = "ascending";
      this.headers = new Map();
      this.tbody = el("tbody");
      this.caption = el("caption");
      this.captionText = caption;
      const headRow = el("tr");
      for (const column of columns) {
        const button = el("button", { type: "button", class: "sort",
          onclick: () => this.sortBy(column.key, true) },
        column.label, el("span", { class: "sort-icon", "aria-hidden": "true" }));
        const th = el("th", { scope: "col", "aria-sort": "none", "data-key": column.key }, button);
        this.headers.set(column.key, th);
        headRow.append(th);
      }
      this.table = el("table", { class: `records-table ${className || ""}` }, this.caption,
        el("thead", null, headRow), this.tbody);
      this.element = el("div", { class: "records", role: "region", tabindex: "0",
        "aria-label": `${label} (scrolls sideways on small screens)` }, this.table);
    }

    setRows(rows) {
      this.rows = rows.slice();
      if (this.sortKey) this.sortBy(this.sortKey, false, true);
      else this.render();
    }

    sortBy(key, toggle, keep) {
      if (!keep) {
        this.direction = toggle && this.sortKey === key && this.direction === "ascending"
          ? "descending" : "ascending";
      }
      this.sortKey = key;
      const column = this.columns.find((c) => c.key === key);
      const sign = this.direction === "ascending" ? 1 : -1;
      const value = column.sort || column.value;
      this.rows.sort((a, b) => {
        const x = value(a);
        const y = value(b);
        if (typeof x === "number" && typeof y === "number") return sign * (x - y);
        return sign * collator.compare(String(x ?? ""), String(y ?? ""));
      });
      for (const [k, th] of this.headers) {
        th.setAttribute("aria-sort", k === key ? this.direction : "none");
      }
      this.render();
      if (toggle) announce(`${this.label} sorted by ${column.label}, ${this.direction}.`);
    }

    render() {
      const n = this.rows.length;
      this.caption.replaceChildren(this.captionText(n),
        el("span", { class: "caption-hint", text: " — select a column heading to sort" }));
      this.tbody.replaceChildren(...this.rows.map((row) => {
        const tr = el("tr", { "data-id": row.id || null });
        for (const column of this.columns) {
          const attrs = { "data-label": column.label };
          if (column.key === "status") attrs.class = `status status-${row.status}`;
          tr.append(column.row ? el("th", { ...attrs, scope: "row" }, column.value(row))
            : el("td", attrs, column.value(row)));
        }
        return tr;
      }));
    }
  }

  // ---------------------------------------------------------------- timeline panel

  /** An appearance (one record in one report) from a thread timeline entry. */
  const fromTimeline = (t) => ({
    id: t.record_id, year: t.year, date: t.date, document: t.document, filename: t.filename,
    ref: t.ref, title: t.title, status: t.status, status_text: t.status_text,
    due_text: t.due_text, due_date: t.due_date, revised_from_date: t.revised_from_date,
    owner: t.owner, quote: t.quote, page: t.page, quoteLabel: "Progress",
  });

  /** An appearance from a register record (GET /v1/records). */
  const fromRecord = (r) => ({
    id: r.id, year: r.year, date: r.report_date, document: r.document.title,
    filename: r.document.filename, ref: r.ref, title: r.title, status: r.status,
    status_text: r.status_text, due_text: r.due_text, due_date: r.due_date,
    revised_from_date: r.revised_from_date, owner: r.owner,
    quote: r.progress || r.action || r.finding || "", page: (r.pages || [])[0] || null,
    quoteLabel: r.progress ? "Progress" : "Action",
  });

  /**
   * A heading, a summary line, the chart's key, the chart (role="img"), the selected
   * appearance's details, and a table with every appearance (the chart's text alternative,
   * and the way to select an appearance with the keyboard).
   */
  class TimelinePanel {
    constructor(container, name) {
      this.name = name;
      this.data = null;
      this.selected = null;
      this.heading = el("h3", { class: "wb-timeline-title", tabindex: "-1" });
      this.summary = el("p", { class: "wb-timeline-summary" });
      this.box = el("div", { class: "chart-box", role: "region", tabindex: "0",
        "aria-label": `${name} chart (scrolls sideways on small screens)` });
      this.detail = el("div", { class: "wb-detail", "aria-live": "polite" });
      this.list = el("div", { class: "wb-appearances" });
      this.legend = charts.legend();
      this.element = el("section", { class: "wb-timeline", "aria-label": name },
        this.heading, this.summary, this.legend, this.box, this.detail, this.list);
      this.element.hidden = true;
      container.replaceChildren(this.element);
    }

    loading(title) {
      this.element.hidden = false;
      this.element.setAttribute("aria-busy", "true");
      this.heading.textContent = title;
      this.summary.textContent = "Loading…";
    }

    fail(err) {
      this.element.removeAttribute("aria-busy");
      this.summary.textContent = `Could not load this timeline: ${err.message}`;
      this.box.replaceChildren();
      this.detail.replaceChildren();
      this.list.replaceChildren();
    }

    /** rows: [{ label, items: [appearance] }] */
    show({ title, summary, rows }) {
      this.data = { title, rows };
      this.selected = null;
      this.element.hidden = false;
      this.element.removeAttribute("aria-busy");
      this.heading.textContent = title;
      this.summary.textContent = summary;
      this.render();
      this.detail.replaceChildren(el("p", { class: "hint",
        text: "Select a mark in the chart, or a ref in the table below, to see that appearance." }));
      this.renderList();
    }

    render() {
      if (!this.data || this.element.hidden) return;
      const rows = this.data.rows.map((row) => ({
        label: row.label,
        items: row.items.map((a) => ({ id: a.id, year: a.year, status: a.status, ref: a.ref,
          tooltip: `${a.title || ""} (${a.document})` })),
      }));
      const width = this.box.clientWidth || 640;
      this.chart = charts.timeline({ rows, width: width - 2, title: this.data.title,
        onSelect: (id) => this.select(id) });
      this.box.replaceChildren(this.chart.element);
      if (this.selected) this.chart.select(this.selected);
    }

    renderList() {
      const many = this.data.rows.length > 1;
      const appearances = this.data.rows.flatMap((row) =>
        row.items.map((a) => ({ ...a, rowLabel: row.label })));
      const columns = [
        { key: "year", label: "Year", value: (a) => String(a.year || "—"),
          sort: (a) => a.year || 0 },
        {
          key: "ref", label: "Ref", row: true,
          value: (a) => el("button", { type: "button", class: "link-button appearance-button",
            "data-id": a.id, "aria-pressed": a.id === this.selected ? "true" : "false",
            "aria-label": `Show ${refLabel(a.ref)}, ${a.year || "year not stated"}, ` +
              `${STATUS_LABELS[a.status] || a.status}`,
            text: a.ref || "—", onclick: () => this.select(a.id) }),
          sort: (a) => a.ref || "",
        },
        { key: "title", label: "Action", value: (a) => a.title || "" },
        { key: "status", label: "Status", value: (a) => STATUS_LABELS[a.status] || a.status,
          sort: (a) => STATUS_ORDER.indexOf(a.status) },
        { key: "document", label: "Document", value: (a) => a.document || "" },
      ];
      if (many) columns.push({ key: "thread", label: "Row", value: (a) => a.rowLabel });
      this.table = new SortableTable({ columns, label: `${this.name} appearances`,
        caption: (n) => `${plural(n, "appearance")} (the chart as a table)` });
      this.table.setRows(appearances);
      this.list.replaceChildren(this.table.element);
    }

    select(id, focusDetail) {
      const all = this.data.rows.flatMap((row) => row.items);
      const a = all.find((item) => item.id === id);
      if (!a) return;
      this.selected = id;
      if (this.chart) this.chart.select(id);
      for (const button of this.list.querySelectorAll(".appearance-button")) {
        button.setAttribute("aria-pressed", button.dataset.id === id ? "true" : "false");
      }
      const status = STATUS_LABELS[a.status] || a.status;
      const due = a.due_text || (a.due_date ? monthLabel(a.due_date) : "not stated");
      const revised = a.revised_from_date && !/revised|original/i.test(a.due_text || "")
        ? ` (revised from ${monthLabel(a.revised_from_date)})` : "";
      const meta = [
        ["Document", a.filename ? `${a.document} (${a.filename})` : a.document],
        ["Date", a.date ? dayLabel(a.date) : `${a.year || "year not stated"} (report date not stated)`],
        ["Ref", a.ref || "—"],
        ["Status", a.status_text && a.status_text !== status ? `${status}: ${a.status_text}`
          : status],
        ["Due", due + revised],
        ["Owner", a.owner || "not stated"],
      ];
      const quote = a.quote ? el("figure", { class: "wb-quote" },
        el("blockquote", { text: a.quote }),
        el("figcaption", { text: `${a.quoteLabel || "Progress"}, quoted from ` +
          (a.page ? `page ${a.page}` : "the report") })) : null;
      const heading = el("h4", { class: "wb-detail-title", tabindex: "-1",
        text: `${refLabel(a.ref)} · ${a.year || "year not stated"} · ${status}` });
      this.detail.replaceChildren(heading,
        el("p", { class: "wb-detail-action", text: a.title || "" }),
        el("dl", { class: "wb-detail-meta" },
          ...meta.flatMap(([term, value]) => [el("dt", { text: term }), el("dd", { text: value })])),
        quote);
      if (focusDetail) heading.focus();
    }
  }

  // ---------------------------------------------------------------- filters

  /** The filters as {params: [[name, value]], words, slipped}; throws on a bad year. */
  function readFilters() {
    const params = [];
    const words = [];
    const theme = $("wb-theme").value;
    const status = $("wb-status").value;
    const documentId = $("wb-document").value;
    const since = $("wb-since").value.trim();
    const until = $("wb-until").value.trim();
    const owner = $("wb-owner").value.trim();
    const year = (text, label) => {
      if (!/^\d{4}$/.test(text)) throw new Error(`${label} must be a four-digit year.`);
      return Number(text);
    };
    if (theme) { params.push(["theme", theme]); words.push(`theme ${theme}`); }
    if (status) { params.push(["status", status]); words.push(STATUS_LABELS[status]); }
    if (documentId) {
      params.push(["document", documentId]);
      const option = $("wb-document").selectedOptions[0];
      words.push(option ? option.textContent : documentId);
    }
    const from = since ? year(since, "From year") : null;
    const to = until ? year(until, "To year") : null;
    if (from && to && from > to) throw new Error("From year must not be after To year.");
    if (from) params.push(["since", String(from)]);
    if (to) params.push(["until", String(to)]);
    if (from || to) words.push(from === to ? String(from) : `${from || "…"}–${to || "…"}`);
    if (owner) { params.push(["owner", owner]); words.push(`owner contains “${owner}”`); }
    return { params, words, slipped: $("wb-slipped").checked };
  }

  function query(filters, extra) {
    const search = new URLSearchParams(filters.params);
    for (const [key, value] of extra || []) search.append(key, value);
    const text = search.toString();
    return text ? `?${text}` : "";
  }

  const registerExtra = (filters) => (filters.slipped ? [["slipped", "true"]] : []);

  function updateExports() {
    let filters = null;
    try {
      filters = readFilters();
    } catch (_) { /* shown by the caller */ }
    for (const format of ["csv", "xlsx"]) {
      const link = $(`wb-export-${format}`);
      if (!filters) {
        link.removeAttribute("href");
        link.setAttribute("aria-disabled", "true");
        continue;
      }
      link.removeAttribute("aria-disabled");
      link.href = `/v1/records${query(filters, [...registerExtra(filters), ["format", format]])}`;
      link.setAttribute("aria-label", `Export the ${format === "csv" ? "CSV" : "Excel (XLSX)"} ` +
        `register${filters.words.length || filters.slipped ? " for these filters" : ""}`);
    }
  }

  /**
   * An export link clicked. Without a key it is a plain download link (the server's file). When
   * the server needs a key, the file is fetched with it and saved from a Blob under the same
   * name (govrag-records.csv / .xlsx); a refusal shows above the table.
   */
  async function exportClicked(event) {
    const link = event.currentTarget;
    const href = link.getAttribute("href");
    if (!href || link.getAttribute("aria-disabled") === "true") {
      event.preventDefault();
      return;
    }
    if (!api.hasKey() && !api.keyRequired()) return; // the link downloads it
    event.preventDefault();
    if (link.getAttribute("aria-busy") === "true") return;
    const format = link.id === "wb-export-xlsx" ? "xlsx" : "csv";
    const name = format === "csv" ? "CSV" : "Excel (XLSX)";
    link.setAttribute("aria-busy", "true");
    announce(`Preparing the ${name} export…`);
    try {
      const response = await api.fetch(href, {});
      if (!response.ok) throw new ApiError(await api.errorOf(response));
      const url = URL.createObjectURL(await response.blob());
      const save = el("a", { href: url, download: `govrag-records.${format}`,
        class: "visually-hidden" });
      document.body.append(save);
      save.click();
      save.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10000);
      showError($("wb-register-error"), null);
      announce(`Downloading the register as ${name}.`);
    } catch (err) {
      showError($("wb-register-error"), err, "Could not export: ", () => link.click());
    } finally {
      link.removeAttribute("aria-busy");
    }
  }

  /** Validate, update the export links; the filters, or null after showing the problem. */
  function checkedFilters() {
    const error = $("wb-filter-error");
    updateExports();
    try {
      const filters = readFilters();
      error.hidden = true;
      error.textContent = "";
      return filters;
    } catch (err) {
      error.textContent = err.message;
      error.hidden = false;
      return null;
    }
  }

  function filtersChanged(delay) {
    checkedFilters();
    window.clearTimeout(state.timer);
    state.timer = window.setTimeout(refreshCurrent, delay);
  }

  function refreshCurrent() {
    if (state.view !== "workbench") return;
    if (state.sub === "register") loadRegister();
    else if (state.sub === "slippage") loadSlippage();
  }

  async function loadOptions() {
    if (state.optionsLoaded) return;
    state.optionsLoaded = true;
    try {
      const [documents, slip] = await Promise.all([
        getJSON("/v1/documents"), getJSON("/v1/slippage")]);
      const docSelect = $("wb-document");
      for (const doc of documents) {
        const when = doc.date ? doc.date.slice(0, 4) : doc.period || doc.year || "";
        docSelect.append(el("option", { value: doc.id,
          text: when ? `${doc.title} (${when})` : doc.title }));
      }
      const themes = slip.by_theme.filter((t) => t.name !== "(no theme)" && t.actions > 0)
        .sort((a, b) => collator.compare(a.name, b.name));
      const themeSelect = $("wb-theme");
      for (const theme of themes) {
        themeSelect.append(el("option", { value: theme.name,
          text: `${theme.name} (${theme.actions})` }));
      }
      $("wb-filters").dataset.ready = "true";
    } catch (err) {
      state.optionsLoaded = false;
      const box = $("wb-filter-error");
      box.textContent = `Could not load the theme and document lists: ${err.message}`;
      box.hidden = false;
    }
  }

  // ---------------------------------------------------------------- register

  function dueCell(r) {
    if (r.revised_from_date || r.revised_from_text) {
      const from = r.revised_from_text || monthLabel(r.revised_from_date);
      const to = r.due_date ? monthLabel(r.due_date) : r.due_text || "?";
      return el("span", { title: r.due_text || null }, from, el("span", { class: "arrow",
        "aria-hidden": "true", text: " → " }), el("span", { class: "visually-hidden",
        text: " revised to " }), to);
    }
    return r.due_text || (r.due_date ? monthLabel(r.due_date) : "—");
  }

  let registerTable = null;
  let recordThread = null;

  function makeRegisterTable() {
    registerTable = new SortableTable({
      label: "Register",
      caption: (n) => plural(n, "action record"),
      className: "register-table",
      columns: [
        {
          key: "ref", label: "Ref", row: true,
          value: (r) => el("button", { type: "button", class: "link-button thread-button",
            text: r.ref || "—", "aria-label": `Open the thread of ${refLabel(r.ref)}: ${r.title}`,
            onclick: (event) => openRecordThread(r, event.currentTarget) }),
          sort: (r) => r.ref || "",
        },
        { key: "title", label: "Action", value: (r) => r.title || "" },
        { key: "owner", label: "Owner", value: (r) => r.owner || "—", sort: (r) => r.owner || "" },
        { key: "due", label: "Due → revised", value: dueCell, sort: (r) => r.due_date || "" },
        { key: "status", label: "Status", value: (r) => STATUS_LABELS[r.status] || r.status,
          sort: (r) => STATUS_ORDER.indexOf(r.status) },
        { key: "document", label: "Document", value: (r) => r.document.title,
          sort: (r) => `${r.year || ""} ${r.document.title}` },
        { key: "year", label: "Year", value: (r) => String(r.year || "—"),
          sort: (r) => r.year || 0 },
      ],
    });
    $("wb-register-table").replaceChildren(registerTable.element);
    recordThread = new TimelinePanel($("wb-record-thread"), "Issue thread");
  }

  async function loadRegister() {
    const filters = checkedFilters();
    if (!filters) return;
    const url = `/v1/records${query(filters, registerExtra(filters))}`;
    const key = url;
    const panel = $("wb-register");
    panel.setAttribute("aria-busy", "true");
    try {
      const data = await request("register", url);
      showError($("wb-register-error"), null);
      if (!registerTable) makeRegisterTable();
      registerTable.setRows(data.records);
      const scope = [...filters.words, ...(filters.slipped ? ["slipped only"] : [])];
      const line = `${data.count} of ${plural(data.total, "action")}` +
        (scope.length ? ` · ${scope.join(", ")}` : "");
      $("wb-count").textContent = line;
      state.shown.register = key;
      announce(`${line}.`);
    } catch (err) {
      if (aborted(err)) return;
      $("wb-count").textContent = "The register could not be loaded.";
      showError($("wb-register-error"), err);
    } finally {
      panel.removeAttribute("aria-busy");
    }
  }

  async function openRecordThread(record, opener) {
    recordThread.loading(`Issue thread of ${refLabel(record.ref)}`);
    recordThread.opener = opener;
    recordThread.element.scrollIntoView({ block: "start" });
    try {
      const thread = await request("thread", `/v1/threads/${encodeURIComponent(record.id)}`);
      recordThread.show({
        title: `Issue thread of ${refLabel(record.ref)}: ${thread.title}`,
        summary: threadSummary(thread),
        rows: [{ label: thread.title, items: thread.timeline.map(fromTimeline) }],
      });
      recordThread.select(record.id);
      recordThread.heading.focus();
      announce(`Issue thread ${thread.title}: ${plural(thread.appearances, "appearance")}.`);
    } catch (err) {
      if (!aborted(err)) recordThread.fail(err);
    }
  }

  function threadSummary(thread) {
    const parts = [
      `${plural(thread.appearances, "appearance")} in ${plural(thread.documents, "report")}, ` +
        `${yearsLabel(thread.years)}`,
    ];
    if (thread.extensions) parts.push(`deadline extended ${plural(thread.extensions, "time")}`);
    if (thread.slipped && thread.slipped.length) {
      parts.push(`${plural(thread.slipped.length, "action")} slipped`);
    }
    parts.push(`themes: ${(thread.themes || []).join(", ") || "none"}`);
    return `${parts.join(" · ")}.`;
  }

  // ---------------------------------------------------------------- recurring issues

  let recurringTimeline = null;

  function pressOnly(container, button) {
    for (const other of container.querySelectorAll("button.choice")) {
      other.setAttribute("aria-pressed", other === button ? "true" : "false");
    }
  }

  async function loadRecurring() {
    if (state.recurringLoaded) return;
    state.recurringLoaded = true;
    recurringTimeline = new TimelinePanel($("wb-recurring-timeline"), "Timeline");
    let data;
    try {
      data = await request("recurring", "/v1/recurring");
    } catch (err) {
      state.recurringLoaded = false;
      if (!aborted(err)) showError($("wb-recurring-error"), err);
      return;
    }
    showError($("wb-recurring-error"), null);
    $("wb-recurring-rule").textContent = `Rule: ${data.rule}.`;
    const root = $("wb-recurring");

    const themes = new SortableTable({
      label: "Themes",
      caption: (n) => `${plural(n, "theme")} in more than one report`,
      className: "themes-table",
      columns: [
        {
          key: "theme", label: "Theme", row: true,
          value: (t) => el("button", { type: "button", class: "link-button choice",
            // a break opportunity after "/" (zero-width space): "procurement/contracts" wraps
            // at the slash, not mid-word; the accessible name keeps the plain theme
            "aria-pressed": "false", text: t.theme.replaceAll("/", "/\u200B"),
            "aria-label": `Timeline of theme ${t.theme}`,
            onclick: (event) => {
              pressOnly(root, event.currentTarget);
              showTheme(t);
            } }),
          sort: (t) => t.theme,
        },
        { key: "documents", label: "Reports", value: (t) => String(t.documents),
          sort: (t) => t.documents },
        { key: "years", label: "Years", value: (t) => yearsLabel(t.years),
          sort: (t) => t.span_years },
        { key: "actions", label: "Actions", value: (t) => String(t.actions),
          sort: (t) => t.actions },
        { key: "threads", label: "Threads", value: (t) => String(t.threads),
          sort: (t) => t.threads },
      ],
    });
    themes.setRows(data.themes);
    $("wb-themes").replaceChildren(data.themes.length ? themes.element
      : el("p", { class: "hint", text: "No theme appears in more than one report." }));

    const all = el("button", { type: "button", class: "secondary choice", "aria-pressed": "true",
      text: "All threads on one chart", onclick: (event) => {
        pressOnly(root, event.currentTarget);
        showOverview(data.threads);
      } });
    const list = el("ul", { class: "thread-list" }, ...data.threads.map((t) => el("li", null,
      el("button", { type: "button", class: "link-button choice thread-choice",
        "aria-pressed": "false", "data-id": t.id, text: t.title,
        onclick: (event) => {
          pressOnly(root, event.currentTarget);
          showThread(t.id);
        } }),
      el("span", { class: "thread-meta", text: ` — ${plural(t.appearances, "appearance")} in ` +
        `${plural(t.documents, "report")}, ${yearsLabel(t.years)}` }))));
    $("wb-threads").replaceChildren(data.threads.length ? el("div", null, all, list)
      : el("p", { class: "hint", text: "No issue recurs across reports yet." }));
    if (data.threads.length) showOverview(data.threads);
  }

  async function showOverview(threads) {
    if (state.requests.timeline) state.requests.timeline.abort();
    const controller = new AbortController();
    state.requests.timeline = controller; // a thread or theme chosen meanwhile aborts this
    recurringTimeline.loading("All recurring threads");
    try {
      const details = await Promise.all(threads.map((t) =>
        getJSON(`/v1/threads/${encodeURIComponent(t.id)}`, controller.signal)));
      recurringTimeline.show({
        title: "All recurring threads",
        summary: `${plural(details.length, "thread")} that appear in more than one report, ` +
          "one row each, widest span of years first.",
        rows: details.map((d) => ({ label: d.title, items: d.timeline.map(fromTimeline) })),
      });
    } catch (err) {
      if (!aborted(err)) recurringTimeline.fail(err);
    }
  }

  async function showThread(id) {
    recurringTimeline.loading("Thread");
    try {
      const thread = await request("timeline", `/v1/threads/${encodeURIComponent(id)}`);
      recurringTimeline.show({
        title: `Thread: ${thread.title}`,
        summary: threadSummary(thread),
        rows: [{ label: thread.title, items: thread.timeline.map(fromTimeline) }],
      });
      announce(`Timeline of ${thread.title}: ${plural(thread.appearances, "appearance")}.`);
    } catch (err) {
      if (!aborted(err)) recurringTimeline.fail(err);
    }
  }

  async function showTheme(theme) {
    recurringTimeline.loading(`Theme: ${theme.theme}`);
    try {
      const data = await request("timeline",
        `/v1/records?theme=${encodeURIComponent(theme.theme)}`);
      recurringTimeline.show({
        title: `Theme: ${theme.theme}`,
        summary: `${plural(data.count, "action")} on ${theme.theme} in ` +
          `${plural(theme.documents, "report")}, ${yearsLabel(theme.years)}; ` +
          "one mark per action, stacked by report year.",
        rows: [{ label: `${theme.theme}: ${plural(data.count, "action")}`,
          items: data.records.map(fromRecord) }],
      });
      announce(`Timeline of theme ${theme.theme}: ${plural(data.count, "action")}.`);
    } catch (err) {
      if (!aborted(err)) recurringTimeline.fail(err);
    }
  }

  // ---------------------------------------------------------------- slippage

  let slipTable = null;
  let slipThemes = null;

  function drawSlippage() {
    const data = state.slippage;
    const box = $("wb-slip-chart");
    if (!data) return;
    const drawable = data.rows.filter((r) => r.original_due && r.current_due);
    if (!drawable.length) {
      box.replaceChildren(el("p", { class: "wb-empty", text: data.rows.length
        ? "The slipped actions have no dated deadlines to draw."
        : "No actions slipped for these filters." }));
      return;
    }
    const chartBox = el("div", { class: "chart-box", role: "region", tabindex: "0",
      "aria-label": "Slippage chart (scrolls sideways on small screens)" });
    box.replaceChildren(
      el("p", { class: "chart-key", text: "Each arrow runs from the original deadline (○) to " +
        "the current one (▶), labelled with the months it slipped." }),
      chartBox);
    const chart = charts.slippage({
      title: `Slipped deadlines: ${plural(drawable.length, "action")}`,
      width: (chartBox.clientWidth || 640) - 2,
      rows: drawable.map((r) => ({
        id: r.record_id, label: `${refLabel(r.ref)} · ${r.document}`, from: r.original_due,
        to: r.current_due, months: r.months_slipped, extensions: r.extensions, tooltip: r.title,
      })),
    });
    chartBox.append(chart.element);
  }

  async function loadSlippage() {
    const filters = checkedFilters();
    if (!filters) return;
    const url = `/v1/slippage${query(filters)}`;
    const panel = $("wb-slippage");
    panel.setAttribute("aria-busy", "true");
    let data;
    try {
      data = await request("slippage", url);
    } catch (err) {
      if (!aborted(err)) {
        $("wb-slip-count").textContent = "Slippage could not be loaded.";
        showError($("wb-slip-error"), err);
        panel.removeAttribute("aria-busy");
      }
      return;
    }
    panel.removeAttribute("aria-busy");
    showError($("wb-slip-error"), null);
    state.slippage = data;
    state.shown.slippage = url;
    const scope = filters.words.length ? ` · ${filters.words.join(", ")}` : "";
    const line = `${data.slipped} of ${plural(data.matched, "matching action")} slipped${scope}`;
    $("wb-slip-count").textContent = line;
    $("wb-slip-rule").textContent = data.rule ? `Rule: ${data.rule}.` : "";
    drawSlippage();

    if (!slipTable) {
      slipTable = new SortableTable({
        label: "Slipped actions",
        caption: (n) => plural(n, "slipped action"),
        className: "slip-table",
        columns: [
          { key: "ref", label: "Ref", row: true, value: (r) => r.ref || "—" },
          { key: "title", label: "Action", value: (r) => r.title || "" },
          { key: "document", label: "Document", value: (r) => r.document },
          { key: "original_due", label: "Original due",
            value: (r) => (r.original_due ? monthLabel(r.original_due) : "—"),
            sort: (r) => r.original_due || "" },
          { key: "current_due", label: "Now due",
            value: (r) => (r.current_due ? monthLabel(r.current_due) : "—"),
            sort: (r) => r.current_due || "" },
          { key: "months", label: "Months later", value: (r) => String(r.months_slipped ?? "—"),
            sort: (r) => r.months_slipped || 0 },
          { key: "extensions", label: "Extensions", value: (r) => String(r.extensions),
            sort: (r) => r.extensions },
          { key: "reasons", label: "Why", value: (r) => (r.reasons || []).join("; ") },
        ],
      });
      slipThemes = new SortableTable({
        label: "Slippage by theme",
        caption: (n) => `${plural(n, "theme")} with matching actions`,
        className: "slip-themes-table",
        columns: [
          { key: "name", label: "Theme", row: true, value: (t) => t.name },
          { key: "actions", label: "Actions", value: (t) => String(t.actions),
            sort: (t) => t.actions },
          { key: "slipped", label: "Slipped", value: (t) => String(t.slipped),
            sort: (t) => t.slipped },
          { key: "extensions", label: "Extensions", value: (t) => String(t.extensions),
            sort: (t) => t.extensions },
          { key: "months", label: "Months slipped", value: (t) => String(t.months),
            sort: (t) => t.months },
        ],
      });
      $("wb-slip-themes").replaceChildren(slipThemes.element);
    }
    slipTable.setRows(data.rows.map((r) => ({ ...r, id: r.record_id })));
    $("wb-slip-table").replaceChildren(data.rows.length ? slipTable.element : "");
    slipThemes.setRows(data.by_theme.filter((t) => t.actions > 0));
    announce(`${line}.`);
  }

  // ---------------------------------------------------------------- views and tabs

  /** Arrow keys, Home and End move between tabs and select them (roving tabindex). */
  function wireTabs(list, select) {
    const tabs = [...list.querySelectorAll("[role=tab]")];
    list.addEventListener("keydown", (event) => {
      const index = tabs.indexOf(document.activeElement);
      if (index < 0) return;
      const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
      if (!(event.key in moves)) return;
      event.preventDefault();
      const next = tabs[(moves[event.key] + tabs.length) % tabs.length];
      next.focus();
      select(next);
    });
    for (const tab of tabs) tab.addEventListener("click", () => select(tab));
  }

  function setTabs(listId, selectedId) {
    for (const tab of $(listId).querySelectorAll("[role=tab]")) {
      const on = tab.id === selectedId;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      $(tab.getAttribute("aria-controls")).hidden = !on;
    }
  }

  function show(view, sub, updateHash) {
    state.view = view;
    if (sub) state.sub = sub;
    const workbench = view === "workbench";
    setTabs("view-tabs", workbench ? "tab-workbench" : "tab-chat");
    document.body.classList.toggle("view-workbench", workbench);
    $("new-conversation").hidden = workbench;
    const skip = $("skip-link");
    skip.textContent = workbench ? "Skip to the workbench" : "Skip to the question box";
    skip.setAttribute("href", workbench ? "#wb-main" : "#question");
    if (updateHash) history.replaceState(null, "", `#${workbench ? state.sub : "chat"}`);
    if (!workbench) return;

    setTabs("wb-tabs", `tab-${state.sub}`);
    $("wb-filters").hidden = state.sub === "recurring";
    $("wb-slipped-field").hidden = state.sub === "slippage";
    loadOptions();
    if (state.sub === "recurring") {
      loadRecurring();
      if (recurringTimeline) recurringTimeline.render();
      return;
    }
    const filters = checkedFilters();
    if (!filters) return;
    if (state.sub === "register") {
      const url = `/v1/records${query(filters, registerExtra(filters))}`;
      if (state.shown.register !== url) loadRegister();
    } else {
      const url = `/v1/slippage${query(filters)}`;
      if (state.shown.slippage !== url) loadSlippage();
      else drawSlippage();
    }
  }

  function fromHash() {
    const name = window.location.hash.replace(/^#/, "");
    if (SUB_VIEWS.includes(name)) show("workbench", name, false);
    else if (name === "workbench") show("workbench", null, false);
    else if (name === "chat" || state.view !== "chat") show("chat", null, false);
  }

  function init() {
    wireTabs($("view-tabs"), (tab) =>
      show(tab.id === "tab-workbench" ? "workbench" : "chat", null, true));
    wireTabs($("wb-tabs"), (tab) => show("workbench", tab.id.replace(/^tab-/, ""), true));

    const form = $("wb-filters");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      filtersChanged(0);
    });
    for (const id of ["wb-theme", "wb-status", "wb-document", "wb-slipped"]) {
      $(id).addEventListener("change", () => filtersChanged(0));
    }
    for (const id of ["wb-since", "wb-until", "wb-owner"]) {
      $(id).addEventListener("input", () => filtersChanged(350));
    }
    $("wb-clear").addEventListener("click", () => {
      form.reset();
      filtersChanged(0);
      announce("Filters cleared.");
    });
    updateExports();
    for (const format of ["csv", "xlsx"]) {
      $(`wb-export-${format}`).addEventListener("click", exportClicked);
    }
    // A key saved after a view failed for the want of one (the key form was cancelled): load
    // that view again. Requests that were waiting for the key retry by themselves.
    document.addEventListener("govrag:key", (event) => {
      if (!event.detail.stored || state.view !== "workbench") return;
      const failed = { register: "wb-register-error", recurring: "wb-recurring-error",
        slippage: "wb-slip-error" }[state.sub];
      if (failed && !$(failed).hidden) retryView();
    });

    let resize = null;
    window.addEventListener("resize", () => {
      window.clearTimeout(resize);
      resize = window.setTimeout(() => {
        if (state.view !== "workbench") return;
        if (state.sub === "slippage") drawSlippage();
        if (state.sub === "recurring" && recurringTimeline) recurringTimeline.render();
        if (state.sub === "register" && recordThread) recordThread.render();
      }, 200);
    });
    window.addEventListener("hashchange", fromHash);
    fromHash();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
