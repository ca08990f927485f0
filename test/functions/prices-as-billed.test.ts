import { loadFunctionsBundle } from "../support/functions-bundle";
import { errorOf, numberOf } from "../support/cell-values";
import tiers from "../../src/data/service-tiers.json";
import lifecycle from "../../src/data/model-lifecycle.json";

/**
 * Issue 19 through the built dist/functions.js, called as Excel calls it (null for an omitted argument): prices as a
 * 2026 bill charges them — makers before resellers, long-context tiers, modalities, price-sheet rows resolved through
 * the catalog, Bedrock ids, provider filters, ambiguous reseller slugs, Azure fine-tuning, retirements, CATALOG,
 * typing slips; service tiers, regions and 1-hour cache writes from dated, sourced data; PRICECHANGE.
 */
const bundle = loadFunctionsBundle();
const call = bundle.call;
const TODAY = "2026-11-30";

const number = numberOf;

interface Options {
  requests?: number;
  cached?: number;
  discount?: number;
  asOf?: string | null;
  cacheWrite?: number;
  sheet?: unknown[][];
  tier?: string;
  region?: string;
  cacheWrite1h?: number;
  modality?: string;
}

/** INFERENCE with its arguments by name; omitted ones are null, as Excel passes them. */
function inference(model: string, input: number, output: number, o: Options = {}) {
  return call(
    "INFERENCE", model, input, output, o.requests ?? null, o.cached ?? null, o.discount ?? null, o.asOf === undefined ? TODAY : o.asOf,
    o.cacheWrite ?? null, o.sheet ?? null, o.tier ?? null, o.region ?? null, o.cacheWrite1h ?? null, o.modality ?? null,
  );
}

