import { impossibleNumber } from "../errors";
import { nonNegative, positive } from "../validate";
import { SELFHOST_DEFAULTS } from "./assumptions";
import { findGpu, findOpenModel, type Gpu, type OpenModel } from "./catalog";
import {
  activeWeightBytes,
  checkContext,
  gpusPerReplica,
  kvBytesForSequence,
  kvPoolBytes,
  resolveFormats,
  weightBytes,
  type Formats,
  type PrecisionOptions,
} from "./memory";
import { given, optionsObject, orDefault, resolveEfficiency, wholeOption, type Efficiency, type EfficiencyOptions, type Maybe } from "./options";
import { peakTflops } from "./precision";

export interface ThroughputOptions extends PrecisionOptions {
  /** GPUs in the replica (tensor parallel); default gpusPerReplica for one request of this shape. */
  gpus?: Maybe<number>;
  /** Prompt tokens per request; default 1000. */
  inputTokens?: Maybe<number>;
  /** Output tokens per request; default 1000. */
  outputTokens?: Maybe<number>;
  /** Cap on concurrent sequences (e.g. vLLM max_num_seqs); default none: as many as the KV cache holds. */
  maxBatch?: Maybe<number>;
  /** Overrides of the utilization defaults in SELFHOST_DEFAULTS. */
  efficiency?: Maybe<EfficiencyOptions>;
}

/** What one replica does at full load for requests of one shape. */
export interface ReplicaPerformance {
  gpus: number;
  /** Average sequences decoded together (continuous: the time-average of in-flight batching). */
  batch: number;
  /** Seconds per decode step (one output token for every sequence, plus its share of prompt tokens). */
  stepSeconds: number;
  outputTokensPerSecond: number;
  requestsPerSecond: number;
  /** Which side of the roofline the GEMMs sit on. */
  limitedBy: "compute" | "weight-bandwidth";
}

/** Everything the roofline needs, resolved and checked once. */
export interface Deployment {
  model: OpenModel;
  gpu: Gpu;
  gpus: number;
  formats: Formats;
  efficiency: Efficiency;
  maxBatch: number | null;
}

const tensorParallelFactor = (d: Deployment): number => Math.pow(d.efficiency.tensorParallelEfficiency, Math.log2(d.gpus));
const aggregateBandwidth = (d: Deployment): number => d.gpus * d.gpu.bandwidth_tb_s * 1e12 * d.efficiency.bandwidthUtilization;
const aggregatePeak = (d: Deployment): number => d.gpus * peakTflops(d.gpu, d.formats.weights) * 1e12;
/** 2 FLOPs (multiply + add) per active parameter per token, for prompt and output tokens alike. */
const flopsPerToken = (d: Deployment): number => 2 * d.model.active_params_b * 1e9;

function poolBytes(d: Deployment): number {
  const pool = kvPoolBytes(d.model, d.gpu, d.gpus, d.formats.weights, d.efficiency.usableMemoryShare);
  if (pool <= 0) {
    throw impossibleNumber(
      `${d.model.id} at ${d.formats.weights} does not fit on ${d.gpus} x ${d.gpu.id}: no memory left for the KV cache. Use more GPUs or a smaller precision.`,
    );
  }
  return pool;
}

/**
 * Roofline of one replica at full load, for requests of `input` prompt and `output` (> 0) generated tokens.
 * Per decode step, for an average batch B:
 *   GEMM time      = max(weight bytes read / bandwidth, FLOPs of B output tokens and B x input/output prompt tokens / peak)
 *   attention time = B x KV bytes of an average sequence (input + output/2 tokens) / bandwidth
 *   step time      = (GEMM time + attention time) / tensor-parallel efficiency
 * Attention and GEMMs are separate kernels, so their times add; within the GEMMs, weight streaming and math overlap.
 */
export function replicaRoofline(d: Deployment, input: number, output: number): ReplicaPerformance {
  const pool = poolBytes(d);
  const reserve = kvBytesForSequence(d.model, input + output, d.formats.kv);
  if (reserve > pool) {
    throw impossibleNumber(
      `One request of ${input + output} tokens needs ${(reserve / 1e9).toFixed(2)} GB of KV cache but only ${(pool / 1e9).toFixed(2)} GB is free on ${d.gpus} x ${d.gpu.id}.`,
    );
  }
  // Engines that never evict (TensorRT-LLM's default scheduler) reserve each request's full input + output.
  let batch = pool / reserve;
  if (d.maxBatch !== null) batch = Math.min(batch, d.maxBatch);
  const bandwidth = aggregateBandwidth(d);
  const peak = aggregatePeak(d);
  const flops = flopsPerToken(d);
  const promptTokensPerStep = (batch * input) / output;
  const tokensPerStep = batch + promptTokensPerStep;
  // A mixture of experts streams only the experts its tokens touch; with realistic batches that is all of them.
  const weightsRead = Math.min(weightBytes(d.model, d.formats.weights), activeWeightBytes(d.model, d.formats.weights) * tokensPerStep);
  const weightSeconds = weightsRead / bandwidth;
  const computeSeconds =
    (batch * flops) / (peak * d.efficiency.decodeFlopUtilization) + (promptTokensPerStep * flops) / (peak * d.efficiency.prefillFlopUtilization);
  const attentionSeconds = (batch * kvBytesForSequence(d.model, input + output / 2, d.formats.kv)) / bandwidth;
  const stepSeconds = (Math.max(weightSeconds, computeSeconds) + attentionSeconds) / tensorParallelFactor(d);
  const outputTokensPerSecond = batch / stepSeconds;
  return {
    gpus: d.gpus,
    batch,
    stepSeconds,
    outputTokensPerSecond,
    requestsPerSecond: outputTokensPerSecond / output,
    limitedBy: computeSeconds >= weightSeconds ? "compute" : "weight-bandwidth",
  };
}

