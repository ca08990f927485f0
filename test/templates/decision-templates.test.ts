import { findTemplate, renderTemplate, DEFAULT_PRICE_DATE, OPEN_MODEL_IDS, type RenderOptions, type RenderedTemplate } from "../../src/templates";
import { HOSTED_OPEN_MODELS } from "../../src/templates/hosted-open-models";
import { isoToExcelSerial } from "../../src/engine";
import { functionsBundle, isError, loadIntoEngine, type SheetModel } from "./sheet-engine";

/**
 * The decision sheets (api-vs-selfhost, roi-business-case, martech-lifecycle), recalculated in HyperFormula with the
 * functions of the built dist/functions.js (`npm run build` first): every named output is a number or a short text,
 * never an Excel error, with the defaults and with the hard cases; the master check is text, never an error.
 */
const call = (id: string, ...args: unknown[]) => functionsBundle().call(id, ...args);
const DATE = isoToExcelSerial(DEFAULT_PRICE_DATE);

interface Loaded {
  rendered: RenderedTemplate;
  model: SheetModel;
  name(name: string): unknown;
  num(name: string): number;
  /** The input cell of the row labelled `label` (its first input cell, or the one in value column `column`, 0-based). */
  setInput(label: string, value: unknown, column?: number): void;
  /** Values of a projection row by its label (the last row with that label). */
  row(label: string): unknown[];
  recalculated(): Loaded;
}

function cellsOf(rendered: RenderedTemplate) {
  return rendered.sheets[0].cells;
}

function wrap(rendered: RenderedTemplate, model: SheetModel): Loaded {
  const cells = cellsOf(rendered);
  const labelRows = (label: string) => cells.filter((c) => /^A\d+$/.test(c.address) && c.value === label).map((c) => c.address.slice(1));
  const loaded: Loaded = {
    rendered,
    model,
    name: (name) => model.name(name),
    num: (name) => {
      const value = model.name(name);
      if (typeof value !== "number") throw new Error(`${name} is ${JSON.stringify(value)}, not a number`);
      return value;
    },
    setInput(label, value, column) {
      const row = labelRows(label)[0];
      if (!row) throw new Error(`no row ${label}`);
      const inputs = cells.filter((c) => c.address.endsWith(row) && c.address.replace(/\d+$/, "") !== "A" && c.style === "input" && c.address.slice(c.address.search(/\d/)) === row);
      const target = column === undefined ? inputs[0] : inputs.find((c) => c.address.charCodeAt(0) - 66 === column);
      if (!target) throw new Error(`no input on ${label}`);
      model.set(target.address, value);
    },
    row(label) {
      const rows = labelRows(label);
      const row = rows[rows.length - 1];
      return cells.filter((c) => c.address.slice(c.address.search(/\d/)) === row && c.formula !== undefined && c.style !== "unit").map((c) => model.at(c.address));
    },
    recalculated: () => loaded,
  };
  return loaded;
}

function load(id: string, options: RenderOptions = {}): Loaded {
  const rendered = renderTemplate(findTemplate(id)!, options);
  return wrap(rendered, loadIntoEngine(rendered));
}

function namedValues(loaded: Loaded): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of loaded.rendered.names) if (!n.address.includes(":") && n.sheet === loaded.rendered.sheets[0].name) out[n.name] = loaded.model.name(n.name);
  return out;
}

function expectNoNamedErrors(loaded: Loaded): void {
  const errors = Object.entries(namedValues(loaded)).filter(([, value]) => isError(value));
  expect(errors).toEqual([]);
}

function expectNoErrors(loaded: Loaded): void {
  expect(loaded.model.allValues().filter((cell) => isError(cell.value))).toEqual([]);
}

