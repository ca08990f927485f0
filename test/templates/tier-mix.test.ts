import { findTemplate } from "../../src/templates";
import { buildWorkbook } from "../../src/templates/workbook";
import "../support/languages";
import { hasSheetText, resolveSheetText } from "../../src/i18n/sheet-text";
import { DRIVERS } from "../../src/templates/assumptions";
import { DEFAULT_PRICE_DATE } from "../../src/templates";
import { isoToExcelSerial } from "../../src/engine";
import { serviceTiers } from "../../src/data";
import { functionsBundle, loadIntoEngine } from "./sheet-engine";

/**
 * Issue 19: the tier mix (share of API tokens at the batch and priority tiers) has one home, the Assumptions sheet, as
 * workbook names with a Low-cost / Base / High-cost range, all standard by default (so no figure moves until an analyst
 * types a share), and every use-case sheet prices its API tokens at it. Recalculated in HyperFormula with the shipped
 * functions (run `npm run build` first).
 */
const wb = buildWorkbook([findTemplate("sentiment-analysis")!], {}, "en");
const named = (name: string) => wb.names.find((n) => n.workbook && n.name === name)!;

describe("tier mix on the Assumptions sheet", () => {
  test("BatchShare and PriorityShare are workbook names with their ranges; the Scenario switch picks the column", () => {
    for (const name of ["BatchShare", "BatchShare_Low", "BatchShare_Base", "BatchShare_High", "PriorityShare", "PriorityShare_Low", "PriorityShare_Base", "PriorityShare_High"]) {
      expect({ name, sheet: named(name)?.sheet }).toEqual({ name, sheet: "Assumptions" });
    }
    const model = loadIntoEngine(wb);
    const shares = () => [model.name("BatchShare", "Assumptions"), model.name("PriorityShare", "Assumptions")];
    // every case all standard by default: a share above 0 fails the check of each sheet whose model lacks the tier
    expect(DRIVERS.filter((d) => d.name === "BatchShare" || d.name === "PriorityShare").map((d) => [d.low, d.base, d.high])).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect(shares()).toEqual([0, 0]);
    model.setName("BatchShare_Low", 0.3);
    model.setName("PriorityShare_High", 0.2);
    expect(shares()).toEqual([0, 0]); // Base selected
    model.set(named("Scenario").address.replace(/\$/g, ""), "Low", "Assumptions");
    expect(shares()).toEqual([0.3, 0]);
    model.set(named("Scenario").address.replace(/\$/g, ""), "High", "Assumptions");
    expect(shares()).toEqual([0, 0.2]);
  });

  test("a check row fails while the shares are negative or add up to more than 100%", () => {
    const model = loadIntoEngine(wb);
    const check = () => model.name("MasterCheck", "Assumptions");
    expect(check()).toBe("OK");
    model.set(named("BatchShare_Base").address.replace(/\$/g, ""), 0.7, "Assumptions");
    model.set(named("PriorityShare_Base").address.replace(/\$/g, ""), 0.4, "Assumptions");
    expect(check()).not.toBe("OK");
    model.set(named("PriorityShare_Base").address.replace(/\$/g, ""), 0.3, "Assumptions");
    expect(check()).toBe("OK");
  });

  test("its texts read Korean on a Korean Assumptions sheet", () => {
    for (const driver of DRIVERS.filter((d) => d.name === "BatchShare" || d.name === "PriorityShare")) {
      for (const text of [driver.label, driver.unit, driver.notes]) expect({ text, sheetText: hasSheetText(text), ko: resolveSheetText(text, "ko") }).toEqual({ text, sheetText: true, ko: expect.stringMatching(/[\uAC00-\uD7A3]/) });
    }
    // the group title and the check's words: their Korean in the sheet catalog
    const korean = buildWorkbook([findTemplate("complaint-redressal")!], {}, "ko").sheets.flatMap((sheet) => sheet.cells.map((cell) => cell.value));
    for (const text of ["API service tiers", "Batch and priority shares within 100%", "each a share from 0; the standard tier takes the rest"]) {
      expect({ text, shown: korean.includes(text) }).toEqual({ text, shown: false });
    }
  });
});

