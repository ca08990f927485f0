import { apiPrices, type TokenPrice, type PriceSet, type Provider, type CatalogModel } from "../../data";
import { notAvailable } from "../errors";
import { unknownIdParams } from "../closest";
import type { Params } from "../../i18n/catalog";
import { BoundedCache } from "../bounded-cache";
import { compileRule, exactNames, lowerCaseRule, RuleIndex, type CompiledRule } from "./match";

/**
 * The catalog's shapes are generated from its JSON Schema (src/data/types/api-prices.ts): TokenPrice (USD per 1M
 * tokens, flat or by long-context tier), PriceSet (a model's prices from a date), Provider, CatalogModel.
 */
export type { TokenPrice, PriceSet, Provider, CatalogModel };

export const apiCatalog = apiPrices;

/** A model as the analyst named it, resolved to one provider's catalog entry. */
export interface PricedModel {
  /** The id as typed, normalised: what tables and messages show. */
  query: string;
  model: CatalogModel;
  provider: Provider;
}

/**
 * Where the package's own rule places no bare id (`text-embedding-3-small`, `gpt-oss-120b`) and several providers
 * sell it, an unqualified id means the model's maker. Analysts who mean a reseller write `provider:model`.
 */
const FIRST_PARTY_PREFERENCE = ["openai", "anthropic", "google", "mistral", "deepseek", "x-ai", "cohere", "voyageai", "moonshotai", "zai", "minimax"];

function providerRank(provider: Provider): number {
  const rank = FIRST_PARTY_PREFERENCE.indexOf(provider.id);
  return rank === -1 ? FIRST_PARTY_PREFERENCE.length : rank;
}

/** The catalog indexed once: exact names to models, and every rule filed under the keys a text must show. */
interface CatalogIndex {
  /** Lower-case id or exact alias → models with it, in catalog order. */
  byExactName: Map<string, CatalogModel[]>;
  providerPosition: Map<Provider, number>;
  /** Every model's rule, by catalog position. */
  rules: RuleIndex;
  providerById: Map<string, Provider>;
  providerModelRule: Map<Provider, CompiledRule>;
  providerAlias: Map<Provider, CompiledRule>;
}

let index: CatalogIndex | undefined;
function catalogIndex(): CatalogIndex {
  if (index) return index;
  const built: CatalogIndex = {
    byExactName: new Map(),
    providerPosition: new Map(apiCatalog.providers.map((provider, position) => [provider, position])),
    rules: new RuleIndex(apiCatalog.models.map((model) => lowerCaseRule(model.match))),
    providerById: new Map(apiCatalog.providers.map((provider) => [provider.id, provider])),
    providerModelRule: new Map(),
    providerAlias: new Map(),
  };
  for (const provider of apiCatalog.providers) {
    if (provider.model_match) built.providerModelRule.set(provider, compileRule(lowerCaseRule(provider.model_match)));
    if (provider.provider_match) built.providerAlias.set(provider, compileRule(lowerCaseRule(provider.provider_match)));
  }
  apiCatalog.models.forEach((model) => {
    const rule = lowerCaseRule(model.match);
    for (const name of new Set([model.id.toLowerCase(), ...exactNames(rule)])) {
      const list = built.byExactName.get(name);
      if (list) list.push(model);
      else built.byExactName.set(name, [model]);
    }
  });
  index = built;
  return built;
}

export function findApiProvider(id: string): Provider | undefined {
  return catalogIndex().providerById.get(id.trim().toLowerCase());
}

/** The package's reading of a provider name: its id, else the provider whose alias rule accepts it (`vertex`, `xai`). */
function providerNamed(text: string): Provider | undefined {
  const { providerById, providerAlias } = catalogIndex();
  const exact = providerById.get(text);
  if (exact) return exact;
  for (const [provider, alias] of providerAlias) if (alias(text)) return provider;
  return undefined;
}

/** Every id an analyst may type: model ids and their exact aliases. */
let knownNames: string[] | undefined;
export function apiModelNames(): string[] {
  knownNames ??= [...new Set(apiCatalog.models.flatMap((model) => [model.id, ...exactNames(model.match)]))];
  return knownNames;
}

const providerNames = new Map<Provider, string[]>();
function modelIdsOf(provider: Provider): string[] {
  let names = providerNames.get(provider);
  if (!names) {
    const position = catalogIndex().providerPosition.get(provider);
    names = apiCatalog.models.filter((model) => model.provider === position).map((model) => model.id);
    providerNames.set(provider, names);
  }
  return names;
}

/** Models (of one provider, or all when null) whose id is `name`, in catalog order. */
function withId(name: string, provider: number | null): CatalogModel[] {
  const exact = catalogIndex().byExactName.get(name) ?? [];
  return exact.filter((model) => model.id.toLowerCase() === name && (provider === null || model.provider === provider));
}

/** Models (of one provider, or all when null) whose rule accepts `name`, in catalog order. */
function acceptedBy(name: string, provider: number | null): CatalogModel[] {
  const { rules } = catalogIndex();
  const found: CatalogModel[] = [];
  for (const position of rules.accepting(name)) {
    const model = apiCatalog.models[position];
    if (provider === null || model.provider === provider) found.push(model);
  }
  return found;
}

