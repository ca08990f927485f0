/** Public API of the self-hosting engine: GPU catalog and prices, memory, throughput, latency, fleet cost, ownership, training, break-even. */
export { SELFHOST_DEFAULTS } from "./assumptions";
export { PRECISIONS, BYTES_PER_VALUE, type Precision } from "./precision";
export { peakTflops, computeFormat, type ComputeFormat } from "./tensor-cores";
export { gpuIds, openModelIds, gpuProviders, findGpu, findOpenModel, gpuMemoryBytes, PRICINGS, GPUS, GPU_PRICES, OPEN_MODELS, GEMM_SHARES } from "./catalog";
export type { Gpu, GpuPrice, OpenModel, Pricing, GemmShare } from "./catalog";
export { gpuUsdPerHour } from "./pricing";
export { gpuMemoryGb, gpusPerReplica, kvCacheBytesPerToken, kvCacheCapacityGb, modelWeightsGb, REPLICA_GPU_COUNTS } from "./memory";
export type { MemoryOptions, PrecisionOptions, ReplicaMemoryOptions } from "./memory";
export { decodeThroughput, replicaPerformance, attentionFlopsPerQuery, tableGemmShare, expertsReached } from "./throughput";
export type { ThroughputOptions, ReplicaPerformance } from "./throughput";
export { replicaLatency, type LatencyOptions, type LatencyEstimate } from "./latency";
export { selfHostMonthlyUsd, selfHostFleet } from "./fleet";
export type { FleetOptions, FleetEstimate, RequestShape } from "./fleet";
export { gpuOwnershipCost, gpuOwnershipUsdPerHour, OWNERSHIP_DEFAULTS, type OwnershipOptions, type OwnershipCost } from "./ownership";
export { trainingGpuHours, defaultTrainingMfu, TRAINING_METHODS, TRAINING_PRECISIONS, type TrainingMethod, type TrainingOptions } from "./training";
export { breakEvenMonthlyOutputTokens, breakEvenDetail } from "./breakeven";
export type { BreakEvenOptions, BreakEvenDetail } from "./breakeven";
export type { EfficiencyOptions, Maybe } from "./options";
