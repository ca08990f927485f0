import { sheetText } from "../i18n/sheet-text";
import { columnIndex, columnLetter } from "./a1";
import { isoToExcelSerial, pricePerMillion } from "../engine";
import packageJson from "../../package.json";
import { choiceList } from "./lists";
import { currencyByCode } from "./currencies";
import { FORMAT_CODES, formatCodesFor, moneyTextFormat } from "./formats";
import { HEADER_ROW, layOutSheet, valueColumn, type PlacedSection, type SheetLayout } from "./layout";
import { resolvePlaceholders, type PlaceholderContext, type PlaceholderLayout } from "./placeholders";
import { SheetCells, absolute, address, type CellWrite } from "./sheet-cells";
import { TITLE_CELLS, writeMasterCheck, writeTitleBlock } from "./title-block";
import { placeChart } from "./chart";
import { resolveOptions } from "./options";
import { isLink, resolveLink } from "./links";
import { isLoaded } from "../i18n/messages";
import { resolveSheetTexts } from "../i18n/sheet-text";
import { namesOf } from "./types";
import { inputNamesToAdd, type InputNameCandidate } from "./input-names";
import type {
  CellContent,
  CellStyle,
  ChoiceList,
  LinkContent,
  FormatKey,
  RenderOptions,
  RenderedName,
  RenderedSheet,
  RenderedTemplate,
  RowKind,
  RowSpec,
  SheetSpec,
  TemplateSpec,
} from "./types";

/** Deterministic default price date (so that the CLI output diffs cleanly); the task pane offers today. */
export const DEFAULT_PRICE_DATE = "2026-11-01";
export const ADDIN_VERSION: string = (packageJson as { version: string }).version;

export { FORMAT_CODES };
export { columnLetter };


/**
 * Renders one template with options in a language: exactly the cells, formats, names, validations and chart the
 * writer writes. The template's words are sheet texts (message ids, src/i18n/sheet-text.ts) rendered in that language
 * before the layout, so that formulas, named ranges, number formats and figures are the same in every language; the
 * frame this renderer writes (title block, column headers) is made of sheet texts too and rendered after.
 */
export function renderTemplate(template: TemplateSpec, options: RenderOptions = {}, language: string = "en"): RenderedTemplate {
  if (!isLoaded(language)) throw new Error(`The sheet texts of "${language}" are not loaded: await loadLanguage("${language}") first.`);
  return resolveSheetTexts(renderResolved(resolveSheetTexts(template, language), options), language);
}

function renderResolved(template: TemplateSpec, options: RenderOptions): RenderedTemplate {
  const resolved = resolveOptions(template, options, { priceDate: DEFAULT_PRICE_DATE, version: ADDIN_VERSION });
  const names: RenderedName[] = [];
  const sheets = template.sheets.map((sheet) => renderSheet(template, sheet, resolved, names));
  const master = names.find((n) => n.name === "MasterCheck" && n.sheet === sheets[0].name);
  return {
    id: template.id,
    title: template.title,
    description: template.description,
    group: template.group,
    sheets,
    names,
    masterCheck: { sheet: sheets[0].name, address: master ? master.address.replace(/\$/g, "") : "" },
    options: resolved,
  };
}

