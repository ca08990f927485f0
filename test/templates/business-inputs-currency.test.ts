import "../support/languages";
import { TEMPLATES, currencyByCode, findTemplate, moneyFormat, type RenderedTemplate } from "../../src/templates";
import { withAssumptions } from "../../src/templates/assumptions";
import { buildWorkbook } from "../../src/templates/workbook";
import { loadIntoEngine, type SheetModel } from "./sheet-engine";

/**
 * Issue 22, "business inputs are typed in the sheet's currency": on a KRW sheet every money input an analyst types
 * (loaded cost, reviewer cost, margins, offer costs, revenue, set-up and running costs, purchase prices, shared costs,
 * a spend forecast) is in won, its unit says so, and its default is the USD default × the insertion rate; the only
 * USD inputs left are catalog and guide prices, whose unit says USD. The whole workbook of every template, in English
 * and in Korean, then shows every amount as the USD workbook's × the rate. Recalculated in HyperFormula with the
 * shipped functions (dist/functions.js: `npm run build` first).
 */
const RATE = 1400;
const KRW = moneyFormat(currencyByCode("KRW"));
const USD = moneyFormat(currencyByCode("USD"));
const ALL = TEMPLATES.filter((t) => t.id !== "price-table"); // the price table is the USD list-price catalog itself
const rowOf = (address: string) => Number(address.replace(/^[A-Z]+/, ""));

interface InputCell {
  key: string;
  label: string;
  unit: string;
  value: number;
  format: string;
}

/** Every literal number input of a workbook formatted as money, with its row's label and unit as the sheet shows them. */
function moneyInputs(wb: RenderedTemplate, model: SheetModel): InputCell[] {
  return wb.sheets.flatMap((sheet) => {
    const at = (style: string, row: number) => {
      const cell = sheet.cells.find((c) => c.style === style && rowOf(c.address) === row);
      return cell ? String(model.at(cell.address, sheet.name)) : "";
    };
    return sheet.cells
      .filter((c) => c.style === "input" && typeof c.value === "number" && (c.format === KRW || c.format === USD))
      .map((c) => ({ key: `${sheet.name}!${c.address}`, label: at("label", rowOf(c.address)), unit: at("unit", rowOf(c.address)), value: c.value as number, format: c.format as string }));
  });
}

/** The business inputs (labels as on the English sheet) that must be typed in the sheet's currency. */
const BUSINESS_INPUTS = [
  "Loaded cost of one engineer (FTE)",
  "Reviewer cost",
  "Contribution margin of a new customer (first year)",
  "Offer cost per customer kept",
  "Margin a kept customer brings",
  "Owned GPU: purchase price per GPU (0 = catalog price)",
  "Storage and data transfer",
  "Annual revenue in scope",
  "Annual sales & marketing spend in scope",
  "Set-up: acquisition and integration (one-off)",
  "Operations and maintenance",
  "Staff training",
  "Shared costs to charge back",
  "Token spend at list prices, month 1",
];

describe("business inputs are typed in the sheet's currency", () => {
  const usdWb = buildWorkbook(ALL, {}, "en");
  const krwWb = buildWorkbook(ALL, { currency: "KRW", fxRate: RATE }, "en");
  const usd = moneyInputs(usdWb, loadIntoEngine(usdWb));
  const krw = moneyInputs(krwWb, loadIntoEngine(krwWb));

  test("every business input is in won on a KRW sheet, says KRW in its unit, and defaults to the USD default × the rate", () => {
    const business = krw.filter((cell) => BUSINESS_INPUTS.includes(cell.label));
    expect(new Set(business.map((c) => c.label))).toEqual(new Set(BUSINESS_INPUTS));
    for (const cell of business) {
      const base = usd.find((c) => c.key === cell.key);
      expect({ key: cell.key, label: cell.label, format: cell.format === KRW, unit: /^KRW\b/.test(cell.unit), value: cell.value }).toEqual({ key: cell.key, label: cell.label, format: true, unit: true, value: (base?.value ?? Number.NaN) * RATE });
    }
  });

  test("the only USD inputs left on a KRW sheet are catalog and guide prices, and their unit says USD", () => {
    const left = krw.filter((cell) => cell.format === USD);
    for (const cell of left) expect({ key: cell.key, unit: cell.unit }).toEqual({ key: cell.key, unit: expect.stringMatching(/^USD per (token|1K tokens|1K embeddings|query|GB|GB-month|1M read units|1M write units|month|GPU|1,000 searches)$/) });
    expect([...new Set(left.map((c) => c.label))].sort()).toEqual(
      ["Data transfer out", "Embedding price (guide, per 1K tokens)", "Object storage price", "Plan minimum", "Read price", "Storage price", "Storage price (guide, per 1K embeddings)", "Vector database plan minimum", "Vector plan minimum", "Vector read price", "Vector storage price", "Vector write price", "Web search fee", "Write price", "b200", "h100-sxm", "h200"].sort(),
    );
  });

  test("in USD the same inputs keep their USD defaults (a USD workbook's figures do not move)", () => {
    const business = usd.filter((cell) => BUSINESS_INPUTS.includes(cell.label));
    expect(business.length).toBeGreaterThan(0);
    for (const cell of business) expect({ key: cell.key, format: cell.format, unit: /^USD\b/.test(cell.unit) }).toEqual({ key: cell.key, format: USD, unit: true });
  });
});

