import { EXCEL_LIKE_CONFIG } from "../../dev/hyperformula-config";
import { HyperFormula } from "hyperformula";
import { registerLlmcostFunctions } from "../../dev/hyperformula-llmcost";
import { loadFunctionsBundle, type LoadedFunctions } from "../support/functions-bundle";
import type { RenderedTemplate } from "../../src/templates";
import { parseAddress } from "../../src/templates/a1";
import { withAssumptions } from "../../src/templates/assumptions";

/**
 * Loads a rendered template into HyperFormula with the LLMCOST functions registered from the shipped dist/functions.js
 * (test-only: HyperFormula is GPL-3.0 and never bundled). Sheet-scoped names become sheet-scoped named expressions.
 */
let loaded: LoadedFunctions | undefined;
export function functionsBundle(): LoadedFunctions {
  if (!loaded) {
    loaded = loadFunctionsBundle();
    registerLlmcostFunctions(loaded.double, loaded.metadata, () => undefined);
  }
  return loaded;
}

/** Row and column (0-based) of a single-cell A1 address, through the add-in's one A1 parser. */
function a1ToCoords(a1: string): { col: number; row: number } {
  const ref = parseAddress(a1);
  if (!ref) throw new Error(`bad address ${a1}`);
  return { col: ref.left, row: ref.top };
}

export interface SheetModel {
  hf: HyperFormula;
  sheetId(name?: string): number;
  /** Value at an address on a sheet (default: the first). */
  at(address: string, sheet?: string): unknown;
  /** Value of a sheet-scoped name. */
  name(name: string, sheet?: string): unknown;
  set(address: string, value: unknown, sheet?: string): void;
  /** Sets the cell a name (sheet-scoped or workbook-scoped, e.g. an Assumptions driver) refers to. */
  setName(name: string, value: unknown): void;
  /** Every evaluated cell of every sheet. */
  allValues(): { sheet: string; address: string; value: unknown }[];
  /**
   * A full recalculation, as Excel's (Ctrl+Alt+F9): every formula entered again, as its text. Not HyperFormula's
   * rebuildAndRecalculate, which rebuilds the sheets from their serialized contents, where the cells a dynamic array
   * spilled into (the risk sheets' sorted scenario costs) come back as typed values that block the array (#SPILL!);
   * the Excel double recalculates the same way (dev/excel-double/workbook.ts).
   */
  recalculateAll(): void;
}

/**
 * A template as the pane inserts it into a workbook without Assumptions: with the Assumptions sheet its formulas read
 * (in the sheet's language), appended after its own sheets. A workbook built with `buildWorkbook` already has it.
 */
function asInserted(rendered: RenderedTemplate): RenderedTemplate {
  if (rendered.names.some((n) => n.workbook && n.name === "Scenario")) return rendered;
  const language = /[\uAC00-\uD7A3]/.test(rendered.sheets[0].name) ? "ko" : "en";
  const { workbookNames: _names, priceSheet: _sheet, ...options } = rendered.options;
  return withAssumptions(rendered, [], options, language);
}

export function loadIntoEngine(template: RenderedTemplate): SheetModel {
  const rendered = asInserted(template);
  functionsBundle();
  const hf = HyperFormula.buildEmpty(EXCEL_LIKE_CONFIG);
  const ids = new Map<string, number>();
  for (const sheet of rendered.sheets) {
    hf.addSheet(sheet.name);
    ids.set(sheet.name, hf.getSheetId(sheet.name) as number);
  }
  hf.suspendEvaluation();
  // Names first (the writer also adds them before the formulas).
  for (const n of rendered.names) {
    const id = ids.get(n.sheet) as number;
    hf.addNamedExpression(n.name, `='${n.sheet.replace(/'/g, "''")}'!${n.address}`, n.workbook ? undefined : id);
  }
  for (const sheet of rendered.sheets) {
    const id = ids.get(sheet.name) as number;
    for (const cell of sheet.cells) {
      const { col, row } = a1ToCoords(cell.address);
      hf.setCellContents({ sheet: id, col, row }, [[cell.formula !== undefined ? cell.formula : (cell.value as never)]]);
    }
  }
  hf.resumeEvaluation();
  const first = rendered.sheets[0].name;
  const sheetId = (name?: string) => ids.get(name ?? first) as number;
  return {
    hf,
    sheetId,
    at(address, sheet) {
      const { col, row } = a1ToCoords(address);
      return hf.getCellValue({ sheet: sheetId(sheet), col, row });
    },
    name(name, sheet) {
      const found = rendered.names.find((n) => n.name === name && n.sheet === (sheet ?? first));
      if (!found) throw new Error(`no name ${name}`);
      const { col, row } = a1ToCoords(found.address.replace(/\$/g, ""));
      return hf.getCellValue({ sheet: sheetId(found.sheet), col, row });
    },
    setName(name, value) {
      const found = rendered.names.find((n) => n.name === name && (n.workbook || n.sheet === first));
      if (!found) throw new Error(`no name ${name}`);
      const { col, row } = a1ToCoords(found.address.replace(/\$/g, ""));
      hf.setCellContents({ sheet: sheetId(found.sheet), col, row }, [[value as never]]);
    },
    set(address, value, sheet) {
      const { col, row } = a1ToCoords(address);
      hf.setCellContents({ sheet: sheetId(sheet), col, row }, [[value as never]]);
    },
    allValues() {
      const out: { sheet: string; address: string; value: unknown }[] = [];
      for (const sheet of rendered.sheets) {
        for (const cell of sheet.cells) {
          const { col, row } = a1ToCoords(cell.address);
          out.push({ sheet: sheet.name, address: cell.address, value: hf.getCellValue({ sheet: sheetId(sheet.name), col, row }) });
        }
      }
      return out;
    },
    recalculateAll() {
      const formulas: { sheet: number; col: number; row: number; text: string }[] = [];
      for (const sheet of rendered.sheets) {
        for (const cell of sheet.cells) {
          const { col, row } = a1ToCoords(cell.address);
          const text = hf.getCellFormula({ sheet: sheetId(sheet.name), col, row });
          if (text !== undefined) formulas.push({ sheet: sheetId(sheet.name), col, row, text });
        }
      }
      hf.batch(() => formulas.forEach(({ text, ...address }) => hf.setCellContents(address, [[text]])));
    },
  };
}

export function isError(value: unknown): boolean {
  return typeof value === "object" && value !== null && "type" in value && "value" in value;
}