/** One sheet, in steps: lay out, title block, column headers, sections, projection, master check, chart, widths. */
function renderSheet(template: TemplateSpec, sheet: SheetSpec, options: Required<RenderOptions>, names: RenderedName[]): RenderedSheet {
  const layout = layOutSheet(template.id, sheet);
  const out = new SheetCells(template.id, sheet.name, names);
  const formats = formatCodesFor(currencyByCode(options.currency));
  const resolve = placeholderResolver(layout, options.priceSheet, moneyTextFormat(currencyByCode(options.currency)));
  writeTitleBlock(out, template, layout, options);
  writeColumnHeaders(out, sheet, layout);
  const checkCells: string[] = [];
  const unnamedInputs: InputNameCandidate[] = [];
  for (const placed of layout.sections) checkCells.push(...writeSection(out, template, sheet, layout, placed, { options, formats, resolve, unnamedInputs }));
  if (sheet.projection) writeProjection(out, template, sheet, layout, formats, resolve);
  writeMasterCheck(out, layout, checkCells, options.currency);
  const taken = names.filter((n) => n.sheet === sheet.name || n.workbook).map((n) => n.name);
  for (const input of inputNamesToAdd(unnamedInputs, taken, out.cells.flatMap((c) => (c.formula ? [c.formula] : [])))) out.addName(input.name, input.col, input.row);
  out.cells.sort((a, b) => rowOf(a.address) - rowOf(b.address) || colOf(a.address) - colOf(b.address));
  const chart = sheet.chart ? placeChart(template.id, sheet, layout) : undefined;
  const widths = columnWidths(sheet, layout);
  const headed = headersLabelEveryBlock(sheet);
  return {
    name: sheet.name,
    cells: out.cells,
    columnWidths: widths,
    freeze: { rows: headed ? HEADER_ROW : 0, columns: 1 },
    print: printSetup(layout, widths, headed),
    validations: out.validations,
    tables: out.tables,
    ...(chart ? { chart } : {}),
    usedRange: `A1:${address(layout.lastCol, layout.lastRow)}`,
    checkOk: sheetText("checkOk"),
  };
}

type FormatCodes = (key: FormatKey) => string;
type Resolve = (formula: string, context: PlaceholderContext) => string;

function placeholderResolver(layout: SheetLayout, priceSheet: string, moneyText: string): Resolve {
  const placeholders: PlaceholderLayout = {
    rows: layout.rows,
    projectionRows: layout.projection?.rows ?? new Map(),
    projectionHeaderRow: layout.projection?.headerRow ?? 0,
    firstPeriodCol: layout.firstPeriodCol,
    lastPeriodCol: layout.lastCol,
    names: layout.names,
    titleNames: new Set(Object.keys(TITLE_CELLS)),
    priceSheet,
    moneyText,
  };
  return (formula, context) => resolvePlaceholders(formula, placeholders, context);
}

// ---------- Column headers ----------

function writeColumnHeaders(out: SheetCells, sheet: SheetSpec, layout: SheetLayout, row = HEADER_ROW, headers: Record<string, string> = {}): void {
  out.put(0, row, { value: headers.label ?? sheetText("item") }, "header");
  for (const column of sheet.valueColumns) out.put(layout.valueCol.get(column.key) as number, row, { value: headers[column.key] ?? column.header }, "header");
  writeUnitAndNotesHeaders(out, layout, row);
}

function writeUnitAndNotesHeaders(out: SheetCells, layout: SheetLayout, row: number): void {
  out.put(layout.unitCol, row, { value: sheetText("unitHeader") }, "header");
  out.put(layout.notesCol, row, { value: sheetText("sourceNotes") }, "header");
}

// ---------- Sections ----------

interface SectionContext {
  options: Required<RenderOptions>;
  formats: FormatCodes;
  resolve: Resolve;
  /** Input cells the spec leaves unnamed: each gets a name once every cell and name of the sheet is known. */
  unnamedInputs: InputNameCandidate[];
  /** The section's word for its inputs' column in their names (SectionSpec.inputNameColumn). */
  inputNameColumn?: string;
}

