import { unknownIdParams } from "../closest";
import { invalidValue, notAvailable } from "../errors";
import { choice } from "../validate";
import { findGpu, gpuProviders, pricesOfGpu, PRICINGS, type Gpu, type GpuPrice, type Pricing } from "./catalog";
import { given, type Maybe } from "./options";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function offersText(rows: readonly GpuPrice[]): string {
  const pairs = [...new Set(rows.map((row) => `${row.provider} ${row.pricing}`))].sort();
  return pairs.length ? pairs.join(", ") : "none";
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
export function gpuUsdPerHour(gpu: string, provider?: Maybe<string>, pricing?: Maybe<string>): number {
  return gpuRecordUsdPerHour(findGpu(gpu), provider, pricing);
}

const medianOnDemand = new Map<string, number>();

/** gpuUsdPerHour for a GPU record already looked up; the default (median on-demand) price is computed once per GPU. */
export function gpuRecordUsdPerHour(entry: Gpu, provider?: Maybe<string>, pricing?: Maybe<string>): number {
  if (!given(provider) && !given(pricing)) {
    const known = medianOnDemand.get(entry.id);
    if (known !== undefined) return known;
  }
  const kind: Pricing = given(pricing) ? choice(String(pricing), PRICINGS, "pricing") : "on_demand";
  const forGpu = pricesOfGpu(entry.id);
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
  if (!given(provider) && !given(pricing)) medianOnDemand.set(entry.id, price);
  return price;
}
