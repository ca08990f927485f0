import { findTemplate, TEMPLATES, type RenderedTemplate, type TemplateSpec } from "../../src/templates";
import { ASSUMPTION_NAMES, DRIVERS, withAssumptions } from "../../src/templates/assumptions";
import { FINETUNE_MODELS, RETIRED_FINETUNE_MODELS } from "../../src/templates/lists";
import { buildWorkbook } from "../../src/templates/workbook";
import { budgetVsActualTemplate } from "../../src/templates/catalog/budget-vs-actual";
import { main } from "../../scripts/template-cli";
import { sheetTextIn } from "../support/languages";
import { isError, loadIntoEngine, type SheetModel } from "./sheet-engine";

/**
 * Issue 22: the inserted sheets are one model. Workbooks are built as the pane builds them (buildWorkbook, the code
 * behind `npm run template -- <id> <id> …`) and recalculated in HyperFormula with the shipped functions.
 */
const USE_CASES = ["complaint-redressal", "sentiment-analysis", "embedding-retrieval", "acquisition", "win-back"];
const templates = (ids: string[]): TemplateSpec[] => ids.map((id) => findTemplate(id)!);
const sheetNamed = (wb: RenderedTemplate, name: string) => wb.names.find((n) => n.name === name)!.sheet;
const value = (model: SheetModel, wb: RenderedTemplate, name: string, sheet?: string) => model.name(name, sheet ?? sheetNamed(wb, name));
const setDriver = (model: SheetModel, wb: RenderedTemplate, name: string, to: number) => {
  const n = wb.names.find((x) => x.workbook && x.name === name)!;
  model.set(n.address.replace(/\$/g, ""), to, n.sheet);
};
/** A decision text as the sheet shows it, in the sheet's language. */
const shown = (text: string, language: "en" | "ko") => sheetTextIn(text, language);
const DECISIONS = ["API", "Self-hosted", "about the same", "n/a"];

describe("one Assumptions sheet", () => {
  const wb = buildWorkbook(templates([...USE_CASES, "complaint-redressal"]), {}, "en");

  test("the first insertion creates it with every driver; later ones add nothing and say so", () => {
    expect(wb.sheets.filter((s) => s.name.startsWith("Assumptions")).map((s) => s.name)).toEqual(["Assumptions"]);
    expect(wb.inserted[0].assumptions).toEqual({ sheet: "Assumptions", created: true, added: DRIVERS.map((d) => d.name) });
    for (const later of wb.inserted.slice(1)) expect(later.assumptions).toEqual({ sheet: "Assumptions", created: false, added: [] });
    const workbookNames = wb.names.filter((n) => n.workbook).map((n) => n.name);
    expect(workbookNames.sort()).toEqual([...ASSUMPTION_NAMES].sort());
  });

  test("the CLI prints that same workbook", () => {
    let out = "";
    expect(main([...USE_CASES, "complaint-redressal"], (t) => (out += t))).toBe(0);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(wb)));
  });

  test("an existing Assumptions sheet is never rewritten: only the missing drivers are added, below its last row", () => {
    const first = buildWorkbook(templates(["acquisition"]), {}, "en");
    const defined = first.names.filter((n) => n.workbook && !n.name.startsWith("ReviewFactor")).map((n) => ({ name: n.name, refersTo: `='${n.sheet}'!${n.address}` }));
    const bare = { ...first, sheets: first.sheets.filter((s) => s.name !== "Assumptions"), names: first.names.filter((n) => !n.workbook) };
    const added = withAssumptions(bare, defined, {}, "en");
    expect(added.assumptions).toEqual({ sheet: "Assumptions", created: false, added: ["ReviewFactor"] });
    const appended = added.sheets.find((s) => s.appendTo)!;
    const lastRow = Math.max(...defined.map((n) => Number(/(\d+)$/.exec(n.refersTo)![1])));
    expect(Math.min(...appended.cells.map((c) => Number(/\d+$/.exec(c.address)![0])))).toBeGreaterThan(lastRow);
    expect(added.names.filter((n) => n.workbook).map((n) => n.name).sort()).toEqual(["ReviewFactor", "ReviewFactor_Base", "ReviewFactor_High", "ReviewFactor_Low"]);
  });

  test("changing a driver on Assumptions moves every sheet that reads it", () => {
    const model = loadIntoEngine(wb);
    const before = USE_CASES.map((id, i) => value(model, wb, "MonthlyCost_Catalog", wb.inserted[i].sheets[0]) as number);
    const loaded = value(model, wb, "LoadedCostPerFteMonth_Base") as number;
    setDriver(model, wb, "LoadedCostPerFteMonth_Base", loaded + 1000);
    USE_CASES.forEach((id, i) => {
      const after = value(model, wb, "MonthlyCost_Catalog", wb.inserted[i].sheets[0]) as number;
      expect({ id, moved: Math.round((after - before[i]) * 100) / 100 }).toEqual({ id, moved: 250 }); // 0.25 FTE × 1,000
    });
  });
});

