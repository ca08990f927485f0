/* Generated from src/data/schemas/open-models.schema.json by `npm run data-types`; do not edit (edit the schema). */

/**
 * Open-weight models the self-hosting functions know.
 *
 * @minItems 1
 */
export type OpenModels = OpenModel[];

/**
 * One open-weight model's architecture: parameters (billions; active ones for mixtures of experts) and what sizes its KV cache.
 */
export interface OpenModel {
  id: string;
  name: string;
  /**
   * Total parameters, billions (all experts of a mixture of experts: all are resident in memory).
   */
  params_b: number;
  /**
   * Parameters used per token, billions (equal to params_b for dense models).
   */
  active_params_b: number;
  layers: number;
  hidden: number;
  attention_heads: number;
  /**
   * null for latent attention (DeepSeek MLA), where kv_values_per_token_per_layer says what is cached.
   */
  kv_heads: number | null;
  head_dim: number;
  max_context: number;
  /**
   * Values cached per token per layer: 2 x kv_heads x head_dim, or the latent width (512 + 64 for DeepSeek-V3).
   */
  kv_values_per_token_per_layer: number;
  /**
   * Window of the sliding-window layers (tokens), or null when every layer attends to the full context.
   */
  sliding_window: number | null;
  /**
   * How many of the layers use the sliding window.
   */
  sliding_window_layers: number;
  /**
   * Format the weights ship in when it is not 16-bit (gpt-oss: mxfp4, DeepSeek-V3: fp8); the list is the engine's PRECISIONS (a test checks).
   */
  native_precision: "fp32" | "bf16" | "fp16" | "fp8" | "int8" | "int4" | "fp4" | "mxfp4" | null;
  /**
   * Format of the non-expert weights (attention, embeddings, LM head) in the native checkpoint when it differs from native_precision (gpt-oss: bf16); null when the whole checkpoint is in native_precision.
   */
  native_dense_precision: "fp32" | "bf16" | "fp16" | "fp8" | "int8" | "int4" | "fp4" | "mxfp4" | null;
  /**
   * Where the figure comes from (a page, a datasheet, a paper).
   */
  source: string;
  /**
   * When the figure was read: YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day.
   */
  as_of: string;
  note?: string;
  /**
   * Routed experts of a mixture of experts (null for dense models).
   */
  experts: number | null;
  /**
   * Routed experts each token uses (top-k); null for dense models.
   */
  experts_per_token: number | null;
  /**
   * Routed-expert parameters each token uses, billions (part of active_params_b; 0 for dense models).
   */
  routed_expert_params_b: number;
  /**
   * Layers with routed experts (0 for dense models).
   */
  moe_layers: number;
  /**
   * Attention FLOPs per cached token per query token, all layers, where not 4 x heads x head_dim per layer (latent attention); null otherwise.
   */
  attention_flops_per_cached_token: number | null;
}