/** A use-case sheet in its own workbook (with the Assumptions sheet, and the `beside` templates' sheets), and its cells by row label. */
function useCase(id: string, choices: Record<string, string> = {}, beside: string[] = []) {
  const template = findTemplate(id)!;
  const built = buildWorkbook([...beside.map((other) => findTemplate(other)!), template], { choices }, "en");
  const sheet = built.sheets.find((candidate) => candidate.name === resolveSheetText(template.sheets[0].name, "en"))!;
  const model = loadIntoEngine(built);
  const row = (label: string) => {
    const cell = sheet.cells.find((c) => c.address.startsWith("A") && c.value === label);
    if (!cell) throw new Error(`no row ${label}`);
    return cell.address.slice(1);
  };
  return {
    sheet,
    model,
    at: (label: string, col = "C") => model.at(`${col}${row(label)}`, sheet.name),
    num: (name: string) => model.name(name, sheet.name) as number,
    name: (name: string) => model.name(name, sheet.name),
    share: (name: string, value: number | string) => model.setName(name, value),
  };
}

const call = (id: string, ...args: unknown[]) => functionsBundle().call(id, ...args) as number;
const DATE = isoToExcelSerial(DEFAULT_PRICE_DATE);
/** The dated tier row of src/data/service-tiers.json for a provider (and model, where rows name models). */
const tierRow = (provider: string, tier: string, model?: string) =>
  serviceTiers.rows.find((r) => r.provider === provider && r.kind === "service_tier" && r.name === tier && (r.models === undefined || (model !== undefined && r.models.includes(model))))!;
const USE_CASES = ["complaint-redressal", "sentiment-analysis", "embedding-retrieval", "acquisition", "win-back"];
const TOKEN_NAMES = ["MonthlyTokenCost_Catalog", "MonthlyCost_Catalog", "Year1Cost_Catalog", "ThreeYearCost_Catalog", "MonthlyCost_Low", "MonthlyCost_High"];
const BATCH_CHECK = "Batch tier offered for the API model (where a batch share is above 0)";
const PRIORITY_CHECK = "Priority tier offered for the API model (where a priority share is above 0)";

