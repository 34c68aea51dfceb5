/* govrag chat page. Plain JS, no build step, no third-party code.
 *
 * Safety rule: text from documents or models only ever reaches the page through textContent,
 * Text nodes or attribute values set by name. innerHTML is never used. Markdown is rendered by
 * building elements (see renderMarkdown).
 *
 * window.__govrag exposes counters for the browser tests (deltas rendered, per-turn timings).
 */
"use strict";

(() => {
  const HISTORY_LIMIT = 40; // messages sent back with each request (the API accepts 50)
  const CONTEXT_CHARS = 320; // characters shown either side of a quote in the source panel
  const CSV_COLUMNS = [
    "id", "document", "date", "section", "category", "ref", "title", "owner", "priority",
    "due_text", "due_date", "revised_from_text", "revised_from_date", "status", "status_text",
    "themes", "pages", "finding", "action", "progress",
  ];
  const STATUS_LABELS = {
    complete: "Complete", partial: "Partly done", ongoing: "Ongoing",
    not_started: "Not started", unknown: "Not stated",
  };
  const STATUS_ORDER = ["complete", "partial", "ongoing", "not_started", "unknown"];

  const metrics = { deltas: 0, turns: [] };
  window.__govrag = metrics;

  const state = {
    history: [], // [{role, content}] of completed turns
    busy: false,
    controller: null, // AbortController of the request in flight
    documents: new Map(), // id -> document details (GET /v1/documents/{id}), cached
    documentsNeedKey: false, // the document list waits for an API key
    opener: null, // the element that opened the source panel
  };

  const $ = (id) => document.getElementById(id);

  /** Create an element; attrs are set by name (text -> textContent), children appended. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = String(value);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    }
    return node;
  }

  function announce(message) {
    const status = $("status");
    status.textContent = "";
    // A fresh text node after a tick makes screen readers repeat an identical message.
    window.setTimeout(() => { status.textContent = message; }, 30);
  }

  // ---------------------------------------------------------------- API key and refusals
  //
  // A server started with GOVRAG_API_KEY answers every /v1 request without the key with 401
  // "unauthorized". apiFetch() then asks for the key (the #key-dialog form), keeps it in
  // sessionStorage (this tab only: never localStorage, never in a URL), sends it as
  // "Authorization: Bearer <key>" and tries the request again. A key the server refuses is
  // dropped and asked for again. workbench.js uses the same functions (window.govragApi).

  const KEY_STORAGE = "govrag.apiKey";
  const OVERLOAD_RETRIES = 3; // a GET refused with 503 is tried again this often
  const auth = {
    memory: "", // the key, when sessionStorage is not available
    required: false, // a 401 "unauthorized" has been seen: the server needs a key
    prompt: null, // { promise, resolve } while the key form is open
    opener: null, // the element that had focus when the form opened
  };

  function storedKey() {
    try {
      return window.sessionStorage.getItem(KEY_STORAGE) || auth.memory;
    } catch (_) {
      return auth.memory;
    }
  }

  function storeKey(key) {
    auth.memory = "";
    try {
      if (key) window.sessionStorage.setItem(KEY_STORAGE, key);
      else window.sessionStorage.removeItem(KEY_STORAGE);
    } catch (_) {
      auth.memory = key; // storage blocked: keep it for this page only
    }
    $("forget-key").hidden = !key;
    document.dispatchEvent(new CustomEvent("govrag:key", { detail: { stored: Boolean(key) } }));
  }

  function keyAnnounce(message) {
    const status = $("key-status");
    status.textContent = "";
    window.setTimeout(() => { status.textContent = message; }, 30);
  }

  function setKeyError(message) {
    const error = $("key-error");
    const input = $("api-key");
    error.textContent = message;
    error.hidden = !message;
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }

  const WRONG_KEY = "Wrong key: the server did not accept it. Check the key and enter it again.";

  /** Open the key form (once for every request waiting); resolves true once a key is saved. */
  function keyFromUser(wrong, signal) {
    if (wrong) storeKey(""); // never send a refused key again
    if (!auth.prompt) {
      let resolve;
      const promise = new Promise((done) => { resolve = done; });
      auth.prompt = { promise, resolve };
      const dialog = $("key-dialog");
      $("api-key").value = "";
      setKeyError(wrong ? WRONG_KEY : "");
      auth.opener = document.activeElement;
      if (!dialog.open) dialog.showModal();
      $("api-key").focus();
    } else if (wrong) {
      setKeyError(WRONG_KEY);
    }
    const waiting = auth.prompt.promise;
    if (!signal) return waiting;
    return new Promise((resolve, reject) => {
      const abort = () => reject(new DOMException("The request was cancelled.", "AbortError"));
      if (signal.aborted) {
        abort();
        return;
      }
      signal.addEventListener("abort", abort, { once: true });
      waiting.then((saved) => {
        signal.removeEventListener("abort", abort);
        resolve(saved);
      });
    });
  }

  function closeKeyForm(saved) {
    const prompt = auth.prompt;
    auth.prompt = null;
    const dialog = $("key-dialog");
    if (dialog.open) dialog.close();
    const opener = auth.opener;
    auth.opener = null;
    if (opener && opener.isConnected && typeof opener.focus === "function") opener.focus();
    if (prompt) prompt.resolve(saved);
  }

  function saveKey(event) {
    event.preventDefault();
    const input = $("api-key");
    const key = input.value.trim();
    if (!key) {
      setKeyError("Enter the key first.");
      input.focus();
      return;
    }
    if (!/^[\x20-\x7e]+$/.test(key)) {
      setKeyError("An API key is plain letters, digits and punctuation: check what was pasted.");
      input.focus();
      return;
    }
    input.value = "";
    storeKey(key);
    keyAnnounce("API key saved for this tab.");
    closeKeyForm(true);
  }

  function forgetKey() {
    storeKey("");
    keyAnnounce("API key forgotten. The page will ask for it again when the server needs it.");
    const tab = document.querySelector("#view-tabs [aria-selected=true]");
    if (tab) tab.focus();
  }

  function withKey(init, key) {
    const headers = new Headers(init.headers || {});
    if (key) headers.set("Authorization", `Bearer ${key}`);
    return { ...init, headers };
  }

  async function refusalCode(response) {
    try {
      const body = await response.clone().json();
      return (body && body.error && body.error.code) || "";
    } catch (_) {
      return "";
    }
  }

  /** Seconds from a Retry-After header (seconds or an HTTP date), or null. */
  function retryAfter(response) {
    const value = (response.headers.get("Retry-After") || "").trim();
    if (/^\d+$/.test(value)) return Number(value);
    const when = Date.parse(value);
    return Number.isNaN(when) ? null : Math.max(0, Math.ceil((when - Date.now()) / 1000));
  }

  function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
      const abort = () => {
        window.clearTimeout(timer);
        reject(new DOMException("The request was cancelled.", "AbortError"));
      };
      const timer = window.setTimeout(() => {
        if (signal) signal.removeEventListener("abort", abort);
        resolve();
      }, ms);
      if (signal) signal.addEventListener("abort", abort, { once: true });
    });
  }

  /**
   * fetch() for the API. Sends the stored key; on 401 "unauthorized" asks for a key and tries
   * again (options.ask === false: just report it), calling options.onKey("waiting") before and
   * onKey("retrying") after. A GET refused as overloaded (503) is tried again after its
   * Retry-After. Resolves with the last response: a 401 when the key form was cancelled.
   */
  async function apiFetch(url, options) {
    const { ask = true, onKey = null, ...init } = options || {};
    const method = (init.method || "GET").toUpperCase();
    let busyRetries = 0;
    for (;;) {
      const key = storedKey();
      const response = await fetch(url, withKey(init, key));
      if (response.status === 503 && method === "GET" && busyRetries < OVERLOAD_RETRIES &&
          (await refusalCode(response)) === "overloaded") {
        busyRetries += 1;
        await sleep(Math.min(5, retryAfter(response) || 1) * 1000, init.signal);
        continue;
      }
      if (response.status !== 401 || (await refusalCode(response)) !== "unauthorized") {
        return response;
      }
      auth.required = true;
      if (!ask) return response;
      const now = storedKey();
      if (now && now !== key) continue; // a key was saved meanwhile: use it
      if (onKey) onKey("waiting");
      const saved = await keyFromUser(Boolean(key) && key === now, init.signal);
      if (!saved) return response;
      if (onKey) onKey("retrying");
    }
  }

  const sentence = (text) => {
    const trimmed = String(text || "").trim();
    if (!trimmed) return "";
    const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
    return /[.!?]$/.test(capital) ? capital : `${capital}.`;
  };

  /**
   * The error of a non-2xx response: the API's {code, message, help, status}. The refusals a
   * person can act on (no key, too many requests, busy, too large) are reworded, with the
   * server's own message as the help line; they carry friendly: true.
   */
  async function errorOf(response) {
    const status = response.status;
    let error = null;
    try {
      const body = await response.json();
      if (body && body.error) error = body.error;
    } catch (_) { /* not JSON */ }
    if (!error) {
      error = {
        code: "http_error",
        message: `The server answered ${status} ${response.statusText || ""}`.trim(),
        help: "",
        status,
      };
    }
    const wait = retryAfter(response);
    const reworded = (message, help) => ({ code: error.code || "", status: error.status || status,
      message, help, friendly: true, retryAfter: wait });
    const code = error.code || "";
    if (code === "rate_limited" || status === 429) {
      return reworded(wait ? `Too many requests — try again in ${wait} s.`
        : "Too many requests — try again in a moment.", sentence(error.message));
    }
    if (code === "overloaded" || status === 503) {
      return reworded(wait && wait > 2 ? `The server is busy — try again in ${wait} s.`
        : "The server is busy — try again in a moment.", sentence(error.message));
    }
    if (code === "too_large" || status === 413) {
      return reworded("That is too large for this server.", `${sentence(error.message)} ` +
        "A shorter question, or a new conversation (less history to send), will fit.");
    }
    if (code === "unauthorized" && status === 401) {
      return reworded("This server needs an API key.",
        "Try again, and enter the key when the page asks for it.");
    }
    return error;
  }

  window.govragApi = {
    fetch: apiFetch,
    errorOf,
    el,
    hasKey: () => Boolean(storedKey()),
    keyRequired: () => auth.required,
  };

  function initKey() {
    $("forget-key").hidden = !storedKey();
    $("forget-key").addEventListener("click", forgetKey);
    $("key-form").addEventListener("submit", saveKey);
    $("key-cancel").addEventListener("click", () => closeKeyForm(false));
    $("key-dialog").addEventListener("cancel", (event) => { // Escape
      event.preventDefault();
      closeKeyForm(false);
    });
  }

  // ---------------------------------------------------------------- Markdown (a small subset)

  // Inline markup: **bold**, *italic*, _italic_ and [n] citation markers. Emphasis follows
  // CommonMark's flanking rules with a delimiter stack, so nested bold ("**not say **3** was**")
  // works, and underscores inside words (snake_case, window.__x) stay literal.
  const INLINE_TOKEN = /(\*+|_+|\[\d{1,3}\])/;
  const SPACE = /\s/u;
  const PUNCT = /[\p{P}\p{S}]/u;

  function delimiter(run, before, after) {
    const spaceBefore = before === "" || SPACE.test(before);
    const spaceAfter = after === "" || SPACE.test(after);
    const punctBefore = before !== "" && PUNCT.test(before);
    const punctAfter = after !== "" && PUNCT.test(after);
    const left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
    const right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
    if (run[0] === "_") {
      return { run, open: left && (!right || punctBefore), close: right && (!left || punctAfter) };
    }
    return { run, open: left, close: right };
  }

  function renderInline(text, parent, marker) {
    const parts = text.split(INLINE_TOKEN);
    // Each frame: an open delimiter and the nodes after it; frame 0 is the parent itself.
    const stack = [{ run: "", nodes: [] }];
    const top = () => stack[stack.length - 1];
    let offset = 0;
    parts.forEach((part, index) => {
      const start = offset;
      offset += part.length;
      if (!part) return;
      if (index % 2 === 0) {
        top().nodes.push(part);
        return;
      }
      const cite = /^\[(\d{1,3})\]$/.exec(part);
      if (cite) {
        top().nodes.push(marker(Number(cite[1]), part));
        return;
      }
      const emphasis = part === "**" || part === "*" || part === "_";
      const d = delimiter(part, text.charAt(start - 1), text.charAt(offset));
      if (emphasis && d.close) {
        let at = stack.length - 1;
        while (at > 0 && stack[at].run !== part) at -= 1;
        if (at > 0) {
          while (stack.length - 1 > at) {
            const unclosed = stack.pop(); // an opener with no closer is just text
            top().nodes.push(unclosed.run, ...unclosed.nodes);
          }
          const frame = stack.pop();
          const node = el(part === "**" ? "strong" : "em");
          node.append(...frame.nodes);
          top().nodes.push(node);
          return;
        }
      }
      if (emphasis && d.open) stack.push({ run: part, nodes: [] });
      else top().nodes.push(part);
    });
    while (stack.length > 1) {
      const unclosed = stack.pop();
      top().nodes.push(unclosed.run, ...unclosed.nodes);
    }
    parent.append(...stack[0].nodes);
  }

  /** Paragraphs (blank line), "- " bullet lists, line breaks and inline markup, as DOM nodes. */
  function renderMarkdown(markdown, marker) {
    const fragment = document.createDocumentFragment();
    const blocks = markdown.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n+/);
    for (const block of blocks) {
      if (!block.trim()) continue;
      let paragraph = null;
      let list = null;
      for (const line of block.split("\n")) {
        const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
        if (bullet) {
          if (!list) {
            list = el("ul");
            fragment.append(list);
          }
          paragraph = null;
          const item = el("li");
          renderInline(bullet[1], item, marker);
          list.append(item);
        } else if (line.trim()) {
          list = null;
          if (paragraph) paragraph.append(el("br"));
          else {
            paragraph = el("p");
            fragment.append(paragraph);
          }
          renderInline(line, paragraph, marker);
        }
      }
    }
    return fragment;
  }

  const plainMarker = (n, raw) => el("span", { class: "cite pending", text: raw });

  // ---------------------------------------------------------------- server-sent events

  function parseEvent(raw) {
    let event = "message";
    const data = [];
    for (const line of raw.split("\n")) {
      if (!line || line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? "" : line.slice(colon + 1);
      if (value.startsWith(" ")) value = value.slice(1);
      if (field === "event") event = value;
      else if (field === "data") data.push(value);
    }
    if (!data.length) return null;
    return { event, data: JSON.parse(data.join("\n")) };
  }

  /** Yield {event, data} from a fetch() response body as each event completes. */
  async function* readEvents(response) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, "\n");
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const event = parseEvent(buffer.slice(0, cut));
        buffer = buffer.slice(cut + 2);
        if (event) yield event;
      }
    }
    buffer += decoder.decode();
    const last = buffer.trim() ? parseEvent(buffer) : null;
    if (last) yield last;
  }

  // ---------------------------------------------------------------- filters

  function readFilters() {
    const filters = {};
    const from = $("year-from").value.trim();
    const to = $("year-to").value.trim();
    const year = (text, label) => {
      if (!/^\d{4}$/.test(text)) throw new Error(`${label} must be a four-digit year.`);
      return Number(text);
    };
    if (from) filters.year_from = year(from, "Year from");
    if (to) filters.year_to = year(to, "Year to");
    if (filters.year_from && filters.year_to && filters.year_from > filters.year_to) {
      throw new Error("Year from must not be after Year to.");
    }
    const documents = [...document.querySelectorAll("#document-list input:checked")]
      .map((box) => box.value);
    if (documents.length) filters.document = documents;
    return Object.keys(filters).length ? filters : null;
  }

  function updateFilterSummary() {
    const summary = $("filter-summary");
    const error = $("filter-error");
    try {
      const filters = readFilters();
      error.hidden = true;
      error.textContent = "";
      if (!filters) {
        summary.textContent = "(none: all documents, all years)";
        return;
      }
      const parts = [];
      if (filters.year_from || filters.year_to) {
        parts.push(filters.year_from === filters.year_to
          ? String(filters.year_from)
          : `${filters.year_from || "…"}–${filters.year_to || "…"}`);
      }
      if (filters.document) {
        const n = filters.document.length;
        parts.push(`${n} document${n === 1 ? "" : "s"}`);
      }
      summary.textContent = `(${parts.join(", ")})`;
    } catch (err) {
      summary.textContent = "(check the years)";
      error.textContent = err.message;
      error.hidden = false;
    }
  }

  async function loadDocuments() {
    const list = $("document-list");
    try {
      // Loaded with the page: a server that needs a key is not asked yet (the first question
      // or view will ask); the list loads again once a key is saved.
      const response = await apiFetch("/v1/documents",
        { headers: { Accept: "application/json" }, ask: false });
      if (response.status === 401) {
        state.documentsNeedKey = true;
        list.replaceChildren(el("p", { class: "hint",
          text: "The document list shows once the server's API key is entered." }));
        return;
      }
      state.documentsNeedKey = false;
      if (!response.ok) throw new Error((await errorOf(response)).message);
      const documents = await response.json();
      list.replaceChildren();
      if (!documents.length) {
        list.append(el("p", { class: "hint", text: "No documents are ingested yet." }));
        return;
      }
      documents.forEach((doc, index) => {
        const id = `doc-filter-${index}`;
        const when = doc.date || doc.period || (doc.year ? String(doc.year) : "");
        list.append(
          el(
            "div",
            { class: "check" },
            el("input", { type: "checkbox", id, value: doc.id, name: "document" }),
            el("label", { for: id },
              el("span", { class: "doc-title", text: doc.title || doc.filename }),
              when ? el("span", { class: "doc-when", text: ` (${when})` }) : null),
          ),
        );
      });
    } catch (err) {
      list.replaceChildren(
        el("p", { class: "field-error", text: `Could not load the document list: ${err.message}` }),
      );
    }
  }

  // ---------------------------------------------------------------- one turn of the conversation

  class Turn {
    constructor(question) {
      this.question = question;
      this.answer = null;
      this.article = el("article", { class: "turn" });
      this.article.append(
        el("div", { class: "msg user" },
          el("h2", { class: "visually-hidden", text: "You asked" }),
          el("p", { class: "question-text", text: question })),
      );
      this.reply = el("div", { class: "msg assistant streaming" });
      this.reply.append(el("h2", { class: "visually-hidden", text: "Answer" }));
      this.understood = el("p", { class: "understood", hidden: true });
      this.body = el("div", {
        class: "answer-body",
        "aria-live": "polite",
        "aria-busy": "true",
      }, el("p", { class: "thinking", text: "Searching the record…" }));
      this.reply.append(this.understood, this.body);
      this.article.append(this.reply);
      $("transcript").append(this.article);
    }

    meta(data) {
      if (data && data.rewritten && data.standalone) {
        this.understood.replaceChildren(
          el("span", { class: "label", text: "Understood as: " }),
          el("span", { class: "standalone", text: data.standalone }),
        );
        this.understood.hidden = false;
      }
    }

    /** While the page asks for the API key (waiting), and once it has one. */
    waitForKey(waiting) {
      this.body.replaceChildren(el("p", { class: "thinking", text: waiting
        ? "Waiting for the API key…" : "Searching the record…" }));
    }

    stream(markdown) {
      this.body.replaceChildren(renderMarkdown(markdown, plainMarker));
    }

    finish(answer) {
      this.answer = answer;
      const citations = new Map((answer.citations || []).map((c) => [c.n, c]));
      const marker = (n, raw) => {
        const citation = citations.get(n);
        if (!citation) return document.createTextNode(raw);
        return citeButton(citation, raw, "cite");
      };
      const coverage = (answer.coverage && answer.coverage.line) || "";
      this.body.replaceChildren(renderMarkdown(withoutCoverage(answer.answer || "", coverage), marker));
      this.body.setAttribute("aria-busy", "false");
      this.reply.classList.remove("streaming");

      if (answer.abstained) {
        this.reply.classList.add("abstained");
        this.body.before(el("p", { class: "badge abstain-badge", text: "Not covered by the record" }));
      }
      if (coverage) {
        this.reply.append(el("p", { class: "coverage" },
          el("span", { class: "label", text: "Coverage: " }), coverage));
      }
      const records = answer.records || [];
      const total = Math.max(answer.records_total || 0, records.length);
      if (records.length) this.reply.append(new RecordsTable(records, total).element);
      if (citations.size) this.reply.append(sourcesList(answer.citations));
      if ((answer.notes || []).length) {
        this.reply.append(el("details", { class: "notes" },
          el("summary", { text: `Notes (${answer.notes.length})` }),
          el("ul", null, ...answer.notes.map((note) => el("li", { text: note })))));
      }
      const actions = el("div", { class: "answer-actions" });
      actions.append(el("button", {
        type: "button", class: "secondary copy-answer", text: "Copy answer",
        onclick: () => copyAnswer(answer),
      }));
      if (records.length) {
        actions.append(el("button", {
          type: "button", class: "secondary export-csv", text: "Export CSV",
          "aria-label": `Export the ${total} records as CSV`,
          onclick: () => (total > records.length
            ? this.exportAll(answer, total) : downloadCsv(records)),
        }));
      }
      this.reply.append(actions);
    }

    /** The answer carries the first records only: ask again for all of them, then export. */
    async exportAll(answer, total) {
      announce(`Fetching all ${total} records for the export.`);
      try {
        const response = await apiFetch("/v1/ask", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({
            question: answer.query.standalone || answer.query.question,
            filters: this.filters || null,
            records_limit: total,
          }),
        });
        if (!response.ok) throw await errorOf(response);
        downloadCsv((await response.json()).records || []);
      } catch (error) {
        announce(`The export failed: ${error.message || "unknown error"}`);
      }
    }

    fail(error) {
      this.reply.classList.remove("streaming");
      this.reply.classList.add("error");
      this.body.setAttribute("aria-busy", "false");
      // A refusal a person can act on ("Too many requests — try again in 12 s.") is its own
      // headline; anything else reads "Something went wrong: <the server's message>".
      this.body.replaceChildren(error.friendly
        ? el("p", { class: "error-message", role: "alert" }, el("strong", { text: error.message }))
        : el("p", { class: "error-message", role: "alert" },
          el("strong", { text: "Something went wrong: " }),
          error.message || "unknown error"));
      if (error.help) this.body.append(el("p", { class: "error-help", text: error.help }));
      if (error.code) {
        this.body.append(el("p", { class: "error-code", text: `code: ${error.code}` +
          (error.status ? ` (HTTP ${error.status})` : "") }));
      }
    }
  }

  /** The answer Markdown without its trailing coverage paragraph (shown on its own line). */
  function withoutCoverage(markdown, line) {
    if (!line) return markdown;
    const trimmed = markdown.replace(/\s+$/, "");
    for (const wrapped of [`_${line}_`, `*${line}*`, line]) {
      if (trimmed.endsWith(wrapped)) return trimmed.slice(0, -wrapped.length);
    }
    return markdown;
  }

  function citationLabel(citation) {
    const parts = [citation.document.title];
    if (citation.page) parts.push(`page ${citation.page}`);
    if (citation.ref) parts.push(`ref ${citation.ref}`);
    return parts.join(", ");
  }

  function citeButton(citation, text, className) {
    return el("button", {
      type: "button",
      class: className,
      text,
      "data-n": citation.n,
      "aria-haspopup": "dialog",
      "aria-controls": "source-panel",
      "aria-label": `Source ${citation.n}: ${citationLabel(citation)}`,
      onclick: (event) => openSource(citation, event.currentTarget),
    });
  }

  function sourcesList(citations) {
    const list = el("ol", { class: "sources-list" });
    for (const c of citations) {
      const quote = c.quote.length > 140 ? `${c.quote.slice(0, 140)}…` : c.quote;
      const button = citeButton(c, `[${c.n}]`, "source-link");
      list.append(el("li", null, button, " ",
        el("span", { class: "source-where", text: citationLabel(c) }), ": ",
        el("q", { class: "source-quote", text: quote })));
    }
    return el("div", { class: "sources" }, el("h3", { text: "Sources" }), list);
  }

  // ---------------------------------------------------------------- records table

  const COLUMNS = [
    { key: "ref", label: "Ref", value: (r) => r.ref || "", sort: (r) => r.ref || "" },
    { key: "title", label: "Action", value: (r) => r.title || "", sort: (r) => r.title || "" },
    { key: "owner", label: "Owner", value: (r) => r.owner || "—", sort: (r) => r.owner || "" },
    {
      key: "due", label: "Due",
      value: (r) => (r.due_text || "—") +
        (r.revised_from_text ? ` (revised from ${r.revised_from_text})` : ""),
      sort: (r) => r.due_date || "",
    },
    {
      key: "status", label: "Status",
      value: (r) => STATUS_LABELS[r.status] || r.status || "",
      sort: (r) => String(STATUS_ORDER.indexOf(r.status)),
    },
    {
      key: "document", label: "Document",
      value: (r) => r.document.title + (r.report_date ? ` (${r.report_date})` : ""),
      sort: (r) => `${r.report_date || r.year || ""} ${r.document.title}`,
    },
    {
      key: "pages", label: "Pages",
      value: (r) => (r.pages || []).join(", "),
      sort: (r) => String((r.pages || [0])[0] || 0).padStart(6, "0"),
    },
  ];
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

  class RecordsTable {
    constructor(records, total = records.length) {
      this.records = records.slice();
      this.sortKey = null;
      this.direction = "ascending";
      this.headers = new Map();
      this.tbody = el("tbody");
      const headRow = el("tr");
      for (const column of COLUMNS) {
        const button = el("button", {
          type: "button", class: "sort", onclick: () => this.sortBy(column.key),
        }, column.label, el("span", { class: "sort-icon", "aria-hidden": "true" }));
        const th = el("th", { scope: "col", "aria-sort": "none", "data-key": column.key }, button);
        this.headers.set(column.key, th);
        headRow.append(th);
      }
      const count = records.length;
      const caption = total > count
        ? `The first ${count} of ${total} action records`
        : `${count} action record${count === 1 ? "" : "s"}`;
      const table = el("table", { class: "records-table" },
        el("caption", null, caption,
          el("span", { class: "caption-hint", text: " — select a column heading to sort" })),
        el("thead", null, headRow),
        this.tbody);
      this.element = el("div", {
        class: "records", role: "region", tabindex: "0",
        "aria-label": `Records table, ${count} rows (scrolls sideways on small screens)`,
      }, table);
      this.render();
    }

    sortBy(key) {
      this.direction = this.sortKey === key && this.direction === "ascending"
        ? "descending" : "ascending";
      this.sortKey = key;
      const column = COLUMNS.find((c) => c.key === key);
      const sign = this.direction === "ascending" ? 1 : -1;
      this.records.sort((a, b) => sign * collator.compare(column.sort(a), column.sort(b)));
      for (const [k, th] of this.headers) {
        th.setAttribute("aria-sort", k === key ? this.direction : "none");
      }
      this.render();
      announce(`Records sorted by ${column.label}, ${this.direction}.`);
    }

    render() {
      this.tbody.replaceChildren(...this.records.map((record) => {
        const row = el("tr", { "data-id": record.id });
        for (const column of COLUMNS) {
          const attrs = { "data-label": column.label };
          if (column.key === "status") attrs.class = `status status-${record.status}`;
          row.append(el(column.key === "ref" ? "th" : "td",
            column.key === "ref" ? { ...attrs, scope: "row" } : attrs, column.value(record)));
        }
        return row;
      }));
    }
  }

  // ---------------------------------------------------------------- CSV and clipboard

  function csvField(value) {
    let text = value === null || value === undefined ? "" : String(value);
    // A cell starting like a formula would run in a spreadsheet: keep it text (OWASP advice).
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }

  function recordRow(record) {
    return CSV_COLUMNS.map((key) => {
      switch (key) {
        case "document": return record.document.filename;
        case "date": return record.report_date || "";
        case "themes": return (record.themes || []).join("; ");
        case "pages": return (record.pages || []).join(", ");
        default: return record[key];
      }
    });
  }

  function recordsCsv(records) {
    const rows = [CSV_COLUMNS, ...records.map(recordRow)];
    return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
  }

  function downloadCsv(records) {
    // The BOM lets spreadsheet programs read the file as UTF-8 (dashes, curly quotes).
    const blob = new Blob(["\ufeff", recordsCsv(records)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = el("a", { href: url, download: "govrag-records.csv", class: "visually-hidden" });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10000);
    announce(`Downloading ${records.length} records as CSV.`);
  }

  function answerText(answer) {
    const lines = [answer.answer.trim()];
    if (answer.coverage && answer.coverage.line && !answer.answer.includes(answer.coverage.line)) {
      lines.push("", answer.coverage.line);
    }
    if ((answer.citations || []).length) {
      lines.push("", "Sources:");
      for (const c of answer.citations) lines.push(`[${c.n}] ${citationLabel(c)}: “${c.quote}”`);
    }
    return lines.join("\n");
  }

  async function copyAnswer(answer) {
    const text = answerText(answer);
    try {
      if (!navigator.clipboard || !window.isSecureContext) throw new Error("no clipboard API");
      await navigator.clipboard.writeText(text);
      announce("Answer copied to the clipboard.");
      return;
    } catch (_) { /* fall back below */ }
    const area = el("textarea", { class: "copy-buffer", readonly: true, "aria-hidden": "true" });
    area.value = text;
    document.body.append(area);
    area.select();
    let copied = false;
    try { copied = document.execCommand("copy"); } catch (_) { copied = false; }
    area.remove();
    if (copied) {
      announce("Answer copied to the clipboard.");
      return;
    }
    showCopyFallback(text);
  }

  /** Last resort: show the text selected so the user can press Ctrl+C / Cmd+C. */
  function showCopyFallback(text) {
    const area = el("textarea", { class: "copy-fallback", readonly: true,
      "aria-label": "Answer text: press Ctrl+C (or Cmd+C) to copy, Escape to close", rows: 8 });
    area.value = text;
    const box = el("div", { class: "copy-fallback-box", role: "group",
      "aria-label": "Copy the answer" }, area);
    area.addEventListener("keydown", (event) => {
      if (event.key === "Escape") { event.stopPropagation(); box.remove(); $("question").focus(); }
    });
    area.addEventListener("blur", () => window.setTimeout(() => box.remove(), 200));
    document.body.append(box);
    area.focus();
    area.select();
    announce("Copying is blocked here: the answer is selected, press Ctrl+C to copy.");
  }

  // ---------------------------------------------------------------- source panel

  async function fetchDocument(id) {
    if (!state.documents.has(id)) {
      const response = await apiFetch(`/v1/documents/${encodeURIComponent(id)}`,
        { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error((await errorOf(response)).message);
      state.documents.set(id, await response.json());
    }
    return state.documents.get(id);
  }

  /** The quote with up to CONTEXT_CHARS either side, kept within its page(s). */
  function passageAround(detail, citation) {
    const text = detail.pages.map((page) => page.text).join("\f");
    const quote = citation.quote;
    let start = citation.start;
    if (typeof start !== "number" || text.substr(start, quote.length) !== quote) {
      start = text.indexOf(quote);
    }
    if (start < 0) return null;
    const end = start + quote.length;
    const pageStart = text.lastIndexOf("\f", start - 1) + 1;
    const pageEndAt = text.indexOf("\f", end);
    const pageEnd = pageEndAt < 0 ? text.length : pageEndAt;
    let from = Math.max(pageStart, start - CONTEXT_CHARS);
    let to = Math.min(pageEnd, end + CONTEXT_CHARS);
    // Cut at word boundaries so the context does not start or end mid-word.
    if (from > pageStart) {
      const space = text.slice(from, start).search(/\s/);
      if (space >= 0) from += space + 1;
    }
    if (to < pageEnd) {
      const tail = text.slice(end, to);
      const space = tail.search(/\s\S*$/);
      if (space >= 0) to = end + space;
    }
    return {
      before: text.slice(from, start),
      quote: text.slice(start, end).replace(/\f/g, "\n"),
      after: text.slice(end, to),
      moreBefore: from > pageStart,
      moreAfter: to < pageEnd,
    };
  }

  /** Text with each table-cell boundary (a tab in the stored text) shown as a thin rule. */
  function withCellBreaks(text) {
    const nodes = [];
    text.split(/\t+/).forEach((part, i) => {
      if (i > 0) nodes.push(el("span", { class: "cell-break", "aria-hidden": "true", text: " │ " }));
      nodes.push(part);
    });
    return nodes;
  }

  function setMeta(citation, detail) {
    const doc = (detail && detail.document) || citation.document;
    const rows = [
      ["Date", doc.date || (doc.period ? `${doc.period}${doc.period_inferred ? " (inferred)" : ""}` : "not stated")],
      ["Page", citation.page ? String(citation.page) : "—"],
      ["Ref", citation.ref || "—"],
      ["File", doc.filename || citation.document.filename],
    ];
    $("source-meta").replaceChildren(...rows.flatMap(([term, value]) =>
      [el("dt", { text: term }), el("dd", { text: value })]));
  }

  async function openSource(citation, opener) {
    const panel = $("source-panel");
    state.opener = opener;
    $("source-number").textContent = `[${citation.n}]`;
    $("source-title").textContent = citation.document.title;
    setMeta(citation, null);
    const passage = $("source-passage");
    const note = $("source-note");
    note.hidden = true;
    passage.replaceChildren(el("p", { class: "hint", text: "Loading the passage…" }));
    document.querySelectorAll(".cite.active, .source-link.active")
      .forEach((node) => node.classList.remove("active"));
    opener.classList.add("active");
    panel.hidden = false;
    panel.dataset.n = String(citation.n);
    document.body.classList.add("panel-open");
    panel.focus();

    let detail = null;
    try {
      detail = await fetchDocument(citation.document.id);
    } catch (err) {
      passage.replaceChildren(el("p", { class: "field-error",
        text: `Could not load the document: ${err.message}` }),
      el("blockquote", null, el("mark", { text: citation.quote })));
      return;
    }
    if (panel.dataset.n !== String(citation.n) || panel.hidden) return; // another one opened
    setMeta(citation, detail);
    const found = passageAround(detail, citation);
    if (!found) {
      passage.replaceChildren(el("blockquote", null, el("mark", { text: citation.quote })));
      note.textContent = "The quote was not found in the stored text of this document.";
      note.hidden = false;
      return;
    }
    const mark = el("mark", null, ...withCellBreaks(found.quote));
    passage.replaceChildren(el("blockquote", { class: "passage-text" },
      found.moreBefore ? "…" : "", ...withCellBreaks(found.before), mark,
      ...withCellBreaks(found.after), found.moreAfter ? "…" : ""));
    mark.scrollIntoView({ block: "nearest" });
  }

  function closeSource() {
    const panel = $("source-panel");
    if (panel.hidden) return;
    panel.hidden = true;
    delete panel.dataset.n;
    document.body.classList.remove("panel-open");
    const opener = state.opener;
    state.opener = null;
    if (opener) opener.classList.remove("active");
    if (opener && opener.isConnected) opener.focus();
    else $("question").focus();
  }

  // ---------------------------------------------------------------- asking

  function setBusy(busy) {
    state.busy = busy;
    $("send").disabled = busy;
    $("send").textContent = busy ? "Answering…" : "Send";
    $("transcript").setAttribute("aria-busy", busy ? "true" : "false");
  }

  function nearBottom() {
    return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 160;
  }

  async function ask(question, filters) {
    $("empty-state").hidden = true;
    const turn = new Turn(question);
    turn.filters = filters;
    turn.article.scrollIntoView({ block: "start", behavior: "smooth" });
    const userMessage = { role: "user", content: question };
    const messages = [...state.history, userMessage].slice(-HISTORY_LIMIT);
    const timing = { question, fetchStart: performance.now(), firstDelta: null, done: null,
      deltas: 0, lengths: [], rewritten: null };
    metrics.turns.push(timing);
    const controller = new AbortController();
    state.controller = controller;
    setBusy(true);

    let markdown = "";
    let answer = null;
    let failure = null;
    try {
      const response = await apiFetch("/v1/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
        body: JSON.stringify({ messages, filters, stream: true }),
        signal: controller.signal,
        onKey: (phase) => turn.waitForKey(phase === "waiting"),
      });
      const type = response.headers.get("content-type") || "";
      if (!response.ok || !type.includes("text/event-stream")) {
        failure = await errorOf(response);
      } else {
        for await (const { event, data } of readEvents(response)) {
          if (event === "meta") {
            timing.rewritten = data.rewritten ? data.standalone : null;
            turn.meta(data);
          } else if (event === "delta") {
            const follow = nearBottom();
            markdown += data.text || "";
            turn.stream(markdown);
            timing.deltas += 1;
            metrics.deltas += 1;
            timing.lengths.push(turn.body.textContent.length);
            if (timing.firstDelta === null) timing.firstDelta = performance.now();
            if (follow) window.scrollTo(0, document.documentElement.scrollHeight);
          } else if (event === "answer") {
            answer = data;
          } else if (event === "error") {
            failure = (data && data.error) || { message: "The server reported an error." };
          }
        }
      }
    } catch (err) {
      if (controller.signal.aborted) {
        turn.article.remove();
        return;
      }
      failure = {
        code: "network_error",
        message: `Could not reach the server (${err.message}).`,
        help: "Check that govrag serve is running, then send the question again.",
      };
    } finally {
      if (state.controller === controller) {
        state.controller = null;
        setBusy(false);
      }
    }
    timing.done = performance.now();
    if (answer && !failure) {
      const follow = nearBottom();
      turn.finish(answer);
      state.history.push(userMessage, { role: "assistant", content: answer.answer });
      announce(answer.abstained ? "The record does not cover this question." : "Answer complete.");
      if (follow) window.scrollTo(0, document.documentElement.scrollHeight);
    } else {
      // A failed turn stays on screen but is not sent back as conversation history.
      turn.fail(failure || { message: "The answer stream ended before the answer arrived.",
        help: "Send the question again." });
    }
  }

  function newConversation() {
    if (state.controller) state.controller.abort();
    state.controller = null;
    setBusy(false);
    closeSource();
    state.history = [];
    $("transcript").querySelectorAll(".turn").forEach((node) => node.remove());
    $("empty-state").hidden = false;
    const box = $("question");
    box.value = "";
    box.focus();
    announce("New conversation started.");
  }

  function submit() {
    const box = $("question");
    const question = box.value.trim();
    if (state.busy) return;
    if (!question) {
      announce("Type a question first.");
      box.focus();
      return;
    }
    let filters;
    try {
      filters = readFilters();
    } catch (err) {
      // Keep the question in the box; show the filter problem where it can be fixed.
      $("filters").open = true;
      updateFilterSummary();
      $("year-from").focus();
      return;
    }
    box.value = "";
    ask(question, filters);
  }

  // ---------------------------------------------------------------- wiring

  function init() {
    $("ask-form").addEventListener("submit", (event) => {
      event.preventDefault();
      submit();
    });
    $("question").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submit();
      }
    });
    $("new-conversation").addEventListener("click", newConversation);
    $("source-close").addEventListener("click", closeSource);
    document.addEventListener("keydown", (event) => {
      // The workbench (workbench.js) hides the whole chat view; Escape is then not ours.
      if (event.key === "Escape" && !$("source-panel").hidden && !$("view-chat").hidden &&
          !$("key-dialog").open) {
        event.preventDefault();
        closeSource();
      }
    });
    for (const button of document.querySelectorAll(".example")) {
      button.addEventListener("click", () => {
        $("question").value = button.textContent;
        submit();
      });
    }
    $("year-from").addEventListener("input", updateFilterSummary);
    $("year-to").addEventListener("input", updateFilterSummary);
    $("document-list").addEventListener("change", updateFilterSummary);
    $("clear-filters").addEventListener("click", () => {
      $("year-from").value = "";
      $("year-to").value = "";
      document.querySelectorAll("#document-list input").forEach((box) => { box.checked = false; });
      updateFilterSummary();
      announce("Filters cleared.");
    });
    initKey();
    document.addEventListener("govrag:key", (event) => {
      if (event.detail.stored && state.documentsNeedKey) loadDocuments();
    });
    loadDocuments();
    $("question").focus();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
