/* Generated from src/data/schemas/gpus.schema.json by `npm run data-types`; do not edit (edit the schema). */

/**
 * GPUs the self-hosting functions know.
 *
 * @minItems 1
 */
export type Gpus = Gpu[];

/**
 * One GPU: memory (GB), memory bandwidth (TB/s) and dense tensor peaks (TFLOPS; null where the GPU has no such unit).
 */
export interface Gpu {
  id: string;
  name: string;
  memory_gb: number;
  bandwidth_tb_s: number;
  bf16_tflops_dense: number;
  fp8_tflops_dense: number | null;
  fp4_tflops_dense: number | null;
  /**
   * Where the figure comes from (a page, a datasheet, a paper).
   */
  source: string;
  /**
   * When the figure was read: YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day.
   */
  as_of: string;
  note?: string;
  /**
   * Architecture family, the key of the achieved-share table (gpu-efficiency.json).
   */
  family: string;
  /**
   * Memory as the driver reports it (nvidia-smi MiB); vendors' "80 GB" is 81,559 MiB, not 80 x 10^9 bytes. The engine sizes memory from this field.
   */
  memory_mib: number;
  /**
   * Scale-up link bandwidth per GPU and direction (NVLink, Infinity Fabric, or PCIe), GB/s.
   */
  interconnect_gb_s: number;
  /**
   * Board power (TDP), watts.
   */
  board_power_w: number;
  /**
   * What the GPUs of one node talk over: NVLink, AMD Infinity Fabric (xGMI) or PCIe.
   */
  scale_up_link: "nvlink" | "xgmi" | "pcie";
  /**
   * Fixed latency of one small collective within a node, microseconds (NCCL's model: base + 2 x (GPUs - 1) hops).
   */
  collective_base_latency_us: number;
  /**
   * Latency per ring hop of a small collective within a node, microseconds.
   */
  collective_hop_latency_us: number;
  /**
   * Where the collective latencies come from.
   */
  collective_latency_source: string;
}
