import { PANE_STRINGS, type TokenStrings } from "./strings";
import { cellAddress, parseAddress } from "../templates/a1";
import { describeError } from "../excel/excel-messages";
import { MessageError } from "../i18n/messages";
import { ENCODINGS, ENCODING_MODELS, loadTokenizer, resolveEncoding, summarizeSample, type SampleSummary } from "../engine/tokens";
import { el } from "./dom";

/**
 * Task-pane helper for sample texts: select cells holding sample prompts or answers, see each cell's token count,
 * the total and the average per non-empty cell, and write the average into an input cell of a model.
 * The counting runs in the page with the same local tokenizer as LLMCOST.TOKENS: no text leaves the workbook.
 *
 * Wiring (taskpane.ts): `renderTokenPanel(document.getElementById("token-panel")!)`.
 */

/** Cells listed one by one; the total and average always cover the whole selection. */
const LISTED_CELLS = 25;
/** Above this many cells the pane asks for a smaller selection rather than freezing (use =LLMCOST.TOKENS for big ranges). */
const MAX_CELLS = 20_000;

// ---------- The panel's only Office.js calls ----------

export interface SelectionValues {
  /** Address of the part of the selection that holds data, e.g. "Sheet1!B2:B40"; null when it is empty. */
  address: string | null;
  values: unknown[][];
}

export interface TokenPanelWorkbook {
  /** Values of the selected range, trimmed to its used part (so a whole-column selection is cheap). */
  readSelection(): Promise<SelectionValues>;
  /** Address of the active cell, e.g. "Sheet1!D7". */
  activeCellAddress(): Promise<string>;
  /** Writes a number into one cell given as "D7" (active sheet) or "Sheet1!D7" / "'My sheet'!D7". */
  writeNumber(address: string, value: number): Promise<string>;
}

export const officeWorkbook: TokenPanelWorkbook = {
  readSelection: () =>
    Excel.run(async (context) => {
      const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
      used.load("address,values,cellCount");
      await context.sync();
      if (used.isNullObject) return { address: null, values: [] };
      if (used.cellCount > MAX_CELLS) {
        throw new MessageError({ id: "pane.tokens.tooManyCells", params: { cells: used.cellCount.toLocaleString("en-US"), max: MAX_CELLS.toLocaleString("en-US") } });
      }
      return { address: used.address, values: used.values as unknown[][] };
    }),
  activeCellAddress: () =>
    Excel.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.load("address");
      await context.sync();
      return cell.address;
    }),
  writeNumber: (address, value) =>
    Excel.run(async (context) => {
      const target = parseCellTarget(address);
      const sheet = target.sheet === null ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(target.sheet);
      const range = sheet.getRange(target.cell);
      range.values = [[value]];
      range.load("address");
      await context.sync();
      return range.address;
    }),
};

// ---------- Address helpers (pure) ----------

/** The address (without sheet) of the cell at a zero-based offset from a range's top-left: ("Sheet1!B2:D9", 1, 2) → "D3". */
export function cellAddressAt(rangeAddress: string, row: number, column: number): string {
  const ref = parseAddress(rangeAddress);
  return ref ? cellAddress(ref.top + row, ref.left + column) : `R${row + 1}C${column + 1}`;
}

/** A single-cell target typed by the analyst: "D7", "$D$7", "Sheet1!D7", "'Q3 model'!D7". Throws a readable Error otherwise. */
export function parseCellTarget(address: string): { sheet: string | null; cell: string } {
  const ref = parseAddress(address);
  if (!ref || ref.top !== ref.bottom || ref.left !== ref.right) {
    throw new MessageError({ id: "pane.tokens.notACell", params: { address } });
  }
  return { sheet: ref.sheet ? ref.sheet : null, cell: cellAddress(ref.top, ref.left) };
}

