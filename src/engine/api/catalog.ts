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
 * Makers, in order: a bare id that several providers list means its maker's offer (`sonar-reasoning` is Perplexity's,
 * with its per-request fee, not a reseller's copy). Azure is Microsoft's (Phi, MAI); AWS is Amazon's (Nova, Titan).
 * Analysts who mean a reseller write `provider:model`.
 */
const MAKERS = [
  "openai", "anthropic", "google", "mistral", "deepseek", "x-ai", "cohere", "voyageai", "moonshotai", "zai", "zhipuai",
  "minimax", "perplexity", "arcee", "azure", "aws",
];

function providerRank(provider: Provider): number {
  const rank = MAKERS.indexOf(provider.id);
  return rank === -1 ? MAKERS.length : rank;
}

/** Whether a provider makes models (and so owns its bare ids) rather than only reselling others'. */
export function isMaker(provider: Provider): boolean {
  return MAKERS.includes(provider.id);
}

/**
 * Names and rules of a set of models (one provider's, or the whole catalog's), each part built when first needed:
 * most look-ups are an exact id (`gpt-4o-mini`) and never need the rules, whose index costs several times the names'.
 */
class ModelIndex {
  private names: Map<string, CatalogModel[]> | undefined;
  private ruleIndex: RuleIndex | undefined;
  constructor(readonly models: CatalogModel[]) {}

  /** Lower-case id or exact alias → models with it, in catalog order. */
  get byExactName(): Map<string, CatalogModel[]> {
    if (this.names) return this.names;
    const byExactName = new Map<string, CatalogModel[]>();
    for (const model of this.models) {
      for (const name of new Set([model.id.toLowerCase(), ...exactNames(model.match).map((alias) => alias.toLowerCase())])) {
        const list = byExactName.get(name);
        if (list) list.push(model);
        else byExactName.set(name, [model]);
      }
    }
    this.names = byExactName;
    return byExactName;
  }

  /** Every model's rule, by position in `models`. */
  get rules(): RuleIndex {
    this.ruleIndex ??= new RuleIndex(this.models.map((model) => lowerCaseRule(model.match)));
    return this.ruleIndex;
  }
}

/** The catalog's providers, indexed once (cheap: a few dozen rules); models are indexed per provider on demand. */
interface CatalogIndex {
  providerPosition: Map<Provider, number>;
  providerById: Map<string, Provider>;
  providerModelRule: Map<Provider, CompiledRule>;
  /** Each provider's models, by provider position (the catalog lists them provider by provider). */
  modelsOf: CatalogModel[][];
}

let index: CatalogIndex | undefined;
function catalogIndex(): CatalogIndex {
  if (index) return index;
  const built: CatalogIndex = {
    providerPosition: new Map(apiCatalog.providers.map((provider, position) => [provider, position])),
    providerById: new Map(apiCatalog.providers.map((provider) => [provider.id, provider])),
    providerModelRule: new Map(),
    modelsOf: apiCatalog.providers.map(() => []),
  };
  for (const provider of apiCatalog.providers) {
    if (provider.model_match) built.providerModelRule.set(provider, compileRule(lowerCaseRule(provider.model_match)));
  }
  for (const model of apiCatalog.models) built.modelsOf[model.provider].push(model);
  index = built;
  return built;
}

/** The package's provider alias rules, compiled when a provider name is first read through them. */
let providerAliases: Map<Provider, CompiledRule> | undefined;
function providerAliasRules(): Map<Provider, CompiledRule> {
  if (providerAliases) return providerAliases;
  providerAliases = new Map();
  for (const provider of apiCatalog.providers) {
    if (provider.provider_match) providerAliases.set(provider, compileRule(lowerCaseRule(provider.provider_match)));
  }
  return providerAliases;
}

/**
 * The first call after load indexes only the provider it needs (`gpt-4o-mini`: OpenAI's models), not the whole
 * catalog; a bare id no provider's rule places indexes the whole catalog once.
 */
const providerIndexes = new Map<number, ModelIndex>();
function modelIndex(provider: number | null): ModelIndex {
  const key = provider ?? -1;
  let found = providerIndexes.get(key);
  if (!found) {
    found = new ModelIndex(provider === null ? apiCatalog.models : catalogIndex().modelsOf[provider]);
    providerIndexes.set(key, found);
  }
  return found;
}

