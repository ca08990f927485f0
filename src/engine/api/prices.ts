import { finetunePrices, type FinetunePriceRow } from "../../data";
import type { Message } from "../../i18n/catalog";
import { render } from "../../i18n/messages";
import { notAvailable } from "../errors";
import { choice } from "../validate";
import { BoundedCache } from "../bounded-cache";
import { findApiProvider, resolveApiModel, type PricedModel, type PriceSet, type TokenPrice } from "./catalog";
import { firstDatedRelease, retirementOf, type RetirementRow } from "./lifecycle";
import { sheetPrice, type PriceSheet, type SheetPriceType } from "./price-sheet";

export const PRICE_TYPES = [
  "input", "output", "cache_read", "cache_write", "cache_write_1h", "training",
  "input_audio", "output_audio", "cache_audio_read", "input_image", "output_image", "cache_image_read",
] as const;
export type PriceType = (typeof PRICE_TYPES)[number];
type TokenPriceType = "input" | "output" | "cache_read" | "cache_write";
type ListedPriceType = Exclude<PriceType, "training">;
const TOKEN_PRICE_TYPES: TokenPriceType[] = ["input", "output", "cache_read", "cache_write"];

export type { FinetunePriceRow };

export const finetuneRows: readonly FinetunePriceRow[] = finetunePrices.rows;

/**
 * The prices of a model on a date, and a label saying where they come from (for messages): an id such as
 * "openai:gpt-4o", or a message where words go around ids ("fine-tuned …", "… (price_sheet row 3)"), so that an error
 * shows it in the display language.
 */
export type PriceLabel = string | Message;

/** A label as English text, where it is matched rather than shown (a model name's pattern). */
export const labelText = (label: PriceLabel): string => (typeof label === "string" ? label : render(label));

export interface DatedPrices {
  label: PriceLabel;
  prices: PriceSet;
  /** The catalog provider and entry that priced it (absent for a model only a price sheet knows). */
  provider?: string;
  modelId?: string;
}

export const FINE_TUNED_PREFIX = "ft:";

/** The prices in force on `asOf` (ISO), the newest listed when null, or undefined before the first listed price. */
export function priceSetOn(history: PriceSet[], asOf: string | null): PriceSet | undefined {
  if (asOf === null) return history[history.length - 1];
  for (let index = history.length - 1; index >= 0; index--) {
    const entry = history[index];
    if (entry.from === null || entry.from <= asOf) return entry;
  }
  return undefined;
}

function pricesOn(history: PriceSet[], asOf: string | null, label: string): PriceSet {
  const prices = priceSetOn(history, asOf);
  if (!prices) throw notAvailable("errors.noPriceOnDate", { label, asOf: String(asOf), first: String(history[0].from) });
  return prices;
}

/**
 * A catalog model's prices on a date, within its life: not before its first dated release (the catalog's first
 * price applies "from release", which is not before it), not after its provider retired it.
 */
function livePricesOn(resolved: PricedModel, asOf: string | null): PriceSet {
  const { model, provider, query } = resolved;
  if (asOf !== null) {
    const released = model.history[0].from === null ? firstDatedRelease(model.id, model.match) : null;
    if (released !== null && asOf < released) {
      throw notAvailable("errors.pricedFromRelease", { model: model.id, released, asOf });
    }
    const retired = retirementOf(provider.id, [query, model.id]);
    if (retired && asOf >= retired.retired_on) {
      throw notAvailable("errors.modelRetired", { model: `${provider.id}:${retired.model}`, retiredOn: retired.retired_on, source: retired.source, asOf });
    }
  }
  return pricesOn(model.history, asOf, model.id);
}

/**
 * The base model of a fine-tuned id: `ft:gpt-4.1-mini` and the ids OpenAI issues for a fine-tuning job,
 * `ft:gpt-4o-mini-2024-07-18:acme::abc123` (`ft:<base>:<organisation>:<suffix>:<job>`), name the same base.
 */
