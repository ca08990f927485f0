import { gpus, gpuPrices, openModels, gpuEfficiency, type Gpu, type GpuPrice, type OpenModel, type GemmShare } from "../../data";
import { unknownIdParams } from "../closest";
import { invalidValue, notAvailable } from "../errors";

/**
 * Row types are generated from the catalog's JSON Schemas (src/data/types): Gpu (datasheet memory GB, memory_mib as
 * the driver reports it, bandwidth TB/s, dense tensor TFLOPS per precision), GpuPrice (a rental offer per GPU-hour),
 * OpenModel (an open-weight architecture as its config.json publishes it), GemmShare (achieved share of peak).
 */
export type { Gpu, GpuPrice, OpenModel, GemmShare };

export const GPUS: readonly Gpu[] = gpus;
export const GEMM_SHARES: readonly GemmShare[] = gpuEfficiency;
export const GPU_PRICES: readonly GpuPrice[] = gpuPrices;
export const OPEN_MODELS: readonly OpenModel[] = openModels;

/** Pricing kinds that can appear in the price list. */
export const PRICINGS = ["on_demand", "spot", "community", "committed"] as const;
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
