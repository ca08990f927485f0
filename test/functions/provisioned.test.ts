import { loadFunctionsBundle } from "../support/functions-bundle";
import { errorOf, numberOf } from "../support/cell-values";
import offers from "../../src/data/provisioned-throughput.json";

/**
 * LLMCOST.PROVISIONED through the built dist/functions.js, called as Excel calls it (null for an omitted argument).
 * Expected figures are worked out here from the published inputs (PTU/GSU/1K-TPM prices, capacity per unit,
 * output weights, minimums), not read back from the engine; the break-evens reproduce those a public check of the
 * providers' pages reports (Azure 1-month 98.9%, hourly 278%; Vertex Claude 1-month 97.8%, 1-year 72.5%; Bedrock
 * Reserved minimum for Sonnet 4.6 19,710 USD a month).
 */
const bundle = loadFunctionsBundle();
const call = bundle.call;
const AS_OF = "2026-11-30";
const HOURS = 730;
const MINUTES = HOURS * 60;
const SECONDS = HOURS * 3600;

interface Options {
  peak?: number;
  offer?: string;
  term?: string;
  cached?: number;
  requests?: number;
}

function provisioned(model: string, input: number, output: number, o: Options = {}) {
  return call("PROVISIONED", model, input, output, o.peak ?? null, o.offer ?? null, o.term ?? null, AS_OF, o.cached ?? null, o.requests ?? null);
}

/** The data row of the spilled table, by column name. */
function row(value: unknown) {
  if (!Array.isArray(value)) throw new Error(`expected a table, got ${JSON.stringify(value)}`);
  const [header, data] = value as (string | number)[][];
  expect(header).toEqual(["offer", "units", "unit", "monthly USD", "pay-as-you-go USD", "break-even utilization", "average utilization"]);
  expect(value).toHaveLength(2);
  return {
    offer: String(data[0]),
    units: numberOf(data[1]),
    unit: String(data[2]),
    monthly: numberOf(data[3]),
    payg: numberOf(data[4]),
    breakEven: data[5],
    utilization: numberOf(data[6]),
  };
}

describe("Azure OpenAI PTU", () => {
  // gpt-4.1: 3,000 input TPM per PTU, an output token counts as 4 input tokens, global minimum 15, increment 5.
  const weighted = 3e9 + 5e8 * 4;
  const neededAtPeak = ((weighted / MINUTES) * 3) / 3000; // 114.2 PTU
  const units = 15 + Math.ceil((neededAtPeak - 15) / 5) * 5; // 115

  test("units at the peak minute, rounded to the increment; monthly reservation cost; pay-as-you-go at list price", () => {
    const r = row(provisioned("azure:gpt-4.1", 3e9, 5e8, { peak: 3 }));
    expect(units).toBe(115);
    expect(r.offer).toMatch(/^azure-global 1-month/);
    expect(r.units).toBe(units);
    expect(r.unit).toBe("PTU");
    expect(r.monthly).toBeCloseTo(units * 260, 6);
    expect(r.payg).toBeCloseTo(numberOf(call("INFERENCE", "azure:gpt-4.1", 3e9, 5e8, null, null, null, AS_OF)), 6);
    expect(r.payg).toBeCloseTo(3000 * 2 + 500 * 8, 6);
    expect(r.utilization).toBeCloseTo(weighted / MINUTES / (units * 3000), 9);
    // break-even: the reservation over what a full PTU's tokens cost at list price (2 USD per 1M input-equivalents)
    expect(r.breakEven).toBeCloseTo(260 / ((3000 * MINUTES * 2) / 1e6), 9);
    expect(r.breakEven).toBeCloseTo(0.989, 3);
  });

  test("terms: hourly is 1 USD per PTU-hour (break-even 278%: never pays at list price), 1-year 2,652 per PTU-year", () => {
    const hourly = row(provisioned("azure:gpt-4.1", 3e9, 5e8, { peak: 3, term: "hourly" }));
    expect(hourly.monthly).toBeCloseTo(units * 1 * HOURS, 6);
    expect(hourly.breakEven).toBeCloseTo(2.778, 3);
    const year = row(provisioned("azure:gpt-4.1", 3e9, 5e8, { peak: 3, term: "1-year" }));
    expect(year.monthly).toBeCloseTo((units * 2652) / 12, 6);
    expect(errorOf(provisioned("azure:gpt-4.1", 3e9, 5e8, { term: "3-month" })).message).toMatch(/azure-global has no term "3-month"\. It offers: hourly, 1-month, 1-year/);
  });

  test("cached input is deducted from utilization, and priced at the cache-read rate in the comparison", () => {
    const r = row(provisioned("azure:gpt-4.1", 3e9, 5e8, { peak: 3, cached: 1.5e9 }));
    expect(r.units).toBe(15 + Math.ceil((((1.5e9 + 2e9) / MINUTES) * 3) / 3000 / 5 - 3) * 5);
    expect(r.units).toBeLessThan(units);
    expect(r.payg).toBeCloseTo(numberOf(call("INFERENCE", "azure:gpt-4.1", 3e9, 5e8, null, 1.5e9, null, AS_OF)), 6);
  });

  test("a bare OpenAI id names the Azure offers that serve it; with an offer it is sized there (regional minimum 50)", () => {
    const error = errorOf(provisioned("gpt-4o", 1e9, 1e8));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/openai:gpt-4o has no provisioned-throughput offer.*azure-global, azure-datazone, azure-regional/);
    const regional = row(provisioned("gpt-4o", 1e9, 1e8, { offer: "azure-regional", term: "1-year" }));
    expect(regional.units).toBe(50); // 12.8 PTU needed, below gpt-4o's regional minimum
    expect(regional.monthly).toBeCloseTo((50 * 2916) / 12, 6);
    expect(regional.payg).toBeCloseTo(1000 * 2.5 + 100 * 10, 6);
  });
});