describe.each(USE_CASES)("%s: ranges over the real drivers, through short formulas", (id) => {
  const wb = buildWorkbook(templates([id]), {}, "en");
  const sheet = wb.sheets[0].name;
  test("Low ≤ Base ≤ High, and the range moves when an Assumptions driver moves", () => {
    const model = loadIntoEngine(wb);
    const low = model.name("MonthlyCost_Low", sheet) as number;
    const high = model.name("MonthlyCost_High", sheet) as number;
    const base = model.name("MonthlyCost_Catalog", sheet) as number;
    expect(low).toBeLessThanOrEqual(base);
    expect(base).toBeLessThanOrEqual(high);
    setDriver(model, wb, "RunFteApi_High", 1);
    expect((model.name("MonthlyCost_High", sheet) as number) - high).toBeCloseTo((1 - 0.5) * (value(model, wb, "LoadedCostPerFteMonth_High") as number), 6);
    expect(model.name("MonthlyCost_Catalog", sheet)).toBeCloseTo(base, 6);
  });
  test("the Scenario switch moves the sheet's main figures to the range's column", () => {
    const model = loadIntoEngine(wb);
    const high = model.name("MonthlyCost_High", sheet) as number;
    const scenario = wb.names.find((n) => n.name === "Scenario")!;
    model.set(scenario.address.replace(/\$/g, ""), "High", scenario.sheet);
    // people, review and GPU drivers follow the switch; the sheet's own token ranges stay in the range block
    expect(model.name("MonthlyCost_Catalog", sheet) as number).toBeGreaterThan(model.name("MonthlyTokenCost_Catalog", sheet) as number);
    expect(model.name("MonthlyCost_Catalog", sheet) as number).toBeLessThanOrEqual(high + 0.005);
    expect(model.name("MasterCheck", sheet)).toBe("OK");
  });
});

const longFormulas = (wb: ReturnType<typeof buildWorkbook>) => wb.sheets.flatMap((s) => s.cells.filter((c) => (c.formula ?? "").length > 250).map((c) => `${s.name}!${c.address} (${c.formula!.length})`));

describe("no formula over 250 characters", () => {
  // every template, so a new one is held to the rule the day it is added
  test.each(TEMPLATES.map((t) => t.id))("%s", (id) => {
    expect(longFormulas(buildWorkbook(templates([id]), {}, "en"))).toEqual([]);
  });

  test("budget-vs-actual with four billing currencies and every kind of line (its bill measures are per-currency helper columns, summed)", () => {
    const line = { month: "2026-10-01", provider: "openai", model: "gpt-4.1-mini", team: "(unassigned)", tier: "standard" };
    const spec = budgetVsActualTemplate({
      lines: [line, { ...line, charge: "tax" }, { ...line, model: "claude-sonnet-4-5", provider: "anthropic", region: "us", speed: "fast" }],
      budget: [{ month: "2026-10-01", model: "gpt-4.1-mini", team: "", tokens: 0, amount: 100, currency: "EUR" }],
      currencies: ["USD", "EUR", "JPY", "KRW"],
    });
    const wb = buildWorkbook([spec], { currency: "KRW", fxRate: 1400 }, "en");
    expect(wb.sheets[0].cells.some((c) => c.formula?.includes("FxPlan_KRW"))).toBe(true);
    expect(longFormulas(wb)).toEqual([]);
  });
});