export function fineTunedBase(name: string): string | null {
  if (!name.startsWith(FINE_TUNED_PREFIX)) return null;
  const rest = name.slice(FINE_TUNED_PREFIX.length);
  const colon = rest.indexOf(":");
  return colon === -1 ? rest : rest.slice(0, colon);
}

const finetuneRowOf = new BoundedCache<FinetunePriceRow | null>(2000);
function findFinetuneRow(baseModel: string): FinetunePriceRow | undefined {
  const wanted = baseModel.trim().toLowerCase();
  const cached = finetuneRowOf.get(wanted);
  if (cached !== undefined) return cached ?? undefined;
  const direct = finetuneRows.find((row) => row.base_model.toLowerCase() === wanted);
  if (direct) return finetuneRowOf.set(wanted, direct) ?? undefined;
  // `gpt-4o-mini` and `gpt-4o-mini-2024-07-18` are one model in the price catalog: compare what both resolve to.
  let wantedId: string | undefined;
  try {
    wantedId = resolveApiModel(wanted).model.id;
  } catch {
    wantedId = undefined;
  }
  const row = wantedId === undefined ? undefined : finetuneRows.find((candidate) => resolvedId(candidate.base_model) === wantedId);
  return finetuneRowOf.set(wanted, row ?? null) ?? undefined;
}

function resolvedId(model: string): string | undefined {
  try {
    return resolveApiModel(model).model.id;
  } catch {
    return undefined;
  }
}

function finetuneRowPrices(row: FinetunePriceRow): PriceSet {
  const prices: PriceSet = { from: null };
  if (row.ft_input_usd_per_mtok !== null) prices.input = row.ft_input_usd_per_mtok;
  if (row.ft_output_usd_per_mtok !== null) prices.output = row.ft_output_usd_per_mtok;
  if (row.ft_cached_input_usd_per_mtok !== null) prices.cache_read = row.ft_cached_input_usd_per_mtok;
  return prices;
}

const fineTunableList = () => finetuneRows.map((row) => row.base_model).join(", ");

/**
 * A fine-tuned model's prices: the dated fine-tuning file's row for its base, else the price catalog's own `ft:`
 * entry that accepts the id. Never the base model's price: a fine-tuned model is billed differently.
 */
function fineTunedPrices(name: string, base: string, asOf: string | null): DatedPrices {
  const row = findFinetuneRow(base);
  if (row) {
    if (asOf !== null && asOf < row.as_of.slice(0, 7)) {
      throw notAvailable("errors.fineTunedPricesDated", { model: row.base_model, listed: row.as_of, asOf: String(asOf) });
    }
    return { label: { id: "errors.labelFineTuned", params: { model: row.base_model } }, prices: finetuneRowPrices(row) };
  }
  let resolved;
  try {
    resolved = resolveApiModel(name);
  } catch {
    resolved = undefined;
  }
  if (resolved && resolved.model.id.startsWith(FINE_TUNED_PREFIX)) {
    return { label: `${resolved.provider.id}:${resolved.model.id}`, prices: pricesOn(resolved.model.history, asOf, resolved.model.id) };
  }
  throw notAvailable("errors.noFineTunedPrices", { model: base.slice(0, 60), known: fineTunableList() });
}

/**
 * Azure bills a fine-tuned deployment an hourly hosting fee whether it is called or not, on top of its tokens and
 * training; no sourced hosting price is in the catalog, so LLMCOST says so instead of pricing the tokens alone.
 */
function refuseAzureFineTuned(name: string, training: boolean): void {
  const colon = name.indexOf(":");
  if (colon <= 0 || findApiProvider(name.slice(0, colon))?.id !== "azure") return;
  if (training || name.slice(colon + 1).startsWith(FINE_TUNED_PREFIX)) throw notAvailable("errors.azureFineTunedHosting");
}

/** Fine-tuned prices by base and date (job ids of one base share them). */
const fineTunedCache = new BoundedCache<DatedPrices>(5000);

/**
 * A catalog model as a name resolves, with what every date needs worked out once: its first dated release, its
 * retirement, and one DatedPrices per history entry. Keyed by the name as typed, never by (name, date): tens of
 * thousands of (model, date) pairs in a workbook cost a look-up each, not a resolution each.
 */
