import { loadFunctionsBundle } from "../support/functions-bundle";
import { isCustomFunctionsError } from "../../dev/custom-functions-double";
import { breakEvenMonthlyOutputTokens, chatPricesPerMtok, selfHostMonthlyUsd } from "../../src/engine";

const bundle = loadFunctionsBundle();
const call = bundle.call;

function errorOf(value: unknown): { code: string; message: string } {
  if (!isCustomFunctionsError(value)) throw new Error(`expected a CustomFunctions.Error, got ${String(value)}`);
  return { code: value.code, message: value.message };
}

describe("dist/functions.js as Excel loads it", () => {
  test("registers every function in functions.json exactly once", () => {
    const ids = bundle.metadata.functions.map((f) => f.id).sort();
    expect([...bundle.double.registered.keys()].sort()).toEqual(ids);
    expect(bundle.double.duplicates).toEqual([]);
    for (const id of ["PRICE", "INFERENCE", "FINETUNE", "EMBEDDING", "VECTORSTORE", "ROI", "PAYBACK", "MODELS", "COMPARE", "CATALOG"]) {
      expect(ids).toContain(id);
    }
  });

  test("metadata describes every function and parameter; optional ones are marked and say 'If omitted'", () => {
    for (const fn of bundle.metadata.functions as unknown as { id: string; description: string; helpUrl: string; parameters: { name: string; description: string; optional?: boolean }[] }[]) {
      expect(fn.description.length).toBeGreaterThan(10);
      expect(fn.helpUrl).toMatch(new RegExp(`help\\.html#${fn.id}$`));
      let seenOptional = false;
      for (const p of fn.parameters) {
        expect(p.description.length).toBeGreaterThan(5);
        if (p.optional) {
          seenOptional = true;
          expect(p.description.startsWith("If omitted")).toBe(true);
        } else {
          expect(seenOptional).toBe(false); // required arguments come first
        }
      }
    }
  });

  test("INFERENCE prices gpt-4o-mini at its list prices", () => {
    // 0.15 USD/1M input, 0.60 USD/1M output (genai-prices 0.1.8)
    expect(call("INFERENCE", "gpt-4o-mini", 1_000_000, 1_000_000, null, null, null, null)).toBeCloseTo(0.75, 10);
    expect(call("INFERENCE", "GPT-4o-Mini", 2_000_000, 0, null, null, null, null)).toBeCloseTo(0.3, 10);
    // cached input at the cache-read price, batch discount
    expect(call("INFERENCE", "gpt-4o-mini", 1_000_000, 0, null, 500_000, 0.5, null)).toBeCloseTo((0.5 * 0.15 + 0.5 * 0.075) * 0.5, 10);
  });

  test("long-context tiers follow the average request size", () => {
    const below = call("INFERENCE", "gemini-2.5-pro", 1_000_000, 0, 10, null, null, null) as number; // 100k per request
    const above = call("INFERENCE", "gemini-2.5-pro", 3_000_000, 0, 10, null, null, null) as number; // 300k per request
    expect(below).toBeCloseTo(1.25, 10);
    expect(above).toBeCloseTo(3 * 2.5, 10);
    // Without requests, a total input past the first threshold cannot say which tier applies: #VALUE! asking for requests.
    const unknownTier = errorOf(call("INFERENCE", "gemini-2.5-pro", 3_000_000, 0, null, null, null, null));
    expect(unknownTier.code).toBe("#VALUE!");
    expect(unknownTier.message).toMatch(/above 200,000 input tokens .*give requests/);
    expect(call("INFERENCE", "gemini-2.5-pro", 150_000, 0, null, null, null, null)).toBeCloseTo(0.15 * 1.25, 10);
  });

  test("PRICE kinds, dates and fine-tuned models", () => {
    expect(call("PRICE", "gpt-4o-mini", null, null)).toBe(0.15);
    expect(call("PRICE", "gpt-4o-mini", "output", null)).toBe(0.6);
    expect(call("PRICE", "gpt-4.1-mini", "training", null)).toBe(5);
    expect(call("PRICE", "ft:gpt-4.1-mini", "output", null)).toBe(3.2);
    expect(call("PRICE", "openai:gpt-4o-mini", "cache_read", "2025-06-01")).toBe(0.075);
    expect(call("PRICE", "gpt-4o-mini", "input", 45658)).toBe(0.15); // 2025-01-01 as an Excel serial
  });

  test("FINETUNE, EMBEDDING and VECTORSTORE", () => {
    expect(call("FINETUNE", "gpt-4.1-mini", 42_000_000, 3, null)).toBeCloseTo(42 * 3 * 5, 9);
    expect(call("EMBEDDING", "text-embedding-3-small", 84_000_000, null)).toBeCloseTo(84 * 0.02, 9);
    // storage only (no queries, no plan minimum), then the plan's 50 USD minimum when omitted
    expect(call("VECTORSTORE", 50_000, 1536, null, null, null, null, 0)).toBeCloseTo((50_000 * 1536 * 4) / 1e9 * 0.33, 12);
    expect(call("VECTORSTORE", 50_000, 1536, null, null, null, null, null)).toBe(50);
    expect(call("VECTORSTORE", 1_000_000, 1000, 1, 1, null, null, 0)).toBeCloseTo(1, 12);
  });

  test("ROI and PAYBACK", () => {
    expect(call("ROI", 15_000, 6_000)).toBeCloseTo(1.5, 12);
    expect(errorOf(call("ROI", 1, 0)).code).toBe("#DIV/0!");
    expect(call("PAYBACK", 12_000, 3_000, 1_000)).toBe(6);
    expect(errorOf(call("PAYBACK", 12_000, 1_000, 1_000)).code).toBe("#NUM!");
  });

  test("an unknown model is #N/A naming the closest ids, never 0", () => {
    const error = errorOf(call("INFERENCE", "gpt-4o-mni", 1000, 1000, null, null, null, null));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/Closest: .*gpt-4o-mini/);
  });

  test("an embedding model has no output price: #N/A, not a free output", () => {
    expect(errorOf(call("INFERENCE", "text-embedding-3-small", 1000, 1000, null, null, null, null)).code).toBe("#N/A");
  });

  test("bad arguments map to Excel's errors", () => {
    // Typing slips are #VALUE! saying what was expected (Excel shows no message with #NUM!).
    expect(errorOf(call("INFERENCE", "gpt-4o-mini", -1, 0, null, null, null, null))).toEqual({ code: "#VALUE!", message: "input_tokens is a count of tokens, 0 or more (got -1)." });
    expect(errorOf(call("INFERENCE", "gpt-4o-mini", 10, 0, null, 11, null, null)).code).toBe("#VALUE!");
    expect(errorOf(call("INFERENCE", "gpt-4o-mini", 10, 0, null, null, 1.5, null))).toEqual({ code: "#VALUE!", message: "discount is a share: 0.5 for 50% (got 1.5)." });
    expect(errorOf(call("INFERENCE", "gpt-4o-mini", 10, 0, null, null, 50, null)).message).toBe("discount is a share: 0.5 for 50% (got 50).");
    expect(errorOf(call("PRICE", "gpt-4o-mini", "weekly", null)).message).toMatch(/input, output, cache_read, cache_write, cache_write_1h, training/);
    expect(errorOf(call("PRICE", "gpt-4o-mini", null, "last tuesday")).code).toBe("#VALUE!");
    expect(errorOf(call("PRICE", "gpt-4o-mini", null, -5)).code).toBe("#VALUE!");
    expect(errorOf(call("PRICE", "", null, null)).code).toBe("#VALUE!");
  });

  test("MODELS and COMPARE spill tables with a header row", () => {
    const models = call("MODELS", "openai", null) as unknown[][];
    expect(models[0]).toEqual(["model", "provider", "input (USD/1M)", "output (USD/1M)", "cache read (USD/1M)", "context window", "status"]);
    expect(models.find((row) => row[0] === "gpt-4o-mini")).toEqual(["gpt-4o-mini", "openai", 0.15, 0.6, 0.075, 128000, ""]);
    const cheapest = call("COMPARE", 1_000_000, 1_000_000, null, "openai", 5) as unknown[][];
    expect(cheapest).toHaveLength(6);
    expect(cheapest[0]).toEqual(["model", "provider", "USD", "status"]);
    const costs = cheapest.slice(1).map((row) => row[2] as number);
    expect([...costs].sort((a, b) => a - b)).toEqual(costs);
    expect(costs.every((usd) => usd > 0)).toBe(true);
    expect(call("COMPARE", 1, 1, null, null, null) as unknown[][]).toHaveLength(11);
  });

  test("CATALOG names the source, version and newest date", () => {
    expect((call("CATALOG") as string[][])[0][0]).toMatch(/@pydantic\/genai-prices 0\.1\.8 .* newest price change in force \d{4}-\d{2}-\d{2}/);
  });
});

