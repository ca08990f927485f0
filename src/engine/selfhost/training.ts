import { choice, fraction, positive, nonNegative } from "../validate";
import { invalidValue } from "../errors";
import { SELFHOST_DEFAULTS } from "./assumptions";
import { findGpu, findOpenModel } from "./catalog";
import { given, optionsObject, orDefault, type Maybe } from "./options";

export const TRAINING_METHODS = ["full", "lora", "pretrain"] as const;
export type TrainingMethod = (typeof TRAINING_METHODS)[number];

export interface TrainingOptions {
  /** Passes over the training tokens; default 1. */
  epochs?: Maybe<number>;
  /** full (default), lora or pretrain. */
  method?: Maybe<string>;
  /** Model-FLOP utilization against dense BF16 peak; default 0.4. */
  mfu?: Maybe<number>;
}

/**
 * Training FLOPs per (active) parameter per token: forward 2 + backward 4 = 6 for full fine-tuning and pretraining
 * (Kaplan et al. 2020, arXiv 2001.08361); LoRA is charged 0.8 of that (see SELFHOST_DEFAULTS.loraCostShareOfFull).
 */
export function trainingFlopsPerParamToken(method: TrainingMethod): number {
  return method === "lora" ? 6 * SELFHOST_DEFAULTS.loraCostShareOfFull : 6;
}

/**
 * GPU-hours to train `model` on `trainingTokens` tokens (times epochs): factor x active params x tokens FLOPs over
 * dense BF16 peak x MFU. Mixture-of-experts models count active parameters.
 */
export function trainingGpuHours(model: string, trainingTokens: number, gpu: string, options?: Maybe<TrainingOptions>): number {
  const m = findOpenModel(model);
  const card = findGpu(gpu);
  const tokens = nonNegative(trainingTokens, "trainingTokens");
  const o = optionsObject(options);
  const epochs = positive(orDefault(o.epochs, 1), "epochs");
  if (given(o.method) && typeof o.method !== "string") throw invalidValue("method must be text: full, lora or pretrain.");
  const method = given(o.method) ? choice(o.method, TRAINING_METHODS, "method") : "full";
  const mfu = fraction(orDefault(o.mfu, SELFHOST_DEFAULTS.trainingMfu), "mfu", { allowZero: false });
  const flops = trainingFlopsPerParamToken(method) * m.active_params_b * 1e9 * tokens * epochs;
  return flops / (card.bf16_tflops_dense * 1e12 * mfu) / 3600;
}
