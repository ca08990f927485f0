import { findTemplate, renderTemplate, DEFAULT_PRICE_DATE, type RenderedTemplate } from "../../src/templates";
import { isoToExcelSerial } from "../../src/engine";
import { functionsBundle, isError, loadIntoEngine, type SheetModel } from "./sheet-engine";

/**
 * The use-case sheets of issue 12 (budget block, API and self-hosted side by side, the whole cost, range, checks),
 * recalculated in HyperFormula with the shipped functions (run `npm run build` first).
 */
const call = (id: string, ...args: unknown[]) => functionsBundle().call(id, ...args) as number;
const DATE = isoToExcelSerial(DEFAULT_PRICE_DATE);
const USE_CASES = ["complaint-redressal", "sentiment-analysis", "embedding-retrieval", "acquisition", "win-back"];
const BUDGET = ["OneOffCost", "MonthlyCost", "Year1Cost", "ThreeYearCost", "CostPerRequest"].flatMap((n) => [`${n}_Catalog`, `${n}_SelfHost`]);
const NEW_NAMES = [...BUDGET, "MonthlyCost_Low", "MonthlyCost_High", "MonthlyCost_SelfHost_Low", "MonthlyCost_SelfHost_High", "ReplicaUtilization"];
const cents = (value: number) => Math.round(value * 100) / 100;

/** People and platform defaults on every use-case sheet (BLS wage, 70% wage share, S3 storage and egress). */
const ENGINEER_MONTH = 132_270 / 12 / 0.7;
const otherPerRequest = (tokens: number, reviewShare: number, minutes: number) => reviewShare * (minutes / 60) * 30 + ((tokens * 4) / 1e9) * (12 * 0.023 + 0.09);

interface Loaded {
  rendered: RenderedTemplate;
  model: SheetModel;
  name: (name: string) => unknown;
  num: (name: string) => number;
  /** The cell in value column `col` of the first row labelled `label`. */
  at: (label: string, col: string) => string;
}

function load(id: string, choices: Record<string, string> = {}): Loaded {
  const rendered = renderTemplate(findTemplate(id)!, { choices });
  const model = loadIntoEngine(rendered);
  const at = (label: string, col: string) => {
    const cell = rendered.sheets[0].cells.find((c) => c.address.startsWith("A") && c.value === label);
    if (!cell) throw new Error(`no row ${label}`);
    return `${col}${cell.address.slice(1)}`;
  };
  return { rendered, model, name: (n) => model.name(n), num: (n) => model.name(n) as number, at };
}