describe("tables feed formulas", () => {
  test("every COMPARE row's model, passed to INFERENCE with the same workload, costs what the row says", () => {
    for (const provider of [null, "openrouter", "openai"]) {
      const rows = call("COMPARE", 9_000_000, 15_000_000, 30_000, provider, 25) as [string, string, number][];
      for (const [model, , usd] of rows.slice(1)) {
        expect(call("INFERENCE", model, 9_000_000, 15_000_000, 30_000, null, null, null)).toBeCloseTo(usd, 9);
      }
    }
  });

  test("every MODELS row's model prices at the row's input price", () => {
    const rows = call("MODELS", null, "2026-11-01") as [string, string, number][];
    expect(rows.length).toBeGreaterThan(500);
    for (const [model, , input, , , , status] of rows.slice(1) as unknown as [string, string, number, unknown, unknown, unknown, string][]) {
      // a model retired by that date is listed and marked; PRICE says since when
      if (status.startsWith("retired")) expect(errorOf(call("PRICE", model, "input", "2026-11-01")).code).toBe("#N/A");
      else expect(call("PRICE", model, "input", "2026-11-01")).toBe(input);
    }
  });
});

describe("self-hosting functions through the bundle", () => {
  test("GPUMEMORY: weights + KV cache + overhead, the overhead overridable from Excel", () => {
    // llama-3.1-70b: 70.55e9 parameters x 2 bytes = 141.1 GB; no context; 1 GB per GPU runtime
    expect(call("GPUMEMORY", "llama-3.1-70b", "bf16", 0, 1, 0)).toBeCloseTo(142.1, 9);
    expect(call("GPUMEMORY", "llama-3.1-70b", "bf16", 0, 1, null)).toBeCloseTo(141.1 * 1.1 + 1, 9);
    // KV cache: 2 x 80 layers x 8 KV heads x 128 x 2 bytes = 327,680 bytes per token
    expect((call("GPUMEMORY", "llama-3.1-70b", "bf16", 8192, 4, 0) as number) - 142.1).toBeCloseTo((4 * 8192 * 327_680) / 1e9, 9);
    expect(errorOf(call("GPUMEMORY", "llama-3.1-70b", "bf16", 0, 1, -0.1)).code).toBe("#NUM!");
    expect(errorOf(call("GPUMEMORY", "llama-9", null, null, null, null)).message).toMatch(/Closest: /);
  });

  test("GPUCOUNT: fewest of 1, 2, 4, 8 GPUs whose usable share holds the need", () => {
    expect(call("GPUCOUNT", "llama-3.1-70b", "h100-sxm", "bf16", null, null, null, null)).toBe(4); // 156 GB > 2 x 72 GB
    expect(call("GPUCOUNT", "llama-3.1-70b", "h100-sxm", "fp8", null, null, null, null)).toBe(2);
    expect(call("GPUCOUNT", "llama-3.1-70b", "h200", "fp8", null, null, 0, 0.9)).toBe(1); // 70.6 + 0.7 + 1 GB in 135.7 GB
    // memory as nvidia-smi reports it: half of 143,771 MiB is 75.4 GB, not 70.5
    expect(call("GPUCOUNT", "llama-3.1-70b", "h200", "fp8", null, null, 0, 0.5)).toBe(1);
    expect(call("GPUCOUNT", "llama-3.1-70b", "h200", "fp8", null, null, 0, 0.47)).toBe(2);
    expect(errorOf(call("GPUCOUNT", "llama-3.1-405b", "l4", "bf16", null, null, null, null)).code).toBe("#NUM!");
  });

  test("GPUPRICE and SELFHOST follow the catalog and their arguments", () => {
    expect(call("GPUPRICE", "H100-SXM", "runpod", "community")).toBe(2.69);
    expect(errorOf(call("GPUPRICE", "h100-sxm", "runpod", "spot")).code).toBe("#N/A");
    const perHour = 2.0;
    const monthly = call("SELFHOST", "llama-3.1-8b", "h100-sxm", 1e9, 1e8, 1, perHour, 0.6, "fp8", null, null) as number;
    // whole replicas of one GPU at 730 hours
    expect(monthly / (perHour * 730)).toBeCloseTo(Math.round(monthly / (perHour * 730)), 9);
    expect(call("SELFHOST", "llama-3.1-8b", "h100-sxm", 1e9, 1e8, 1, perHour, 0.6, "fp8", 0.4, null) as number).toBeGreaterThanOrEqual(monthly);
  });

  test("kv_precision: an fp8 KV cache holds twice the tokens of a bf16 one", () => {
    const bf16 = (call("GPUMEMORY", "llama-3.1-70b", "bf16", 8192, 4, 0, "bf16") as number) - 142.1;
    const fp8 = (call("GPUMEMORY", "llama-3.1-70b", "bf16", 8192, 4, 0, "fp8") as number) - 142.1;
    expect(bf16 / fp8).toBeCloseTo(2, 9);
    expect(call("GPUCOUNT", "llama-3.1-70b", "h100-sxm", "fp8", 100000, 8, null, null, "bf16")).toBeGreaterThan(call("GPUCOUNT", "llama-3.1-70b", "h100-sxm", "fp8", 100000, 8, null, null, "fp8") as number);
    expect(errorOf(call("GPUMEMORY", "llama-3.1-70b", "bf16", 8192, 4, 0, "fp9")).code).toBe("#VALUE!");
  });

  test("THROUGHPUT: one replica, capped at 1,024 concurrent requests unless max_concurrent_requests says otherwise", () => {
    const capped = call("THROUGHPUT", "llama-3.1-8b", "h100-sxm", 1, "fp8", 128, 128, null, null, null, null) as number;
    const uncapped = call("THROUGHPUT", "llama-3.1-8b", "h100-sxm", 1, "fp8", 128, 128, null, null, null, 100000) as number;
    const small = call("THROUGHPUT", "llama-3.1-8b", "h100-sxm", 1, "fp8", 128, 128, null, null, null, 16) as number;
    expect(uncapped).toBeGreaterThan(capped);
    expect(small).toBeLessThan(capped / 4);
    expect(errorOf(call("THROUGHPUT", "llama-3.1-8b", "h100-sxm", 1, "fp8", 128, 128, null, null, null, -1)).code).toBe("#NUM!");
  });

  test("SELFHOST: a per-token latency target never lowers the cost; an impossible one is #NUM!", () => {
    const args = ["llama-3.1-8b", "h100-sxm", 2e11, 2e11, 1, 2.0, 0.6, "fp8", null, null, null, null];
    const free = call("SELFHOST", ...args, null) as number;
    const tight = call("SELFHOST", ...args, 0.01) as number;
    expect(tight).toBeGreaterThan(free);
    expect(errorOf(call("SELFHOST", ...args, 0.0001)).code).toBe("#NUM!");
  });

  test("SELFHOST output_tokens_per_request: the caller's request shape, exactly; more output per request never costs less", () => {
    // 14 optional-argument slots before it: gpus, usd_per_gpu_hour, utilization given; the seven after them left out
    const shaped = (input: number, output: number, perRequest: unknown) => call("SELFHOST", "llama-3.1-8b", "h100-sxm", input, output, 1, 2.0, 0.6, null, null, null, null, null, null, null, perRequest);
    const engine = (input: number, output: number, perRequest: number) =>
      selfHostMonthlyUsd("llama-3.1-8b", "h100-sxm", input, output, { gpus: 1, usdPerGpuHour: 2.0, utilization: 0.6, requestOutputTokens: perRequest });
    expect(shaped(3e11, 1e11, 200)).toBe(engine(3e11, 1e11, 200));
    // omitted (null) is the guessed shape, sized conservatively: costlier here than the sheet's own 600 + 200 tokens
    const guessed = shaped(3e11, 1e11, null) as number;
    expect(guessed).toBe(call("SELFHOST", "llama-3.1-8b", "h100-sxm", 3e11, 1e11, 1, 2.0, 0.6));
    expect(guessed).toBeGreaterThan(shaped(3e11, 1e11, 200) as number);
    // a reasoning model's 3,000 tokens per request: far more than the guess of 300-token answers
    expect(shaped(3e11, 3e11 * 15, 3000) as number).toBeGreaterThan(shaped(3e11, 3e11 * 15, null) as number);
    // the same 1e9 requests with 600-token prompts and ever longer answers
    let previous = 0;
    for (const perRequest of [50, 200, 500, 2000, 8000, 15000, 30000]) {
      const cost = shaped(6e11, 1e9 * perRequest, perRequest) as number;
      expect(cost).toBeGreaterThanOrEqual(previous);
      previous = cost;
    }
    // 0 is the shape of a month with no output; with output it is #NUM!, as a negative number; text is #VALUE!
    expect(shaped(1e9, 0, 0)).toBe(shaped(1e9, 0, null));
    expect(errorOf(shaped(1e9, 1e8, 0)).code).toBe("#NUM!");
    expect(errorOf(shaped(1e9, 1e8, -300)).code).toBe("#NUM!");
    expect(errorOf(shaped(1e9, 1e8, "long")).code).toBe("#VALUE!");
  });

  test("BREAKEVEN output_tokens_per_request sizes replicas for the caller's shape", () => {
    const at = (perRequest: unknown) => call("BREAKEVEN", "gpt-4o", "llama-3.1-70b", "h100-sxm", 3, null, null, 0.6, null, null, perRequest);
    const engine = (perRequest: number) => {
      const api = chatPricesPerMtok("gpt-4o", null, null);
      return breakEvenMonthlyOutputTokens({ apiInputUsdPerMtok: api.input, apiOutputUsdPerMtok: api.output, model: "llama-3.1-70b", gpu: "h100-sxm", inputOutputRatio: 3, utilization: 0.6, requestOutputTokens: perRequest });
    };
    expect(at(null)).toBe(call("BREAKEVEN", "gpt-4o", "llama-3.1-70b", "h100-sxm", 3, null, null, 0.6, null, null));
    for (const perRequest of [100, 300, 3000]) expect(at(perRequest)).toBe(engine(perRequest));
    // 9,000-token prompts with 3,000-token answers: a replica serves far fewer output tokens than the guess of 300
    expect(at(3000) as number).toBeGreaterThan((at(null) as number) * 2);
    expect(errorOf(at(-1)).code).toBe("#NUM!");
  });

  test("LATENCY spills a header row and time to first token, time per output token, replica tokens/s", () => {
    const table = call("LATENCY", "llama-3.1-8b", "h100-sxm", 1, "fp8", 1000, 1000, 1) as (string | number)[][];
    expect(table[0]).toEqual(["time to first token (s)", "time per output token (s)", "output tokens/s (replica)"]);
    const [ttft, perToken, tokensPerSecond] = table[1] as number[];
    expect(ttft).toBeGreaterThan(0);
    expect(perToken).toBeGreaterThan(0.003); // 8 GB of FP8 weights at 0.8 x 3.35 TB/s
    expect(tokensPerSecond * perToken).toBeGreaterThan(0.95);
    const busy = call("LATENCY", "llama-3.1-8b", "h100-sxm", 1, "fp8", 1000, 1000, 64) as (string | number)[][];
    expect(busy[1][1] as number).toBeGreaterThan(perToken);
    expect(errorOf(call("LATENCY", "llama-9", "h100-sxm", null, null, null, null, null)).code).toBe("#N/A");
  });

  test("GPUTCO: owning an H100 at the catalog's dated defaults, and as usd_per_gpu_hour for SELFHOST", () => {
    const owned = call("GPUTCO", "h100-sxm", null, null, null, null, null) as number;
    expect(owned).toBeCloseTo(30000 / (5 * 8760) + 0.7 * 1.2 * 0.08 + (30000 * 0.1) / 8760, 9);
    expect(call("GPUTCO", "h100-sxm", 40000, null, null, null, null) as number).toBeGreaterThan(owned);
    expect(errorOf(call("GPUTCO", "mi300x", null, null, null, null, null)).message).toMatch(/purchase_usd/);
    const rented = call("SELFHOST", "llama-3.1-8b", "h100-sxm", 1e9, 1e9, 1, null, null, "fp8", null, null, null, null, null) as number;
    const ownedMonthly = call("SELFHOST", "llama-3.1-8b", "h100-sxm", 1e9, 1e9, 1, owned, null, "fp8", null, null, null, null, null) as number;
    expect(ownedMonthly).toBeCloseTo(owned * 730, 6);
    expect(rented).toBeGreaterThan(ownedMonthly);
  });

  test("TRAINHOURS precision: fp8 at 0.37 of FP8 peak; fp4 only where the GPU has FP4 tensor cores; gpus last", () => {
    expect(call("TRAINHOURS", "llama-3.1-8b", 1e9, "h100-sxm", null, "pretrain", null, "fp8", 1)).toBeCloseTo((6 * 8.03e9 * 1e9) / (1979e12 * 0.37) / 3600, 6);
    expect(errorOf(call("TRAINHOURS", "llama-3.1-8b", 1e9, "h100-sxm", null, null, null, "fp4")).code).toBe("#VALUE!");
    expect(call("TRAINHOURS", "llama-3.1-8b", 1e9, "h100-sxm", null, null, null, null, 1)).toBeCloseTo((6 * 8.03e9 * 1e9) / (989e12 * 0.4) / 3600, 6);
    // Omitted gpus is one 8-GPU node (within 1% of one GPU over NVLink); 64 GPUs cost more GPU-hours.
    const node = call("TRAINHOURS", "llama-3.1-8b", 1e9, "h100-sxm", null, null, null, "fp8", null) as number;
    expect(node / ((6 * 8.03e9 * 1e9) / (1979e12 * 0.37) / 3600)).toBeLessThan(1.01);
    expect(call("TRAINHOURS", "llama-3.1-8b", 1e9, "h100-sxm", null, null, null, "fp8", 64)).toBeGreaterThan(node * 1.2);
    expect(call("TRAINHOURS", "llama-3.1-8b", 1e9, "b200", null, null, null, "nvfp4", 1)).toBeCloseTo((call("TRAINHOURS", "llama-3.1-8b", 1e9, "b200", null, null, null, "fp8", 1) as number) / 1.2, 6);
  });

  test("GPUPRICE and SELFHOST take an as_of date (Excel serial or ISO text): the GPU prices in force then", () => {
    expect(call("GPUPRICE", "h100-sxm", null, null, "2026-02-01")).toBe(6.88);
    expect(call("GPUPRICE", "h100-sxm", null, null, 46054)).toBe(6.88); // 2026-02-01 as an Excel serial
    expect(errorOf(call("GPUPRICE", "h100-sxm", null, null, "2025-01-01")).code).toBe("#N/A");
    const dated = call("SELFHOST", "llama-3.1-8b", "h100-sxm", 1e9, 1e9, null, null, null, "fp8", null, null, null, null, null, "2026-02-01") as number;
    expect(dated).toBeCloseTo(6.88 * 730, 6);
  });
});
