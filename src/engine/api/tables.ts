import { invalidValue, notAvailable } from "../errors";
import { unknownIdParams } from "../closest";
import { nonNegative, positive, wholeAtLeast } from "../validate";
import { apiCatalog, callableId, findApiProvider, resolveApiModel, type CatalogModel, type PriceSet } from "./catalog";
import { FINE_TUNED_PREFIX, inferencePrices, priceSetOn, pricesFor, tierPrice, type DatedPrices } from "./prices";
import { costAtPrices } from "./costs";
import type { PriceSheet } from "./price-sheet";

export type Cell = string | number;
export type Table = Cell[][];

function providerFilter(provider: string | null): (model: CatalogModel) => boolean {
  if (provider === null || provider.trim() === "") return () => true;
  const found = findApiProvider(provider);
  if (!found) throw notAvailable("errors.unknownId", unknownIdParams("provider", provider, apiCatalog.providers.map((p) => p.id)));
  const index = apiCatalog.providers.indexOf(found);
  return (model) => model.provider === index;
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
  if (!model.id.startsWith(FINE_TUNED_PREFIX)) return priceSetOn(model.history, asOf);
  try {
    return inferencePrices(callableId(model), asOf).prices;
  } catch {
    return undefined;
  }
}

export const MODELS_HEADER = ["model", "provider", "input (USD/1M)", "output (USD/1M)", "cache read (USD/1M)", "context window"];

/**
 * MODELS: the catalog's models with a token price on that date, one row each; blanks where no price is listed. The
 * model column holds what to type in INFERENCE for that row (provider-qualified where the bare id means another).
 */
export function modelsTable(provider: string | null, asOf: string | null): Table {
  const keep = providerFilter(provider);
  const rows: Table = [];
  for (const model of apiCatalog.models) {
    if (!keep(model)) continue;
    const prices = listedPrices(model, asOf);
    if (!prices || prices.input === undefined) continue;
    rows.push([
      callableId(model),
      apiCatalog.providers[model.provider].id,
      tierPrice(prices.input, 0),
      prices.output === undefined ? "" : tierPrice(prices.output, 0),
      prices.cache_read === undefined ? "" : tierPrice(prices.cache_read, 0),
      model.context ?? "",
    ]);
  }
  if (rows.length === 0) throw notAvailable("errors.noPricedModels", { scope: provider ? (asOf ? "both" : "provider") : asOf ? "date" : "all", provider: provider ?? "", asOf: asOf ?? "" });
  return [MODELS_HEADER, ...rows];
}

export const COMPARE_HEADER = ["model", "provider", "USD"];
const DEFAULT_TOP_N = 10;

export interface CompareWorkload {
  inputTokens: number;
  outputTokens: number;
  requests: number | null;
}

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

function scoreCatalogModel(model: CatalogModel, workload: CompareWorkload, asOf: string | null, sheet: PriceSheet | null): Scored | undefined {
  if (model.deprecated || model.id.startsWith(FINE_TUNED_PREFIX)) return undefined; // a fine-tuned model needs its own training first
  const listed = sheetLists(sheet, model);
  const prices = listed ? pricesFor(callableId(model), asOf, sheet).prices : priceSetOn(model.history, asOf);
  if (!isPricedChatModel(prices)) return undefined;
  if (tierPrice(prices.input, 0) === 0 && tierPrice(prices.output, 0) === 0) return undefined; // free tiers with rate limits
  if (prices.requests_kcount && workload.requests === null) return undefined; // per-request fees need a request count
  const usd = costAtPrices({ label: model.id, prices }, workload);
  const provider = apiCatalog.providers[model.provider].id;
  return { key: model.id.toLowerCase(), usd, row: () => [callableId(model), listed ? `${provider} (price_sheet)` : provider, usd] };
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
    const usd = costAtPrices(dated, workload);
    scored.push({ key: name, usd, row: () => [name, "price_sheet", usd] });
  }
  return scored;
}

/**
 * COMPARE: the cheapest chat models for a workload on a date, cheapest first, each model once (at its cheapest
 * offer; the row names the provider it priced). Costs include per-request fees; models with such fees are listed
 * only when `requests` is given. Deprecated models, fine-tuned entries and models listed at 0 for both input and
 * output (free tiers with rate limits) are left out. The model column can be passed to INFERENCE as it is.
 */
export function compareTable(workload: CompareWorkload, provider: string | null, topN: number | null, asOf: string | null = null, sheet: PriceSheet | null = null): Table {
  nonNegative(workload.inputTokens, "input_tokens");
  nonNegative(workload.outputTokens, "output_tokens");
  if (workload.requests !== null) positive(workload.requests, "requests");
  const limit = wholeAtLeast(topN ?? DEFAULT_TOP_N, 1, "top_n");
  const keep = providerFilter(provider);
  const cheapest = new Map<string, Scored>();
  const consider = (scored: Scored | undefined) => {
    if (!scored) return;
    const known = cheapest.get(scored.key);
    if (!known || scored.usd < known.usd) cheapest.set(scored.key, scored);
  };
  for (const model of apiCatalog.models) if (keep(model)) consider(scoreCatalogModel(model, workload, asOf, sheet));
  for (const scored of scoreSheetOnlyModels(sheet, workload, asOf, provider)) consider(scored);
  if (cheapest.size === 0) throw invalidValue("errors.noPricedChatModels");
  const ranked = [...cheapest.values()].sort((a, b) => a.usd - b.usd || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return [COMPARE_HEADER, ...ranked.slice(0, limit).map((scored) => scored.row())];
}
