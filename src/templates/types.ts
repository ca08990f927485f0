import { sheetText } from "../i18n/sheet-text";
/**
 * Template types: a template is DATA describing one model sheet (title block, sections of rows, an optional monthly
 * projection, one chart). `renderTemplate` (render.ts) turns it into cells/formulas/names; the generic writer
 * (src/excel/template-writer.ts) turns that rendering into Office.js calls; the CLI prints the same rendering as JSON.
 *
 * Sheet layout (fixed columns, per templates.md):
 *   A = label | one column per `valueColumns` entry (B, C, …) | unit | source / notes | projection periods …
 * The renderer adds the title block (name, what it estimates, price date, currency, USD→currency rate, add-in
 * version, master check) above the sections; templates only describe their own rows.
 *
 * FORMULAS are en-US strings starting with "=", with placeholders the renderer replaces by cell addresses:
 *   {key}            the cell of row `key` in the SAME value column as the cell being written, or, when that row has
 *                    no cell in this column, its first filled value column (shared inputs live in the first column).
 *                    Inside a projection row, {key} of another projection row is the same period's cell.
 *   {key:col}        the cell of row `key` in value column `col` (e.g. {FineTuneCost:guide}).
 *   {key:prev}       (projection rows only) the previous period's cell of projection row `key`.
 *   {key:all}        (projection rows only) the whole period range of projection row `key`, e.g. F40:AC40.
 *   {key:all2}       (projection rows only) the period range of row `key` and the projection row below it, F40:AC41.
 *   {key:first} {key:last}  (projection rows only) the first or last period's cell, absolute: "{a:first}:{b:last}"
 *                    spans projection rows a to b (the probability block's factor matrix).
 *   {period}         (projection rows only) the period number (1, 2, …) in the projection header row.
 *   {PriceDate} {FxRate} {FxRateDate} {Currency} {MasterCheck}   title-block cells (also sheet-scoped names).
 *   {PriceSheet}     the organisation price sheet (RenderOptions.priceSheet: the workbook name of the price-table
 *                    template's table) to pass as the trailing price_sheet argument, or "" where the workbook has none.
 *   {MoneyText}      the sheet's money format for a sentence that quotes an amount: TEXT({total},{MoneyText}) reads
 *                    $1,234.50 or ₩17,160,885 (formats.ts moneyTextFormat), never a bare ROUND().
 * A range of two placeholders, "{a:low}:{a:high}", is allowed. No LET/LAMBDA; an array is computed inside a one-cell
 * formula and reduced there (SUMPRODUCT, PERCENTILE(MMULT(…))), and only a projection row marked `spills` spills (one
 * row of values from its first period, as Microsoft 365's dynamic arrays and HyperFormula both do): every formula must be
 * evaluated by both Excel and HyperFormula. Call add-in functions as LLMCOST.NAME(...). Never leave an EMPTY argument
 * in the middle of a call (HyperFormula passes 0, Excel passes null): give every argument up to the last one used.
 */

/** Where a template appears in the task-pane gallery (the guide's MarTech lifecycle, then cross-cutting groups). */
export type TemplateGroup = "acquisition" | "retention" | "engagement" | "win-back" | "planning" | "reference";

/** Number formats (the renderer maps them to Excel format codes, see formats.ts). */
export type FormatKey =
  | "tokens" // #,##0
  | "count" // #,##0
  | "integer" // 0
  | "decimal" // #,##0.00
  | "percent" // 0.0%
  | "money" // USD amounts (USD inputs and prices; unit "USD …"), one rule (formats.ts): $1,234.50 / $27.60 / $0.00092 / ($4,477.77)
  | "moneyFx" // money in the sheet's currency (chosen at insertion), same rule: ₩1,288 / ₩0.987 / ₩0 / €0.00083
  | "usdPerToken" // [$$-409]0.000000 — the guide's per-token prices
  | "usdPerMtok" // catalog prices per 1M tokens, USD, the money rule: $15.00 / $0.075
  | "date" // yyyy-mm-dd
  | "multiple" // 0.0"x"
  | "months" // 0.0
  | "text" // @
  | "general";