function formatTokens(n: number, digits = 0): string {
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

// ---------- The panel ----------

export function renderTokenPanel(container: HTMLElement, s: TokenStrings = PANE_STRINGS.en.tokens, workbook: TokenPanelWorkbook = officeWorkbook): void {
  container.innerHTML = "";
  container.classList.add("token-panel");

  const heading = el("h2", { textContent: s.heading });
  const intro = el("p", {
    className: "note",
    textContent: s.intro,
  });

  const encodingId = "token-panel-encoding";
  const encodingSelect = el("select", { id: encodingId });
  for (const encoding of ENCODINGS) {
    encodingSelect.append(el("option", { value: encoding, textContent: `${encoding} (${ENCODING_MODELS[encoding]})` }));
  }
  const encodingField = el("div", { className: "field" }, el("label", { htmlFor: encodingId, textContent: s.encoding }), encodingSelect);

  const countButton = el("button", { type: "button", className: "ms-Button ms-Button--primary", textContent: s.count });

  const status = el("p", { className: "status" });
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");

  const totals = el("dl", { className: "token-totals" });
  const list = el("ol", { className: "token-cells" });
  list.setAttribute("aria-label", s.perCell);

  const targetId = "token-panel-target";
  const targetInput = el("input", { id: targetId, type: "text", placeholder: s.targetPlaceholder, autocomplete: "off" });
  const activeButton = el("button", { type: "button", className: "ms-Button", textContent: s.useActiveCell });
  const insertButton = el("button", { type: "button", className: "ms-Button", textContent: s.insertAverage, disabled: true });
  const targetField = el(
    "div",
    { className: "field" },
    el("label", { htmlFor: targetId, textContent: s.insertInto }),
    targetInput,
    activeButton,
    insertButton,
  );

  container.append(heading, intro, encodingField, countButton, status, totals, list, targetField);

  let summary: SampleSummary | null = null;
  const say = (message: string, isError = false) => {
    status.textContent = message;
    status.classList.toggle("error", isError);
  };
  const run = async (button: HTMLButtonElement, task: () => Promise<void>) => {
    button.disabled = true;
    try {
      await task();
    } catch (error) {
      say(describeError(error), true);
    } finally {
      button.disabled = false;
      insertButton.disabled = summary === null || summary.nonEmptyCells === 0;
    }
  };

  const showSummary = (address: string, result: SampleSummary) => {
    totals.replaceChildren(
      el("dt", { textContent: s.cellsWithText }),
      el("dd", { textContent: formatTokens(result.nonEmptyCells) }),
      el("dt", { textContent: s.totalTokens }),
      el("dd", { textContent: formatTokens(result.total) }),
      el("dt", { textContent: s.averagePerCell }),
      el("dd", { textContent: formatTokens(result.averagePerCell, 1) }),
    );
    list.replaceChildren(
      ...result.cells.slice(0, LISTED_CELLS).map((cell) =>
        el("li", { title: cell.preview }, s.cellLine(cellAddressAt(address, cell.row, cell.column), formatTokens(cell.tokens), cell.preview)),
      ),
    );
    if (result.cells.length > LISTED_CELLS) list.append(el("li", { className: "note", textContent: s.moreCells(formatTokens(result.cells.length - LISTED_CELLS)) }));
  };

  countButton.addEventListener("click", () =>
    run(countButton, async () => {
      say(s.counting);
      const encoding = resolveEncoding(encodingSelect.value);
      // The first count loads the tokenizer (a few MB, from the add-in's own site), once per session.
      const [selection, tokenizer] = await Promise.all([workbook.readSelection(), loadTokenizer(encoding)]);
      if (selection.address === null) {
        summary = null;
        totals.replaceChildren();
        list.replaceChildren();
        say(s.emptySelection, true);
        return;
      }
      summary = summarizeSample(tokenizer, selection.values);
      showSummary(selection.address, summary);
      say(
        summary.nonEmptyCells === 0
          ? s.noText(selection.address)
          : s.counted(selection.address, formatTokens(summary.total), formatTokens(summary.nonEmptyCells), formatTokens(summary.averagePerCell, 1), encoding),
      );
    }),
  );

  activeButton.addEventListener("click", () =>
    run(activeButton, async () => {
      targetInput.value = await workbook.activeCellAddress();
      targetInput.focus();
    }),
  );

  insertButton.addEventListener("click", () =>
    run(insertButton, async () => {
      if (!summary || summary.nonEmptyCells === 0) throw new Error(s.countFirst);
      parseCellTarget(targetInput.value); // a readable message before Excel's own
      const written = await workbook.writeNumber(targetInput.value, summary.averagePerCell);
      say(s.wrote(formatTokens(summary.averagePerCell, 1), written));
    }),
  );
}
