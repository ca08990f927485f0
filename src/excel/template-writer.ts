import { rowOf, colOf, columnLetter } from "../templates/render";
import type { CellStyle, RenderedCell, RenderedSheet, RenderedTemplate } from "../templates/types";
import { uniqueSheetName, type WorkbookFacts } from "../templates/workbook";
import { errorText } from "./excel-messages";
import type { Message } from "../i18n/catalog";
import { render } from "../i18n/messages";
import { priceSheetReference } from "../templates/price-sheet";
import { quoteSheet } from "../templates/a1";

/** The one place a sheet name is made unique (the CLI's workbook and the pane's insertion alike). */
export { uniqueSheetName };

/**
 * The generic writer: the only code that turns a RenderedTemplate into Office.js calls. It knows nothing of any
 * particular template. Round trips per insertion: 1) read existing sheet and table names, 2) write everything,
 * 3) read back the master check (and activate). On failure the sheets it added are deleted (2 more round trips).
 */

export const REQUIRED_API = { set: "ExcelApi", version: "1.8" } as const;

/** Each step as a message (pane.progress.*), for the pane to show in its language. */
export interface InsertProgress {
  (message: Message): void;
}

export interface InsertResult {
  /** Final sheet names (suffixed " (2)" etc. when the base name was taken). */
  sheets: string[];
  tables: string[];
  /** Master check value read back from the written sheet ("OK" / "ERROR" / an error text while recalculating). */
  masterCheck: unknown;
  syncs: number;
}

export class TemplateInsertError extends Error {
  constructor(
    /** What went wrong, in any language (.message is its English text). */
    readonly text: Message,
    readonly cause: unknown,
    readonly rolledBack: boolean,
  ) {
    super(render(text));
    this.name = "TemplateInsertError";
  }
}

/** True when the host supports what the writer uses (sheet-scoped names, data validation, charts: ExcelApi 1.8). */
export function isInsertSupported(): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(REQUIRED_API.set, REQUIRED_API.version) === true;
  } catch {
    return false;
  }
}

/** A workbook-unique table name: base, base_2, base_3, … (tables and defined names share one namespace). */
export function uniqueTableName(base: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`.toLowerCase())) return `${base}_${n}`;
}

interface StyleLook {
  color?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  unlocked?: boolean;
}

/** Financial-modelling colour conventions: inputs blue on pale fill (unlocked), calculations black. */
export const STYLE_LOOKS: Record<CellStyle, StyleLook> = {
  title: { bold: true, size: 14, color: "#1F3864" },
  subtitle: { italic: true, color: "#404040" },
  section: { bold: true, fill: "#D9E1F2", color: "#1F3864" },
  header: { bold: true, fill: "#1F3864", color: "#FFFFFF" },
  label: { color: "#000000" },
  input: { color: "#0000FF", fill: "#FFF2CC", unlocked: true },
  // A universal constant (12 months, 1,000 per thousand): black like a calculation, locked, never an input's look.
  constant: { color: "#000000" },
  calc: { color: "#000000" },
  output: { color: "#000000", bold: true },
  check: { color: "#375623", bold: true },
  unit: { color: "#595959" },
  note: { color: "#595959", italic: true },
  link: { color: "#008000" },
};

/**
 * How a check cell looks when it is not OK (ERROR, FORMATS SHOW …, a FALSE check row, an error value): Excel's "light
 * red fill with dark red text", drawn by a conditional format over the green of STYLE_LOOKS.check, so that a failed
 * check never looks like a passed one.
 */
export const FAILED_CHECK_LOOK = { color: "#9C0006", fill: "#FFC7CE", bold: true } as const;

/**
 * The rule of that conditional format: anything but TRUE or the sheet's word for a passed master check ("OK", "정상"),
 * an error value included, is a failed check.
 */
export function failedCheckRule(address: string, checkOk: string): string {
  return `=IFERROR(AND(${address}<>TRUE(),${address}<>"${checkOk.replace(/"/g, '""')}"),TRUE())`;
}

/** Page layout (print area, orientation, fit to pages, print titles) needs ExcelApi 1.9; the double has it. */
export const PAGE_LAYOUT_API = { set: "ExcelApi", version: "1.9" } as const;

function pageLayoutSupported(): boolean {
  try {
    // No Office host to ask (the Excel double in Node): it implements worksheet.pageLayout.
    if (typeof Office === "undefined") return true;
    return Office.context?.requirements?.isSetSupported(PAGE_LAYOUT_API.set, PAGE_LAYOUT_API.version) === true;
  } catch {
    return false;
  }
}

