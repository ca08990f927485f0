import { priceTrends, type PriceTrendRange } from "../../data";
import { GPU_PRICES, gpuUsdPerHour } from "../../engine";
import type { FormatKey } from "../types";

/**
 * The drivers that more than one sheet uses, each with ONE home: the Assumptions sheet, as workbook-scoped names
 * (issue 22). A driver with a range has Low-cost case / Base / High-cost case columns, named `<Name>_Low`, `_Base`,
 * `_High`; its selected value (`<Name>`) follows the `Scenario` switch. Money is in USD (sheets multiply by their own
 * FxRate). Every value is sourced or marked as an assumption.
 */
export interface Driver {
  name: string;
  label: string;
  unit: string;
  format: FormatKey;
  notes: string;
  base: number | string | { date: "monthAfterPriceDate" };
  /** Low-cost case and high-cost case, where the driver is uncertain. */
  low?: number;
  high?: number;
  /** A drop-down of allowed values (the Scenario switch). */
  validation?: string[];
}

export interface DriverGroup {
  title: string;
  drivers: Driver[];
}

type Trend = PriceTrendRange;
const trends = priceTrends;
const apiTrend = trends.api.find((t) => t.tier === trends.default_api_tier) as Trend & { tier: string };
const gpuTrend = trends.gpu.find((t) => t.class === trends.default_gpu_class) as Trend & { class: string };
const trendNote = (trend: Trend, what: string) => `${what} (src/data/price-trends.json, as of ${trends.as_of}): ${trend.basis}`;

/** Spread of listed prices for a GPU, as factors of its median on-demand price (the GPU price range). */
export function gpuSpread(gpu: string): { low: number; high: number; note: string } {
  const rows = GPU_PRICES.filter((row) => row.gpu === gpu);
  const median = gpuUsdPerHour(gpu);
  const low = rows.reduce((best, row) => (row.usd_per_gpu_hour < best.usd_per_gpu_hour ? row : best));
  const high = rows.filter((r) => r.pricing === "on_demand").reduce((best, row) => (row.usd_per_gpu_hour > best.usd_per_gpu_hour ? row : best));
  return {
    low: Math.round((low.usd_per_gpu_hour / median) * 100) / 100,
    high: Math.round((high.usd_per_gpu_hour / median) * 100) / 100,
    note: `GPU price catalog for ${gpu}: lowest listed ${low.provider} ${low.pricing} $${low.usd_per_gpu_hour}/h (${low.source}, ${low.as_of}), highest on-demand ${high.provider} $${high.usd_per_gpu_hour}/h (${high.source}, ${high.as_of}), against the median on-demand price`,
  };
}
const GPU_SPREAD = gpuSpread("h100-sxm");

/** BLS OEWS May 2023 median software developer wage ÷ 12 ÷ 70% wage share (BLS ECEC): $15,746.43 a month. */
const LOADED_COST = 132_270 / 12 / 0.7;
const ASSUMED = "Assumption";