/** One name, or several names of the same cell (the first is the one the sheet's formulas use). */
export type CellNames = string | readonly string[];

/** The names of a cell as a list (see CellNames). */
export function namesOf(names: CellNames): readonly string[] {
  return typeof names === "string" ? [names] : names;
}

/** Cell styles: inputs blue on pale fill and unlocked; constants black and locked; calculations black; outputs bold. */
export type CellStyle = "title" | "subtitle" | "section" | "header" | "label" | "input" | "constant" | "calc" | "output" | "check" | "unit" | "note" | "link";

/** An option chosen in the task pane (or on the CLI) that fills an input cell, with a drop-down list on that cell. */
export interface ChoiceSpec {
  /** Option key, e.g. "model", "gpu", "openModel". */
  key: string;
  label: string;
  /** Which list feeds the drop-down and the pane's select (see lists.ts). */
  list: ChoiceList;
  default: string;
}

export type ChoiceList = "chatModels" | "finetuneModels" | "embeddingModels" | "openModels" | "gpus" | "scenarios";

/**
 * What a cell holds: a literal (number/text/boolean), a formula string starting with "=", a chosen option, the price
 * date as a date value, or a catalog price (USD per 1M tokens) looked up at render time and written as a VALUE
 * (for editable price tables; "n/a" text when the catalog has no such price).
 */
export type CellContent = number | string | boolean | { choice: string } | { date: "priceDate" | "monthAfterPriceDate" } | { catalogPrice: string; priceType: "input" | "output" | "cache_read" | "cache_write" | "training" } | UsdDefault | LinkContent;

/**
 * A money input typed in the sheet's currency whose default is given in USD: written as the USD amount × the rate
 * chosen at insertion (the same figure in USD, ₩21,000,000 for $15,000 at 1,400), so that a business input is typed
 * in the currency the sheet shows. Format such a row "moneyFx" and give it a "{currency} …" unit.
 */
export interface UsdDefault {
  usd: number;
}

/**
 * A cell that links to a sheet-scoped name on ANOTHER sheet of the workbook when that name exists at insertion time
 * (RenderOptions.workbookNames), and holds a local fallback otherwise. The other sheet is found by its base name:
 * "Complaint redressal", else its first copy "Complaint redressal (2)", "(3)", ….
 */
export interface LinkContent {
  link: { sheet: string; name: string };
  /** When the name exists: a formula or text where {link} is the reference (e.g. 'Complaint redressal'!$C$40) and
   * {linkSheet} the sheet's actual name. Default "={link}". */
  found?: string;
  /** When it does not: a literal (an input) or a formula with the usual placeholders. */
  missing: number | string;
}

/** A sheet-scoped name that exists in the workbook: its sheet, its name and what it refers to ("='Sheet'!$C$40"). */
export interface WorkbookName {
  sheet: string;
  name: string;
  refersTo: string;
}

/**
 * "constant": a universal constant (1,000 per thousand, 12 months a year, 1,000,000 tokens per million) written as a
 * literal but not styled as an input: nobody should change it, and it is not an assumption needing a source.
 */
export type RowKind = "input" | "constant" | "calc" | "output" | "check";

