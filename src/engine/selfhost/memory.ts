import { impossibleNumber } from "../errors";
import { fraction, nonNegative } from "../validate";
import { SELFHOST_DEFAULTS } from "./assumptions";
import { findGpu, findOpenModel, gpuMemoryBytes, type Gpu, type OpenModel } from "./catalog";
import { given, optionsObject, orDefault, wholeOption, type Maybe } from "./options";
import { BYTES_PER_VALUE, defaultKvPrecision, parsePrecision, type Precision } from "./precision";

const GB = 1e9;

/** Weight and KV-cache formats. */
export interface PrecisionOptions {
  /** Weight format; default the model's native format if it ships quantised (gpt-oss mxfp4, DeepSeek-V3 fp8), else bf16. */
  precision?: Maybe<string>;
  /** KV-cache format; default fp8 for fp8/fp4 weights, fp32 for fp32, else bf16 (2 bytes per value). */
  kvCachePrecision?: Maybe<string>;
}

export interface MemoryOptions extends PrecisionOptions {
  /** Tokens held per sequence (prompt + output); default 4096; at most the model's context window. */
  contextTokens?: Maybe<number>;
  /** Sequences held at once; default 1. */
  concurrentRequests?: Maybe<number>;
  /** GPUs the replica is spread over (adds the per-GPU runtime overhead); default 1. */
  gpus?: Maybe<number>;
  /** Runtime overhead as a share of weight memory (activations, CUDA graphs, buffers); default 0.1. */
  overheadShare?: Maybe<number>;
}

export interface ReplicaMemoryOptions extends Omit<MemoryOptions, "gpus"> {
  /** Share of each GPU's memory the serving engine may use; default 0.9. */
  usableMemoryShare?: Maybe<number>;
}

/**
 * Formats of a deployment: `weights` is the format asked for (or the model's native one) and the format of the
 * routed experts; `dense` that of the other weights (attention, embeddings, LM head), which differs only for a
 * native checkpoint that mixes formats (gpt-oss: MXFP4 experts, BF16 rest); `kv` the KV cache's.
 */
export interface Formats {
  weights: Precision;
  dense: Precision;
  kv: Precision;
}

export function resolveFormats(model: OpenModel, options: PrecisionOptions): Formats {
  const asked = given(options.precision) ? parsePrecision(options.precision) : null;
  const weights = asked ?? model.native_precision ?? "bf16";
  const dense = asked ?? model.native_dense_precision ?? weights;
  const kv = given(options.kvCachePrecision) ? parsePrecision(options.kvCachePrecision, "kvCachePrecision") : defaultKvPrecision(weights);
  return { weights, dense, kv };
}

/** Routed-expert parameters in all (every expert of every MoE layer), billions; 0 for dense models. */
export function expertParamsB(model: OpenModel): number {
  if (model.experts === null || model.experts_per_token === null) return 0;
  return (model.routed_expert_params_b * model.experts) / model.experts_per_token;
}

/** Bytes of weights: experts at the expert format, the rest at the dense format (every expert is resident). */
export function weightBytes(model: OpenModel, formats: Pick<Formats, "weights" | "dense">): number {
  const experts = expertParamsB(model);
  return (experts * BYTES_PER_VALUE[formats.weights] + (model.params_b - experts) * BYTES_PER_VALUE[formats.dense]) * 1e9;
}

/**
 * KV-cache bytes for one sequence of `tokens` tokens: per layer, kv_values_per_token_per_layer values
 * (2 x kv_heads x head_dim, or the latent width for MLA) per token; sliding-window layers hold at most their window.
 */
export function kvBytesForSequence(model: OpenModel, tokens: number, kv: Precision): number {
  const fullLayers = model.layers - model.sliding_window_layers;
  const windowTokens = model.sliding_window === null ? tokens : Math.min(tokens, model.sliding_window);
  const cachedTokenLayers = fullLayers * tokens + model.sliding_window_layers * windowTokens;
  return cachedTokenLayers * model.kv_values_per_token_per_layer * BYTES_PER_VALUE[kv];
}

/** Runtime overhead: a share of the weights (activations, CUDA graphs, buffers) plus a fixed amount per GPU. */
export function runtimeOverheadBytes(weights: number, gpus: number, shareOfWeights: number = SELFHOST_DEFAULTS.runtimeOverheadShareOfWeights): number {
  return weights * shareOfWeights + gpus * SELFHOST_DEFAULTS.runtimeOverheadGbPerGpu * GB;
}

/** Bytes left for the KV cache on a replica of `gpus` GPUs after weights and runtime overhead (may be negative). */
export function kvPoolBytes(model: OpenModel, gpu: Gpu, gpus: number, formats: Formats, usableShare: number): number {
  const w = weightBytes(model, formats);
  return gpus * gpuMemoryBytes(gpu) * usableShare - w - runtimeOverheadBytes(w, gpus);
}

export function checkContext(model: OpenModel, tokens: number, name: string): number {
  nonNegative(tokens, name);
  if (tokens > model.max_context) {
    throw impossibleNumber("errors.exceedsContext", { name, tokens, maxContext: model.max_context, model: model.id });
  }
  return tokens;
}

