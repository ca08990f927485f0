import { SELFHOST_DEFAULTS } from "./assumptions";
import { gpuMemoryBytes, type Gpu, type OpenModel } from "./catalog";

/**
 * What spreading one training run over many GPUs costs beyond its FLOPs, as a share of the compute time:
 *
 * - Model parallelism: the run splits the model over the fewest GPUs (1, 2, 4, ... in powers of two) whose memory
 *   holds its BF16 weights and gradients (4 bytes per parameter) in half of each GPU's memory; the optimizer state is
 *   sharded over the data-parallel copies (Megatron's distributed optimizer). Up to 8 of them split each layer
 *   (tensor/expert parallel, one node); beyond 8 the layers are split into pipeline stages.
 * - Data parallelism: the remaining d = GPUs / model-parallel copies each take 1/d of the global batch and, every
 *   step, reduce-scatter their gradients and all-gather their weights (2 bytes each per parameter of their shard,
 *   2 x (d - 1) / d of it per GPU) over NVLink within one node, else over the scale-out network. Half of it is assumed
 *   hidden behind the backward and forward passes (Megatron --overlap-grad-reduce / --overlap-param-gather).
 * - Pipeline bubble (1F1B): (stages - 1) / microbatches of the compute, microbatches = the rank's sequences per step,
 *   at least 8 per stage (a run with more stages raises its global batch to keep the bubble below 1/8).
 *
 * At a fixed global batch, more GPUs give each GPU fewer tokens per step, so the same gradient exchange weighs more:
 * 8 -> 64 -> 512 GPUs cost more GPU-hours, most for small models that train data-parallel. Once every copy holds a
 * single sequence the global batch grows with the GPUs instead (the share stops growing).
 */
export interface TrainingScale {
  modelParallel: number;
  dataParallel: number;
  pipelineStages: number;
  /** Extra time as a share of the compute time (0 on one GPU). */
  overheadShare: number;
}

const powerOfTwoAtLeast = (x: number): number => Math.pow(2, Math.max(0, Math.ceil(Math.log2(Math.max(1, x)))));

/** Fewest GPUs (a power of two) whose half-memory holds the model's BF16 weights and gradients. */
export function modelParallelGpus(model: OpenModel, gpu: Gpu): number {
  const stateBytes = model.params_b * 1e9 * SELFHOST_DEFAULTS.trainingStateBytesPerParam;
  return powerOfTwoAtLeast(stateBytes / (gpuMemoryBytes(gpu) * 0.5));
}

/**
 * Overhead of running on `gpus` GPUs, for a run whose compute alone takes `computeSecondsPerToken` GPU-seconds per
 * training token (all GPUs together).
 */
export function trainingScale(model: OpenModel, gpu: Gpu, gpus: number, computeSecondsPerToken: number): TrainingScale {
  const d = SELFHOST_DEFAULTS;
  const modelParallel = Math.min(gpus, modelParallelGpus(model, gpu));
  const dataParallel = Math.max(1, Math.floor(gpus / modelParallel));
  const pipelineStages = Math.max(1, modelParallel / 8);
  // Runs grow the global batch rather than give a data-parallel copy less than one sequence, or a pipeline fewer than
  // 8 microbatches per stage (Megatron's guidance: many more microbatches than stages); that bounds the bubble at 1/8.
  const minimumSequences = Math.max(1, d.trainingMicrobatchesPerStage * (pipelineStages > 1 ? pipelineStages : 0));
  const tokensPerRank = Math.max(minimumSequences * d.trainingSequenceTokens, d.trainingGlobalBatchTokens / dataParallel);
  // Wall-clock seconds of one step's compute on one GPU of a model-parallel group.
  const stepComputeSeconds = (tokensPerRank * computeSecondsPerToken) / modelParallel;
  const link = gpus <= 8 ? gpu.interconnect_gb_s : d.scaleOutGbPerGpu;
  const shardBytes = (model.params_b * 1e9) / modelParallel;
  const syncBytes = dataParallel > 1 ? 2 * 2 * shardBytes * ((dataParallel - 1) / dataParallel) : 0;
  const exposedSync = (1 - d.trainingCommOverlap) * (syncBytes / (link * 1e9));
  const microbatches = Math.max(1, tokensPerRank / d.trainingSequenceTokens);
  const bubble = (pipelineStages - 1) / microbatches;
  return { modelParallel, dataParallel, pipelineStages, overheadShare: exposedSync / stepComputeSeconds + bubble };
}
