/**
 * The catalog files, each typed by the type generated from its JSON Schema (src/data/types, `npm run data-types`).
 * This is the one place where JSON meets its type: the rest of the code imports data from here, never a .json file.
 */
import apiPricesJson from "./api-prices.json";
import finetunePricesJson from "./finetune-prices.json";
import forecastDriversJson from "./forecast-drivers.json";
import gpuEfficiencyJson from "./gpu-efficiency.json";
import gpuOwnershipJson from "./gpu-ownership.json";
import gpuPricesJson from "./gpu-prices.json";
import gpusJson from "./gpus.json";
import modelLifecycleJson from "./model-lifecycle.json";
import openModelsJson from "./open-models.json";
import provisionedThroughputJson from "./provisioned-throughput.json";
import serviceTiersJson from "./service-tiers.json";
import priceTrendsJson from "./price-trends.json";
import vectorDbPricesJson from "./vector-db-prices.json";
import type { ApiPrices } from "./types/api-prices";
import type { FinetunePrices } from "./types/finetune-prices";
import type { ForecastDrivers } from "./types/forecast-drivers";
import type { GpuEfficiency } from "./types/gpu-efficiency";
import type { GpuOwnership } from "./types/gpu-ownership";
import type { GpuPrices } from "./types/gpu-prices";
import type { Gpus } from "./types/gpus";
import type { ModelLifecycle } from "./types/model-lifecycle";
import type { OpenModels } from "./types/open-models";
import type { ProvisionedThroughput } from "./types/provisioned-throughput";
import type { ServiceTiers } from "./types/service-tiers";
import type { PriceTrends } from "./types/price-trends";
import type { VectorDbPrices } from "./types/vector-db-prices";

/** T as TypeScript infers it for a JSON file: every string-literal union (a schema enum or const) widened to string. */
type AsJson<T> = T extends string ? string : T extends readonly (infer U)[] ? AsJson<U>[] : T extends object ? { [K in keyof T]: AsJson<T[K]> } : T;

/**
 * A JSON file as its schema's type. TypeScript checks here that every field is present with its type (a field the
 * schema requires but the file lacks, or a number written as text, fails `tsc`); the enum values it cannot see in
 * JSON are checked when the bundle is built (scripts/data-schemas.js validates every file against the same schema).
 */
const typed = <T>(json: AsJson<T>): T => json as T;

export const apiPrices = typed<ApiPrices>(apiPricesJson);
export const finetunePrices = typed<FinetunePrices>(finetunePricesJson);
export const forecastDrivers = typed<ForecastDrivers>(forecastDriversJson);
export const gpuEfficiency = typed<GpuEfficiency>(gpuEfficiencyJson);
export const gpuOwnership = typed<GpuOwnership>(gpuOwnershipJson);
export const gpuPrices = typed<GpuPrices>(gpuPricesJson);
export const gpus = typed<Gpus>(gpusJson);
export const modelLifecycle = typed<ModelLifecycle>(modelLifecycleJson);
export const openModels = typed<OpenModels>(openModelsJson);
export const provisionedThroughput = typed<ProvisionedThroughput>(provisionedThroughputJson);
export const serviceTiers = typed<ServiceTiers>(serviceTiersJson);
export const priceTrends = typed<PriceTrends>(priceTrendsJson);
export const vectorDbPrices = typed<VectorDbPrices>(vectorDbPricesJson);

export type { ApiPrices, CatalogModel, Match, PriceSet, Provider, TokenPrice } from "./types/api-prices";
export type { FinetunePriceRow, FinetunePrices } from "./types/finetune-prices";
export type { ForecastDriver, ForecastDrivers } from "./types/forecast-drivers";
export type { GemmShare, GpuEfficiency } from "./types/gpu-efficiency";
export type { GpuOwnership, GpuPurchase, OwnershipDefaults } from "./types/gpu-ownership";
export type { GpuPrice, GpuPrices } from "./types/gpu-prices";
export type { Gpu, Gpus } from "./types/gpus";
export type { ModelLifecycle } from "./types/model-lifecycle";
export type { OpenModel, OpenModels } from "./types/open-models";
export type { ProvisionedModel, ProvisionedOffer, ProvisionedTerm, ProvisionedThroughput } from "./types/provisioned-throughput";
export type { ServiceTiers } from "./types/service-tiers";
export type { PriceTrends, Range as PriceTrendRange } from "./types/price-trends";
export type { VectorDbPrice, VectorDbPrices } from "./types/vector-db-prices";