describe("Amazon Bedrock", () => {
  test("Reserved tier: input and output TPM bought apart in 1K units, minimums 100 and 10, global prices per 1K TPM-hour", () => {
    const r = row(provisioned("aws:claude-sonnet-4-6", 5e9, 5e8, { peak: 2 }));
    const input = Math.ceil(((5e9 / MINUTES) * 2) / 1000); // 229
    const output = Math.ceil(((5e8 / MINUTES) * 2) / 1000); // 23
    expect(r.offer).toMatch(/^bedrock-reserved 1-month/);
    expect(r.unit).toBe(`1K TPM (${input} input + ${output} output)`);
    expect(r.units).toBe(input + output);
    expect(r.monthly).toBeCloseTo((input * 0.18 + output * 0.9) * HOURS, 6);
    expect(r.payg).toBeCloseTo(numberOf(call("INFERENCE", "aws:claude-sonnet-4-6", 5e9, 5e8, null, null, null, AS_OF, null, null, null, "global")), 6);
    const three = row(provisioned("aws:claude-sonnet-4-6", 5e9, 5e8, { peak: 2, term: "3-month" }));
    expect(three.monthly).toBeCloseTo((input * 0.162 + output * 0.81) * HOURS, 6);
  });

  test("the smallest reservation is 100K input and 10K output TPM: 19,710 USD a month for Sonnet 4.6", () => {
    const r = row(provisioned("aws:claude-sonnet-4-6", 1e6, 1e5));
    expect(r.unit).toBe("1K TPM (100 input + 10 output)");
    expect(r.monthly).toBeCloseTo(19_710, 6);
    // priced at parity with list (0.18 USD per 1K TPM-hour is 3 USD per 1M input tokens at full use): break-even 100%,
    // while this workload uses under 1% of what it would buy
    expect(r.breakEven).toBeCloseTo(1, 9);
    expect(r.utilization).toBeLessThan(0.01);
  });

  test("geo / in-region reservations are 1.1x and compare with the in-region pay-as-you-go price", () => {
    const r = row(provisioned("aws:claude-sonnet-4-6", 1e6, 1e5, { offer: "bedrock-reserved-geo" }));
    expect(r.monthly).toBeCloseTo(19_710 * 1.1, 6);
    expect(r.payg).toBeCloseTo(numberOf(call("INFERENCE", "aws:claude-sonnet-4-6", 1e6, 1e5, null, null, null, AS_OF, null, null, null, "us")), 9);
  });

  test("model units are priced only by quote: #N/A saying so, never a guessed price", () => {
    const error = errorOf(provisioned("aws:claude-sonnet-4-6", 5e9, 5e8, { offer: "bedrock-model-units" }));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/publishes no price.*quote.*bedrock-reserved/);
  });
});