/** `-20240718` → `-2024-07-18`, the package's second try for dated ids. */
function dashedDates(name: string): string {
  return name.replace(/(-)(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=-|:|$)/g, "$1$2-$3-$4");
}

/**
 * One provider's entry for a name, as the package finds it: that provider's models, then the providers it falls
 * back to (Azure → OpenAI, ...), then the same with dashed dates. An exact id comes first (the catalog has no id
 * that an earlier rule of its provider shadows, so this agrees with the package's first match).
 */
function inProvider(provider: Provider, name: string, withFallbacks = true): CatalogModel | undefined {
  for (const attempt of name === dashedDates(name) ? [name] : [name, dashedDates(name)]) {
    const position = catalogIndex().providerPosition.get(provider) as number;
    const model = withId(attempt, position)[0] ?? acceptedBy(attempt, position)[0];
    if (model) return model;
    if (!withFallbacks) continue;
    for (const fallbackId of provider.fallback_providers) {
      const fallback = catalogIndex().providerById.get(fallbackId);
      const viaFallback = fallback && inProvider(fallback, attempt, false);
      if (viaFallback) return viaFallback;
    }
  }
  return undefined;
}

function pickPreferred(models: CatalogModel[]): CatalogModel | undefined {
  if (models.length <= 1) return models[0];
  return [...models].sort((a, b) => providerRank(apiCatalog.providers[a.provider]) - providerRank(apiCatalog.providers[b.provider]))[0];
}

/**
 * A bare id as the package resolves it: the provider whose model rule accepts the id (the maker: `deepseek-r1-0528`
 * is DeepSeek's), then that provider's entry. Where the package places no provider, LLMCOST still looks across all
 * providers (an exact id first), preferring the maker.
 */
function bareModel(name: string): CatalogModel | undefined {
  for (const [provider, rule] of catalogIndex().providerModelRule) {
    if (!rule(name)) continue;
    const model = inProvider(provider, name);
    if (model) return model;
    break; // the package stops at the first provider whose rule accepts the id
  }
  return pickPreferred(withId(name, null)) ?? pickPreferred(acceptedBy(name, null));
}

const resolved = new BoundedCache<PricedModel>(5000);
/** A typo copied down a column fails the same way in every row: remember the message (not the error, with its stack). */
const unknown = new BoundedCache<Params>(1000);
/** No catalog id is anywhere near this long: longer text is not a model name. */
const LONGEST_PLAUSIBLE_ID = 200;

/** `provider:model` with a provider id or alias the package knows; null when the text is a bare id. */
function qualified(key: string): { provider: Provider; name: string } | null {
  const colon = key.indexOf(":");
  if (colon <= 0) return null;
  const prefix = key.slice(0, colon);
  const exact = catalogIndex().providerById.get(prefix);
  if (exact) return { provider: exact, name: key.slice(colon + 1) };
  // Bedrock ids carry colons (`amazon.nova-lite-v1:0`): an id the catalog knows wins over an alias.
  if (bareModel(key)) return null;
  const alias = providerNamed(prefix);
  return alias ? { provider: alias, name: key.slice(colon + 1) } : null;
}

/**
 * Looks a model up by its id, case-insensitively: a bare id the way the price package resolves it, also where the
 * package places none (`text-embedding-3-small`). `provider:model` picks one provider's price; the package's provider
 * ids and aliases are accepted (`azure:gpt-4o`, `vertex:gemini-2.5-pro`, `xai:grok-4`).
 */
export function resolveApiModel(query: string): PricedModel {
  const key = String(query).trim().toLowerCase();
  const cached = resolved.get(key);
  if (cached) return cached;
  const failed = unknown.get(key);
  if (failed !== undefined) throw notAvailable("errors.unknownId", failed);
  if (key.length > LONGEST_PLAUSIBLE_ID) {
    throw notAvailable("errors.notAModelId", { length: key.length });
  }
  const scope = qualified(key);
  const name = scope ? scope.name : key;
  const model = name.length === 0 ? undefined : scope ? inProvider(scope.provider, name) : bareModel(name);
  if (!model) {
    const suggestions = scope ? modelIdsOf(scope.provider) : apiModelNames();
    throw notAvailable("errors.unknownId", unknown.set(key, unknownIdParams("model", String(query), suggestions)));
  }
  // `azure:gpt-4o` is Azure's offer even where Azure lists it through OpenAI's entry (the package reports Azure too).
  return resolved.set(key, { query: key, model, provider: scope ? scope.provider : apiCatalog.providers[model.provider] });
}

const callable = new Map<CatalogModel, string>();
/**
 * The id to type in a formula to get exactly this catalog entry: the bare id where it resolves to this entry,
 * else `provider:id` (resellers list the same ids as the makers).
 */
export function callableId(model: CatalogModel): string {
  let id = callable.get(model);
  if (id === undefined) {
    id = bareModel(model.id.toLowerCase()) === model ? model.id : `${apiCatalog.providers[model.provider].id}:${model.id}`;
    callable.set(model, id);
  }
  return id;
}
