import { columnIndex, columnLetter } from "./a1";
import { isoToExcelSerial, pricePerMillion } from "../engine";
import packageJson from "../../package.json";
import { choiceList } from "./lists";
import type {
  CellContent,
  CellStyle,
  FormatKey,
  RenderOptions,
  RenderedCell,
  RenderedChart,
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

export const FORMAT_CODES: Record<FormatKey, string> = {
  tokens: "#,##0",
  count: "#,##0",
  integer: "0",
  decimal: "#,##0.00",
  percent: "0.0%",
  money: "[$$-409]#,##0.00",
  moneyFx: "[$$-409]#,##0.00",
  usdPerToken: "[$$-409]0.000000",
  usdPerMtok: "[$$-409]#,##0.000",
  date: "yyyy-mm-dd",
  multiple: '#,##0.0"x"',
  months: "0.0",
  text: "@",
  general: "General",
};

export { columnLetter };

/** Names of the title-block cells (sheet-scoped), usable in formulas as {PriceDate} etc. */
export const TITLE_NAMES = ["PriceDate", "Currency", "FxRate", "MasterCheck"] as const;

const TITLE_ROWS = 8;
const HEADER_ROW = TITLE_ROWS + 2;

/** A unit label; "{currency}" in it follows the sheet's Currency cell. */
function unitCell(unit: string): { value: string } | { formula: string } {
  if (!unit.includes("{currency}")) return { value: unit };
  const [before, after] = unit.split("{currency}");
  const parts = [before ? `"${before}"` : "", "Currency", after ? `"${after}"` : ""].filter(Boolean);
  return { formula: `=${parts.join("&")}` };
}

function address(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

function absolute(col: number, row: number): string {
  return `$${columnLetter(col)}$${row}`;
}

function moneyFxFormat(currency: string): string {
  return currency.toUpperCase() === "USD" ? FORMAT_CODES.moneyFx : `#,##0.00 [$${currency.replace(/[^A-Za-z]/g, "").toUpperCase()}]`;
}

function isFormula(value: unknown): value is string {
  return typeof value === "string" && value.startsWith("=");
}

function defaultKind(section: "inputs" | "calculations" | "outputs" | "checks"): RowKind {
  return section === "inputs" ? "input" : section === "calculations" ? "calc" : section === "outputs" ? "output" : "check";
}

interface RowPlace {
  row: number;
  cols: Map<string, number>; // value column key -> column index (only filled cells)
  firstCol: number;
  names: Record<string, string>;
}

/** Renders one template with options: exactly the cells, formats, names, validations and chart the writer writes. */
export function renderTemplate(template: TemplateSpec, options: RenderOptions = {}): RenderedTemplate {
  const choices: Record<string, string> = {};
  for (const choice of template.choices) choices[choice.key] = options.choices?.[choice.key] ?? choice.default;
  const resolved: Required<RenderOptions> = {
    choices,
    priceDate: options.priceDate ?? DEFAULT_PRICE_DATE,
    currency: (options.currency ?? "USD").trim() || "USD",
    version: options.version ?? ADDIN_VERSION,
    priceSheet: options.priceSheet ?? "",
  };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(resolved.priceDate)) throw new Error(`Price date must be YYYY-MM-DD (got "${resolved.priceDate}").`);
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

function renderSheet(template: TemplateSpec, sheet: SheetSpec, options: Required<RenderOptions>, names: RenderedName[]): RenderedSheet {
  const cells: RenderedCell[] = [];
  const validations: { address: string; list: string[] }[] = [];
  const tables: { name: string; range: string }[] = [];
  const valueCol = new Map<string, number>();
  sheet.valueColumns.forEach((column, index) => valueCol.set(column.key, 1 + index));
  const unitCol = 1 + sheet.valueColumns.length;
  const notesCol = unitCol + 1;
  const firstPeriodCol = notesCol + 1;
  const lastCol = sheet.projection ? firstPeriodCol + sheet.projection.periods - 1 : notesCol;
  const moneyFx = moneyFxFormat(options.currency);
  const formatCode = (key: FormatKey) => (key === "moneyFx" ? moneyFx : FORMAT_CODES[key]);
  const put = (col: number, row: number, content: { value?: number | string | boolean; formula?: string }, style: CellStyle, format?: string) => {
    if (typeof content.value === "string" && /^[=+\-@]/.test(content.value) && !/^-?\d/.test(content.value)) {
      throw new Error(`${template.id}!${address(col, row)}: text "${content.value.slice(0, 30)}" would be read as a formula`);
    }
    const cell: RenderedCell = { address: address(col, row), ...content, style };
    if (format) cell.format = format;
    else if (typeof content.value === "string") cell.format = "@";
    cells.push(cell);
  };
  const addName = (name: string, col: number, row: number) => {
    if (names.some((n) => n.name.toLowerCase() === name.toLowerCase() && n.sheet === sheet.name)) throw new Error(`${template.id}: name ${name} defined twice`);
    names.push({ name, sheet: sheet.name, address: absolute(col, row) });
  };

  // ---------- Pass 1: place every row ----------
  const places = new Map<string, RowPlace>();
  const named = new Map<string, string>(); // "row|col" -> name
  let row = HEADER_ROW + 1;
  const sectionRows: { sectionIndex: number; titleRow: number; headerRow?: number; rowNumbers: number[] }[] = [];
  sheet.sections.forEach((section, sectionIndex) => {
    const titleRow = row++;
    const headerRow = section.headers || section.table ? row++ : undefined;
    const rowNumbers: number[] = [];
    for (const spec of section.rows) {
      const place: RowPlace = { row, cols: new Map(), firstCol: -1, names: spec.names ?? {} };
      for (const column of sheet.valueColumns) {
        if (spec.values[column.key] !== undefined) {
          const col = valueCol.get(column.key) as number;
          place.cols.set(column.key, col);
          if (place.firstCol < 0) place.firstCol = col;
        }
      }
      for (const key of Object.keys(spec.values)) if (!valueCol.has(key)) throw new Error(`${template.id}: row "${spec.label}" uses unknown column ${key}`);
      for (const [colKey, name] of Object.entries(place.names)) {
        const col = place.cols.get(colKey);
        if (col === undefined) throw new Error(`${template.id}: name ${name} on an empty cell`);
        named.set(`${row}|${col}`, name);
      }
      if (spec.key) {
        if (places.has(spec.key)) throw new Error(`${template.id}: duplicate row key ${spec.key}`);
        places.set(spec.key, place);
      }
      rowNumbers.push(row++);
    }
    sectionRows.push({ sectionIndex, titleRow, headerRow, rowNumbers });
    row++; // blank line between sections
  });
  const projectionRows = new Map<string, number>();
  let projectionHeaderRow = 0;
  let projectionTitleRow = 0;
  if (sheet.projection) {
    projectionTitleRow = row++;
    projectionHeaderRow = row++;
    for (const spec of sheet.projection.rows) {
      if (places.has(spec.key) || projectionRows.has(spec.key)) throw new Error(`${template.id}: duplicate row key ${spec.key}`);
      projectionRows.set(spec.key, row++);
    }
    row++;
  }
  const lastRow = row - 1;

  // ---------- Placeholder resolution ----------
  const titleAddress: Record<string, [number, number]> = { PriceDate: [1, 4], Currency: [1, 5], FxRate: [1, 6], MasterCheck: [1, 8] };
  const refer = (col: number, r: number) => named.get(`${r}|${col}`) ?? absolute(col, r);
  const resolve = (formula: string, context: { colKey?: string; periodCol?: number; where: string }): string =>
    formula.replace(/\{([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z0-9_]+))?\}/g, (_match, key: string, qualifier: string | undefined) => {
      if (key in titleAddress && qualifier === undefined) return key;
      if (key === "PriceSheet" && qualifier === undefined) return options.priceSheet || '""';
      if (key === "period" && qualifier === undefined) {
        if (context.periodCol === undefined) throw new Error(`${context.where}: {period} outside a projection`);
        return address(context.periodCol, projectionHeaderRow);
      }
      const projectionRow = projectionRows.get(key);
      if (projectionRow !== undefined) {
        if (qualifier === "all") return `${absolute(firstPeriodCol, projectionRow)}:${absolute(lastCol, projectionRow)}`;
        if (context.periodCol === undefined) throw new Error(`${context.where}: {${key}} is a projection row; use {${key}:all}`);
        if (qualifier === "prev") {
          if (context.periodCol <= firstPeriodCol) throw new Error(`${context.where}: {${key}:prev} in the first period`);
          return address(context.periodCol - 1, projectionRow);
        }
        if (qualifier !== undefined) throw new Error(`${context.where}: unknown qualifier ${qualifier}`);
        return address(context.periodCol, projectionRow);
      }
      const place = places.get(key);
      if (!place) throw new Error(`${context.where}: unknown row {${key}}`);
      let col: number | undefined;
      if (qualifier !== undefined) {
        col = place.cols.get(qualifier);
        if (col === undefined) throw new Error(`${context.where}: row ${key} has no cell in column ${qualifier}`);
      } else {
        col = (context.colKey !== undefined ? place.cols.get(context.colKey) : undefined) ?? place.firstCol;
      }
      if (col === undefined || col < 0) throw new Error(`${context.where}: row ${key} has no cells`);
      return refer(col, place.row);
    });

  // ---------- Title block ----------
  put(0, 1, { value: template.title }, "title");
  put(0, 2, { value: `Estimates: ${template.description}` }, "subtitle");
  put(0, 3, { value: `Source: ${template.source}` }, "note");
  const titleInput = (r: number, label: string, value: CellContent | number | string, format: string | undefined, unit: string, note: string, style: CellStyle = "input") => {
    put(0, r, { value: label }, "label");
    put(1, r, typeof value === "string" && isFormula(value) ? { formula: value } : { value: value as number | string }, style, format);
    if (unit) put(unitCol, r, { value: unit }, "unit");
    put(notesCol, r, { value: note }, "note");
  };
  titleInput(4, "Price date", isoToExcelSerial(options.priceDate), FORMAT_CODES.date, "date", "Catalog prices in force on this date (passed as as_of); list prices, before negotiated discounts.");
  addName("PriceDate", 1, 4);
  titleInput(5, "Currency", options.currency, "@", "ISO code", "Currency of the money outputs marked in it.");
  addName("Currency", 1, 5);
  titleInput(6, "USD → currency rate", 1, "0.0000", "per USD", "Your rate; 1 keeps outputs in USD (the guide's figures are in USD).");
  addName("FxRate", 1, 6);
  titleInput(7, "Add-in version", options.version, "@", "", "LLMCOST version that wrote this sheet.", "calc");
  const checkCells: string[] = [];
  // (master check formula is written after the checks are known)
  put(0, 8, { value: "Checks" }, "label");
  put(notesCol, 8, { value: "OK when every check row below is TRUE." }, "note");
  addName("MasterCheck", 1, 8);

  // Header row
  put(0, HEADER_ROW, { value: "Item" }, "header");
  sheet.valueColumns.forEach((column) => put(valueCol.get(column.key) as number, HEADER_ROW, { value: column.header }, "header"));
  put(unitCol, HEADER_ROW, { value: "Unit" }, "header");
  put(notesCol, HEADER_ROW, { value: "Source / notes" }, "header");

  // ---------- Sections ----------
  for (const placed of sectionRows) {
    const section = sheet.sections[placed.sectionIndex];
    put(0, placed.titleRow, { value: section.title }, "section");
    if (placed.headerRow !== undefined) {
      put(0, placed.headerRow, { value: section.headers?.label ?? "Item" }, "header");
      for (const column of sheet.valueColumns) {
        put(valueCol.get(column.key) as number, placed.headerRow, { value: section.headers?.[column.key] ?? column.header }, "header");
      }
      put(unitCol, placed.headerRow, { value: "Unit" }, "header");
      put(notesCol, placed.headerRow, { value: "Source / notes" }, "header");
    }
    section.rows.forEach((spec: RowSpec, index) => {
      const r = placed.rowNumbers[index];
      const kind = spec.kind ?? defaultKind(section.kind);
      put(0, r, { value: spec.label }, "label");
      for (const column of sheet.valueColumns) {
        const content = spec.values[column.key];
        if (content === undefined) continue;
        const col = valueCol.get(column.key) as number;
        const where = `${template.id}!${address(col, r)} (${spec.label})`;
        const formatKey = typeof spec.format === "string" ? spec.format : spec.format?.[column.key];
        let format = formatKey ? formatCode(formatKey) : undefined;
        let style: CellStyle = kind === "input" ? "input" : kind;
        let cell: { value?: number | string | boolean; formula?: string };
        if (typeof content === "object" && "choice" in content) {
          const choice = template.choices.find((c) => c.key === content.choice);
          if (!choice) throw new Error(`${where}: unknown choice ${content.choice}`);
          cell = { value: options.choices[choice.key] };
          style = "input";
          format = "@";
          validations.push({ address: address(col, r), list: choiceList(choice.list) });
        } else if (typeof content === "object" && "catalogPrice" in content) {
          cell = { value: catalogPriceValue(content.catalogPrice, content.priceType, options.priceDate) };
          if (typeof cell.value === "string") format = "@";
        } else if (typeof content === "object" && "date" in content) {
          cell = { value: isoToExcelSerial(options.priceDate) };
          format = FORMAT_CODES.date;
        } else if (isFormula(content)) {
          cell = { formula: resolve(content, { colKey: column.key, where }) };
          if (kind === "input") style = "calc";
        } else {
          cell = { value: content };
          if (kind !== "input") throw new Error(`${where}: a literal in a ${kind} row (only inputs hold literals)`);
        }
        const validation = typeof spec.validation === "object" && !Array.isArray(spec.validation) ? spec.validation[column.key] : spec.validation;
        if (validation && style === "input" && !(typeof content === "object" && "choice" in content)) {
          validations.push({ address: address(col, r), list: Array.isArray(validation) ? validation : choiceList(validation) });
        }
        put(col, r, cell, style, format);
        if (kind === "check") checkCells.push(named.get(`${r}|${col}`) ?? address(col, r));
      }
      for (const [colKey, name] of Object.entries(spec.names ?? {})) addName(name, place(colKey), r);
      if (spec.unit) put(unitCol, r, unitCell(spec.unit), "unit");
      if (kind === "input" && !spec.notes) throw new Error(`${template.id}: input "${spec.label}" has no source note`);
      if (spec.notes) put(notesCol, r, { value: spec.notes }, "note");
    });
    if (section.table) {
      const top = placed.headerRow as number;
      const bottom = placed.rowNumbers[placed.rowNumbers.length - 1] ?? top;
      tables.push({ name: section.table, range: `${address(0, top)}:${address(notesCol, bottom)}` });
      if (section.workbookName) names.push({ name: section.workbookName, sheet: sheet.name, address: `${absolute(0, top)}:${absolute(notesCol, bottom)}`, workbook: true });
    }
  }
  function place(colKey: string): number {
    const col = valueCol.get(colKey);
    if (col === undefined) throw new Error(`${template.id}: unknown column ${colKey}`);
    return col;
  }

  // ---------- Projection ----------
  if (sheet.projection) {
    const projection = sheet.projection;
    put(0, projectionTitleRow, { value: projection.title }, "section");
    put(0, projectionHeaderRow, { value: projection.periodLabel }, "header");
    put(unitCol, projectionHeaderRow, { value: "Unit" }, "header");
    put(notesCol, projectionHeaderRow, { value: "Source / notes" }, "header");
    for (let p = 0; p < projection.periods; p++) put(firstPeriodCol + p, projectionHeaderRow, { value: p + 1 }, "header", "0");
    for (const spec of projection.rows) {
      const r = projectionRows.get(spec.key) as number;
      put(0, r, { value: spec.label }, "label");
      if (spec.unit) put(unitCol, r, unitCell(spec.unit), "unit");
      if (spec.notes) put(notesCol, r, { value: spec.notes }, "note");
      for (let p = 0; p < projection.periods; p++) {
        const col = firstPeriodCol + p;
        const source = p === 0 && spec.first !== undefined ? spec.first : spec.each;
        const where = `${template.id}!${address(col, r)} (${spec.label})`;
        if (!isFormula(source)) throw new Error(`${where}: projection cells are formulas`);
        put(col, r, { formula: resolve(source, { periodCol: col, where }) }, "calc", formatCode(spec.format));
      }
    }
  }

  // Master check: every check cell TRUE.
  const masterFormula = checkCells.length > 0 ? `=IF(AND(${checkCells.join(",")}),"OK","ERROR")` : `="OK"`;
  cells.push({ address: address(1, 8), formula: masterFormula, style: "check" });
  cells.sort((a, b) => rowOf(a.address) - rowOf(b.address) || colOf(a.address) - colOf(b.address));

  // ---------- Chart ----------
  let chart: RenderedChart | undefined;
  if (sheet.chart) {
    const spec = sheet.chart;
    const anchor = address(0, lastRow + 2);
    if (spec.over === "periods") {
      const rows = spec.rows.map((key) => {
        const r = projectionRows.get(key);
        if (r === undefined) throw new Error(`${template.id}: chart row ${key} is not a projection row`);
        return r;
      });
      assertConsecutive(template.id, rows);
      chart = {
        type: spec.type,
        title: spec.title,
        dataRange: `${address(firstPeriodCol, rows[0])}:${address(lastCol, rows[rows.length - 1])}`,
        seriesBy: "Rows",
        seriesNames: spec.rows.map((key) => sheet.projection?.rows.find((r) => r.key === key)?.label ?? key),
        categoriesRange: `${address(firstPeriodCol, projectionHeaderRow)}:${address(lastCol, projectionHeaderRow)}`,
        anchor,
      };
    } else {
      const rows = spec.rows.map((key) => {
        const found = places.get(key);
        if (!found) throw new Error(`${template.id}: chart row ${key} unknown`);
        return found.row;
      });
      assertConsecutive(template.id, rows);
      const cols = (spec.columns ?? []).map((key) => place(key));
      assertConsecutive(template.id, cols);
      chart = {
        type: spec.type,
        title: spec.title,
        dataRange: `${address(cols[0], rows[0])}:${address(cols[cols.length - 1], rows[rows.length - 1])}`,
        seriesBy: "Columns",
        seriesNames: (spec.columns ?? []).map((key) => sheet.valueColumns.find((c) => c.key === key)?.header ?? key),
        categoriesRange: `${address(0, rows[0])}:${address(0, rows[rows.length - 1])}`,
        anchor,
      };
    }
  }

  const columnWidths: Record<string, number> = { A: 250 };
  sheet.valueColumns.forEach((column) => (columnWidths[columnLetter(valueCol.get(column.key) as number)] = column.width ?? 110));
  columnWidths[columnLetter(unitCol)] = 130;
  columnWidths[columnLetter(notesCol)] = 380;
  for (let col = firstPeriodCol; col <= lastCol; col++) columnWidths[columnLetter(col)] = 85;

  return {
    name: sheet.name,
    cells,
    columnWidths,
    freeze: { rows: HEADER_ROW, columns: 1 },
    validations,
    tables,
    ...(chart ? { chart } : {}),
    usedRange: `A1:${address(lastCol, lastRow)}`,
  };
}

/** A catalog price (USD per 1M tokens) as a value, or "n/a" when the catalog has none for that model/type/date. */
export function catalogPriceValue(model: string, priceType: string, priceDate: string): number | string {
  try {
    return pricePerMillion(model, priceType, priceDate);
  } catch {
    return "n/a";
  }
}

function assertConsecutive(id: string, numbers: number[]): void {
  if (numbers.length === 0) throw new Error(`${id}: chart has no series`);
  numbers.forEach((n, i) => {
    if (i > 0 && n !== numbers[i - 1] + 1) throw new Error(`${id}: chart rows/columns must be consecutive`);
  });
}

export function rowOf(a1: string): number {
  return Number(/\d+$/.exec(a1)?.[0] ?? 0);
}

export function colOf(a1: string): number {
  return columnIndex(/^[A-Z]+/.exec(a1.replace(/\$/g, ""))?.[0] ?? "A");
}
