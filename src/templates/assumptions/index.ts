import type { Language } from "../../i18n/language";
import { sheetNameVariants } from "../i18n/sheet-names";
import { renderTemplate, rowOf } from "../render";
import { HEADER_ROW } from "../layout";
import type { RenderOptions, RenderedName, RenderedSheet, RenderedTemplate } from "../types";
import { DRIVERS } from "./drivers";
import { ASSUMPTIONS_SHEET, assumptionsTemplate, missingAssumptionsTemplate } from "./sheet";

export { ASSUMPTION_NAMES, DRIVERS, DRIVER_GROUPS, assumedMoney, gpuSpread, type Driver } from "./drivers";
export { ASSUMPTIONS_SHEET, assumptionsTemplate } from "./sheet";

/** A workbook-scoped name already in the workbook, and what it refers to ("=Assumptions!$B$12"). */
export interface DefinedName {
  name: string;
  refersTo: string;
}

/** What the Assumptions step did for one insertion, for the pane's status line and the CLI. */
export interface AssumptionsOutcome {
  sheet: string;
  /** true: the sheet was created with every driver; false: it existed (and `added` lists what was missing). */
  created: boolean;
  added: string[];
}

const NAME_PATTERN = new RegExp(`(?<![A-Za-z0-9_.'!])(${DRIVERS.map((d) => d.name).join("|")})(?:_(?:Low|Base|High))?(?![A-Za-z0-9_(])`, "g");

/** The drivers a rendered template's formulas read, by name (selected value or its Low/Base/High). */
export function driversUsedBy(rendered: RenderedTemplate): Set<string> {
  const used = new Set<string>();
  for (const sheet of rendered.sheets) {
    for (const cell of sheet.cells) {
      // text literals never name a driver
      const formula = (cell.formula ?? "").replace(/"(?:[^"]|"")*"/g, '""');
      for (const match of formula.matchAll(NAME_PATTERN)) used.add(match[1]);
    }
  }
  return used;
}

function sheetOf(refersTo: string): string {
  const match = /^=?(?:'((?:[^']|'')+)'|([^!]+))!/.exec(refersTo);
  return match ? (match[1] ?? match[2]).replace(/''/g, "'") : "";
}

/**
 * The template with the Assumptions it needs: when the workbook has none of the drivers, a new Assumptions sheet
 * (every driver) is added after the template's sheets; when it has the sheet but lacks some drivers the template
 * reads, only those rows are added below the sheet's last named row (`appendTo`); an existing driver is never
 * rewritten. `assumptions` says which.
 */
export function withAssumptions(rendered: RenderedTemplate, defined: readonly DefinedName[], options: RenderOptions, language: Language): RenderedTemplate & { assumptions?: AssumptionsOutcome } {
  const used = driversUsedBy(rendered);
  if (used.size === 0) return rendered;
  const have = new Map(defined.map((n) => [n.name.toLowerCase(), n.refersTo]));
  const onAssumptions = defined.filter((n) => DRIVERS.some((d) => d.name.toLowerCase() === n.name.toLowerCase()));
  const plain = { ...options, choices: {}, workbookNames: [], priceSheet: "" };
  if (onAssumptions.length === 0) {
    const sheet = renderTemplate(assumptionsTemplate, plain, language);
    return { ...rendered, sheets: [...rendered.sheets, ...sheet.sheets], names: [...rendered.names, ...sheet.names], assumptions: { sheet: sheet.sheets[0].name, created: true, added: DRIVERS.map((d) => d.name) } };
  }
  // A driver read through the Scenario switch needs the switch too.
  const needed = new Set(used);
  if (DRIVERS.some((d) => needed.has(d.name) && d.low !== undefined)) needed.add("Scenario");
  const missing = new Set([...needed].filter((name) => !have.has(name.toLowerCase())));
  const existingSheet = sheetOf(onAssumptions[0].refersTo);
  if (missing.size === 0) return { ...rendered, assumptions: { sheet: existingSheet, created: false, added: [] } };
  const lastRow = Math.max(...onAssumptions.filter((n) => sheetOf(n.refersTo) === existingSheet).map((n) => rowOf(n.refersTo.replace(/\$/g, "").replace(/:.*$/, ""))));
  // A sheet without the rate row was made when Assumptions money was typed in USD: what is added keeps to USD.
  const moneyInUsd = missing.has("AssumptionsFxRate");
  const addendumOptions = moneyInUsd ? { ...plain, currency: "USD", fxRate: 1 } : plain;
  const addendum = renderTemplate(missingAssumptionsTemplate(missing, rendered.title, moneyInUsd), addendumOptions, language);
  const appended = appendBelow(addendum.sheets[0], addendum.names, existingSheet, lastRow + 2);
  return { ...rendered, sheets: [...rendered.sheets, appended.sheet], names: [...rendered.names, ...appended.names], assumptions: { sheet: existingSheet, created: false, added: DRIVERS.map((d) => d.name).filter((n) => missing.has(n)) } };
}

/** The rendered rows below the title block and column headers, moved to start at `firstRow` of the existing sheet. */
function appendBelow(sheet: RenderedSheet, names: RenderedName[], existing: string, firstRow: number): { sheet: RenderedSheet; names: RenderedName[] } {
  const FIRST_SECTION_ROW = HEADER_ROW + 1;
  const shift = firstRow - FIRST_SECTION_ROW;
  const moveRef = (text: string) => text.replace(/(\$?[A-Z]{1,3}\$?)(\d+)(?![\d(])/g, (whole, col: string, row: string) => (Number(row) >= FIRST_SECTION_ROW ? `${col}${Number(row) + shift}` : whole));
  const cells = sheet.cells
    .filter((cell) => rowOf(cell.address) >= FIRST_SECTION_ROW)
    .map((cell) => ({ ...cell, address: moveRef(cell.address), ...(cell.formula ? { formula: moveRef(cell.formula) } : {}) }));
  const moved = names.filter((n) => n.workbook).map((n) => ({ ...n, sheet: existing, address: moveRef(n.address) }));
  const validations = sheet.validations.map((v) => ({ ...v, address: moveRef(v.address) }));
  return { sheet: { ...sheet, name: existing, cells, validations, tables: [], chart: undefined, appendTo: true, usedRange: moveRef(sheet.usedRange) }, names: moved };
}

/** Whether a sheet name is the Assumptions sheet in any language (or a copy of it). */
export function isAssumptionsSheet(name: string): boolean {
  return sheetNameVariants(ASSUMPTIONS_SHEET).has(name.toLowerCase().replace(/ \(\d+\)$/, ""));
}
