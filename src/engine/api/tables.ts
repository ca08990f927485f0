import { invalidValue, notAvailable } from "../errors";
import { unknownIdMessage } from "../closest";
import { nonNegative, positive, wholeAtLeast } from "../validate";
import { apiCatalog, callableId, findApiProvider, type CatalogModel, type PriceSet } from "./catalog";
import { priceSetOn, tierPrice } from "./prices";
import { costAtPrices } from "./costs";

export type Cell = string | number;
export type Table = Cell[][];

function providerFilter(provider: string | null): (model: CatalogModel) => boolean {
  if (provider === null || provider.trim() === "") return () => true;
  const found = findApiProvider(provider);
  if (!found) throw notAvailable(unknownIdMessage("provider", provider, apiCatalog.providers.map((p) => p.id)));
  const index = apiCatalog.providers.indexOf(found);
  return (model) => model.provider === index;
}

/** A chat model has both an input and an output price; embedding-only models are left out of comparisons. */
function isPricedChatModel(prices: PriceSet | undefined): prices is PriceSet & { input: NonNullable<PriceSet["input"]>; output: NonNullable<PriceSet["output"]> } {
  return prices !== undefined && prices.input !== undefined && prices.output !== undefined;
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
    const prices = priceSetOn(model.history, asOf);
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
  if (rows.length === 0) throw notAvailable(`No priced models${provider ? ` for ${provider}` : ""}${asOf ? ` on ${asOf}` : ""}.`);
  return [MODELS_HEADER, ...rows];
}

export const COMPARE_HEADER = ["model", "provider", "USD"];
const DEFAULT_TOP_N = 10;

/**
 * COMPARE: the cheapest current chat models for a workload, cheapest first. Deprecated models and models listed
 * at 0 for both input and output (free tiers with rate limits) are left out: they are not a budget option. The
 * model column can be passed to INFERENCE as it is.
 */
export function compareTable(inputTokens: number, outputTokens: number, requests: number | null, provider: string | null, topN: number | null): Table {
  nonNegative(inputTokens, "input_tokens");
  nonNegative(outputTokens, "output_tokens");
  if (requests !== null) positive(requests, "requests");
  const limit = wholeAtLeast(topN ?? DEFAULT_TOP_N, 1, "top_n");
  const keep = providerFilter(provider);
  const scored: { model: CatalogModel; usd: number }[] = [];
  for (const model of apiCatalog.models) {
    if (!keep(model) || model.deprecated) continue;
    const prices = model.history[model.history.length - 1];
    if (!isPricedChatModel(prices)) continue;
    if (tierPrice(prices.input, 0) === 0 && tierPrice(prices.output, 0) === 0) continue;
    const label = `${apiCatalog.providers[model.provider].id}:${model.id}`;
    scored.push({ model, usd: costAtPrices({ label, prices }, { inputTokens, outputTokens, requests }) });
  }
  if (scored.length === 0) throw invalidValue("No priced chat models match.");
  scored.sort((a, b) => a.usd - b.usd || a.model.id.localeCompare(b.model.id));
  return [COMPARE_HEADER, ...scored.slice(0, limit).map(({ model, usd }) => [callableId(model), apiCatalog.providers[model.provider].id, usd])];
}
