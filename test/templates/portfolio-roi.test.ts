import { sheetTextIn } from "../support/languages";
import { DEFAULT_PRICE_DATE, findTemplate, type TemplateSpec } from "../../src/templates";
import { isoToExcelSerial } from "../../src/engine";
import { STAGES as STAGE_SPECS } from "../../src/templates/catalog/martech-lifecycle";
import { resolveSheetTexts } from "../../src/i18n/sheet-text";
import { buildWorkbook, type BuiltWorkbook } from "../../src/templates/workbook";
import { functionsBundle, isError, loadIntoEngine, type SheetModel } from "./sheet-engine";

/**
 * The portfolio summary (martech-lifecycle) and the business case (roi-business-case) as issue 22 and 20 ask: whole
 * workbooks built as the pane builds them (buildWorkbook), recalculated in HyperFormula with the shipped functions
 * (`npm run build` first).
 */
/** The stages as the English sheets show them (their label, sheet name and use case are sheet texts). */
const STAGES = resolveSheetTexts(STAGE_SPECS, "en");
const call = (id: string, ...args: unknown[]) => functionsBundle().call(id, ...args);
const DATE = isoToExcelSerial(DEFAULT_PRICE_DATE);
const USE_CASES = ["acquisition", "complaint-redressal", "sentiment-analysis", "embedding-retrieval", "win-back"];
const templates = (ids: string[]): TemplateSpec[] => ids.map((id) => findTemplate(id)!);

interface Built {
  wb: BuiltWorkbook;
  model: SheetModel;
  /** A name's value: a sheet-scoped one on `sheet` (default: the template's sheet), else a workbook-scoped one. */
  value(name: string, sheet?: string): unknown;
  num(name: string, sheet?: string): number;
  /** Sets a workbook-scoped name (an Assumptions driver) or a sheet-scoped one. */
  setName(name: string, to: unknown, sheet?: string): void;
  /** Column `column` (default B) of the row labelled `label` on `sheet` (the last such row, or the `occurrence`-th, from 0). */
  cell(sheet: string, label: string, column?: string, occurrence?: number): unknown;
  /** A projection row's 36 (or more) values by label. */
  row(sheet: string, label: string): unknown[];
}

function build(ids: string[], language: "en" | "ko" = "en", choices?: Record<string, string>): Built {
  const wb = buildWorkbook(templates(ids), { choices }, language);
  const model = loadIntoEngine(wb);
  const find = (name: string, sheet?: string) => wb.names.find((n) => n.name === name && (sheet ? n.sheet === sheet : true) && !n.workbook) ?? wb.names.find((n) => n.name === name && n.workbook);
  const at = (name: string, sheet?: string) => {
    const n = find(name, sheet);
    if (!n) throw new Error(`no name ${name}`);
    return n;
  };
  const labelRow = (sheet: string, label: string, occurrence?: number) => {
    const rows = wb.sheets.find((s) => s.name === sheet)!.cells.filter((c) => /^A\d+$/.test(c.address) && c.value === label);
    if (rows.length === 0) throw new Error(`no row ${label} on ${sheet}`);
    return rows[occurrence ?? rows.length - 1].address.slice(1);
  };
  const built: Built = {
    wb,
    model,
    value: (name, sheet) => {
      const n = at(name, sheet);
      return model.at(n.address.replace(/\$/g, ""), n.sheet);
    },
    num: (name, sheet) => {
      const v = built.value(name, sheet);
      if (typeof v !== "number") throw new Error(`${name} is ${JSON.stringify(v)}`);
      return v;
    },
    setName: (name, to, sheet) => {
      const n = at(name, sheet);
      model.set(n.address.replace(/\$/g, ""), to, n.sheet);
    },
    cell: (sheet, label, column = "B", occurrence) => model.at(`${column}${labelRow(sheet, label, occurrence)}`, sheet),
    row: (sheet, label) => {
      const r = labelRow(sheet, label);
      return wb.sheets.find((s) => s.name === sheet)!.cells.filter((c) => c.address.slice(c.address.search(/\d/)) === r && c.formula !== undefined && c.style !== "unit" && !/^[A-E]\d/.test(c.address)).map((c) => model.at(c.address, sheet));
    },
  };
  return built;
}