/**
 * How analysts and tools write providers that the package's ids and aliases miss or misread (its rule for `openai`
 * would take "Azure OpenAI", its rule for `anthropic` "bedrock-anthropic"). The one table of provider names: keys are
 * normalised by `providerKey` (lower case; spaces, hyphens, underscores and dots alike), so `azure-openai`,
 * `azure_openai` and "Azure OpenAI" are one entry. Checked before the package's aliases.
 */
const PROVIDER_SYNONYMS: Record<string, string> = {
  "azure openai": "azure",
  "azure openai service": "azure",
  "openai azure": "azure",
  "azure ai": "azure",
  "azure ai foundry": "azure",
  "azure foundry": "azure",
  "microsoft foundry": "azure",
  "microsoft azure": "azure",
  microsoft: "azure",
  vertex: "google",
  "vertex ai": "google",
  vertexai: "google",
  "google vertex": "google",
  "google vertex ai": "google",
  "google cloud": "google",
  "google cloud vertex ai": "google",
  gcp: "google",
  "google ai studio": "google",
  "google ai": "google",
  gemini: "google",
  bedrock: "aws",
  "aws bedrock": "aws",
  "amazon bedrock": "aws",
  "bedrock anthropic": "aws",
  "bedrock converse": "aws",
  amazon: "aws",
  "amazon web services": "aws",
  xai: "x-ai",
  "x ai": "x-ai",
  "z ai": "zai",
  "together ai": "together",
  "mistral ai": "mistral",
  "moonshot ai": "moonshotai",
  moonshot: "moonshotai",
  "voyage ai": "voyageai",
  voyage: "voyageai",
};

/** A provider name as PROVIDER_SYNONYMS keys it: lower case, runs of spaces, hyphens, underscores and dots as one space. */
function providerKey(text: string): string {
  return text.trim().toLowerCase().replace(/[\s._-]+/g, " ").trim();
}

/** A provider by a name that says exactly which: its id, display name or a synonym (never the package's loose rules). */
function providerByName(text: string): Provider | undefined {
  const { providerById } = catalogIndex();
  const key = String(text).trim().toLowerCase();
  const normal = providerKey(key);
  return (
    providerById.get(key) ??
    apiCatalog.providers.find((provider) => providerKey(provider.id) === normal || providerKey(provider.name) === normal) ??
    (PROVIDER_SYNONYMS[normal] ? providerById.get(PROVIDER_SYNONYMS[normal]) : undefined)
  );
}

const providerByText = new Map<string, Provider | null>();
/**
 * A provider as an analyst may name it: its id (`azure`), display name (`Microsoft Azure`), a common name (`Azure
 * OpenAI`, `azure-openai`, `Vertex AI`, `gcp`, `amazon-bedrock`) or one of the package's aliases; undefined when none.
 * The one reading of provider names: `provider:model` prefixes, COMPARE's and MODELS' filters, price sheet rows.
 */
export function findApiProvider(text: string): Provider | undefined {
  const key = String(text).trim().toLowerCase();
  const known = providerByText.get(key);
  if (known !== undefined) return known ?? undefined;
  const found = providerByName(key) ?? providerNamed(key);
  if (providerByText.size < 1000) providerByText.set(key, found ?? null);
  return found;
}

/** The package's reading of a provider name: the provider whose alias rule accepts it (`vertexai`, `together-ai`). */
function providerNamed(text: string): Provider | undefined {
  for (const [provider, alias] of providerAliasRules()) if (alias(text)) return provider;
  return undefined;
}

/** Provider ids, for messages that list what to type. */
export function apiProviderIds(): string[] {
  return apiCatalog.providers.map((provider) => provider.id);
}

/**
 * What a provider sells under its own name: its own entries, then those of the providers it falls back to (Azure
 * sells OpenAI's models, priced at OpenAI's entries), each id once, as `provider:id` prices them.
 */
