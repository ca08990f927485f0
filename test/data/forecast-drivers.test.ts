import fs from "fs";
import path from "path";
import { FORECAST_DRIVERS, FORECAST_DRIVERS_AS_OF, forecastDriver } from "../../src/templates/blocks/drivers";

/**
 * src/data/forecast-drivers.json beyond its schema (test/data/schemas.test.ts): every range is ordered, every kind
 * the issue names is there, no source is newer than the file, and a Base that is a judgement says so in its notes.
 */
describe("forecast drivers (tokenizer drift, reasoning, agent fan-out, FX volatility)", () => {
  test("every range is ordered Low ≤ Base ≤ High and Low < High", () => {
    const disordered = FORECAST_DRIVERS.filter((d) => !(d.low <= d.base && d.base <= d.high && d.low < d.high)).map((d) => d.id);
    expect(disordered).toEqual([]);
  });

  test("each kind the issue asks for has at least one sourced range; FX for KRW and EUR", () => {
    const kinds = new Set(FORECAST_DRIVERS.map((d) => d.kind));
    expect([...kinds].sort()).toEqual(["agent_fan_out", "fx_volatility", "reasoning_multiplier", "tokenizer_drift"]);
    expect(FORECAST_DRIVERS.filter((d) => d.kind === "fx_volatility").map((d) => d.id).sort()).toEqual(["fx-volatility-eur-usd", "fx-volatility-usd-krw"]);
  });

  test("multiples are at least 1 and volatilities are annual shares below 1", () => {
    for (const d of FORECAST_DRIVERS) {
      if (d.unit === "multiple") expect({ id: d.id, low: d.low >= 1 }).toEqual({ id: d.id, low: true });
      else expect({ id: d.id, high: d.high < 1 }).toEqual({ id: d.id, high: true });
    }
  });

  test("no source is dated after the file was checked; a judged Base or bound is called an assumption", () => {
    for (const d of FORECAST_DRIVERS) {
      expect({ id: d.id, dated: d.source_date <= FORECAST_DRIVERS_AS_OF }).toEqual({ id: d.id, dated: true });
      if (d.base_is_assumption) expect({ id: d.id, says: /assumption/i.test(`${d.notes ?? ""} ${d.source}`) }).toEqual({ id: d.id, says: true });
    }
    expect(forecastDriver("reasoning-output-multiple").source).toMatch(/High: an assumption/);
  });

  test("an unknown id names the ids there are", () => {
    expect(() => forecastDriver("nope")).toThrow(/known: tokenizer-drift-claude-opus-4-7/);
  });

  test("the typed module reads the file itself", () => {
    const raw = JSON.parse(fs.readFileSync(path.resolve(__dirname, "..", "..", "src", "data", "forecast-drivers.json"), "utf8")) as { drivers: unknown[] };
    expect(FORECAST_DRIVERS).toHaveLength(raw.drivers.length);
  });
});