describe("use-case sheets (issue 12)", () => {
  describe.each(USE_CASES)("%s with default inputs", (id) => {
    const sheet = load(id);
    test("every new name exists and is a number; no cell is an error; master check OK", () => {
      const names = sheet.rendered.names.map((n) => n.name);
      for (const name of NEW_NAMES) {
        expect(names).toContain(name);
        expect({ name, type: typeof sheet.name(name) }).toEqual({ name, type: "number" });
      }
      expect(sheet.model.allValues().filter((cell) => isError(cell.value))).toEqual([]);
      expect(sheet.name("MasterCheck")).toBe("OK");
    });
    test("Low ≤ Base ≤ High, on the API and the self-hosted side", () => {
      expect(sheet.num("MonthlyCost_Low")).toBeLessThanOrEqual(sheet.num("MonthlyCost_Catalog") + 1e-9);
      expect(sheet.num("MonthlyCost_Catalog")).toBeLessThanOrEqual(sheet.num("MonthlyCost_High") + 1e-9);
      expect(sheet.num("MonthlyCost_High")).toBeGreaterThan(sheet.num("MonthlyCost_Low"));
      expect(sheet.num("MonthlyCost_SelfHost_Low")).toBeLessThan(sheet.num("MonthlyCost_SelfHost"));
      expect(sheet.num("MonthlyCost_SelfHost")).toBeLessThan(sheet.num("MonthlyCost_SelfHost_High"));
    });
    test("budget arithmetic with flat volume and flat prices: year 1 = one-off + 12 months, 3 years = one-off + 36 months", () => {
      const api = sheet.num("Year1Cost_Catalog");
      // with the Assumptions' price declines and wage inflation, year 1 differs from 12 flat months
      expect(api).not.toBeCloseTo(sheet.num("OneOffCost_Catalog") + 12 * sheet.num("MonthlyCost_Catalog"), 0);
      for (const driver of ["ApiPriceDeclinePerYear_Base", "GpuPriceDeclinePerYear_Base", "WageInflation_Base"]) sheet.model.setName(driver, 0);
      for (const side of ["Catalog", "SelfHost"]) {
        const oneOff = sheet.num(`OneOffCost_${side}`);
        const monthly = sheet.num(`MonthlyCost_${side}`);
        expect(sheet.num(`Year1Cost_${side}`)).toBeCloseTo(oneOff + 12 * monthly, 6);
        expect(sheet.num(`ThreeYearCost_${side}`)).toBeCloseTo(oneOff + 36 * monthly, 6);
      }
    });
    test("replica utilisation is a visible share within the target load", () => {
      const utilization = sheet.num("ReplicaUtilization");
      expect(utilization).toBeGreaterThan(0);
      expect(utilization).toBeLessThanOrEqual(0.6);
    });
    test("formulas fit Excel's 8,192-character limit and use no LET/LAMBDA", () => {
      for (const cell of sheet.rendered.sheets.flatMap((one) => one.cells)) {
        if (!cell.formula) continue;
        expect(cell.formula.length).toBeLessThanOrEqual(8192);
        expect(cell.formula).not.toMatch(/\b(LET|LAMBDA)\(/);
      }
    });
    test("the sensitivity table names the input that moves the cost most, or about the same when the runner-up is within Materiality (5%)", () => {
      const drivers = ["Tokens per request", "Input share of tokens", "Cached share of input", "Monthly growth of requests", "GPU price", "Engineering effort (FTE)", "Loaded cost of an engineer", "Human review load and cost", "Standby replicas"];
      for (const col of ["B", "C"]) {
        const most = sheet.at("Moves the month-12 cost most", col);
        const row = Number(most.slice(1));
        // the ten swing rows above it: this column's swing, and the driver's name in column D
        const swings = Array.from({ length: 10 }, (_, i) => ({ swing: sheet.model.at(`${col}${row - 10 + i}`) as number, driver: sheet.model.at(`D${row - 10 + i}`) }));
        const [first, second] = [...swings].sort((a, b) => b.swing - a.swing);
        const said = sheet.model.at(most);
        if (first.swing - second.swing <= 0.05 * first.swing) expect(said).toBe("about the same");
        else expect([said, drivers.includes(said as string)]).toEqual([first.driver, true]);
      }
    });
  });

  test("sentiment: the month-1 budget is the whole cost, recomputed by hand from the functions", () => {
    const s = load("sentiment-analysis");
    const other = 30_000 * otherPerRequest(800, 0.01, 1);
    const api = call("INFERENCE", "gpt-4.1-mini", 9_000_000, 15_000_000, 30_000, 0, 0, DATE) + 0.25 * ENGINEER_MONTH + other;
    expect(s.num("MonthlyCost_Catalog")).toBeCloseTo(api, 6);
    const gpus = call("GPUCOUNT", "llama-3.1-8b", "h100-sxm");
    const price = call("GPUPRICE", "h100-sxm");
    // the sheet's own request shape: 300 input and 500 output tokens per request, passed as output_tokens_per_request
    const serving = call("SELFHOST", "llama-3.1-8b", "h100-sxm", 9_000_000, 15_000_000, gpus, price, 0.6, null, null, null, null, null, null, null, 500);
    expect(s.num("MonthlyCost_SelfHost")).toBeCloseTo(serving + 1 * gpus * price * 730 + 0.75 * ENGINEER_MONTH + other, 6);
    expect(s.num("CostPerRequest_Catalog")).toBeCloseTo(api / 30_000, 9);
    expect(s.num("OneOffCost_Catalog")).toBeCloseTo(1 * ENGINEER_MONTH, 6);
    const replicas = Math.round(serving / (gpus * price * 730));
    const capacity = call("THROUGHPUT", "llama-3.1-8b", "h100-sxm", gpus, "", 300, 500) * 3600 * 730; // the same shape SELFHOST sizes replicas for
    expect(s.num("ReplicaUtilization")).toBeCloseTo(15_000_000 / (replicas * capacity), 9);
  });

  test("sentiment: hidden reasoning tokens are billed as output tokens (and logged)", () => {
    const s = load("sentiment-analysis");
    const before = s.num("MonthlyCost_Catalog");
    s.model.set(s.at("Reasoning tokens per request (hidden)", "C"), 1000);
    const extraTokens = call("INFERENCE", "gpt-4.1-mini", 9_000_000, 45_000_000, 30_000, 0, 0, DATE) - call("INFERENCE", "gpt-4.1-mini", 9_000_000, 15_000_000, 30_000, 0, 0, DATE);
    expect(extraTokens).toBeGreaterThan(0);
    expect(s.num("MonthlyCost_Catalog") - before).toBeCloseTo(extraTokens + ((30_000 * 1000 * 4) / 1e9) * (12 * 0.023 + 0.09), 6);
    expect(s.name("MasterCheck")).toBe("OK");
  });

  test("sentiment at 1,000 times the volume: the GPUs are SELFHOST of the sheet's own request shape, replicas stay at or below the target load", () => {
    const s = load("sentiment-analysis");
    const volume = s.rendered.names.find((n) => n.name === "VolumePerMonth")!;
    s.model.set(volume.address.replace(/\$/g, ""), 30_000_000);
    s.model.set(s.at("Reasoning tokens per request (hidden)", "C"), 1000);
    const gpus = call("GPUCOUNT", "llama-3.1-8b", "h100-sxm");
    const price = call("GPUPRICE", "h100-sxm");
    // 300 input and 500 visible + 1,000 reasoning output tokens per request: the shape is the sheet's, not a guess from the volumes
    const serving = call("SELFHOST", "llama-3.1-8b", "h100-sxm", 9e9, 4.5e10, gpus, price, 0.6, null, null, null, null, null, null, null, 1500);
    const guessed = call("SELFHOST", "llama-3.1-8b", "h100-sxm", 9e9, 4.5e10, gpus, price, 0.6);
    expect(serving).not.toBeCloseTo(guessed, 0);
    expect(s.num("MonthlyTokenCost_SelfHost")).toBeCloseTo(serving + 1 * gpus * price * 730, 6);
    expect(s.num("ReplicaUtilization")).toBeGreaterThan(0.3);
    expect(s.num("ReplicaUtilization")).toBeLessThanOrEqual(0.6 + 1e-12);
    expect(s.name("MasterCheck")).toBe("OK");
  });

  test.each(USE_CASES)("%s: more reasoning tokens per request never lower the self-hosted cost, at the defaults and at 1,000 times the volume", (id) => {
    const s = load(id);
    const volume = s.rendered.names.find((n) => n.name === "VolumePerMonth" && n.sheet === s.rendered.sheets[0].name)!;
    const base = s.num("VolumePerMonth");
    for (const scale of [1, 1000]) {
      s.model.set(volume.address.replace(/\$/g, ""), base * scale);
      let previous = 0;
      for (const reasoning of [0, 100, 300, 1000, 3000, 10_000, 30_000]) {
        s.model.set(s.at("Reasoning tokens per request (hidden)", "C"), reasoning);
        const cost = s.num("MonthlyTokenCost_SelfHost");
        expect({ scale, reasoning, lower: cost < previous }).toEqual({ scale, reasoning, lower: false });
        previous = cost;
      }
    }
  });

  test("sentiment: the guide's $0.01 per token is shown beside what it would be per 1,000 tokens and at GPT-3.5 Turbo's list price", () => {
    const s = load("sentiment-analysis");
    expect(cents(s.num("InferenceCost_Guide"))).toBe(240_000);
    expect(cents(s.model.at(s.at("The guide's price read as $0.01 per 1,000 tokens", "B")) as number)).toBe(240);
    const gpt35 = s.model.at(s.at("The guide's workload on GPT-3.5 Turbo at its list price", "C")) as number;
    expect(gpt35).toBeCloseTo(call("INFERENCE", "gpt-3.5-turbo", 9_000_000, 15_000_000, 30_000, 0, 0, DATE), 9);
    expect(gpt35).toBeLessThan(100);
  });

  test("complaint redressal: the guide's one-off stays out of its month; year 1 with growth follows the projection", () => {
    const s = load("complaint-redressal");
    expect(cents(s.num("OneOffCost_Guide"))).toBe(4_200);
    expect(cents(s.num("MonthlyTokenCost_Guide"))).toBe(1_800);
    expect(cents(s.num("Year1Cost_Guide"))).toBe(25_800);
    expect(cents(s.num("TotalCost_Guide"))).toBe(6_000);
    const ft = call("FINETUNE", "gpt-4.1-mini", 42_000_000, 1, DATE);
    expect(s.num("OneOffCost_Catalog")).toBeCloseTo(ft + ENGINEER_MONTH, 6);
    // With growth g (prices and wages flat) every API cost part but engineering scales with conversations (no vector
    // database here); 3% a month stays below the cap of one conversation per owner.
    for (const driver of ["ApiPriceDeclinePerYear_Base", "GpuPriceDeclinePerYear_Base", "WageInflation_Base"]) s.model.setName(driver, 0);
    const g = 0.03;
    s.model.set(s.at("Monthly growth of requests", "B"), g);
    const fixed = 0.25 * ENGINEER_MONTH;
    const variable = s.num("MonthlyCost_Catalog") - fixed;
    const months = (n: number) => (Math.pow(1 + g, n) - 1) / g;
    expect(s.num("Year1Cost_Catalog")).toBeCloseTo(s.num("OneOffCost_Catalog") + 12 * fixed + variable * months(12), 4);
    expect(s.num("ThreeYearCost_Catalog")).toBeCloseTo(s.num("OneOffCost_Catalog") + 36 * fixed + variable * months(36), 4);
    expect(s.num("Year1Cost_SelfHost")).toBeGreaterThanOrEqual(s.num("OneOffCost_SelfHost") + 12 * s.num("MonthlyCost_SelfHost") - 1e-6);
    expect(s.name("MasterCheck")).toBe("OK");
  });

  test("embeddings: the vector database's plan minimum and reads are costed; the guide's slips are shown", () => {
    const s = load("embedding-retrieval");
    expect(cents(s.num("OneOffCost_Guide"))).toBe(1_680);
    expect(cents(s.num("MonthlyTokenCost_Guide"))).toBe(10.5);
    expect(cents(s.num("Year1Cost_Guide"))).toBe(1_806);
    expect(cents(s.num("TotalCost_Guide"))).toBe(1_690.5);
    // Pinecone Standard (catalog): 0.33 USD per GB-month, 16 USD per 1M read units, a query = max(0.25, GB) read units, 50 USD minimum
    const gb = (50_000 * 1536 * 4) / 1e9;
    const perMillionQueries = Math.max(0.25, gb) * 16;
    const database = (queries: number, minimum: number) => call("VECTORSTORE", 50_000, 1536, 4, 0.33, queries, perMillionQueries, minimum);
    expect(database(10_000, 0)).toBeCloseTo(gb * 0.33 + 10_000 * perMillionQueries / 1e6, 12); // storage + reads, below the minimum
    expect(database(10_000, 0)).toBeLessThan(50);
    expect(database(10_000, 50)).toBe(50);
    // the sheet passes its sourced inputs explicitly, and they are the catalog's own defaults
    expect(s.model.at(s.at("Vector query price", "C"))).toBeCloseTo(perMillionQueries, 12);
    expect(call("VECTORSTORE", 50_000, 1536, null, null, 10_000, null, null)).toBe(database(10_000, 50));
    expect(s.model.at(s.at("Vector database", "C"))).toBeCloseTo(database(10_000, 50), 9);
    expect(s.model.at(s.at("Vector database", "C"))).toBe(50);
    // reads above the minimum are billed: at 20M queries the database costs storage + reads
    const queriesCell = s.at("Queries per month (month 1)", "B");
    s.model.set(queriesCell, 20_000_000);
    expect(database(20_000_000, 50)).toBeGreaterThan(50);
    expect(s.model.at(s.at("Vector database", "C"))).toBeCloseTo(database(20_000_000, 50), 9);
    s.model.set(queriesCell, 10_000);
    const answers = call("INFERENCE", "gpt-4.1-mini", 10_000 * 1550, 10_000 * 300, 10_000, 0, 0, DATE);
    const perQuery = call("EMBEDDING", "text-embedding-3-small", 50, DATE) + otherPerRequest(1850, 0.01, 2);
    expect(s.num("MonthlyCost_Catalog")).toBeCloseTo(answers + 50 + 0.25 * ENGINEER_MONTH + 10_000 * perQuery, 6);
    expect(s.model.at(s.at("Tokens per document the guide implies", "B"))).toBe(1_680);
    expect(s.model.at(s.at("Embeddings if each complaint is one document", "B"))).toBe(1_200_000);
    expect(cents(s.model.at(s.at("Storage of those at the guide's own price", "B")) as number)).toBe(12);
  });

  test("embeddings, retrieval only (no answers): no GPU is rented, no cell is an error, master check OK", () => {
    const s = load("embedding-retrieval");
    for (const label of ["Retrieved context per query", "Answer tokens per query (visible)"]) s.model.set(s.at(label, "C"), 0);
    expect(s.model.allValues().filter((cell) => isError(cell.value))).toEqual([]);
    expect(s.name("MasterCheck")).toBe("OK");
    expect(s.model.at(s.at("Model cost: API tokens / GPU replicas", "D"))).toBe(0);
    expect(s.num("ReplicaUtilization")).toBe(0);
  });

  test("the currency rate scales every money output", () => {
    const s = load("win-back");
    const before = BUDGET.map((n) => s.num(n));
    s.model.set("B6", 0.9);
    BUDGET.forEach((n, i) => expect(s.num(n)).toBeCloseTo(before[i] * 0.9, 6));
  });

  test.each(USE_CASES)("%s: an impossible self-hosted choice and an unknown model turn the master check visibly non-OK, never an error", (id) => {
    const choices: Record<string, string> = { openModel: "llama-3.1-405b", gpu: "l4" };
    if (id !== "complaint-redressal") choices.model = "no-such-model";
    const s = load(id, choices);
    // every single-cell name on every sheet (the use-case sheet and its risk sheet); a projection row's name is a range
    for (const n of s.rendered.names.filter((x) => !x.address.includes(":"))) expect({ name: n.name, error: isError(s.model.name(n.name, n.sheet)) }).toEqual({ name: n.name, error: false });
    expect(s.name("MasterCheck")).toBe("ERROR");
    expect(s.name("MonthlyCost_SelfHost")).toBe("does not fit on 8 × l4");
    expect(s.name("ReplicaUtilization")).toBe("does not fit on 8 × l4");
  });
});