/** A section: title, optional header row, its rows, and its Excel table. Returns the check cells it wrote. */
function writeSection(out: SheetCells, template: TemplateSpec, sheet: SheetSpec, layout: SheetLayout, placed: PlacedSection, context: SectionContext): string[] {
  const { section } = placed;
  out.put(0, placed.titleRow, { value: section.title }, "section");
  if (placed.headerRow !== undefined) writeColumnHeaders(out, sheet, layout, placed.headerRow, section.headers ?? {});
  const checkCells: string[] = [];
  section.rows.forEach((spec, index) => {
    const kind = spec.kind ?? defaultKind(section.kind);
    checkCells.push(...writeRow(out, template, sheet, layout, spec, kind, placed.rowNumbers[index], { ...context, inputNameColumn: section.inputNameColumn }));
  });
  if (section.table) {
    const top = placed.headerRow as number;
    const bottom = placed.rowNumbers[placed.rowNumbers.length - 1] ?? top;
    out.tables.push({ name: section.table, range: `${address(0, top)}:${address(layout.notesCol, bottom)}` });
    if (section.workbookName) out.addWorkbookName(section.workbookName, `${absolute(0, top)}:${absolute(layout.notesCol, bottom)}`);
  }
  return checkCells;
}

function defaultKind(section: "inputs" | "calculations" | "outputs" | "checks"): RowKind {
  return section === "inputs" ? "input" : section === "calculations" ? "calc" : section === "outputs" ? "output" : "check";
}

/** One row: label, a cell per filled value column, its names, unit and notes. Returns its check cells. */
function writeRow(out: SheetCells, template: TemplateSpec, sheet: SheetSpec, layout: SheetLayout, spec: RowSpec, kind: RowKind, r: number, context: SectionContext): string[] {
  out.put(0, r, { value: spec.label }, "label");
  const checkCells: string[] = [];
  for (const column of sheet.valueColumns) {
    const given = spec.values[column.key];
    if (given === undefined) continue;
    // A link renders as the other sheet's cell when that name exists in the workbook, else as its local fallback.
    const link = isLink(given) ? resolveLink(given, context.options.workbookNames) : undefined;
    const content = link ? link.content : (given as Exclude<CellContent, LinkContent>);
    const col = layout.valueCol.get(column.key) as number;
    const where = `${template.id}!${address(col, r)} (${spec.label})`;
    const formatKey = typeof spec.format === "string" ? spec.format : spec.format?.[column.key];
    const cell = rowCell(template, content, kind, formatKey ? context.formats(formatKey) : undefined, { colKey: column.key, where }, context);
    if (link?.linked && "formula" in cell.write) cell.style = "link";
    if (cell.validation) out.validations.push({ address: address(col, r), list: cell.validation });
    const validation = rowValidation(spec, column.key);
    if (validation && cell.style === "input" && !isChoice(content)) out.validations.push({ address: address(col, r), list: Array.isArray(validation) ? validation : choiceList(validation) });
    out.put(col, r, cell.write, cell.style, cell.format);
    if (kind === "check") checkCells.push(layout.names.get(`${r}|${col}`) ?? address(col, r));
    if (cell.style === "input" && spec.key && spec.names?.[column.key] === undefined) context.unnamedInputs.push({ rowKey: spec.key, columnKey: context.inputNameColumn ?? column.key, col, row: r });
  }
  for (const [colKey, names] of Object.entries(spec.names ?? {})) {
    for (const name of namesOf(names)) {
      if (spec.scope === "workbook") out.addWorkbookName(name, absolute(valueColumn(template.id, layout, colKey), r));
      else out.addName(name, valueColumn(template.id, layout, colKey), r);
    }
  }
  if (spec.unit) out.put(layout.unitCol, r, unitCell(shownUnit(spec.unit, spec.format)), "unit");
  if (kind === "input" && !spec.notes) throw new Error(`${template.id}: input "${spec.label}" has no source note`);
  if (spec.notes) out.put(layout.notesCol, r, { value: spec.notes }, "note");
  return checkCells;
}

interface RowCell {
  write: CellWrite;
  style: CellStyle;
  format?: string;
  /** A chosen option's drop-down list. */
  validation?: string[];
}

