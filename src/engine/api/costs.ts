import vectorDbData from "../../data/vector-db-prices.json";
import { impossibleNumber } from "../errors";
import { fraction, nonNegative, positive } from "../validate";
import { inferencePrices, requirePrice, tierPrice, trainingPricePerMtok, type DatedPrices } from "./prices";

const TOKENS_PER_MILLION = 1_000_000;

export interface InferenceWorkload {
  inputTokens: number;
  outputTokens: number;
  /** Number of requests the tokens are spread over; null: every request below the first long-context tier. */
  requests?: number | null;
  /** Part of inputTokens read from a prompt cache. */
  cachedInputTokens?: number | null;
  /** Fraction off list price, e.g. 0.5 for batch APIs. */
  discount?: number | null;
}

/**
 * USD for a workload at a model's list prices. Cached input is billed at the cache-read price; where the model
 * has no cache-read price, it is billed as ordinary input (no caching discount is on offer, so none is assumed).
 */
export function inferenceCost(model: string, workload: InferenceWorkload, asOf: string | null): number {
  return costAtPrices(inferencePrices(model, asOf), workload);
}

export function costAtPrices(dated: DatedPrices, workload: InferenceWorkload): number {
  const inputTokens = nonNegative(workload.inputTokens, "input_tokens");
  const outputTokens = nonNegative(workload.outputTokens, "output_tokens");
  const cachedTokens = nonNegative(workload.cachedInputTokens ?? 0, "cached_input_tokens");
  const discount = fraction(workload.discount ?? 0, "discount");
  if (cachedTokens > inputTokens) {
    throw impossibleNumber(`cached_input_tokens (${cachedTokens}) cannot exceed input_tokens (${inputTokens}).`);
  }
  const requests = workload.requests ?? null;
  if (requests !== null) positive(requests, "requests");
  const requestInputTokens = requests === null ? 0 : inputTokens / requests;

  const inputPrice = tierPrice(requirePrice(dated, "input"), requestInputTokens);
  const cachePrice = cachedTokens > 0 && dated.prices.cache_read !== undefined ? tierPrice(dated.prices.cache_read, requestInputTokens) : inputPrice;
  const outputPrice = outputTokens > 0 ? tierPrice(requirePrice(dated, "output"), requestInputTokens) : 0;

  const listCost = ((inputTokens - cachedTokens) * inputPrice + cachedTokens * cachePrice + outputTokens * outputPrice) / TOKENS_PER_MILLION;
  return listCost * (1 - discount);
}

/** USD to fine-tune: training tokens × epochs × training price. */
export function finetuneCost(model: string, trainingTokens: number, epochs: number | null, asOf: string | null): number {
  const tokens = nonNegative(trainingTokens, "training_tokens");
  const passes = positive(epochs ?? 1, "epochs");
  return (tokens * passes * trainingPricePerMtok(model, asOf).price) / TOKENS_PER_MILLION;
}

/** USD to embed that many tokens: an embedding model's input price. */
export function embeddingCost(model: string, tokens: number, asOf: string | null): number {
  const count = nonNegative(tokens, "tokens");
  return (count * tierPrice(requirePrice(inferencePrices(model, asOf), "input"), 0)) / TOKENS_PER_MILLION;
}

export interface VectorDbPrice {
  provider: string;
  plan: string;
  storage_usd_per_gb_month: number;
  as_of: string;
  source: string;
}

export const defaultVectorDbPrice = (vectorDbData.rows as VectorDbPrice[]).find((row) => row.provider === vectorDbData.default) as VectorDbPrice;

const BYTES_PER_GB = 1e9;
const DEFAULT_BYTES_PER_DIMENSION = 4;

/** USD per month to store vectors (GB = 10^9 bytes; float32 unless told). */
export function vectorStoreCost(vectors: number, dimensions: number, bytesPerDimension: number | null, usdPerGbMonth: number | null): number {
  const count = nonNegative(vectors, "vectors");
  const width = nonNegative(dimensions, "dimensions");
  const bytes = positive(bytesPerDimension ?? DEFAULT_BYTES_PER_DIMENSION, "bytes_per_dimension");
  const price = nonNegative(usdPerGbMonth ?? defaultVectorDbPrice.storage_usd_per_gb_month, "usd_per_gb_month");
  return ((count * width * bytes) / BYTES_PER_GB) * price;
}
