import rawCatalog from "../../data/api-prices.json";
import { notAvailable, type EngineError } from "../errors";
import { unknownIdMessage } from "../closest";
import { exactNames, matches, type MatchLogic } from "./match";

/** A price in USD per 1M tokens, flat or by long-context tier (the tier applies to the whole request). */
export type TokenPrice = number | { base: number; tiers: { start: number; price: number }[] };

export interface PriceSet {
  /** First day these prices apply (ISO); null: from the model's release. */
  from: string | null;
  input?: TokenPrice;
  output?: TokenPrice;
  cache_read?: TokenPrice;
  cache_write?: TokenPrice;
}

export interface Provider {
  id: string;
  name: string;
  model_match: MatchLogic | null;
  pricing_url: string | null;
}

export interface CatalogModel {
  provider: number;
  id: string;
  name?: string;
  match: MatchLogic;
  context?: number;
  deprecated?: boolean;
  history: PriceSet[];
}

interface ApiCatalog {
  source: string;
  version: string;
  license: string;
  homepage: string;
  providers: Provider[];
  models: CatalogModel[];
}

export const apiCatalog = rawCatalog as unknown as ApiCatalog;

/** A model as the analyst named it, resolved to one provider's catalog entry. */
export interface PricedModel {
  /** The id as typed, normalised: what tables and messages show. */
  query: string;
  model: CatalogModel;
  provider: Provider;
}

/**
 * Where the same id is sold by several providers (resellers, clouds), an unqualified id means the model's maker.
 * Analysts who mean a reseller write `provider:model`.
 */
const FIRST_PARTY_PREFERENCE = ["openai", "anthropic", "google", "mistral", "deepseek", "x-ai", "cohere", "voyageai", "moonshotai", "zai", "minimax"];

function providerRank(provider: Provider): number {
  const rank = FIRST_PARTY_PREFERENCE.indexOf(provider.id);
  return rank === -1 ? FIRST_PARTY_PREFERENCE.length : rank;
}

const providerById = new Map(apiCatalog.providers.map((provider) => [provider.id, provider]));

export function findApiProvider(id: string): Provider | undefined {
  return providerById.get(id.trim().toLowerCase());
}

/** Every id an analyst may type: model ids and their exact aliases. */
let knownNames: string[] | undefined;
export function apiModelNames(): string[] {
  knownNames ??= [...new Set(apiCatalog.models.flatMap((model) => [model.id, ...exactNames(model.match)]))];
  return knownNames;
}

function pickPreferred(candidates: CatalogModel[], name: string): CatalogModel | undefined {
  if (candidates.length <= 1) return candidates[0];
  const home = candidates.find((model) => {
    const provider = apiCatalog.providers[model.provider];
    return provider.model_match !== null && matches(provider.model_match, name);
  });
  if (home) return home;
  return [...candidates].sort((a, b) => providerRank(apiCatalog.providers[a.provider]) - providerRank(apiCatalog.providers[b.provider]))[0];
}

function lookUp(name: string, providerId: string | null): CatalogModel | undefined {
  const inScope = providerId === null
    ? apiCatalog.models
    : apiCatalog.models.filter((model) => apiCatalog.providers[model.provider].id === providerId);
  const byId = inScope.filter((model) => model.id.toLowerCase() === name);
  if (byId.length > 0) return pickPreferred(byId, name);
  return pickPreferred(inScope.filter((model) => matches(model.match, name)), name);
}

const resolved = new Map<string, PricedModel>();
/** A typo copied down a column fails the same way in every row: remember the answer (bounded). */
const unknown = new Map<string, EngineError>();
const UNKNOWN_CACHE_LIMIT = 1000;
/** No catalog id is anywhere near this long: longer text is not a model name. */
const LONGEST_PLAUSIBLE_ID = 200;

function rememberUnknown(key: string, error: EngineError): EngineError {
  if (unknown.size >= UNKNOWN_CACHE_LIMIT) unknown.delete(unknown.keys().next().value as string);
  unknown.set(key, error);
  return error;
}

/**
 * Looks a model up by its id across all providers, case-insensitively, also where the price package's own provider
 * guessing finds nothing (`text-embedding-3-small`). `provider:model` picks one provider's price.
 */
export function resolveApiModel(query: string): PricedModel {
  const key = String(query).trim().toLowerCase();
  const cached = resolved.get(key);
  if (cached) return cached;
  const failed = unknown.get(key);
  if (failed) throw failed;
  if (key.length > LONGEST_PLAUSIBLE_ID) {
    throw notAvailable(`Unknown model: a text of ${key.length} characters is not a model id (ids are short names such as "gpt-4o-mini").`);
  }

  let providerId: string | null = null;
  let name = key;
  const colon = key.indexOf(":");
  if (colon > 0 && providerById.has(key.slice(0, colon))) {
    providerId = key.slice(0, colon);
    name = key.slice(colon + 1);
  }
  const model = name.length > 0 ? lookUp(name, providerId) : undefined;
  if (!model) {
    const scope = providerId === null ? apiModelNames() : apiCatalog.models.filter((m) => apiCatalog.providers[m.provider].id === providerId).map((m) => m.id);
    throw rememberUnknown(key, notAvailable(unknownIdMessage("model", String(query), scope)));
  }
  const result: PricedModel = { query: key, model, provider: apiCatalog.providers[model.provider] };
  resolved.set(key, result);
  return result;
}

/**
 * The id to type in a formula to get exactly this catalog entry: the bare id where it resolves to this entry,
 * else `provider:id` (resellers list the same ids as the makers).
 */
export function callableId(model: CatalogModel): string {
  try {
    if (resolveApiModel(model.id).model === model) return model.id;
  } catch {
    // unreachable for catalog ids; qualified below
  }
  return `${apiCatalog.providers[model.provider].id}:${model.id}`;
}