describe("use-case sheets price their API tokens at the tier mix", () => {
  // Sentiment's default workload: 30,000 queries of 300 input and 500 output tokens on gpt-4.1-mini, nothing cached.
  const workload = { model: "gpt-4.1-mini", input: 9_000_000, output: 15_000_000, requests: 30_000 };
  const standard = () => call("INFERENCE", workload.model, workload.input, workload.output, workload.requests, 0, 0, DATE);

  test("BatchShare 0 → 0.5 lowers the month's API token cost by half the batch saving of the data file's batch multiplier", () => {
    const s = useCase("sentiment-analysis");
    const before = { tokens: s.num("MonthlyTokenCost_Catalog"), whole: s.num("MonthlyCost_Catalog"), inference: s.num("InferenceCost_Catalog") };
    expect(before.tokens).toBeCloseTo(standard(), 9);
    const batch = tierRow("openai", "batch");
    expect(batch.multiplier).toBe(0.5); // OpenAI Batch API: half price (dated, sourced row)
    s.share("BatchShare_Base", 0.5);
    const saving = 0.5 * standard() * (1 - batch.multiplier!);
    expect(s.num("MonthlyTokenCost_Catalog")).toBeCloseTo(before.tokens - saving, 9);
    expect(s.num("InferenceCost_Catalog")).toBeCloseTo(before.inference - saving, 9);
    expect(s.num("MonthlyCost_Catalog")).toBeCloseTo(before.whole - saving, 9); // people and platform unchanged
    expect(s.at("API price at the tier mix ÷ list price")).toBeCloseTo(0.75, 12);
    expect(s.at("Cost of one request at the batch tier")).toBeCloseTo(call("INFERENCE", workload.model, 300, 500, 1, 0, 0, DATE, 0, null, "batch"), 12);
    expect(s.name("MasterCheck")).toBe("OK"); // projection month 1 and the range's Base follow the same factor
    // the self-hosted side does not read the tier mix
    const selfHosted = useCase("sentiment-analysis");
    expect(s.num("MonthlyCost_SelfHost")).toBe(selfHosted.num("MonthlyCost_SelfHost"));
  });

  test("PriorityShare 0.2 raises it by a fifth of the gap to the data file's priority prices for the model", () => {
    const s = useCase("sentiment-analysis");
    const before = s.num("MonthlyTokenCost_Catalog");
    const prices = tierRow("openai", "priority", workload.model).prices as { input: number; output: number };
    const priority = (workload.input * prices.input + workload.output * prices.output) / 1e6; // USD per 1M tokens
    expect(priority).toBeGreaterThan(standard());
    s.share("PriorityShare_Base", 0.2);
    expect(s.num("MonthlyTokenCost_Catalog")).toBeCloseTo(before + 0.2 * (priority - standard()), 9);
    expect(s.at(PRIORITY_CHECK)).toBe(true);
    expect(s.name("MasterCheck")).toBe("OK");
    // both at once: the standard tier takes the remaining 30%
    s.share("BatchShare_Base", 0.5);
    expect(s.num("MonthlyTokenCost_Catalog")).toBeCloseTo(0.3 * standard() + 0.5 * standard() * 0.5 + 0.2 * priority, 9);
  });

  test("the range's Low and High columns take BatchShare_Low and PriorityShare_High; the Scenario switch carries them to the main figures", () => {
    const s = useCase("sentiment-analysis");
    const [low, high] = [s.num("MonthlyCost_Low"), s.num("MonthlyCost_High")];
    const lowTokens = s.at("API token cost, month 1", "B") as number;
    s.share("BatchShare_Low", 0.4);
    expect(s.num("MonthlyCost_Low")).toBeCloseTo(low - 0.4 * 0.5 * lowTokens, 9);
    s.share("PriorityShare_High", 0.1);
    expect(s.num("MonthlyCost_High")).toBeGreaterThan(high);
    expect(s.name("MasterCheck")).toBe("OK");
    // the Low scenario's main figures take BatchShare_Low (the sheet's own token-shape ranges stay in the range block)
    const tokens = s.num("MonthlyTokenCost_Catalog");
    s.share("Scenario", "Low");
    expect(s.num("MonthlyTokenCost_Catalog")).toBeCloseTo(tokens * (1 - 0.4 * 0.5), 9);
  });

  test("a provider without the tier and a share above 0: a failing check with its reason, and n/a instead of a price", () => {
    // Claude Haiku 4.5: Anthropic sells batch (half price), no priority tier
    const claude = useCase("sentiment-analysis", { model: "claude-haiku-4-5" });
    const standardClaude = claude.num("MonthlyTokenCost_Catalog");
    claude.share("BatchShare_Base", 0.5);
    expect(claude.num("MonthlyTokenCost_Catalog")).toBeCloseTo(standardClaude * (1 - 0.5 * (1 - tierRow("anthropic", "batch").multiplier!)), 9);
    expect(claude.name("MasterCheck")).toBe("OK");
    claude.share("PriorityShare_Base", 0.1);
    expect(claude.at("Cost of one request at the priority tier")).toBe("not offered");
    expect(claude.at(PRIORITY_CHECK)).toBe(false);
    expect(claude.sheet.cells.find((c) => c.address.startsWith("F") && String(c.value).startsWith("FALSE: PriorityShare"))?.value).toMatch(/sells no priority tier/);
    expect(claude.name("MasterCheck")).toBe("ERROR");
    for (const name of ["MonthlyTokenCost_Catalog", "MonthlyCost_Catalog", "InferenceCost_Catalog"]) expect({ name, value: claude.name(name) }).toEqual({ name, value: expect.stringMatching(/^n\/a/) });
    // the complaint chatbot's fine-tuned model is sold at neither tier by the catalog: a share in any case of the range fails too
    const complaint = useCase("complaint-redressal");
    expect(complaint.at(BATCH_CHECK)).toBe(true);
    complaint.share("BatchShare_High", 0.2);
    expect(complaint.at(BATCH_CHECK)).toBe(false);
    expect(complaint.name("MasterCheck")).toBe("ERROR");
    expect(complaint.name("MonthlyCost_High")).toEqual(expect.stringMatching(/^n\/a/));
  });

  test.each(USE_CASES)("%s: at the default mix (all standard) the factor is exactly 1 and every figure is the list-price figure", (id) => {
    const s = useCase(id);
    expect(s.at("API price at the tier mix ÷ list price")).toBe(1);
    expect(s.at(BATCH_CHECK)).toBe(true);
    expect(s.at(PRIORITY_CHECK)).toBe(true);
    const before = s.model.allValues();
    // the same workbook with the factor cells typed as 1 (what the sheets computed before the tier mix existed)
    for (const label of ["API price at the tier mix ÷ list price", "API tier-mix factor"]) {
      for (const col of label.startsWith("API tier") ? ["B", "C", "D"] : ["C"]) {
        const cell = s.sheet.cells.find((c) => c.address.startsWith("A") && c.value === label)!;
        s.model.set(`${col}${cell.address.slice(1)}`, 1, s.sheet.name);
      }
    }
    expect(s.model.allValues()).toEqual(before);
    for (const name of TOKEN_NAMES) expect({ name, type: typeof s.name(name) }).toEqual({ name, type: "number" });
  });
});

