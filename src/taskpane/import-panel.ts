import { CSV_FIELDS, listOf, type CsvMapping, type UsageFormat } from "../engine/actuals";
import type { Language } from "../i18n/language";
import { confirmImport, mappingFor, preparedFromResult, rejectionText, storageMappingStore, type MappingStore, type PreparedImport } from "./import-session";
import { refreshBudgetVsActual } from "../excel/budget-vs-actual-sheet";
import { parseBudgetCsv, type BudgetRow } from "../templates/budget-lines";
import { parseFile, type RunningImport } from "./usage-worker-client";
import { writeActualsTable } from "../excel/actuals-table-writer";
import { PANE_STRINGS, type ImportStrings, type PaneStrings } from "./strings";
import { describeError } from "../excel/excel-messages";
import { render } from "../i18n/messages";
import { el } from "./dom";

/**
 * "Import usage…": pick a usage or billing file (provider usage and cost JSON, FOCUS exports, gateway logs, any
 * CSV), see what will be imported and what cannot be read (line and reason), map CSV columns, then confirm to write
 * the LlmcostActuals table; pick a budget file; insert the Budget vs actual sheet laid out from them, or refresh the
 * existing one in place. The file is streamed in a Web Worker (usage-worker.ts) with a progress bar and a cancel
 * button: only the monthly lines come back, so a month of gateway logs never sits in the pane's memory. It never
 * leaves the machine.
 *
 * Texts follow the pane's language (strings.ts), and so does the Budget vs actual sheet it inserts.
 * Wiring (taskpane.ts): `renderImportPanel(document.getElementById("import-panel")!, language)`.
 */

const REJECTIONS_SHOWN = 50;

export function renderImportPanel(root: HTMLElement, language: Language = "en", store: MappingStore = storageMappingStore(window.localStorage)): void {
  const pane = PANE_STRINGS[language];
  const s = pane.import;
  root.innerHTML = "";
  const file = el("input", { id: "usage-file", type: "file", accept: ".json,.jsonl,.csv,.txt" });
  const format = el("select", { id: "usage-format" });
  for (const [value, label] of Object.entries(s.formats)) format.append(el("option", { value }, label));
  const review = el("div", { className: "import-review" });
  const status = el("p", { className: "status", id: "import-status" });
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  const insert = el("button", { type: "button", className: "ms-Button", id: "insert-budget-vs-actual" }, s.insertSheet);
  const progress = el("progress", { id: "import-progress", max: 1, value: 0, hidden: true });
  const cancel = el("button", { type: "button", className: "ms-Button", id: "cancel-import", hidden: true }, s.cancel);
  const budgetFile = el("input", { id: "budget-file", type: "file", accept: ".csv,.txt" });
  const budgetSummary = el("p", { className: "import-summary", id: "budget-summary" });
  const copy = el("input", { id: "insert-copy", type: "checkbox" });
  root.append(
    el("h2", {}, s.title),
    el("div", { className: "field" }, el("label", { htmlFor: "usage-file" }, s.file), file),
    el("div", { className: "field" }, el("label", { htmlFor: "usage-format" }, s.format), format),
    el("div", { className: "field" }, progress, cancel),
    review,
    el("div", { className: "field" }, el("label", { htmlFor: "budget-file" }, s.budgetFile), budgetFile),
    budgetSummary,
    status,
    el("div", { className: "field" }, copy, el("label", { htmlFor: "insert-copy" }, s.insertCopy)),
    insert,
  );

  let picked: File | undefined;
  let running: RunningImport | undefined;
  let budget: BudgetRow[] | null = null;
  const show = async (mapping?: CsvMapping) => {
    if (!picked) return;
    running?.cancel();
    const chosen = format.value as UsageFormat | "auto";
    const head = await picked.slice(0, 65_536).text();
    const options = { format: chosen === "auto" ? undefined : chosen, mapping: mappingFor(head, store, mapping) };
    const current = parseFile(picked, options, (p) => {
      progress.value = p.total > 0 ? p.bytes / p.total : 1;
      status.className = "status";
      status.textContent = s.reading(Math.floor((100 * p.bytes) / Math.max(1, p.total)), p.records);
    });
    running = current;
    progress.hidden = false;
    cancel.hidden = false;
    review.innerHTML = "";
    try {
      const result = await current.result;
      if (running !== current) return;
      status.textContent = "";
      renderReview(review, preparedFromResult(result, picked.name), store, status, (m) => void show(m), s, language);
    } catch (error) {
      if (running !== current) return;
      status.className = error instanceof Error && error.message === "cancelled" ? "status" : "status error";
      status.textContent = error instanceof Error && error.message === "cancelled" ? s.cancelled : describeError(error, language);
    } finally {
      if (running === current) {
        progress.hidden = true;
        cancel.hidden = true;
        running = undefined;
      }
    }
  };
  file.addEventListener("change", () => {
    picked = file.files?.[0];
    status.textContent = "";
    void show();
  });
  format.addEventListener("change", () => void show());
  cancel.addEventListener("click", () => running?.cancel());
  budgetFile.addEventListener("change", async () => {
    const chosen = budgetFile.files?.[0];
    if (!chosen) return;
    const parsed = parseBudgetCsv(await chosen.text());
    budget = parsed.rows;
    budgetSummary.textContent = s.budgetSummary(parsed.rows.length, parsed.rows[0]?.team ? "team" : "model", parsed.rows[0]?.currency ?? "", parsed.rejected.length);
    const list = el("ul", { className: "import-rejected", id: "budget-rejected" });
    for (const rejection of parsed.rejected.slice(0, REJECTIONS_SHOWN)) list.append(el("li", {}, rejectionText(rejection, language)));
    if (parsed.rejected.length > 0) budgetSummary.append(list);
  });
  insert.addEventListener("click", () =>
    withStatus(status, insert, s.insertingSheet, async () => {
      const result = await Excel.run((context) => refreshBudgetVsActual(context, budget, {}, (message) => (status.textContent = render(message, language)), language, copy.checked));
      return result.refreshed ? s.refreshed(result.sheets.join(", "), String(result.masterCheck ?? pane.recalculating)) : insertedMessage(pane, result.sheets, result.masterCheck);
    }),
  );
}

