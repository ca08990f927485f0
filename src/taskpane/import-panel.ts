import { CSV_FIELDS, CSV_FIELD_LABELS, type CsvMapping, type UsageFormat } from "../engine/actuals";
import { confirmImport, prepareImport, storageMappingStore, type MappingStore, type PreparedImport } from "../actuals/import-session";
import { insertBudgetVsActual } from "../actuals/sheet";
import { writeActualsTable } from "../actuals/table-writer";

/**
 * "Import usage…": pick a usage file (OpenAI or Anthropic usage JSON, or any CSV), see what will be imported and what
 * cannot be read (line and reason), map CSV columns, then confirm to write the LlmcostActuals table, and insert the
 * Budget vs actual sheet laid out from it. The file is read in the pane (File.text()): it never leaves the machine.
 *
 * Wiring (taskpane.ts): `renderImportPanel(document.getElementById("import-panel")!)`.
 */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const REJECTIONS_SHOWN = 50;

export function renderImportPanel(root: HTMLElement, store: MappingStore = storageMappingStore(window.localStorage)): void {
  root.innerHTML = "";
  const file = el("input", { id: "usage-file", type: "file", accept: ".json,.jsonl,.csv,.txt" });
  const format = el("select", { id: "usage-format" });
  for (const [value, label] of [["auto", "Detect"], ["openai", "OpenAI usage API (JSON)"], ["anthropic", "Anthropic usage report (JSON)"], ["csv", "CSV with a header row"]]) format.append(el("option", { value }, label));
  const review = el("div", { className: "import-review" });
  const status = el("p", { className: "status", id: "import-status" });
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  const insert = el("button", { type: "button", className: "ms-Button", id: "insert-budget-vs-actual" }, "Insert Budget vs actual sheet");
  root.append(
    el("h2", {}, "Import usage…"),
    el("div", { className: "field" }, el("label", { htmlFor: "usage-file" }, "Usage file (read on this machine, never uploaded)"), file),
    el("div", { className: "field" }, el("label", { htmlFor: "usage-format" }, "Format"), format),
    review,
    status,
    insert,
  );

  let text = "";
  let name = "";
  const show = (mapping?: CsvMapping) => {
    if (!text) return;
    renderReview(review, prepareImport(text, name, format.value as UsageFormat | "auto", store, mapping), store, status, show);
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
    withStatus(status, insert, "Inserting Budget vs actual…", async () => {
      const result = await Excel.run((context) => insertBudgetVsActual(context, {}, (message) => (status.textContent = message)));
      return `Inserted "${result.sheets.join(", ")}". Checks: ${String(result.masterCheck ?? "recalculating")}.`;
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
    status.textContent = error instanceof Error ? error.message : String(error);
    button.disabled = false;
  }
}

function renderReview(root: HTMLElement, prepared: PreparedImport, store: MappingStore, status: HTMLElement, remap: (mapping: CsvMapping) => void): void {
  root.innerHTML = "";
  if (prepared.csv) root.append(mappingForm(prepared, remap));
  const summary = `${prepared.rows.length} monthly row${prepared.rows.length === 1 ? "" : "s"} (${prepared.format}) for ${prepared.months.join(", ") || "no month"}; ${prepared.rejected.length} record${prepared.rejected.length === 1 ? "" : "s"} could not be read.`;
  root.append(el("p", { className: "import-summary" }, summary));
  if (prepared.rejected.length > 0) {
    const list = el("ul", { className: "import-rejected" });
    for (const rejection of prepared.rejected.slice(0, REJECTIONS_SHOWN)) list.append(el("li", {}, `${rejection.location}: ${rejection.reason}`));
    if (prepared.rejected.length > REJECTIONS_SHOWN) list.append(el("li", {}, `… and ${prepared.rejected.length - REJECTIONS_SHOWN} more (npm run actuals lists all)`));
    root.append(list);
  }
  for (const warning of prepared.warnings) root.append(el("p", { className: "import-warning" }, warning));
  const source = el("input", { id: "usage-source", type: "text", value: prepared.source, autocomplete: "off" });
  const confirm = el("button", { type: "button", className: "ms-Button ms-Button--primary", id: "confirm-import", disabled: prepared.rows.length === 0 }, `Import ${prepared.rows.length} rows`);
  root.append(el("div", { className: "field" }, el("label", { htmlFor: "usage-source" }, "Source (re-importing a month from the same source replaces its rows)"), source), confirm);
  confirm.addEventListener("click", () =>
    withStatus(
      status,
      confirm,
      "Writing the LlmcostActuals table…",
      async () => {
        const rows = confirmImport(prepared, source.value, store);
        const result = await Excel.run((context) => writeActualsTable(context, rows, source.value.trim() || prepared.source));
        return `Wrote ${result.written} rows to ${result.address} (${result.replaced} earlier rows of the same months replaced; ${result.total} in all).`;
      },
      true,
    ),
  );
}

/** One select per usage field, listing the file's columns; a change re-reads the file with the new mapping. */
function mappingForm(prepared: PreparedImport, remap: (mapping: CsvMapping) => void): HTMLElement {
  const csv = prepared.csv as NonNullable<PreparedImport["csv"]>;
  const form = el("fieldset", { className: "import-mapping" }, el("legend", {}, "Columns"));
  const selects = new Map<string, HTMLSelectElement>();
  for (const field of CSV_FIELDS) {
    const id = `map-${field}`;
    const select = el("select", { id });
    select.append(el("option", { value: "" }, "(not in the file)"));
    csv.headers.forEach((header, index) => select.append(el("option", { value: String(index), selected: csv.mapping[field] === index }, header)));
    select.addEventListener("change", () => {
      const mapping: CsvMapping = {};
      for (const [key, s] of selects) if (s.value !== "") mapping[key as keyof CsvMapping] = Number(s.value);
      remap(mapping);
    });
    selects.set(field, select);
    form.append(el("div", { className: "field" }, el("label", { htmlFor: id }, CSV_FIELD_LABELS[field]), select));
  }
  if (csv.missing.length > 0) form.append(el("p", { className: "status error" }, `Still needed: ${csv.missing.join("; ")}.`));
  return form;
}
