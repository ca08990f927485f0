/**
 * The Excel double's workbook (the preview's, the tests' and the bench's): cell contents and calculation in
 * HyperFormula (a real formula engine), and beside it what Excel keeps that a formula engine does not (number
 * formats, cell styles, column widths, names with their scope, data validation, freeze panes, tables, charts). The
 * Office.js stand-in (excel-standin.ts) drives it exactly as Excel would be driven; the preview's grid
 * (preview/src/preview.ts) shows it. No DOM here: it runs in Node tests as well.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { type CustomFunctionsDouble } from "../custom-functions-double";
import { EXCEL_LIKE_CONFIG } from "../hyperformula-config";
import { registerLlmcostFunctions, type FunctionsMetadata, type LlmcostFormulaEngine } from "../hyperformula-llmcost";
import { cellAddress, columnLetters, parseAddress, quoteSheet, rangeAddress, type RangeRef } from "./address";
import { formatValue } from "./number-format";

import { ERR, WorkbookError } from "./errors";

export { ERR, WorkbookError };

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  locked?: boolean;
  borders?: Record<string, { style?: string; color?: string; weight?: string }>;
}

/**
 * A conditional format (Office.js `conditionalFormats.add("Custom")`): while the rule's formula is TRUE for a cell, the
 * cell is drawn with `look` over its own style. The formula is relative to the range's top-left cell, as in Excel.
 */
export interface ConditionalFormatModel {
  ref: RangeRef;
  formula: string;
  look: Pick<CellStyle, "fontColor" | "fill" | "bold">;
}

/** How a sheet prints (Office.js `worksheet.pageLayout`): print area, orientation, fit to pages, print titles. */
export interface PageLayoutModel {
  printArea?: RangeRef;
  orientation: "Portrait" | "Landscape";
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Rows repeated at the top of every page (e.g. $10:$10) and columns at the left (e.g. $A:$A). */
  titleRows?: string;
  titleColumns?: string;
}

export interface ValidationModel {
  ref: RangeRef;
  rule: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  source: RangeRef;
  seriesBy: string;
  title: string;
  position?: { start: RangeRef; end?: RangeRef };
  top: number;
  left: number;
  width: number;
  height: number;
  /** Whatever else the add-in set (legend, axes, series), recorded as property paths. */
  settings: Record<string, unknown>;
}

export interface TableModel {
  id: string;
  name: string;
  ref: RangeRef;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

export interface NameModel {
  name: string;
  /** null: workbook scope. */
  sheet: SheetModel | null;
  formula: string;
  comment: string;
  visible: boolean;
}

let nextId = 1;
const guid = () => `{${(nextId++).toString(16).padStart(8, "0").toUpperCase()}-0001-0000-0000-000000000000}`;

export class SheetModel {
  readonly id = guid();
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  showGridlines = true;
  protected = false;
  readonly numberFormats = new Map<string, string>();
  readonly styles = new Map<string, CellStyle>();
  /** Formulas as the add-in wrote them (Excel keeps the user's text; HyperFormula re-prints its own). */
  readonly formulaText = new Map<string, string>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  freeze = { rows: 0, columns: 0 };
  validations: ValidationModel[] = [];
  charts: ChartModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  pageLayout: PageLayoutModel = { orientation: "Portrait", zoom: { scale: 100 } };
  constructor(readonly hfId: number, name: string) {
    this.name = name;
  }
}

export const DEFAULT_COLUMN_WIDTH = 48; // points (8.43 characters of Calibri 11)
export const DEFAULT_ROW_HEIGHT = 15; // points

const key = (row: number, col: number) => `${row},${col}`;

/** What Excel shows in a cell. */
export interface CellView {
  value: number | string | boolean | null;
  text: string;
  color?: string;
  /** The formula bar's text. */
  input: string;
  isFormula: boolean;
  /** For errors: the error's message (Excel shows it in the error indicator's tooltip). */
  errorMessage?: string;
  isError: boolean;
  align: "left" | "right" | "center";
  style: CellStyle;
  numberFormat: string;
  spillChild: boolean;
}

export type ExcelValue = number | string | boolean;

function errorText(error: DetailedCellError): string {
  if (error.message === "#BUSY!") return "#BUSY!";
  if (error.type === "ERROR") return "#NAME?";
  if (error.type === "CYCLE") return "#NUM!";
  return error.value;
}

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;
/** Excel's defined-name rules: a letter, _ or \ first; no spaces; not a cell reference (A1, R1C1). */
export function isValidExcelName(name: string): boolean {
  if (!/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\?\u00C0-\uFFFF]{0,254}$/.test(name)) return false;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) && parseAddress(name)) return false;
  if (/^[Rr]([0-9]+)?([Cc]([0-9]+)?)?$/.test(name) || /^[Cc]([0-9]+)?$/.test(name)) return false;
  return !/^(TRUE|FALSE)$/i.test(name);
}

