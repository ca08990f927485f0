import { impossibleNumber } from "../errors";
import { positive } from "../validate";
import { optionsObject, orDefault, type Maybe } from "./options";
import { deploymentForShape, firstTokenSeconds, fullLoadBatch, replicaRoofline, sequencesThatFit, type Deployment, type RequestShape, type ThroughputOptions } from "./throughput";

export interface LatencyOptions extends ThroughputOptions {
  /** Requests in flight on the replica at once; default 1. */
  concurrentRequests?: Maybe<number>;
}

export interface LatencyEstimate {
  concurrentRequests: number;
  /** Seconds from a request's arrival to its first output token: the step that carries its prompt (queueing not counted). */
  timeToFirstTokenSeconds: number;
  /** Seconds between output tokens a user sees: one step, with its share of the other requests' prompts. */
  secondsPerOutputToken: number;
  /** Output tokens per second of the whole replica at that concurrency. */
  outputTokensPerSecond: number;
}

/**
 * Steady state with `concurrent` requests in flight, each of `input` prompt and `output` output tokens, on the same
 * schedule as THROUGHPUT (in-flight batching): every step decodes one token for each request and carries, on average,
 * concurrent x input / output prompt tokens (each new request's prompt joins a step whole). So
 *   seconds / token = the step at batch `concurrent` (replicaRoofline: THROUGHPUT's step at that batch)
 *   throughput      = concurrent / seconds per token                    (THROUGHPUT at that batch, exactly)
 *   TTFT            = the step that carries the request's whole prompt beside the others' decode tokens
 * At one request on one GPU the step is the weights' (active experts') reading time plus the fixed per-step costs.
 */
export function latencyAt(d: Deployment, request: RequestShape, concurrent: number): LatencyEstimate {
  const step = replicaRoofline(d, request, concurrent);
  return {
    concurrentRequests: concurrent,
    timeToFirstTokenSeconds: firstTokenSeconds(d, request, concurrent),
    secondsPerOutputToken: step.stepSeconds,
    outputTokensPerSecond: step.outputTokensPerSecond,
  };
}

/** LATENCY: time to first token, time per output token and replica throughput at a given concurrency. */
export function replicaLatency(model: string, gpu: string, options?: Maybe<LatencyOptions>): LatencyEstimate {
  const o = optionsObject(options);
  const { d, request } = deploymentForShape(model, gpu, o);
  const concurrent = positive(orDefault(o.concurrentRequests, 1), "concurrentRequests");
  const fits = sequencesThatFit(d, request);
  if (concurrent > fits) {
    const tokens = request.inputTokens + request.outputTokens;
    throw impossibleNumber("errors.concurrencyExceedsKvCache", { concurrent, tokens, gpus: d.gpus, gpu: d.gpu.id, fits: Math.floor(fits) });
  }
  return latencyAt(d, request, concurrent);
}

/**
 * Largest batch (at most the full-load batch) at which the time per output token stays within `maxSecondsPerToken`;
 * #NUM! when even one request at a time is slower than the target. Time per token grows with the batch, so a
 * bisection finds it.
 */
export function batchForTokenLatency(d: Deployment, request: RequestShape, maxSecondsPerToken: number): number {
  const full = fullLoadBatch(d, request);
  const perToken = (batch: number): number => latencyAt(d, request, batch).secondsPerOutputToken;
  if (perToken(full) <= maxSecondsPerToken) return full;
  const single = perToken(Math.min(1, full));
  if (single > maxSecondsPerToken) {
    throw impossibleNumber("errors.latencyTargetUnreachable", {
      gpus: d.gpus,
      gpu: d.gpu.id,
      model: d.model.id,
      seconds: single.toPrecision(3),
      target: maxSecondsPerToken,
    });
  }
  let low = Math.min(1, full);
  let high = full;
  for (let i = 0; i < 60 && high - low > 1e-6 * high; i++) {
    const middle = (low + high) / 2;
    if (perToken(middle) <= maxSecondsPerToken) low = middle;
    else high = middle;
  }
  return low;
}