/** Stress cases: no named output an error, decisions follow the numbers, in English and Korean. */
/** Sets the input labelled `label` (English) in the first value column; a Korean sheet has the same layout. */
const setInput = (model: SheetModel, sheet: string, id: string, label: string, to: number) => {
  const english = buildWorkbook(templates([id]), {}, "en").sheets[0];
  const row = english.cells.find((c) => c.address.startsWith("A") && c.value === label);
  if (!row) throw new Error(`no row ${label} on ${id}`);
  // the row's input cell: the first value column that holds one (B for most inputs, C for a catalog-only input)
  const input = english.cells.find((c) => c.style === "input" && c.address !== row.address && c.address.replace(/^[A-Z]+/, "") === row.address.slice(1));
  model.set(input ? input.address : `B${row.address.slice(1)}`, to, sheet);
};
/** The 36 period values of the projection row labelled `label` (English; a Korean sheet has the same layout) on the first sheet. */
const periodValues = (model: SheetModel, wb: RenderedTemplate, id: string, label: string): unknown[] => {
  const row = buildWorkbook(templates([id]), {}, "en").sheets[0].cells.filter((c) => c.address.startsWith("A") && c.value === label).pop()!.address.slice(1);
  return wb.sheets[0].cells.filter((c) => /^([F-Z]|A[A-Z])\d+$/.test(c.address) && c.address.slice(c.address.search(/\d/)) === row && c.formula).map((c) => model.at(c.address, wb.sheets[0].name));
};
/** The input that sets how many tokens one request carries, per use case (set absurdly high in a stress case). */
const TOKENS_PER_REQUEST: Record<string, string> = {
  "complaint-redressal": "Tokens per conversation (input + output)",
  "sentiment-analysis": "Input tokens per query",
  "embedding-retrieval": "Retrieved context per query",
  acquisition: "Lead record and product facts per message",
  "win-back": "Customer history per message",
};
const VOLUME: Record<string, string> = {
  "complaint-redressal": "Conversations per month (month 1)",
  "sentiment-analysis": "Queries per month (month 1)",
  "embedding-retrieval": "Queries per month (month 1)",
  acquisition: "New leads per month",
  "win-back": "Customers flagged as churn risk per month",
};
interface Stress {
  what: string;
  choices?: Record<string, string>;
  set?: (model: SheetModel, sheet: string, id: string) => void;
  /** The risk sheet has no number to draw in this case (its percentiles read n/a and its checks fail). */
  riskNa?: boolean;
}
const STRESS: Stress[] = [
  { what: "zero volume", set: (model, sheet, id) => setInput(model, sheet, id, VOLUME[id], 0) },
  { what: "llama-3.1-405b on h100-sxm", choices: { openModel: "llama-3.1-405b", gpu: "h100-sxm" } },
  { what: "20% monthly growth", set: (model, sheet, id) => setInput(model, sheet, id, "Monthly growth of requests", 0.2) },
  { what: "10M queries a day (sentiment: 300M a month) or a huge volume", set: (model, sheet, id) => setInput(model, sheet, id, VOLUME[id], 300_000_000) },
  { what: "a billion tokens in one request (longer than any context window)", set: (model, sheet, id) => setInput(model, sheet, id, TOKENS_PER_REQUEST[id], 1e9) },
];

describe.each(["en", "ko"] as const)("stress cases in %s", (language) => {
  describe.each(USE_CASES)("%s", (id) => {
    test.each(STRESS.map((s) => [s.what, s] as const))("%s: no named output is an error, the decision follows the numbers", (_what, stress) => {
      const wb = buildWorkbook(templates([id]), { choices: stress.choices }, language);
      const sheet = wb.sheets[0].name;
      const model = loadIntoEngine(wb);
      stress.set?.(model, sheet, id);
      const errors = wb.names.filter((n) => !n.address.includes(":")).map((n) => ({ name: n.name, value: model.name(n.name, n.sheet) })).filter((n) => isError(n.value));
      expect(errors).toEqual([]);
      const cheaper = wb.sheets[0].cells.find((c) => (c.formula ?? "").includes("Materiality*MAX(ThreeYearCost"))!;
      const say = (t: string) => shown(t, language);
      const text = model.at(cheaper.address, sheet) as string;
      const api = model.name("ThreeYearCost_Catalog", sheet);
      const self = model.name("ThreeYearCost_SelfHost", sheet);
      expect(DECISIONS.map(say)).toContain(text);
      if (typeof api === "number" && typeof self === "number") {
        const expected = Math.abs(api - self) <= 0.05 * Math.max(api, self) ? "about the same" : api < self ? "API" : "Self-hosted";
        expect(text).toBe(say(expected));
      } else expect(text).toBe(say("n/a"));
      expect(typeof model.name("MasterCheck", sheet)).toBe("string");
      expect([0, 1, 2]).toContain(model.name("MasterCheckCode", sheet));
      // no cell of the sheet's outputs is an Excel error either (sentiment's guide ÷ catalog read #DIV/0! at zero volume)
      const outputs = wb.sheets[0].cells.filter((c) => c.style === "output").map((c) => ({ address: c.address, value: model.at(c.address, sheet) }));
      expect(outputs.filter((c) => isError(c.value))).toEqual([]);
    });
  });
});

