import "../support/languages";
import { findTemplate, type RenderedTemplate } from "../../src/templates";
import { buildWorkbook } from "../../src/templates/workbook";
import { loadIntoEngine, type SheetModel } from "./sheet-engine";
import { expectOrderedRiskSheet, percentiles, riskNumber as num, setWorkbookName } from "./risk-sheet";

/**
 * Issue 20 on the use-case sheets: each inserts with its simulation sheet, linked to the sheet's own chain. Workbooks
 * are built as the pane builds them (buildWorkbook → renderForWorkbook) and recalculated in HyperFormula.
 */
const USE_CASES = ["complaint-redressal", "sentiment-analysis", "embedding-retrieval", "acquisition", "win-back"];

const build = (id: string, language: "en" | "ko" = "en", options = {}) => buildWorkbook([findTemplate(id)!], options, language);
/** The input cell of a labelled row on the simulation sheet (first value column, B). */
const simInput = (wb: RenderedTemplate, label: string) => {
  const row = wb.sheets[1].cells.find((c) => /^A\d+$/.test(c.address) && c.value === label);
  if (!row) throw new Error(`no row ${label}`);
  return `B${row.address.slice(1)}`;
};

describe.each(USE_CASES)("%s: the simulation sheet inserted with the use-case sheet", (id) => {
  test.each(["en", "ko"] as const)("P10 ≤ P50 ≤ P90, a probability, master check OK, identical on recalculation (%s)", (language) => {
    const wb = build(id, language);
    expect(wb.sheets).toHaveLength(3); // use-case sheet, its simulation, Assumptions
    const sim = wb.sheets[1].name;
    const model = loadIntoEngine(wb);
    const p = expectOrderedRiskSheet(model, sim);
    // the same workbook again, and this one after an input moved and moved back: the same figures to the last digit
    expect(percentiles(loadIntoEngine(wb), sim)).toEqual(p);
    const volume = simInput(build(id), "Volume, high-cost case");
    model.set(volume, 2, sim);
    expect(num(model, "MonthlyCost_P90", sim)).toBeGreaterThan(p.MonthlyCost_P90);
    model.set(volume, 1.5, sim);
    expect(percentiles(model, sim)).toEqual(p);
  });

  test("the all-Base chain is the use-case sheet's own cost, and P50 is near it when every range is symmetric", () => {
    const wb = build(id);
    const [sheet, sim] = [wb.sheets[0].name, wb.sheets[1].name];
    const model = loadIntoEngine(wb);
    const baseRow = wb.sheets[1].cells.find((c) => c.value === "Monthly cost with every driver at Base (whole cost, API)")!;
    const baseCase = () => model.at(`B${baseRow.address.slice(1)}`, sim) as number;
    expect(baseCase()).toBeCloseTo(num(model, "MonthlyCost_Catalog", sheet), 6);
    // symmetric ranges: every Assumptions driver ±40% of its Base, volume ±30%, tokens ±50% (the range block's)
    for (const driver of ["RunFteApi", "LoadedCostPerFteMonth", "ReviewFactor", "ReviewerCostPerHour"]) {
      const base = num(model, `${driver}_Base`, "Assumptions");
      setWorkbookName(model, wb, `${driver}_Low`, base * 0.6);
      setWorkbookName(model, wb, `${driver}_High`, base * 1.4);
    }
    model.set(simInput(wb, "Volume, high-cost case"), 1.3, sim);
    const p50 = num(model, "MonthlyCost_P50", sim);
    expect(Math.abs(p50 / baseCase() - 1)).toBeLessThan(0.03);
    expect(num(model, "MonthlyCost_P10", sim)).toBeLessThan(baseCase());
    expect(num(model, "MonthlyCost_P90", sim)).toBeGreaterThan(baseCase());
  });

  test("three-year totals and their percentiles move with ApiPriceDeclinePerYear", () => {
    const wb = build(id);
    const [sheet, sim] = [wb.sheets[0].name, wb.sheets[1].name];
    const model = loadIntoEngine(wb);
    const before = { total: num(model, "ThreeYearCost_Catalog", sheet), p50: num(model, "ThreeYearCost_P50", sim), monthly: num(model, "MonthlyCost_P50", sim) };
    setWorkbookName(model, wb, "ApiPriceDeclinePerYear_Base", 0.9);
    const after = { total: num(model, "ThreeYearCost_Catalog", sheet), p50: num(model, "ThreeYearCost_P50", sim), monthly: num(model, "MonthlyCost_P50", sim) };
    expect(after.total).toBeLessThan(before.total);
    expect(after.p50).toBeLessThan(before.p50);
    expect(after.monthly).toBe(before.monthly); // month 1 is at the price date
    expect(model.name("MasterCheckCode", sim)).toBe(0);
  });

  test("in won, the FX rate's range is a driver: the spread widens against the same sheet in USD", () => {
    const usd = build(id);
    const krw = build(id, "ko", { currency: "KRW", fxRate: 1400 });
    const spread = (wb: RenderedTemplate) => {
      const model = loadIntoEngine(wb);
      const sim = wb.sheets[1].name;
      return num(model, "MonthlyCost_P90", sim) / num(model, "MonthlyCost_P10", sim);
    };
    expect(spread(krw)).toBeGreaterThan(spread(usd) + 0.01);
  });
});

