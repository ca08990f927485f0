import { EngineError } from "../errors";
import { nonNegative, positive, fraction } from "../validate";
import { SELFHOST_DEFAULTS } from "./assumptions";
import { findGpu, findOpenModel } from "./catalog";
import { batchForTokenLatency } from "./latency";
import { gpusPerReplicaOf, type PrecisionOptions } from "./memory";
import { given, optionsObject, orDefault, type EfficiencyOptions, type Maybe } from "./options";
import { gpuRecordUsdPerHour } from "./pricing";
import { fullLoadBatch, replicaSecondsForVolume, resolveDeployment, type Deployment, type RequestShape } from "./throughput";

export type { RequestShape } from "./throughput";

export interface FleetOptions extends PrecisionOptions {
  /** GPUs per replica; default gpusPerReplica sized for the longest request (maxRequestTokens). */
  gpus?: Maybe<number>;
  /** Price per GPU-hour; default the median on-demand price across providers (gpuUsdPerHour). */
  usdPerGpuHour?: Maybe<number>;
  /** Average load as a share of full-load throughput; default 0.6. */
  utilization?: Maybe<number>;
  efficiency?: Maybe<EfficiencyOptions>;
  /** Most sequences a replica runs at once; default 1,024 (engine cap). */
  maxBatch?: Maybe<number>;
  /** Per-output-token latency target (seconds): replicas run smaller batches so that it holds; default none. */
  maxSecondsPerToken?: Maybe<number>;
  /** Output tokens per request used to turn monthly volume into requests; default 300. */
  requestOutputTokens?: Maybe<number>;
  /** Longest request (prompt + output) assumed; default 16384, capped by the model's context window. */
  maxRequestTokens?: Maybe<number>;
  /** ISO date whose GPU prices the default usdPerGpuHour uses (the offers in force then); default the newest. */
  asOf?: Maybe<string>;
}

export interface FleetEstimate {
  replicas: number;
  gpusPerReplica: number;
  usdPerGpuHour: number;
  /** Cost of one replica running all month. */
  replicaMonthlyUsd: number;
  monthlyUsd: number;
  /** Replica-seconds of full-load work the month's tokens need. */
  replicaSecondsNeeded: number;
  /** Average load of the fleet as a share of its full-load capacity. */
  averageLoad: number;
  request: RequestShape;
  /** Sequences each replica runs at once (lower than memory allows when a latency target applies). */
  batch: number;
}

/** Everything a fleet computation needs, resolved once (each id looked up once per call). */
export interface FleetSetup {
  deployment: Deployment;
  usdPerGpuHour: number;
  utilization: number;
  requestOutputTokens: number;
  /** True when the caller gave requestOutputTokens: the request shape is then theirs, not a guess from the volumes. */
  shapeGiven: boolean;
  maxRequestTokens: number;
  maxSecondsPerToken: number | null;
}

export function resolveFleet(model: string, gpu: string, options: Maybe<FleetOptions>): FleetSetup {
  const o = optionsObject(options);
  const m = findOpenModel(model);
  const card = findGpu(gpu);
  const maxRequestTokens = Math.min(m.max_context, positive(orDefault(o.maxRequestTokens, SELFHOST_DEFAULTS.maxRequestTokens), "maxRequestTokens"));
  // 0 is a shape too, of a month with no output (requestShape refuses it for a month with output).
  const requestOutputTokens = Math.min(maxRequestTokens, given(o.requestOutputTokens) ? nonNegative(o.requestOutputTokens, "requestOutputTokens") : SELFHOST_DEFAULTS.requestOutputTokens);
  const deployment = resolveDeployment(m, card, o, (formats) =>
    gpusPerReplicaOf(m, card, { contextTokens: maxRequestTokens, concurrentRequests: 1 }, formats),
  );
  const usdPerGpuHour = given(o.usdPerGpuHour) ? nonNegative(o.usdPerGpuHour, "usdPerGpuHour") : gpuRecordUsdPerHour(card, null, null, given(o.asOf) ? o.asOf : null);
  const utilization = fraction(orDefault(o.utilization, SELFHOST_DEFAULTS.utilization), "utilization", { allowZero: false });
  const maxSecondsPerToken = given(o.maxSecondsPerToken) ? positive(o.maxSecondsPerToken, "maxSecondsPerToken") : null;
  const shapeGiven = given(o.requestOutputTokens);
  return { deployment, usdPerGpuHour, utilization, requestOutputTokens, shapeGiven, maxRequestTokens, maxSecondsPerToken };
}

/**
 * Request shape implied by a month's volumes: `requestOutputTokens` output tokens per request and the prompt that
 * keeps the monthly input/output ratio; when that request would exceed `maxRequestTokens`, both parts shrink
 * in proportion (a higher ratio then means more requests, not longer ones).
 */