/** The range freezeAt takes for a freeze of `rows` rows and `columns` columns (A1:A10, or A:A with no rows). */
export function frozenRange(freeze: { rows: number; columns: number }): string {
  const lastColumn = columnLetter(Math.max(freeze.columns, 1) - 1);
  if (freeze.rows === 0) return `A:${lastColumn}`;
  return freeze.columns === 0 ? `1:${freeze.rows}` : `A1:${lastColumn}${freeze.rows}`;
}

/** Consecutive cells of one row: [first column, cells]. */
function runs(cells: RenderedCell[], sameRun: (a: RenderedCell, b: RenderedCell) => boolean): RenderedCell[][] {
  const sorted = [...cells].sort((a, b) => rowOf(a.address) - rowOf(b.address) || colOf(a.address) - colOf(b.address));
  const out: RenderedCell[][] = [];
  for (const cell of sorted) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && rowOf(prev.address) === rowOf(cell.address) && colOf(prev.address) + 1 === colOf(cell.address) && sameRun(prev, cell)) last.push(cell);
    else out.push([cell]);
  }
  return out;
}

function runAddress(run: RenderedCell[]): string {
  const first = run[0].address;
  const last = run[run.length - 1].address;
  return first === last ? first : `${first}:${last}`;
}

/**
 * Queues every write of one rendered sheet on `sheet` (no sync). Order: names first (so formulas find them), then
 * number formats (so text stays text), then contents, looks, validations, tables, layout, chart.
 */
function queueSheet(sheet: Excel.Worksheet, rendered: RenderedTemplate, index: number, tableNames: Map<string, string>, inPlace?: { sheetName: string; names: Set<string> }): void {
  const spec = rendered.sheets[index];
  for (const name of rendered.names.filter((n) => n.sheet === spec.name && !n.workbook)) {
    // laid out again in place: a name the sheet has is re-pointed, so formulas elsewhere that use it keep working
    if (inPlace?.names.has(name.name.toLowerCase())) sheet.names.getItem(name.name).formula = `=${quoteSheet(inPlace.sheetName)}!${name.address}`;
    else sheet.names.add(name.name, sheet.getRange(name.address));
  }
  for (const run of runs(spec.cells, () => true)) {
    const range = sheet.getRange(runAddress(run));
    range.numberFormat = [run.map((cell) => cell.format ?? "General")];
    range.formulas = [run.map((cell) => (cell.formula !== undefined ? cell.formula : (cell.value ?? "")))] as never;
  }
  for (const run of runs(spec.cells, (a, b) => a.style === b.style)) {
    const look = STYLE_LOOKS[run[0].style ?? "calc"];
    const range = sheet.getRange(runAddress(run));
    if (look.color) range.format.font.color = look.color;
    if (look.bold) range.format.font.bold = true;
    if (look.italic) range.format.font.italic = true;
    if (look.size) range.format.font.size = look.size;
    if (look.fill) range.format.fill.color = look.fill;
    if (look.unlocked) range.format.protection.locked = false;
  }
  for (const cell of spec.cells.filter((c) => c.style === "check")) {
    const failed = sheet.getRange(cell.address).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    failed.custom.rule.formula = failedCheckRule(cell.address, spec.checkOk);
    failed.custom.format.font.color = FAILED_CHECK_LOOK.color;
    failed.custom.format.font.bold = FAILED_CHECK_LOOK.bold;
    failed.custom.format.fill.color = FAILED_CHECK_LOOK.fill;
  }
  for (const validation of spec.validations) {
    sheet.getRange(validation.address).dataValidation.rule = { list: { inCellDropDown: true, source: validation.list.join(",") } };
  }
  for (const table of spec.tables) {
    const added = sheet.tables.add(table.range, true);
    added.name = tableNames.get(table.name) ?? table.name;
    added.style = "TableStyleLight9";
  }
  if (spec.appendTo) return;
  for (const [letter, width] of Object.entries(spec.columnWidths)) sheet.getRange(`${letter}:${letter}`).format.columnWidth = width;
  if (spec.freeze.rows > 0 || spec.freeze.columns > 0) sheet.freezePanes.freezeAt(sheet.getRange(frozenRange(spec.freeze)));
  if (spec.print && pageLayoutSupported()) queuePrintSetup(sheet, spec.print);
  if (spec.chart) {
    const chart = sheet.charts.add(spec.chart.type as Excel.ChartType, sheet.getRange(spec.chart.dataRange), spec.chart.seriesBy as Excel.ChartSeriesBy);
    chart.title.text = spec.chart.title;
    spec.chart.seriesNames.forEach((name, i) => {
      const series = chart.series.getItemAt(i);
      series.name = name;
      if (spec.chart?.categoriesRange) series.setXAxisValues(sheet.getRange(spec.chart.categoriesRange));
    });
    chart.setPosition(spec.chart.anchor);
  }
}