export function offersOf(provider: Provider): CatalogModel[] {
  const position = catalogIndex().providerPosition.get(provider) as number;
  const own = apiCatalog.models.filter((model) => model.provider === position);
  const seen = new Set(own.map((model) => model.id.toLowerCase()));
  const offers = [...own];
  for (const fallbackId of provider.fallback_providers) {
    const fallback = catalogIndex().providerById.get(fallbackId);
    if (!fallback) continue;
    const fallbackPosition = catalogIndex().providerPosition.get(fallback);
    for (const model of apiCatalog.models) {
      if (model.provider !== fallbackPosition || seen.has(model.id.toLowerCase())) continue;
      if (inProvider(provider, model.id.toLowerCase()) !== model) continue; // an entry of its own shadows it
      seen.add(model.id.toLowerCase());
      offers.push(model);
    }
  }
  return offers;
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
  const exact = modelIndex(provider).byExactName.get(name) ?? [];
  return exact.filter((model) => model.id.toLowerCase() === name);
}

/** Models (of one provider, or all when null) whose rule accepts `name`, in catalog order. */
function acceptedBy(name: string, provider: number | null): CatalogModel[] {
  const { rules, models } = modelIndex(provider);
  return rules.accepting(name).map((position) => models[position]);
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
  return withFallbacks ? byModelName(provider, name) : undefined;
}

/**
 * A Bedrock entry's model name, as analysts write it after `aws:`: `regional.anthropic.claude-haiku-4-5-20251001-v1:0`
 * is `claude-haiku-4-5` (and `claude-haiku-4-5-20251001`); null for an id that is not a Bedrock id.
 */
function bedrockModelNames(id: string): string[] | null {
  const match = /^(?:[a-z-]+\.)?[a-z0-9]+\.(.+?)(?:-v\d+)?(?::\d+)?$/.exec(id.toLowerCase());
  if (!match || !BEDROCK_ID.test(id.toLowerCase())) return null;
  const dated = match[1];
  const undated = dated.replace(/-20\d{6}$/, "");
  return dated === undated ? [dated] : [dated, undated];
}

const bedrockNames = new Map<Provider, Map<string, CatalogModel[]>>();
/**
 * Where a provider lists models only under Bedrock ids (AWS), its entry for a plain model name (`aws:claude-haiku-4-5`):
 * the in-region (`regional.`) profile, as `anthropic.claude-…-v1:0` resolves, else the one entry of that name. A name
 * two dated versions share (`claude-3-5-sonnet`) names neither: the analyst types the dated one.
 */