describe("still silently wrong, now right or a clear error", () => {
  test("1. a bare id means its maker's offer: sonar-reasoning is Perplexity's, per-request fee included", () => {
    // 3M input at 1, 1M output at 5, 20,000 requests at 12 USD per 1,000 (not a reseller's 8 USD of tokens alone)
    expect(number(inference("sonar-reasoning", 3e6, 1e6, { requests: 20_000 }))).toBeCloseTo(3 + 5 + 240, 9);
    expect(number(inference("sonar-reasoning", 3e6, 1e6, { requests: 20_000 }))).toBe(number(inference("perplexity:sonar-reasoning", 3e6, 1e6, { requests: 20_000 })));
  });

  test("2. a long-context model with requests omitted: #VALUE! once the total input crosses the first threshold", () => {
    const error = errorOf(inference("claude-sonnet-4-5", 500_000, 0));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/above 200,000 input tokens at 6 USD per 1M instead of 3: .*give requests/);
    expect(number(inference("claude-sonnet-4-5", 500_000, 0, { requests: 1 }))).toBeCloseTo(0.5 * 6, 12); // one 500k prompt: the long-context rate
    expect(number(inference("claude-sonnet-4-5", 150_000, 0))).toBeCloseTo(0.15 * 3, 12); // below the threshold, requests stay optional
  });

  test("3. audio and image models say the modality; with it they price at its rates", () => {
    const realtime = errorOf(inference("gpt-4o-realtime-preview", 1e6, 1e6));
    expect(realtime.code).toBe("#VALUE!");
    expect(realtime.message).toMatch(/audio input \(40 USD per 1M\), audio output \(80 USD per 1M\).*modality/);
    expect(number(inference("gpt-4o-realtime-preview", 1e6, 1e6, { modality: "audio" }))).toBeCloseTo(40 + 80, 12);
    expect(number(inference("gpt-4o-realtime-preview", 1e6, 1e6, { modality: "text" }))).toBeCloseTo(5 + 20, 12);
    const image = errorOf(inference("gemini-2.5-flash-image", 1e6, 1e6));
    expect(image.message).toMatch(/image output \(30 USD per 1M\)/);
    expect(number(inference("gemini-2.5-flash-image", 1e6, 1e6, { modality: "text/image" }))).toBeCloseTo(0.3 + 30, 12);
    expect(errorOf(inference("gpt-4o-transcribe", 1e6, 0)).message).toMatch(/audio input \(6 USD per 1M\)/);
    // a text model that also takes audio input at its own price: text unless the modality says otherwise
    expect(number(inference("gemini-2.5-flash", 1e6, 1e6))).toBeCloseTo(0.3 + 2.5, 12);
    expect(number(inference("gemini-2.5-flash", 1e6, 1e6, { modality: "audio/text" }))).toBeCloseTo(1 + 2.5, 12);
    expect(errorOf(inference("gemini-2.5-flash", 1e6, 1e6, { modality: "audio" })).message).toMatch(/lists no audio output price/);
    expect(errorOf(inference("gpt-4o-mini", 1, 1, { modality: "video" })).code).toBe("#VALUE!");
  });

  test("4. price-sheet rows resolve through the catalog: dated aliases, provider names and aliases; an unknown provider names its row", () => {
    const sheet = [
      ["model", "price_type", "usd_per_mtok", "provider"],
      ["gpt-4o-mini-2024-07-18", "input", 0.1, null],
      ["gpt-4o", "input", 2, "Azure OpenAI"],
      ["gemini-2.5-pro", "input", 1, "vertex"],
    ];
    expect(number(inference("gpt-4o-mini", 1e6, 0, { sheet }))).toBeCloseTo(0.1, 12);
    expect(number(inference("azure:gpt-4o", 1e6, 0, { sheet }))).toBeCloseTo(2, 12);
    expect(number(inference("gpt-4o", 1e6, 0, { sheet }))).toBeCloseTo(2.5, 12); // OpenAI's own offer keeps its list price
    expect(number(inference("gemini-2.5-pro", 1e6, 0, { sheet, requests: 10 }))).toBeCloseTo(1, 12);
    const unknown = errorOf(inference("gpt-4o", 1e6, 0, { sheet: [["model", "price_type", "usd_per_mtok", "provider"], ["gpt-4o", "input", 2, "Acme Cloud"]] }));
    expect(unknown.code).toBe("#VALUE!");
    expect(unknown.message).toMatch(/^price_sheet row 2, column provider: "Acme Cloud" is not a provider/);
  });

  test("5. a bare Bedrock id is AWS's, at AWS's price (the regional profile 10% above the global one)", () => {
    expect(number(inference("us.anthropic.claude-sonnet-4-5-20250929-v1:0", 1e6, 1e6, { requests: 1 }))).toBeCloseTo(3.3 + 16.5, 12);
    expect(number(inference("global.anthropic.claude-sonnet-4-5-20250929-v1:0", 1e6, 1e6, { requests: 1 }))).toBeCloseTo(3 + 15, 12);
  });

  test("6. provider filters take every name INFERENCE takes; azure lists the OpenAI models Azure sells, each priced as listed", () => {
    const azure = call("MODELS", "azure", TODAY) as (string | number)[][];
    const gpt4o = azure.find((row) => row[0] === "azure:gpt-4o");
    expect(gpt4o?.slice(0, 3)).toEqual(["azure:gpt-4o", "azure", call("PRICE", "azure:gpt-4o", "input", TODAY)]);
    expect((call("MODELS", "Azure OpenAI", TODAY) as unknown[][]).length).toBe(azure.length);
    const vertex = call("COMPARE", 1e6, 1e6, 1, "vertex", 3, TODAY) as (string | number)[][];
    expect(vertex.slice(1).every((row) => row[1] === "google")).toBe(true);
    const azureCompare = call("COMPARE", 1e6, 1e6, 1, "azure", 500, TODAY) as (string | number)[][];
    expect(azureCompare.some((row) => row[0] === "azure:gpt-4o-mini")).toBe(true);
  });

  test("7. a slug only resellers list, at different prices, is #N/A naming them and their prices", () => {
    const error = errorOf(inference("meta-llama/llama-3.3-70b-instruct", 1e6, 1e6, { requests: 1 }));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/sold by several resellers at different prices .*huggingface_groq:meta-llama\/Llama-3\.3-70B-Instruct \(0\.59 \/ 0\.79\)/);
  });

  test("8. Azure fine-tuned models say why they cannot be priced (hourly hosting), never the tokens alone", () => {
    for (const value of [inference("azure:ft:gpt-4.1-mini", 1e6, 1e6), call("FINETUNE", "azure:gpt-4.1-mini", 1e6, null, null, null)]) {
      const error = errorOf(value);
      expect(error.code).toBe("#N/A");
      expect(error.message).toMatch(/hourly hosting fee whether it is called or not/);
    }
  });

  test("9. retired models are marked in MODELS and #N/A after their shutdown date, saying since when (sourced)", () => {
    const row = lifecycle.rows.find((r) => r.provider === "openai" && r.model === "chatgpt-4o-latest")!;
    expect(row.source).toMatch(/^https:\/\//);
    const models = call("MODELS", "openai", TODAY) as string[][];
    expect(models.find((r) => r[0] === "chatgpt-4o-latest")?.[6]).toBe("retired 2026-02-17");
    expect(models.find((r) => r[0] === "gpt-5")?.[6]).toBe("retires 2026-12-11");
    expect(number(inference("chatgpt-4o-latest", 1e6, 0, { asOf: "2026-01-01" }))).toBeGreaterThan(0);
    const error = errorOf(inference("chatgpt-4o-latest", 1e6, 0));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/retired on 2026-02-17 .*no price on 2026-11-30/);
    const compare = call("COMPARE", 1e6, 1e6, 1, "openai", 500, TODAY) as string[][];
    expect(compare.some((r) => r[0] === "chatgpt-4o-latest")).toBe(false);
    expect(compare.find((r) => r[0] === "gpt-5")?.[3]).toBe("retires 2026-12-11");
  });

  test("10. CATALOG: the newest change in force apart from scheduled ones; detail spills one row per source", () => {
    const [[text]] = call("CATALOG") as string[][];
    expect(text).toMatch(/newest price change in force \d{4}-\d{2}-\d{2} \(on \d{4}-\d{2}-\d{2}\); (scheduled: 2027-01-01 \(3 models\)|no scheduled changes)/);
    const detail = call("CATALOG", true) as string[][];
    expect(detail[0]).toEqual(["source", "detail"]);
    expect(detail.map((row) => row[0])).toEqual(expect.arrayContaining(["API prices", "service tiers and regions", "model retirements", "API fees", "precedence"]));
    expect(detail.every((row) => row.length === 2 && row[1].length > 0)).toBe(true);
  });

  test("11. typing slips are #VALUE! saying what was expected; a date before the model existed is #N/A saying from when", () => {
    expect(errorOf(inference("gpt-4o-mini", -1, 0))).toEqual({ code: "#VALUE!", message: "input_tokens is a count of tokens, 0 or more (got -1)." });
    expect(errorOf(inference("gpt-4o-mini", 1, 0, { discount: 50 }))).toEqual({ code: "#VALUE!", message: "discount is a share: 0.5 for 50% (got 50)." });
    const early = errorOf(inference("gpt-4o-mini", 1e6, 0, { asOf: "2024-01-01" }));
    expect(early).toEqual({ code: "#N/A", message: "gpt-4o-mini is priced from 2024-07-18 (its first dated release); there is no price on 2024-01-01." });
    expect(number(inference("gpt-4o-mini", 1e6, 0, { asOf: "2024-07-18" }))).toBeCloseTo(0.15, 12);
  });
});

