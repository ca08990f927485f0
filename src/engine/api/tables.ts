import { invalidValue, notAvailable } from "../errors";
import { unknownIdParams } from "../closest";
import { positive, wholeAtLeast } from "../validate";
import { apiCatalog, apiProviderIds, callableId, findApiProvider, offersOf, resolveApiModel, type CatalogModel, type PriceSet } from "./catalog";
import { firstDatedRelease, retirementOf } from "./lifecycle";
import { todayIso } from "../dates";
import { applyBillingRow, billingRow, type Billing } from "./tiers";
import { FINE_TUNED_PREFIX, inferencePrices, priceSetOn, pricesFor, tierPrice, type DatedPrices } from "./prices";
import { costAtPrices, crossesFirstTier, tokenCount } from "./costs";
import { needsModality } from "./modality";
import type { PriceSheet } from "./price-sheet";

export type Cell = string | number;
export type Table = Cell[][];

/** One catalog entry as a formula reaches it: the id to type and the provider that sells it. */
interface Offer {
  model: CatalogModel;
  provider: string;
  callable: string;
}

/**
 * The offers a provider filter keeps: every entry under its own provider when omitted; else what the provider sells
 * under its own name, its fallbacks included (Azure lists the OpenAI models it sells), by any name INFERENCE accepts.
 */
function offers(provider: string | null): Offer[] {
  if (provider === null || provider.trim() === "") {
    return apiCatalog.models.map((model) => ({ model, provider: apiCatalog.providers[model.provider].id, callable: callableId(model) }));
  }
  const found = findApiProvider(provider);
  if (!found) throw notAvailable("errors.unknownId", unknownIdParams("provider", provider, apiProviderIds()));
  const own = apiCatalog.providers.indexOf(found);
  return offersOf(found).map((model) => ({ model, provider: found.id, callable: model.provider === own ? callableId(model) : `${found.id}:${model.id}` }));
}

/** Whether a model had been released by the date (its first dated release), as INFERENCE prices it. */
function releasedBy(model: CatalogModel, asOf: string | null): boolean {
  if (asOf === null || model.history[0].from !== null) return true;
  const released = firstDatedRelease(model.id, model.match);
  return released === null || asOf >= released;
}

/** "retired 2024-01-04", "retires 2026-12-11", "deprecated" or "" for a model as its provider sells it, on the date (omitted: today). */
function lifecycleStatus(offer: Offer, asOf: string | null): string {
  const retired = retirementOf(offer.provider, [offer.callable.replace(/^[^:]*:/, ""), offer.model.id]);
  if (retired) return (asOf ?? todayIso()) < retired.retired_on ? `retires ${retired.retired_on}` : `retired ${retired.retired_on}`;
  return offer.model.deprecated ? "deprecated" : "";
}

/** A chat model has both an input and an output price; embedding-only models are left out of comparisons. */
function isPricedChatModel(prices: PriceSet | undefined): prices is PriceSet & { input: NonNullable<PriceSet["input"]>; output: NonNullable<PriceSet["output"]> } {
  return prices !== undefined && prices.input !== undefined && prices.output !== undefined;
}

/**
 * The prices a formula typing this model's callable id gets on that date: the catalog entry's own, except for `ft:`
 * entries, which INFERENCE prices from the dated fine-tuning file first. Undefined where no price applies.
 */
function listedPrices(model: CatalogModel, asOf: string | null): PriceSet | undefined {
  if (!releasedBy(model, asOf)) return undefined;
  if (!model.id.startsWith(FINE_TUNED_PREFIX)) return priceSetOn(model.history, asOf);
  try {
    return inferencePrices(callableId(model), asOf).prices;
  } catch {
    return undefined;
  }
}

export const MODELS_HEADER = ["model", "provider", "input (USD/1M)", "output (USD/1M)", "cache read (USD/1M)", "context window", "status"];

/**
 * MODELS: the catalog's models with a token price on that date, one row each; blanks where no price is listed. The
 * model column holds what to type in INFERENCE for that row (provider-qualified where the bare id means another).
 */
export function modelsTable(provider: string | null, asOf: string | null): Table {
  const rows: Table = [];
  for (const offer of offers(provider)) {
    const { model } = offer;
    const prices = listedPrices(model, asOf);
    if (!prices || prices.input === undefined) continue;
    rows.push([
      offer.callable,
      offer.provider,
      tierPrice(prices.input, 0),
      prices.output === undefined ? "" : tierPrice(prices.output, 0),
      prices.cache_read === undefined ? "" : tierPrice(prices.cache_read, 0),
      model.context ?? "",
      lifecycleStatus(offer, asOf),
    ]);
  }
  if (rows.length === 0) throw notAvailable("errors.noPricedModels", { scope: provider ? (asOf ? "both" : "provider") : asOf ? "date" : "all", provider: provider ?? "", asOf: asOf ?? "" });
  return [MODELS_HEADER, ...rows];
}

export const COMPARE_HEADER = ["model", "provider", "USD", "status"];
const DEFAULT_TOP_N = 10;

export interface CompareWorkload {
  inputTokens: number;
  outputTokens: number;
  requests: number | null;
}

/** COMPARE's workload is text chat: text models that also take audio or image input are compared at their text prices. */
const TEXT = { modality: "text" } as const;

