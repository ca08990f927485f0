import { impossibleNumber, notAvailable } from "../errors";
import { nonNegative, positive } from "../validate";
import { SELFHOST_DEFAULTS } from "./assumptions";
import { findGpu, findOpenModel, GEMM_SHARES, type Gpu, type OpenModel } from "./catalog";
import {
  checkContext,
  gpusPerReplicaOf,
  kvBytesForSequence,
  kvPoolBytes,
  resolveFormats,
  type Formats,
  type PrecisionOptions,
} from "./memory";
import { given, optionsObject, orDefault, resolveEfficiency, wholeOption, type Efficiency, type EfficiencyOptions, type Maybe } from "./options";
import { allReduceTransferSeconds, fixedStepSeconds } from "./step";
import { BYTES_PER_VALUE, type Precision } from "./precision";
import { computeFormat, peakOfFormat, type ComputeFormat } from "./tensor-cores";

export interface ThroughputOptions extends PrecisionOptions {
  /** GPUs in the replica (tensor or expert parallel); default gpusPerReplica for one request of this shape. */
  gpus?: Maybe<number>;
  /** Prompt tokens per request; default 1000. */
  inputTokens?: Maybe<number>;
  /** Output tokens per request; default 1000. */
  outputTokens?: Maybe<number>;
  /**
   * Spread of the output lengths when requests differ: their coefficient of variation (standard deviation / mean);
   * default 0, every request `outputTokens` long. See decodeContextTokens.
   */
  outputLengthCv?: Maybe<number>;
  /** Cap on concurrent sequences (vLLM max_num_seqs, TensorRT-LLM max_batch_size); default 1,024. */
  maxBatch?: Maybe<number>;
  /** Overrides of the utilization defaults. */
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
  /** Most sequences the engine runs at once. */
  maxBatch: number;
}

export interface RequestShape {
  inputTokens: number;
  outputTokens: number;
  /** Coefficient of variation of the output lengths (0 or absent: all requests `outputTokens` long). */
  outputLengthCv?: number;
}

/**
 * Mean context a decode step attends to, weighted by tokens: input + E[o^2] / (2 E[o]) = input + output x (1 + cv^2) / 2.
 * A request of o output tokens decodes o tokens at contexts averaging input + o / 2, so long requests weigh in
 * proportion to their length: with equal lengths (cv 0) that is input + output / 2, with spread outputs longer. The
 * MLPerf DeepSeek-R1 data set (4,388 samples: reference outputs averaging 4,043 tokens, cv 1.25, up to 32,768) holds
 * 5,826 tokens on average this way against 2,826 at its means; OpenOrca (Llama 2 70B) cv 0.79, CNN/DailyMail (Llama
 * 3.1 8B) 0.45, Mixtral's mix 0.78 (token lengths of the data sets as summarised in openshift-psap/performance-dashboard
 * mlperf-data/summaries, 2025-11-04).
 */
export function decodeContextTokens(request: RequestShape): number {
  const cv = request.outputLengthCv ?? 0;
  return request.inputTokens + (request.outputTokens * (1 + cv * cv)) / 2;
}

/** Work handed to a replica: prompt and output tokens, in `steps` decode steps, of requests of one shape. */
interface Work {
  promptTokens: number;
  outputTokens: number;
  steps: number;
  request: RequestShape;
}

const tensorParallelFactor = (d: Deployment): number => Math.pow(d.efficiency.tensorParallelEfficiency, Math.log2(d.gpus));
const aggregateBandwidth = (d: Deployment): number => d.gpus * d.gpu.bandwidth_tb_s * 1e12 * d.efficiency.bandwidthUtilization;

/**
 * Sourced share of dense peak that large GEMMs reach on this GPU family in this compute format (TF32 as BF16): the
 * row for this weight format if there is one (mixed-input GEMMs: MXFP4 weights in BF16 or FP8 GEMMs), else the
 * format's general row, else the family's BF16 row.
 */
export function tableGemmShare(gpu: Gpu, format: ComputeFormat, weights: Precision | null = null): number {
  const compute = format === "tf32" ? "bf16" : format;
  const ofFamily = GEMM_SHARES.filter((r) => r.family === gpu.family);
  const row =
    (weights === null ? undefined : ofFamily.find((r) => r.compute === compute && r.weights === weights)) ??
    ofFamily.find((r) => r.compute === compute && r.weights === null) ??
    ofFamily.find((r) => r.compute === "bf16" && r.weights === null);
  if (!row) throw notAvailable("errors.noEfficiencyRow", { family: gpu.family });
  return row.gemm_share;
}

/** Attention kernels (FlashAttention, FlashMLA) compute in BF16 whatever the weight format. */
const attentionShare = (d: Deployment): number => d.efficiency.flopUtilization ?? tableGemmShare(d.gpu, "bf16");