describe("api-vs-selfhost", () => {
  const DECISION_NAMES = ["SelfHostModel", "SelfHostGpu", "ApiMonthlyCost", "HostedOpenModelMonthlyCost", "SelfHostMonthlyCost", "ReplicaUtilization", "BreakEvenTokens", "BreakEvenMonth"];
  const BUDGET_NAMES = ["OneOffCost_Catalog", "MonthlyCost_Catalog", "MonthlyCost_Low", "MonthlyCost_High", "Year1Cost_Catalog", "ThreeYearCost_Catalog", "CostPerRequest_Catalog", "OneOffCost_Chosen", "MonthlyCost_Chosen", "MonthlyCost_Chosen_Low", "MonthlyCost_Chosen_High", "Year1Cost_Chosen", "ThreeYearCost_Chosen", "CostPerRequest_Chosen"];

  test("defaults: every name is there, nothing is an error, the master check is OK", () => {
    const sheet = load("api-vs-selfhost");
    expect(Object.keys(namedValues(sheet))).toEqual(expect.arrayContaining([...DECISION_NAMES, ...BUDGET_NAMES]));
    expectNoErrors(sheet);
    expect(sheet.name("MasterCheck")).toBe("OK");
  });

  test("the three options equal the functions called directly: API model, the same open model hosted, self-hosted", () => {
    const sheet = load("api-vs-selfhost");
    const gpus = call("GPUCOUNT", "llama-3.1-8b", "h100-sxm") as number;
    const price = call("GPUPRICE", "h100-sxm") as number;
    expect(sheet.num("ApiMonthlyCost")).toBeCloseTo(call("INFERENCE", "gpt-4.1-mini", 300_000_000, 100_000_000, 500_000, 0, 0, DATE) as number, 9);
    const hosted = HOSTED_OPEN_MODELS.find((h) => h.openModel === "llama-3.1-8b")!.hosted;
    expect(sheet.num("HostedOpenModelMonthlyCost")).toBeCloseTo(call("INFERENCE", hosted, 300_000_000, 100_000_000, 500_000, 0, 0, DATE) as number, 9);
    // the sheet's request shape: 100M output tokens over 500,000 requests, 200 per request
    expect(sheet.num("SelfHostMonthlyCost")).toBeCloseTo(call("SELFHOST", "llama-3.1-8b", "h100-sxm", 300_000_000, 100_000_000, gpus, price, 0.6, null, null, null, null, null, null, null, 200) as number, 9);
    const breakEven = call("BREAKEVEN", "gpt-4.1-mini", "llama-3.1-8b", "h100-sxm", 3, gpus, price, 0.6, DATE, null, 200) as number;
    expect(Math.abs(sheet.num("BreakEvenTokens") - breakEven)).toBeLessThanOrEqual(1e-14 * breakEven);
  });

  test("month-1 replica utilisation is visible and small for a small workload on one H100", () => {
    const sheet = load("api-vs-selfhost");
    const utilisation = sheet.num("ReplicaUtilization");
    const tps = call("THROUGHPUT", "llama-3.1-8b", "h100-sxm", 1, "", 600, 200) as number;
    expect(utilisation).toBeCloseTo(100_000_000 / (tps * 3600 * 730), 9);
    expect(utilisation).toBeGreaterThan(0);
    expect(utilisation).toBeLessThan(0.05);
  });

  test("a workload where self-hosting never wins: BreakEvenMonth is the text never, and the sheet says why there is no crossing", () => {
    const sheet = load("api-vs-selfhost");
    expect(sheet.name("BreakEvenMonth")).toBe("never");
    const self = sheet.row("Self-hosted");
    const api = sheet.row("API model");
    expect(self).toHaveLength(36);
    self.forEach((cost, i) => expect(cost as number).toBeGreaterThanOrEqual(api[i] as number));
    const note = sheet.model.allValues().find((c) => typeof c.value === "string" && c.value.startsWith("No crossing in 36 months"));
    expect(note).toBeDefined();
  });

  test("a growing workload where self-hosting wins: BreakEvenMonth is the first month the self-hosted line is below the API's", () => {
    const sheet = load("api-vs-selfhost", { choices: { model: "gpt-4.1" } });
    sheet.setInput("Monthly growth of the workload", 0.15);
    const month = sheet.num("BreakEvenMonth");
    const self = sheet.row("Self-hosted") as number[];
    const api = sheet.row("API model") as number[];
    expect(self[month - 1]).toBeLessThan(api[month - 1]);
    for (let m = 1; m < month; m++) expect(self[m - 1]).toBeGreaterThanOrEqual(api[m - 1]);
    expect(sheet.name("MasterCheck")).toBe("OK");
  });

  test("Llama 3.1 405B on H100: short texts instead of #NUM!, and a master check that reads ERROR", () => {
    const sheet = load("api-vs-selfhost", { choices: { openModel: "llama-3.1-405b" } });
    expectNoNamedErrors(sheet);
    expect(sheet.name("BreakEvenTokens")).toBe("does not fit on 8 h100-sxm GPUs");
    expect(sheet.name("SelfHostMonthlyCost")).toBe("does not fit on 8 h100-sxm GPUs");
    expect(sheet.name("ReplicaUtilization")).toBe("does not fit on 8 h100-sxm GPUs");
    // the reason, not "never": a model that does not fit never reads as a decision (issue 22)
    expect(sheet.name("BreakEvenMonth")).toBe("does not fit on 8 h100-sxm GPUs");
    expect(typeof sheet.name("HostedOpenModelMonthlyCost")).toBe("number");
    expect(sheet.name("MasterCheck")).toBe("ERROR");
    // the same model fits on H200s (141 GB each)
    sheet.model.set(sheet.rendered.names.find((n) => n.name === "SelfHostGpu")!.address.replace(/\$/g, ""), "h200");
    expect(typeof sheet.name("SelfHostMonthlyCost")).toBe("number");
  });

  test("a target load above 100% (an analyst typing 120%): texts instead of #NUM!, master check ERROR", () => {
    const sheet = load("api-vs-selfhost");
    sheet.setInput("Target average load of the GPUs", 1.2);
    expectNoNamedErrors(sheet);
    for (const name of ["SelfHostMonthlyCost", "ReplicaUtilization", "BreakEvenTokens"]) expect(sheet.name(name)).toBe("target load must be above 0% and at most 100%");
    sheet.setInput("Option in the budget", "Self-hosted");
    expect(sheet.name("MonthlyCost_Chosen")).toBe("target load must be above 0% and at most 100%");
    expect(typeof sheet.name("MonthlyCost_Catalog")).toBe("number"); // the API side, whatever option is budgeted
    expect(sheet.name("MasterCheck")).toBe("ERROR");
  });

  test("a 70B model on H100 against gpt-4.1-mini: break-even volume reads never, not #NUM!", () => {
    expect(typeof call("BREAKEVEN", "gpt-4.1-mini", "llama-3.3-70b", "h100-sxm", 3)).not.toBe("number"); // #NUM!
    const sheet = load("api-vs-selfhost", { choices: { openModel: "llama-3.3-70b" } });
    expectNoNamedErrors(sheet);
    expect(sheet.name("BreakEvenTokens")).toBe("never");
    expect(sheet.name("MasterCheck")).toBe("OK");
  });

  test("an 8B model with a reasoning model's hidden tokens: they are billed as output", () => {
    const sheet = load("api-vs-selfhost");
    sheet.setInput("Reasoning tokens per request", 400);
    expect(sheet.num("ApiMonthlyCost")).toBeCloseTo(call("INFERENCE", "gpt-4.1-mini", 300_000_000, 300_000_000, 500_000, 0, 0, DATE) as number, 9);
  });

  test("at 1,000 times the volume the self-hosted cost is its own request shape's: more reasoning or longer answers never lower it, replicas never run above the target load", () => {
    const sheet = load("api-vs-selfhost");
    const gpus = call("GPUCOUNT", "llama-3.1-8b", "h100-sxm") as number;
    const price = call("GPUPRICE", "h100-sxm") as number;
    sheet.setInput("Input tokens per month (month 1)", 3e11);
    sheet.setInput("Requests per month (month 1)", 5e8);
    const costAt = (output: number, reasoning: number) => {
      sheet.setInput("Output tokens per month (month 1)", output);
      sheet.setInput("Reasoning tokens per request", reasoning);
      const cost = sheet.num("SelfHostMonthlyCost");
      const perRequest = output / 5e8 + reasoning;
      expect(cost).toBeCloseTo(call("SELFHOST", "llama-3.1-8b", "h100-sxm", 3e11, 5e8 * perRequest, gpus, price, 0.6, null, null, null, null, null, null, null, perRequest) as number, 6);
      expect(sheet.num("ReplicaUtilization")).toBeLessThanOrEqual(0.6 + 1e-12);
      return cost;
    };
    const byReasoning = [0, 100, 300, 1000, 3000, 10_000].map((reasoning) => costAt(1e11, reasoning));
    byReasoning.slice(1).forEach((cost, i) => expect(cost).toBeGreaterThanOrEqual(byReasoning[i]));
    expect(byReasoning[5]).toBeGreaterThan(byReasoning[0] * 10);
    const byAnswer = [1e11, 1.5e11, 2e11, 4e11, 1e12].map((output) => costAt(output, 0));
    byAnswer.slice(1).forEach((cost, i) => expect(cost).toBeGreaterThanOrEqual(byAnswer[i]));
    expect(sheet.name("MasterCheck")).toBe("OK");
  });

  test("owned GPUs: the purchase is a one-off (catalog street price or the one typed), the month costs GPUTCO's hour less the purchase spread over 5 years", () => {
    const sheet = load("api-vs-selfhost");
    sheet.setInput("Option in the budget", "Self-hosted");
    const rentedOneOff = sheet.num("OneOffCost_Chosen");
    sheet.setInput("GPUs rented or owned", "owned");
    const catalogHour = call("GPUTCO", "h100-sxm") as number;
    expect(catalogHour).toBeGreaterThan(0.5);
    const running = (purchase: number, hour: number) => hour - purchase / (5 * 8760);
    expect(sheet.num("SelfHostMonthlyCost")).toBeCloseTo(call("SELFHOST", "llama-3.1-8b", "h100-sxm", 300_000_000, 100_000_000, 1, running(30_000, catalogHour), 0.6) as number, 9);
    // one H100 serves the busiest month, and the standby replicas (StandbyReplicas on Assumptions, 1) are bought too
    const bought = 1 + (sheet.model.name("StandbyReplicas", "Assumptions") as number);
    expect(bought).toBe(2);
    expect(sheet.num("OneOffCost_Chosen") - rentedOneOff).toBeCloseTo(30_000 * bought, 6);
    sheet.setInput("Owned GPU: purchase price per GPU (0 = catalog price)", 60_000);
    const typedHour = call("GPUTCO", "h100-sxm", 60_000) as number;
    expect(typedHour).toBeGreaterThan(catalogHour);
    expect(sheet.num("SelfHostMonthlyCost")).toBeCloseTo(call("SELFHOST", "llama-3.1-8b", "h100-sxm", 300_000_000, 100_000_000, 1, running(60_000, typedHour), 0.6) as number, 9);
    expect(sheet.num("OneOffCost_Chosen") - rentedOneOff).toBeCloseTo(60_000 * bought, 6);
  });

  test("budget block: one-off apart from monthly, year 1 = one-off + 12 projected months, low ≤ base ≤ high, per request", () => {
    const sheet = load("api-vs-selfhost");
    for (const option of ["API model", "Hosted open model", "Self-hosted"]) {
      sheet.setInput("Option in the budget", option);
      const label = option === "API model" ? "API model" : option === "Hosted open model" ? "Same open model, hosted" : "Self-hosted";
      const months = sheet.row(label) as number[];
      const oneOff = sheet.num("OneOffCost_Chosen");
      const monthly = sheet.num("MonthlyCost_Chosen");
      expect(months[0]).toBeCloseTo(monthly, 6);
      expect(sheet.num("Year1Cost_Chosen")).toBeCloseTo(oneOff + months.slice(0, 12).reduce((a, b) => a + b, 0), 6);
      expect(sheet.num("ThreeYearCost_Chosen")).toBeCloseTo(oneOff + months.reduce((a, b) => a + b, 0), 6);
      expect(sheet.num("MonthlyCost_Chosen_Low")).toBeLessThan(monthly);
      expect(sheet.num("MonthlyCost_Chosen_High")).toBeGreaterThan(monthly);
      expect(sheet.num("CostPerRequest_Chosen")).toBeCloseTo(monthly / 500_000, 12);
      // the _Catalog names stay the API model's, whichever option is budgeted
      expect(sheet.num("MonthlyCost_Catalog")).toBeCloseTo((sheet.row("API model") as number[])[0], 6);
    }
    expect(sheet.name("MasterCheck")).toBe("OK");
  });

  test("sensitivity: people (Assumptions' effort and loaded cost) move the budget most at the defaults; with people fixed, volume for the API, the GPU price for one idle replica", () => {
    const sheet = load("api-vs-selfhost");
    const budgetOf = (label: string) => sheet.row(label)[3] as number;
    const mover = () => sheet.row("Input that moves the budgeted cost most")[0];
    const swing = (what: string) => {
      const whose = what === "People" ? "their" : "its";
      return Math.abs(budgetOf(`${what} at ${whose} high case`) - budgetOf(`${what} at ${whose} low case`));
    };
    // the guide's running costs are mostly people: at the defaults their range is the widest, for either option
    expect(swing("People")).toBeGreaterThan(Math.max(swing("Workload volume"), swing("GPU price")));
    expect(mover()).toBe("people");
    sheet.setInput("Option in the budget", "Self-hosted");
    expect(swing("People")).toBeGreaterThan(Math.max(swing("Workload volume"), swing("GPU price")));
    expect(mover()).toBe("people");
    sheet.setInput("Option in the budget", "API model");
    // people pinned to their Base on Assumptions: the next widest swing is named
    for (const driver of ["RunFteApi", "RunFteSelfHost", "LoadedCostPerFteMonth"]) for (const x of ["_Low", "_High"]) sheet.model.setName(`${driver}${x}`, sheet.model.name(`${driver}_Base`, "Assumptions"));
    expect(swing("People")).toBe(0);
    expect(budgetOf("Workload volume at its low case")).toBeLessThan(sheet.num("MonthlyCost_Chosen"));
    expect(budgetOf("Workload volume at its high case")).toBeGreaterThan(sheet.num("MonthlyCost_Chosen"));
    expect(budgetOf("GPU price at its high case")).toBeCloseTo(sheet.num("MonthlyCost_Chosen"), 9);
    expect(mover()).toBe("workload volume");
    sheet.setInput("Option in the budget", "Self-hosted");
    expect(budgetOf("Workload volume at its high case")).toBeCloseTo(sheet.num("MonthlyCost_Chosen"), 9); // still one replica
    expect(budgetOf("GPU price at its high case")).toBeGreaterThan(sheet.num("MonthlyCost_Chosen"));
    expect(mover()).toBe("GPU price");
  });

  test("every hosted open-model id is priced in the catalog on the default price date and names a self-hostable model", () => {
    for (const entry of HOSTED_OPEN_MODELS) {
      expect(OPEN_MODEL_IDS).toContain(entry.openModel);
      expect(call("PRICE", entry.hosted, "input", DATE)).toBeGreaterThan(0);
      expect(call("PRICE", entry.hosted, "output", DATE)).toBeGreaterThan(0);
    }
  });

  test("the chart draws the three options' monthly cost", () => {
    const chart = renderTemplate(findTemplate("api-vs-selfhost")!).sheets[0].chart!;
    expect(chart.seriesNames).toEqual(["API model", "Same open model, hosted", "Self-hosted"]);
  });
});

// roi-business-case and martech-lifecycle: portfolio-roi.test.ts (whole workbooks, both insertion orders).
