/* Generated from src/data/schemas/service-tiers.schema.json by `npm run data-types`; do not edit (edit the schema). */

export interface ServiceTiers {
  description: string;
  as_of: string;
  /**
   * @minItems 1
   */
  rows: ((
    | {
        multiplier: number;
      }
    | {
        prices: {
          input?: number;
          output?: number;
          cache_read?: number;
          cache_write?: number;
        };
      }
    | {
        entry_prefix: string;
      }
  ) & {
    provider: string;
    kind: "service_tier" | "region" | "cache_write";
    name: string;
    /**
     * @minItems 1
     */
    models?: string[];
    multiplier?: number;
    prices?: {
      input?: number;
      output?: number;
      cache_read?: number;
      cache_write?: number;
    };
    entry_prefix?: string;
    valid_from: string | null;
    valid_to?: string | null;
    source: string;
    as_of: string;
    note?: string;
    [k: string]: unknown | undefined;
  })[];
  [k: string]: unknown | undefined;
}
