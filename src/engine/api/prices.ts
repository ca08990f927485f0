import finetuneData from "../../data/finetune-prices.json";
import { notAvailable } from "../errors";
import { choice } from "../validate";
import { resolveApiModel, type PriceSet, type TokenPrice } from "./catalog";

export const PRICE_TYPES = ["input", "output", "cache_read", "cache_write", "training"] as const;
export type PriceType = (typeof PRICE_TYPES)[number];

export interface FinetunePriceRow {
  provider: string;
  base_model: string;
  training_usd_per_mtok: number | null;
  ft_input_usd_per_mtok: number | null;
  ft_cached_input_usd_per_mtok: number | null;
  ft_output_usd_per_mtok: number | null;
  status: string;
  as_of: string;
  source: string;
}

export const finetuneRows = finetuneData.rows as FinetunePriceRow[];

/** The prices of a model on a date, and a label saying where they come from (for messages and tables). */
export interface DatedPrices {
  label: string;
  prices: PriceSet;
}

const FINE_TUNED_PREFIX = "ft:";

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
  if (!prices) throw notAvailable(`${label} has no price on ${asOf}: its first listed price starts ${history[0].from}.`);
  return prices;
}

function findFinetuneRow(baseModel: string): FinetunePriceRow | undefined {
  const wanted = baseModel.trim().toLowerCase();
  const direct = finetuneRows.find((row) => row.base_model.toLowerCase() === wanted);
  if (direct) return direct;
  // `gpt-4o-mini` and `gpt-4o-mini-2024-07-18` are one model in the price catalog: compare what both resolve to.
  let wantedId: string;
  try {
    wantedId = resolveApiModel(wanted).model.id;
  } catch {
    return undefined;
  }
  return finetuneRows.find((row) => {
    try {
      return resolveApiModel(row.base_model).model.id === wantedId;
    } catch {
      return false;
    }
  });
}

function finetuneRowPrices(row: FinetunePriceRow): PriceSet {
  const prices: PriceSet = { from: null };
  if (row.ft_input_usd_per_mtok !== null) prices.input = row.ft_input_usd_per_mtok;
  if (row.ft_output_usd_per_mtok !== null) prices.output = row.ft_output_usd_per_mtok;
  if (row.ft_cached_input_usd_per_mtok !== null) prices.cache_read = row.ft_cached_input_usd_per_mtok;
  return prices;
}

const datedCache = new Map<string, DatedPrices>();

/**
 * The inference prices of a model (`ft:<base>` for a fine-tuned one) on a date. Fine-tuned models take their
 * prices from the dated fine-tuning file, else from the price catalog's own `ft:` entries.
 */
export function inferencePrices(model: string, asOf: string | null): DatedPrices {
  const key = `${String(model).trim().toLowerCase()}@${asOf ?? ""}`;
  const cached = datedCache.get(key);
  if (cached) return cached;
  let result: DatedPrices;
  const name = String(model).trim().toLowerCase();
  if (name.startsWith(FINE_TUNED_PREFIX)) {
    const base = name.slice(FINE_TUNED_PREFIX.length);
    const row = findFinetuneRow(base);
    if (row) {
      if (asOf !== null && asOf < row.as_of.slice(0, 7)) {
        throw notAvailable(`Fine-tuned ${row.base_model} prices are listed as of ${row.as_of}; none is known for ${asOf}.`);
      }
      result = { label: `fine-tuned ${row.base_model}`, prices: finetuneRowPrices(row) };
    } else {
      const resolved = resolveApiModel(name);
      result = { label: `${resolved.provider.id}:${resolved.model.id}`, prices: pricesOn(resolved.model.history, asOf, resolved.model.id) };
    }
  } else {
    const resolved = resolveApiModel(name);
    result = { label: `${resolved.provider.id}:${resolved.model.id}`, prices: pricesOn(resolved.model.history, asOf, resolved.model.id) };
  }
  datedCache.set(key, result);
  return result;
}

/** The price per 1M tokens for a request whose input is `requestInputTokens` (tiers apply to the whole request). */
export function tierPrice(price: TokenPrice, requestInputTokens: number): number {
  if (typeof price === "number") return price;
  let applied = price.base;
  for (const tier of price.tiers) if (requestInputTokens > tier.start) applied = tier.price;
  return applied;
}

export function requirePrice(dated: DatedPrices, type: "input" | "output" | "cache_read" | "cache_write"): TokenPrice {
  const price = dated.prices[type];
  if (price === undefined) {
    throw notAvailable(`${dated.label} has no ${type.replace("_", " ")} price in the catalog (an unpriced model is not free).`);
  }
  return price;
}

/** Training price per 1M training tokens of a base model (`ft:` prefix allowed). */
export function trainingPricePerMtok(model: string, asOf: string | null): { price: number; row: FinetunePriceRow } {
  const name = String(model).trim().toLowerCase();
  const base = name.startsWith(FINE_TUNED_PREFIX) ? name.slice(FINE_TUNED_PREFIX.length) : name;
  const row = findFinetuneRow(base);
  if (!row || row.training_usd_per_mtok === null) {
    const known = finetuneRows.map((r) => r.base_model).join(", ");
    throw notAvailable(`No fine-tuning price for "${String(model).slice(0, 60)}". Fine-tunable models: ${known}.`);
  }
  if (asOf !== null && asOf < row.as_of.slice(0, 7)) {
    throw notAvailable(`The fine-tuning price of ${row.base_model} is listed as of ${row.as_of}; none is known for ${asOf}.`);
  }
  return { price: row.training_usd_per_mtok, row };
}

/** PRICE: USD per 1M tokens of one kind, at the base (first-tier) rate. */
export function pricePerMillion(model: string, priceType: string, asOf: string | null): number {
  const type = choice(priceType, PRICE_TYPES, "price_type");
  if (type === "training") return trainingPricePerMtok(model, asOf).price;
  return tierPrice(requirePrice(inferencePrices(model, asOf), type), 0);
}

/** Base (first-tier) input and output prices per 1M tokens of a chat model: what break-even comparisons use. */
export function chatPricesPerMtok(model: string, asOf: string | null): { input: number; output: number } {
  const dated = inferencePrices(model, asOf);
  return { input: tierPrice(requirePrice(dated, "input"), 0), output: tierPrice(requirePrice(dated, "output"), 0) };
}