describe("the decision sheets that price API tokens themselves take the same tier mix", () => {
  test("api-vs-selfhost: the API model's tokens at the mix; the hosted open model and the self-hosted fleet stay as they were", () => {
    const s = useCase("api-vs-selfhost");
    const before = { api: s.num("ApiMonthlyCost"), hosted: s.num("HostedOpenModelMonthlyCost"), self: s.num("SelfHostMonthlyCost"), monthly: s.num("MonthlyCost_Catalog") };
    s.share("BatchShare_Base", 0.5);
    const saving = 0.5 * before.api * (1 - tierRow("openai", "batch").multiplier!);
    expect(s.num("ApiMonthlyCost")).toBeCloseTo(before.api - saving, 9);
    expect(s.num("MonthlyCost_Catalog")).toBeCloseTo(before.monthly - saving, 9);
    expect([s.num("HostedOpenModelMonthlyCost"), s.num("SelfHostMonthlyCost")]).toEqual([before.hosted, before.self]);
    expect(s.name("MasterCheck")).toBe("OK"); // its projection's month 1 carries the same factor
    const claude = useCase("api-vs-selfhost", { model: "claude-sonnet-4-5" });
    claude.share("PriorityShare_Base", 0.1);
    expect(claude.at(PRIORITY_CHECK, "B")).toBe(false);
    expect(claude.name("MasterCheck")).not.toBe("OK");
  });

  test("roi-business-case: its own-input API cost at the mix", () => {
    const s = useCase("roi-business-case");
    const label = "Own inputs: model API cost per month";
    const before = s.at(label, "B") as number;
    expect(before).toBeGreaterThan(0);
    s.share("BatchShare_Base", 0.5);
    expect(s.at(label, "B")).toBeCloseTo(before * (1 - 0.5 * (1 - tierRow("openai", "batch").multiplier!)), 9);
    expect(s.at(BATCH_CHECK, "B")).toBe(true);
    expect(s.name("MasterCheck")).toBe("OK");
  });
});

describe("roi-business-case: its own-input model's tiers are checked only while its own inputs are used", () => {
  const OWN_COST = "Own inputs: model API cost per month";
  const SOURCE = "Use-case sheets read";
  /** The ROI sheet with its own-input model set to Claude Sonnet 4.5: Anthropic sells no priority tier (src/data/service-tiers.json). */
  const roi = (beside: string[]) => {
    const s = useCase("roi-business-case", {}, beside);
    const model = s.sheet.cells.find((c) => c.address.startsWith("A") && c.value === "Model")!;
    s.model.set(`B${model.address.slice(1)}`, "claude-sonnet-4-5", s.sheet.name);
    return s;
  };

  test("alone (its own inputs price the model), a priority share its own model lacks fails the check", () => {
    const s = roi([]);
    expect(s.at(SOURCE, "B")).toBe(0);
    expect(s.name("MasterCheck")).toBe("OK");
    s.share("PriorityShare_Base", 0.1);
    expect(typeof s.at(OWN_COST, "B")).not.toBe("number");
    expect(s.at(PRIORITY_CHECK, "B")).toBe(false);
    expect(s.name("MasterCheck")).not.toBe("OK");
  });

  test("beside a linked use-case sheet (which supplies the costs at its own model's mix), no false alarm", () => {
    const s = roi(["sentiment-analysis"]); // sentiment's own model: gpt-4.1-mini, sold at priority
    expect(s.at(SOURCE, "B")).toBe(1);
    s.share("PriorityShare_Base", 0.1);
    expect(typeof s.at(OWN_COST, "B")).not.toBe("number"); // the unused own-input figure cannot be priced at the mix
    expect(s.at(PRIORITY_CHECK, "B")).toBe(true);
    expect(s.at(BATCH_CHECK, "B")).toBe(true);
    expect(typeof s.name("NetPresentValue")).toBe("number");
    expect(s.name("MasterCheck")).toBe("OK");
  });
});