export class Workbook {
  readonly hf: HyperFormula;
  readonly sheets: SheetModel[] = [];
  readonly names: NameModel[] = [];
  readonly tables: TableModel[] = [];
  activeSheet: SheetModel | null = null;
  selection: { sheet: SheetModel; ref: RangeRef } | null = null;
  private listeners = new Set<() => void>();
  private notifyScheduled = false;
  /** Counters the tests read: how many context.sync() round trips the add-in made, and Excel.run calls. */
  readonly stats = { syncs: 0, runs: 0 };

  constructor(private readonly engine?: LlmcostFormulaEngine) {
    this.hf = HyperFormula.buildEmpty(EXCEL_LIKE_CONFIG);
    this.addSheet("Sheet1");
    this.activeSheet = this.sheets[0];
  }

  /** Resolves when asynchronous functions have settled and the sheet has been recalculated with their results. */
  async settle(): Promise<void> {
    await this.engine?.settle();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Counts changes (every notify): a view that drew change N shows the workbook as it is while this stays N. */
  changes = 0;

  /** True while an asynchronous function result is still computing (its cells show #BUSY!). */
  get busy(): boolean {
    return (this.engine?.pending() ?? 0) > 0;
  }

  notify(): void {
    this.changes++;
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    queueMicrotask(() => {
      this.notifyScheduled = false;
      for (const listener of this.listeners) listener();
    });
  }

  /** Called when an asynchronous function result arrives: Excel recalculates the cells that showed #BUSY!. */
  recalculateAfterAsync(): void {
    this.live();
    this.recalculate((value) => value instanceof DetailedCellError && value.message === "#BUSY!");
  }

  /**
   * Recomputes formulas, with what depends on them: those whose current value `which` picks, or all of them. Each is
   * entered again, as its text. Not HyperFormula's rebuildAndRecalculate: that rebuilds the sheets from their
   * serialized contents, where the cells a dynamic array spilled into come back as typed values; those then block
   * the array, which shows #SPILL! beside its old values (seen after =LLMCOST.TOKENS settled beside a COMPARE).
   */
  recalculate(which: (value: unknown) => boolean = () => true): void {
    this.live();
    const stale: { sheet: SheetModel; row: number; col: number; text: string }[] = [];
    for (const sheet of this.sheets) {
      for (const [k, text] of sheet.formulaText) {
        const [row, col] = k.split(",").map(Number);
        if (which(this.hf.getCellValue(this.hfAddress(sheet, row, col)))) stale.push({ sheet, row, col, text });
      }
    }
    if (stale.length === 0) return;
    this.hf.batch(() => {
      for (const { sheet, row, col, text } of stale) this.hf.setCellContents(this.hfAddress(sheet, row, col), [[text]]);
    });
    this.notify();
  }

  /** Write batches (one context.sync) suspend recalculation; the first read in the batch resumes it. */
  suspend(): void {
    if (!this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
  }

  live(): void {
    if (this.hf.isEvaluationSuspended()) this.hf.resumeEvaluation();
    if (this.typedFormatsPending.length > 0) this.applyTypedFormats();
    if (this.respillPending) {
      this.respillPending = false;
      for (const sheet of this.sheets) this.respill(sheet);
    }
  }

  // ---------- sheets ----------

  findSheet(name: string): SheetModel | undefined {
    const upper = name.toUpperCase();
    return this.sheets.find((s) => s.name.toUpperCase() === upper);
  }

  getSheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw ERR.notFound(`worksheet '${name}'`);
    return sheet;
  }

  private checkSheetName(name: string, except?: SheetModel): void {
    if (name.length === 0 || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
      throw ERR.invalid(`sheet name '${name}'`);
    }
    const existing = this.findSheet(name);
    if (existing && existing !== except) throw ERR.exists(`worksheet '${name}'`);
  }

  addSheet(name?: string): SheetModel {
    let sheetName = name;
    if (sheetName === undefined || sheetName === "") {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    this.checkSheetName(sheetName);
    const hfName = this.hf.addSheet(sheetName);
    const sheet = new SheetModel(this.hf.getSheetId(hfName)!, sheetName);
    this.sheets.push(sheet);
    this.notify();
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    this.checkSheetName(name, sheet);
    this.hf.renameSheet(sheet.hfId, name);
    const old = sheet.name;
    sheet.name = name;
    // Formulas that name the sheet follow it, as in Excel.
    for (const other of this.sheets) {
      for (const [k, text] of other.formulaText) other.formulaText.set(k, text.split(`${quoteSheet(old)}!`).join(`${quoteSheet(name)}!`));
    }
    for (const n of this.names) n.formula = n.formula.split(`${quoteSheet(old)}!`).join(`${quoteSheet(name)}!`);
    this.notify();
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (sheet.visibility === "Visible" && visible.length <= 1) throw ERR.operation("a workbook must contain at least one visible worksheet");
    for (const n of this.names.filter((x) => x.sheet === sheet)) this.removeName(n);
    for (const t of this.tables.filter((x) => x.ref.sheet === sheet.name)) this.tables.splice(this.tables.indexOf(t), 1);
    this.hf.removeSheet(sheet.hfId);
    // Other formulas that referred to it now show #REF! (HyperFormula recalculates them); their text follows.
    for (const other of this.sheets) {
      for (const [k, text] of other.formulaText) if (text.includes(`${quoteSheet(sheet.name)}!`)) other.formulaText.delete(k);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets.find((s) => s.visibility === "Visible") ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
    this.notify();
  }

  moveSheet(sheet: SheetModel, position: number): void {
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, sheet);
    this.notify();
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible") throw ERR.operation(`worksheet '${sheet.name}' is hidden`);
    if (this.activeSheet === sheet) return; // nothing changes, nothing to redraw
    this.activeSheet = sheet;
    this.notify();
  }

  // ---------- cells ----------

  private hfAddress(sheet: SheetModel, row: number, col: number) {
    return { sheet: sheet.hfId, row, col };
  }

  /** The computed value as Excel's Range.values reports it ("" for empty, "#N/A" for errors). */
  value(sheet: SheetModel, row: number, col: number): ExcelValue {
    this.live();
    const v = this.hf.getCellValue(this.hfAddress(sheet, row, col));
    if (v === null || v === undefined) return "";
    if (v instanceof DetailedCellError) return errorText(v);
    return v as ExcelValue;
  }

  /** The error message of an error cell (e.g. the CustomFunctions.Error message), if any. */
  errorMessage(sheet: SheetModel, row: number, col: number): string | undefined {
    this.live();
    const v = this.hf.getCellValue(this.hfAddress(sheet, row, col));
    if (!(v instanceof DetailedCellError)) return undefined;
    return v.message && v.message !== "#BUSY!" ? v.message : undefined;
  }

  isFormula(sheet: SheetModel, row: number, col: number): boolean {
    this.live();
    return this.hf.doesCellHaveFormula(this.hfAddress(sheet, row, col));
  }

  /** Range.formulas: the formula text, else the value (numbers stay numbers; empty is ""). */
  formula(sheet: SheetModel, row: number, col: number): ExcelValue {
    this.live();
    const address = this.hfAddress(sheet, row, col);
    if (this.hf.doesCellHaveFormula(address)) return sheet.formulaText.get(key(row, col)) ?? this.hf.getCellFormula(address) ?? "";
    return this.value(sheet, row, col);
  }

  numberFormat(sheet: SheetModel, row: number, col: number): string {
    return sheet.numberFormats.get(key(row, col)) ?? "General";
  }

  style(sheet: SheetModel, row: number, col: number): CellStyle {
    return sheet.styles.get(key(row, col)) ?? {};
  }

  text(sheet: SheetModel, row: number, col: number): string {
    return formatValue(this.value(sheet, row, col), this.numberFormat(sheet, row, col)).text;
  }

  valueType(sheet: SheetModel, row: number, col: number): string {
    this.live();
    const v = this.hf.getCellValue(this.hfAddress(sheet, row, col));
    if (v === null || v === undefined) return "Empty";
    if (v instanceof DetailedCellError) return "Error";
    if (typeof v === "number") return Number.isInteger(v) ? "Integer" : "Double";
    if (typeof v === "boolean") return "Boolean";
    return "String";
  }

  /**
   * Writes cells as Range.values / Range.formulas do: "=…" is a formula, other text is parsed as Excel parses
   * typed input (numbers, percentages, dates), "" clears. A formula Excel could not parse is refused.
   */
  setInputs(sheet: SheetModel, top: number, left: number, rows: unknown[][]): void {
    this.checkProtection(sheet, { top, left, bottom: top + rows.length - 1, right: left + (rows[0]?.length ?? 1) - 1 });
    // Array.from, not rows.map: the rows may come from the pane's window (another realm), and HyperFormula
    // recognises only this realm's arrays.
    const content: RawCellContent[][] = Array.from(rows, (row) =>
      Array.from(row, (cell) => {
        if (cell === null || cell === undefined) return null;
        if (typeof cell === "number") {
          if (!Number.isFinite(cell)) throw ERR.invalid("a non-finite number");
          return cell;
        }
        if (typeof cell === "boolean") return cell;
        if (typeof cell !== "string") throw ERR.invalid(`cell value of type ${typeof cell}`);
        if (cell === "") return null;
        if (cell.startsWith("=") && cell.length > 1) {
          if (!this.hf.validateFormula(cell)) throw ERR.invalid(`formula ${cell}`);
          return cell;
        }
        if (/^(TRUE|FALSE)$/i.test(cell)) return cell.toUpperCase() === "TRUE";
        return cell;
      }),
    );
    this.hf.setCellContents(this.hfAddress(sheet, top, left), content);
    // Excel re-spills an array whose blocker was cleared; HyperFormula keeps #SPILL! until the formula is re-entered.
    if (content.some((row) => row.some((cell) => cell === null))) this.respill(sheet);
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const k = key(top + r, left + c);
        if (typeof cell === "string" && cell.startsWith("=") && cell.length > 1) sheet.formulaText.set(k, cell);
        else sheet.formulaText.delete(k);
        // Typed dates and percentages take a matching format when the cell had none, as Excel does. Reading the
        // parsed type needs evaluation, so inside a write batch it waits for the batch's end.
        if (typeof cell === "string" && !cell.startsWith("=") && !sheet.numberFormats.has(k)) {
          this.typedFormatsPending.push({ sheet, row: top + r, col: left + c, text: cell });
        }
      }),
    );
    if (!this.hf.isEvaluationSuspended()) this.applyTypedFormats();
    this.notify();
  }

  private typedFormatsPending: { sheet: SheetModel; row: number; col: number; text: string }[] = [];

  private applyTypedFormats(): void {
    const pending = this.typedFormatsPending;
    this.typedFormatsPending = [];
    for (const { sheet, row, col, text } of pending) {
      const k = key(row, col);
      if (sheet.numberFormats.has(k) || !this.sheets.includes(sheet)) continue;
      const type = this.hf.getCellValueDetailedType(this.hfAddress(sheet, row, col));
      if (type === "NUMBER_DATE") sheet.numberFormats.set(k, "m/d/yyyy");
      else if (type === "NUMBER_PERCENT") sheet.numberFormats.set(k, /\.\d/.test(text) ? "0.00%" : "0%");
      else if (type === "NUMBER_CURRENCY") sheet.numberFormats.set(k, "$#,##0.00");
    }
  }

  private respillPending = false;

  private respill(sheet: SheetModel): void {
    if (this.hf.isEvaluationSuspended()) {
      this.respillPending = true;
      return;
    }
    for (const [k, text] of sheet.formulaText) {
      const [row, col] = k.split(",").map(Number);
      const v = this.hf.getCellValue(this.hfAddress(sheet, row, col));
      if (v instanceof DetailedCellError && v.type === "SPILL") this.hf.setCellContents(this.hfAddress(sheet, row, col), [[text]]);
    }
  }

  clear(sheet: SheetModel, ref: RangeRef, what: "All" | "Formats" | "Contents" = "All"): void {
    const bounded = this.bound(sheet, ref);
    if (what !== "Formats" && bounded) {
      const rows = Array.from({ length: bounded.bottom - bounded.top + 1 }, () => Array.from({ length: bounded.right - bounded.left + 1 }, () => null));
      this.setInputs(sheet, bounded.top, bounded.left, rows);
    }
    if (what !== "Contents") {
      for (const map of [sheet.numberFormats, sheet.styles] as Map<string, unknown>[]) {
        for (const k of [...map.keys()]) {
          const [r, c] = k.split(",").map(Number);
          if (r >= ref.top && r <= ref.bottom && c >= ref.left && c <= ref.right) map.delete(k);
        }
      }
    }
    this.notify();
  }

  /** The part of a range that holds anything (whole columns/rows are bounded by the used range). */
  bound(sheet: SheetModel, ref: RangeRef): RangeRef | null {
    const used = this.usedRange(sheet, false);
    if (!used) return null;
    const b = { top: Math.max(ref.top, used.top), left: Math.max(ref.left, used.left), bottom: Math.min(ref.bottom, used.bottom), right: Math.min(ref.right, used.right) };
    return b.top > b.bottom || b.left > b.right ? null : b;
  }

  /** Worksheet.getUsedRange: cells with values or (unless valuesOnly) formats. Null when the sheet is empty. */
  usedRange(sheet: SheetModel, valuesOnly: boolean): RangeRef | null {
    this.live();
    const dims = this.hf.getSheetDimensions(sheet.hfId);
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    const include = (r: number, c: number) => {
      top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
    };
    for (let r = 0; r < dims.height; r++) for (let c = 0; c < dims.width; c++) if (this.hf.getCellValue(this.hfAddress(sheet, r, c)) !== null) include(r, c);
    if (!valuesOnly) for (const map of [sheet.numberFormats, sheet.styles] as Map<string, unknown>[]) for (const k of map.keys()) { const [r, c] = k.split(",").map(Number); include(r, c); }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  setNumberFormat(sheet: SheetModel, row: number, col: number, format: string): void {
    if (format === "General" || format === "") sheet.numberFormats.delete(key(row, col));
    else sheet.numberFormats.set(key(row, col), format);
    this.notify();
  }

  setStyle(sheet: SheetModel, ref: RangeRef, patch: CellStyle): void {
    for (let r = ref.top; r <= ref.bottom; r++) {
      for (let c = ref.left; c <= ref.right; c++) {
        const k = key(r, c);
        const current = sheet.styles.get(k) ?? {};
        const next: CellStyle = { ...current, ...patch };
        if (patch.borders) next.borders = { ...(current.borders ?? {}), ...patch.borders };
        for (const [p, v] of Object.entries(next)) if (v === undefined) delete (next as Record<string, unknown>)[p];
        sheet.styles.set(k, next);
      }
    }
    this.notify();
  }

  /** Excel refuses to change locked cells of a protected sheet. */
  checkProtection(sheet: SheetModel, ref: RangeRef): void {
    if (!sheet.protected) return;
    for (let r = ref.top; r <= ref.bottom; r++) for (let c = ref.left; c <= ref.right; c++) {
      if (this.style(sheet, r, c).locked !== false) throw ERR.denied(`cell ${cellAddress(r, c)} of protected sheet '${sheet.name}' is locked`);
    }
  }

  isSpillChild(sheet: SheetModel, row: number, col: number): boolean {
    this.live();
    const address = this.hfAddress(sheet, row, col);
    return this.hf.isCellPartOfArray(address) && !this.hf.doesCellHaveFormula(address);
  }

  /** The spill parent of a cell inside a spilled array (for the formula bar, which shows the parent's formula greyed). */
  spillParent(sheet: SheetModel, row: number, col: number): { row: number; col: number } | null {
    if (!this.isSpillChild(sheet, row, col)) return null;
    for (let r = row; r >= Math.max(0, row - 200); r--) {
      for (let c = col; c >= Math.max(0, col - 50); c--) {
        const address = this.hfAddress(sheet, r, c);
        if (this.hf.doesCellHaveFormula(address) && this.hf.isCellPartOfArray(address)) return { row: r, col: c };
      }
    }
    return null;
  }

  /**
   * A cell's style as drawn: its own, under the looks of the conditional formats whose rule is TRUE there (a rule
   * that is an error, as in Excel, applies nothing). Rules are evaluated against the current values.
   */
  shownStyle(sheet: SheetModel, row: number, col: number): CellStyle {
    const own = this.style(sheet, row, col);
    const rules = sheet.conditionalFormats.filter((cf) => cf.formula && row >= cf.ref.top && row <= cf.ref.bottom && col >= cf.ref.left && col <= cf.ref.right);
    if (rules.length === 0) return own;
    let shown = own;
    for (const rule of rules) {
      this.live();
      const result = this.hf.calculateFormula(rule.formula, sheet.hfId);
      if (result === true || (typeof result === "number" && result !== 0)) shown = { ...shown, ...rule.look };
    }
    return shown;
  }

  view(sheet: SheetModel, row: number, col: number): CellView {
    this.live();
    const value = this.value(sheet, row, col);
    const isFormula = this.isFormula(sheet, row, col);
    const numberFormat = this.numberFormat(sheet, row, col);
    const raw = this.hf.getCellValue(this.hfAddress(sheet, row, col));
    const isError = raw instanceof DetailedCellError;
    const formatted = isError ? { text: value as string } : formatValue(value, numberFormat);
    const style = this.shownStyle(sheet, row, col);
    const h = style.horizontalAlignment;
    const align = h === "Center" || h === "CenterAcrossSelection" ? "center" : h === "Right" ? "right" : h === "Left" ? "left" : isError || typeof value === "boolean" ? "center" : typeof value === "number" ? "right" : "left";
    let input: string;
    if (isFormula) input = String(this.formula(sheet, row, col));
    else {
      const serialized = this.hf.getCellSerialized(this.hfAddress(sheet, row, col));
      input = serialized === null || serialized === undefined ? "" : typeof serialized === "boolean" ? (serialized ? "TRUE" : "FALSE") : numberFormat.includes("%") && typeof value === "number" ? `${Number((value * 100).toPrecision(15))}%` : String(serialized);
      if (/[ymd]/.test(numberFormat) && !/[0#]/.test(numberFormat) && typeof value === "number") input = formatValue(value, "m/d/yyyy").text;
    }
    return {
      value: value === "" ? null : value,
      text: formatted.text,
      color: formatted.color,
      input,
      isFormula,
      isError,
      errorMessage: this.errorMessage(sheet, row, col),
      align,
      style,
      numberFormat,
      spillChild: this.isSpillChild(sheet, row, col),
    };
  }

  columnWidth(sheet: SheetModel, col: number): number {
    return sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(sheet: SheetModel, row: number): number {
    return sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  // ---------- names ----------

  findName(name: string, sheet: SheetModel | null): NameModel | undefined {
    const upper = name.toUpperCase();
    return this.names.find((n) => n.sheet === sheet && n.name.toUpperCase() === upper);
  }

  /** Names visible from a sheet: its own sheet-scoped names first, then workbook names (Excel's lookup order). */
  resolveName(name: string, from: SheetModel | null): NameModel | undefined {
    return (from && this.findName(name, from)) || this.findName(name, null);
  }

  addName(name: string, formula: string, sheet: SheetModel | null, comment = ""): NameModel {
    if (!isValidExcelName(name)) throw ERR.invalid(`name '${name}'`);
    if (this.findName(name, sheet)) throw ERR.exists(`name '${name}'`);
    if (this.tables.some((t) => t.name.toUpperCase() === name.toUpperCase())) throw ERR.exists(`a table is named '${name}'`);
    const text = formula.startsWith("=") ? formula : `=${formula}`;
    try {
      this.hf.addNamedExpression(name, text, sheet?.hfId);
    } catch (error) {
      throw ERR.invalid(`name '${name}' = ${text}: ${(error as Error).message}`);
    }
    const model: NameModel = { name, sheet, formula: text, comment, visible: true };
    this.names.push(model);
    this.notify();
    return model;
  }

  removeName(model: NameModel): void {
    this.hf.removeNamedExpression(model.name, model.sheet?.hfId);
    this.names.splice(this.names.indexOf(model), 1);
    this.notify();
  }

  /** The range a name refers to, when it refers to one. */
  nameRange(model: NameModel): { sheet: SheetModel; ref: RangeRef } | null {
    const ref = parseAddress(model.formula.slice(1));
    if (!ref) return null;
    const sheet = ref.sheet ? this.findSheet(ref.sheet) : model.sheet ?? undefined;
    return sheet ? { sheet, ref } : null;
  }

  nameValue(model: NameModel): unknown {
    this.live();
    const range = this.nameRange(model);
    if (range) return `${quoteSheet(range.sheet.name)}!${rangeAddress(range.ref, true)}`;
    const v = this.hf.getNamedExpressionValue(model.name, model.sheet?.hfId);
    if (v instanceof DetailedCellError) return errorText(v);
    return v;
  }

  nameType(model: NameModel): string {
    this.live();
    if (this.nameRange(model)) return "Range";
    const v = this.hf.getNamedExpressionValue(model.name, model.sheet?.hfId);
    if (v instanceof DetailedCellError) return "Error";
    if (Array.isArray(v)) return "Array";
    if (typeof v === "number") return Number.isInteger(v) ? "Integer" : "Double";
    if (typeof v === "boolean") return "Boolean";
    return "String";
  }

  // ---------- validation, tables, charts ----------

  setValidation(sheet: SheetModel, ref: RangeRef, patch: Partial<Omit<ValidationModel, "ref">>): void {
    let existing = sheet.validations.find((v) => v.ref.top === ref.top && v.ref.left === ref.left && v.ref.bottom === ref.bottom && v.ref.right === ref.right);
    if (!existing) {
      // Cells of this range leave any other rule (Excel keeps one rule per cell).
      sheet.validations = sheet.validations.filter((v) => !(v.ref.top >= ref.top && v.ref.bottom <= ref.bottom && v.ref.left >= ref.left && v.ref.right <= ref.right));
      existing = { ref, rule: {}, ignoreBlanks: true };
      sheet.validations.push(existing);
    }
    if (patch.rule) {
      const list = patch.rule.list as { source?: unknown } | undefined;
      if (list && (typeof list.source !== "string" || list.source === "")) throw ERR.invalid("dataValidation list source");
      existing.rule = patch.rule;
    }
    if (patch.errorAlert) existing.errorAlert = { ...existing.errorAlert, ...patch.errorAlert };
    if (patch.prompt) existing.prompt = { ...existing.prompt, ...patch.prompt };
    if (patch.ignoreBlanks !== undefined) existing.ignoreBlanks = patch.ignoreBlanks;
    this.notify();
  }

  clearValidation(sheet: SheetModel, ref: RangeRef): void {
    sheet.validations = sheet.validations.filter((v) => v.ref.bottom < ref.top || v.ref.top > ref.bottom || v.ref.right < ref.left || v.ref.left > ref.right);
    this.notify();
  }

  validationAt(sheet: SheetModel, row: number, col: number): ValidationModel | undefined {
    return sheet.validations.find((v) => row >= v.ref.top && row <= v.ref.bottom && col >= v.ref.left && col <= v.ref.right);
  }

  /** The items of a list rule, its source evaluated as Excel does ("a,b,c", "=$A$1:$A$5", "=ListName"). */
  validationList(sheet: SheetModel, validation: ValidationModel): string[] | null {
    this.live();
    const list = validation.rule.list as { source?: string } | undefined;
    if (!list?.source) return null;
    if (!list.source.startsWith("=")) return list.source.split(",").map((s) => s.trim());
    const result = this.hf.calculateFormula(list.source, sheet.hfId);
    const flat = Array.isArray(result) ? result.flat() : [result];
    return flat.filter((v) => v !== null && v !== "" && !(v instanceof DetailedCellError)).map((v) => String(v));
  }

  /** Whether a typed value passes the cell's validation (Excel's Stop alert refuses it). */
  validate(sheet: SheetModel, row: number, col: number, input: string): string | null {
    const validation = this.validationAt(sheet, row, col);
    if (!validation) return null;
    if (input === "" && validation.ignoreBlanks) return null;
    const items = this.validationList(sheet, validation);
    if (items && !items.some((item) => item.toUpperCase() === input.toUpperCase())) {
      const alert = validation.errorAlert as { message?: string; showAlert?: boolean } | undefined;
      if (alert?.showAlert === false) return null;
      return alert?.message || "This value doesn't match the data validation restrictions defined for this cell.";
    }
    return null;
  }

  tableAt(sheet: SheetModel, row: number, col: number): TableModel | undefined {
    return this.tables.find((t) => t.ref.sheet === sheet.name && row >= t.ref.top && row <= t.ref.bottom && col >= t.ref.left && col <= t.ref.right);
  }

  addTable(sheet: SheetModel, ref: RangeRef, hasHeaders: boolean): TableModel {
    const overlaps = this.tables.some((t) => t.ref.sheet === sheet.name && !(t.ref.bottom < ref.top || t.ref.top > ref.bottom || t.ref.right < ref.left || t.ref.left > ref.right));
    if (overlaps) throw ERR.operation("A table can't overlap another table.");
    let tableRef = { ...ref, sheet: sheet.name };
    if (!hasHeaders) {
      // Excel inserts a header row above the data (Column1, Column2, …): the data moves down one row.
      const width = ref.right - ref.left + 1;
      const data = Array.from({ length: ref.bottom - ref.top + 1 }, (_, r) => Array.from({ length: width }, (_, c) => this.formula(sheet, ref.top + r, ref.left + c)));
      this.setInputs(sheet, ref.top, ref.left, [Array.from({ length: width }, (_, c) => `Column${c + 1}`), ...data]);
      tableRef = { ...tableRef, bottom: ref.bottom + 1 };
    } else {
      // Header cells become unique text (formulas there are replaced by their values, blanks by ColumnN).
      const seen = new Set<string>();
      const headers = Array.from({ length: ref.right - ref.left + 1 }, (_, c) => {
        let text = String(this.value(sheet, ref.top, ref.left + c));
        if (text === "") text = `Column${c + 1}`;
        let unique = text;
        for (let n = 2; seen.has(unique.toUpperCase()); n++) unique = `${text}${n}`;
        seen.add(unique.toUpperCase());
        return unique;
      });
      const current = headers.map((_, c) => this.formula(sheet, ref.top, ref.left + c));
      if (headers.some((h, c) => current[c] !== h)) this.setInputs(sheet, ref.top, ref.left, [headers]);
    }
    let n = this.tables.length + 1;
    while (this.tables.some((t) => t.name === `Table${n}`) || this.findName(`Table${n}`, null)) n++;
    const table: TableModel = { id: String(n), name: `Table${n}`, ref: tableRef, showHeaders: true, showTotals: false, style: "TableStyleMedium2" };
    this.tables.push(table);
    this.notify();
    return table;
  }

  renameTable(table: TableModel, name: string): void {
    if (!isValidExcelName(name)) throw ERR.invalid(`table name '${name}'`);
    if (this.tables.some((t) => t !== table && t.name.toUpperCase() === name.toUpperCase()) || this.names.some((n) => n.name.toUpperCase() === name.toUpperCase())) throw ERR.exists(`table name '${name}'`);
    table.name = name;
    this.notify();
  }

  addChart(sheet: SheetModel, type: string, source: RangeRef, seriesBy: string): ChartModel {
    const chart: ChartModel = { id: guid(), name: `Chart ${sheet.charts.length + 1}`, type, source, seriesBy, title: "", top: 0, left: 0, width: 360, height: 216, settings: {} };
    // Excel places a new chart near the source range.
    chart.left = this.columnOffset(sheet, source.right + 1);
    chart.top = this.rowOffset(sheet, source.top);
    sheet.charts.push(chart);
    this.notify();
    return chart;
  }

  /** Points from the sheet's left edge to a column. */
  columnOffset(sheet: SheetModel, col: number): number {
    let x = 0;
    for (let c = 0; c < col; c++) x += this.columnWidth(sheet, c);
    return x;
  }

  rowOffset(sheet: SheetModel, row: number): number {
    let y = 0;
    for (let r = 0; r < row; r++) y += this.rowHeight(sheet, r);
    return y;
  }

  /** Chart series as Excel would plot them from the source range (first row/column as names when they are text). */
  chartSeries(chart: ChartModel): { categories: string[]; series: { name: string; values: number[] }[] } {
    const sheet = this.findSheet(chart.source.sheet ?? "") ?? this.sheets.find((s) => s.charts.includes(chart));
    if (!sheet) return { categories: [], series: [] };
    const ref = chart.source;
    const grid: ExcelValue[][] = [];
    for (let r = ref.top; r <= ref.bottom; r++) {
      const row: ExcelValue[] = [];
      for (let c = ref.left; c <= ref.right; c++) row.push(this.value(sheet, r, c));
      grid.push(row);
    }
    const byRows = chart.seriesBy === "Rows" || (chart.seriesBy === "Auto" && (grid[0]?.length ?? 0) > grid.length);
    const lines = byRows ? grid : grid[0]?.map((_, c) => grid.map((row) => row[c])) ?? [];
    const hasNames = lines.length > 0 && lines.every((line) => typeof line[0] === "string");
    const hasCategories = lines.length > 0 && typeof lines[0][hasNames ? 1 : 0] === "string";
    const body = hasCategories ? lines.slice(1) : lines;
    // Categories set with series.setXAxisValues win over those read from the source range, as in Excel.
    const xValues = chart.settings["series.0.xValues"] as RangeRef | undefined;
    const categories = xValues
      ? Array.from({ length: xValues.bottom - xValues.top + 1 }, (_, r) => Array.from({ length: xValues.right - xValues.left + 1 }, (_, c) => this.text(sheet, xValues.top + r, xValues.left + c))).flat()
      : hasCategories
        ? lines[0].slice(hasNames ? 1 : 0).map(String)
        : (body[0] ?? []).slice(hasNames ? 1 : 0).map((_, i) => String(i + 1));
    return {
      categories,
      series: body.map((line, i) => ({ name: hasNames ? String(line[0]) : `Series${i + 1}`, values: line.slice(hasNames ? 1 : 0).map((v) => (typeof v === "number" ? v : 0)) })),
    };
  }

  /** A1 text of a cell for messages, e.g. 'Sheet 1'!B5. */
  describe(sheet: SheetModel, row: number, col: number): string {
    return `${quoteSheet(sheet.name)}!${columnLetters(col)}${row + 1}`;
  }
}

/**
 * Workbooks whose LLMCOST functions are those the add-in's functions.js registered through
 * CustomFunctions.associate (captured by the double), typed by functions.json. HyperFormula's function registry is
 * global, so the functions are registered once and every workbook made by the factory shares them.
 */
export function llmcostWorkbookFactory(double: CustomFunctionsDouble, metadata: FunctionsMetadata): () => Workbook {
  const live = new Set<Workbook>();
  const engine = registerLlmcostFunctions(double, metadata, () => live.forEach((wb) => wb.recalculateAfterAsync()));
  return () => {
    const workbook = new Workbook(engine);
    live.add(workbook);
    return workbook;
  };
}