export const DRIVER_GROUPS: DriverGroup[] = [
  {
    title: "Scenario switch",
    drivers: [
      { name: "Scenario", label: "Scenario shown on every sheet", unit: "Low / Base / High", format: "text", base: "Base", validation: ["Low", "Base", "High"], notes: "Drop-down: Low = the low-cost case of every driver below, High = the high-cost case; every sheet's main figures follow it. The Low/Base/High blocks on the sheets show all three side by side." },
    ],
  },
  {
    title: "People",
    drivers: [
      { name: "LoadedCostPerFteMonth", label: "Loaded cost of one engineer (FTE)", unit: "USD per FTE-month", format: "money", base: LOADED_COST, low: Math.round(LOADED_COST * 0.8), high: Math.round(LOADED_COST * 1.25), notes: "Base: US BLS OEWS May 2023 median annual wage of software developers (15-1252) $132,270 ÷ 12 ÷ 70% wage share of employer cost (BLS ECEC). Low −20%, High +25%: assumption (region and seniority)." },
      { name: "RunFteApi", label: "Running effort, API integration", unit: "FTE", format: "decimal", base: 0.25, low: 0.1, high: 0.5, notes: `${ASSUMED}: a quarter of an engineer runs an API integration (prompts, monitoring, updates).` },
      { name: "RunFteSelfHost", label: "Running effort, self-hosted serving", unit: "FTE", format: "decimal", base: 0.75, low: 0.5, high: 1.5, notes: `${ASSUMED}: three quarters of an engineer to also run GPU serving (deploys, on-call, upgrades).` },
      { name: "BuildMonthsApi", label: "Build effort, API integration (one-off)", unit: "person-months", format: "decimal", base: 1, low: 0.5, high: 2, notes: `${ASSUMED}: one person-month to integrate an API (the guide counts set-up and integration as one-off costs).` },
      { name: "BuildMonthsSelfHost", label: "Build effort, self-hosted serving (one-off)", unit: "person-months", format: "decimal", base: 2, low: 1, high: 4, notes: `${ASSUMED}: two person-months to stand up serving as well.` },
      { name: "ReviewerCostPerHour", label: "Reviewer cost", unit: "USD per hour", format: "money", base: 30, low: 20, high: 45, notes: `${ASSUMED}: loaded hourly cost of a trained reviewer.` },
      { name: "ReviewFactor", label: "Human review load, as a factor of each sheet's review share × minutes", unit: "× sheet value", format: "decimal", base: 1, low: 0.5, high: 2, notes: `${ASSUMED}: review is the least known running cost before launch; each sheet keeps its own share and minutes.` },
      { name: "WageInflation", label: "Wage inflation", unit: "per year", format: "percent", base: 0.035, low: 0.02, high: 0.05, notes: "Base 3.5%: US Employment Cost Index, wages and salaries, private industry, 12 months to 2025 (BLS); Low/High: assumption." },
    ],
  },
  {
    title: "Self-hosting",
    drivers: [
      { name: "GpuPriceFactor", label: "GPU price, as a factor of the catalog median", unit: "× median on-demand", format: "decimal", base: 1, low: GPU_SPREAD.low, high: GPU_SPREAD.high, notes: GPU_SPREAD.note },
      { name: "StandbyReplicas", label: "Standby replicas for failover", unit: "replicas", format: "count", base: 1, low: 0, high: 2, notes: `${ASSUMED}: one spare replica (N+1) so that a GPU failure does not stop the service; 0 for a pilot. An API's redundancy is in its price.` },
    ],
  },
  {
    title: "Prices over time",
    drivers: [
      { name: "ApiPriceDeclinePerYear", label: "API list price decline", unit: "per year", format: "percent", base: apiTrend.base, low: apiTrend.low_cost_case, high: apiTrend.high_cost_case, notes: trendNote(apiTrend, `Tier "${apiTrend.tier}"`) },
      { name: "GpuPriceDeclinePerYear", label: "GPU rental price decline", unit: "per year", format: "percent", base: gpuTrend.base, low: gpuTrend.low_cost_case, high: gpuTrend.high_cost_case, notes: trendNote(gpuTrend, `Class "${gpuTrend.class}"`) },
    ],
  },
  {
    title: "API service tiers",
    drivers: [
      { name: "BatchShare", label: "Share of API tokens sent as batch", unit: "share of tokens", format: "percent", base: 0, low: 0.3, high: 0, notes: `${ASSUMED}: tokens that can wait up to 24 h, billed at the batch tier (about half price; per provider in src/data/service-tiers.json). 0 = all at the standard tier. Not yet read by the template sheets: use it in your own INFERENCE(…, service_tier) formulas.` },
      { name: "PriorityShare", label: "Share of API tokens sent at priority", unit: "share of tokens", format: "percent", base: 0, low: 0, high: 0.2, notes: `${ASSUMED}: latency-critical tokens billed at the priority or fast tier (above list price; per provider in src/data/service-tiers.json). The rest is standard. Not yet read by the template sheets: use it in your own INFERENCE(…, service_tier) formulas.` },
    ],
  },
  {
    title: "Finance and calendar",
    drivers: [
      { name: "Contingency", label: "Contingency on costs", unit: "share of cost", format: "percent", base: 0.1, low: 0.05, high: 0.2, notes: `${ASSUMED}: a reserve for what the estimate misses, added to costs in the business case.` },
      { name: "DiscountRate", label: "Discount rate", unit: "per year", format: "percent", base: 0.1, notes: `${ASSUMED}: your cost of capital.` },
      { name: "TaxRate", label: "Tax rate on net benefit", unit: "share", format: "percent", base: 0, notes: "0: every figure is pre-tax. Type your marginal rate to see after-tax figures in the business case." },
      { name: "FirstMonth", label: "First projected month", unit: "date", format: "date", base: { date: "monthAfterPriceDate" }, notes: "The month after the price date; month 1 of every projection is this calendar month." },
      { name: "FiscalYearStartMonth", label: "Fiscal year starts in month", unit: "month (1-12)", format: "integer", base: 1, notes: "1 = January (calendar year); 4 = April, as in Japan, India and the UK." },
      { name: "Materiality", label: "Materiality for decisions", unit: "share of the larger cost", format: "percent", base: 0.05, notes: `${ASSUMED}: two options closer than this read "about the same".` },
    ],
  },
];

export const DRIVERS: Driver[] = DRIVER_GROUPS.flatMap((group) => group.drivers);
/** Every workbook name the Assumptions sheet defines (selected values and their Low/Base/High). */
export const ASSUMPTION_NAMES: string[] = DRIVERS.flatMap((d) => (d.low === undefined ? [d.name] : [d.name, `${d.name}_Low`, `${d.name}_Base`, `${d.name}_High`])).concat(["ScenarioIndex"]);