/** What one value cell holds, by its content: a chosen option, a catalog price, the price date, a formula or a literal. */
function rowCell(template: TemplateSpec, content: Exclude<CellContent, LinkContent>, kind: RowKind, format: string | undefined, where: PlaceholderContext & { colKey: string }, context: SectionContext): RowCell {
  const style: CellStyle = kind === "input" ? "input" : kind;
  if (isChoice(content)) {
    const choice = template.choices.find((c) => c.key === content.choice);
    if (!choice) throw new Error(`${where.where}: unknown choice ${content.choice}`);
    return { write: { value: context.options.choices[choice.key] }, style: "input", format: "@", validation: choiceList(choice.list) };
  }
  if (typeof content === "object" && "catalogPrice" in content) {
    const value = catalogPriceValue(content.catalogPrice, content.priceType, context.options.priceDate);
    return { write: { value }, style, format: typeof value === "string" ? "@" : format };
  }
  if (typeof content === "object" && "usd" in content) return { write: { value: content.usd * context.options.fxRate }, style, format };
  if (typeof content === "object" && "date" in content) return { write: { value: isoToExcelSerial(content.date === "priceDate" ? context.options.priceDate : monthAfter(context.options.priceDate)) }, style, format: FORMAT_CODES.date };
  if (isFormula(content)) return { write: { formula: context.resolve(content, where) }, style: kind === "input" ? "calc" : style, format };
  if (kind !== "input" && kind !== "constant") throw new Error(`${where.where}: a literal in a ${kind} row (only inputs and constants hold literals)`);
  return { write: { value: content }, style, format };
}

/** The first day of the month after an ISO date (the first projected month after the price date). */
function monthAfter(iso: string): string {
  const [year, month] = iso.split("-").map(Number);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
}

/** A row's own drop-down for one value column: a named list or literal items. */
function rowValidation(spec: RowSpec, colKey: string): ChoiceList | string[] | undefined {
  const validation = spec.validation;
  return typeof validation === "object" && !Array.isArray(validation) ? validation[colKey] : validation;
}

function isChoice(content: CellContent): content is { choice: string } {
  return typeof content === "object" && "choice" in content;
}

function isFormula(value: unknown): value is string {
  return typeof value === "string" && value.startsWith("=");
}

/**
 * The unit names what the cell shows: a cell formatted as a percent shows "12.5%", so its unit says "(%)" — "share
 * (%)", not a bare "share" that could be read as 0.125; a multiple shows "8.7x", so its unit says "(x)".
 */
function shownUnit(unit: string, format: RowSpec["format"]): string {
  const symbol = format === "percent" ? "%" : format === "multiple" ? "x" : undefined;
  return symbol === undefined || unit.includes(`(${symbol})`) ? unit : `${unit} (${symbol})`;
}

/** A unit label; "{currency}" in it follows the sheet's Currency cell. */
function unitCell(unit: string): CellWrite {
  if (!unit.includes("{currency}")) return { value: unit };
  const [before, after] = unit.split("{currency}");
  const currency: keyof typeof TITLE_CELLS = "Currency"; // the title block's named cell
  const parts = [before ? `"${before}"` : "", currency, after ? `"${after}"` : ""].filter(Boolean);
  return { formula: `=${parts.join("&")}` };
}

// ---------- Projection ----------