/**
 * Decode attention over a quantized KV cache (FP8 and narrower) dequantizes every cached value into BF16 inside the
 * kernel, which costs compute where attention is compute-bound (DeepSeek's latent attention); a BF16 cache is read
 * as is. Prompt attention works on fresh BF16 keys and values and is not slowed.
 */
const decodeAttentionSpeed = (d: Deployment): number =>
  BYTES_PER_VALUE[d.formats.kv] < BYTES_PER_VALUE.bf16 ? SELFHOST_DEFAULTS.quantizedKvDecodeAttentionSpeed : 1;

/**
 * Attention FLOPs of one query token against `context` cached tokens, all layers: 4 x heads x head_dim per cached
 * token and layer (QK^T and PV), sliding-window layers at most their window; latent attention (DeepSeek MLA) as
 * published in the model row (17 MFLOP per cached token).
 */
export function attentionFlopsPerQuery(model: OpenModel, context: number): number {
  if (model.attention_flops_per_cached_token !== null) return model.attention_flops_per_cached_token * context;
  const fullLayers = model.layers - model.sliding_window_layers;
  const windowTokens = model.sliding_window === null ? context : Math.min(context, model.sliding_window);
  return 4 * model.attention_heads * model.head_dim * (fullLayers * context + model.sliding_window_layers * windowTokens);
}

/** Bytes each token sends to and receives from other GPUs in expert parallelism (0 for dense models or one GPU). */
function expertParallelBytesPerToken(d: Deployment): number {
  const m = d.model;
  if (m.experts === null || m.experts_per_token === null || d.gpus === 1) return 0;
  const offGpuShare = (d.gpus - 1) / d.gpus;
  return m.moe_layers * m.experts_per_token * m.hidden * SELFHOST_DEFAULTS.expertParallelBytesPerValue * offGpuShare;
}

interface WorkTime {
  seconds: number;
  limitedBy: "compute" | "weight-bandwidth";
}

/**
 * Distinct experts a step's `tokens` tokens reach in one MoE layer, each choosing top-k of E experts (uniform
 * routing): E x (1 - (1 - k/E)^tokens). k for one token, all E once a step carries many tokens.
 */
export function expertsReached(model: OpenModel, tokens: number): number {
  if (model.experts === null || model.experts_per_token === null) return 0;
  const e = model.experts;
  return e * (1 - Math.pow(1 - model.experts_per_token / e, tokens));
}

/** Large-GEMM FLOP/s of the replica for weights of one format: peak of the format it computes in x achieved share. */
function gemmRate(d: Deployment, weights: Precision): number {
  const format = computeFormat(d.gpu, weights);
  return d.gpus * peakOfFormat(d.gpu, format) * 1e12 * (d.efficiency.flopUtilization ?? tableGemmShare(d.gpu, format, weights));
}

/**
 * GEMM time of a piece of work: every call computes its rows and streams its weights, and the two add rather than
 * overlap, so a call of M rows reaches M / (M + M*) of the large-GEMM rate, M* the rows at which streaming the
 * weights takes as long as the math. DeepGEMM's published FP8 GEMMs on H800 (README, 2025-02) follow this with
 * M* = 0.7 x 1,979 TFLOPS x 1 byte / (2 x 0.8 x 3.35 TB/s) = 258: 0.14 of peak at M = 64 (measured 0.15), 0.23 at
 * 128 (0.26), 0.35 at 256 (0.44), 0.47 at 512 (0.49), 0.56 at 1,024 (0.55-0.62), 0.66 at 4,096 (0.66). A dense
 * layer is one call per step with every token a row; a mixture of experts makes one call per expert reached, each
 * with few rows, so a step of T tokens streams expertsReached(T) experts per MoE layer: that is why MoE serving
 * reaches a small share of peak on active parameters. Expert and non-expert weights compute in their own formats
 * (gpt-oss: MXFP4 experts, BF16 attention and LM head), and 4-bit experts cost a quarter of BF16's streaming.
 */
function gemmWork(d: Deployment, w: Work): { mathSeconds: number; streamSeconds: number } {
  const m = d.model;
  const tokens = w.promptTokens + w.outputTokens;
  const routed = m.routed_expert_params_b * 1e9;
  const dense = m.active_params_b * 1e9 - routed;
  const perExpert = m.experts_per_token === null ? 0 : routed / m.experts_per_token;
  const reachedCalls = expertCallsStreamed(d, w);
  const mathSeconds = (2 * dense * tokens) / gemmRate(d, d.formats.dense) + (routed === 0 ? 0 : (2 * routed * tokens) / gemmRate(d, d.formats.weights));
  const streamed = w.steps * dense * BYTES_PER_VALUE[d.formats.dense] + reachedCalls * perExpert * BYTES_PER_VALUE[d.formats.weights];
  return { mathSeconds, streamSeconds: streamed / aggregateBandwidth(d) };
}