/** API vs self-host and its risk sheet under the same stress: every named output of both sheets a number or a text. */
const API_STRESS: Stress[] = [
  { what: "zero workload", set: (model, sheet) => ["Input tokens per month (month 1)", "Output tokens per month (month 1)", "Requests per month (month 1)"].forEach((label) => setInput(model, sheet, "api-vs-selfhost", label, 0)) },
  { what: "llama-3.1-405b on h100-sxm", choices: { openModel: "llama-3.1-405b", gpu: "h100-sxm" } },
  { what: "20% monthly growth", set: (model, sheet) => setInput(model, sheet, "api-vs-selfhost", "Monthly growth of the workload", 0.2) },
  { what: "a thousand times the volume", set: (model, sheet) => [["Input tokens per month (month 1)", 3e11], ["Output tokens per month (month 1)", 1e11], ["Requests per month (month 1)", 5e8]].forEach(([label, to]) => setInput(model, sheet, "api-vs-selfhost", label as string, to as number)) },
  { what: "Claude Opus 4.7 (tokenizer drift drawn)", choices: { model: "claude-opus-4-7" } },
  { what: "300M input tokens in one request (longer than the context window)", set: (model, sheet) => setInput(model, sheet, "api-vs-selfhost", "Requests per month (month 1)", 1) },
  // the API cost waits for a request count, so the risk sheet has nothing to draw: its percentiles read n/a
  { what: "tokens above 0 with 0 requests", set: (model, sheet) => setInput(model, sheet, "api-vs-selfhost", "Requests per month (month 1)", 0), riskNa: true },
];
describe.each(["en", "ko"] as const)("api-vs-selfhost stress cases in %s", (language) => {
  test.each(API_STRESS.map((s) => [s.what, s] as const))("%s: no named output of the sheet or its risk sheet is an error", (_what, stress) => {
    const wb = buildWorkbook(templates(["api-vs-selfhost"]), { choices: stress.choices }, language);
    const [sheet, sim] = [wb.sheets[0].name, wb.sheets[1].name];
    const model = loadIntoEngine(wb);
    stress.set?.(model, sheet, "api-vs-selfhost");
    const errors = wb.names.filter((n) => !n.address.includes(":")).map((n) => ({ name: n.name, value: model.name(n.name, n.sheet) })).filter((n) => isError(n.value));
    expect(errors).toEqual([]);
    const p = ["MonthlyCost_P10", "MonthlyCost_P50", "MonthlyCost_P90"].map((name) => model.name(name, sim) as number);
    if (stress.riskNa) return expect([...p, model.name("MasterCheckCode", sim)]).toEqual([...p.map(() => sheetTextIn("n/a: see the checks", language)), 1]);
    expect(p[0]).toBeLessThanOrEqual(p[1]);
    expect(p[1]).toBeLessThanOrEqual(p[2]);
    expect(typeof model.name("MasterCheck", sim)).toBe("string");
  });
});