test("a second copy's simulation links to the second copy, not the first", () => {
  const wb = buildWorkbook([findTemplate("sentiment-analysis")!, findTemplate("sentiment-analysis")!], {}, "en");
  const sims = wb.inserted.map((i) => i.sheets[1]);
  expect(sims).toEqual(["Sentiment analysis risk", "Sentiment analysis risk (2)"]);
  const linked = wb.sheets.find((s) => s.name === sims[1])!.cells.filter((c) => (c.formula ?? "").includes("!"));
  expect(linked.length).toBeGreaterThan(5);
  expect(linked.every((c) => c.formula!.includes("'Sentiment analysis (2)'!"))).toBe(true);
  const model = loadIntoEngine(wb);
  const volume = wb.names.find((n) => n.name === "QueriesPerMonth" && n.sheet === "Sentiment analysis (2)")!;
  const p50 = num(model, "MonthlyCost_P50", sims[1]);
  model.set(volume.address.replace(/\$/g, ""), 150_000, "Sentiment analysis (2)");
  expect(num(model, "MonthlyCost_P50", sims[1])).toBeGreaterThan(p50);
  expect(num(model, "MonthlyCost_P50", sims[0])).toBe(num(model, "MonthlyCost_P50", sims[0]));
});

describe("api-vs-selfhost: prices fall in the projection, and the break-even follows", () => {
  const setOn = (model: SheetModel, wb: RenderedTemplate, label: string, column: string, to: unknown) => {
    const row = wb.sheets[0].cells.find((c) => /^A\d+$/.test(c.address) && c.value === label)!;
    model.set(`${column}${row.address.slice(1)}`, to, wb.sheets[0].name);
  };

  test("three-year totals and the break-even month move with ApiPriceDeclinePerYear and GpuPriceDeclinePerYear", () => {
    // a workload where self-hosting wins at flat prices (decision-templates.test.ts: gpt-4.1, 15% growth a month)
    const wb = build("api-vs-selfhost", "en", { choices: { model: "gpt-4.1" } });
    const sheet = wb.sheets[0].name;
    const model = loadIntoEngine(wb);
    setOn(model, wb, "Monthly growth of the workload", "B", 0.15);
    const api = () => num(model, "ThreeYearCost_Catalog", sheet);
    const breakEven = () => model.name("BreakEvenMonth", sheet);
    setWorkbookName(model, wb, "ApiPriceDeclinePerYear_Base", 0);
    setWorkbookName(model, wb, "GpuPriceDeclinePerYear_Base", 0);
    const [flat, flatMonth] = [api(), breakEven()];
    expect(typeof flatMonth).toBe("number");
    setWorkbookName(model, wb, "ApiPriceDeclinePerYear_Base", 0.5);
    expect(api()).toBeLessThan(flat);
    const later = breakEven();
    expect(later === "never" || (later as number) > (flatMonth as number)).toBe(true);
    setWorkbookName(model, wb, "ApiPriceDeclinePerYear_Base", 0);
    setWorkbookName(model, wb, "GpuPriceDeclinePerYear_Base", 0.6);
    expect(api()).toBe(flat);
    expect(breakEven() as number).toBeLessThan(flatMonth as number);
    expect(typeof model.name("BreakEvenMonthWholeCost", sheet)).not.toBe("object");
    expect(model.name("MasterCheckCode", sheet)).toBe(0);
  });

  test("owned GPUs: bought once for the busiest month, their residual value credited in the three-year cost", () => {
    const wb = build("api-vs-selfhost");
    const sheet = wb.sheets[0].name;
    const model = loadIntoEngine(wb);
    setOn(model, wb, "Option in the budget", "E", "Self-hosted");
    const rented = { oneOff: num(model, "OneOffCost_Chosen", sheet), three: num(model, "ThreeYearCost_Chosen", sheet) };
    setOn(model, wb, "GPUs rented or owned", "D", "owned");
    const oneOff = num(model, "OneOffCost_Chosen", sheet);
    // one H100 at its dated street price (llama-3.1-8b fits one GPU) serves the busiest month, and the standby replica
    // (StandbyReplicas on Assumptions, 1) is bought with it
    const bought = 1 + num(model, "StandbyReplicas", "Assumptions");
    expect(bought).toBe(2);
    expect(oneOff - rented.oneOff).toBeCloseTo(30_000 * bought, 6);
    const three = num(model, "ThreeYearCost_Chosen", sheet);
    setWorkbookName(model, wb, "GpuPriceDeclinePerYear_Base", 0.5);
    // a faster fall of GPU prices leaves less to sell the GPUs for: 30,000 × GPUs × ((1 − 0.1)^3 − (1 − 0.5)^3) more
    expect(num(model, "ThreeYearCost_Chosen", sheet) - three).toBeCloseTo(30_000 * bought * (0.9 ** 3 - 0.5 ** 3), 2);
    expect(model.name("MasterCheckCode", sheet)).toBe(0);
  });

  test("a model that does not fit gives its reason as the break-even, never a month or never", () => {
    const wb = build("api-vs-selfhost", "en", { choices: { openModel: "llama-3.1-405b", gpu: "h100-sxm" } });
    const model = loadIntoEngine(wb);
    for (const name of ["BreakEvenMonth", "BreakEvenMonthWholeCost"]) expect(String(model.name(name, wb.sheets[0].name))).toMatch(/does not fit/);
  });
});