describe("Vertex AI Provisioned Throughput (GSU)", () => {
  test("Claude Sonnet 4.6: 350 tokens/s per GSU, output burns 5x, minimum 25 GSU, 2,700 USD per GSU-month", () => {
    const r = row(provisioned("vertex:claude-sonnet-4-6", 5e9, 5e8));
    expect(r.offer).toMatch(/^vertex-gsu 1-month/);
    expect(r.units).toBe(25); // 8.2 GSU needed
    expect(r.monthly).toBeCloseTo(25 * 2700, 6);
    expect(r.utilization).toBeCloseTo((5e9 + 5 * 5e8) / SECONDS / (25 * 350), 9);
    expect(r.breakEven).toBeCloseTo(2700 / ((350 * SECONDS * 3) / 1e6), 9); // 97.8%
    expect(row(provisioned("vertex:claude-sonnet-4-6", 5e9, 5e8, { term: "1-year" })).breakEven).toBeCloseTo(0.7248, 4);
  });

  test("above the minimum, whole GSUs at the peak", () => {
    const r = row(provisioned("vertex:claude-haiku-4-5", 2e10, 2e9, { peak: 2 }));
    expect(r.units).toBe(Math.ceil((((2e10 + 5 * 2e9) / SECONDS) * 2) / 1050));
  });
});

describe("edges and typing slips: a clear error or a number, never NaN", () => {
  test("no traffic: the minimum units, cost stands, break-even n/a", () => {
    const r = row(provisioned("vertex:claude-sonnet-4-6", 0, 0));
    expect(r.units).toBe(25);
    expect(r.monthly).toBeCloseTo(67_500, 6);
    expect(r.payg).toBe(0);
    expect(r.breakEven).toBe("n/a");
    expect(r.utilization).toBe(0);
  });

  test("a huge workload stays finite", () => {
    const r = row(provisioned("azure:gpt-4o-mini", 1e15, 1e14));
    expect(Number.isFinite(r.monthly) && Number.isFinite(r.breakEven as number)).toBe(true);
  });

  test.each([
    ["peak_to_average below 1", () => provisioned("azure:gpt-4.1", 1e9, 1e8, { peak: 0.5 }), "#VALUE!", /peak_to_average .* at least 1/],
    ["negative tokens", () => provisioned("azure:gpt-4.1", -1, 1e8), "#VALUE!", /monthly_input_tokens/],
    ["cached above input", () => provisioned("azure:gpt-4.1", 1e6, 0, { cached: 2e6 }), "#VALUE!", /cached_input_tokens \(2000000\) is a part of monthly_input_tokens/],
    ["unknown offer", () => provisioned("azure:gpt-4.1", 1e6, 0, { offer: "azure-ptu" }), "#VALUE!", /azure-global, azure-datazone, azure-regional, bedrock-reserved/],
    ["a model the offer does not serve", () => provisioned("azure:gpt-4.1", 1e6, 0, { offer: "vertex-gsu" }), "#N/A", /vertex-gsu does not serve azure:gpt-4\.1/],
  ])("%s", (_name, make, code, message) => {
    const error = errorOf(make());
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});

test("the data: every offer, term and model row is dated and sourced; a quote-only offer carries no price at all", () => {
  for (const offer of offers.offers) {
    for (const dated of [offer, ...offer.terms, ...offer.models]) {
      expect(dated.source).toMatch(/^https:\/\//);
      expect(dated.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    if (offer.quote_only) expect({ id: offer.id, terms: offer.terms.length, models: offer.models.length }).toEqual({ id: offer.id, terms: 0, models: 0 });
  }
});
