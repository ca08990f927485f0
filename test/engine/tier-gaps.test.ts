import { billedPricePerMillion, inferenceCost, parsePriceSheet, type EngineError } from "../../src/engine";
import { render } from "../../src/i18n/messages";
import "../support/languages";
import tiers from "../../src/data/service-tiers.json";
import { kindOf, messageOf } from "../support/engine-errors";

/**
 * Issue 19, the gaps the tier mix found: fine-tuned models have no sourced tier price and say exactly that (never
 * blaming a price sheet nobody gave); Gemini API flex is a dated, sourced row at half the list price for the models
 * its page calls at flex, and only those.
 */
const DATE = "2026-11-30";
const WORK = { inputTokens: 1e6, outputTokens: 1e6, requests: 10 };
const cost = (model: string, tier?: string, region?: string, sheet: unknown = null) =>
  inferenceCost(model, WORK, DATE, parsePriceSheet(sheet), { serviceTier: tier ?? null, region: region ?? null });

/** The error a call throws, as Excel would show it in English and in Korean. */
function errorOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    const engine = error as EngineError;
    if (engine.text === null) throw new Error(`an error without a message id: ${engine.message}`);
    return { kind: engine.kind, id: engine.text.id, en: engine.message, ko: render(engine.text, "ko") };
  }
  throw new Error("expected an error");
}

describe("fine-tuned models: priced at the standard tier only, and a tier says why", () => {
  test("batch, priority and a region are #VALUE! saying no tier price is sourced for fine-tuned models", () => {
    for (const [tier, region, kind, value] of [["batch", undefined, "service_tier", "batch"], ["priority", undefined, "service_tier", "priority"], [undefined, "eu", "region", "eu"]] as const) {
      const error = errorOf(() => cost("ft:gpt-4.1-mini", tier, region));
      expect(error.kind).toBe("value");
      expect(error.id).toBe("errors.fineTunedNoTier");
      expect(error.en).toBe(`fine-tuned gpt-4.1-mini has no ${kind} "${value}": LLMCOST has no sourced ${kind} price for fine-tuned models (src/data/service-tiers.json lists none), so a fine-tuned model is priced only at the standard tier in the global region.`);
      expect(error.en).not.toMatch(/price.sheet/i);
      expect(error.ko).toMatch(/미세 조정 모델/);
      expect(error.ko).not.toMatch(/가격표/);
    }
  });

  test("an OpenAI fine-tuning job id takes the same answer as ft:<base>", () => {
    expect(errorOf(() => cost("ft:gpt-4.1-mini-2025-04-14:acme::abc123", "batch")).id).toBe("errors.fineTunedNoTier");
  });

  test("with a price sheet that has no row for it, the message still does not blame the sheet", () => {
    const sheet = [["model", "price_type", "usd_per_mtok"], ["gpt-4o", "input", 2]];
    const error = errorOf(() => cost("ft:gpt-4.1-mini", "batch", undefined, sheet));
    expect(error.id).toBe("errors.fineTunedNoTier");
    expect(error.en).not.toMatch(/price.sheet/i);
  });

  test("the standard tier by any of its names, and the global region, are the list price", () => {
    // finetune-prices.json: ft gpt-4.1-mini 0.80 input / 3.20 output per 1M
    const list = cost("ft:gpt-4.1-mini");
    expect(list).toBeCloseTo(0.8 + 3.2, 12);
    for (const tier of ["standard", "default", "auto", " Standard "]) expect(cost("ft:gpt-4.1-mini", tier)).toBe(list);
    expect(cost("ft:gpt-4.1-mini", undefined, "global")).toBe(list);
  });

  test("a model a price sheet alone prices still says so, and a region on it is no longer silently dropped", () => {
    const sheet = [["model", "price_type", "usd_per_mtok"], ["acme-internal-llm", "input", 1], ["acme-internal-llm", "output", 2]];
    expect(cost("acme-internal-llm", undefined, undefined, sheet)).toBeCloseTo(3, 12);
    expect(errorOf(() => cost("acme-internal-llm", "batch", undefined, sheet)).id).toBe("errors.sheetOnlyNoTier");
    expect(errorOf(() => cost("acme-internal-llm", undefined, "eu", sheet)).id).toBe("errors.sheetOnlyNoTier");
    expect(cost("acme-internal-llm", undefined, "global", sheet)).toBeCloseTo(3, 12);
  });
});

describe("Gemini API flex: half the list price, for the models its page calls at flex", () => {
  const flex = tiers.rows.find((row) => row.provider === "google" && row.name === "flex") as { models: string[]; multiplier: number; source: string; as_of: string };

  test("the row is dated and sourced, and halves every token price", () => {
    expect(flex.source).toBe("https://ai.google.dev/gemini-api/docs/flex-inference");
    expect(flex.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(flex.multiplier).toBe(0.5);
    for (const model of flex.models) {
      expect({ model, ratio: cost(model, "flex") / cost(model) }).toEqual({ model, ratio: 0.5 });
      expect(billedPricePerMillion(model, "output", DATE, null, { serviceTier: "flex" })).toBeCloseTo(billedPricePerMillion(model, "output", DATE) / 2, 12);
    }
  });

  test("a Gemini model the page does not call at flex is #VALUE! listing what it offers", () => {
    expect(kindOf(() => cost("gemini-2.5-pro", "flex"))).toBe("value");
    expect(messageOf(() => cost("gemini-2.5-pro", "flex"))).toMatch(/no service_tier "flex" on 2026-11-30\. google offers for it: standard, batch\./);
    expect(messageOf(() => cost("gemini-3.5-flash", "priority"))).toMatch(/google offers for it: standard, batch, flex\./);
  });
});

describe("labels inside price messages are in the display language (issue 24)", () => {
  test("a fine-tuned model's label reads 미세 조정된 in Korean, word for word the old English in English", () => {
    const error = errorOf(() => cost("ft:gpt-4.1-mini", "batch"));
    expect(error.en.startsWith("fine-tuned gpt-4.1-mini has no")).toBe(true);
    expect(error.ko.startsWith("미세 조정된 gpt-4.1-mini:")).toBe(true);
    expect(error.ko).not.toMatch(/fine-tuned/);
  });

  test("price-sheet rows, tiers and regions inside a label follow the language; ids stay as typed", () => {
    const sheet = [["model", "price_type", "usd_per_mtok"], ["acme-internal", "input", 2], ["acme-internal", "output", 4]];
    const sheetOnly = errorOf(() => cost("acme-internal", "batch", undefined, sheet));
    expect(sheetOnly.en).toMatch(/^acme-internal \(price_sheet rows 2, 3\) is priced by the price sheet alone/);
    expect(sheetOnly.ko).toMatch(/^acme-internal \(price_sheet 2, 3행\):/);
  });
});