describe("prompt-techniques: the risk sheet draws the budgeted technique's cost", () => {
  const id = "prompt-techniques";
  const baseOf = (model: SheetModel, wb: RenderedTemplate) => {
    const sim = wb.sheets[1].name;
    const row = (label: string) => wb.sheets[1].cells.find((c) => c.value === label)!;
    return {
      monthly: model.at(`B${row("Monthly cost with every driver at Base (budgeted technique)").address.slice(1)}`, sim) as number,
      three: model.at(`B${row("Three-year cost with every driver at Base (budgeted technique)").address.slice(1)}`, sim) as number,
    };
  };
  /** Sets the techniques sheet's "Technique in the budget" (its shared column, B). */
  const budget = (model: SheetModel, wb: RenderedTemplate, technique: string) => {
    const row = wb.sheets[0].cells.find((c) => /^A\d+$/.test(c.address) && c.value === "Technique in the budget")!;
    model.set(`B${row.address.slice(1)}`, technique, wb.sheets[0].name);
  };

  test.each(["en", "ko"] as const)("P10 ≤ P50 ≤ P90, a probability, master check OK, identical on recalculation (%s)", (language) => {
    const wb = build(id, language);
    expect(wb.sheets).toHaveLength(3);
    const sim = wb.sheets[1].name;
    expect(sim).toBe(language === "en" ? "Prompt techniques risk" : "프롬프트 기법 위험");
    const model = loadIntoEngine(wb);
    const p = expectOrderedRiskSheet(model, sim);
    expect(percentiles(loadIntoEngine(wb), sim)).toEqual(p);
    const volume = simInput(build(id), "Volume, high-cost case");
    model.set(volume, 2, sim);
    expect(num(model, "MonthlyCost_P90", sim)).toBeGreaterThan(p.MonthlyCost_P90);
    model.set(volume, 1.5, sim);
    expect(percentiles(model, sim)).toEqual(p);
  });

  test("the all-Base chain is the budgeted technique's own cost, and P50 is near it when every range is symmetric", () => {
    const wb = build(id);
    const [sheet, sim] = [wb.sheets[0].name, wb.sheets[1].name];
    const model = loadIntoEngine(wb);
    // the cheapest technique by default: the sheet's headline figure
    expect(num(model, "MonthlyCost_Budgeted", sheet)).toBeCloseTo(num(model, "CheapestMonthlyCost", sheet), 9);
    expect(baseOf(model, wb).monthly).toBeCloseTo(num(model, "MonthlyCost_Budgeted", sheet), 6);
    expect(baseOf(model, wb).three).toBeCloseTo(num(model, "ThreeYearCost_Budgeted", sheet), 6);
    model.set(simInput(wb, "Volume, high-cost case"), 1.3, sim); // volume ±30%, tokens 0.5 / 1.5
    const p50 = num(model, "MonthlyCost_P50", sim);
    expect(Math.abs(p50 / baseOf(model, wb).monthly - 1)).toBeLessThan(0.03);
    expect(num(model, "MonthlyCost_P10", sim)).toBeLessThan(baseOf(model, wb).monthly);
    expect(num(model, "MonthlyCost_P90", sim)).toBeGreaterThan(baseOf(model, wb).monthly);
  });

  test.each(["Few-shot / in-context", "Retrieval (RAG)", "Fine-tuned model", "Continuous learning"])("budgeting %s: the chain follows it, its one-offs paid once in three years", (technique) => {
    const wb = build(id);
    const [sheet, sim] = [wb.sheets[0].name, wb.sheets[1].name];
    const model = loadIntoEngine(wb);
    const before = num(model, "MonthlyCost_P50", sim);
    budget(model, wb, technique);
    const column = wb.sheets[0].cells.find((c) => /^[C-I]\d+$/.test(c.address) && c.value === technique)!.address.replace(/\d+/, "");
    const monthlyRow = wb.names.find((n) => n.name === "Cost_FewShot")!.address.replace(/\$/g, "").replace(/^[A-Z]+/, "");
    expect(num(model, "MonthlyCost_Budgeted", sheet)).toBeCloseTo(model.at(`${column}${monthlyRow}`, sheet) as number, 9);
    expect(num(model, "MonthlyCost_P50", sim)).not.toBe(before);
    expect(baseOf(model, wb).monthly).toBeCloseTo(num(model, "MonthlyCost_Budgeted", sheet), 6);
    expect(baseOf(model, wb).three).toBeCloseTo(num(model, "ThreeYearCost_Budgeted", sheet), 6);
    // one-offs (training, corpus) once: three years cost less than 36 amortised months when the one-off is amortised over 12
    const oneOff = num(model, "OneOffCost_Budgeted", sheet);
    if (technique === "Fine-tuned model") {
      expect(oneOff).toBeGreaterThan(0);
      expect(num(model, "ThreeYearCost_Budgeted", sheet)).toBeLessThan(36 * num(model, "MonthlyCost_Budgeted", sheet));
    }
    expect(model.name("MasterCheckCode", sim)).toBe(0);
    expect(model.name("MasterCheckCode", sheet)).toBe(0);
  });

  test("three-year totals and their percentiles move with ApiPriceDeclinePerYear", () => {
    const wb = build(id);
    const [sheet, sim] = [wb.sheets[0].name, wb.sheets[1].name];
    const model = loadIntoEngine(wb);
    const before = { total: num(model, "ThreeYearCost_Budgeted", sheet), p50: num(model, "ThreeYearCost_P50", sim), monthly: num(model, "MonthlyCost_P50", sim) };
    setWorkbookName(model, wb, "ApiPriceDeclinePerYear_Base", 0.9);
    const after = { total: num(model, "ThreeYearCost_Budgeted", sheet), p50: num(model, "ThreeYearCost_P50", sim), monthly: num(model, "MonthlyCost_P50", sim) };
    expect(after.total).toBeLessThan(before.total);
    expect(after.p50).toBeLessThan(before.p50);
    expect(after.monthly).toBe(before.monthly);
    expect(model.name("MasterCheckCode", sim)).toBe(0);
    // flat prices and no refresh: the 36 months are 36 months at today's price
    setWorkbookName(model, wb, "ApiPriceDeclinePerYear_Base", 0);
    setWorkbookName(model, wb, "ModelRefreshPriceShare_Base", 1);
    expect(num(model, "ApiPriceIndex_Sum36", sheet)).toBeCloseTo(36, 9);
    expect(num(model, "ThreeYearCost_Budgeted", sheet)).toBeCloseTo(36 * num(model, "MonthlyCost_Budgeted", sheet), 6); // zero-shot: tokens only
  });

  test("in won, the FX rate's range is a driver: the spread widens against the same sheet in USD", () => {
    const spread = (wb: RenderedTemplate) => {
      const model = loadIntoEngine(wb);
      const sim = wb.sheets[1].name;
      expect(model.name("MasterCheckCode", sim)).toBe(0);
      return num(model, "MonthlyCost_P90", sim) / num(model, "MonthlyCost_P10", sim);
    };
    expect(spread(build(id, "ko", { currency: "KRW", fxRate: 1400 }))).toBeGreaterThan(spread(build(id)) + 0.01);
  });
});

