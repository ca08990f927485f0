import gpuRows from "../../data/gpus.json";
import priceRows from "../../data/gpu-prices.json";
import modelRows from "../../data/open-models.json";
import efficiencyRows from "../../data/gpu-efficiency.json";
import { unknownIdParams } from "../closest";
import { invalidValue, notAvailable } from "../errors";
import type { Precision } from "./precision";

/** One accelerator: datasheet memory (GB), bandwidth (TB/s) and dense tensor TFLOPS per precision. */
export interface Gpu {
  id: string;
  name: string;
  memory_gb: number;
  bandwidth_tb_s: number;
  bf16_tflops_dense: number;
  fp8_tflops_dense: number | null;
  fp4_tflops_dense: number | null;
  /** Architecture family, the key of the achieved-share table (gpu-efficiency.json). */
  family: string;
  /** Memory as the driver reports it (nvidia-smi MiB); vendors' "80 GB" is 81,559 MiB, not 80 x 10^9 bytes. */
  memory_mib: number;
  /** Scale-up link bandwidth per GPU and direction (NVLink, Infinity Fabric, or PCIe), GB/s. */
  interconnect_gb_s: number;
  /** Board power (TDP), watts. */
  board_power_w: number;
  source: string;
  as_of: string;
  note: string;
}

/** One rental offer: a cloud instance and its price per GPU-hour. */
export interface GpuPrice {
  provider: string;
  instance: string;
  gpu: string;
  gpus_per_instance: number;
  usd_per_instance_hour: number;
  usd_per_gpu_hour: number;
  pricing: string;
  region: string | null;
  as_of: string;
  source: string;
}

/** An open-weight model architecture, as published in its config.json. */
export interface OpenModel {
  id: string;
  name: string;
  /** Total parameters, billions (all experts of a mixture of experts: all are resident in memory). */
  params_b: number;
  /** Parameters used per token, billions (equal to params_b for dense models). */
  active_params_b: number;
  layers: number;
  hidden: number;
  attention_heads: number;
  /** null for latent attention (DeepSeek MLA), where kv_values_per_token_per_layer says what is cached. */
  kv_heads: number | null;
  head_dim: number;
  max_context: number;
  /** Values cached per token per layer: 2 x kv_heads x head_dim, or the latent width (512 + 64 for DeepSeek-V3). */
  kv_values_per_token_per_layer: number;
  /** Window of the sliding-window layers (tokens), or null when every layer attends to the full context. */
  sliding_window: number | null;
  /** How many of the layers use the sliding window. */
  sliding_window_layers: number;
  /** Format the weights ship in when it is not 16-bit (gpt-oss: mxfp4, DeepSeek-V3: fp8). */
  native_precision: Precision | null;
  /**
   * Format of the non-expert weights (attention, embeddings, LM head) in the native checkpoint when it differs from
   * native_precision: gpt-oss ships only its experts in MXFP4 and keeps the rest in BF16. null: all in native_precision.
   */
  native_dense_precision: Precision | null;
  /** Routed experts of a mixture of experts (null for dense models). */
  experts: number | null;
  /** Routed experts each token uses (top-k). */
  experts_per_token: number | null;
  /** Routed-expert parameters each token uses, billions (part of active_params_b; 0 for dense models). */
  routed_expert_params_b: number;
  /** Layers with routed experts. */
  moe_layers: number;
  /** Attention FLOPs per cached token per query token, all layers, where not 4 x heads x head_dim per layer (MLA). */
  attention_flops_per_cached_token: number | null;
  source: string;
  as_of: string;
  note: string;
}

/** Achieved share of a GPU family's dense peak by large GEMMs in one compute format, with its source. */
export interface GemmShare {
  family: string;
  compute: string;
  /** Weight format of mixed-input GEMMs this share is for (MXFP4 weights in BF16 or FP8 GEMMs); null: any. */
  weights: string | null;
  gemm_share: number;
  source: string;
  as_of: string;
  note: string;
}

export const GPUS: readonly Gpu[] = gpuRows as Gpu[];
export const GEMM_SHARES: readonly GemmShare[] = efficiencyRows as GemmShare[];
export const GPU_PRICES: readonly GpuPrice[] = priceRows as GpuPrice[];
export const OPEN_MODELS: readonly OpenModel[] = modelRows as OpenModel[];

/** Pricing kinds that can appear in the price list. */
export const PRICINGS = ["on_demand", "spot", "community"] as const;
export type Pricing = (typeof PRICINGS)[number];

export const gpuIds = (): string[] => GPUS.map((gpu) => gpu.id);
export const openModelIds = (): string[] => OPEN_MODELS.map((model) => model.id);
let providerList: string[] | null = null;

export function gpuProviders(): string[] {
  providerList ??= [...new Set(GPU_PRICES.map((row) => row.provider))].sort();
  return [...providerList];
}

/** Bytes of memory on one GPU (MiB as the driver reports them). */
export const gpuMemoryBytes = (gpu: Gpu): number => gpu.memory_mib * 2 ** 20;

let pricesByGpu: Map<string, GpuPrice[]> | null = null;

/** Price rows of one GPU id (lower case), indexed once on first use rather than filtered on every call. */
export function pricesOfGpu(gpuId: string): readonly GpuPrice[] {
  if (pricesByGpu === null) {
    pricesByGpu = new Map();
    for (const row of GPU_PRICES) {
      const key = row.gpu.toLowerCase();
      const list = pricesByGpu.get(key);
      if (list) list.push(row);
      else pricesByGpu.set(key, [row]);
    }
  }
  return pricesByGpu.get(gpuId.toLowerCase()) ?? [];
}

function idText(value: unknown, kind: "gpu" | "model"): string {
  if (typeof value !== "string" || value.trim() === "") throw invalidValue("errors.idMustBeText", { kind });
  return value.trim();
}

/** A GPU by id, case-insensitive; unknown ids give #N/A with the closest ids. */
export function findGpu(id: unknown): Gpu {
  const wanted = idText(id, "gpu");
  const found = GPUS.find((gpu) => gpu.id.toLowerCase() === wanted.toLowerCase());
  if (!found) throw notAvailable("errors.unknownId", unknownIdParams("gpu", wanted, gpuIds()));
  return found;
}

/** An open-weight model by id, case-insensitive; unknown ids give #N/A with the closest ids. */
export function findOpenModel(id: unknown): OpenModel {
  const wanted = idText(id, "model");
  const found = OPEN_MODELS.find((model) => model.id.toLowerCase() === wanted.toLowerCase());
  if (!found) throw notAvailable("errors.unknownId", unknownIdParams("openModel", wanted, openModelIds()));
  return found;
}
