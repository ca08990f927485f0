import { loadFunctionsBundle } from "../support/functions-bundle";
import { errorOf, numberOf } from "../support/cell-values";
import { isCustomFunctionsError } from "../../dev/custom-functions-double";

/**
 * Issue 11 through the built dist/functions.js, called as Excel calls it (null for an omitted argument, a range as a
 * 2-D array): every price is right or a clear Excel error, organisation price sheets override list prices.
 */
const bundle = loadFunctionsBundle();
const call = bundle.call;
const TODAY = "2026-11-30";

const number = numberOf;

/** INFERENCE with its arguments by name; omitted ones are null, as Excel passes them. */
function inference(model: string, input: number, output: number, options: { requests?: number; cached?: number; discount?: number; asOf?: string | number; cacheWrite?: number; sheet?: unknown[][] } = {}) {
  return call("INFERENCE", model, input, output, options.requests ?? null, options.cached ?? null, options.discount ?? null, options.asOf ?? null, options.cacheWrite ?? null, options.sheet ?? null);
}

function descriptionOf(id: string): { description: string; parameters: { name: string; description: string }[] } {
  const fn = (bundle.metadata.functions as unknown as { id: string; description: string; parameters: { name: string; description: string }[] }[]).find((f) => f.id === id);
  if (!fn) throw new Error(`${id} is not registered`);
  return fn;
}

describe("1. per-request fees are charged, uncountable fees are said", () => {
  test("sonar: 1M input + 1M output tokens over 100,000 requests is 2 USD of tokens plus 1,200 USD of requests", () => {
    expect(number(inference("sonar", 1_000_000, 1_000_000, { requests: 100_000, asOf: TODAY }))).toBeCloseTo(1202, 9);
    expect(number(inference("sonar-pro", 0, 0, { requests: 1000, asOf: TODAY }))).toBeCloseTo(14, 9);
  });

  test("a model with a per-request fee and no request count is #VALUE! asking for requests, never the tokens alone", () => {
    const error = errorOf(inference("sonar", 1_000_000, 1_000_000, { asOf: TODAY }));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/12 USD per 1,000 requests.*give requests/);
  });

  test("the discount applies to the whole list cost, fees included", () => {
    expect(number(inference("sonar", 1_000_000, 1_000_000, { requests: 100_000, asOf: TODAY, discount: 0.5 }))).toBeCloseTo(601, 9);
  });

  test("COMPARE ranks by the full price and leaves fee models out without a request count", () => {
    const withRequests = call("COMPARE", 1_000_000, 1_000_000, 100_000, "perplexity", 20, TODAY, null) as [string, string, number][];
    const sonar = withRequests.find((row) => row[0] === "sonar");
    expect(sonar?.[2]).toBeCloseTo(1202, 9);
    const costs = withRequests.slice(1).map((row) => row[2]);
    expect([...costs].sort((a, b) => a - b)).toEqual(costs);
    for (const [model, , usd] of withRequests.slice(1)) expect(number(inference(model, 1_000_000, 1_000_000, { requests: 100_000, asOf: TODAY }))).toBeCloseTo(usd, 9);
    // the cheapest per token (llama-3.1-sonar-small at 0.2) is not the cheapest once requests are paid for
    expect(withRequests[1][0]).not.toBe("sonar");
    const withoutRequests = call("COMPARE", 1_000_000, 1_000_000, null, "perplexity", 20, TODAY, null) as string[][];
    expect(withoutRequests.map((row) => row[0])).not.toContain("sonar");
  });

  test("fees no argument counts are named in INFERENCE's tooltip and in CATALOG()", () => {
    expect(descriptionOf("INFERENCE").description).toMatch(/web searches.*not included/);
    expect((call("CATALOG") as string[][])[0][0]).toMatch(/per-request fees included .*not computed, because no argument counts them: .*web_searches \(per 1,000\)/);
  });
});