interface Scored {
  /** Lower-case id: each model is listed once, at its cheapest offer. */
  key: string;
  usd: number;
  /** Built only for the rows shown. */
  row: () => Cell[];
}

/** Whether the sheet lists this catalog model under any name a formula could use for it. */
function sheetLists(sheet: PriceSheet | null, model: CatalogModel): boolean {
  if (sheet === null) return false;
  const id = model.id.toLowerCase();
  return sheet.byModel.has(id) || sheet.byModel.has(`${apiCatalog.providers[model.provider].id}:${id}`);
}

function scoreOffer(offer: Offer, workload: CompareWorkload, asOf: string | null, sheet: PriceSheet | null, billing: Billing): Scored | undefined {
  const { model } = offer;
  if (model.deprecated || model.id.startsWith(FINE_TUNED_PREFIX)) return undefined; // a fine-tuned model needs its own training first
  const status = lifecycleStatus(offer, asOf);
  if (status.startsWith("retired")) return undefined; // not sold on that date
  if (!releasedBy(model, asOf)) return undefined;
  const listed = sheetLists(sheet, model);
  const prices = listed ? pricesFor(offer.callable, asOf, sheet).prices : priceSetOn(model.history, asOf);
  if (!isPricedChatModel(prices)) return undefined;
  if (tierPrice(prices.input, 0) === 0 && tierPrice(prices.output, 0) === 0) return undefined; // free tiers with rate limits
  if (prices.requests_kcount && workload.requests === null) return undefined; // per-request fees need a request count
  if (workload.requests === null && crossesFirstTier(prices, workload.inputTokens)) return undefined; // only requests decide its tier
  if (needsModality({ label: model.id, modelId: model.id, prices })) return undefined; // an audio or image model, not text chat
  let billed: PriceSet = prices;
  try {
    const region = billingRow(offer.provider, model.id, "region", billing.region, asOf);
    // Bedrock prices a region as its own entry (global.*, regional.*): only the entry of that profile is sold there
    if (region?.entry_prefix !== undefined && !model.id.toLowerCase().startsWith(region.entry_prefix)) return undefined;
    billed = applyBillingRow(applyBillingRow(prices, billingRow(offer.provider, model.id, "service_tier", billing.serviceTier, asOf)), region);
  } catch {
    return undefined; // this model is not sold at that tier or region
  }
  const usd = costAtPrices({ label: model.id, prices: billed }, { ...workload, ...TEXT });
  return { key: model.id.toLowerCase(), usd, row: () => [offer.callable, listed ? `${offer.provider} (price_sheet)` : offer.provider, usd, status] };
}

/** Models only the price sheet knows (internal models), priced from it alone. */
function scoreSheetOnlyModels(sheet: PriceSheet | null, workload: CompareWorkload, asOf: string | null, providerWanted: string | null): Scored[] {
  if (sheet === null || (providerWanted !== null && providerWanted.trim() !== "")) return [];
  const scored: Scored[] = [];
  for (const name of sheet.byModel.keys()) {
    try {
      resolveApiModel(name);
      continue; // a catalog model: scored above
    } catch {
      // internal model
    }
    let dated: DatedPrices;
    try {
      dated = pricesFor(name, asOf, sheet);
    } catch {
      continue;
    }
    if (!isPricedChatModel(dated.prices)) continue;
    if (workload.requests === null && crossesFirstTier(dated.prices, workload.inputTokens)) continue;
    const usd = costAtPrices(dated, { ...workload, ...TEXT });
    scored.push({ key: name, usd, row: () => [name, "price_sheet", usd, ""] });
  }
  return scored;
}

/**
 * COMPARE: the cheapest chat models for a workload on a date, cheapest first, each model once (at its cheapest
 * offer; the row names the provider it priced). Costs include per-request fees; models with such fees are listed
 * only when `requests` is given. Deprecated models, fine-tuned entries and models listed at 0 for both input and
 * output (free tiers with rate limits) are left out. The model column can be passed to INFERENCE as it is.
 */
export function compareTable(workload: CompareWorkload, provider: string | null, topN: number | null, asOf: string | null = null, sheet: PriceSheet | null = null, billing: Billing = {}): Table {
  tokenCount(workload.inputTokens, "input_tokens");
  tokenCount(workload.outputTokens, "output_tokens");
  if (workload.requests !== null) positive(workload.requests, "requests");
  const limit = wholeAtLeast(topN ?? DEFAULT_TOP_N, 1, "top_n");
  const cheapest = new Map<string, Scored>();
  const consider = (scored: Scored | undefined) => {
    if (!scored) return;
    const known = cheapest.get(scored.key);
    if (!known || scored.usd < known.usd) cheapest.set(scored.key, scored);
  };
  for (const offer of offers(provider)) consider(scoreOffer(offer, workload, asOf, sheet, billing));
  if (!billing.serviceTier && !billing.region) for (const scored of scoreSheetOnlyModels(sheet, workload, asOf, provider)) consider(scored);
  if (cheapest.size === 0) {
    if (!billing.serviceTier && !billing.region) throw invalidValue("errors.noPricedChatModels");
    throw invalidValue("errors.noChatModelAtTier", { tier: billing.serviceTier || "none", region: billing.region || "none", provider: provider || "none" });
  }
  const ranked = [...cheapest.values()].sort((a, b) => a.usd - b.usd || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return [COMPARE_HEADER, ...ranked.slice(0, limit).map((scored) => scored.row())];
}