describe.each(["complaint-redressal", "acquisition"])("%s: hidden reasoning tokens are drawn over ReasoningOutputMultiple (Assumptions)", (id) => {
  /** The use-case sheet's "Reasoning tokens per request (hidden)" input, in its API column (C). */
  const reasoningCell = (wb: RenderedTemplate) => `C${wb.sheets[0].cells.find((c) => /^A\d+$/.test(c.address) && c.value === "Reasoning tokens per request (hidden)")!.address.slice(1)}`;
  const closeRange = (model: SheetModel, wb: RenderedTemplate) => {
    const base = num(model, "ReasoningOutputMultiple_Base", "Assumptions");
    setWorkbookName(model, wb, "ReasoningOutputMultiple_Low", base);
    setWorkbookName(model, wb, "ReasoningOutputMultiple_High", base);
  };

  test("the range is the data file's, on Assumptions, with its source date", () => {
    const wb = build(id);
    const model = loadIntoEngine(wb);
    expect(["Low", "Base", "High"].map((c) => num(model, `ReasoningOutputMultiple_${c}`, "Assumptions"))).toEqual([1, 3, 20]);
    const row = wb.sheets.find((s) => s.name === "Assumptions")!.cells.find((c) => /^A\d+$/.test(c.address) && String(c.value).startsWith("Reasoning-output multiple"))!;
    const note = wb.sheets.find((s) => s.name === "Assumptions")!.cells.find((c) => c.address.slice(1) === row.address.slice(1) && String(c.value).includes("2026-02-20"));
    expect(note).toBeDefined();
  });

  test("a model that does not reason (0 reasoning tokens) is not moved by the multiple's range", () => {
    const wb = build(id);
    const [sheet, sim] = [wb.sheets[0].name, wb.sheets[1].name];
    const model = loadIntoEngine(wb);
    expect(num(model, "ReasoningTokenCost_Catalog", sheet)).toBe(0);
    const p = percentiles(model, sim);
    setWorkbookName(model, wb, "ReasoningOutputMultiple_High", 40);
    expect(percentiles(model, sim)).toEqual(p);
  });

  test("with reasoning tokens the all-Base chain is still the sheet's cost, and the multiple's range widens the spread", () => {
    const wb = build(id);
    const [sheet, sim] = [wb.sheets[0].name, wb.sheets[1].name];
    const model = loadIntoEngine(wb);
    const tokensWithout = num(model, "MonthlyTokenCost_Catalog", sheet);
    model.set(reasoningCell(wb), 1000, sheet);
    // the reasoning part is exactly what the tokens added to the month's token cost
    expect(num(model, "ReasoningTokenCost_Catalog", sheet)).toBeCloseTo(num(model, "MonthlyTokenCost_Catalog", sheet) - tokensWithout, 6);
    expect(num(model, "ReasoningTokenCost_Catalog", sheet)).toBeGreaterThan(0);
    expect(model.name("MasterCheckCode", sim)).toBe(0); // the all-Base ties hold with the reasoning part split off
    const wide = percentiles(model, sim);
    // the sheet's own Low / High columns read the same range: no reasoning in the low-cost case, 9.5× in the high-cost one
    const range = { low: num(model, "MonthlyCost_Low", sheet), high: num(model, "MonthlyCost_High", sheet) };
    closeRange(model, wb);
    const closed = percentiles(model, sim);
    expect(num(model, "MonthlyCost_Low", sheet)).toBeGreaterThan(range.low);
    expect(num(model, "MonthlyCost_High", sheet)).toBeLessThan(range.high);
    expect(model.name("MasterCheckCode", sim)).toBe(0);
    expect(wide.MonthlyCost_P90).toBeGreaterThan(closed.MonthlyCost_P90);
    // the range is skewed (1× / 3× / 20×: the mode at Base, a long upper tail), so the whole spread widens and moves up
    expect(wide.MonthlyCost_P90 - wide.MonthlyCost_P10).toBeGreaterThan(closed.MonthlyCost_P90 - closed.MonthlyCost_P10);
    expect(wide.ThreeYearCost_P90).toBeGreaterThan(closed.ThreeYearCost_P90);
  });
});

