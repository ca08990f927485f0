import { invalidValue } from "../errors";
import type { Message } from "../../i18n/catalog";
import { finite, positive } from "../validate";
import { fineTunedBase, pricePerMillion, pricesFor, requirePrice, tierPrice, trainingPricePerMtok, type DatedPrices } from "./prices";
import { applyBillingRow, billingRow, isStandardTier, oneHourWriteMultiplier, type Billing } from "./tiers";
import { billedEntry } from "./billed-entry";
import { modalityPrices, needsModality } from "./modality";
import type { PriceSheet } from "./price-sheet";
import type { PriceSet, TokenPrice } from "./catalog";

const TOKENS_PER_MILLION = 1_000_000;
const REQUESTS_PER_FEE_UNIT = 1_000;

export interface InferenceWorkload {
  inputTokens: number;
  outputTokens: number;
  /** Number of requests the tokens are spread over; null: every request below the first long-context tier. */
  requests?: number | null;
  /** Part of inputTokens read from a prompt cache. */
  cachedInputTokens?: number | null;
  /** Part of inputTokens written to a prompt cache (the 5-minute cache where two are listed). */
  cacheWriteTokens?: number | null;
  /** Part of inputTokens written to the 1-hour prompt cache. */
  cacheWrite1hTokens?: number | null;
  /** Fraction off list price, e.g. 0.5 for a negotiated half price. */
  discount?: number | null;
  /** The tokens' modality: "text", "audio", "image", or "input/output" such as "text/image". */
  modality?: string | null;
}

/** A count typed by an analyst: a typing slip (a negative count) is #VALUE! saying what was expected. */
export function tokenCount(value: number, name: string): number {
  finite(value, name);
  if (value < 0) throw invalidValue("errors.tokenCountNegative", { name, value });
  return value;
}

/**
 * A count checked as tokenCount checks it; a plain count, as every row of a budget column passes, is taken without
 * the calls (most of INFERENCE's per-row time was such checks). An optional count omitted is 0.
 */
function checkedCount(value: number, name: string): number {
  return typeof value === "number" && value >= 0 && value < Infinity ? value : tokenCount(value, name);
}
function optionalCheckedCount(value: number | null | undefined, name: string): number {
  return value === null || value === undefined ? 0 : checkedCount(value, name);
}

/** A discount is a share of the list price: 0.5 for 50%; 50 is a typing slip, never a #NUM!. */
export function discountShare(value: number): number {
  finite(value, "discount");
  if (value < 0 || value > 1) throw invalidValue("errors.discountIsShare", { value });
  return value;
}

/**
 * USD for a workload at a model's prices (list prices, or a price sheet's where it has a row), billed at a service
 * tier and region (omitted: the list price's standard tier and global region). Cached input is billed at the
 * cache-read price and cache writes at the cache-write price (5-minute and 1-hour); where the model has no such
 * price, those tokens are billed as ordinary input. Per-request fees are added for `requests` requests.
 */
export function inferenceCost(model: string, workload: InferenceWorkload, asOf: string | null, sheet: PriceSheet | null = null, billing: Billing = {}): number {
  return costAtPrices(billedPrices(model, asOf, sheet, billing), workload);
}

/**
 * A model's prices billed at a service tier and region: the catalog entry that prices the region (Bedrock's
 * global.* or regional.* profile), then the tier's and region's multipliers or prices. The engine API that
 * budget-vs-actual uses to reprice an imported line at its own tier and region.
 */