/**
 * Distinct experts streamed per MoE layer over the work's steps. Each step carries its decode tokens; prompts join
 * whole (one prompt per step when there are fewer prompts than steps, as at low concurrency), so a step that carries
 * a prompt reaches more experts than a decode-only one. With a prompt or more in every step the tokens are spread
 * evenly over the steps.
 */
function expertCallsStreamed(d: Deployment, w: Work): number {
  if (w.steps <= 0) return 0;
  const m = d.model;
  const decodePerStep = w.outputTokens / w.steps;
  const prompts = w.request.inputTokens > 0 ? w.promptTokens / w.request.inputTokens : 0;
  const promptShare = prompts / w.steps;
  if (promptShare >= 1 || prompts === 0) return w.steps * expertsReached(m, (w.promptTokens + w.outputTokens) / w.steps);
  const withPrompt = expertsReached(m, decodePerStep + w.request.inputTokens);
  return w.steps * ((1 - promptShare) * expertsReached(m, decodePerStep) + promptShare * withPrompt);
}

/**
 * Replica-seconds for a piece of work of `steps` engine steps (linear in the token counts for a given number of steps):
 *   GEMMs       = math at the large-GEMM rate + weights streamed (non-expert weights every step, each expert reached)
 *                 / bandwidth (see gemmWork)
 *   attention   = output tokens x max(KV bytes, attention FLOPs / (attention peak x quantized-cache speed)) at the
 *                 token-weighted decode context (decodeContextTokens)
 *                 + prompt tokens x attention FLOPs at half the prompt (causal) / attention peak
 *   traffic     = tokens x expert-parallel bytes / (G x link bandwidth)
 *   all-reduce  = tokens x activation bytes per GPU / link bandwidth (step.ts)
 *   fixed       = steps x (host overhead + layers x kernel floor + MoE layers x routing floor
 *                 + 2 x layers x collective latency) (step.ts)
 *   seconds     = (GEMM math + attention) / tp_eff ^ log2(G) + streamed + traffic + all-reduce + fixed
 * Tensor parallelism slows the math (narrower per-GPU kernels); streaming splits evenly over the GPUs.
 * Attention, the token exchange and the collectives are separate kernels from the GEMMs, so their times add.
 */
function workSeconds(d: Deployment, w: Work): WorkTime {
  const m = d.model;
  const bandwidth = aggregateBandwidth(d);
  const tokens = w.promptTokens + w.outputTokens;
  const { mathSeconds, streamSeconds } = gemmWork(d, w);
  const attentionPeak = d.gpus * peakOfFormat(d.gpu, "bf16") * 1e12 * attentionShare(d);
  const decodeContext = decodeContextTokens(w.request);
  const decodeAttention =
    w.outputTokens *
    Math.max(kvBytesForSequence(m, decodeContext, d.formats.kv) / bandwidth, attentionFlopsPerQuery(m, decodeContext) / (attentionPeak * decodeAttentionSpeed(d)));
  const prefillAttention = (w.promptTokens * attentionFlopsPerQuery(m, w.request.inputTokens / 2)) / attentionPeak;
  const traffic = (tokens * expertParallelBytesPerToken(d)) / (d.gpus * d.gpu.interconnect_gb_s * 1e9);
  const compute = (mathSeconds + decodeAttention + prefillAttention) / tensorParallelFactor(d);
  const transfers = streamSeconds + traffic + allReduceTransferSeconds(m, d.gpu, d.gpus, tokens);
  const seconds = compute + transfers + w.steps * fixedStepSeconds(m, d.gpu, d.gpus);
  return { seconds, limitedBy: mathSeconds >= streamSeconds ? "compute" : "weight-bandwidth" };
}

function poolBytes(d: Deployment): number {
  const pool = kvPoolBytes(d.model, d.gpu, d.gpus, d.formats, d.efficiency.usableMemoryShare);
  if (pool <= 0) {
    throw impossibleNumber("errors.noKvCacheRoom", { model: d.model.id, weights: d.formats.weights, gpus: d.gpus, gpu: d.gpu.id });
  }
  return pool;
}

/** Sequences of this shape the KV cache holds at once (each reserves its full input + output, as TensorRT-LLM's never-evict scheduler does). */
export function sequencesThatFit(d: Deployment, request: RequestShape): number {
  const pool = poolBytes(d);
  const reserve = kvBytesForSequence(d.model, request.inputTokens + request.outputTokens, d.formats.kv);
  if (reserve > pool) {
    throw impossibleNumber("errors.requestExceedsKvCache", {
      tokens: Math.round(request.inputTokens + request.outputTokens),
      reserve: (reserve / 1e9).toFixed(2),
      pool: (pool / 1e9).toFixed(2),
      gpus: d.gpus,
      gpu: d.gpu.id,
    });
  }
  return pool / reserve;
}