const namedOn = (b: Built, sheet: string) => b.wb.names.filter((n) => n.sheet === sheet && !n.workbook && !n.address.includes(":"));
const noNamedErrors = (b: Built, sheet: string) => expect(namedOn(b, sheet).map((n) => ({ name: n.name, value: b.value(n.name, sheet) })).filter((n) => isError(n.value))).toEqual([]);

describe("martech-lifecycle: the portfolio at one scope", () => {
  const PORTFOLIO = "MarTech lifecycle";
  const alone = build(["martech-lifecycle"]);
  const after = build([...USE_CASES, "martech-lifecycle"]);

  test("PortfolioMonthlyCost (and every other cost name) is the same whether the portfolio is inserted before or after the use-case sheets", () => {
    const before = build(["martech-lifecycle", ...USE_CASES]);
    const costs = namedOn(before, PORTFOLIO).map((n) => n.name).filter((name) => /^Portfolio.*(Cost|Cost_.*)$/.test(name) && name !== "PortfolioCostBudget");
    expect(costs).toEqual(expect.arrayContaining(["PortfolioMonthlyCost", "PortfolioMonthlyTokenCost", "PortfolioOneOffCost", "PortfolioYear1Cost", "PortfolioYear2Cost", "PortfolioYear3Cost", "PortfolioMonthlyCost_SelfHost", "PortfolioSelfHostedMonthlyCost", "PortfolioMonthlyCost_P10", "PortfolioMonthlyCost_P50", "PortfolioMonthlyCost_P90"]));
    for (const name of costs) {
      const [x, y] = [before.num(name, PORTFOLIO), after.num(name, PORTFOLIO)];
      expect({ name, diff: Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x)) }).toEqual({ name, diff: true });
    }
    // before: every stage from its own inputs; after: every stage linked (green) to its sheet
    expect(before.model.allValues().filter((c) => c.sheet === PORTFOLIO && typeof c.value === "string" && c.value.startsWith("own inputs"))).toHaveLength(5);
    expect(after.model.allValues().filter((c) => c.sheet === PORTFOLIO && typeof c.value === "string" && c.value.startsWith("linked: ")).map((c) => c.value)).toHaveLength(5);
    expect(before.value("MasterCheck", PORTFOLIO)).toBe("OK");
    expect(after.value("MasterCheck", PORTFOLIO)).toBe("OK");
  });

  test("whole cost always: the API total is tokens + people + review + platform; the model-only name is tokens alone", () => {
    const tokens = STAGES.reduce((sum, s) => sum + (call("INFERENCE", s.model, s.requests * s.inTokens, s.requests * s.outTokens, s.requests, 0, 0, DATE) as number), 0);
    expect(alone.num("PortfolioMonthlyTokenCost", PORTFOLIO)).toBeCloseTo(tokens, 9);
    const people = STAGES.length * alone.num("RunFteApi") * alone.num("LoadedCostPerFteMonth");
    const review = STAGES.reduce((sum, s) => sum + (s.requests * s.reviewShare * s.reviewMinutes) / 60, 0) * alone.num("ReviewFactor") * alone.num("ReviewerCostPerHour");
    expect(alone.num("PortfolioMonthlyCost", PORTFOLIO)).toBeGreaterThan(tokens + people + review);
    expect(alone.num("PortfolioMonthlyCost", PORTFOLIO)).toBeLessThan(tokens + people + review + 200); // logs, query embeddings and the vector database plan
  });

  test("each linked stage shows its sheet's whole cost on both sides, so the portfolio never says the opposite of its sources", () => {
    for (const s of STAGES) {
      const sheet = after.wb.names.find((n) => n.name === "MonthlyCost_Catalog" && n.sheet.startsWith(s.sheet))!.sheet;
      expect(after.cell(PORTFOLIO, s.label, "C", 0)).toBeCloseTo(after.num("MonthlyCost_Catalog", sheet), 9);
      expect(after.cell(PORTFOLIO, s.label, "C", 1)).toBeCloseTo(after.num("MonthlyCost_SelfHost", sheet), 9);
      expect(after.cell(PORTFOLIO, s.label, "D", 0)).toBeCloseTo(after.num("MonthlyTokenCost_Catalog", sheet), 9);
    }
    const apiSum = USE_CASES.reduce((sum, _id, i) => sum + after.num("MonthlyCost_Catalog", after.wb.inserted[i].sheets[0]), 0);
    const selfSum = USE_CASES.reduce((sum, _id, i) => sum + after.num("MonthlyCost_SelfHost", after.wb.inserted[i].sheets[0]), 0);
    expect(after.num("PortfolioMonthlyCost", PORTFOLIO)).toBeCloseTo(apiSum, 6);
    expect(after.num("PortfolioMonthlyCost_SelfHost", PORTFOLIO)).toBeCloseTo(selfSum, 6);
    // the use-case sheets find the API cheaper at the guide's volumes; so does the portfolio, stage by stage
    expect(after.num("PortfolioMonthlyCost_SelfHost", PORTFOLIO)).toBeGreaterThan(after.num("PortfolioMonthlyCost", PORTFOLIO));
    expect(after.num("PortfolioMonthlyBenefit", PORTFOLIO)).toBeCloseTo(after.num("MonthlyBenefit", "Acquisition") + after.num("MonthlyBenefit", "Win-back"), 6);
  });

  test("an Assumptions driver moves the portfolio the same way in both orders", () => {
    const before = build(["martech-lifecycle", ...USE_CASES]);
    for (const b of [before, after]) {
      const was = b.num("PortfolioMonthlyCost", PORTFOLIO);
      b.setName("LoadedCostPerFteMonth_Base", b.num("LoadedCostPerFteMonth_Base") + 1000);
      expect(b.num("PortfolioMonthlyCost", PORTFOLIO) - was).toBeCloseTo(STAGES.length * 0.25 * 1000, 6);
    }
  });

  test("P10 ≤ P50 ≤ P90 of the whole monthly cost, identical on every recalculation", () => {
    const p = () => ["PortfolioMonthlyCost_P10", "PortfolioMonthlyCost_P50", "PortfolioMonthlyCost_P90"].map((n) => alone.num(n, PORTFOLIO));
    const [p10, p50, p90] = p();
    expect(p10).toBeLessThanOrEqual(p50);
    expect(p50).toBeLessThanOrEqual(p90);
    expect(p10).toBeLessThan(alone.num("PortfolioMonthlyCost", PORTFOLIO));
    expect(p90).toBeGreaterThan(alone.num("PortfolioMonthlyCost", PORTFOLIO));
    alone.setName("GpuPriceFactor_Base", 1.1); // a driver the simulation does not read: everything recalculates, nothing moves
    expect(p()).toEqual([p10, p50, p90]);
    expect(build(["martech-lifecycle"]).num("PortfolioMonthlyCost_P50", PORTFOLIO)).toBe(p50);
  });

  test("longer answers in a stage never lower the self-hosted GPU cost, on each stage's own fleet or the shared one (stages at 1,000 times their requests)", () => {
    const b = build(["martech-lifecycle"]);
    const name = b.wb.sheets[0].name;
    const rowOf = (s: (typeof STAGES)[number]) => /\d+$/.exec(b.wb.sheets[0].cells.filter((c) => c.value === s.useCase)[0].address)![0];
    for (const s of STAGES) b.model.set(`D${rowOf(s)}`, (b.model.at(`D${rowOf(s)}`, name) as number) * 1000, name);
    // column F of a stage's workload row: its output tokens per request, passed to SELFHOST as output_tokens_per_request
    const first = rowOf(STAGES[0]);
    const base = b.model.at(`F${first}`, name) as number;
    let previous = { own: 0, shared: 0 };
    const costs: { own: number; shared: number }[] = [];
    for (const factor of [1, 2, 4, 8, 16, 40]) {
      b.model.set(`F${first}`, base * factor, name);
      const now = { own: b.num("PortfolioMonthlyTokenCost_SelfHost", name), shared: b.num("PortfolioSelfHostedMonthlyTokenCost", name) };
      expect({ factor, ownLower: now.own < previous.own, sharedLower: now.shared < previous.shared }).toEqual({ factor, ownLower: false, sharedLower: false });
      previous = now;
      costs.push(now);
    }
    // not one idle replica throughout: the longer answers are costed
    expect(costs[5].own).toBeGreaterThan(costs[0].own);
    expect(costs[5].shared).toBeGreaterThan(costs[0].shared);
  });

  test("the 3-year decision compares rows of one source: with the sentiment sheet at 10M queries a day it agrees with its stages' sheets, and the shared fleet (own inputs only) is compared only while no stage links", () => {
    const b = build([...USE_CASES, "martech-lifecycle"]);
    const sentiment = b.wb.inserted[USE_CASES.indexOf("sentiment-analysis")].sheets[0];
    b.setName("VolumePerMonth", 300_000_000, sentiment); // 10M queries a day
    const sum = (name: string) => USE_CASES.reduce((total, _id, i) => total + b.num(name, b.wb.inserted[i].sheets[0]), 0);
    const [api, self] = [sum("ThreeYearCost_Catalog"), sum("ThreeYearCost_SelfHost")];
    const expected = Math.abs(api - self) <= b.num("Materiality") * Math.max(api, self) ? "about the same" : api < self ? "API" : "Self-hosted";
    expect(b.cell(PORTFOLIO, "Cheaper over 3 years (whole cost)")).toBe(expected);
    expect(b.cell(PORTFOLIO, "3-year cost, API − self-hosted, each stage on its own GPUs")).toBeCloseTo(api - self, 2);
    // the shared fleet is priced from this sheet's own inputs (30,000 sentiment queries a month): never set against the linked sheets
    expect(b.cell(PORTFOLIO, "3-year cost, API − self-hosted on one fleet")).toBe("n/a: a stage links to its sheet; the shared fleet is priced from this sheet's own inputs");
    expect(b.cell(PORTFOLIO, "Cheaper over 3 years, one shared fleet (own inputs)")).toBe("n/a");
    // standing alone, every figure is from its own inputs: the shared fleet is compared
    expect(typeof alone.cell(PORTFOLIO, "3-year cost, API − self-hosted on one fleet")).toBe("number");
    expect(["API", "Self-hosted", "about the same"]).toContain(alone.cell(PORTFOLIO, "Cheaper over 3 years, one shared fleet (own inputs)"));
    expect(b.value("MasterCheck", PORTFOLIO)).toBe("OK");
  });

  test.each(["en", "ko"] as const)("stress (%s): zero volume costs 0 tokens, a model that does not fit says so, decisions stay texts, no named output is an error", (language) => {
    const zero = build(["martech-lifecycle"], language);
    const name = zero.wb.sheets[0].name;
    // the layout is the same in both languages: the English sheet says where each stage's requests are
    const english = build(["martech-lifecycle"]).wb.sheets[0].cells;
    for (const s of STAGES) zero.model.set(`D${/\d+$/.exec(english.filter((c) => c.value === s.useCase)[0].address)![0]}`, 0, name);
    expect(zero.num("PortfolioMonthlyTokenCost", name)).toBe(0);
    noNamedErrors(zero, name);
    const big = build(["martech-lifecycle"], language, { openModel: "llama-3.1-405b" });
    noNamedErrors(big, big.wb.sheets[0].name);
    expect(typeof big.value("PortfolioSelfHostedMonthlyCost", big.wb.sheets[0].name)).toBe("string");
    expect(big.value("MasterCheck", big.wb.sheets[0].name)).toBe(sheetTextIn("ERROR", language));
    expect(big.value("MasterCheckCode", big.wb.sheets[0].name)).toBe(1);
    const decision = zero.wb.sheets[0].cells.find((c) => (c.formula ?? "").includes("Materiality*MAX"))!;
    expect(typeof zero.model.at(decision.address, name)).toBe("string");
    expect(big.model.at(decision.address, big.wb.sheets[0].name)).toBe(sheetTextIn("n/a", language));
  });
});

