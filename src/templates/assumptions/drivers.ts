import { sheetText, type SheetKey } from "../../i18n/sheet-text";
import { dataKeys, dataText } from "../data-text";
import { SCENARIOS } from "../lists";
import { priceTrends, type PriceTrendRange } from "../../data";
import { GPU_PRICES, gpuUsdPerHour } from "../../engine";
import { forecastDriver } from "../blocks/drivers";
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
  /** A number; for money ("moneyFx") the USD default, written × the insertion rate. A formula starts with "=". */
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
const refresh = trends.model_refresh;
/** The sheet texts of the default trends' bases (src/data/price-trends.json), by tier or class. */
const TREND_BASES: Readonly<Record<string, SheetKey>> = dataKeys({ "chosen-model": "priceTrendBasisChosenModel", "h100-class-on-demand": "priceTrendBasisH100ClassOnDemand" });
const trendNote = (trend: Trend, kind: "tier" | "class", name: string) =>
  sheetText("priceTrendNote", { kind, name, date: trends.as_of, basis: TREND_BASES[name] ? dataText(TREND_BASES[name], trend.basis) : trend.basis });

/** Spread of listed prices for a GPU, as factors of its median on-demand price (the GPU price range). */
export function gpuSpread(gpu: string): { low: number; high: number; note: string } {
  const rows = GPU_PRICES.filter((row) => row.gpu === gpu);
  const median = gpuUsdPerHour(gpu);
  const low = rows.reduce((best, row) => (row.usd_per_gpu_hour < best.usd_per_gpu_hour ? row : best));
  const high = rows.filter((r) => r.pricing === "on_demand").reduce((best, row) => (row.usd_per_gpu_hour > best.usd_per_gpu_hour ? row : best));
  return {
    low: Math.round((low.usd_per_gpu_hour / median) * 100) / 100,
    high: Math.round((high.usd_per_gpu_hour / median) * 100) / 100,
    note: sheetText("gpuPriceCatalogSpread", { gpu, lowProvider: low.provider, lowPricing: low.pricing, lowUsd: String(low.usd_per_gpu_hour), lowSource: low.source, lowDate: low.as_of, highProvider: high.provider, highUsd: String(high.usd_per_gpu_hour), highSource: high.source, highDate: high.as_of }),
  };
}
const GPU_SPREAD = gpuSpread("h100-sxm");

/** The reasoning-output multiple of src/data/forecast-drivers.json, with its source, date and caveat (Korean where the catalogs hold the data's words). */
const REASONING = forecastDriver("reasoning-output-multiple");
const REASONING_NOTE = sheetText("reasoningOutputMultipleNotes", {
  source: dataText("forecastDriverSourceReasoningMultiple", REASONING.source),
  date: REASONING.source_date,
  caveat: REASONING.notes ? dataText("forecastDriverNotesReasoningMultiple", REASONING.notes) : "",
});

/** BLS OEWS May 2023 median software developer wage ÷ 12 ÷ 70% wage share (BLS ECEC): $15,746.43 a month. */
const LOADED_COST = 132_270 / 12 / 0.7;
const ASSUMED = sheetText("assumption");