export function requestShape(setup: FleetSetup, inputTokens: number, outputTokens: number): RequestShape {
  const out = setup.requestOutputTokens;
  const longest = setup.maxRequestTokens;
  if (outputTokens === 0) return inputTokens === 0 ? { inputTokens: 0, outputTokens: out } : { inputTokens: longest, outputTokens: 0 };
  positive(out, "requestOutputTokens");
  // Written without dividing by outputTokens first, so that tiny volumes cannot overflow.
  if (out * inputTokens <= (longest - out) * outputTokens) return { inputTokens: out * (inputTokens / outputTokens), outputTokens: out };
  const total = inputTokens + outputTokens;
  return { inputTokens: longest * (inputTokens / total), outputTokens: longest * (outputTokens / total) };
}

/** Sequences per replica: the full-load batch, or the largest that keeps a per-token latency target. */
function fleetBatch(setup: FleetSetup, request: RequestShape): number {
  const d = setup.deployment;
  if (setup.maxSecondsPerToken === null || request.outputTokens === 0) return fullLoadBatch(d, request);
  return batchForTokenLatency(d, request, setup.maxSecondsPerToken);
}

/** Full-load replica-seconds for a month's tokens in the request shape those volumes imply. */
function impliedWorkSeconds(setup: FleetSetup, inputTokens: number, outputTokens: number): number {
  const request = requestShape(setup, inputTokens, outputTokens);
  return replicaSecondsForVolume(setup.deployment, inputTokens, outputTokens, request, fleetBatch(setup, request));
}

/** A latency target that prompt-heavier requests cannot meet says nothing about the month's own requests: 0 then. */
function workIfServable(setup: FleetSetup, inputTokens: number, outputTokens: number): number {
  try {
    return impliedWorkSeconds(setup, inputTokens, outputTokens);
  } catch (error) {
    if (error instanceof EngineError) return 0;
    throw error;
  }
}

/**
 * Replica-seconds at full load to serve a month's tokens; linear in volume for a given input/output ratio. When the
 * caller gives the output per request, the shape is theirs and the work is that shape's. Otherwise the work is never
 * less than the same input with less output: the shape is inferred from the volumes, so more output at the same input
 * means more requests with shorter prompts, whose attention costs less per prompt token: left alone, adding output
 * could lower the estimate (DeepSeek-V3 on A100 by up to 46%, dense models by 5-15%, at 7-20 input tokens per
 * output token). Work as a function of output first rises (prompts at the longest length, more decode), then falls
 * while shortening prompts saves more than the added decode costs, then rises for good; so the most over every
 * smaller output is the most of three: no output, the output at which prompts start to shorten, and the month's.
 */
export function replicaSecondsNeeded(setup: FleetSetup, inputTokens: number, outputTokens: number): number {
  const implied = impliedWorkSeconds(setup, inputTokens, outputTokens);
  if (setup.shapeGiven || inputTokens === 0 || outputTokens === 0) return implied;
  const longestPromptsEnd = (inputTokens * setup.requestOutputTokens) / (setup.maxRequestTokens - setup.requestOutputTokens);
  const lessOutput = [0, Math.min(outputTokens, longestPromptsEnd)].map((output) => workIfServable(setup, inputTokens, output));
  return Math.max(implied, ...lessOutput);
}

export function fleetEstimate(setup: FleetSetup, inputTokens: number, outputTokens: number): FleetEstimate {
  const { hoursPerMonth } = SELFHOST_DEFAULTS;
  const request = requestShape(setup, inputTokens, outputTokens);
  const batch = fleetBatch(setup, request);
  const needed = replicaSecondsNeeded(setup, inputTokens, outputTokens);
  const perReplicaSeconds = hoursPerMonth * 3600 * setup.utilization;
  // At least one replica: a deployment that is kept up costs its GPUs even when idle.
  const replicas = Math.max(1, Math.ceil(needed / perReplicaSeconds));
  const gpus = setup.deployment.gpus;
  const replicaMonthlyUsd = gpus * setup.usdPerGpuHour * hoursPerMonth;
  return {
    replicas,
    gpusPerReplica: gpus,
    usdPerGpuHour: setup.usdPerGpuHour,
    replicaMonthlyUsd,
    monthlyUsd: replicas * replicaMonthlyUsd,
    replicaSecondsNeeded: needed,
    averageLoad: needed / (replicas * hoursPerMonth * 3600),
    request,
    batch,
  };
}

/** Full detail of the monthly self-hosting estimate (replicas, GPUs, load, request shape). */
export function selfHostFleet(
  model: string,
  gpu: string,
  monthlyInputTokens: number,
  monthlyOutputTokens: number,
  options?: Maybe<FleetOptions>,
): FleetEstimate {
  const input = nonNegative(monthlyInputTokens, "monthlyInputTokens");
  const output = nonNegative(monthlyOutputTokens, "monthlyOutputTokens");
  return fleetEstimate(resolveFleet(model, gpu, options), input, output);
}

/**
 * USD per month to serve the volumes on whole replicas running 730 hours, enough of them that average load stays at
 * or below `utilization` of full-load throughput; at least one replica (so zero tokens cost one idle replica).
 */
export function selfHostMonthlyUsd(
  model: string,
  gpu: string,
  monthlyInputTokens: number,
  monthlyOutputTokens: number,
  options?: Maybe<FleetOptions>,
): number {
  return selfHostFleet(model, gpu, monthlyInputTokens, monthlyOutputTokens, options).monthlyUsd;
}