describe("2. cache writes", () => {
  test("cache_write_tokens are the part of input billed at the cache-write price (Anthropic 5-minute: 1.25 x input)", () => {
    // claude-sonnet-4-0: input 3, cache write 3.75, cache read 0.30 USD per 1M
    expect(number(inference("claude-sonnet-4-0", 1_000_000, 0, { cacheWrite: 400_000 }))).toBeCloseTo((600_000 * 3 + 400_000 * 3.75) / 1e6, 12);
    expect(number(inference("claude-sonnet-4-0", 1_000_000, 0, { cached: 500_000, cacheWrite: 400_000 }))).toBeCloseTo((100_000 * 3 + 500_000 * 0.3 + 400_000 * 3.75) / 1e6, 12);
    expect(call("PRICE", "claude-sonnet-4-0", "cache_write", null, null)).toBe(3.75);
  });

  test("where a model lists no cache-write price, written tokens are billed as input", () => {
    expect(errorOf(call("PRICE", "gpt-4o-mini", "cache_write", null, null)).code).toBe("#N/A");
    expect(number(inference("gpt-4o-mini", 1_000_000, 0, { cacheWrite: 1_000_000 }))).toBeCloseTo(0.15, 12);
  });

  test("existing arguments keep their positions; reads and writes together cannot exceed the input", () => {
    expect(call("INFERENCE", "gpt-4o-mini", 1_000_000, 1_000_000, null, null, null, null)).toBeCloseTo(0.75, 12);
    expect(errorOf(inference("claude-sonnet-4-0", 1000, 0, { cached: 600, cacheWrite: 500 })).code).toBe("#VALUE!");
  });
});

describe("3. time-of-day prices: the standard rate on every date", () => {
  test("deepseek-v4-pro from 2026-08-17 is priced at its standard (peak) rate, not the off-peak one", () => {
    expect(call("PRICE", "deepseek-v4-pro", "input", "2026-08-16", null)).toBe(0.435);
    expect(call("PRICE", "deepseek-v4-pro", "input", "2026-08-17", null)).toBe(1.32);
    expect(call("PRICE", "deepseek-v4-pro", "output", "2026-11-30", null)).toBe(3.96);
    // the off-peak rate is half: an analyst who runs at night models it with discount
    expect(number(inference("deepseek-v4-pro", 1_000_000, 1_000_000, { discount: 0.5, asOf: TODAY }))).toBeCloseTo((1.32 + 3.96) / 2, 12);
  });
});

describe("4. fine-tuned ids", () => {
  test("ft:<base> without fine-tuned prices for that base is #N/A, never the base price", () => {
    const error = errorOf(call("PRICE", "ft:claude-3-haiku", "input", null, null));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/No fine-tuned prices for "claude-3-haiku"/);
    expect(errorOf(inference("ft:claude-3-haiku", 1000, 1000)).code).toBe("#N/A");
  });

  test("the job ids OpenAI issues price like ft:<base>", () => {
    for (const [jobId, base] of [
      ["ft:gpt-4o-mini-2024-07-18:acme::abc123", "ft:gpt-4o-mini"],
      ["ft:gpt-4.1-mini-2025-04-14:org:name:id", "ft:gpt-4.1-mini"],
    ]) {
      for (const type of ["input", "output", "cache_read", "training"]) expect(call("PRICE", jobId, type, null, null)).toBe(call("PRICE", base, type, null, null));
      expect(inference(jobId, 2_000_000, 500_000, { requests: 10, cached: 100_000 })).toBe(inference(base, 2_000_000, 500_000, { requests: 10, cached: 100_000 }));
    }
    expect(call("PRICE", "ft:gpt-4o-mini-2024-07-18:acme::abc123", "output", null, null)).toBe(1.2);
  });
});

describe("5. which provider a bare id means", () => {
  test("a bare id is the maker's entry where its rule matches: deepseek-r1-0528 is DeepSeek's price", () => {
    for (const type of ["input", "output"]) expect(call("PRICE", "deepseek-r1-0528", type, null, null)).toBe(call("PRICE", "deepseek:deepseek-reasoner", type, null, null));
  });

  test("provider:model accepts the package's provider ids and their common aliases", () => {
    const cases: [string, string][] = [
      ["azure:gpt-4o", "openai:gpt-4o"],
      ["google-vertex:gemini-2.5-pro", "google:gemini-2.5-pro"],
      ["vertex:gemini-2.5-pro", "google:gemini-2.5-pro"],
      ["gemini:gemini-2.5-flash", "google:gemini-2.5-flash"],
      ["xai:grok-4", "x-ai:grok-4"],
      ["mistralai:mistral-large-latest", "mistral:mistral-large-latest"],
    ];
    for (const [alias, canonical] of cases) {
      expect(typeof call("PRICE", alias, "input", TODAY, null)).toBe("number");
      expect(call("PRICE", alias, "output", TODAY, null)).toBe(call("PRICE", canonical, "output", TODAY, null));
    }
  });

  test("model-match rules compare case-insensitively on both sides (the catalog's rule says MiniMax-M)", () => {
    expect(typeof call("PRICE", "minimax-m2", "input", null, null)).toBe("number");
    expect(call("PRICE", "minimax-m2", "input", null, null)).toBe(call("PRICE", "MiniMax-M2", "input", null, null));
  });
});

