/* Generated from src/data/schemas/vector-db-prices.schema.json by `npm run data-types`; do not edit (edit the schema). */

export interface VectorDbPrices {
  description: string;
  default: string;
  /**
   * Vector database plans.
   *
   * @minItems 1
   */
  rows: VectorDbPrice[];
}
/**
 * One managed vector database plan: storage USD per GB-month (GB = 10^9 bytes), read/write units, monthly minimum.
 */
export interface VectorDbPrice {
  provider: string;
  plan: string;
  storage_usd_per_gb_month: number;
  read_usd_per_million_units: number;
  write_usd_per_million_units: number;
  minimum_usd_per_month: number;
  /**
   * When the figure was read: YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day.
   */
  as_of: string;
  /**
   * Where the figure comes from (a page, a datasheet, a paper).
   */
  source: string;
  note?: string;
  /**
   * Read units a query uses per GB of namespace.
   */
  query_read_units_per_gb: number;
  /**
   * Read units a query uses at least.
   */
  query_minimum_read_units: number;
  /**
   * Where the query read-unit rule comes from.
   */
  query_rule_source: string;
  /**
   * How far the query rule is verified.
   */
  query_rule_status: string;
}
