/* Generated from src/data/schemas/provisioned-throughput.schema.json by `npm run data-types`; do not edit (edit the schema). */

export type Date = string;
export type Id = string;

export interface ProvisionedThroughput {
  description: string;
  as_of: Date;
  /**
   * Hours in the billing month (730 = 8,760 / 12, as Azure and AWS bill).
   */
  hours_per_month: number;
  /**
   * @minItems 1
   */
  offers: ProvisionedOffer[];
}
/**
 * One provisioned or reserved-capacity product of one provider and deployment scope.
 */
export interface ProvisionedOffer {
  id: Id;
  /**
   * Catalog provider id whose list price is the pay-as-you-go comparison.
   */
  provider: string;
  name: string;
  unit: string;
  /**
   * How a unit's capacity is measured: weighted input tokens per minute (Azure PTU) or per second (Vertex GSU), input and output tokens per minute apart (Bedrock Reserved), or not published (quote).
   */
  capacity: "weighted_per_minute" | "weighted_per_second" | "input_output_per_minute" | "quote";
  /**
   * The region (as INFERENCE names it) of the pay-as-you-go price compared; null: the list price.
   */
  payg_region: string | null;
  /**
   * True where the provider publishes no price: PROVISIONED says so (#N/A) and never invents one.
   */
  quote_only: boolean;
  source: string;
  as_of: Date;
  note: string;
  terms: ProvisionedTerm[];
  models: ProvisionedModel[];
}
/**
 * A commitment term and its price per unit (per hour, month or year); Bedrock Reserved prices each model apart (models[].prices).
 */
export interface ProvisionedTerm {
  term: "hourly" | "1-week" | "1-month" | "3-month" | "6-month" | "1-year";
  usd_per_unit_hour?: number;
  usd_per_unit_month?: number;
  usd_per_unit_year?: number;
  source: string;
  as_of: Date;
  valid_from: Date | null;
  note: string;
}
/**
 * A model an offer serves: one unit's capacity, how output and cached input weigh on it, minimum units and increment.
 */
export interface ProvisionedModel {
  /**
   * Catalog model id without a provider or profile prefix.
   */
  model: string;
  /**
   * Other catalog entry ids of the same model (Azure's deepseek-r1 is the catalog's deepseek-reasoner).
   */
  catalog_ids?: Id[];
  /**
   * Input-equivalent tokens one unit carries per minute (per second for weighted_per_second).
   */
  throughput_per_unit: number;
  /**
   * Input tokens one output token counts as (1 where output capacity is bought apart).
   */
  output_weight: number;
  /**
   * Input tokens one cached (cache-read) input token counts as: 0 where cached input is deducted.
   */
  cached_weight: number;
  minimum_units: number;
  /**
   * Bedrock Reserved: output capacity is bought apart, in units of throughput_per_unit output tokens per minute.
   */
  minimum_output_units?: number;
  increment: number;
  /**
   * Per-model prices per term (Bedrock Reserved), USD per unit per hour for input and output capacity.
   */
  prices?: {
    term: "hourly" | "1-week" | "1-month" | "3-month" | "6-month" | "1-year";
    input_usd_per_unit_hour: number;
    output_usd_per_unit_hour: number;
  }[];
  source: string;
  as_of: Date;
  note: string;
}