interface MemoryNeed {
  model: OpenModel;
  formats: Formats;
  weights: number;
  kv: number;
  context: number;
  concurrent: number;
  overheadShare: number;
}

function memoryNeed(modelId: string, options: Maybe<MemoryOptions>): MemoryNeed {
  return memoryNeedOf(findOpenModel(modelId), options);
}

function memoryNeedOf(model: OpenModel, options: Maybe<MemoryOptions>, resolved?: Formats): MemoryNeed {
  const o = optionsObject(options);
  const formats = resolved ?? resolveFormats(model, o);
  const context = checkContext(model, orDefault(o.contextTokens, SELFHOST_DEFAULTS.contextTokens), "contextTokens");
  const concurrent = wholeOption(o.concurrentRequests, SELFHOST_DEFAULTS.concurrentRequests, 1, "concurrentRequests");
  const overheadShare = nonNegative(orDefault(o.overheadShare, SELFHOST_DEFAULTS.runtimeOverheadShareOfWeights), "overheadShare");
  return {
    model,
    formats,
    context,
    concurrent,
    overheadShare,
    weights: weightBytes(model, formats),
    kv: concurrent * kvBytesForSequence(model, context, formats.kv),
  };
}

/** KV-cache bytes per token of context (all layers), e.g. 131072 for llama-3.1-8b at 16 bits. */
export function kvCacheBytesPerToken(modelId: string, options?: Maybe<PrecisionOptions>): number {
  const model = findOpenModel(modelId);
  const formats = resolveFormats(model, optionsObject(options));
  return model.layers * model.kv_values_per_token_per_layer * BYTES_PER_VALUE[formats.kv];
}

/**
 * GB of GPU memory a deployment of `model` needs: weights + KV cache for `concurrentRequests` sequences of
 * `contextTokens` tokens + runtime overhead (10% of weights + 1 GB per GPU).
 */
export function gpuMemoryGb(model: string, options?: Maybe<MemoryOptions>): number {
  const need = memoryNeed(model, options);
  const gpus = wholeOption(optionsObject(options).gpus, 1, 1, "gpus");
  return (need.weights + need.kv + runtimeOverheadBytes(need.weights, gpus, need.overheadShare)) / GB;
}

/** GPUs counts a replica may use (one HGX/DGX node at most). */
export const REPLICA_GPU_COUNTS = [1, 2, 4, 8] as const;

/**
 * Smallest of 1, 2, 4 or 8 GPUs whose usable memory (90% of the total, as the driver reports it) holds the weights,
 * the KV cache and the runtime overhead; #NUM! when even 8 cannot.
 */
export function gpusPerReplica(model: string, gpu: string, options?: Maybe<ReplicaMemoryOptions>): number {
  return gpusPerReplicaOf(findOpenModel(model), findGpu(gpu), options);
}

/** gpusPerReplica for model and GPU records already looked up (and, from the roofline, formats already resolved). */
export function gpusPerReplicaOf(model: OpenModel, card: Gpu, options?: Maybe<ReplicaMemoryOptions>, formats?: Formats): number {
  const need = memoryNeedOf(model, options, formats);
  const usableShare = fraction(orDefault(optionsObject(options).usableMemoryShare, SELFHOST_DEFAULTS.usableMemoryShare), "usableMemoryShare", { allowZero: false });
  for (const count of REPLICA_GPU_COUNTS) {
    const usable = count * gpuMemoryBytes(card) * usableShare;
    if (need.weights + need.kv + runtimeOverheadBytes(need.weights, count, need.overheadShare) <= usable) return count;
  }
  const needed = (need.weights + need.kv + runtimeOverheadBytes(need.weights, 8, need.overheadShare)) / GB;
  const usable8 = (8 * gpuMemoryBytes(card) * usableShare) / GB;
  throw impossibleNumber("errors.doesNotFitEightGpus", {
    model: need.model.id,
    weights: need.formats.weights,
    concurrent: need.concurrent,
    context: need.context,
    needed: needed.toFixed(1),
    gpu: card.id,
    usable: usable8.toFixed(1),
  });
}

/** GB left for the KV cache on `gpus` GPUs once weights and runtime overhead are loaded (negative: does not fit). */
export function kvCacheCapacityGb(model: string, gpu: string, options?: Maybe<PrecisionOptions & { gpus?: Maybe<number> }>): number {
  const m = findOpenModel(model);
  const o = optionsObject(options);
  const formats = resolveFormats(m, o);
  const gpus = wholeOption(o.gpus, 1, 1, "gpus");
  return kvPoolBytes(m, findGpu(gpu), gpus, formats, SELFHOST_DEFAULTS.usableMemoryShare) / GB;
}

/** GB of weights alone: total parameters x bytes per weight (e.g. 141.1 for llama-3.1-70b at bf16). */
export function modelWeightsGb(model: string, options?: Maybe<Pick<PrecisionOptions, "precision">>): number {
  const m = findOpenModel(model);
  return weightBytes(m, resolveFormats(m, optionsObject(options))) / GB;
}