function byModelName(provider: Provider, name: string): CatalogModel | undefined {
  let names = bedrockNames.get(provider);
  if (!names) {
    names = new Map();
    for (const model of modelIndex(catalogIndex().providerPosition.get(provider) as number).models) {
      for (const alias of bedrockModelNames(model.id) ?? []) names.set(alias, [...(names.get(alias) ?? []), model]);
    }
    bedrockNames.set(provider, names);
  }
  const found = names.get(name) ?? [];
  const inRegion = found.filter((model) => model.id.toLowerCase().startsWith("regional."));
  const candidates = inRegion.length > 0 ? inRegion : found;
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** A model's newest token prices as text, for telling offers apart: "0.59 / 0.79 USD per 1M". */
function newestPriceText(model: CatalogModel): string {
  const newest = model.history[model.history.length - 1];
  const base = (price: TokenPrice | undefined) => (price === undefined ? "?" : typeof price === "number" ? price : price.base);
  return `${base(newest.input)} / ${base(newest.output)}`;
}

/** Several offers of one name: the maker's; else, where resellers alone list it at different prices, all of them. */
function pickOffer(models: CatalogModel[]): CatalogModel | CatalogModel[] | undefined {
  if (models.length <= 1) return models[0];
  const ranked = [...models].sort((a, b) => providerRank(apiCatalog.providers[a.provider]) - providerRank(apiCatalog.providers[b.provider]));
  if (isMaker(apiCatalog.providers[ranked[0].provider])) return ranked[0];
  const firstPerProvider = new Map<number, CatalogModel>();
  for (const model of models) if (!firstPerProvider.has(model.provider)) firstPerProvider.set(model.provider, model);
  const offers = [...firstPerProvider.values()];
  return new Set(offers.map(newestPriceText)).size <= 1 ? ranked[0] : offers;
}

/** Bedrock model ids and inference profiles (`anthropic.claude-…-v1:0`, `us.anthropic.…`, `global.amazon.nova-…`). */
const BEDROCK_ID = /^(?:(?:us|eu|apac|au|jp|ca|us-gov|global|regional)\.)?(?:anthropic|amazon|meta|mistral|cohere|ai21|deepseek|qwen|openai|writer|twelvelabs|stability|moonshot|moonshotai|minimax|google|nvidia)\.[a-z0-9]/;

/**
 * A bare id as the package resolves it: the provider whose model rule accepts the id (the maker: `deepseek-r1-0528`
 * is DeepSeek's), then that provider's entry. A Bedrock id is AWS's, at AWS's price. Where the package places no
 * provider, LLMCOST still looks across all providers (an exact id first), preferring the maker; where only resellers
 * list the id at different prices, the answer is the list of offers (the analyst picks one with `provider:model`).
 */
function bareLookup(name: string): CatalogModel | CatalogModel[] | undefined {
  if (BEDROCK_ID.test(name)) {
    const aws = catalogIndex().providerById.get("aws");
    return aws ? inProvider(aws, name, false) : undefined;
  }
  for (const [provider, rule] of catalogIndex().providerModelRule) {
    if (!rule(name)) continue;
    const model = inProvider(provider, name);
    if (model) return model;
    break; // the package stops at the first provider whose rule accepts the id
  }
  const exact = withId(name, null);
  return pickOffer(exact.length > 0 ? exact : acceptedBy(name, null));
}

function bareModel(name: string): CatalogModel | undefined {
  const found = bareLookup(name);
  return Array.isArray(found) ? undefined : found;
}

/** "openrouter:x (0.5 / 1), together:x (0.6 / 0.6)": each reseller's offer and its newest input / output price. */
function offerList(offers: CatalogModel[]): string {
  return offers.map((model) => `${apiCatalog.providers[model.provider].id}:${model.id} (${newestPriceText(model)})`).join(", ");
}

const resolved = new BoundedCache<PricedModel>(5000);
/** A typo copied down a column fails the same way in every row: remember the message (not the error, with its stack). */
const unknown = new BoundedCache<{ ambiguous: boolean; params: Params }>(1000);
/** No catalog id is anywhere near this long: longer text is not a model name. */
const LONGEST_PLAUSIBLE_ID = 200;

/**
 * Whether text with a colon is itself a model id rather than `provider:model`: a Bedrock id (`amazon.nova-lite-v1:0`),
 * an id or exact alias the catalog lists (`deepseek-r1:free`), or a fine-tuned id (`ft:gpt-4o-mini:acme::abc`).
 * Never a rule's loose match: `bedrock:claude-sonnet-4-5` contains Google's `claude-sonnet-4-5` but names AWS.
 */
function isColonId(key: string): boolean {
  return key.startsWith("ft:") || BEDROCK_ID.test(key) || modelIndex(null).byExactName.has(key);
}

/**
 * `provider:model` with any provider name findApiProvider reads; null when the text is a bare id. A prefix that names
 * no provider is an error naming it: it never falls through to whichever provider's rule accepts the whole text.
 */
function qualified(key: string): { provider: Provider; name: string } | null {
  const colon = key.indexOf(":");
  if (colon <= 0) return null;
  const prefix = key.slice(0, colon);
  const named = providerByName(prefix);
  if (named) return { provider: named, name: key.slice(colon + 1) };
  // Bedrock ids carry colons (`amazon.nova-lite-v1:0`) and their prefix contains an alias (`amazon`): the id wins.
  if (isColonId(key)) return null;
  const alias = providerNamed(prefix);
  if (alias) return { provider: alias, name: key.slice(colon + 1) };
  throw notAvailable("errors.unknownId", unknownIdParams("provider", prefix, apiProviderIds()));
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
  if (failed !== undefined) throw failed.ambiguous ? notAvailable("errors.ambiguousResellers", failed.params) : notAvailable("errors.unknownId", failed.params);
  if (key.length > LONGEST_PLAUSIBLE_ID) {
    throw notAvailable("errors.notAModelId", { length: key.length });
  }
  const scope = qualified(key);
  const name = scope ? scope.name : key;
  const found = name.length === 0 ? undefined : scope ? inProvider(scope.provider, name) : bareLookup(name);
  if (Array.isArray(found)) {
    throw notAvailable("errors.ambiguousResellers", unknown.set(key, { ambiguous: true, params: { query: String(query).trim(), offers: offerList(found) } }).params);
  }
  const model = found;
  if (!model) {
    const suggestions = scope ? modelIdsOf(scope.provider) : apiModelNames();
    throw notAvailable("errors.unknownId", unknown.set(key, { ambiguous: false, params: unknownIdParams("model", String(query), suggestions) }).params);
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
