/* Generated from src/data/schemas/model-lifecycle.schema.json by `npm run data-types`; do not edit (edit the schema). */

export interface ModelLifecycle {
  description: string;
  as_of: string;
  /**
   * @minItems 1
   */
  rows: {
    provider: string;
    model: string;
    retired_on: string;
    source: string;
    as_of: string;
    note?: string;
    [k: string]: unknown | undefined;
  }[];
  [k: string]: unknown | undefined;
}