describe("sentiment-analysis: Claude Opus 4.7 as the sheet's model draws its tokenizer drift on the API tokens", () => {
  const opus = () => build("sentiment-analysis", "en", { choices: { model: "claude-opus-4-7" } });
  /** The drift's three cells on the risk sheet (the data file's range when the model is Opus 4.7, else 1 / 1 / 1). */
  const driftCells = (wb: RenderedTemplate) => ["Low", "Base", "High"].map((c) => simInput(wb, `Tokenizer drift, ${c}`));
  const baseCase = (model: SheetModel, wb: RenderedTemplate) => model.at(simInput(wb, "Monthly cost with every driver at Base (whole cost, API)"), wb.sheets[1].name) as number;

  test("the range is forecast-drivers.json's, it widens P90 over the same sheet without drift, and all-Base is the sheet's own cost with the drift's Base taken out", () => {
    const wb = opus();
    const [sheet, sim] = [wb.sheets[0].name, wb.sheets[1].name];
    const model = loadIntoEngine(wb);
    expect(model.name("ApiModel", sheet)).toBe("claude-opus-4-7");
    expect(driftCells(wb).map((cell) => model.at(cell, sim))).toEqual([1, 1.175, 1.35]);
    expect(model.name("MasterCheckCode", sim)).toBe(0); // both tie checks hold with the drift in
    const tokens = num(model, "MonthlyTokenCost_Catalog", sheet);
    expect(tokens).toBeGreaterThan(0);
    expect(baseCase(model, wb)).toBeCloseTo(num(model, "MonthlyCost_Catalog", sheet) + tokens * 0.175, 6);
    const drifted = percentiles(model, sim);
    // the same sheet, same model, its drift typed as 1 / 1 / 1 (counts made with the Opus 4.7 tokenizer itself)
    for (const cell of driftCells(wb)) model.set(cell, 1, sim);
    expect(baseCase(model, wb)).toBeCloseTo(num(model, "MonthlyCost_Catalog", sheet), 6);
    expect(model.name("MasterCheckCode", sim)).toBe(0);
    const flat = percentiles(model, sim);
    expect(drifted.MonthlyCost_P90).toBeGreaterThan(flat.MonthlyCost_P90);
    expect(drifted.ThreeYearCost_P90).toBeGreaterThan(flat.ThreeYearCost_P90);
  });

  test("another model (claude-opus-4-6, or the default) has no drift: its percentiles are those of the driver made inert", () => {
    for (const wb of [build("sentiment-analysis", "en", { choices: { model: "claude-opus-4-6" } }), build("sentiment-analysis")]) {
      const sim = wb.sheets[1].name;
      const model = loadIntoEngine(wb);
      expect(driftCells(wb).map((cell) => model.at(cell, sim))).toEqual([1, 1, 1]);
      const p = percentiles(model, sim);
      // the driver is last in the order, so widening its (unused) range cannot move another driver's draws either
      model.set(driftCells(wb)[2], 1.35, sim);
      expect(percentiles(model, sim).MonthlyCost_P90).toBeGreaterThan(p.MonthlyCost_P90);
      model.set(driftCells(wb)[2], 1, sim);
      expect(percentiles(model, sim)).toEqual(p);
    }
  });
});
