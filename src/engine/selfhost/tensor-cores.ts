import type { Gpu } from "./catalog";
import type { Precision } from "./precision";

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
