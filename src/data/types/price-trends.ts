/* Generated from src/data/schemas/price-trends.schema.json by `npm run data-types`; do not edit (edit the schema). */

export type Date = string;
export type Share = number;
export type Status = "published" | "secondary" | "assumption";

/**
 * Dated, sourced Low/Base/High annual price declines for API prices (by tier) and GPU rental prices, read by the Assumptions sheet.
 */
export interface PriceTrends {
  as_of: Date;
  note?: string;
  default_api_tier: string;
  default_gpu_class: string;
  /**
   * @minItems 1
   */
  studies: {
    id: string;
    publisher: string;
    title: string;
    url: string;
    published: Date;
    finding: string;
  }[];
  /**
   * @minItems 1
   */
  api: (Range & {
    tier: string;
  })[];
  /**
   * @minItems 1
   */
  gpu: (Range & {
    class: string;
  })[];
  model_refresh: ModelRefresh;
}
export interface Range {
  description: string;
  low_cost_case: Share;
  base: Share;
  high_cost_case: Share;
  basis: string;
  /**
   * @minItems 1
   */
  studies: string[];
  status: Status;
}
/**
 * The successor model's price as a share of the model it replaces (1 = the same price, above 1 dearer), Low/Base/High from pairs of catalog models, and how often the workload moves.
 */
export interface ModelRefresh {
  description: string;
  every_months: number;
  blend_input_per_output: number;
  low_cost_case: number;
  base: number;
  high_cost_case: number;
  basis: string;
  /**
   * @minItems 4
   */
  pairs: {
    from: string;
    to: string;
  }[];
  priced_as_of: Date;
  status: Status;
}
