/* Generated from src/data/schemas/forecast-drivers.schema.json by `npm run data-types`; do not edit (edit the schema). */

/**
 * Uncertain drivers of a cost forecast (tokenizer drift, reasoning multiplier, agent fan-out, FX volatility), each a sourced, dated Low / Base / High range.
 */
export interface ForecastDrivers {
  /**
   * When the file was last checked: YYYY-MM-DD.
   */
  as_of: string;
  notes: string;
  /**
   * @minItems 1
   */
  drivers: ForecastDriver[];
}
export interface ForecastDriver {
  id: string;
  kind: "tokenizer_drift" | "reasoning_multiplier" | "agent_fan_out" | "fx_volatility";
  label: string;
  unit: "multiple" | "per year";
  low: number;
  base: number;
  high: number;
  /**
   * True when Base is a judgement (e.g. a range's midpoint), not a measurement.
   */
  base_is_assumption: boolean;
  applies_to: string;
  /**
   * Where Low, Base and High come from; a bound that is an assumption says so.
   */
  source: string;
  /**
   * Date of the newest source: YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day.
   */
  source_date: string;
  notes?: string;
}
