import { invalidValue } from "../errors";
import { choice } from "../validate";
import type { Gpu } from "./catalog";

/**
 * Numeric formats for weights and KV cache. Bytes per value: fp32 4; bf16/fp16 2; fp8/int8 1; int4/fp4 0.5;
 * mxfp4 4.25 bits = 0.53125 (4-bit values plus one 8-bit scale per 32-value block, the OCP MX format gpt-oss ships in).
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

/** The tensor-core format a weight format computes in on a GPU. */
export type ComputeFormat = "tf32" | "bf16" | "fp8" | "fp4";

/**
 * Which tensor cores a weight format runs on: fp8/int8 use the FP8 tensor cores when the GPU has them, else BF16
 * (weight-only W8A16); fp4 (NVFP4, weights and activations in FP4) uses FP4 tensor cores when present; mxfp4 runs
 * with MXFP8 activations on GPUs with FP4 tensor cores, so at the FP8 rate (TensorRT-LLM's and FlashInfer's gpt-oss
 * MoE kernels on Blackwell: "activation MXFP8, MoE weights MXFP4"); without FP4 tensor cores both are weight-only
 * formats dequantised to BF16 in the GEMM (W4A16, as int4 AWQ/GPTQ always is: Hopper and older); fp32 runs on TF32.
 */
export function computeFormat(gpu: Gpu, precision: Precision): ComputeFormat {
  switch (precision) {
    case "fp32":
      return "tf32";
    case "bf16":
    case "fp16":
    case "int4":
      return "bf16";
    case "fp8":
    case "int8":
      return gpu.fp8_tflops_dense === null ? "bf16" : "fp8";
    case "fp4":
      return gpu.fp4_tflops_dense === null ? "bf16" : "fp4";
    case "mxfp4":
      return gpu.fp4_tflops_dense === null ? "bf16" : "fp8";
  }
}

/** Dense tensor TFLOPS of a GPU in the format a weight format computes in (TF32 is half the BF16 rate). */
export function peakTflops(gpu: Gpu, precision: Precision): number {
  return peakOfFormat(gpu, computeFormat(gpu, precision));
}

export function peakOfFormat(gpu: Gpu, format: ComputeFormat): number {
  switch (format) {
    case "tf32":
      return gpu.bf16_tflops_dense / 2;
    case "bf16":
      return gpu.bf16_tflops_dense;
    case "fp8":
      return gpu.fp8_tflops_dense ?? gpu.bf16_tflops_dense;
    case "fp4":
      return gpu.fp4_tflops_dense ?? gpu.bf16_tflops_dense;
  }
}