/** Full-load batch: what the KV cache holds, capped by the engine's concurrency limit. */
export const fullLoadBatch = (d: Deployment, request: RequestShape): number => Math.min(sequencesThatFit(d, request), d.maxBatch);

/**
 * Roofline of one replica at full load, for requests of `input` prompt and `output` (> 0) generated tokens: one
 * decode step carries `batch` output tokens and, under in-flight batching, batch x input/output prompt tokens.
 */
export function replicaRoofline(d: Deployment, request: RequestShape, batch: number = fullLoadBatch(d, request)): ReplicaPerformance {
  const output = request.outputTokens;
  const step = workSeconds(d, { promptTokens: (batch * request.inputTokens) / output, outputTokens: batch, steps: 1, request });
  const outputTokensPerSecond = batch / step.seconds;
  return {
    gpus: d.gpus,
    batch,
    stepSeconds: step.seconds,
    outputTokensPerSecond,
    requestsPerSecond: outputTokensPerSecond / output,
    limitedBy: step.limitedBy,
  };
}

/**
 * Replica-seconds at full load (batch `batch`, default the full-load batch) to serve `inputTokens` prompt and
 * `outputTokens` output tokens in requests of `request` shape: the roofline summed over all outputTokens / batch
 * decode steps; linear in the volumes and exact at zero output (prefill only, no decode steps).
 */
export function replicaSecondsForVolume(d: Deployment, inputTokens: number, outputTokens: number, request: RequestShape, batch: number = fullLoadBatch(d, request)): number {
  return workSeconds(d, { promptTokens: inputTokens, outputTokens, steps: outputTokens / batch, request }).seconds;
}

/**
 * Seconds from a request's arrival to its first token with `concurrent` requests in flight: the step that carries its
 * whole prompt beside the other requests' decode tokens (queueing not counted).
 */
export function firstTokenSeconds(d: Deployment, request: RequestShape, concurrent: number): number {
  return workSeconds(d, { promptTokens: request.inputTokens, outputTokens: Math.max(0, concurrent - 1), steps: 1, request }).seconds;
}

export function resolveDeployment(
  model: OpenModel,
  gpu: Gpu,
  options: Pick<ThroughputOptions, "precision" | "kvCachePrecision" | "efficiency" | "maxBatch" | "gpus">,
  defaultGpus: (formats: Formats) => number,
): Deployment {
  const formats = resolveFormats(model, options);
  const efficiency = resolveEfficiency(options.efficiency);
  const maxBatch = given(options.maxBatch) ? positive(options.maxBatch, "maxBatch") : SELFHOST_DEFAULTS.maxConcurrentRequests;
  const gpus = given(options.gpus) ? wholeOption(options.gpus, 1, 1, "gpus") : defaultGpus(formats);
  return { model, gpu, gpus, formats, efficiency, maxBatch };
}

export function resolveShape(model: OpenModel, options: Partial<ThroughputOptions>): RequestShape {
  const input = nonNegative(orDefault(options.inputTokens, SELFHOST_DEFAULTS.inputTokens), "inputTokens");
  const output = positive(orDefault(options.outputTokens, SELFHOST_DEFAULTS.outputTokens), "outputTokens");
  checkContext(model, input + output, "inputTokens + outputTokens");
  return { inputTokens: input, outputTokens: output, outputLengthCv: nonNegative(orDefault(options.outputLengthCv, 0), "outputLengthCv") };
}

/** The deployment THROUGHPUT and LATENCY describe: the model and GPU looked up once, GPUs sized for one request. */
export function deploymentForShape(model: string, gpu: string, o: Partial<ThroughputOptions>): { d: Deployment; request: RequestShape } {
  const m = findOpenModel(model);
  const card = findGpu(gpu);
  const request = resolveShape(m, o);
  const d = resolveDeployment(m, card, o, (formats) =>
    gpusPerReplicaOf(m, card, { contextTokens: request.inputTokens + request.outputTokens, concurrentRequests: 1 }, formats),
  );
  return { d, request };
}

/** Full detail of the roofline for one replica (batch, step time, limiting resource). */
export function replicaPerformance(model: string, gpu: string, options?: Maybe<ThroughputOptions>): ReplicaPerformance {
  const { d, request } = deploymentForShape(model, gpu, optionsObject(options));
  return replicaRoofline(d, request);
}

/**
 * Output tokens per second of one replica at full load for requests of `inputTokens` prompt and `outputTokens`
 * output tokens, prefill amortised in. See workSeconds for the model.
 */
export function decodeThroughput(model: string, gpu: string, options?: Maybe<ThroughputOptions>): number {
  return replicaPerformance(model, gpu, options).outputTokensPerSecond;
}