describe("roi-business-case", () => {
  const ROI = "ROI business case";
  const COST = "Total cost (set-up + running, with contingency)";

  /** The flows of the own-input case by hand: fixed running cost × wage index + tokens × adoption × API price index, × (1 + contingency). */
  function byHand(b: Built, uplift: number, fixedFactor: number, contingency: number, ramp = 6) {
    const tokens = call("INFERENCE", "gpt-4.1-mini", 300_000_000, 100_000_000, 500_000, 0, 0, DATE) as number;
    const decline = b.num("ApiPriceDeclinePerYear");
    const wage = b.num("WageInflation");
    const rate = Math.pow(1 + b.num("DiscountRate"), 1 / 12) - 1;
    const upfront = 150_000 * (1 + contingency);
    const flows: number[] = [];
    for (let m = 1; m <= 36; m++) {
      const adoption = ramp <= 0 ? 1 : Math.min(1, m / ramp);
      const cost = (8_000 * fixedFactor * Math.pow(1 + wage, Math.floor((m - 1) / 12)) + tokens * adoption * Math.pow(1 - decline, (m - 1) / 12)) * (1 + contingency);
      flows.push(((10_000_000 * uplift * 0.3) / 12) * adoption - cost);
    }
    const npv = flows.reduce((sum, f, i) => sum + f / Math.pow(1 + rate, i + 1), -upfront);
    return { flows, npv, upfront };
  }

  test("own inputs: NPV by hand, the scenarios move cost as well as benefit, API cost follows adoption", () => {
    const b = build(["roi-business-case"]);
    const loaded = (s: string) => b.num(`LoadedCostPerFteMonth${s}`);
    expect(b.num("NetPresentValue", ROI)).toBeCloseTo(byHand(b, 0.09, 1, b.num("Contingency")).npv, 4);
    expect(b.num("NetPresentValue_Low", ROI)).toBeCloseTo(byHand(b, 0.03, loaded("_High") / loaded("_Base"), b.num("Contingency_High")).npv, 4);
    expect(b.num("NetPresentValue_High", ROI)).toBeCloseTo(byHand(b, 0.15, loaded("_Low") / loaded("_Base"), b.num("Contingency_Low")).npv, 4);
    expect(b.cell(ROI, "Costs read from")).toBe("own inputs below (no use-case sheet in the workbook)");
    const base = b.cell(ROI, COST) as number;
    const scenario = b.wb.sheets[0].cells.find((c) => c.value === "Base" && c.style === "input")!;
    b.model.set(scenario.address, "Low", ROI);
    expect(b.cell(ROI, COST) as number).toBeGreaterThan(base);
    b.model.set(scenario.address, "High", ROI);
    expect(b.cell(ROI, COST) as number).toBeLessThan(base);
    expect(b.value("MasterCheck", ROI)).toBe("OK");
  });

  test("IRR: the NPV of the flows at the IRR is 0, with the set-up at month 0", () => {
    const b = build(["roi-business-case"]);
    const irr = b.num("InternalRateOfReturn", ROI);
    const monthly = Math.pow(1 + irr, 1 / 12) - 1;
    const flows = b.row(ROI, "Net cash flow") as number[];
    expect(flows).toHaveLength(36);
    const upfront = 150_000 * (1 + b.num("Contingency"));
    expect(flows.reduce((sum, f, i) => sum + f / Math.pow(1 + monthly, i + 1), -upfront)).toBeCloseTo(0, 4);
    expect(b.num("InternalRateOfReturn_High", ROI)).toBeGreaterThan(irr);
  });

  test("a 0-month ramp is immediate adoption: NPV by hand, no error", () => {
    const b = build(["roi-business-case"]);
    b.setName("RampMonths", 0, ROI);
    expect(b.num("NetPresentValue", ROI)).toBeCloseTo(byHand(b, 0.09, 1, b.num("Contingency"), 0).npv, 4);
    noNamedErrors(b, ROI);
  });

  test("with the use-case sheets in the workbook: their budget blocks are the costs, converted, and the sheet says so", () => {
    const b = build([...USE_CASES, "roi-business-case"]);
    const sheets = b.wb.inserted.slice(0, 5).map((i) => i.sheets[0]);
    expect(b.cell(ROI, "Costs read from")).toBe("the use-case sheets in the workbook (5)");
    const oneOff = sheets.reduce((sum, s) => sum + b.num("OneOffCost_Catalog", s), 0);
    const tokens = sheets.reduce((sum, s) => sum + b.num("MonthlyTokenCost_Catalog", s), 0);
    const whole = sheets.reduce((sum, s) => sum + b.num("MonthlyCost_Catalog", s), 0);
    const wholeHigh = sheets.reduce((sum, s) => sum + b.num("MonthlyCost_High", s), 0);
    expect(b.cell(ROI, "One-off set-up with contingency")).toBeCloseTo(oneOff * (1 + b.num("Contingency")), 6);
    expect(b.cell(ROI, "Model cost per month at full adoption (follows adoption)")).toBeCloseTo(tokens, 6);
    expect(b.cell(ROI, "Whole running cost per month at full adoption", "D")).toBeCloseTo(whole, 6);
    expect(b.cell(ROI, "Whole running cost per month at full adoption", "C")).toBeCloseTo(wholeHigh, 6);
    expect(b.num("NetPresentValue_Low", ROI)).toBeLessThanOrEqual(b.num("NetPresentValue", ROI));
    expect(b.num("NetPresentValue", ROI)).toBeLessThanOrEqual(b.num("NetPresentValue_High", ROI));
    expect(b.value("MasterCheck", ROI)).toBe("OK");
  });

  test("the accounting view: set-up capitalised and amortised, running cost expensed, P&L over the life = cash", () => {
    const b = build(["roi-business-case"]);
    const upfront = 150_000 * (1 + b.num("Contingency"));
    expect(b.num("CapitalisedCost", ROI)).toBeCloseTo(upfront, 6);
    expect(b.num("AnnualAmortisation", ROI)).toBeCloseTo(upfront / 3, 6);
    const cash = [1, 2, 3].map((y) => b.num(`Cash_Year${y}`, ROI));
    const pnl = [1, 2, 3].map((y) => b.num(`PnL_Year${y}`, ROI));
    expect(cash[0] - pnl[0]).toBeCloseTo(upfront - upfront / 3, 6);
    expect(pnl.reduce((a, c) => a + c, 0)).toBeCloseTo(cash.reduce((a, c) => a + c, 0), 6);
    expect(cash.reduce((a, c) => a + c, 0)).toBeCloseTo(b.cell(ROI, COST) as number, 6);
    expect(b.value("AccountingReconciliation", ROI)).toBe("OK");
  });
});

