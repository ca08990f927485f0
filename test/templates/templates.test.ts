import { TEMPLATES, findTemplate, renderTemplate, CHAT_MODELS, EMBEDDING_MODELS, FINETUNE_MODELS, DEFAULT_PRICE_DATE, choiceList } from "../../src/templates";
import { resolveApiModel, isoToExcelSerial, pricePerMillion } from "../../src/engine";
import { functionsBundle, isError, loadIntoEngine, type SheetModel } from "./sheet-engine";

/**
 * (api-vs-selfhost, roi-business-case and martech-lifecycle: decision-templates.test.ts.)
 * Every template is rendered, recalculated in HyperFormula with the LLMCOST functions registered from the shipped
 * dist/functions.js (run `npm run build` first), and checked: the guide's figures to the cent, the Catalog column
 * equal to the functions called directly, no error anywhere, and the master check OK.
 */
const call = (id: string, ...args: unknown[]) => functionsBundle().call(id, ...args);
const DATE = isoToExcelSerial(DEFAULT_PRICE_DATE);

function load(id: string, options = {}): { model: SheetModel; names: (name: string) => number } {
  const template = findTemplate(id);
  if (!template) throw new Error(id);
  const model = loadIntoEngine(renderTemplate(template, options));
  return { model, names: (name: string) => model.name(name) as number };
}

function expectNoErrors(model: SheetModel): void {
  const errors = model.allValues().filter((cell) => isError(cell.value));
  expect(errors).toEqual([]);
}

const cents = (value: number) => Math.round(value * 100) / 100;

describe("template data", () => {
  test("ids are unique and every template renders with defaults", () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ["acquisition", "complaint-redressal", "sentiment-analysis", "embedding-retrieval", "win-back", "api-vs-selfhost", "roi-business-case", "martech-lifecycle", "price-table"]) expect(ids).toContain(id);
    for (const t of TEMPLATES) {
      const r = renderTemplate(t);
      for (const sheet of r.sheets) expect(sheet.name.length).toBeLessThanOrEqual(26);
      // no LET / LAMBDA / dynamic-array-only functions
      for (const cell of r.sheets.flatMap((s) => s.cells)) if (cell.formula) expect(cell.formula).not.toMatch(/\b(LET|LAMBDA|FILTER|SEQUENCE|XLOOKUP)\(/);
    }
  });

  test("curated drop-down models resolve in the catalog and every list fits Excel's 255-character limit", () => {
    for (const model of [...CHAT_MODELS, ...EMBEDDING_MODELS]) expect(() => resolveApiModel(model)).not.toThrow();
    for (const model of FINETUNE_MODELS) expect(pricePerMillion(model, "training", DEFAULT_PRICE_DATE)).toBeGreaterThan(0);
    for (const list of ["chatModels", "finetuneModels", "embeddingModels", "openModels", "gpus", "scenarios"] as const) expect(choiceList(list).join(",").length).toBeLessThanOrEqual(255);
  });

  test("every input carries a note and every title block has the price date, currency, rate, version and master check", () => {
    for (const t of TEMPLATES) {
      const r = renderTemplate(t);
      const names = r.names.map((n) => n.name);
      for (const n of ["PriceDate", "Currency", "FxRate", "MasterCheck"]) expect(names).toContain(n);
      const cells = new Map(r.sheets[0].cells.map((c) => [c.address, c]));
      expect(cells.get("A9")?.value).toBe("Add-in version");
      expect(cells.get("B6")?.value).toBe(1);
    }
  });
});

describe("complaint-redressal", () => {
  const { model, names } = load("complaint-redressal");
  test("guide figures exactly", () => {
    expect(names("TrainingCorpusTokens")).toBe(420_000_000);
    expect(names("DomainTokens")).toBe(84_000_000);
    expect(names("InstructionTokens")).toBe(42_000_000);
    expect(names("MonthlyUsers")).toBe(150_000);
    expect(names("InferenceTokens")).toBe(180_000_000);
    expect(cents(names("FineTuneCost_Guide"))).toBe(4200);
    expect(cents(names("InferenceCost_Guide"))).toBe(1800);
    expect(cents(names("TotalCost_Guide"))).toBe(6000);
  });
  test("catalog column equals the functions called directly", () => {
    const ft = call("FINETUNE", "gpt-4.1-mini", 42_000_000, 1, DATE) as number;
    const inf = call("INFERENCE", "ft:gpt-4.1-mini", 90_000_000, 90_000_000, 150_000, 0, 0, DATE) as number;
    expect(names("FineTuneCost_Catalog")).toBeCloseTo(ft, 9);
    expect(names("InferenceCost_Catalog")).toBeCloseTo(inf, 9);
    expect(ft + inf).toBeLessThan(names("TotalCost_Guide"));
  });
  test("no errors, master check OK", () => {
    expectNoErrors(model);
    expect(names("MasterCheck")).toBe("OK");
  });
  test("the currency rate converts outputs", () => {
    const fx = load("complaint-redressal");
    const rate = fx.model;
    rate.set("B6", 0.9);
    expect(cents(fx.names("TotalCost_Guide"))).toBe(5400);
  });
});