describe("service tiers, regions and 1-hour cache writes, from dated sourced data", () => {
  test("every row is dated and sourced", () => {
    for (const row of tiers.rows) {
      expect(row.source).toMatch(/^https:\/\//);
      expect(row.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test("batch halves, fast and priority charge their sourced rates, regions their uplift", () => {
    const standard = number(inference("claude-sonnet-4-5", 1e6, 1e6, { requests: 10 }));
    expect(number(inference("claude-sonnet-4-5", 1e6, 1e6, { requests: 10, tier: "batch" }))).toBeCloseTo(standard / 2, 12);
    expect(number(inference("claude-opus-4-6", 1e6, 1e6, { requests: 10, tier: "fast" }))).toBeCloseTo(30 + 150, 9);
    expect(number(inference("claude-opus-4-6", 1e6, 1e6, { requests: 10, region: "us" }))).toBeCloseTo((5 + 25) * 1.1, 9);
    expect(number(inference("gpt-5.4", 1e6, 1e6, { requests: 10, tier: "priority" }))).toBeCloseTo(5 + 30, 9);
    expect(call("PRICE", "gpt-5.4", "output", TODAY, null, "priority")).toBe(30);
    expect(number(inference("gpt-5.4", 1e6, 1e6, { requests: 10, region: "eu" }))).toBeCloseTo(number(inference("gpt-5.4", 1e6, 1e6, { requests: 10 })) * 1.1, 9);
    expect(number(inference("o3", 1e6, 1e6, { tier: "flex" }))).toBeCloseTo(number(inference("o3", 1e6, 1e6)) / 2, 9);
    expect(number(inference("grok-4.6", 1e6, 1e6, { requests: 10, region: "us" }))).toBeCloseTo(number(inference("grok-4.6", 1e6, 1e6, { requests: 10 })) * 1.1, 9);
    // Bedrock prices its geographic and global profiles as separate catalog entries: the region picks the entry
    expect(number(inference("global.anthropic.claude-sonnet-4-5-20250929-v1:0", 1e6, 1e6, { requests: 1, region: "eu" }))).toBeCloseTo(3.3 + 16.5, 12);
    expect(number(inference("us.anthropic.claude-sonnet-4-5-20250929-v1:0", 1e6, 1e6, { requests: 1, region: "global" }))).toBeCloseTo(3 + 15, 12);
  });

  test("a tier or region the provider does not offer for the model is #VALUE! listing what it offers", () => {
    expect(errorOf(inference("claude-sonnet-4-5", 1e6, 1e6, { requests: 1, tier: "fast" }))).toEqual({
      code: "#VALUE!",
      message: 'anthropic:claude-sonnet-4-5 has no service_tier "fast" on 2026-11-30. anthropic offers for it: standard, batch.',
    });
    expect(errorOf(inference("claude-sonnet-4-5", 1e6, 1e6, { requests: 1, region: "us" })).message).toMatch(/no region "us".*offers for it: global\./);
    expect(errorOf(inference("gpt-5-nano", 1e6, 1e6, { tier: "priority" })).message).toMatch(/offers for it: standard, batch\./);
  });

  test("1-hour cache writes at the catalog's price, else the provider's sourced multiple, else #VALUE!", () => {
    // Sonnet 4.5: 1M tokens written to the 1-hour cache at 6 USD per 1M (2 x input), 1M read at 0.3
    expect(number(inference("claude-sonnet-4-5", 2e6, 0, { requests: 20, cacheWrite1h: 1e6, cached: 1e6 }))).toBeCloseTo(6 + 0.3, 12);
    expect(errorOf(inference("gpt-4o", 1e6, 0, { cacheWrite1h: 1e6 })).message).toMatch(/no 1-hour cache write price/);
    expect(call("PRICE", "claude-sonnet-4-5", "cache_write_1h", TODAY)).toBe(6);
  });

  test("fast and priority rows beyond Opus 4.6, each at its sourced rate and only while offered", () => {
    // Opus 5 fast mode: 2x standard (5 / 25 → 10 / 50 USD per 1M)
    expect(number(inference("claude-opus-5", 1e6, 1e6, { requests: 10, tier: "fast" }))).toBeCloseTo(10 + 50, 9);
    // Opus 4.7 fast mode: 6x standard, withdrawn on 2026-07-24
    expect(number(inference("claude-opus-4-7", 1e6, 1e6, { requests: 10, tier: "fast", asOf: "2026-07-01" }))).toBeCloseTo(30 + 150, 9);
    const withdrawn = errorOf(inference("claude-opus-4-7", 1e6, 1e6, { requests: 10, tier: "fast", asOf: "2026-08-01" }));
    expect(withdrawn.code).toBe("#VALUE!");
    expect(withdrawn.message).toMatch(/no service_tier "fast" on 2026-08-01/);
    // OpenAI priority processing, per model: gpt-4o-mini 0.25 / 0.125 cached / 1.00; o3 3.50 / 0.875 / 14.00
    expect(number(inference("gpt-4o-mini", 2e6, 1e6, { cached: 1e6, tier: "priority" }))).toBeCloseTo(0.25 + 0.125 + 1, 9);
    expect(number(inference("o3", 1e6, 1e6, { tier: "priority" }))).toBeCloseTo(3.5 + 14, 9);
    // gpt-4o-2024-05-13 lists no cached price at priority: cached input is billed as input (8.75), never at the standard cache rate
    expect(number(inference("gpt-4o-2024-05-13", 2e6, 1e6, { cached: 1e6, tier: "priority" }))).toBeCloseTo(2 * 8.75 + 26.25, 9);
  });

  test("COMPARE at a tier lists only models sold at it, at the tier's price", () => {
    const batch = call("COMPARE", 1e6, 1e6, 1, "anthropic", 5, TODAY, null, "batch") as (string | number)[][];
    for (const [model, , usd] of batch.slice(1)) {
      expect(number(inference(String(model), 1e6, 1e6, { requests: 1, tier: "batch" }))).toBeCloseTo(Number(usd), 9);
    }
    const fast = call("COMPARE", 1e6, 1e6, 1, null, 5, TODAY, null, "fast") as (string | number)[][];
    // the models with a "fast" row in force on the date, from the data the rows come from
    const fastOnToday = tiers.rows
      .filter((row) => row.name === "fast" && (row.valid_from ?? "") <= TODAY && ((row as { valid_to?: string }).valid_to ?? "9999") >= TODAY)
      .flatMap((row) => (row as { models?: string[] }).models ?? []);
    expect(fastOnToday).toContain("claude-opus-4-6");
    expect(fast.slice(1).map((row) => row[0]).sort()).toEqual([...fastOnToday].sort());
    // Bedrock's regions are its own entries: in "eu" only the regional.* profiles, each at its own price
    const eu = call("COMPARE", 1e6, 1e6, 1, "aws", 200, TODAY, null, null, "eu") as (string | number)[][];
    expect(eu.length).toBeGreaterThan(1);
    expect(eu.slice(1).every((row) => String(row[0]).startsWith("regional."))).toBe(true);
    for (const [model, , usd] of eu.slice(1, 6)) expect(number(inference(String(model), 1e6, 1e6, { requests: 1, region: "eu" }))).toBeCloseTo(Number(usd), 9);
  });
});

describe("PRICECHANGE: what changed since the budget's date", () => {
  test("spills each change with old, new and change; long-context tiers that end are rows too", () => {
    const rows = call("PRICECHANGE", "deepseek-v4-pro", "2026-08-01", null) as (string | number)[][];
    expect(rows[0]).toEqual(["date", "price type", "old (USD/1M)", "new (USD/1M)", "change (fraction, 0.1 = 10%)", "status"]);
    const input = rows.find((row) => row[0] === "2026-08-17" && row[1] === "input")!;
    expect(input.slice(2, 4)).toEqual([0.435, 1.32]);
    expect(input[4]).toBeCloseTo(1.32 / 0.435 - 1, 12);
    expect(input[5]).toBe("in force");
    const opus = call("PRICECHANGE", "claude-opus-4-6", "2026-01-01") as (string | number)[][];
    expect(opus.find((row) => row[1] === "input above 200,000 tokens")).toEqual(["2026-03-13", "input above 200,000 tokens", 10, "", "", "in force"]);
  });

  test("scheduled changes are marked; to_date bounds the list; no change says so", () => {
    const scheduled = call("PRICECHANGE", "gemini-3.6-flash", "2026-11-01") as (string | number)[][];
    expect(scheduled.find((row) => row[1] === "input")).toEqual(["2027-01-01", "input", 0.75, 1.5, 1, "scheduled"]);
    expect((call("PRICECHANGE", "gemini-3.6-flash", "2026-11-01", "2026-12-31") as string[][])[1][0]).toMatch(/^no change of google:gemini-3\.6-flash/);
    expect(errorOf(call("PRICECHANGE", "gemini-3.6-flash", "2026-11-01", "2026-01-01")).code).toBe("#VALUE!");
  });
});