describe("6. round trip: what MODELS and COMPARE list prices the same in PRICE and INFERENCE", () => {
  test("every MODELS row of the whole catalog, typed back into PRICE with the same date, gives the row's prices", () => {
    for (const date of ["2025-06-01", TODAY]) {
      const rows = call("MODELS", null, date) as (string | number)[][];
      expect(rows.length).toBeGreaterThan(1000);
      const mismatches: string[] = [];
      for (const [model, , input, output, cached, , status] of rows.slice(1)) {
        if (String(status).startsWith("retired")) {
          // listed and marked; a price asked for after retirement is #N/A saying since when
          const retired = call("PRICE", model, "input", date, null);
          if (!isCustomFunctionsError(retired) || retired.code !== "#N/A" || !/retired on/.test(retired.message)) mismatches.push(`${model}: retired but ${JSON.stringify(retired)}`);
          continue;
        }
        const got = [call("PRICE", model, "input", date, null), output === "" ? output : call("PRICE", model, "output", date, null), cached === "" ? cached : call("PRICE", model, "cache_read", date, null)];
        if (got[0] !== input || got[1] !== output || got[2] !== cached) mismatches.push(`${model}: ${JSON.stringify(got)} vs ${JSON.stringify([input, output, cached])}`);
      }
      expect(mismatches).toEqual([]);
    }
  });

  test("COMPARE lists each model once, takes as_of, and each row costs the same in INFERENCE on that date (whole catalog)", () => {
    for (const date of ["2025-06-01", "2026-08-16", TODAY]) {
      const rows = call("COMPARE", 9_000_000, 15_000_000, 30_000, null, 5000, date, null) as [string, string, number][];
      expect(rows.length).toBeGreaterThan(300);
      const ids = rows.slice(1).map(([model, provider]) => (model.startsWith(`${provider}:`) ? model.slice(provider.length + 1) : model).toLowerCase());
      expect(new Set(ids).size).toBe(ids.length);
      for (const [model, , usd] of rows.slice(1)) expect(number(inference(model, 9_000_000, 15_000_000, { requests: 30_000, asOf: date }))).toBeCloseTo(usd, 9);
    }
    const before = call("COMPARE", 1_000_000, 1_000_000, 1, "deepseek", 20, "2026-08-16", null) as [string, string, number][];
    const after = call("COMPARE", 1_000_000, 1_000_000, 1, "deepseek", 20, "2026-08-17", null) as [string, string, number][];
    expect(before.find((row) => row[0] === "deepseek-v4-pro")?.[2]).toBeCloseTo(0.435 + 0.87, 12);
    expect(after.find((row) => row[0] === "deepseek-v4-pro")?.[2]).toBeCloseTo(1.32 + 3.96, 12);
  });
});

describe("7. vector database", () => {
  test("omitted, the plan minimum the catalog records applies: the default total is never below 50 USD", () => {
    expect(call("VECTORSTORE", 1000, 1536, null, null, null, null, null)).toBe(50);
  });

  test("queries: read units in proportion to the stored GB (at least 0.25 a query) at 16 USD per 1M read units", () => {
    const gb = (10_000_000 * 1536 * 4) / 1e9; // 61.44 GB
    const storage = gb * 0.33;
    expect(number(call("VECTORSTORE", 10_000_000, 1536, null, null, 1_000_000, null, null))).toBeCloseTo(storage + gb * 16, 9);
    // a small namespace pays the 0.25 read-unit floor per query
    expect(number(call("VECTORSTORE", 1000, 1536, null, null, 4_000_000, null, 0))).toBeCloseTo((1000 * 1536 * 4 * 0.33) / 1e9 + 4 * 0.25 * 16, 9);
    expect(number(call("VECTORSTORE", 1000, 1536, null, null, 2_000_000, 3, 0))).toBeCloseTo((1000 * 1536 * 4 * 0.33) / 1e9 + 6, 9);
    expect(errorOf(call("VECTORSTORE", 1000, 1536, null, null, -1, null, null)).code).toBe("#NUM!");
  });
});

