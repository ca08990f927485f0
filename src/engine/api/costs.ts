import { impossibleNumber, invalidValue } from "../errors";
import { fraction, nonNegative, positive } from "../validate";
import { pricesFor, requirePrice, tierPrice, trainingPricePerMtok, type DatedPrices } from "./prices";
import type { PriceSheet } from "./price-sheet";

const TOKENS_PER_MILLION = 1_000_000;
const REQUESTS_PER_FEE_UNIT = 1_000;

export interface InferenceWorkload {
  inputTokens: number;
  outputTokens: number;
  /** Number of requests the tokens are spread over; null: every request below the first long-context tier. */
  requests?: number | null;
  /** Part of inputTokens read from a prompt cache. */
  cachedInputTokens?: number | null;
  /** Part of inputTokens written to a prompt cache. */
  cacheWriteTokens?: number | null;
  /** Fraction off list price, e.g. 0.5 for batch APIs. */
  discount?: number | null;
}

/**
 * USD for a workload at a model's prices (list prices, or a price sheet's where it has a row). Cached input is
 * billed at the cache-read price and cache writes at the cache-write price (the 5-minute one where the catalog lists
 * two); where the model has no such price, those tokens are billed as ordinary input (no caching discount or
 * surcharge is on offer, so none is assumed). Per-request fees are added for `requests` requests.
 */
export function inferenceCost(model: string, workload: InferenceWorkload, asOf: string | null, sheet: PriceSheet | null = null): number {
  return costAtPrices(pricesFor(model, asOf, sheet), workload);
}

/** USD per 1,000 requests a model charges besides tokens; a workload without a request count cannot be priced. */
function requestFees(dated: DatedPrices, requests: number | null): number {
  const perThousand = dated.prices.requests_kcount;
  if (perThousand === undefined || perThousand === 0) return 0;
  if (requests === null) {
    throw invalidValue("errors.requestFeeNeedsRequests", { label: dated.label, perThousand });
  }
  return (requests * perThousand) / REQUESTS_PER_FEE_UNIT;
}

export function costAtPrices(dated: DatedPrices, workload: InferenceWorkload): number {
  const inputTokens = nonNegative(workload.inputTokens, "input_tokens");
  const outputTokens = nonNegative(workload.outputTokens, "output_tokens");
  const cachedTokens = nonNegative(workload.cachedInputTokens ?? 0, "cached_input_tokens");
  const writtenTokens = nonNegative(workload.cacheWriteTokens ?? 0, "cache_write_tokens");
  const discount = fraction(workload.discount ?? 0, "discount");
  if (cachedTokens + writtenTokens > inputTokens) {
    throw impossibleNumber("errors.cachedPartsExceedInput", { cached: cachedTokens, written: writtenTokens, input: inputTokens });
  }
  const requests = workload.requests ?? null;
  // Nothing sent and nothing asked (a stage switched off, a pilot with zero volume) costs nothing: not an error.
  if (requests === 0 && inputTokens === 0 && outputTokens === 0) return 0;
  if (requests !== null) positive(requests, "requests");
  const requestInputTokens = requests === null ? 0 : inputTokens / requests;
  const priceOf = (type: "cache_read" | "cache_write", fallback: number) => {
    const price = dated.prices[type];
    return price === undefined ? fallback : tierPrice(price, requestInputTokens);
  };

  const inputPrice = tierPrice(requirePrice(dated, "input"), requestInputTokens);
  const cacheReadPrice = cachedTokens > 0 ? priceOf("cache_read", inputPrice) : 0;
  const cacheWritePrice = writtenTokens > 0 ? priceOf("cache_write", inputPrice) : 0;
  const outputPrice = outputTokens > 0 ? tierPrice(requirePrice(dated, "output"), requestInputTokens) : 0;

  const tokenCost = ((inputTokens - cachedTokens - writtenTokens) * inputPrice + cachedTokens * cacheReadPrice + writtenTokens * cacheWritePrice + outputTokens * outputPrice) / TOKENS_PER_MILLION;
  return (tokenCost + requestFees(dated, requests)) * (1 - discount);
}

/** USD to fine-tune: training tokens × epochs × training price. */
export function finetuneCost(model: string, trainingTokens: number, epochs: number | null, asOf: string | null, sheet: PriceSheet | null = null): number {
  const tokens = nonNegative(trainingTokens, "training_tokens");
  const passes = positive(epochs ?? 1, "epochs");
  return (tokens * passes * trainingPricePerMtok(model, asOf, sheet).price) / TOKENS_PER_MILLION;
}

/** USD to embed that many tokens: an embedding model's input price. */
export function embeddingCost(model: string, tokens: number, asOf: string | null, sheet: PriceSheet | null = null): number {
  const count = nonNegative(tokens, "tokens");
  return (count * tierPrice(requirePrice(pricesFor(model, asOf, sheet), "input"), 0)) / TOKENS_PER_MILLION;
}
