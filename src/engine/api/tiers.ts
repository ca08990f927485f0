import { serviceTiers, type ServiceTiers } from "../../data";
import { invalidValue } from "../errors";
import { todayIso } from "../dates";
import type { PriceSet, TokenPrice } from "./catalog";

/**
 * Service tiers (batch, flex, priority, fast), regional and data-residency uplifts, and cache-write durations, from
 * the dated, sourced src/data/service-tiers.json. The catalog's list price is the `standard` tier in the `global`
 * region; a row scales every token price by its multiplier, replaces prices, or (Bedrock) names the catalog entry
 * that prices the region.
 */

export type BillingKind = "service_tier" | "region" | "cache_write";

/** A row of src/data/service-tiers.json, as its schema generates it (src/data/types/service-tiers.ts). */
export type BillingRow = ServiceTiers["rows"][number];

export const billingRows: readonly BillingRow[] = serviceTiers.rows;
export const billingDataDate = serviceTiers.as_of;

/** How the analyst asked to be billed; null: the catalog's list price (standard tier, global region). */
export interface Billing {
  serviceTier?: string | null;
  region?: string | null;
}

/** The list price's own tier and region, offered by every provider. */
const DEFAULT_NAME: Record<Exclude<BillingKind, "cache_write">, string> = { service_tier: "standard", region: "global" };
/** What APIs call the standard tier. */
const SYNONYMS: Record<string, string> = { default: "standard", auto: "standard", on_demand: "standard", "on-demand": "standard" };

/** Whether a requested tier names the list price's own standard tier ("standard", "default", "auto", …). */
export const isStandardTier = (requested: string) => {
  const text = requested.trim().toLowerCase();
  return (SYNONYMS[text] ?? text) === DEFAULT_NAME.service_tier;
};

/** A row in force on the date; with no date (the newest prices), one the provider has withdrawn (valid_to past) is not. */
const inForce = (row: BillingRow, asOf: string | null) =>
  (asOf === null || row.valid_from === null || row.valid_from <= asOf) && (row.valid_to == null || (asOf ?? todayIso()) <= row.valid_to);

/** Bedrock's profile prefixes are not part of the model a row names. */
const coreId = (modelId: string) => modelId.toLowerCase().replace(/^(global|regional)\./, "");

function rowsFor(provider: string, modelId: string, kind: BillingKind, asOf: string | null): BillingRow[] {
  const core = coreId(modelId);
  return billingRows.filter(
    (row) => row.provider === provider && row.kind === kind && inForce(row, asOf) && (row.models === undefined || row.models.some((m) => coreId(m) === core)),
  );
}

/** Names offered for a model, the list price's own first: "standard, batch, priority". */
export function offeredNames(provider: string, modelId: string, kind: Exclude<BillingKind, "cache_write">, asOf: string | null): string[] {
  return [...new Set([DEFAULT_NAME[kind], ...rowsFor(provider, modelId, kind, asOf).map((row) => row.name)])];
}

/** The row for a requested tier or region, null for the list price's own; #VALUE! listing what is offered otherwise. */
export function billingRow(provider: string, modelId: string, kind: Exclude<BillingKind, "cache_write">, requested: string | null | undefined, asOf: string | null): BillingRow | null {
  if (requested === null || requested === undefined || String(requested).trim() === "") return null;
  const text = String(requested).trim().toLowerCase();
  const name = SYNONYMS[text] ?? text;
  if (name === DEFAULT_NAME[kind]) return null;
  const row = rowsFor(provider, modelId, kind, asOf).find((candidate) => candidate.name === name);
  if (row) return row;
  const offered = offeredNames(provider, modelId, kind, asOf);
  throw invalidValue("errors.noSuchBilling", { model: `${provider}:${modelId}`, kind, value: String(requested).trim().slice(0, 40), asOf: asOf ?? "none", provider, offered: offered.join(", ") });
}

const scale = (price: TokenPrice | undefined, factor: number): TokenPrice | undefined => {
  if (price === undefined) return undefined;
  if (typeof price === "number") return price * factor;
  return { base: price.base * factor, tiers: price.tiers.map((tier) => ({ start: tier.start, price: tier.price * factor })) };
};

const SCALED: (keyof PriceSet)[] = ["input", "output", "cache_read", "cache_write", "cache_write_1h", "input_audio", "output_audio", "cache_audio_read", "input_image", "output_image", "cache_image_read"];

/** Token prices under a tier or region row: scaled by its multiplier, or replaced by its own prices. */
export function applyBillingRow(prices: PriceSet, row: BillingRow | null): PriceSet {
  if (row === null) return prices;
  const billed: PriceSet = { ...prices };
  if (row.multiplier !== undefined) {
    for (const key of SCALED) {
      const scaled = scale(prices[key] as TokenPrice | undefined, row.multiplier);
      if (scaled !== undefined) (billed as unknown as Record<string, TokenPrice>)[key] = scaled;
    }
  }
  if (row.prices) Object.assign(billed, row.prices);
  return billed;
}

/** The 1-hour cache-write price where the catalog lists none: the provider's sourced multiple of the input price. */
export function oneHourWriteMultiplier(provider: string, modelId: string, asOf: string | null): number | undefined {
  return rowsFor(provider, modelId, "cache_write", asOf).find((row) => row.name === "1h")?.multiplier;
}