/**
 * Replica-seconds at full load to serve `inputTokens` prompt and `outputTokens` output tokens split into requests of
 * `request` shape: the roofline above summed over every decode step, written per token so that it is linear in the
 * volumes and exact at zero output (prefill only):
 *   GEMM  = max(min(steps x weight bytes, active-weight bytes x all tokens) / bandwidth, FLOPs of all tokens / peak)
 *   attention = output tokens x KV bytes of an average sequence / bandwidth,  steps = output tokens / batch.
 */
export function replicaSecondsForVolume(d: Deployment, inputTokens: number, outputTokens: number, request: { inputTokens: number; outputTokens: number }): number {
  const pool = poolBytes(d);
  const reserve = kvBytesForSequence(d.model, request.inputTokens + request.outputTokens, d.formats.kv);
  if (reserve > pool) {
    throw impossibleNumber(
      `One request of ${Math.round(request.inputTokens + request.outputTokens)} tokens needs ${(reserve / 1e9).toFixed(2)} GB of KV cache but only ${(pool / 1e9).toFixed(2)} GB is free on ${d.gpus} x ${d.gpu.id}.`,
    );
  }
  const batch = d.maxBatch === null ? pool / reserve : Math.min(pool / reserve, d.maxBatch);
  const bandwidth = aggregateBandwidth(d);
  const peak = aggregatePeak(d);
  const flops = flopsPerToken(d);
  const steps = outputTokens / batch;
  const weightsRead = Math.min(steps * weightBytes(d.model, d.formats.weights), activeWeightBytes(d.model, d.formats.weights) * (inputTokens + outputTokens));
  const computeSeconds = (outputTokens * flops) / (peak * d.efficiency.decodeFlopUtilization) + (inputTokens * flops) / (peak * d.efficiency.prefillFlopUtilization);
  const averageSequence = request.inputTokens + request.outputTokens / 2;
  const attentionSeconds = (outputTokens * kvBytesForSequence(d.model, averageSequence, d.formats.kv)) / bandwidth;
  return (Math.max(weightsRead / bandwidth, computeSeconds) + attentionSeconds) / tensorParallelFactor(d);
}

export function resolveDeployment(
  modelId: string,
  gpuId: string,
  options: Pick<ThroughputOptions, "precision" | "kvCachePrecision" | "efficiency" | "maxBatch" | "gpus">,
  defaultGpus: (model: OpenModel, formats: Formats) => number,
): Deployment {
  const model = findOpenModel(modelId);
  const gpu = findGpu(gpuId);
  const formats = resolveFormats(model, options);
  const efficiency = resolveEfficiency(options.efficiency);
  const maxBatch = given(options.maxBatch) ? positive(options.maxBatch, "maxBatch") : null;
  const gpus = given(options.gpus) ? wholeOption(options.gpus, 1, 1, "gpus") : defaultGpus(model, formats);
  return { model, gpu, gpus, formats, efficiency, maxBatch };
}

function resolveShape(model: OpenModel, options: Partial<ThroughputOptions>): { input: number; output: number } {
  const input = nonNegative(orDefault(options.inputTokens, SELFHOST_DEFAULTS.inputTokens), "inputTokens");
  const output = positive(orDefault(options.outputTokens, SELFHOST_DEFAULTS.outputTokens), "outputTokens");
  checkContext(model, input + output, "inputTokens + outputTokens");
  return { input, output };
}

/** Full detail of the roofline for one replica (batch, step time, limiting resource). */
export function replicaPerformance(model: string, gpu: string, options?: Maybe<ThroughputOptions>): ReplicaPerformance {
  const o = optionsObject(options);
  const m = findOpenModel(model);
  const { input, output } = resolveShape(m, o);
  const d = resolveDeployment(model, gpu, o, (_, formats) =>
    gpusPerReplica(model, gpu, { precision: formats.weights, kvCachePrecision: formats.kv, contextTokens: input + output, concurrentRequests: 1 }),
  );
  return replicaRoofline(d, input, output);
}

/**
 * Output tokens per second of one replica at full load for requests of `inputTokens` prompt and `outputTokens`
 * output tokens, prefill amortised in. See replicaRoofline for the model.
 */
export function decodeThroughput(model: string, gpu: string, options?: Maybe<ThroughputOptions>): number {
  return replicaPerformance(model, gpu, options).outputTokensPerSecond;
}
