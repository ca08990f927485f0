import { SELFHOST_DEFAULTS } from "./assumptions";
import type { Gpu, OpenModel } from "./catalog";

/**
 * The part of a serving step that does not shrink with fewer tokens: what dominates at 1-4 requests in flight.
 *
 * - Fixed per step: the engine's scheduling, input preparation, sampling and the launch of the step's CUDA/HIP
 *   graph (SELFHOST_DEFAULTS.stepOverheadSeconds), and every layer's kernels running at least their minimum time
 *   whatever the batch (layerOverheadSeconds per layer).
 * - Collectives: with G > 1 GPUs every layer reduces its attention output and its MLP (or MoE) output across the
 *   GPUs, two collectives per layer. Each costs the library's latency for G GPUs (NCCL's own model: base + 2 x (G - 1)
 *   hops, per GPU in gpus.json) plus its bytes over the scale-up link. A dense layer's two all-reduces move
 *   tokens x hidden x 2 bytes (BF16 activations) each, 2 x (G - 1) / G of it per GPU (ring); a MoE layer's expert
 *   exchange is counted as expert-parallel traffic (throughput.ts), its attention all-reduce here.
 */

/** Seconds of one collective across `gpus` GPUs of this kind that moves no meaningful data (latency only). */
export function collectiveLatencySeconds(gpu: Gpu, gpus: number): number {
  if (gpus <= 1) return 0;
  return (gpu.collective_base_latency_us + 2 * (gpus - 1) * gpu.collective_hop_latency_us) * 1e-6;
}

/** Collectives per step: two per layer (attention and MLP/MoE output) when the replica spans several GPUs. */
export const collectivesPerStep = (model: OpenModel, gpus: number): number => (gpus > 1 ? 2 * model.layers : 0);

/** Bytes each GPU sends per token in the step's all-reduces: BF16 activations, ring all-reduce (2 (G-1)/G per byte). */
export function allReduceBytesPerToken(model: OpenModel, gpus: number): number {
  if (gpus <= 1) return 0;
  const allReduces = 2 * (model.layers - model.moe_layers) + model.moe_layers;
  return allReduces * model.hidden * SELFHOST_DEFAULTS.activationBytes * ((2 * (gpus - 1)) / gpus);
}

/** Seconds a step costs whatever its token count: engine overhead, kernel floors and collective latencies. */
export function fixedStepSeconds(model: OpenModel, gpu: Gpu, gpus: number): number {
  const d = SELFHOST_DEFAULTS;
  const kernels = d.stepOverheadSeconds + model.layers * d.layerOverheadSeconds + model.moe_layers * d.moeLayerOverheadSeconds;
  return kernels + collectivesPerStep(model, gpus) * collectiveLatencySeconds(gpu, gpus);
}

/** Seconds the step's all-reduces spend moving `tokens` tokens' activations over the scale-up link. */
export const allReduceTransferSeconds = (model: OpenModel, gpu: Gpu, gpus: number, tokens: number): number =>
  (tokens * allReduceBytesPerToken(model, gpus)) / (gpu.interconnect_gb_s * 1e9);
