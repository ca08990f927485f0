import { apiCatalog } from "../../src/engine/api/catalog";
import { inferenceCost, tokenCount } from "../../src/engine/api/costs";
import { firstDatedRelease } from "../../src/engine/api/lifecycle";
import { inferencePrices, priceSetOn } from "../../src/engine/api/prices";
import { parseAsOf } from "../../src/engine/dates";

/**
 * INFERENCE's per-row path remembers what a budget column repeats: the last serial and its date, dates typed as ISO
 * text, the last model name, and each model's last date and prices. Each memo must give what the full reading gives,
 * whatever order rows ask in, and a date that fails must fail every time without displacing what is remembered.
 */

function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
}

test("a model asked on alternating dates gets each date's prices, across other models between", () => {
  const dated = apiCatalog.models.filter((model) => model.history.length >= 2 && model.history[model.history.length - 1].from !== null).slice(0, 20);
  expect(dated.length).toBeGreaterThan(5);
  for (const model of dated) {
    const name = `${apiCatalog.providers[model.provider].id}:${model.id}`;
    const dates = model.history.map((prices) => prices.from).filter((from): from is string => from !== null);
    const [first, last] = [dates[0], dates[dates.length - 1]];
    const asked = [last, first, null, last, first, first, null, last];
    for (const asOf of asked) {
      expect(inferencePrices(name, asOf).prices).toBe(priceSetOn(model.history, asOf));
      expect(inferencePrices("gpt-4o-mini", asOf).prices.input).toBeGreaterThan(0); // another name between rows
      expect(inferencePrices(name, asOf).prices).toBe(priceSetOn(model.history, asOf));
    }
  }
});

test("a date before a model's release fails every time and never displaces the date remembered before it", () => {
  const model = apiCatalog.models.find((candidate) => candidate.history[0].from === null && firstDatedRelease(candidate.id, candidate.match) !== null)!;
  const name = `${apiCatalog.providers[model.provider].id}:${model.id}`;
  const released = firstDatedRelease(model.id, model.match)!;
  const after = inferencePrices(name, released);
  const before = `${Number(released.slice(0, 4)) - 1}${released.slice(4)}`;
  const message = failure(() => inferencePrices(name, before));
  expect(message).toContain(released);
  expect(inferencePrices(name, released)).toBe(after);
  expect(failure(() => inferencePrices(name, before))).toBe(message);
  expect(failure(() => inferencePrices(name, before))).toBe(message);
  expect(inferencePrices(name, released)).toBe(after);
});

test("as_of serials and ISO text read the same date however often and in whatever order they come", () => {
  const cases: [number | string, string][] = [
    [46_000, "2025-12-09"],
    [46_000.75, "2025-12-09"],
    [46_001, "2025-12-10"],
    [46_000, "2025-12-09"],
    [" 2025-12-09 ", "2025-12-09"],
    ["2025-12-09", "2025-12-09"],
    [45_658, "2025-01-01"],
    [" 2025-12-09 ", "2025-12-09"],
  ];
  for (let pass = 0; pass < 2; pass++) for (const [value, iso] of cases) expect(parseAsOf(value)).toBe(iso);
  for (let pass = 0; pass < 2; pass++) {
    expect(parseAsOf(46_000)).toBe("2025-12-09");
    expect(failure(() => parseAsOf(0))).toMatch(/as_of/);
    expect(failure(() => parseAsOf(Number.NaN))).toMatch(/as_of/);
    expect(failure(() => parseAsOf("2025-02-30"))).toMatch(/2025-02-30/);
    expect(failure(() => parseAsOf("9 December 2025"))).toMatch(/9 December 2025/);
    expect(parseAsOf("2025-12-09")).toBe("2025-12-09");
  }
});

test("token counts taken without a call fail exactly as tokenCount fails", () => {
  for (const bad of [-1, -Infinity, Infinity, Number.NaN]) {
    const expected = failure(() => tokenCount(bad, "input_tokens"));
    expect(failure(() => inferenceCost("gpt-4o-mini", { inputTokens: bad, outputTokens: 1 }, null))).toBe(expected);
    expect(failure(() => inferenceCost("gpt-4o-mini", { inputTokens: 10, outputTokens: 1, cachedInputTokens: bad }, null))).toBe(failure(() => tokenCount(bad, "cached_input_tokens")));
  }
  expect(Object.is(inferenceCost("gpt-4o-mini", { inputTokens: -0, outputTokens: 0 }, null), inferenceCost("gpt-4o-mini", { inputTokens: 0, outputTokens: 0 }, null))).toBe(true);
});