describe("sentiment-analysis", () => {
  const { model, names } = load("sentiment-analysis");
  test("guide figures exactly", () => {
    expect(names("QueriesPerMonth")).toBe(30_000);
    expect(names("InputTokens")).toBe(9_000_000);
    expect(names("OutputTokens")).toBe(15_000_000);
    expect(names("TotalTokens")).toBe(24_000_000);
    expect(cents(names("InferenceCost_Guide"))).toBe(240_000);
  });
  test("catalog column equals INFERENCE called directly: a few dozen dollars", () => {
    const direct = call("INFERENCE", "gpt-4.1-mini", 9_000_000, 15_000_000, 30_000, 0, 0, DATE) as number;
    expect(names("InferenceCost_Catalog")).toBeCloseTo(direct, 9);
    expect(direct).toBeLessThan(100);
  });
  test("another model through the option", () => {
    const other = load("sentiment-analysis", { choices: { model: "gpt-4o-mini" } });
    expect(other.names("InferenceCost_Catalog")).toBeCloseTo(call("INFERENCE", "gpt-4o-mini", 9_000_000, 15_000_000, 30_000, 0, 0, DATE) as number, 9);
  });
  test("no errors, master check OK", () => {
    expectNoErrors(model);
    expect(names("MasterCheck")).toBe("OK");
  });
});

describe("embedding-retrieval", () => {
  const { model, names } = load("embedding-retrieval");
  test("guide figures exactly", () => {
    expect(cents(names("EmbeddingCost_Guide"))).toBe(1680);
    expect(cents(names("StorageCost_Guide"))).toBe(0.5);
    expect(cents(names("QueryCost_Guide"))).toBe(10);
    expect(cents(names("TotalCost_Guide"))).toBe(1690.5);
  });
  test("catalog column equals EMBEDDING and VECTORSTORE called directly", () => {
    const emb = call("EMBEDDING", "text-embedding-3-small", 84_000_000, DATE) as number;
    const store = call("VECTORSTORE", 50_000, 1536, 4, 0.33, 0, 0, 0) as number; // storage alone: no queries, no minimum
    const query = call("EMBEDDING", "text-embedding-3-small", 10_000 * 50, DATE) as number;
    expect(names("EmbeddingCost_Catalog")).toBeCloseTo(emb, 9);
    expect(names("StorageCost_Catalog")).toBeCloseTo(store, 9);
    expect(names("QueryCost_Catalog")).toBeCloseTo(query, 9);
  });
  test("no errors, master check OK", () => {
    expectNoErrors(model);
    expect(names("MasterCheck")).toBe("OK");
  });
});

describe("price-table", () => {
  const rendered = renderTemplate(findTemplate("price-table")!);
  const model = loadIntoEngine(rendered);
  const sheet = rendered.sheets[0];
  const table = sheet.tables[0];
  const cellsOf = (row: number) => sheet.cells.filter((c) => Number(c.address.replace(/^[A-Z]+/, "")) === row);

  test("the organisation price sheet: an Excel table LlmcostPrices in price_sheet's layout, with a workbook name for it", () => {
    expect(sheet.tables).toHaveLength(1);
    expect(table.name).toBe("LlmcostPrices");
    const [top] = table.range.split(":");
    const headerRow = Number(top.slice(1));
    expect(cellsOf(headerRow).map((c) => c.value).slice(0, 6)).toEqual(["model", "price_type", "usd_per_mtok", "valid_from", "valid_to", "provider"]);
    const name = rendered.names.find((n) => n.name === "LlmcostPriceSheet");
    expect(name).toEqual({ name: "LlmcostPriceSheet", sheet: sheet.name, address: table.range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2"), workbook: true });
    expect(sheet.cells.filter((c) => c.formula?.includes("LLMCOST.PRICE"))).toEqual([]);
  });

  test("pre-filled with the catalog's list prices on the price date, valid from it, and marked as list prices", () => {
    const byAddress = new Map(sheet.cells.map((c) => [c.address, c]));
    const [top, bottom] = table.range.split(":").map((a) => Number(a.replace(/^[A-Z]+/, "")));
    let checked = 0;
    for (let row = top + 1; row <= bottom; row++) {
      const [modelId, type, price, from] = ["A", "B", "C", "D"].map((col) => byAddress.get(`${col}${row}`)?.value);
      expect(price).toBe(call("PRICE", modelId, type, DATE));
      expect(from).toBe(DATE);
      expect(byAddress.get(`H${row}`)?.value).toMatch(/LIST price/); // the notes column
      checked++;
    }
    const models = new Set([...CHAT_MODELS, ...EMBEDDING_MODELS]);
    expect(checked).toBeGreaterThan(models.size * 2);
  });

  test("no errors, master check OK", () => {
    expectNoErrors(model);
    expect(model.at(rendered.masterCheck.address)).toBe("OK");
  });
});