describe("acquisition and win-back: a benefit and a payback", () => {
  test("acquisition: customers × uplift × margin, cost per acquired customer, payback of the one-off", () => {
    const b = build(["acquisition"]);
    const s = "Acquisition";
    expect(b.num("VolumePerMonth", s)).toBe(50_000);
    expect(b.num("CustomersPerMonth", s)).toBeCloseTo(2_500, 9);
    expect(b.num("MonthlyBenefit", s)).toBeCloseTo(2_500 * 0.1 * 200, 9);
    expect(b.num("CostPerCustomer_Catalog", s)).toBeCloseTo(b.num("MonthlyCost_Catalog", s) / 2_500, 9);
    expect(b.num("PaybackMonths", s)).toBeCloseTo(b.num("OneOffCost_Catalog", s) / (50_000 - b.num("MonthlyCost_Catalog", s)), 9);
    b.setName("Scenario", "Low");
    expect(b.num("MonthlyBenefit", s)).toBeCloseTo(50_000 * 0.02 * 0.05 * 100, 9);
    b.setName("VolumePerMonth", 0, s);
    expect(b.value("CostPerCustomer_Catalog", s)).toBe("no customers");
    expect(b.value("PaybackMonths", s)).toBe("never");
    noNamedErrors(b, s);
  });

  test("win-back: kept customers × (margin − offer cost), growth capped at every active customer", () => {
    const b = build(["win-back"]);
    const s = "Win-back";
    expect(b.num("VolumePerMonth", s)).toBe(20_000);
    expect(b.num("MonthlyBenefit", s)).toBeCloseTo(20_000 * 0.05 * (120 - 10), 9);
    expect(b.num("PaybackMonths", s)).toBeCloseTo(b.num("OneOffCost_Catalog", s) / (b.num("MonthlyBenefit", s) - b.num("MonthlyCost_Catalog", s)), 9);
    b.setName("MonthlyGrowth", 0.2, s);
    const messages = b.row(s, "Messages") as number[];
    expect(Math.max(...messages)).toBe(500_000);
    noNamedErrors(b, s);
    expect(b.value("MasterCheck", s)).toBe("OK");
  });
});
