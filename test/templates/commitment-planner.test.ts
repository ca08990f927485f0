import "../support/languages";
import { findTemplate, renderTemplate, type RenderOptions, type RenderedTemplate, type WorkbookName } from "../../src/templates";
import { columnIndex, columnLetter } from "../../src/templates/a1";
import { buildWorkbook } from "../../src/templates/workbook";
import { isError, loadIntoEngine, type SheetModel } from "./sheet-engine";

/**
 * The commitment planner recalculated in HyperFormula: the burn adds up, shortfall and overage fall on the right side
 * of the commitment, the effective discount is the contract discount only when the commitment is used exactly, and
 * edge inputs (no forecast, no commitment) give numbers or short texts, never an Excel error or a flipped decision.
 */
const template = findTemplate("commitment-planner")!;
const SHEET = template.sheets[0].name;
const OUTPUTS = ["CommitmentDecision", "CommitmentSaving", "CommitmentEffectiveDiscount", "CommitmentTotalCost", "PayAsYouGoTotalCost", "CommitmentShortfall", "CommitmentOverage", "CommitmentBurnMonths", "CommitmentUtilization"];

interface Planner {
  rendered: RenderedTemplate;
  model: SheetModel;
  get(name: string): unknown;
  num(name: string): number;
  set(name: string, value: unknown): void;
  /** Values of a projection row (by its label) over the 36 months. */
  row(label: string): unknown[];
}

function planner(options: RenderOptions = {}, rendered = renderTemplate(template, options), extra: RenderedTemplate[] = []): Planner {
  const combined: RenderedTemplate = { ...rendered, sheets: [...rendered.sheets, ...extra.flatMap((o) => o.sheets)], names: [...rendered.names, ...extra.flatMap((o) => o.names)] };
  const model = loadIntoEngine(combined);
  const sheetName = rendered.sheets[0].name;
  const address = (name: string) => {
    const found = rendered.names.find((n) => n.name === name && n.sheet === sheetName);
    if (!found) throw new Error(`no name ${name}`);
    return found.address.replace(/\$/g, "");
  };
  return {
    rendered,
    model,
    get: (name) => model.name(name, sheetName),
    num: (name) => model.name(name, sheetName) as number,
    set: (name, value) => model.set(address(name), value, sheetName),
    row(label) {
      const cells = rendered.sheets[0].cells;
      const labelCell = cells.find((c) => /^A\d+$/.test(c.address) && c.value === label);
      if (!labelCell) throw new Error(`no row ${label}`);
      const r = labelCell.address.slice(1);
      // the projection's columns are the chart's: its data range starts at month 1
      const firstColumn = columnIndex(/^[A-Z]+/.exec(rendered.sheets[0].chart!.dataRange)![0]);
      const columns = Array.from({ length: 36 }, (_, i) => columnLetter(firstColumn + i));
      return columns.map((column) => model.at(`${column}${r}`, sheetName));
    },
  };
}

/** Set the contract and a flat forecast (USD list spend a month), growth 0. */
function flat(p: Planner, commitment: number, monthly: number, term = 36, discount = 0.1): void {
  p.set("CommitmentAmount", commitment);
  p.set("CommitmentTermMonths", term);
  p.set("CommitmentDiscount", discount);
  p.set("ForecastGrowth", 0);
  p.set("ForecastListSpendMonthOne", monthly);
}

const errorsIn = (p: Planner) => p.model.allValues().filter((cell) => isError(cell.value));
const namedErrors = (p: Planner) => OUTPUTS.filter((name) => isError(p.get(name)));
const sum = (values: unknown[]) => values.reduce<number>((total, v) => total + (typeof v === "number" ? v : 0), 0);

