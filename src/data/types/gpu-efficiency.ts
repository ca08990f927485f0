/* Generated from src/data/schemas/gpu-efficiency.schema.json by `npm run data-types`; do not edit (edit the schema). */

/**
 * Share of a GPU family's dense tensor peak that large matrix products reach, per compute precision (the roofline's FLOP term; THROUGHPUT's flop_utilization overrides it).
 *
 * @minItems 1
 */
export type GpuEfficiency = GemmShare[];

export interface GemmShare {
  /**
   * GPU family, as gpus.json's family field.
   */
  family: "ampere" | "hopper" | "ada" | "blackwell" | "cdna3";
  compute: "bf16" | "fp8" | "fp4";
  /**
   * Weight format the share is for when it differs from the compute format's own (mixed-input GEMMs such as MXFP4 weights in BF16 or FP8 GEMMs); null for every weight format computing in this format without a more specific row.
   */
  weights: "mxfp4" | "fp4" | "int4" | "fp8" | "int8" | null;
  gemm_share: number;
  /**
   * Where the figure comes from (a page, a datasheet, a paper).
   */
  source: string;
  /**
   * When the figure was read: YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day.
   */
  as_of: string;
  note?: string;
}