/** Runs an Office.js step with its button disabled, showing progress, then the outcome or the error in `status`. */
async function withStatus(status: HTMLElement, button: HTMLButtonElement, busy: string, step: () => Promise<string>, keepDisabled = false): Promise<void> {
  button.disabled = true;
  status.className = "status";
  status.textContent = busy;
  try {
    const done = await step();
    status.className = "status ok";
    status.textContent = done;
    button.disabled = keepDisabled;
  } catch (error) {
    status.className = "status error";
    status.textContent = describeError(error);
    button.disabled = false;
  }
}

/** The outcome of an insertion, as the gallery says it: the sheets and the master check (or that Excel still recalculates). */
function insertedMessage(pane: PaneStrings, sheets: string[], masterCheck: unknown): string {
  return pane.inserted(sheets.join(", "), String(masterCheck ?? pane.recalculating));
}

function renderReview(root: HTMLElement, prepared: PreparedImport, store: MappingStore, status: HTMLElement, remap: (mapping: CsvMapping) => void, s: ImportStrings, language: Language): void {
  root.innerHTML = "";
  if (prepared.csv) root.append(mappingForm(prepared, remap, s, language));
  const summary = s.summary(prepared.rows.length, prepared.format, prepared.months.join(", ") || s.noMonth, prepared.rejected.length);
  root.append(el("p", { className: "import-summary" }, summary));
  if (prepared.rejected.length > 0) {
    const list = el("ul", { className: "import-rejected" });
    for (const rejection of prepared.rejected.slice(0, REJECTIONS_SHOWN)) list.append(el("li", {}, rejectionText(rejection, language)));
    if (prepared.rejected.length > REJECTIONS_SHOWN) list.append(el("li", {}, s.more(prepared.rejected.length - REJECTIONS_SHOWN)));
    root.append(list);
  }
  for (const note of prepared.notes) root.append(el("p", { className: "import-warning" }, render(note, language)));
  const source = el("input", { id: "usage-source", type: "text", value: prepared.source, autocomplete: "off" });
  const confirm = el("button", { type: "button", className: "ms-Button ms-Button--primary", id: "confirm-import", disabled: prepared.rows.length === 0 }, s.importRows(prepared.rows.length));
  root.append(el("div", { className: "field" }, el("label", { htmlFor: "usage-source" }, s.source), source), confirm);
  confirm.addEventListener("click", () =>
    withStatus(
      status,
      confirm,
      s.writing,
      async () => {
        const rows = confirmImport(prepared, source.value, store);
        const result = await Excel.run((context) => writeActualsTable(context, rows, source.value.trim() || prepared.source));
        return s.wrote(result.written, result.address, result.replaced, result.total);
      },
      true,
    ),
  );
}

/** One select per usage field, listing the file's columns; a change re-reads the file with the new mapping. */
function mappingForm(prepared: PreparedImport, remap: (mapping: CsvMapping) => void, s: ImportStrings, language: Language): HTMLElement {
  const csv = prepared.csv as NonNullable<PreparedImport["csv"]>;
  const form = el("fieldset", { className: "import-mapping" }, el("legend", {}, s.columns));
  const selects = new Map<string, HTMLSelectElement>();
  for (const field of CSV_FIELDS) {
    const id = `map-${field}`;
    const select = el("select", { id });
    select.append(el("option", { value: "" }, s.notInFile));
    csv.headers.forEach((header, index) => select.append(el("option", { value: String(index), selected: csv.mapping[field] === index }, header)));
    select.addEventListener("change", () => {
      const mapping: CsvMapping = {};
      for (const [key, s] of selects) if (s.value !== "") mapping[key as keyof CsvMapping] = Number(s.value);
      remap(mapping);
    });
    selects.set(field, select);
    form.append(el("div", { className: "field" }, el("label", { htmlFor: id }, s.fields[field]), select));
  }
  if (csv.missing.length > 0) form.append(el("p", { className: "status error" }, s.stillNeeded(render(listOf(csv.missing), language))));
  return form;
}
