/* Generated from src/data/schemas/gpu-prices.schema.json by `npm run data-types`; do not edit (edit the schema). */

/**
 * Dated GPU rental prices.
 *
 * @minItems 1
 */
export type GpuPrices = GpuPrice[];

/**
 * One rental price: an instance of a provider, its GPUs, USD per hour for the instance and per GPU.
 */
export interface GpuPrice {
  provider: string;
  instance: string;
  gpu: string;
  gpus_per_instance: number;
  usd_per_instance_hour: number;
  usd_per_gpu_hour: number;
  pricing: "on_demand" | "spot" | "community" | "committed";
  region: string | null;
  /**
   * Where the figure comes from (a page, a datasheet, a paper).
   */
  source: string;
  /**
   * When the figure was read: YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day.
   */
  as_of: string;
  /**
   * Who sells it: a hyperscaler (AWS, Azure, Google Cloud, Oracle), a GPU neocloud (Lambda, CoreWeave, Crusoe, RunPod...), or a marketplace / index of several sellers.
   */
  provider_kind: "hyperscaler" | "neocloud" | "marketplace";
}
