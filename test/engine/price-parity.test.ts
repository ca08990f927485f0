import { execFileSync } from "child_process";
import path from "path";
import { calcPrice } from "@pydantic/genai-prices";
import { apiCatalog, inferenceCost, pricePerMillion, resolveApiModel } from "../../src/engine";
import { firstDatedRelease } from "../../src/engine/api/lifecycle";
import { followCatalogData } from "../support/price-reference";

/**
 * A moment of the standard (non-discounted) rate, which budgets use: noon UTC is inside DeepSeek's V3 standard window
 * (00:30-16:30) and, before 2026-08-17, in no V4 window; from 2026-08-17 the V4 standard (peak) windows are 01:00-04:00
 * and 06:00-10:00, so 02:00 is in both.
 */
const V4_PEAK_WINDOWS_FROM = "2026-08-17";
const at = (iso: string) => new Date(`${iso}T${iso >= V4_PEAK_WINDOWS_FROM ? "02:00" : "12:00"}:00Z`);

/** The package's data, or the pinned data file the catalog was built from (`npm run catalog -- --data=<file>`). */
const REFERENCE = followCatalogData(apiCatalog);

describe("prices agree with @pydantic/genai-prices", () => {
  const cases: [provider: string, model: string][] = [
    ["openai", "gpt-4o-mini"],
    ["openai", "gpt-4o"],
    ["openai", "gpt-4.1"],
    ["openai", "gpt-4.1-mini"],
    ["openai", "o3"],
    ["anthropic", "claude-3-5-haiku-latest"],
    ["anthropic", "claude-sonnet-4-0"],
    ["google", "gemini-2.5-pro"],
    ["google", "gemini-2.5-flash"],
    ["mistral", "mistral-large-latest"],
    ["deepseek", "deepseek-chat"],
    ["openai", "gpt-5.6-sol"],
    ["deepseek", "deepseek-v4-pro"],
  ];
  const dates = ["2024-06-01", "2025-03-15", "2026-01-01", "2026-09-01"];

  for (const [provider, model] of cases) {
    for (const date of dates) {
      test(`${provider}:${model} on ${date}, with cache reads and a long-context request`, () => {
        // Before its first dated release a model has no price (the package would give its first one): #N/A saying from when.
        const { model: entry } = resolveApiModel(`${provider}:${model}`);
        const released = entry.history[0].from === null ? firstDatedRelease(entry.id, entry.match) : null;
        if (released !== null && date < released) {
          expect(() => inferenceCost(`${provider}:${model}`, { inputTokens: 1, outputTokens: 1, modality: "text" }, date)).toThrow(`priced from ${released}`);
          return;
        }
        for (const usage of [
          { input_tokens: 120_000, output_tokens: 3_000, cache_read_tokens: 20_000 },
          { input_tokens: 300_000, output_tokens: 5_000 },
          { input_tokens: 1_000, output_tokens: 1_000 },
        ]) {
          const reference = calcPrice(usage, model, { providerId: provider, timestamp: at(date) });
          expect(reference).not.toBeNull();
          const cached = usage.cache_read_tokens ?? 0;
          const hasCachePrice = (() => {
            try {
              pricePerMillion(`${provider}:${model}`, "cache_read", date);
              return true;
            } catch {
              return false;
            }
          })();
          if (cached > 0 && !hasCachePrice) continue; // the package prices unpriced cache reads at 0; LLMCOST bills them as input
          const ours = inferenceCost(`${provider}:${model}`, { inputTokens: usage.input_tokens, outputTokens: usage.output_tokens, cachedInputTokens: cached, requests: 1, modality: "text" }, date);
          expect(ours).toBeCloseTo(reference!.total_price, 10);
          // the same workload spread over 10 identical requests costs 10 times as much
          const tenRequests = inferenceCost(`${provider}:${model}`, { inputTokens: usage.input_tokens * 10, outputTokens: usage.output_tokens * 10, cachedInputTokens: cached * 10, requests: 10, modality: "text" }, date);
          expect(tenRequests).toBeCloseTo(reference!.total_price * 10, 9);
        }
      });
    }
  }

  test("an unqualified id resolves to the same provider the package picks", () => {
    for (const model of ["gpt-4o-mini", "claude-3-5-haiku-latest", "gemini-2.5-flash", "mistral-large-latest"]) {
      const reference = calcPrice({ input_tokens: 1_000_000, output_tokens: 1_000_000 }, model, { timestamp: at("2026-09-01") });
      expect(inferenceCost(model, { inputTokens: 1_000_000, outputTokens: 1_000_000, modality: "text" }, "2026-09-01")).toBeCloseTo(reference!.total_price, 10);
    }
  });

  test("models the package cannot place without a provider are still found", () => {
    expect(calcPrice({ input_tokens: 1_000_000 }, "text-embedding-3-small")).toBeNull();
    expect(pricePerMillion("text-embedding-3-small", "input", null)).toBe(0.02);
  });

  test("the bundled catalog is exactly what the pinned package holds", () => {
    const script = path.resolve(__dirname, "..", "..", "scripts", "generate-api-catalog.cjs");
    const matches = apiCatalog.data_file ? `matches ${apiCatalog.data_file} (data file)` : "matches @pydantic/genai-prices 0.1.8";
    expect(REFERENCE).toBe(apiCatalog.data_file ?? "@pydantic/genai-prices 0.1.8");
    expect(execFileSync(process.execPath, [script, "--check"], { encoding: "utf8" })).toContain(matches);
    expect(apiCatalog.version).toBe("0.1.8");
  });

  test("per-request fees: the package's requests_kcount, charged per request (one request per package call)", () => {
    for (const model of ["sonar", "sonar-pro", "sonar-reasoning", "sonar-reasoning-pro"]) {
      const reference = calcPrice({ input_tokens: 5_000, output_tokens: 1_000 }, model, { providerId: "perplexity", timestamp: at("2026-11-30") });
      const ours = inferenceCost(`perplexity:${model}`, { inputTokens: 5_000, outputTokens: 1_000, requests: 1, modality: "text" }, "2026-11-30");
      expect(reference!.total_price).toBeGreaterThan((5_000 * 1 + 1_000 * 1) / 1e6); // the fee is there
      expect(ours).toBeCloseTo(reference!.total_price, 12);
    }
  });

  test("cache writes at the package's cache-write price", () => {
    for (const [provider, model] of [["anthropic", "claude-sonnet-4-0"], ["anthropic", "claude-3-5-haiku-latest"], ["google", "gemini-2.5-pro"]]) {
      const usage = { input_tokens: 100_000, cache_write_tokens: 40_000, cache_read_tokens: 20_000, output_tokens: 2_000 };
      const reference = calcPrice(usage, model, { providerId: provider, timestamp: at("2026-11-30") });
      const ours = inferenceCost(`${provider}:${model}`, { inputTokens: 100_000, cacheWriteTokens: 40_000, cachedInputTokens: 20_000, outputTokens: 2_000, requests: 1, modality: "text" }, "2026-11-30");
      expect(ours).toBeCloseTo(reference!.total_price, 12);
    }
  });

  test("time-of-day prices: the standard rate on every date, from the date the windows start", () => {
    // deepseek-v4-pro: flat 0.435 before 2026-08-17; from then 0.66 off-peak and 1.32 at peak (the standard rate)
    expect(pricePerMillion("deepseek-v4-pro", "input", "2026-08-16")).toBe(0.435);
    expect(pricePerMillion("deepseek-v4-pro", "input", "2026-08-17")).toBe(calcPrice({ input_tokens: 1_000_000 }, "deepseek-v4-pro", { timestamp: new Date("2026-08-17T02:00:00Z") })!.total_price);
    expect(pricePerMillion("deepseek-v4-pro", "input", "2026-08-17")).toBeGreaterThan(calcPrice({ input_tokens: 1_000_000 }, "deepseek-v4-pro", { timestamp: new Date("2026-08-17T12:00:00Z") })!.total_price);
  });

  test("provider ids and their aliases resolve to the provider the package picks", () => {
    for (const [alias, model] of [["azure", "gpt-4o"], ["google-vertex", "gemini-2.5-pro"], ["vertex", "gemini-2.5-pro"], ["gemini", "gemini-2.5-flash"], ["xai", "grok-4"], ["mistralai", "mistral-large-latest"], ["bedrock", "amazon.nova-pro-v1:0"]]) {
      const reference = calcPrice({ input_tokens: 1_000_000, output_tokens: 1_000_000 }, model, { providerId: alias, timestamp: at("2026-11-30") });
      expect(reference).not.toBeNull();
      // one request, as the package prices it (its long-context tiers follow the request's size)
      expect(inferenceCost(`${alias}:${model}`, { inputTokens: 1_000_000, outputTokens: 1_000_000, requests: 1, modality: "text" }, "2026-11-30")).toBeCloseTo(reference!.total_price, 12);
    }
  });

  test("a bare id means the entry the package picks (the maker's), with rules compared case-insensitively", () => {
    for (const model of ["deepseek-r1-0528", "deepseek-chat-v3-0324", "MiniMax-M2", "minimax-m2", "grok-4", "gpt-4o-mini-20240718", "Claude-Sonnet-4-0"]) {
      const reference = calcPrice({ input_tokens: 1_000_000, output_tokens: 1_000_000 }, model, { timestamp: at("2026-11-30") });
      expect(reference).not.toBeNull();
      expect(resolveApiModel(model).provider.id).toBe(reference!.provider.id);
      expect(resolveApiModel(model).model.id).toBe(reference!.model.id);
      expect(inferenceCost(model, { inputTokens: 1_000_000, outputTokens: 1_000_000, requests: 1, modality: "text" }, "2026-11-30")).toBeCloseTo(reference!.total_price, 12);
    }
  });

  test("every bare catalog id the package can place resolves to the package's entry", () => {
    const disagreements: string[] = [];
    for (const model of apiCatalog.models) {
      const reference = calcPrice({ input_tokens: 1 }, model.id, { timestamp: at("2026-11-30") });
      if (reference === null) continue; // the package places no provider: LLMCOST's own look-up across providers
      const ours = resolveApiModel(model.id);
      if (ours.model.id !== reference.model.id || (ours.provider.id !== reference.provider.id && !reference.provider.fallback_model_providers?.includes(ours.provider.id))) {
        disagreements.push(`${model.id}: ${ours.provider.id}:${ours.model.id} vs ${reference.provider.id}:${reference.model.id}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
