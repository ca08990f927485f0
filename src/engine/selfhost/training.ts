import { choice, fraction, positive, nonNegative, wholeAtLeast } from "../validate";
import { invalidValue } from "../errors";
import { SELFHOST_DEFAULTS } from "./assumptions";
import { findGpu, findOpenModel, type Gpu, type OpenModel } from "./catalog";
import { given, optionsObject, orDefault, type Maybe } from "./options";
import { peakOfFormat } from "./tensor-cores";
import { trainingScale } from "./training-scale";

export const TRAINING_METHODS = ["full", "lora", "pretrain"] as const;
export type TrainingMethod = (typeof TRAINING_METHODS)[number];

/** Formats a training run computes its matrix products in (nvfp4 is fp4: NVIDIA's 4-bit training format). */
export const TRAINING_PRECISIONS = ["bf16", "fp8", "fp4", "nvfp4"] as const;
export type TrainingPrecision = (typeof TRAINING_PRECISIONS)[number];
/** The format a run computes in once the nvfp4 alias is read as fp4. */
type TrainingFormat = Exclude<TrainingPrecision, "nvfp4">;

export interface TrainingOptions {
  /** Passes over the training tokens; default 1. */
  epochs?: Maybe<number>;
  /** full (default), lora or pretrain. */
  method?: Maybe<string>;
  /** Model-FLOP utilization against the dense peak of `precision`; default by precision and model kind. */
  mfu?: Maybe<number>;
  /** bf16 (default), fp8, or fp4 / nvfp4 (where the GPU has FP4 tensor cores). */
  precision?: Maybe<string>;
  /** GPUs the run spans; default 8 (one node). More GPUs cost more GPU-hours (training-scale.ts). */
  gpus?: Maybe<number>;
}

/**
 * Training FLOPs per (active) parameter per token: forward 2 + backward 4 = 6 for full fine-tuning and pretraining
 * (Kaplan et al. 2020, arXiv 2001.08361); LoRA is charged 0.8 of that (see SELFHOST_DEFAULTS.loraCostShareOfFull).
 */
export function trainingFlopsPerParamToken(method: TrainingMethod): number {
  return method === "lora" ? 6 * SELFHOST_DEFAULTS.loraCostShareOfFull : 6;
}

/**
 * Default MFU: mixtures of experts 0.18 of the training precision's peak on active parameters; dense models 0.4 of
 * BF16 peak, 0.37 of FP8 peak. FP4 runs are charged as FP8 and then sped up by the measured NVFP4 gain
 * (fp4TrainingSpeedupOverFp8), not by the 2x FP4 peak.
 */
export function defaultTrainingMfu(model: OpenModel, precision: TrainingPrecision): number {
  if (model.experts !== null) return SELFHOST_DEFAULTS.trainingMfuMoe;
  return precision === "bf16" ? SELFHOST_DEFAULTS.trainingMfu : SELFHOST_DEFAULTS.trainingMfuFp8;
}

/**
 * Effective training FLOP/s of one GPU before MFU: the dense peak of the precision's tensor cores; FP4 is the FP8 peak
 * times the measured NVFP4 speed-up (only the linear layers run in FP4).
 */
function trainingPeakTflops(gpu: Gpu, precision: TrainingFormat): number {
  const peak = precision === "fp8" ? gpu.fp8_tflops_dense : precision === "fp4" ? gpu.fp4_tflops_dense : gpu.bf16_tflops_dense;
  if (peak === null) throw invalidValue("errors.noTensorCores", { gpu: gpu.id, precision: precision.toUpperCase(), fp8: String(gpu.fp8_tflops_dense !== null) });
  if (precision === "fp4") return peakOfFormat(gpu, "fp8") * SELFHOST_DEFAULTS.fp4TrainingSpeedupOverFp8;
  return peakOfFormat(gpu, precision);
}

/**
 * GPU-hours to train `model` on `trainingTokens` tokens (times epochs): factor x active params x tokens FLOPs over
 * the dense peak of the training precision x MFU. Mixture-of-experts models count active parameters.
 */
export function trainingGpuHours(model: string, trainingTokens: number, gpu: string, options?: Maybe<TrainingOptions>): number {
  const m = findOpenModel(model);
  const card = findGpu(gpu);
  const tokens = nonNegative(trainingTokens, "trainingTokens");
  const o = optionsObject(options);
  const epochs = positive(orDefault(o.epochs, 1), "epochs");
  if (given(o.method) && typeof o.method !== "string") throw invalidValue("errors.methodMustBeText");
  const method = given(o.method) ? choice(o.method, TRAINING_METHODS, "method") : "full";
  if (given(o.precision) && typeof o.precision !== "string") throw invalidValue("errors.trainingPrecisionMustBeText");
  const named = given(o.precision) ? choice(o.precision, TRAINING_PRECISIONS, "precision") : "bf16";
  const precision: TrainingFormat = named === "nvfp4" ? "fp4" : named;
  const gpus = given(o.gpus) ? wholeAtLeast(o.gpus, 1, "gpus") : SELFHOST_DEFAULTS.trainingGpus;
  const peak = trainingPeakTflops(card, precision);
  const mfu = fraction(orDefault(o.mfu, defaultTrainingMfu(m, precision)), "mfu", { allowZero: false });
  const secondsPerToken = (trainingFlopsPerParamToken(method) * m.active_params_b * 1e9) / (peak * 1e12 * mfu);
  const scale = trainingScale(m, card, gpus, secondsPerToken);
  return (secondsPerToken * tokens * epochs * (1 + scale.overheadShare)) / 3600;
}
