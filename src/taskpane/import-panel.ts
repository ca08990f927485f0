import { CSV_FIELDS, CSV_FIELD_LABELS, type CsvMapping, type UsageFormat } from "../engine/actuals";
import type { Language } from "../i18n/language";
import { confirmImport, prepareImport, storageMappingStore, type MappingStore, type PreparedImport } from "./import-session";
import { insertBudgetVsActual } from "../excel/budget-vs-actual-sheet";
import { writeActualsTable } from "../excel/actuals-table-writer";
import { PANE_STRINGS, type ImportStrings, type PaneStrings } from "./strings";
import { describeError } from "../excel/excel-messages";
import { render } from "../i18n/messages";

/**
 * "Import usage…": pick a usage file (OpenAI or Anthropic usage JSON, or any CSV), see what will be imported and what
 * cannot be read (line and reason), map CSV columns, then confirm to write the LlmcostActuals table, and insert the
 * Budget vs actual sheet laid out from it. The file is read in the pane (File.text()): it never leaves the machine.
 *
 * Texts follow the pane's language (strings.ts), and so does the Budget vs actual sheet it inserts.
 * Wiring (taskpane.ts): `renderImportPanel(document.getElementById("import-panel")!, language)`.
 */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

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
  root.append(
    el("h2", {}, s.title),
    el("div", { className: "field" }, el("label", { htmlFor: "usage-file" }, s.file), file),
    el("div", { className: "field" }, el("label", { htmlFor: "usage-format" }, s.format), format),
    review,
    status,
    insert,
  );

  let text = "";
  let name = "";
  const show = (mapping?: CsvMapping) => {
    if (!text) return;
    renderReview(review, prepareImport(text, name, format.value as UsageFormat | "auto", store, mapping), store, status, show, s);
  };
  file.addEventListener("change", async () => {
    const picked = file.files?.[0];
    if (!picked) return;
    name = picked.name;
    text = await picked.text();
    status.textContent = "";
    show();
  });
  format.addEventListener("change", () => show());
  insert.addEventListener("click", () =>
    withStatus(status, insert, s.insertingSheet, async () => {
      const result = await Excel.run((context) => insertBudgetVsActual(context, {}, (message) => (status.textContent = render(message, language)), language));
      return insertedMessage(pane, result.sheets, result.masterCheck);
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

function renderReview(root: HTMLElement, prepared: PreparedImport, store: MappingStore, status: HTMLElement, remap: (mapping: CsvMapping) => void, s: ImportStrings): void {
  root.innerHTML = "";
  if (prepared.csv) root.append(mappingForm(prepared, remap, s));
  const summary = s.summary(prepared.rows.length, prepared.format, prepared.months.join(", ") || s.noMonth, prepared.rejected.length);
  root.append(el("p", { className: "import-summary" }, summary));
  if (prepared.rejected.length > 0) {
    const list = el("ul", { className: "import-rejected" });
    for (const rejection of prepared.rejected.slice(0, REJECTIONS_SHOWN)) list.append(el("li", {}, `${rejection.location}: ${rejection.reason}`));
    if (prepared.rejected.length > REJECTIONS_SHOWN) list.append(el("li", {}, s.more(prepared.rejected.length - REJECTIONS_SHOWN)));
    root.append(list);
  }
  for (const warning of prepared.warnings) root.append(el("p", { className: "import-warning" }, warning));
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
function mappingForm(prepared: PreparedImport, remap: (mapping: CsvMapping) => void, s: ImportStrings): HTMLElement {
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
  if (csv.missing.length > 0) form.append(el("p", { className: "status error" }, s.stillNeeded(csv.missing.map((text) => missingInLanguage(text, s)).join("; "))));
  return form;
}

/** A "still needed" text of the engine (English field labels) in the pane's language. */
export function missingInLanguage(text: string, s: ImportStrings): string {
  const english = PANE_STRINGS.en.import;
  if (text === english.onlyOneInput) return s.onlyOneInput;
  const label = (part: string) => s.fields[CSV_FIELDS.find((field) => CSV_FIELD_LABELS[field] === part) ?? CSV_FIELDS[0]];
  const isLabel = (part: string) => CSV_FIELDS.some((field) => CSV_FIELD_LABELS[field] === part);
  // one label ("Date or month"), or two joined by " or " ("Input tokens (including cached) or Output tokens")
  if (isLabel(text)) return label(text);
  const parts = text.split(english.or);
  return parts.every(isLabel) ? parts.map(label).join(s.or) : text;
}