/** The risk sheets draw the exchange rate (FX volatility), so their amounts are not the USD workbook's × the rate. */
const drawsTheRate = (sheet: string) => / risk( \(\d+\))?$|위험/.test(sheet);

describe.each(["en", "ko"] as const)("one workbook of every template in KRW (%s)", (language) => {
  test("every amount in won is the USD workbook's × the rate, on every sheet (Assumptions included) and in every named output", () => {
    const usdWb = buildWorkbook(ALL, {}, language);
    const krwWb = buildWorkbook(ALL, { currency: "KRW", fxRate: RATE }, language);
    const usdModel = loadIntoEngine(usdWb);
    const krwModel = loadIntoEngine(krwWb);
    let compared = 0;
    const mismatches: string[] = [];
    krwWb.sheets.forEach((sheet, index) => {
      expect(usdWb.sheets[index].name).toBe(sheet.name);
      if (drawsTheRate(sheet.name)) return;
      for (const cell of sheet.cells.filter((c) => c.format === KRW)) {
        const base = usdModel.at(cell.address, sheet.name);
        const won = krwModel.at(cell.address, sheet.name);
        if (typeof base !== "number") {
          if (typeof won !== typeof base) mismatches.push(`${sheet.name}!${cell.address}: ${String(base)} vs ${String(won)}`);
          continue;
        }
        if (typeof won !== "number" || Math.abs(won - base * RATE) > Math.max(0.005, 1e-9 * Math.abs(won))) mismatches.push(`${sheet.name}!${cell.address}: ${base} × ${RATE} ≠ ${String(won)}`);
        compared++;
      }
    });
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(3000);
    for (const name of ["LoadedCostPerFteMonth", "ReviewerCostPerHour"]) {
      const at = krwWb.names.find((n) => n.workbook && n.name === name)!;
      expect(krwModel.name(name, at.sheet)).toBeCloseTo((usdModel.name(name, at.sheet) as number) * RATE, 6);
    }
    expect(krwModel.name("AssumptionsFxRate", krwWb.names.find((n) => n.name === "AssumptionsFxRate")!.sheet)).toBe(RATE);
  });
});

describe("an Assumptions sheet made before money was typed in the sheet's currency", () => {
  /**
   * Such a sheet (a KRW workbook's, title-block rate 1,400) holds its money drivers in USD and has no
   * AssumptionsFxRate row. A KRW sheet inserted now must read that money × 1,400 once, not as won.
   */
  test("the rate row added to it reads 1, so a KRW sheet inserted later shows every amount as the USD workbook's × the rate", () => {
    const usd = buildWorkbook([findTemplate("acquisition")!], {}, "en");
    const krw = buildWorkbook([findTemplate("acquisition")!], { currency: "KRW", fxRate: RATE }, "en");
    const oldAssumptions = krw.sheets.find((s) => s.name === "Assumptions")!;
    const usdAssumptions = usd.sheets.find((s) => s.name === "Assumptions")!;
    const rateRow = rowOf(krw.names.find((n) => n.name === "AssumptionsFxRate")!.address.replace(/\$/g, ""));
    // the old sheet: the KRW title block, USD money, no rate row
    const cells = oldAssumptions.cells
      .filter((c) => rowOf(c.address) !== rateRow)
      .map((c) => (c.format === KRW ? usdAssumptions.cells.find((u) => u.address === c.address)! : c));
    const oldNames = krw.names.filter((n) => n.workbook && n.name !== "AssumptionsFxRate");
    const defined = oldNames.map((n) => ({ name: n.name, refersTo: `='${n.sheet}'!${n.address}` }));
    const bare = { ...krw, sheets: krw.sheets.filter((s) => s.name !== "Assumptions"), names: krw.names.filter((n) => !n.workbook) };
    const inserted = withAssumptions(bare, defined, { currency: "KRW", fxRate: RATE }, "en");
    expect(inserted.assumptions?.added).toEqual(["AssumptionsFxRate"]);
    const appended = inserted.sheets.find((s) => s.appendTo)!;
    const workbook: RenderedTemplate = {
      ...inserted,
      sheets: [{ ...oldAssumptions, cells: [...cells, ...appended.cells] }, ...inserted.sheets.filter((s) => !s.appendTo)],
      names: [...oldNames, ...inserted.names],
    };
    const usdModel = loadIntoEngine(usd);
    const model = loadIntoEngine(workbook);
    const sheet = usd.sheets[0].name;
    expect(model.name("AssumptionsFxRate", "Assumptions")).toBe(1);
    const moneyCells = krw.sheets[0].cells.filter((c) => c.format === KRW);
    expect(moneyCells.length).toBeGreaterThan(20);
    const wrong = moneyCells.filter((c) => {
      const base = usdModel.at(c.address, sheet);
      const won = model.at(c.address, sheet);
      return typeof base === "number" && (typeof won !== "number" || Math.abs(won - base * RATE) > Math.max(0.005, 1e-9 * Math.abs(won)));
    });
    expect(wrong.map((c) => c.address)).toEqual([]);
  });
});
