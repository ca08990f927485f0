import { execFileSync } from "child_process";
import path from "path";
import { calcPrice } from "@pydantic/genai-prices";
import { apiCatalog, inferenceCost, pricePerMillion } from "../../src/engine";

/** Noon UTC: outside every off-peak window, which LLMCOST does not price (budgets use the standard rate). */
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

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
          const ours = inferenceCost(`${provider}:${model}`, { inputTokens: usage.input_tokens, outputTokens: usage.output_tokens, cachedInputTokens: cached, requests: 1 }, date);
          expect(ours).toBeCloseTo(reference!.total_price, 10);
          // the same workload spread over 10 identical requests costs 10 times as much
          const tenRequests = inferenceCost(`${provider}:${model}`, { inputTokens: usage.input_tokens * 10, outputTokens: usage.output_tokens * 10, cachedInputTokens: cached * 10, requests: 10 }, date);
          expect(tenRequests).toBeCloseTo(reference!.total_price * 10, 9);
        }
      });
    }
  }

  test("an unqualified id resolves to the same provider the package picks", () => {
    for (const model of ["gpt-4o-mini", "claude-3-5-haiku-latest", "gemini-2.5-flash", "mistral-large-latest"]) {
      const reference = calcPrice({ input_tokens: 1_000_000, output_tokens: 1_000_000 }, model, { timestamp: at("2026-09-01") });
      expect(inferenceCost(model, { inputTokens: 1_000_000, outputTokens: 1_000_000 }, "2026-09-01")).toBeCloseTo(reference!.total_price, 10);
    }
  });

  test("models the package cannot place without a provider are still found", () => {
    expect(calcPrice({ input_tokens: 1_000_000 }, "text-embedding-3-small")).toBeNull();
    expect(pricePerMillion("text-embedding-3-small", "input", null)).toBe(0.02);
  });

  test("the bundled catalog is exactly what the pinned package holds", () => {
    const script = path.resolve(__dirname, "..", "..", "scripts", "generate-api-catalog.cjs");
    expect(execFileSync(process.execPath, [script, "--check"], { encoding: "utf8" })).toMatch(/matches @pydantic\/genai-prices 0\.1\.8/);
    expect(apiCatalog.version).toBe("0.1.8");
  });
});