export function billedPrices(model: string, asOf: string | null, sheet: PriceSheet | null, billing: Billing = {}): DatedPrices {
  if (!billing.serviceTier && !billing.region) return pricesFor(model, asOf, sheet); // the list price: nothing to apply
  const entry = billedEntry(model, billing.region ?? null, asOf);
  const dated = pricesFor(entry.model, asOf, sheet);
  if (dated.provider === undefined || dated.modelId === undefined) {
    const tier = billing.serviceTier?.trim() ?? "";
    const region = billing.region?.trim() ?? "";
    const asked = tier !== "" && !isStandardTier(tier) ? { kind: "service_tier", value: tier } : region !== "" && entry.regionRow === undefined && region.toLowerCase() !== "global" ? { kind: "region", value: region } : null;
    if (asked === null) return dated;
    // A fine-tuned model is priced from src/data/finetune-prices.json, with no provider or catalog entry for a tier row to
    // match, and service-tiers.json has no sourced tier or regional price for fine-tuned models: say exactly that.
    if (fineTunedBase(String(model).trim().toLowerCase()) !== null) throw invalidValue("errors.fineTunedNoTier", { label: dated.label, ...asked, value: asked.value.slice(0, 40) });
    throw invalidValue("errors.sheetOnlyNoTier", { label: dated.label });
  }
  const tier = billingRow(dated.provider, dated.modelId, "service_tier", billing.serviceTier, asOf);
  const region = entry.regionRow === undefined ? billingRow(dated.provider, dated.modelId, "region", billing.region, asOf) : null;
  if (tier === null && region === null) return dated;
  const label: Message =
    tier && region
      ? { id: "errors.labelTierRegion", params: { label: dated.label, tier: tier.name, region: region.name } }
      : tier
        ? { id: "errors.labelTier", params: { label: dated.label, tier: tier.name } }
        : { id: "errors.labelRegion", params: { label: dated.label, region: (region as NonNullable<typeof region>).name } };
  return { ...dated, label, prices: applyBillingRow(applyBillingRow(dated.prices, tier), region) };
}

