/** Public API of the self-hosting engine: GPU catalog and prices, memory, throughput, fleet cost, training, break-even. */
export { SELFHOST_DEFAULTS } from "./assumptions";
export { PRECISIONS, BYTES_PER_VALUE, peakTflops, type Precision } from "./precision";
export { gpuIds, openModelIds, gpuProviders, findGpu, findOpenModel, PRICINGS, GPUS, GPU_PRICES, OPEN_MODELS } from "./catalog";
export type { Gpu, GpuPrice, OpenModel, Pricing } from "./catalog";
export { gpuUsdPerHour } from "./pricing";
export { gpuMemoryGb, gpusPerReplica, kvCacheBytesPerToken, kvCacheCapacityGb, modelWeightsGb, REPLICA_GPU_COUNTS } from "./memory";
export type { MemoryOptions, PrecisionOptions, ReplicaMemoryOptions } from "./memory";
export { decodeThroughput, replicaPerformance } from "./throughput";
export type { ThroughputOptions, ReplicaPerformance } from "./throughput";
export { selfHostMonthlyUsd, selfHostFleet } from "./fleet";
export type { FleetOptions, FleetEstimate, RequestShape } from "./fleet";
export { trainingGpuHours, TRAINING_METHODS, type TrainingMethod, type TrainingOptions } from "./training";
export { breakEvenMonthlyOutputTokens, breakEvenDetail } from "./breakeven";
export type { BreakEvenOptions, BreakEvenDetail } from "./breakeven";
export type { EfficiencyOptions, Maybe } from "./options";