export interface RowSpec {
  /** Placeholder key used by formulas ({key}); unique within the sheet. */
  key?: string;
  label: string;
  /** Default: "input" in an inputs section, "calc" in calculations, "output" in outputs, "check" in checks. */
  kind?: RowKind;
  /** Cell per value column key (see SheetSpec.valueColumns). Missing keys are empty cells. */
  values: Record<string, CellContent>;
  /**
   * Sheet-scoped name per value column key, e.g. { guide: "FineTuneCost_Guide", catalog: "FineTuneCost_Catalog" }. A cell
   * may carry several names (the sheet's own and a standard one every use-case sheet has, ["MonthlyUsers",
   * "VolumePerMonth"]): Excel lets several names refer to one cell; formulas on the sheet refer to it by the first.
   */
  names?: Record<string, CellNames>;
  /** One format for the row, or one per value column. */
  format?: FormatKey | Record<string, FormatKey>;
  /** Unit text. "{currency}" inside it makes the unit cell a formula following the Currency input. */
  unit?: string;
  /** Source / as-of / assumption note (inputs must have one). */
  notes?: string;
  /** "workbook": the row's names are workbook-scoped (the Assumptions sheet's drivers, read by every sheet). */
  scope?: "workbook";
  /** Drop-down on this row's input cells: a named list or literal items, for all of them or per value column key. */
  validation?: ChoiceList | string[] | Record<string, ChoiceList | string[]>;
}

export interface SectionSpec {
  title: string;
  kind: "inputs" | "calculations" | "outputs" | "checks";
  /** Header text per value column for this section; default: the sheet's value column headers. */
  headers?: Record<string, string>;
  rows: RowSpec[];
  /** Write this section (header row + rows) as an Excel table with this (workbook-unique, suffixed if taken) name. */
  table?: string;
  /**
   * A workbook-scoped name for the table's range (header + rows), added unless the workbook already has it: formulas
   * on other sheets refer to the table by it (HyperFormula, used by the tests and the preview, has no structured
   * references).
   */
  workbookName?: string;
  /**
   * The column part of the names the renderer gives this section's unnamed inputs (src/templates/input-names.ts), where
   * the section uses a value column for something other than its key says: "Value" for a list of single values kept in
   * the first column of a Low/Base/High sheet. Default: the column's key.
   */
  inputNameColumn?: string;
}

export interface ProjectionRowSpec {
  key: string;
  label: string;
  /** Formula for period 1 (default: `each`). */
  first?: string;
  /** Formula for every other period (placeholders as above, with {period} and {key:prev}). */
  each: string;
  format: FormatKey;
  unit?: string;
  notes?: string;
  /** Sheet-scoped name for the row's whole period range (e.g. CumulativeCashFlow). */
  name?: string;
  /**
   * Period 1 holds the row's one formula, which returns a row of `periods` values that Excel spills over the other
   * periods (left empty for it, formatted); e.g. the probability block's scenario costs sorted once, SORT(…,1,1,TRUE()).
   */
  spills?: boolean;
}

export interface ProjectionSpec {
  title: string;
  /** Number of periods (months), one column each to the right of the notes column. */
  periods: number;
  periodLabel: string;
  rows: ProjectionRowSpec[];
}

export type ChartType = "ColumnClustered" | "ColumnStacked" | "Line" | "BarClustered" | "Pie";

export interface ChartSpec {
  type: ChartType;
  title: string;
  /** Series: projection rows over all periods (`over: "periods"`), or value columns over consecutive section rows. */
  over: "periods" | "values";
  /** Row keys (consecutive rows). For over: "periods", one series per row; for "values", the categories. */
  rows: string[];
  /** For over: "values": the value column keys (consecutive), one series each. */
  columns?: string[];
}

export interface SheetSpec {
  /** Base sheet name (≤ 26 characters so that " (99)" still fits Excel's 31). */
  name: string;
  /** Value columns between the label and unit columns, e.g. [{key:"guide",header:"Guide"},{key:"catalog",header:"Catalog"}]. */
  valueColumns: readonly ValueColumn[];
  sections: SectionSpec[];
  projection?: ProjectionSpec;
  chart?: ChartSpec;
}

export interface TemplateSpec {
  id: string;
  title: string;
  /** One line for the gallery: what the sheet estimates. */
  description: string;
  group: TemplateGroup;
  /** Where the numbers come from (shown in the title block). */
  source: string;
  choices: ChoiceSpec[];
  sheets: SheetSpec[];
}

