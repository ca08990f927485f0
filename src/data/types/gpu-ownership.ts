/* Generated from src/data/schemas/gpu-ownership.schema.json by `npm run data-types`; do not edit (edit the schema). */

/**
 * GPUTCO's defaults: years of service, electricity price, PUE, yearly opex share; and dated purchase prices per GPU.
 */
export interface GpuOwnership {
  defaults: OwnershipDefaults;
  /**
   * @minItems 1
   */
  purchase: GpuPurchase[];
}
export interface OwnershipDefaults {
  years: number;
  usd_per_kwh: number;
  pue: number;
  yearly_opex_share: number;
  /**
   * When the figure was read: YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day.
   */
  as_of: string;
  /**
   * Where the figure comes from (a page, a datasheet, a paper).
   */
  source: string;
  status?: string;
}
export interface GpuPurchase {
  gpu: string;
  usd: number;
  /**
   * When the figure was read: YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day.
   */
  as_of: string;
  /**
   * Where the figure comes from (a page, a datasheet, a paper).
   */
  source: string;
  status?: string;
}