/** PRICE at a service tier and region: USD per 1M tokens of one kind. */
export function billedPricePerMillion(model: string, priceType: string, asOf: string | null, sheet: PriceSheet | null = null, billing: Billing = {}): number {
  return pricePerMillion(model, priceType, asOf, sheet, (name, date, prices) => billedPrices(name, date, prices, billing));
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

/** Whether a total input crosses the model's first long-context threshold (so only a request count decides the tier). */
export function crossesFirstTier(prices: PriceSet, inputTokens: number): boolean {
  const input = prices.input;
  return input !== undefined && typeof input !== "number" && input.tiers.length > 0 && inputTokens > input.tiers[0].start;
}

/** Without a request count, a total input past the first long-context threshold cannot say which tier applies. */
function requireRequestsForTiers(dated: DatedPrices, inputTokens: number, requests: number | null): void {
  if (requests !== null) return;
  const input = dated.prices.input;
  if (input === undefined || typeof input === "number" || input.tiers.length === 0) return;
  const threshold = input.tiers[0].start;
  if (crossesFirstTier(dated.prices, inputTokens)) {
    throw invalidValue("errors.longContextNeedsRequests", {
      label: dated.label,
      threshold: threshold.toLocaleString("en-US"),
      tierPrice: input.tiers[0].price,
      basePrice: input.base,
      input: inputTokens,
    });
  }
}

/** The 1-hour cache-write price: the catalog's, else the provider's sourced multiple of input, else #VALUE!. */
function oneHourWritePrice(dated: DatedPrices, inputPrice: number, requestInputTokens: number): number {
  const listed = dated.prices.cache_write_1h;
  if (listed !== undefined) return tierPrice(listed, requestInputTokens);
  const multiplier = dated.provider && dated.modelId ? oneHourWriteMultiplier(dated.provider, dated.modelId, null) : undefined;
  if (multiplier !== undefined) return inputPrice * multiplier;
  throw invalidValue("errors.noOneHourWrite", { label: dated.label });
}

/**
 * What a text workload needs of one dated price set, worked out once: flat input, output and cache prices and that
 * nothing else applies (no tiers, request fees or audio/image prices). A budget column calls INFERENCE once per row
 * on every recalculation, and reading these from each model's differently shaped price object cost more than the
 * arithmetic; a price set that is not plain text at flat prices takes the general path below. Keyed by the
 * DatedPrices object (catalog prices are cached per entry and date, so a column shares one card); a price set
 * rebuilt for a tier, region or price sheet is a new object, so never meets another's card.
 */
interface FlatTextCard {
  input: number;
  output: number;
  cacheRead: number | undefined;
  cacheWrite: number | undefined;
}
const flatTextCards = new WeakMap<DatedPrices, FlatTextCard | null>();

function flatTextCard(dated: DatedPrices): FlatTextCard | null {
  let card = flatTextCards.get(dated);
  if (card !== undefined) return card;
  const { input, output, cache_read: cacheRead, cache_write: cacheWrite, requests_kcount: fee } = dated.prices;
  const flat = (price: TokenPrice | undefined) => price === undefined || typeof price === "number";
  const plain =
    typeof input === "number" && typeof output === "number" && flat(cacheRead) && flat(cacheWrite) && (fee === undefined || fee === 0) && !needsModality(dated);
  card = plain ? { input, output, cacheRead: cacheRead as number | undefined, cacheWrite: cacheWrite as number | undefined } : null;
  flatTextCards.set(dated, card);
  return card;
}

export function costAtPrices(listed: DatedPrices, workload: InferenceWorkload): number {
  const inputTokens = checkedCount(workload.inputTokens, "input_tokens");
  const outputTokens = checkedCount(workload.outputTokens, "output_tokens");
  const cachedTokens = optionalCheckedCount(workload.cachedInputTokens, "cached_input_tokens");
  const writtenTokens = optionalCheckedCount(workload.cacheWriteTokens, "cache_write_tokens");
  const written1hTokens = optionalCheckedCount(workload.cacheWrite1hTokens, "cache_write_1h_tokens");
  const discount = workload.discount === null || workload.discount === undefined ? 0 : discountShare(workload.discount);
  if (cachedTokens + writtenTokens + written1hTokens > inputTokens) {
    throw invalidValue("errors.cachePartsExceedInput", { cached: cachedTokens, written: writtenTokens, written1h: written1hTokens, input: inputTokens });
  }
  const requests = workload.requests ?? null;
  // Nothing sent and nothing asked (a stage switched off, a pilot with zero volume) costs nothing: not an error.
  if (requests === 0 && inputTokens === 0 && outputTokens === 0) return 0;
  if (requests !== null) positive(requests, "requests");
  const modality = workload.modality ?? null;
  const card = written1hTokens === 0 && (modality === null || modality.trim() === "") ? flatTextCard(listed) : null;
  if (card !== null) {
    // The general path's sum in the same order (its 1-hour write term and request fee are 0 here), so that both
    // give identical figures.
    const cacheReadPrice = cachedTokens === 0 ? 0 : (card.cacheRead ?? card.input);
    const cacheWritePrice = writtenTokens === 0 ? 0 : (card.cacheWrite ?? card.input);
    const outputPrice = outputTokens > 0 ? card.output : 0;
    const uncachedInput = inputTokens - cachedTokens - writtenTokens - written1hTokens;
    const tokenCost = (uncachedInput * card.input + cachedTokens * cacheReadPrice + writtenTokens * cacheWritePrice + outputTokens * outputPrice) / TOKENS_PER_MILLION;
    return tokenCost * (1 - discount);
  }
  const dated = modalityPrices(listed, modality);
  requireRequestsForTiers(dated, inputTokens, requests);
  const requestInputTokens = requests === null ? 0 : inputTokens / requests;
  const { cache_read: cacheRead, cache_write: cacheWrite } = dated.prices;

  const inputPrice = tierPrice(requirePrice(dated, "input"), requestInputTokens);
  const cacheReadPrice = cachedTokens === 0 ? 0 : cacheRead === undefined ? inputPrice : tierPrice(cacheRead, requestInputTokens);
  const cacheWritePrice = writtenTokens === 0 ? 0 : cacheWrite === undefined ? inputPrice : tierPrice(cacheWrite, requestInputTokens);
  const cacheWrite1hPrice = written1hTokens > 0 ? oneHourWritePrice(dated, inputPrice, requestInputTokens) : 0;
  const outputPrice = outputTokens > 0 ? tierPrice(requirePrice(dated, "output"), requestInputTokens) : 0;

  const uncachedInput = inputTokens - cachedTokens - writtenTokens - written1hTokens;
  const tokenCost =
    (uncachedInput * inputPrice + cachedTokens * cacheReadPrice + writtenTokens * cacheWritePrice + written1hTokens * cacheWrite1hPrice + outputTokens * outputPrice) / TOKENS_PER_MILLION;
  return (tokenCost + requestFees(dated, requests)) * (1 - discount);
}

/** USD to fine-tune: training tokens × epochs × training price. */
export function finetuneCost(model: string, trainingTokens: number, epochs: number | null, asOf: string | null, sheet: PriceSheet | null = null): number {
  const tokens = tokenCount(trainingTokens, "training_tokens");
  const passes = positive(epochs ?? 1, "epochs");
  return (tokens * passes * trainingPricePerMtok(model, asOf, sheet).price) / TOKENS_PER_MILLION;
}

/** USD to embed that many tokens: an embedding model's input price. */
export function embeddingCost(model: string, tokens: number, asOf: string | null, sheet: PriceSheet | null = null): number {
  const count = tokenCount(tokens, "tokens");
  return (count * tierPrice(requirePrice(pricesFor(model, asOf, sheet), "input"), 0)) / TOKENS_PER_MILLION;
}
