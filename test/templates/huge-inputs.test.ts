import * as fs from "fs";
import * as path from "path";
import { HyperFormula } from "hyperformula";
import { EXCEL_LIKE_CONFIG } from "../../dev/hyperformula-config";
import "../support/languages";
import { TEMPLATES, type RenderedTemplate } from "../../src/templates";
import { agrees } from "../../src/templates/blocks/agree";
import { buildWorkbook, type BuiltWorkbook } from "../../src/templates/workbook";
import { loadIntoEngine, type SheetModel } from "./sheet-engine";

/**
 * Issue 22, "edge cases never change a decision" (master checks): a check that two money figures agree allowed half a
 * cent (ROUND(a-b,2)=0), so with huge inputs in won (figures near 9e13) rounding alone turned it FALSE and the master
 * check read 오류. Every such check now reads blocks/agree.ts: a cent, or a millionth of the figure, whichever is larger.
 */
describe("agrees: a cent, or a millionth of the figure", () => {
  const evaluate = (a: number, b: number, scale?: string, floor?: string): unknown => {
    const hf = HyperFormula.buildFromArray([[a, b, `=${agrees("A1", "B1", scale, floor)}`]], EXCEL_LIKE_CONFIG);
    const result = hf.getCellValue({ sheet: 0, row: 0, col: 2 });
    hf.destroy();
    return result;
  };

  test("an ordinary figure still has to match to the cent", () => {
    expect(evaluate(1000, 1000)).toBe(true);
    expect(evaluate(1000.004, 1000)).toBe(true);
    expect(evaluate(1000.01, 1000)).toBe(false);
    expect(evaluate(999.99, 1000)).toBe(false);
    expect(evaluate(0.01, 0)).toBe(false);
    expect(evaluate(-1000.01, -1000)).toBe(false);
  });

  test("a huge figure allows its rounding, not a real error", () => {
    expect(evaluate(9e13 + 1, 9e13)).toBe(true);
    expect(evaluate(9e13 + 50_000, 9e13)).toBe(true);
    expect(evaluate(9e13 + 1e8, 9e13)).toBe(false);
    expect(evaluate(9e13, 0)).toBe(false);
  });

  test("a difference of big numbers is checked at the scale it is given; a finer floor is kept", () => {
    expect(evaluate(1, 0.9, "B1")).toBe(false);
    expect(evaluate(1, 0.9, "1e6")).toBe(true);
    expect(evaluate(0.000002, 0.000001, undefined, "0.0000005")).toBe(false);
    expect(evaluate(0.0000012, 0.000001, undefined, "0.0000005")).toBe(true);
  });

  test("a sum or difference as b is one operand", () => {
    expect(agrees("{a}", "{b}-{c}")).toBe("ABS({a}-({b}-{c}))<=MAX(0.005,0.000001*ABS({b}-{c}))");
    expect(agrees("{a}", "{b}")).toBe("ABS({a}-{b})<=MAX(0.005,0.000001*ABS({b}))");
  });
});

const ALL = TEMPLATES.filter((t) => t.id !== "price-table"); // the price table is the USD list-price catalog itself
/** Month-1 volumes on the use-case sheets (VolumePerMonth), each in the unit its label states. */
const HUGE: Record<string, number> = { acquisition: 1e9, "complaint-redressal": 1e10, "sentiment-analysis": 3e10 };
const KO = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../src/i18n/ko/sheets.json"), "utf8")) as Record<string, string>;
const MONEY_AGREES = "<=MAX(0.005,0.000001*ABS(";

/** Sets the input on `sheet` whose row is labelled with the sheet text `key` and that holds `from` (its default). */
function setLabelled(wb: RenderedTemplate, model: SheetModel, sheet: string, key: string, from: number, to: number): void {
  const cells = wb.sheets.find((s) => s.name === sheet)!.cells;
  const row = (address: string) => /\d+$/.exec(address)![0];
  const rows = new Set(cells.filter((c) => /^A\d+$/.test(c.address) && c.value === KO[key]).map((c) => row(c.address)));
  const input = cells.find((c) => rows.has(row(c.address)) && c.value === from);
  if (!input) throw new Error(`no input "${KO[key]}" = ${from} on ${sheet}`);
  model.set(input.address, to, sheet);
}

/** The pane's Korean KRW workbook of every template, with huge volumes that stay within each sheet's own caps. */
function hugeWorkbook(): { wb: BuiltWorkbook; model: SheetModel } {
  const wb = buildWorkbook(ALL, { currency: "KRW", fxRate: 1400 }, "ko");
  const model = loadIntoEngine(wb);
  const sheetOf = (id: string) => wb.inserted[ALL.findIndex((t) => t.id === id)].sheets[0];
  for (const [id, volume] of Object.entries(HUGE)) {
    const name = wb.names.find((n) => n.name === "VolumePerMonth" && n.sheet === sheetOf(id))!;
    model.set(name.address.replace(/\$/g, ""), volume, name.sheet);
  }
  // acquisition's addressable prospects cap its leads: raised with them, so the sheet stays within its own cap
  setLabelled(wb, model, sheetOf("acquisition"), "mostLeadsAMonthAddressableProspects", 500_000, 1e10);
  setLabelled(wb, model, sheetOf("roi-business-case"), "requestsPerMonth", 500_000, 1e10);
  return { wb, model };
}

describe("a Korean KRW workbook of every template with huge volumes", () => {
  const { wb, model } = hugeWorkbook();

  test("the volumes are huge: the ROI business case's three-year cost is in the tens of trillions of won", () => {
    const roi = wb.inserted[ALL.findIndex((t) => t.id === "roi-business-case")].sheets[0];
    expect(model.name("ThreeYearCost_Base", roi)).toBeGreaterThan(1e13);
  });

  test("every check that two money figures agree reads TRUE", () => {
    const checks = wb.sheets.flatMap((sheet) => sheet.cells.filter((c) => c.formula?.includes(MONEY_AGREES)).map((c) => ({ at: `${sheet.name}!${c.address}`, value: model.at(c.address, sheet.name) })));
    expect(checks.length).toBeGreaterThan(30);
    expect(checks.filter((c) => c.value !== true)).toEqual([]);
  });

  test("every sheet's master check reads 정상 (code 0)", () => {
    const masters = wb.names.filter((n) => n.name === "MasterCheckCode").map((n) => ({ sheet: n.sheet, code: model.name("MasterCheckCode", n.sheet) }));
    expect(masters.length).toBeGreaterThan(15);
    expect(masters.filter((m) => m.code !== 0)).toEqual([]);
  });
});