/** Print area over the sheet's blocks, landscape, fit to its pages wide (tall: as many as needed), print titles. */
function queuePrintSetup(sheet: Excel.Worksheet, print: NonNullable<RenderedSheet["print"]>): void {
  const page = sheet.pageLayout;
  page.setPrintArea(print.area);
  page.orientation = "Landscape" as Excel.PageOrientation;
  // verticalFitToPages 0 is "automatic" (OOXML fitToHeight="0": all columns on N pages, rows on as many as needed).
  page.zoom = { horizontalFitToPages: print.pagesWide, verticalFitToPages: 0 };
  page.setPrintTitleColumns(print.titleColumns);
  if (print.titleRows) page.setPrintTitleRows(print.titleRows);
}

export type { WorkbookFacts };

/** A template rendered once the writer knows the workbook (its names, whether it has a price sheet). */
export type RenderForWorkbook = (workbook: WorkbookFacts) => RenderedTemplate;

/** What the workbook holds that a rendering needs (its names, whether it has a price sheet): one round trip. */
async function readWorkbook(context: Excel.RequestContext) {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load("items/name,items/names/items/name,items/names/items/formula");
  const tables = workbook.tables;
  tables.load("items/name");
  const names = workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  const existingNames = names.items.map((n) => n.name);
  const facts: WorkbookFacts = {
    names: worksheets.items.flatMap((sheet) => sheet.names.items.map((n) => ({ sheet: sheet.name, name: n.name, refersTo: n.formula }))),
    priceSheet: priceSheetReference(tables.items.map((t) => t.name), existingNames),
    definedNames: names.items.map((n) => ({ name: n.name, refersTo: n.formula })),
    sheets: worksheets.items.map((sheet) => sheet.name),
  };
  return { facts, existingSheets: worksheets.items.map((sheet) => sheet.name), existingNames, tables, names, worksheets };
}

/**
 * Inserts a rendered template into the workbook of `context`. Never overwrites: taken sheet names get " (2)", names
 * are sheet-scoped, table names are made unique. On failure, deletes the sheets it added and throws TemplateInsertError.
 * Given a function, it renders after round trip 1 with what was read there (WorkbookFacts).
 */
export async function insertRenderedTemplate(context: Excel.RequestContext, template: RenderedTemplate | RenderForWorkbook, progress: InsertProgress = () => undefined): Promise<InsertResult> {
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const workbook = context.workbook;

  // Round trip 1: what exists.
  progress({ id: "pane.progress.reading" });
  const { facts, existingSheets, existingNames, tables, names } = await readWorkbook(context);
  syncs++;
  const worksheets = workbook.worksheets;
  const rendered = typeof template === "function" ? template(facts) : template;
  const takenSheets = [...existingSheets];
  const finalNames: string[] = [];
  for (const sheet of rendered.sheets) {
    // Rows added to an existing sheet (the Assumptions drivers it lacked) keep that sheet's name.
    const name = sheet.appendTo ? sheet.name : uniqueSheetName(sheet.name, takenSheets);
    takenSheets.push(name);
    finalNames.push(name);
  }
  const takenTables = [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)];
  const tableNames = new Map<string, string>();
  for (const sheet of rendered.sheets) {
    for (const table of sheet.tables) {
      const unique = uniqueTableName(table.name, takenTables);
      takenTables.push(unique);
      tableNames.set(table.name, unique);
    }
  }

  // Round trip 2: write everything.
  progress({ id: "pane.progress.writing", params: { sheets: finalNames.join(", ") } });
  let master: Excel.Range | undefined;
  try {
    const added = rendered.sheets.map((sheet, index) => (sheet.appendTo ? worksheets.getItem(finalNames[index]) : worksheets.add(finalNames[index])));
    rendered.sheets.forEach((_sheet, index) => queueSheet(added[index], rendered, index, tableNames));
    // Workbook-scoped names (the price sheet's) are added once: the first sheet that defines one keeps it.
    for (const name of rendered.names.filter((n) => n.workbook && !existingNames.some((taken) => taken.toLowerCase() === n.name.toLowerCase()))) {
      workbook.names.add(name.name, added[rendered.sheets.findIndex((sheet) => sheet.name === name.sheet)].getRange(name.address));
    }
    added[0].activate();
    await sync();
    // Round trip 3: read back the master check.
    progress({ id: "pane.progress.checking" });
    const checkSheet = added[rendered.sheets.findIndex((sheet) => sheet.name === rendered.masterCheck.sheet)] ?? added[0];
    master = checkSheet.getRange(rendered.masterCheck.address);
    master.load("values");
    await sync();
  } catch (error) {
    const problem = errorText(error);
    let rolledBack = false;
    try {
      const after = workbook.worksheets;
      after.load("items/name");
      await context.sync();
      const before = new Set(existingSheets.map((name) => name.toLowerCase()));
      for (const sheet of after.items) {
        if (!before.has(sheet.name.toLowerCase()) && finalNames.some((name) => name.toLowerCase() === sheet.name.toLowerCase())) sheet.delete();
      }
      await context.sync();
      rolledBack = true;
    } catch {
      rolledBack = false;
    }
    throw new TemplateInsertError({ id: "pane.insertFailed", params: { title: rendered.title, problem, rolledBack: String(rolledBack) } }, error, rolledBack);
  }
  progress({ id: "pane.progress.done" });
  return { sheets: finalNames, tables: [...tableNames.values()], masterCheck: master?.values?.[0]?.[0], syncs };
}