export const DRIVER_GROUPS: DriverGroup[] = [
  {
    title: sheetText("scenarioSwitch"),
    drivers: [
      { name: "Scenario", label: sheetText("scenarioShownOnEverySheet"), unit: sheetText("lowBaseHighValues"), format: "text", base: sheetText("scenarioBase"), validation: [...SCENARIOS], notes: sheetText("dropDownLowTheLowCost") },
    ],
  },
  {
    title: sheetText("people"),
    drivers: [
      { name: "AssumptionsFxRate", label: sheetText("rateOfTheMoneyOnThisSheet"), unit: sheetText("currencyPerUsd"), format: "decimal", base: "={FxRate}", notes: sheetText("theMoneyDriversBelowAreTyped") },
      { name: "LoadedCostPerFteMonth", label: sheetText("loadedCostOfOneEngineerFte"), unit: sheetText("currencyPerFteMonth"), format: "moneyFx", base: LOADED_COST, low: Math.round(LOADED_COST * 0.8), high: Math.round(LOADED_COST * 1.25), notes: sheetText("baseUsBlsOewsMay2023") },
      { name: "RunFteApi", label: sheetText("runningEffortApiIntegration"), unit: "FTE", format: "decimal", base: 0.25, low: 0.1, high: 0.5, notes: sheetText("aQuarterOfAnEngineerRuns", { assumed: ASSUMED }) },
      { name: "RunFteSelfHost", label: sheetText("runningEffortSelfHostedServing"), unit: "FTE", format: "decimal", base: 0.75, low: 0.5, high: 1.5, notes: sheetText("threeQuartersOfAnEngineerTo", { assumed: ASSUMED }) },
      { name: "BuildMonthsApi", label: sheetText("buildEffortApiIntegrationOneOff"), unit: sheetText("personMonths"), format: "decimal", base: 1, low: 0.5, high: 2, notes: sheetText("onePersonMonthToIntegrateAn", { assumed: ASSUMED }) },
      { name: "BuildMonthsSelfHost", label: sheetText("buildEffortSelfHostedServingOne"), unit: sheetText("personMonths"), format: "decimal", base: 2, low: 1, high: 4, notes: sheetText("twoPersonMonthsToStandUp", { assumed: ASSUMED }) },
      { name: "ReviewerCostPerHour", label: sheetText("reviewerCost"), unit: sheetText("currencyPerHour"), format: "moneyFx", base: 30, low: 20, high: 45, notes: sheetText("loadedHourlyCostOfATrained", { assumed: ASSUMED }) },
      { name: "ReviewFactor", label: sheetText("humanReviewLoadAsAFactor"), unit: sheetText("sheetValue"), format: "decimal", base: 1, low: 0.5, high: 2, notes: sheetText("reviewIsTheLeastKnownRunning", { assumed: ASSUMED }) },
      { name: "WageInflation", label: sheetText("wageInflation"), unit: sheetText("perYear"), format: "percent", base: 0.035, low: 0.02, high: 0.05, notes: sheetText("base35UsEmploymentCost") },
    ],
  },
  {
    title: sheetText("selfHosting"),
    drivers: [
      { name: "GpuPriceFactor", label: sheetText("gpuPriceAsAFactorOf"), unit: sheetText("medianOnDemand"), format: "decimal", base: 1, low: GPU_SPREAD.low, high: GPU_SPREAD.high, notes: GPU_SPREAD.note },
      { name: "StandbyReplicas", label: sheetText("standbyReplicasForFailover"), unit: sheetText("replicas"), format: "count", base: 1, low: 0, high: 2, notes: sheetText("oneSpareReplicaN1So", { assumed: ASSUMED }) },
    ],
  },
  {
    title: sheetText("pricesOverTime"),
    drivers: [
      { name: "ApiPriceDeclinePerYear", label: sheetText("apiListPriceDecline"), unit: sheetText("perYear"), format: "percent", base: apiTrend.base, low: apiTrend.low_cost_case, high: apiTrend.high_cost_case, notes: trendNote(apiTrend, "tier", apiTrend.tier) },
      { name: "ModelRefreshMonths", label: sheetText("modelRefreshEvery"), unit: sheetText("months"), format: "integer", base: refresh.every_months, notes: sheetText("modelRefreshEveryNote", { assumed: ASSUMED }) },
      { name: "ModelRefreshPriceShare", label: sheetText("newerModelPriceShare"), unit: sheetText("timesTheOldModelPrice"), format: "decimal", base: refresh.base, low: refresh.low_cost_case, high: refresh.high_cost_case, notes: sheetText("newerModelPriceShareNote", { pairs: String(refresh.pairs.length), blend: String(refresh.blend_input_per_output), date: refresh.priced_as_of, low: String(refresh.low_cost_case), base: String(refresh.base), high: String(refresh.high_cost_case) }) },
      { name: "GpuPriceDeclinePerYear", label: sheetText("gpuRentalPriceDecline"), unit: sheetText("perYear"), format: "percent", base: gpuTrend.base, low: gpuTrend.low_cost_case, high: gpuTrend.high_cost_case, notes: trendNote(gpuTrend, "class", gpuTrend.class) },
    ],
  },
  {
    title: sheetText("apiServiceTiers"),
    drivers: [
      { name: "BatchShare", label: sheetText("shareOfApiTokensSentAs"), unit: sheetText("shareOfTokens"), format: "percent", base: 0, low: 0, high: 0, notes: sheetText("tokensThatCanWaitUpTo", { assumed: ASSUMED }) },
      { name: "PriorityShare", label: sheetText("shareOfApiTokensSentAt"), unit: sheetText("shareOfTokens"), format: "percent", base: 0, low: 0, high: 0, notes: sheetText("latencyCriticalTokensBilledAtThe", { assumed: ASSUMED }) },
    ],
  },
  {
    title: sheetText("reasoningModels"),
    drivers: [
      { name: "ReasoningOutputMultiple", label: sheetText("reasoningOutputMultiple"), unit: sheetText("reasoningOutputMultipleUnit"), format: "decimal", base: REASONING.base, low: REASONING.low, high: REASONING.high, notes: REASONING_NOTE },
    ],
  },
  {
    title: sheetText("financeAndCalendar"),
    drivers: [
      { name: "Contingency", label: sheetText("contingencyOnCosts"), unit: sheetText("shareOfCost"), format: "percent", base: 0.1, low: 0.05, high: 0.2, notes: sheetText("aReserveForWhatTheEstimate", { assumed: ASSUMED }) },
      { name: "DiscountRate", label: sheetText("discountRate"), unit: sheetText("perYear"), format: "percent", base: 0.1, notes: sheetText("yourCostOfCapital", { assumed: ASSUMED }) },
      { name: "TaxRate", label: sheetText("taxRateOnNetBenefit"), unit: sheetText("share"), format: "percent", base: 0, notes: sheetText("t0EveryFigureIsPreTax") },
      { name: "FirstMonth", label: sheetText("firstProjectedMonth"), unit: sheetText("date"), format: "date", base: { date: "monthAfterPriceDate" }, notes: sheetText("theMonthAfterThePriceDate") },
      { name: "FiscalYearStartMonth", label: sheetText("fiscalYearStartsInMonth"), unit: sheetText("month112"), format: "integer", base: 1, notes: sheetText("t1JanuaryCalendarYear4April") },
      { name: "Materiality", label: sheetText("materialityForDecisions"), unit: sheetText("shareOfTheLargerCost"), format: "percent", base: 0.05, notes: sheetText("twoOptionsCloserThanThisRead", { assumed: ASSUMED, aboutTheSame: sheetText("aboutTheSame") }) },
    ],
  },
];

/**
 * A money driver (LoadedCostPerFteMonth, ReviewerCostPerHour, their _Low/_Base/_High) read on a sheet: ÷ the rate it is
 * typed at on Assumptions × the sheet's own rate (the one visible conversion; x/1*1 = x in a USD workbook).
 */
export const assumedMoney = (name: string, rate = "{FxRate}") => `${name}/AssumptionsFxRate*${rate}`;

export const DRIVERS: Driver[] = DRIVER_GROUPS.flatMap((group) => group.drivers);
/** Every workbook name the Assumptions sheet defines (selected values and their Low/Base/High). */
export const ASSUMPTION_NAMES: string[] = DRIVERS.flatMap((d) => (d.low === undefined ? [d.name] : [d.name, `${d.name}_Low`, `${d.name}_Base`, `${d.name}_High`])).concat(["ScenarioIndex"]);