interface NamedModel {
  resolved: PricedModel;
  label: string;
  released: string | null;
  retired: RetirementRow | undefined;
  dated: (DatedPrices | undefined)[];
  /**
   * Each history entry's start date, in order: the per-row scan reads one array of strings rather than the entries,
   * whose object shapes differ from model to model (so a column of many models keeps the scan's reads specialised).
   */
  froms: (string | null)[];
}
const namedModels = new BoundedCache<NamedModel>(5000);

/** A catalog model by name (`name`: the text trimmed and in lower case); not for fine-tuned ids. */
function namedModel(model: string, name: string): NamedModel {
  refuseAzureFineTuned(name, false);
  const resolved = resolveApiModel(name); // throws, remembering the message, for an unknown name: nothing cached here
  const { model: entry, provider, query } = resolved;
  return namedModels.set(model, {
    resolved,
    label: `${provider.id}:${entry.id}`,
    released: entry.history[0].from === null ? firstDatedRelease(entry.id, entry.match) : null,
    retired: retirementOf(provider.id, [query, entry.id]),
    dated: [],
    froms: entry.history.map((prices) => prices.from),
  });
}

/** A catalog model's prices on a date, within its life (see livePricesOn), from its per-entry cache. */
function namedPricesOn(named: NamedModel, asOf: string | null): DatedPrices {
  const { history } = named.resolved.model;
  const { froms } = named;
  let index = froms.length - 1;
  if (asOf !== null) {
    if ((named.released !== null && asOf < named.released) || (named.retired && asOf >= named.retired.retired_on)) livePricesOn(named.resolved, asOf);
    while (index >= 0 && froms[index] !== null && (froms[index] as string) > asOf) index--;
    if (index < 0) pricesOn(history, asOf, named.resolved.model.id);
  }
  return (named.dated[index] ??= { label: named.label, prices: history[index], provider: named.resolved.provider.id, modelId: named.resolved.model.id });
}

/**
 * The list prices of a model (`ft:<base>` or an OpenAI fine-tuning job id for a fine-tuned one) on a date, from the
 * bundled catalog.
 */
export function inferencePrices(model: string, asOf: string | null): DatedPrices {
  const known = namedModels.get(model);
  if (known !== undefined) return namedPricesOn(known, asOf);
  const name = String(model).trim().toLowerCase();
  const base = fineTunedBase(name);
  if (base === null) return namedPricesOn(namedModel(model, name), asOf);
  // Every job id of one base (`ft:gpt-4o-mini-2024-07-18:acme::abc123`) shares the base's entry: distinct job ids
  // down a column cost a look-up, not a resolution each (and are not remembered one by one).
  const key = `${FINE_TUNED_PREFIX}${base}@${asOf ?? ""}`;
  const cached = fineTunedCache.get(key);
  if (cached) return cached;
  return fineTunedCache.set(key, fineTunedPrices(`${FINE_TUNED_PREFIX}${base}`, base, asOf));
}

/** The names a price sheet row may use for a model, and its catalog provider (null for a model the catalog lacks). */
function sheetIdentity(name: string): { names: string[]; provider: string | null } {
  const base = fineTunedBase(name);
  if (base !== null) return { names: [name, `${FINE_TUNED_PREFIX}${base}`], provider: null };
  try {
    const resolved = resolveApiModel(name);
    const id = resolved.model.id.toLowerCase();
    return { names: [name, id, `${resolved.provider.id}:${id}`], provider: resolved.provider.id };
  } catch {
    return { names: [name], provider: null };
  }
}

/**
 * The prices a cost uses: the price sheet's rows in force for the model and date override the catalog's list price
 * of their type (precedence: sheet row → catalog); a model only the sheet knows is priced from the sheet alone.
 */