describe("prompt-techniques: each technique's inference at the tier mix of the model it calls", () => {
  const INFERENCE = "Inference";
  test("BatchShare lowers the base-model techniques' inference; the fine-tuned ones (no batch price in the catalog) read n/a and the ranking says so", () => {
    const s = useCase("prompt-techniques");
    const zeroShot = s.at(INFERENCE, "C") as number;
    expect(s.name("CheapestTechnique")).toEqual(expect.any(String));
    expect(typeof s.name("CheapestMonthlyCost")).toBe("number");
    s.share("BatchShare_Base", 0.5);
    expect(s.at(INFERENCE, "C")).toBeCloseTo(zeroShot * (1 - 0.5 * (1 - tierRow("openai", "batch").multiplier!)), 9);
    expect(s.name("Cost_FineTuned")).toBe("n/a: see the rows below");
    expect([s.name("CheapestTechnique"), s.name("CheapestMonthlyCost")]).toEqual(["n/a: see the rows below", "n/a: see the rows below"]);
    expect(s.at(BATCH_CHECK, "C")).toBe(true); // zero-shot calls gpt-4.1-mini: batch offered
    expect(s.at(BATCH_CHECK, "F")).toBe(false); // fine-tuned column
    expect(s.name("MasterCheck")).toBe("ERROR");
  });
});

describe("martech-lifecycle: the stages it prices itself take the tier mix of their own models", () => {
  /** The cell in column `col` of the first row labelled `label` below the section titled `section`. */
  const below = (s: ReturnType<typeof useCase>, section: string, label: string, col: string) => {
    const rowOf = (address: string) => Number(address.slice(1));
    const title = s.sheet.cells.find((c) => c.address.startsWith("A") && c.value === section)!;
    const cell = s.sheet.cells.filter((c) => c.address.startsWith("A") && c.value === label && rowOf(c.address) > rowOf(title.address)).sort((a, b) => rowOf(a.address) - rowOf(b.address))[0];
    return s.model.at(`${col}${rowOf(cell.address)}`, s.sheet.name);
  };
  test("BatchShare lowers an own-input stage's API tokens; the fine-tuned retention stage has no batch price, so the portfolio says n/a and a check fails", () => {
    const s = useCase("martech-lifecycle");
    const parts = "Own-input stages: month-1 parts";
    const acquisition = below(s, parts, "Acquisition", "B") as number;
    expect(typeof s.name("PortfolioMonthlyTokenCost")).toBe("number");
    expect(s.name("MasterCheck")).toBe("OK");
    s.share("BatchShare_Base", 0.5);
    expect(below(s, parts, "Acquisition", "B")).toBeCloseTo(acquisition * (1 - 0.5 * (1 - tierRow("openai", "batch").multiplier!)), 9);
    expect(below(s, "Own-input stages: API tiers (one request of the stage's shape)", "Retention", "C")).toBe("not offered");
    expect(s.name("PortfolioMonthlyTokenCost")).toEqual(expect.stringMatching(/^n\/a/));
    expect(s.at(BATCH_CHECK, "C")).toBe(false);
    expect(s.name("MasterCheck")).toBe("ERROR");
  });
});

test.each([
  ["api-vs-selfhost", ["B"]],
  ["roi-business-case", ["B"]],
  ["prompt-techniques", ["C", "D", "E", "F", "G", "H", "I"]],
])("%s: at the default mix every tier-mix factor is exactly 1 and the checks pass", (id, cols) => {
  const s = useCase(id);
  for (const col of cols) expect({ col, factor: s.at("API price at the tier mix ÷ list price", col) }).toEqual({ col, factor: 1 });
  expect(s.name("MasterCheck")).toBe("OK");
});