/** A cell the caller keeps through a relayout (the analyst's), written after the template's. */
export interface KeptCell {
  address: string;
  formula: unknown;
}

/**
 * Lays a template's first sheet out again on the existing sheet `sheetName` (a refresh): the sheet itself stays, so
 * formulas elsewhere that refer to it keep working, and its names are re-pointed (added where new), never deleted.
 * Round trips: 1) the workbook's facts, 2) the sheet's used range, names and charts; 3) clear the old block (contents,
 * formats, validations) and the template's chart, write the new layout, then `keep(rendered, old)`'s cells; 4) read
 * back the master check (4). Rows the rendering appends to other sheets (the Assumptions drivers) are written as an
 * insertion writes them; other new sheets are not added.
 */
export async function relayoutSheet(
  context: Excel.RequestContext,
  sheetName: string,
  template: RenderForWorkbook,
  keep: (rendered: RenderedTemplate, old: { address: string; formulas: unknown[][] }) => KeptCell[],
  progress: InsertProgress = () => undefined,
): Promise<InsertResult & { rendered: RenderedTemplate }> {
  progress({ id: "pane.progress.reading" });
  const { facts, worksheets } = await readWorkbook(context);
  const sheet = worksheets.items.find((item) => item.name === sheetName);
  if (!sheet) throw new Error(`No sheet ${sheetName}`);
  const existingNames = new Set(sheet.names.items.map((n) => n.name.toLowerCase()));
  const used = sheet.getUsedRange();
  used.load("address,formulas");
  const charts = sheet.charts;
  charts.load("items/name,items/title/text");
  await context.sync();
  const rendered = template(facts);
  const spec = rendered.sheets[0];
  const kept = keep(rendered, { address: used.address, formulas: used.formulas as unknown[][] });
  progress({ id: "pane.progress.writing", params: { sheets: sheetName } });
  used.clear("All");
  used.dataValidation.clear();
  for (const chart of charts.items) if (spec.chart && chart.title.text === spec.chart.title) chart.delete();
  queueSheet(sheet, { ...rendered, sheets: [{ ...spec, name: sheetName }], names: rendered.names.map((n) => (n.sheet === spec.name ? { ...n, sheet: sheetName } : n)) }, 0, new Map(), {
    sheetName,
    names: existingNames,
  });
  rendered.sheets.forEach((other, index) => {
    if (index > 0 && other.appendTo) queueSheet(context.workbook.worksheets.getItem(other.name), rendered, index, new Map());
  });
  for (const cell of kept) sheet.getRange(cell.address).formulas = [[cell.formula]] as never;
  sheet.activate();
  await context.sync();
  progress({ id: "pane.progress.checking" });
  const master = sheet.getRange(rendered.masterCheck.address);
  master.load("values");
  await context.sync();
  progress({ id: "pane.progress.done" });
  return { sheets: [sheetName], tables: [], masterCheck: master.values?.[0]?.[0], syncs: 4, rendered };
}

/** Inserts through Excel.run, after checking the API requirement set. */
export async function insertTemplateIntoWorkbook(rendered: RenderedTemplate | RenderForWorkbook, progress?: InsertProgress): Promise<InsertResult> {
  if (!isInsertSupported()) {
    throw new TemplateInsertError({ id: "pane.insertNeeds", params: { set: REQUIRED_API.set, version: REQUIRED_API.version } }, null, false);
  }
  return Excel.run((context) => insertRenderedTemplate(context, rendered, progress));
}