export function pricesFor(model: string, asOf: string | null, sheet: PriceSheet | null): DatedPrices {
  if (sheet === null) return inferencePrices(model, asOf);
  const name = String(model).trim().toLowerCase();
  const { names, provider } = sheetIdentity(name);
  const overrides: Partial<Record<TokenPriceType, number>> = {};
  const rows: number[] = [];
  for (const type of TOKEN_PRICE_TYPES) {
    const row = sheetPrice(sheet, names, provider, type, asOf);
    if (row) {
      overrides[type] = row.usdPerMtok;
      rows.push(row.row);
    }
  }
  if (rows.length === 0) return inferencePrices(model, asOf);
  let listed: DatedPrices | undefined;
  try {
    listed = inferencePrices(model, asOf);
  } catch {
    listed = undefined; // an internal model: the sheet alone prices it
  }
  return {
    label: { id: "errors.labelPriceSheetRows", params: { label: listed?.label ?? name, count: rows.length, rows: rows.join(", ") } },
    prices: { ...(listed?.prices ?? { from: null }), ...overrides },
    provider: listed?.provider,
    modelId: listed?.modelId,
  };
}

/** The price per 1M tokens for a request whose input is `requestInputTokens` (tiers apply to the whole request). */
export function tierPrice(price: TokenPrice, requestInputTokens: number): number {
  if (typeof price === "number") return price;
  let applied = price.base;
  for (const tier of price.tiers) if (requestInputTokens > tier.start) applied = tier.price;
  return applied;
}

export function requirePrice(dated: DatedPrices, type: ListedPriceType): TokenPrice {
  const price = dated.prices[type];
  if (price === undefined) {
    throw notAvailable("errors.noPriceOfType", { label: dated.label, type: type.replace("_", " ") });
  }
  return price;
}

/** Training price per 1M training tokens of a base model (`ft:` prefix and job ids allowed); a sheet row overrides it. */
export function trainingPricePerMtok(model: string, asOf: string | null, sheet: PriceSheet | null = null): { price: number; label: string } {
  const name = String(model).trim().toLowerCase();
  const base = fineTunedBase(name) ?? name;
  if (sheet !== null) {
    const { names, provider } = sheetIdentity(base);
    const row = sheetPrice(sheet, [...names, `${FINE_TUNED_PREFIX}${base}`], provider, "training" satisfies SheetPriceType, asOf);
    if (row) return { price: row.usdPerMtok, label: `price_sheet row ${row.row}` };
  }
  refuseAzureFineTuned(name, true);
  const row = findFinetuneRow(base);
  if (!row || row.training_usd_per_mtok === null) {
    throw notAvailable("errors.noFineTuningPrice", { model: String(model).slice(0, 60), known: fineTunableList() });
  }
  if (asOf !== null && asOf < row.as_of.slice(0, 7)) {
    throw notAvailable("errors.fineTuningPriceDated", { model: row.base_model, listed: row.as_of, asOf });
  }
  return { price: row.training_usd_per_mtok, label: `fine-tuning ${row.base_model}` };
}

/**
 * PRICE: USD per 1M tokens of one kind, at the base (first-tier) rate, at a service tier and region (omitted: the
 * list price). `billed` prices the tier and region (costs.ts's billedPrices, passed in to keep one direction of imports).
 */
export function pricePerMillion(
  model: string,
  priceType: string,
  asOf: string | null,
  sheet: PriceSheet | null = null,
  billed: (model: string, asOf: string | null, sheet: PriceSheet | null) => DatedPrices = pricesFor,
): number {
  const type = choice(priceType, PRICE_TYPES, "price_type");
  if (type === "training") return trainingPricePerMtok(model, asOf, sheet).price;
  return tierPrice(requirePrice(billed(model, asOf, sheet), type), 0);
}

/** Base (first-tier) input and output prices per 1M tokens of a chat model: what break-even comparisons use. */
export function chatPricesPerMtok(model: string, asOf: string | null, sheet: PriceSheet | null = null): { input: number; output: number } {
  const dated = pricesFor(model, asOf, sheet);
  return { input: tierPrice(requirePrice(dated, "input"), 0), output: tierPrice(requirePrice(dated, "output"), 0) };
}