describe("8. PAYBACK and ROI", () => {
  test("PAYBACK with nothing to recover is 0 months when the benefit exceeds the cost", () => {
    expect(call("PAYBACK", 0, 3000, 1000)).toBe(0);
  });

  test("ROI's tooltip calls benefit the gross benefit from which the function subtracts cost", () => {
    const benefit = descriptionOf("ROI").parameters.find((p) => p.name === "benefit");
    expect(benefit?.description).toMatch(/^Gross benefit .*subtracts cost/);
    expect(call("ROI", 15_000, 6_000)).toBeCloseTo(1.5, 12);
  });
});

describe("organisation price sheets", () => {
  const header = ["model", "price_type", "usd_per_mtok", "valid_from", "valid_to", "provider", "note"];
  const sheet: unknown[][] = [
    header,
    ["gpt-4o-mini", "input", 0.1, "2026-01-01", "2026-12-31", "openai", "negotiated 2026"],
    ["gpt-4o-mini", "input", 0.12, "2027-01-01", "", "", "from 2027"],
    ["acme-internal-7b", "input", 0.001, "", "", "", "internal model"],
    ["acme-internal-7b", "output", 0.002, "", "", "", "internal model"],
    ["gpt-4.1-mini", "training", 4, 46023, "", "", "committed spend (from 2026-01-01 as a date serial)"],
    ["", "", "", "", "", "", ""],
  ];

  test("a row in force overrides the catalog price of its type; other types and other dates fall back to the catalog", () => {
    expect(call("PRICE", "gpt-4o-mini", "input", TODAY, sheet)).toBe(0.1);
    expect(call("PRICE", "GPT-4o-mini", "input", TODAY, sheet)).toBe(0.1);
    expect(call("PRICE", "openai:gpt-4o-mini", "input", TODAY, sheet)).toBe(0.1);
    expect(call("PRICE", "gpt-4o-mini", "output", TODAY, sheet)).toBe(0.6);
    expect(call("PRICE", "gpt-4o-mini", "input", "2025-06-01", sheet)).toBe(0.15);
    expect(call("PRICE", "gpt-4o-mini", "input", "2027-03-01", sheet)).toBe(0.12);
    expect(call("PRICE", "gpt-4o-mini", "input", null, sheet)).toBe(0.12); // newest: the row still in force
    expect(call("PRICE", "gpt-4o", "input", TODAY, sheet)).toBe(call("PRICE", "gpt-4o", "input", TODAY, null));
  });

  test("INFERENCE uses the sheet's price with the discount on top; a blank argument is no sheet", () => {
    expect(number(inference("gpt-4o-mini", 1_000_000, 1_000_000, { asOf: TODAY, sheet }))).toBeCloseTo(0.1 + 0.6, 12);
    expect(number(inference("gpt-4o-mini", 1_000_000, 1_000_000, { asOf: TODAY, sheet, discount: 0.5 }))).toBeCloseTo((0.1 + 0.6) / 2, 12);
    expect(call("INFERENCE", "gpt-4o-mini", 1_000_000, 1_000_000, null, null, null, TODAY, null, "")).toBeCloseTo(0.75, 12);
    expect(call("INFERENCE", "gpt-4o-mini", 1_000_000, 1_000_000, null, null, null, TODAY, null, [[""]])).toBeCloseTo(0.75, 12);
  });

  test("a model only the sheet knows is priced from the sheet, also in COMPARE", () => {
    expect(number(inference("acme-internal-7b", 2_000_000, 1_000_000, { asOf: TODAY, sheet }))).toBeCloseTo(0.004, 12);
    expect(errorOf(inference("acme-internal-7b", 2_000_000, 1_000_000, { asOf: TODAY })).code).toBe("#N/A");
    const rows = call("COMPARE", 2_000_000, 1_000_000, null, null, 3, TODAY, sheet) as [string, string, number][];
    expect(rows[1][0]).toBe("acme-internal-7b");
    expect(rows[1][1]).toBe("price_sheet");
    expect(rows[1][2]).toBeCloseTo(0.004, 12);
  });

  test("FINETUNE, EMBEDDING and BREAKEVEN take the sheet too", () => {
    expect(number(call("FINETUNE", "gpt-4.1-mini", 1_000_000, 2, TODAY, sheet))).toBeCloseTo(8, 12);
    expect(number(call("FINETUNE", "gpt-4.1-mini", 1_000_000, 2, TODAY, null))).toBeCloseTo(10, 12);
    const embeddings: unknown[][] = [["Model", "Price_Type", "USD_per_MTok"], ["text-embedding-3-small", "input", 0.01]];
    expect(number(call("EMBEDDING", "text-embedding-3-small", 84_000_000, TODAY, embeddings))).toBeCloseTo(0.84, 12);
    const cheaperApi: unknown[][] = [header, ["gpt-4o", "input", 0.5, "", "", "", ""], ["gpt-4o", "output", 2, "", "", "", ""]];
    const list = number(call("BREAKEVEN", "gpt-4o", "llama-3.1-8b", "h100-sxm", 1, 1, 2, 0.6, TODAY, null));
    const negotiated = number(call("BREAKEVEN", "gpt-4o", "llama-3.1-8b", "h100-sxm", 1, 1, 2, 0.6, TODAY, cheaperApi));
    expect(negotiated).toBeGreaterThan(list); // a cheaper API needs more volume before self-hosting pays
  });

  test("a row with a provider applies only to that provider's offer of the model", () => {
    const azureOnly: unknown[][] = [header, ["gpt-4o", "input", 2, "", "", "azure", "Azure commitment"]];
    expect(call("PRICE", "azure:gpt-4o", "input", TODAY, azureOnly)).toBe(2);
    expect(call("PRICE", "gpt-4o", "input", TODAY, azureOnly)).toBe(call("PRICE", "gpt-4o", "input", TODAY, null));
    expect(call("PRICE", "openai:gpt-4o", "input", TODAY, azureOnly)).toBe(call("PRICE", "openai:gpt-4o", "input", TODAY, null));
  });

  test("a range that is not a price sheet is #VALUE!, also when it is long", () => {
    expect(errorOf(call("PRICE", "gpt-4o-mini", "input", TODAY, "abc")).code).toBe("#VALUE!");
    const junk = Array.from({ length: 10_000 }, (_, i) => [`row ${i}`, i, null]);
    expect(errorOf(call("PRICE", "gpt-4o-mini", "input", TODAY, junk)).message).toMatch(/header row/);
    const long = [header, ...Array.from({ length: 10_000 }, (_, i) => [`internal-${i}`, "input", i / 1000, "", "", "", ""])];
    expect(call("PRICE", "internal-9999", "input", TODAY, long)).toBeCloseTo(9.999, 12);
  });

  test("bad rows are #VALUE! naming the row and the column", () => {
    const cases: [unknown[][], RegExp][] = [
      [[header, ["gpt-4o-mini", "input", -1, "", "", "", ""]], /row 2, column usd_per_mtok/],
      [[header, ["gpt-4o-mini", "input", 0.1, "", "", "", ""], ["gpt-4o-mini", "weekly", 0.1, "", "", "", ""]], /row 3, column price_type: "weekly" is not one of input, output/],
      [[header, ["gpt-4o-mini", "input", 0.1, "soon", "", "", ""]], /row 2, column valid_from/],
      [[header, ["gpt-4o-mini", "input", 0.1, "2026-06-01", "2026-01-01", "", ""]], /row 2, column valid_to/],
      [[header, [42, "input", 0.1, "", "", "", ""]], /row 2, column model/],
      [[["model", "usd_per_mtok"], ["gpt-4o-mini", 0.1]], /"price_type" is missing/],
    ];
    for (const [bad, message] of cases) {
      const error = errorOf(call("PRICE", "gpt-4o-mini", "input", TODAY, bad));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toMatch(message);
    }
  });
});
