import { invalidValue } from "../errors";
import { choice } from "../validate";

/**
 * Numeric formats for weights and KV cache: the one list. The function help (@param precision), README, docs/self-
 * hosting.md and the open-models schema repeat it for their readers; test/engine/precision-docs.test.ts checks each
 * of them against this list and BYTES_PER_VALUE.
 */
export const PRECISIONS = ["fp32", "bf16", "fp16", "fp8", "int8", "int4", "fp4", "mxfp4"] as const;
export type Precision = (typeof PRECISIONS)[number];

export const BYTES_PER_VALUE: Readonly<Record<Precision, number>> = {
  fp32: 4,
  bf16: 2,
  fp16: 2,
  fp8: 1,
  int8: 1,
  int4: 0.5,
  fp4: 0.5,
  // 4-bit values plus one 8-bit scale per 32-value block: 4.25 bits (the OCP MX format gpt-oss ships in)
  mxfp4: 4.25 / 8,
};

export function parsePrecision(value: unknown, name = "precision"): Precision {
  if (typeof value !== "string") throw invalidValue("errors.mustBeTextOneOf", { name, allowed: PRECISIONS.join(", ") });
  return choice(value, PRECISIONS, name);
}

/**
 * KV-cache format that goes with a weight format when the caller does not say: FP8 and FP4 checkpoints are served
 * with an FP8 KV cache (TensorRT-LLM's FP8/NVFP4 ModelOpt checkpoints, vLLM kv_cache_dtype=fp8); fp32 models keep
 * fp32; everything else (bf16, fp16, int8/int4/mxfp4 weight-only quantisation) keeps a 16-bit cache.
 */
export function defaultKvPrecision(weights: Precision): Precision {
  if (weights === "fp8" || weights === "fp4") return "fp8";
  if (weights === "fp32") return "fp32";
  return "bf16";
}