describe("commitment-planner", () => {
  test("defaults: every output is a number or text, no cell is an error, the master check is OK, the months are dated", () => {
    const p = planner();
    expect(errorsIn(p)).toEqual([]);
    expect(p.get("MasterCheck")).toBe("OK");
    for (const name of ["CommitmentSaving", "CommitmentEffectiveDiscount", "CommitmentTotalCost", "PayAsYouGoTotalCost", "CommitmentShortfall", "CommitmentOverage", "CommitmentBurnMonths"]) expect(typeof p.get(name)).toBe("number");
    const start = p.num("CommitmentStart");
    const dates = p.row("Month starting");
    expect(dates[0]).toBe(start);
    expect([365, 366]).toContain((dates[12] as number) - start); // the same day a year on
    expect([28, 29, 30, 31]).toContain((dates[1] as number) - start);
    expect(p.rendered.sheets[0].chart?.seriesNames).toEqual(["Cumulative usage at the contract price", "Commitment"]);
  });

  test("the burn adds up: list usage × (1 − discount) month by month, drawn + shortfall = commitment, payments = contract total", () => {
    const p = planner();
    const list = p.row("Usage at list prices") as number[];
    list.forEach((value, i) => expect(value).toBeCloseTo(7_000 * 1.02 ** i, 6));
    expect(p.num("PayAsYouGoTotalCost")).toBeCloseTo(sum(list), 6);
    const drawn = sum(p.row("Drawn from the commitment"));
    expect(drawn + p.num("CommitmentShortfall")).toBeCloseTo(300_000, 6);
    const balance = p.row("Remaining balance") as number[];
    expect(balance.every((b, i) => b >= 0 && (i === 0 || b <= balance[i - 1]))).toBe(true);
    expect(sum(p.row("Cash paid"))).toBeCloseTo(p.num("CommitmentTotalCost"), 6);
    // Default growth outruns the commitment: used up before month 36, the rest billed at list.
    expect(p.num("CommitmentShortfall")).toBe(0);
    const overList = sum(list) - 300_000 / 0.9;
    expect(p.num("CommitmentOverage")).toBeCloseTo(overList, 6);
    expect(p.num("CommitmentTotalCost")).toBeCloseTo(300_000 + overList, 6);
    expect(p.num("CommitmentBurnMonths")).toBeGreaterThan(30);
    expect(p.num("CommitmentBurnMonths")).toBeLessThan(36);
    expect(p.get("CommitmentDecision")).toBe("Commitment pays");
  });

  test("forecast below the commitment: a shortfall, no overage, never used up; the same total forfeited or trued up, paid in different months", () => {
    const p = planner();
    flat(p, 120_000, 2_000);
    const used = 36 * 2_000 * 0.9;
    expect(p.num("CommitmentShortfall")).toBeCloseTo(120_000 - used, 6);
    expect(p.num("CommitmentOverage")).toBe(0);
    expect(p.get("CommitmentBurnMonths")).toBe("not within the term");
    expect(p.num("CommitmentTotalCost")).toBeCloseTo(120_000, 6);
    expect(p.get("CommitmentDecision")).toBe("Pay as you go");
    const trueUp = p.row("Cash paid") as number[];
    expect(trueUp[0]).toBeCloseTo(1_800, 6);
    expect(trueUp[35]).toBeCloseTo(1_800 + 120_000 - used, 6);
    p.set("CommitmentTreatment", "Forfeit");
    const forfeit = p.row("Cash paid") as number[];
    expect(forfeit[0]).toBeCloseTo(120_000, 6);
    expect(forfeit[35]).toBe(0);
    expect(p.num("CommitmentTotalCost")).toBeCloseTo(120_000, 6);
    expect(p.get("MasterCheck")).toBe("OK");
  });

  test("forecast above the commitment: no shortfall, overage at list less the overage discount, used up inside the term", () => {
    const p = planner();
    flat(p, 90_000, 5_000, 24);
    // 4,500 a month at the contract price: 90,000 lasts 20 months.
    expect(p.num("CommitmentShortfall")).toBe(0);
    expect(p.num("CommitmentBurnMonths")).toBeCloseTo(20, 9);
    expect(p.num("CommitmentOverage")).toBeCloseTo(4 * 5_000, 6);
    p.set("OverageDiscount", 0.1);
    expect(p.num("CommitmentOverage")).toBeCloseTo(4 * 4_500, 6);
    expect(p.num("CommitmentEffectiveDiscount")).toBeCloseTo(0.1, 9);
    // The months after a 24-month term are blank, and the chart rows leave a gap there.
    expect(p.row("Usage at list prices")[24]).toBe("");
    expect(isError(p.row("Commitment")[24])).toBe(true);
    expect(p.get("MasterCheck")).toBe("OK");
  });

  test("effective discount: the contract discount when the commitment is used exactly, lower when part is unused, negative when most is", () => {
    const p = planner();
    flat(p, 36 * 10_000 * 0.85, 10_000, 36, 0.15);
    expect(p.num("CommitmentShortfall")).toBeCloseTo(0, 6);
    expect(p.num("CommitmentOverage")).toBeCloseTo(0, 6);
    expect(p.num("CommitmentEffectiveDiscount")).toBeCloseTo(0.15, 9);
    expect(p.num("CommitmentUtilization")).toBeCloseTo(1, 9);
    p.set("ForecastListSpendMonthOne", 9_000);
    const partly = p.num("CommitmentEffectiveDiscount");
    expect(partly).toBeCloseTo(1 - 306_000 / 324_000, 9);
    expect(partly).toBeLessThan(0.15);
    p.set("ForecastListSpendMonthOne", 3_000);
    expect(p.num("CommitmentEffectiveDiscount")).toBeLessThan(0);
    expect(p.get("CommitmentDecision")).toBe("Pay as you go");
  });

  test("materiality: a saving inside the threshold reads About the same, outside it Commitment pays", () => {
    const p = planner();
    flat(p, 360_000 * 0.97, 10_000, 36, 0.03);
    expect(p.num("CommitmentEffectiveDiscount")).toBeCloseTo(0.03, 9);
    expect(p.get("CommitmentDecision")).toBe("About the same");
    p.set("MaterialityThreshold", 0.02);
    expect(p.get("CommitmentDecision")).toBe("Commitment pays");
  });

  test("zero forecast: no Excel error anywhere, texts where nothing can be computed, and the decision stays Pay as you go", () => {
    const p = planner();
    flat(p, 120_000, 1);
    expect(p.get("CommitmentDecision")).toBe("Pay as you go");
    p.set("ForecastListSpendMonthOne", 0);
    expect(errorsIn(p)).toEqual([]);
    expect(namedErrors(p)).toEqual([]);
    expect(p.get("CommitmentDecision")).toBe("Pay as you go");
    expect(p.get("CommitmentEffectiveDiscount")).toBe("n/a: no forecast spend");
    expect(p.num("PayAsYouGoTotalCost")).toBe(0);
    expect(p.num("CommitmentShortfall")).toBe(120_000);
    expect(p.get("CommitmentBurnMonths")).toBe("not within the term");
    expect(p.get("MasterCheck")).toBe("OK");
    // Nothing committed and nothing forecast: about the same, still no error.
    p.set("CommitmentAmount", 0);
    expect(namedErrors(p)).toEqual([]);
    expect(p.get("CommitmentDecision")).toBe("About the same");
    expect(p.get("CommitmentBurnMonths")).toBe("n/a: no commitment");
    expect(p.get("CommitmentUtilization")).toBe("n/a: no commitment");
  });

  test("a huge forecast (the commitment a rounding error of the bill) and negative growth: numbers, no flipped decision", () => {
    const p = planner();
    flat(p, 300_000, 1e9);
    expect(namedErrors(p)).toEqual([]);
    expect(p.get("CommitmentDecision")).toBe("About the same");
    p.set("ForecastListSpendMonthOne", 12_000);
    p.set("ForecastGrowth", -0.02);
    expect(namedErrors(p)).toEqual([]);
    expect(typeof p.get("CommitmentShortfall")).toBe("number");
    expect(p.get("MasterCheck")).toBe("OK");
  });

  test("a bad input makes the master check ERROR (text), never an error value", () => {
    const p = planner();
    p.set("CommitmentTermMonths", 48);
    expect(p.get("MasterCheck")).toBe("ERROR");
    p.set("CommitmentTermMonths", 36);
    p.set("CommitmentDiscount", 1);
    expect(p.get("MasterCheck")).toBe("ERROR");
    expect(namedErrors(p)).toEqual([]);
  });

  test("KRW: a USD contract is converted at the rate, a contract in the sheet's currency is not", () => {
    const usd = planner();
    const krw = planner({ currency: "KRW", fxRate: 1400 });
    for (const name of ["CommitmentTotalCost", "PayAsYouGoTotalCost", "CommitmentOverage", "CommitmentSaving"]) expect(krw.num(name)).toBeCloseTo(usd.num(name) * 1400, 4);
    expect(krw.num("CommitmentEffectiveDiscount")).toBeCloseTo(usd.num("CommitmentEffectiveDiscount"), 9);
    krw.set("ContractCurrency", "Sheet currency");
    krw.set("CommitmentAmount", 300_000 * 1400);
    expect(krw.num("CommitmentTotalCost")).toBeCloseTo(usd.num("CommitmentTotalCost") * 1400, 4);
    krw.set("CommitmentAmount", 300_000);
    expect(krw.num("CommitmentShortfall")).toBe(0);
    expect(krw.num("CommitmentBurnMonths")).toBeLessThan(1);
  });

  test("Korean in won renders: Korean words, no error, master check OK, the same figures × 1,400, decisions in Korean", () => {
    const ko = renderTemplate(template, { currency: "KRW", fxRate: 1400 }, "ko");
    expect(ko.sheets[0].name).not.toBe(SHEET);
    const p = planner({}, ko);
    const usd = planner();
    expect(errorsIn(p)).toEqual([]);
    expect(p.get("MasterCheck")).toBe("정상");
    expect(p.get("MasterCheckCode")).toBe(0);
    expect(p.num("CommitmentTotalCost")).toBeCloseTo(usd.num("CommitmentTotalCost") * 1400, 4);
    expect(String(p.get("CommitmentDecision"))).toMatch(/[\uAC00-\uD7A3]/);
    expect(ko.sheets[0].cells.find((c) => c.address === "A1")?.value).toMatch(/[\uAC00-\uD7A3]/);
  });

  test("no formula is over 250 characters, in English or in Korean", () => {
    for (const rendered of [renderTemplate(template), renderTemplate(template, { currency: "KRW", fxRate: 1400 }, "ko")]) {
      const long = rendered.sheets.flatMap((s) => s.cells).filter((c) => (c.formula?.length ?? 0) > 250);
      expect(long.map((c) => `${c.address} ${c.formula?.length}`)).toEqual([]);
    }
  });

  test("use-case sheets in the workbook: the forecast is their token cost (not their whole cost), converted from their currency", () => {
    const complaint = renderTemplate(findTemplate("complaint-redressal")!, { currency: "KRW", fxRate: 1400 });
    const sentiment = renderTemplate(findTemplate("sentiment-analysis")!);
    const workbookNames: WorkbookName[] = [complaint, sentiment].flatMap((o) => o.names.map((n) => ({ sheet: n.sheet, name: n.name, refersTo: `='${n.sheet}'!${n.address}` })));
    const p = planner({}, renderTemplate(template, { workbookNames }), [complaint, sentiment]);
    const tokenCost = (rendered: RenderedTemplate) => p.model.name("InferenceCost_Catalog", rendered.sheets[0].name) as number;
    const expected = tokenCost(complaint) / 1400 + tokenCost(sentiment);
    expect(expected).toBeGreaterThan(0);
    expect(p.num("ForecastListSpend")).toBeCloseTo(expected, 9);
    expect(p.num("ForecastListSpend")).toBeLessThan(p.model.name("MonthlyCost_Catalog", sentiment.sheets[0].name) as number);
    expect(p.rendered.sheets[0].cells.filter((c) => c.style === "link").length).toBe(4); // token cost and rate of two sheets
    expect(p.model.allValues().some((c) => c.value === "linked use-case sheets")).toBe(true);
    expect(errorsIn(p)).toEqual([]);
    expect(p.get("MasterCheck")).toBe("OK");
  });
});

describe("commitment-planner after every use-case sheet (a workbook built as the pane builds it)", () => {
  test("the forecast is the token cost of all five use-case sheets: none of the workbook's API spend is left out", () => {
    const ids = ["acquisition", "complaint-redressal", "sentiment-analysis", "embedding-retrieval", "win-back", "commitment-planner"];
    const wb = buildWorkbook(ids.map((id) => findTemplate(id)!), {}, "en");
    const model = loadIntoEngine(wb);
    const plannerSheet = wb.inserted[5].sheets[0];
    const tokens = wb.inserted.slice(0, 5).map((insertion) => model.name("MonthlyTokenCost_Catalog", insertion.sheets[0]) as number);
    expect(tokens.every((t) => t > 0)).toBe(true);
    expect(model.name("ForecastListSpend", plannerSheet)).toBeCloseTo(tokens.reduce((a, b) => a + b, 0), 9);
    expect(model.name("MasterCheck", plannerSheet)).toBe("OK");
  });
});