/** Options chosen at insertion time. Missing values take the template's defaults. */
export interface RenderOptions {
  /** Option values by ChoiceSpec.key (model, gpu, …). */
  choices?: Record<string, string>;
  /** Price date, ISO YYYY-MM-DD (default: DEFAULT_PRICE_DATE). */
  priceDate?: string;
  /** ISO code of the sheet's currency (default "USD"; see currencies.ts): money cells are formatted in it. */
  currency?: string;
  /** USD → currency rate (units of the currency per USD); required for any currency but USD, never assumed 1. */
  fxRate?: number;
  /** Date of the rate, ISO YYYY-MM-DD (default: the price date). */
  fxDate?: string;
  /** Where the rate comes from (default: a note asking for it). */
  fxSource?: string;
  /** Add-in version shown in the title block (default: package version). */
  version?: string;
  /** Sheet-scoped names already in the workbook (the writer reads them), for LinkContent cells. Default: none. */
  workbookNames?: WorkbookName[];
  /** What {PriceSheet} becomes: a reference to the workbook's organisation price sheet; "" (default) for none. */
  priceSheet?: string;
}

// ---------- Rendered output: exactly what the writer puts into Excel (and the CLI prints) ----------

export interface RenderedCell {
  address: string;
  value?: number | string | boolean;
  formula?: string;
  format?: string;
  style?: CellStyle;
}

export interface RenderedName {
  name: string;
  sheet: string;
  /** Absolute A1 address on that sheet, e.g. $C$12. */
  address: string;
  /** A workbook-scoped name (default: scoped to `sheet`). */
  workbook?: boolean;
}

export interface RenderedChart {
  type: ChartType;
  title: string;
  dataRange: string;
  seriesBy: "Rows" | "Columns";
  seriesNames: string[];
  categoriesRange?: string;
  /** Top-left cell of the chart. */
  anchor: string;
}

export interface RenderedSheet {
  name: string;
  cells: RenderedCell[];
  /** Column widths in points, by column letter. */
  columnWidths: Record<string, number>;
  /** Frozen rows and columns: column A, and row 10's headers only where they label every block below them. */
  freeze: { rows: number; columns: number };
  /**
   * How the sheet prints (Office.js worksheet.pageLayout): the print area over its blocks, landscape, fit to
   * `pagesWide` pages wide and as many tall as needed, `titleColumns`/`titleRows` repeated on every page.
   */
  print?: { area: string; pagesWide: number; titleColumns: string; titleRows?: string };
  validations: { address: string; list: string[] }[];
  tables: { name: string; range: string }[];
  chart?: RenderedChart;
  /** Used range, e.g. A1:AC60. */
  usedRange: string;
  /** The word of a passed master check in the sheet's language ("OK", "정상"): the failed-check format compares it. */
  checkOk: string;
  /**
   * Rows to add to the workbook's EXISTING sheet of this name (the Assumptions sheet's missing drivers), below what is
   * there: the writer neither adds the sheet nor changes its layout, widths or freeze panes.
   */
  appendTo?: boolean;
}

export interface RenderedTemplate {
  id: string;
  title: string;
  description: string;
  group: TemplateGroup;
  sheets: RenderedSheet[];
  names: RenderedName[];
  /** Address (on sheets[0]) of the master check cell: "OK" (in the sheet's language) when every check row is TRUE. */
  masterCheck: { sheet: string; address: string };
  options: Required<RenderOptions>;
}

/** A value column of a sheet: its key in rows' `values`, its header, and its width in points. */
export interface ValueColumn {
  key: string;
  header: string;
  width?: number;
}

/** The guide's figures beside the same workload at catalog list prices: the columns of every guide use case. */
export const GUIDE_AND_CATALOG_COLUMNS: readonly ValueColumn[] = [
  { key: "guide", header: sheetText("guide") },
  { key: "catalog", header: sheetText("catalog") },
];