describe("edge cases of the decision sheets", () => {
  test("a 0-month ramp is immediate adoption: every named output of the business case is a number or a text, never an error", () => {
    const wb = buildWorkbook(templates(["roi-business-case"]), {}, "en");
    const model = loadIntoEngine(wb);
    const sheet = wb.sheets[0].name;
    model.setName("RampMonths", 0);
    const errors = wb.names.filter((n) => !n.address.includes(":")).map((n) => ({ name: n.name, value: model.name(n.name, n.sheet) })).filter((n) => isError(n.value));
    expect(errors).toEqual([]);
    expect(model.name("MasterCheck", sheet)).toBe("OK");
  });

  test.each(["en", "ko"] as const)("a request longer than the open model's context window (%s): ReplicaUtilization and the self-hosted cost say so, the decisions read n/a", (language) => {
    const wb = buildWorkbook(templates(["api-vs-selfhost"]), {}, language);
    const sheet = wb.sheets[0].name;
    const model = loadIntoEngine(wb);
    expect(typeof model.name("ReplicaUtilization", sheet)).toBe("number");
    setInput(model, sheet, "api-vs-selfhost", "Requests per month (month 1)", 1); // 300M input tokens in one request
    const why = sheetTextIn("n/a: one request is longer than the open model's context window", language);
    expect([model.name("ReplicaUtilization", sheet), model.name("SelfHostMonthlyCost", sheet)]).toEqual([why, why]);
    expect(model.name("MasterCheck", sheet)).toBe(sheetTextIn("ERROR", language));
    expect(model.name("MasterCheckCode", sheet)).toBe(1);
  });

  test.each(["en", "ko"] as const)("tokens above 0 with 0 requests (%s): every option says the request count is missing, the decisions read it, the master check fails", (language) => {
    const wb = buildWorkbook(templates(["api-vs-selfhost"]), {}, language);
    const sheet = wb.sheets[0].name;
    const model = loadIntoEngine(wb);
    setInput(model, sheet, "api-vs-selfhost", "Requests per month (month 1)", 0);
    const why = sheetTextIn("enter the requests per month: tokens above 0 need at least one request", language);
    const names = ["ApiMonthlyCost", "HostedOpenModelMonthlyCost", "SelfHostMonthlyCost", "MonthlyCost_Catalog", "MonthlyCost_Low", "MonthlyCost_High", "Year1Cost_Catalog", "ThreeYearCost_Catalog", "CostPerRequest_Catalog", "BreakEvenMonth", "BreakEvenMonthWholeCost", "BreakEvenTokens", "ReplicaUtilization", "MonthlyCost_Chosen"];
    expect(names.map((name) => [name, model.name(name, sheet)])).toEqual(names.map((name) => [name, why]));
    expect(model.name("MasterCheckCode", sheet)).toBe(1);
    // one request brings every figure back
    setInput(model, sheet, "api-vs-selfhost", "Requests per month (month 1)", 500_000);
    expect(typeof model.name("MonthlyCost_Catalog", sheet)).toBe("number");
    expect(model.name("MasterCheckCode", sheet)).toBe(0);
  });

  test.each(["acquisition", "complaint-redressal", "sentiment-analysis", "embedding-retrieval", "win-back", "api-vs-selfhost", "roi-business-case", "martech-lifecycle", "prompt-techniques", "price-table", "budget-vs-actual"])("%s: the master check is a text even when a check cell is an error", (id) => {
    const wb = buildWorkbook(templates([id]), {}, "en");
    const master = wb.sheets[0].cells.find((c) => c.address === wb.masterCheck.address)!;
    const code = wb.names.find((n) => n.name === "MasterCheckCode" && n.sheet === wb.masterCheck.sheet)!.address.replace(/\$/g, "");
    // the word is chosen by the code, and the code is a number whatever a check cell holds
    expect(master.formula).toBe(`=CHOOSE(${code}+1,"OK","ERROR","FORMATS SHOW USD")`);
    expect(wb.sheets[0].cells.find((c) => c.address === code)!.formula).toMatch(/^=(IFERROR\(|IF\(Currency)/);
  });
});

describe("growth stops at its cap, and the projection says so", () => {
  test.each(["en", "ko"] as const)("complaint redressal at 20%% a month reaches every owner once a month (%s)", (language) => {
    const wb = buildWorkbook(templates(["complaint-redressal"]), {}, language);
    const sheet = wb.sheets[0].name;
    const model = loadIntoEngine(wb);
    setInput(model, sheet, "complaint-redressal", "Monthly growth of requests", 0.2);
    const capped = periodValues(model, wb, "complaint-redressal", "Growth stopped at the cap");
    const requests = periodValues(model, wb, "complaint-redressal", "Conversations") as number[];
    expect(requests).toHaveLength(36);
    expect(Math.max(...requests)).toBe(5_000_000); // the guide's owners
    expect(capped[0]).toBe("");
    expect(capped[35]).toBe(shown("at the cap", language));
  });
});

describe("years and fiscal years", () => {
  test.each(USE_CASES)("%s: year 1 + year 2 + year 3 and the fiscal years both add up to the 36 months, with an April fiscal year too", (id) => {
    const wb = buildWorkbook(templates([id]), {}, "en");
    const sheet = wb.sheets[0].name;
    const model = loadIntoEngine(wb);
    const n = (name: string) => model.name(name, sheet) as number;
    for (const start of [1, 4]) {
      model.setName("FiscalYearStartMonth", start);
      for (const side of ["Catalog", "SelfHost"]) {
        const months = n(`ThreeYearCost_${side}`) - n(`OneOffCost_${side}`);
        expect(n(`Year1Cost_${side}`) - n(`OneOffCost_${side}`) + n(`Year2Cost_${side}`) + n(`Year3Cost_${side}`)).toBeCloseTo(months, 6);
      }
      const english = wb.sheets[0].cells;
      const fy = [1, 2, 3, 4].map((k) => english.find((c) => c.address.startsWith("A") && c.value === `Fiscal year ${k} of the projection`)!.address.slice(1));
      const api = fy.map((row) => model.at(`C${row}`, sheet) as number);
      expect(api.reduce((a, b) => a + b, 0)).toBeCloseTo(n("ThreeYearCost_Catalog") - n("OneOffCost_Catalog"), 6);
      // the price date is 2026-11-01, so month 1 is December 2026: a January fiscal year has 1 month in its first year
      expect(api[0]).toBeLessThan(api[1]);
      expect(model.name("MasterCheck", sheet)).toBe("OK");
    }
  });
});

describe("api-vs-selfhost: dated months, fiscal years and a growth cap", () => {
  test.each(["en", "ko"] as const)("at 20%% a month its requests stop at the cap with a note, tokens follow, the fiscal years add up to the 36 months (%s)", (language) => {
    const wb = buildWorkbook(templates(["api-vs-selfhost"]), {}, language);
    const sheet = wb.sheets[0].name;
    const model = loadIntoEngine(wb);
    setInput(model, sheet, "api-vs-selfhost", "Monthly growth of the workload", 0.2);
    const english = buildWorkbook(templates(["api-vs-selfhost"]), {}, "en").sheets[0].cells;
    const rowOf = (label: string) => english.filter((c) => c.address.startsWith("A") && c.value === label).pop()!.address.slice(1);
    const periods = (label: string) => periodValues(model, wb, "api-vs-selfhost", label);
    const requests = periods("Requests") as number[];
    const input = periods("Input tokens") as number[];
    expect(requests).toHaveLength(36);
    expect(Math.max(...requests)).toBe(10_000_000); // the cap's default
    requests.forEach((r, i) => expect(input[i]).toBeCloseTo((r * 300_000_000) / 500_000, 0)); // month 1's tokens per request
    const capped = periods("Growth stopped at the cap");
    expect(capped[0]).toBe("");
    expect(capped[35]).toBe(shown("at the cap", language));
    const dates = periods("Month starting") as number[];
    expect(dates[1] - dates[0]).toBeGreaterThanOrEqual(28);
    const n = (name: string) => model.name(name, sheet) as number;
    for (const start of [1, 4]) {
      model.setName("FiscalYearStartMonth", start);
      const fy = [1, 2, 3, 4].map((k) => model.at(`B${rowOf(`Fiscal year ${k} of the projection`)}`, sheet) as number);
      expect(fy.reduce((a, b) => a + b, 0)).toBeCloseTo(n("ThreeYearCost_Catalog") - n("OneOffCost_Catalog"), 4);
    }
    expect(model.name("MasterCheckCode", sheet)).toBe(0);
  });
});

test("retired fine-tuning base models are flagged and never offered as current choices", () => {
  expect(RETIRED_FINETUNE_MODELS).toEqual({ "davinci-002": "2024-10-28", "babbage-002": "2024-10-28" });
  expect(FINETUNE_MODELS).not.toContain("davinci-002");
  expect(FINETUNE_MODELS).not.toContain("babbage-002");
  expect(FINETUNE_MODELS).toContain("gpt-4.1-mini");
});

/**
 * A workbook shared by an English and a Korean analyst: sheets inserted in either language read one Scenario switch
 * (through the number ScenarioIndex, the one formula that reads the switch's words sits on the Assumptions sheet beside
 * its drop-down, both in that sheet's language) and their master checks read OK.
 */
describe("sheets inserted in English and in Korean in one workbook", () => {
  const scenarioCase = (languages: ["en" | "ko", "en" | "ko"]) => {
    const wb = buildWorkbook(templates(["sentiment-analysis", "complaint-redressal"]), {}, languages);
    const model = loadIntoEngine(wb);
    const scenario = wb.names.find((n) => n.name === "Scenario")!;
    const validation = wb.sheets.find((s) => s.name === scenario.sheet)!.validations.find((v) => v.address.replace(/\$/g, "") === scenario.address.replace(/\$/g, ""));
    const [first, second] = wb.inserted.map((insertion) => insertion.masterCheck);
    // the master checks' codes, the same in every language (their words are each sheet's: OK, 정상)
    const checks = () => [model.name("MasterCheckCode", first.sheet), model.name("MasterCheckCode", second.sheet)];
    const words = () => [model.name("MasterCheck", first.sheet), model.name("MasterCheck", second.sheet)];
    const index = () => value(model, wb, "ScenarioIndex");
    const costs = () => [model.name("MonthlyCost_Catalog", first.sheet), model.name("MonthlyCost_Catalog", second.sheet)] as number[];
    const recognised = wb.sheets.find((s) => s.name === scenario.sheet)!.cells.find((c) => (c.formula ?? "").startsWith("=OR(Scenario="))!;
    const switchRecognised = () => model.at(recognised.address, scenario.sheet);
    return { wb, model, scenario, validation, checks, words, index, costs, switchRecognised };
  };

  test.each([
    [["en", "ko"] as ["en", "ko"], ["Low", "Base", "High"]],
    [["ko", "en"] as ["ko", "en"], ["낮음", "기준", "높음"]],
  ])("inserted %j: one switch in the Assumptions sheet's language (%j), both sheets follow it, both checks OK", (languages, words) => {
    const { wb, model, scenario, validation, checks, words: checkWords, index, costs, switchRecognised } = scenarioCase(languages);
    expect(wb.sheets.map((s) => s.name)).toEqual(languages[0] === "en" ? ["Sentiment analysis", "Sentiment analysis risk", "Assumptions", "고객 불만 처리", "고객 불만 처리 위험"] : ["감성 분석", "감성 분석 위험", "가정", "Complaint redressal", "Complaint redressal risk"]);
    // the drop-down offers the switch's words in the language of the sheet that holds it, and the base is its Base
    expect(validation?.list).toEqual(words);
    expect(model.at(scenario.address.replace(/\$/g, ""), scenario.sheet)).toBe(words[1]);
    expect(index()).toBe(2);
    expect(switchRecognised()).toBe(true);
    expect(checks()).toEqual([0, 0]);
    expect(checkWords()).toEqual(languages.map((language) => sheetTextIn("OK", language)));
    const base = costs();
    model.set(scenario.address.replace(/\$/g, ""), words[2], scenario.sheet);
    expect(index()).toBe(3);
    const high = costs();
    expect(high[0]).toBeGreaterThan(base[0]);
    expect(high[1]).toBeGreaterThan(base[1]);
    expect(checks()).toEqual([0, 0]);
    model.set(scenario.address.replace(/\$/g, ""), words[0], scenario.sheet);
    expect(index()).toBe(1);
    const low = costs();
    expect(low[0]).toBeLessThan(base[0]);
    expect(low[1]).toBeLessThan(base[1]);
    expect(checks()).toEqual([0, 0]);
    model.hf.destroy();
  });

  test("the two orders give the same figures: the language changes words, never a number", () => {
    const english = scenarioCase(["en", "ko"]);
    const korean = scenarioCase(["ko", "en"]);
    const [enSentiment, enComplaint] = english.costs();
    const [koSentiment, koComplaint] = korean.costs();
    expect(koSentiment).toBeCloseTo(enSentiment, 6);
    expect(koComplaint).toBeCloseTo(enComplaint, 6);
    english.model.hf.destroy();
    korean.model.hf.destroy();
  });

  test("a switch word of the other language is not recognised: it reads as Base, and the Assumptions sheet's check says FALSE", () => {
    const { model, scenario, index, switchRecognised } = scenarioCase(["ko", "en"]);
    model.set(scenario.address.replace(/\$/g, ""), "High", scenario.sheet);
    expect(index()).toBe(2);
    expect(switchRecognised()).toBe(false);
    model.hf.destroy();
  });
});

/**
 * The sensitivity table's "Moves the month-12 cost most" (one cell per column, API | self-hosted): a column without a
 * month-12 cost names no driver (its swings read 0 only because they could not be computed) but says why; a column
 * where nothing moves says so in the sheet's language.
 */
describe("the sensitivity's largest swing follows its column's cost", () => {
  const mostRow = (cells: RenderedTemplate["sheets"][number]["cells"]) => cells.find((c) => c.address.startsWith("A") && c.value === "Moves the month-12 cost most")!.address.slice(1);
  const DRIVERS = ["Tokens per request", "Input share of tokens", "Cached share of input", "Hidden reasoning token cost", "Monthly growth of requests", "GPU price", "Engineering effort (FTE)", "Loaded cost of an engineer", "Human review load and cost", "Standby replicas"];
  test.each(USE_CASES.flatMap((id) => (["en", "ko"] as const).map((language) => [id, language] as const)))("%s (%s): an open model that does not fit names no self-hosted driver, it says why", (id, language) => {
    const wb = buildWorkbook(templates([id]), { choices: { openModel: "llama-3.1-405b", gpu: "h100-sxm" } }, language);
    const sheet = wb.sheets[0].name;
    const model = loadIntoEngine(wb);
    const row = mostRow(buildWorkbook(templates([id]), {}, "en").sheets[0].cells);
    const why = model.name("MonthlyCost_SelfHost", sheet);
    expect(why).toBe(`${sheetTextIn("does not fit on 8 × ", language)}h100-sxm`);
    expect(model.at(`C${row}`, sheet)).toBe(why);
    // the API column still names its largest driver
    expect(DRIVERS.map((d) => shown(d, language))).toContain(model.at(`B${row}`, sheet));
  });

  test.each(["en", "ko"] as const)("nothing moves the API cost (no volume, people drivers without a range): it reads none in the sheet's language (%s)", (language) => {
    const wb = buildWorkbook(templates(["sentiment-analysis"]), {}, language);
    const sheet = wb.sheets[0].name;
    const model = loadIntoEngine(wb);
    model.setName("VolumePerMonth", 0);
    setDriver(model, wb, "RunFteApi_High", value(model, wb, "RunFteApi_Low") as number);
    setDriver(model, wb, "LoadedCostPerFteMonth_High", value(model, wb, "LoadedCostPerFteMonth_Low") as number);
    const row = mostRow(buildWorkbook(templates(["sentiment-analysis"]), {}, "en").sheets[0].cells);
    expect(model.at(`B${row}`, sheet)).toBe(language === "en" ? "none" : "없음");
  });
});

test.each(["en", "ko"] as const)("the widest swing reads about the same when the runner-up is within Materiality of it, on the use-case sheets and on api-vs-selfhost (%s)", (language) => {
  const say = (t: string) => shown(t, language);
  const wb = buildWorkbook(templates(["sentiment-analysis", "api-vs-selfhost"]), {}, language);
  const [useCase, decision] = [wb.sheets[0].name, wb.sheets.find((s) => s.name === sheetTextIn("API vs self-host", language))!.name];
  const model = loadIntoEngine(wb);
  const english = (id: string) => buildWorkbook(templates([id]), {}, "en").sheets[0].cells;
  const most = `B${english("sentiment-analysis").find((c) => c.address.startsWith("A") && c.value === "Moves the month-12 cost most")!.address.slice(1)}`;
  const mover = `E${english("api-vs-selfhost").find((c) => c.address.startsWith("A") && c.value === "Input that moves the budgeted cost most")!.address.slice(1)}`;
  // Materiality 0: a driver is named; 100%: any runner-up is within it
  setDriver(model, wb, "Materiality", 0);
  expect(model.at(most, useCase)).not.toBe(say("about the same"));
  expect(model.at(mover, decision)).toBe(say("people"));
  setDriver(model, wb, "Materiality", 1);
  expect([model.at(most, useCase), model.at(mover, decision)]).toEqual([say("about the same"), say("about the same")]);
});

describe("prompt-techniques with no requests (a pilot not started)", () => {
  test.each(["en", "ko"] as const)("no cell of the sheet or its risk sheet is an Excel error, per-request figures say why (%s)", (language) => {
    const wb = buildWorkbook(templates(["prompt-techniques"]), {}, language);
    const sheet = wb.sheets[0].name;
    const model = loadIntoEngine(wb);
    model.setName("VolumePerMonth", 0);
    const errors = model.allValues().filter((c) => isError(c.value)).map((c) => `${c.sheet}!${c.address}`);
    expect(errors).toEqual([]);
    const english = buildWorkbook(templates(["prompt-techniques"]), {}, "en").sheets[0].cells;
    const row = (label: string) => english.find((c) => c.address.startsWith("A") && c.value === label)!.address.slice(1);
    expect(model.at(`C${row("Cost per request")}`, sheet)).toBe(shown("no requests", language));
    expect(model.at(`D${row("Cost vs zero-shot")}`, sheet)).toBe(shown("n/a", language));
    expect(model.name("MasterCheckCode", sheet)).toBe(0);
  });
});
