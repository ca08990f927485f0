import { vectorDbPrices, type VectorDbPrice } from "../../data";
import { nonNegative, positive } from "../validate";

export type { VectorDbPrice };

/** The plan the catalog marks as default (a test checks that it names one of its rows). */
function defaultPlan(): VectorDbPrice {
  const found = vectorDbPrices.rows.find((row) => row.provider === vectorDbPrices.default);
  if (!found) throw new Error(`vector-db-prices.json: the default plan "${vectorDbPrices.default}" is none of its rows`);
  return found;
}

export const defaultVectorDbPrice = defaultPlan();

const BYTES_PER_GB = 1e9;
const DEFAULT_BYTES_PER_DIMENSION = 4;
const QUERIES_PER_MILLION = 1e6;

export interface VectorStoreOptions {
  bytesPerDimension?: number | null;
  usdPerGbMonth?: number | null;
  queriesPerMonth?: number | null;
  usdPerMillionQueries?: number | null;
  monthlyMinimumUsd?: number | null;
}

/**
 * USD per million queries on the catalog's plan: a query uses read units in proportion to the namespace size
 * (`query_read_units_per_gb` per GB, at least `query_minimum_read_units`), at the plan's price per million read units.
 */
export function defaultUsdPerMillionQueries(gigabytes: number, plan: VectorDbPrice = defaultVectorDbPrice): number {
  const readUnits = Math.max(plan.query_minimum_read_units, gigabytes * plan.query_read_units_per_gb);
  return readUnits * plan.read_usd_per_million_units;
}

/**
 * USD per month to store and query vectors (GB = 10^9 bytes; float32 unless told): storage plus queries, never below
 * the plan's monthly minimum (Pinecone Standard bills at least 50 USD). Writes (upserts) are not included.
 */
export function vectorStoreCost(vectors: number, dimensions: number, options: VectorStoreOptions = {}): number {
  const count = nonNegative(vectors, "vectors");
  const width = nonNegative(dimensions, "dimensions");
  const bytes = positive(options.bytesPerDimension ?? DEFAULT_BYTES_PER_DIMENSION, "bytes_per_dimension");
  const storagePrice = nonNegative(options.usdPerGbMonth ?? defaultVectorDbPrice.storage_usd_per_gb_month, "usd_per_gb_month");
  const queries = nonNegative(options.queriesPerMonth ?? 0, "queries_per_month");
  const gigabytes = (count * width * bytes) / BYTES_PER_GB;
  const queryPrice = nonNegative(options.usdPerMillionQueries ?? defaultUsdPerMillionQueries(gigabytes), "usd_per_million_queries");
  const minimum = nonNegative(options.monthlyMinimumUsd ?? defaultVectorDbPrice.minimum_usd_per_month, "monthly_minimum_usd");
  return Math.max(minimum, gigabytes * storagePrice + (queries / QUERIES_PER_MILLION) * queryPrice);
}
