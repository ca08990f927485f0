import { unknownIdParams } from "../closest";
import { invalidValue, notAvailable } from "../errors";
import { choice } from "../validate";
import { findGpu, GPU_PRICES, gpuProviders, pricesOfGpu, PRICINGS, type Gpu, type GpuPrice, type Pricing } from "./catalog";
import { given, type Maybe } from "./options";
import type { Message } from "../../i18n/catalog";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function offersText(rows: readonly GpuPrice[]): string {
  const pairs = [...new Set(rows.map((row) => `${row.provider} ${row.pricing}`))].sort();
  return pairs.length ? pairs.join(", ") : "none";
}

/** A catalog date (YYYY-MM-DD, YYYY-MM or YYYY) as the first day it stands for, so dates compare as text. */
const dayOf = (asOf: string): string => (asOf.length === 4 ? `${asOf}-01-01` : asOf.length === 7 ? `${asOf}-01` : asOf);

/**
 * The offers in force on `asOf` (null: the newest catalog): for each provider, instance and pricing kind, its newest
 * row dated on or before that day. A row stays in force until a newer row for the same offer is added, so a budget
 * that names its date keeps its price when rows are added later.
 */
export function offersInForce(rows: readonly GpuPrice[], asOf: string | null): GpuPrice[] {
  const newest = new Map<string, GpuPrice>();
  for (const row of rows) {
    if (asOf !== null && dayOf(row.as_of) > asOf) continue;
    const key = `${row.provider}|${row.instance}|${row.pricing}`;
    const current = newest.get(key);
    if (current === undefined || dayOf(row.as_of) > dayOf(current.as_of)) newest.set(key, row);
  }
  return [...newest.values()];
}

/** The cheapest price per GPU-hour each provider lists for a GPU at a pricing kind (a buyer picks the cheapest instance). */
function cheapestByProvider(rows: readonly GpuPrice[]): Map<string, number> {
  const byProvider = new Map<string, number>();
  for (const row of rows) {
    const current = byProvider.get(row.provider);
    if (current === undefined || row.usd_per_gpu_hour < current) byProvider.set(row.provider, row.usd_per_gpu_hour);
  }
  return byProvider;
}

/**
 * USD per GPU-hour. With a provider: that provider's price (its cheapest instance for that GPU and pricing kind).
 * Without: the median across providers of each provider's cheapest listed price, so one provider's several instance
 * sizes count once. `pricing`: on_demand (default), spot or community, where listed.
 */
export function gpuUsdPerHour(gpu: string, provider?: Maybe<string>, pricing?: Maybe<string>, asOf: string | null = null): number {
  return gpuRecordUsdPerHour(findGpu(gpu), provider, pricing, asOf);
}

const medianOnDemand = new Map<string, number>();

/**
 * gpuUsdPerHour for a GPU record already looked up, with the offers in force on `asOf` (null: the newest); the default
 * (median on-demand, newest) price is computed once per GPU.
 */
export function gpuRecordUsdPerHour(entry: Gpu, provider?: Maybe<string>, pricing?: Maybe<string>, asOf: string | null = null): number {
  const isDefault = !given(provider) && !given(pricing) && asOf === null;
  if (isDefault) {
    const known = medianOnDemand.get(entry.id);
    if (known !== undefined) return known;
  }
  const kind: Pricing = given(pricing) ? choice(String(pricing), PRICINGS, "pricing") : "on_demand";
  const listed = pricesOfGpu(entry.id);
  const forGpu = offersInForce(listed, asOf);
  if (forGpu.length === 0) {
    const earliest = listed.map((row) => dayOf(row.as_of)).sort()[0];
    throw notAvailable("errors.noGpuPriceOnDate", { gpu: entry.id, date: String(asOf), earliest });
  }
  let rows = forGpu.filter((row) => row.pricing === kind);
  if (given(provider)) {
    if (typeof provider !== "string") throw invalidValue("errors.mustBeText", { name: "provider" });
    const wanted = provider.trim().toLowerCase();
    if (wanted !== "") {
      if (!gpuProviders().includes(wanted)) throw notAvailable("errors.unknownId", unknownIdParams("provider", provider, gpuProviders()));
      rows = rows.filter((row) => row.provider.toLowerCase() === wanted);
    }
  }
  if (rows.length === 0) {
    const who = given(provider) && String(provider).trim() !== "" ? String(provider).trim() : "none";
    throw notAvailable("errors.noGpuPrice", { provider: who, pricing: kind, gpu: entry.id, offers: offersText(forGpu) });
  }
  const price = median([...cheapestByProvider(rows).values()]);
  if (isDefault) medianOnDemand.set(entry.id, price);
  return price;
}

/** The GPU rental prices as a CATALOG() source: how many offers, from how many providers, oldest and newest date. */
export function gpuPriceCatalogSource(): [Message, Message] {
  const dates = GPU_PRICES.map((row) => dayOf(row.as_of)).sort();
  const providers = new Set(GPU_PRICES.map((row) => row.provider)).size;
  return [
    { id: "errors.catalogGpuPrices" },
    { id: "errors.catalogGpuPricesDetail", params: { offers: String(GPU_PRICES.length), providers: String(providers), first: dates[0], last: dates[dates.length - 1] } },
  ];
}