/** The monthly projection: title, period header (1, 2, …) and one formula per row and period (one per row where it spills). */
function writeProjection(out: SheetCells, template: TemplateSpec, sheet: SheetSpec, layout: SheetLayout, formats: FormatCodes, resolve: Resolve): void {
  const projection = sheet.projection as NonNullable<SheetSpec["projection"]>;
  const placed = layout.projection as NonNullable<SheetLayout["projection"]>;
  out.put(0, placed.titleRow, { value: projection.title }, "section");
  out.put(0, placed.headerRow, { value: projection.periodLabel }, "header");
  writeUnitAndNotesHeaders(out, layout, placed.headerRow);
  for (let p = 0; p < projection.periods; p++) out.put(layout.firstPeriodCol + p, placed.headerRow, { value: p + 1 }, "header", "0");
  for (const spec of projection.rows) {
    const r = placed.rows.get(spec.key) as number;
    out.put(0, r, { value: spec.label }, "label");
    if (spec.unit) out.put(layout.unitCol, r, unitCell(shownUnit(spec.unit, spec.format)), "unit");
    if (spec.notes) out.put(layout.notesCol, r, { value: spec.notes }, "note");
    for (let p = 0; p < projection.periods; p++) {
      const col = layout.firstPeriodCol + p;
      // A spilled row's later periods stay empty for the array (a value there would block it: #SPILL!), formatted.
      if (p > 0 && spec.spills) {
        out.put(col, r, {}, "calc", formats(spec.format));
        continue;
      }
      const source = p === 0 && spec.first !== undefined ? spec.first : spec.each;
      const where = `${template.id}!${address(col, r)} (${spec.label})`;
      if (!isFormula(source)) throw new Error(`${where}: projection cells are formulas`);
      out.put(col, r, { formula: resolve(source, { periodCol: col, where }) }, "calc", formats(spec.format));
    }
    if (spec.name) out.addRangeName(spec.name, `${absolute(layout.firstPeriodCol, r)}:${absolute(layout.lastCol, r)}`);
  }
}

// ---------- Freeze panes and printing ----------

/**
 * Whether row 10's column headers label every block below them: no section has headers of its own (Low | Base | High,
 * a table's header row) under which they would stay frozen, wrong. A projection keeps row 10's unit and notes columns.
 */
export function headersLabelEveryBlock(sheet: SheetSpec): boolean {
  return sheet.sections.every((section) => !section.table && sheet.valueColumns.every((column) => (section.headers?.[column.key] ?? column.header) === column.header));
}

/**
 * Printable width of a landscape page at the scale Excel chooses to fit the fixed columns (label | values | unit |
 * notes, about 1,000 points) on one page: Letter or A4 landscape, 0.7 in margins, is about 700 points at ~70%.
 */
const PAGE_WIDTH_POINTS = 1000;

/**
 * How the sheet prints: the print area over every block, landscape, as many pages wide as its columns need at the
 * scale that fits the fixed columns (1 without a projection) and as many tall as its rows need; the label column on
 * every page, and row 10's headers where they label every block.
 */
function printSetup(layout: SheetLayout, widths: Record<string, number>, headed: boolean): NonNullable<RenderedSheet["print"]> {
  const total = Object.values(widths).reduce((sum, width) => sum + width, 0);
  return {
    area: `A1:${address(layout.lastCol, layout.lastRow)}`,
    pagesWide: Math.max(1, Math.ceil(total / PAGE_WIDTH_POINTS)),
    titleColumns: "$A:$A",
    ...(headed ? { titleRows: `$${HEADER_ROW}:$${HEADER_ROW}` } : {}),
  };
}

// ---------- Column widths ----------

function columnWidths(sheet: SheetSpec, layout: SheetLayout): Record<string, number> {
  const widths: Record<string, number> = { A: 250 };
  sheet.valueColumns.forEach((column) => (widths[columnLetter(layout.valueCol.get(column.key) as number)] = column.width ?? 110));
  widths[columnLetter(layout.unitCol)] = 130;
  widths[columnLetter(layout.notesCol)] = 380;
  for (let col = layout.firstPeriodCol; col <= layout.lastCol; col++) widths[columnLetter(col)] = 85;
  return widths;
}

/** A catalog price (USD per 1M tokens) as a value, or "n/a" when the catalog has none for that model/type/date. */
export function catalogPriceValue(model: string, priceType: string, priceDate: string): number | string {
  try {
    return pricePerMillion(model, priceType, priceDate);
  } catch {
    // The price table's data, read back by the functions as price_sheet (src/engine/api/price-sheet.ts): the same in every language.
    return "n/a"; // i18n:sheets ignore
  }
}

export function rowOf(a1: string): number {
  return Number(/\d+$/.exec(a1)?.[0] ?? 0);
}

export function colOf(a1: string): number {
  return columnIndex(/^[A-Z]+/.exec(a1.replace(/\$/g, ""))?.[0] ?? "A");
}
