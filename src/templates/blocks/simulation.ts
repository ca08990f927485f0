import { sheetText } from "../../i18n/sheet-text";
import { assumedMoney } from "../assumptions/drivers";
import type { RowSpec, SheetSpec } from "../types";
import { useCaseSheet } from "./sheet";
import type { RequestUnit, UseCaseSpec } from "./spec";
import { agrees } from "./agree";
import { forecastDriver } from "./drivers";
import { link } from "./link";
import { linearCost, probabilitySheet, type CostTerm, type FixedInput, type UncertainDriver } from "./probability";
import { TOKENIZER_DRIFT_DRIVER, tokenizerDriftFixed } from "./tokenizer-drift";

/**
 * The probability block wired to a use-case sheet (issue 20): a simulation sheet inserted with the use-case sheet (the
 * template's second sheet), whose fixed rows LINK to the use-case sheet's named cells, so that the sheet's one cost
 * chain — its month-1 parts and its 36-month projection with growth, cap and the Assumptions price declines — is read,
 * never rebuilt. Per scenario the whole monthly cost is a linear combination of those parts times the drawn drivers:
 *
 *   tokens × volume × tokens-per-request × drift × FX  +  reasoning tokens × volume × reasoning × drift × FX
 *   +  vector database × FX  +  FTE × loaded cost × rate × FX
 *   +  review hours × volume × review factor × reviewer cost × rate × FX  +  logs and platform × volume × FX
 *
 * and the three-year cost the same with each part's 36-month total (so the price declines, growth and wage inflation of
 * the projection are in it). Drivers are factors of the sheet's Base where the sheet owns the value (volume, tokens,
 * FX) and the Assumptions sheet's Low/Base/High where it owns them (people, review), so changing the use-case sheet
 * moves only the two cost rows, not the draws. Tokenizer drift (tokenizer-drift.ts) moves the API token parts when the
 * sheet's model (its named cell ApiModel) is Claude Opus 4.7, and is 1 / 1 / 1 otherwise. See docs/forecasting.md.
 */

/** The named cells of the use-case sheet the simulation reads (sheet-scoped names the use-case block defines). */
export interface SimulationLinks {
  /** The use-case sheet's name (English; links find it in every language and follow its copy). */
  sheet: string;
  /** Sheet name of the simulation (≤ 26 characters). */
  name: string;
  /** Name of the use-case sheet's month-1 requests (the volume the factors multiply), and what one request is. */
  volume: string;
  requestUnit: RequestUnit;
  scenarios?: number;
  /** Histogram bins (default the block's 10; 0 leaves it out). */
  bins?: number;
}

/** Default scenarios: at 250 the percentiles are within 1.5% of 2,000 scenarios and the budget probability within 2 points (bench/forecast-accuracy.ts, docs/forecasting.md), at about half the recalculation of 500. */
export const USE_CASE_SCENARIOS = 250;

const SHEET_CURRENCY = sheetText("currencyPerMonth");
const ASSUMED = sheetText("assumption");

export { link } from "./link";

/** The FX range of the sheet's currency against USD: one-year P10–P90 of spot × exp(±1.28σ), σ by currency. */
const FX_SIGMA = {
  KRW: forecastDriver("fx-volatility-usd-krw"),
  EUR: forecastDriver("fx-volatility-eur-usd"),
};
const fxSigma = `=IF({Currency}="USD",0,IF({Currency}="KRW",${FX_SIGMA.KRW.base},IF({Currency}="EUR",${FX_SIGMA.EUR.base},${FX_SIGMA.KRW.high})))`;

/** Where the volatilities come from: the sourced ranges of src/data/forecast-drivers.json (their notes name the readings). */
const FX_NOTE = sheetText("t0ForUsdKrwAndEur", { base: String(FX_SIGMA.KRW.base), base2: String(FX_SIGMA.EUR.base), date: FX_SIGMA.KRW.source_date, date2: FX_SIGMA.EUR.source_date, high: String(FX_SIGMA.KRW.high) });

/** The FX driver (key "fx", a factor of today's rate) and the two fixed rows it reads: shared by every simulation sheet. */
export const FX_DRIVER: UncertainDriver = { key: "fx", label: sheetText("usdCurrencyRateTodaySRate"), unit: sheetText("rate2"), format: "decimal", low: "=EXP(-{fxZ}*{fxSigma})", base: 1, high: "=EXP({fxZ}*{fxSigma})", notes: sheetText("everyCostIsAUsdPrice") };
export const FX_FIXED: FixedInput[] = [
  { key: "fxSigma", label: sheetText("fxVolatilityOfTheSheetS"), value: fxSigma, unit: sheetText("perYear"), format: "percent", notes: FX_NOTE },
  { key: "fxZ", label: sheetText("volatilitiesFromTheRateSBase"), value: 3, unit: "σ", format: "decimal", notes: sheetText("pertSStandardDeviationIsHigh"), constant: true },
];

/**
 * The volume driver (key "vol", a factor of the sheet's own volume) and the two assumed inputs that bound it (−30% /
 * +50%): shared by the use-case sheets' simulations and the business case's, one definition of the volume range.
 */
export const VOLUME_DRIVER: UncertainDriver = { key: "vol", label: sheetText("volumeTheSheetSMonth1"), unit: sheetText("base2"), format: "decimal", low: "={volLow}", base: 1, high: "={volHigh}", notes: sheetText("theUseCaseSheetSMonth") };
export const VOLUME_FIXED: FixedInput[] = [
  { key: "volLow", label: sheetText("volumeLowCostCase"), value: 0.7, unit: sheetText("base2"), format: "decimal", notes: sheetText("volumeForecastsForANewService2", { assumed: ASSUMED }) },
  { key: "volHigh", label: sheetText("volumeHighCostCase"), value: 1.5, unit: sheetText("base2"), format: "decimal", notes: sheetText("assumptionAsAbove") },
];

/**
 * Hidden reasoning tokens as a factor of the sheet's own (key "rsn"): ReasoningOutputMultiple on Assumptions is the billed
 * output with reasoning ÷ without, so the sheet's reasoning tokens are (Base − 1) visible outputs' worth and a multiple
 * M gives (M − 1) ÷ (Base − 1) of them: none at Low (1×), the sheet's at Base, 9.5× at High (20× against 3×). It moves
 * only the reasoning part of the token cost, so a sheet without reasoning tokens (a model that does not reason) is not
 * moved at all.
 */
export const REASONING_DRIVER: UncertainDriver = {
  key: "rsn",
  label: sheetText("reasoningTokensFactor"),
  unit: sheetText("base2"),
  format: "decimal",
  low: "=IFERROR((ReasoningOutputMultiple_Low-1)/(ReasoningOutputMultiple_Base-1),1)",
  base: 1,
  high: "=IFERROR((ReasoningOutputMultiple_High-1)/(ReasoningOutputMultiple_Base-1),1)",
  notes: sheetText("reasoningTokensFactorNotes"),
};

/** A factor of a sheet's own figure drawn over an Assumptions range (Low / Base / High ÷ Base), so that the sheet stays the figure's home. */
export const assumptionFactor = (name: string) => ({ low: `=IFERROR(${name}_Low/${name}_Base,1)`, base: 1, high: `=IFERROR(${name}_High/${name}_Base,1)` });

function drivers(s: SimulationLinks): UncertainDriver[] {
  const range = (name: string) => ({ low: `=${name}_Low`, base: `=${name}_Base`, high: `=${name}_High` });
  return [
    VOLUME_DRIVER,
    { key: "tok", label: sheetText("tokensPerRequestBase"), unit: sheetText("base2"), format: "decimal", low: link(s.sheet, "TokensFactor_Low", "={link}", 0.5), base: 1, high: link(s.sheet, "TokensFactor_High", "={link}", 1.5), notes: sheetText("theUseCaseSheetSRange") },
    FX_DRIVER,
    { key: "fte", label: sheetText("engineeringAndMlopsEffortApi"), unit: "FTE", format: "decimal", ...range("RunFteApi"), notes: sheetText("runfteapiOnAssumptionsLowBaseHigh"), tie: { to: "vol", correlation: 0.5, notes: sheetText("moreTrafficNeedsMoreMonitoring") } },
    { key: "loaded", label: sheetText("loadedCostOfOneEngineer"), unit: sheetText("currencyPerFteMonth"), format: "moneyFx", ...range("LoadedCostPerFteMonth"), notes: sheetText("loadedcostperftemonthOnAssumptionsLowBaseHigh") },
    { key: "rf", label: sheetText("humanReviewLoadTheSheetS"), unit: sheetText("sheetValue"), format: "decimal", ...range("ReviewFactor"), notes: sheetText("reviewfactorOnAssumptionsLowBaseHigh") },
    { key: "rate", label: sheetText("reviewerCost"), unit: sheetText("currencyPerHour"), format: "moneyFx", ...range("ReviewerCostPerHour"), notes: sheetText("reviewercostperhourOnAssumptionsLowBaseHigh") },
    // last, so that the other drivers keep their sequences (a sheet without reasoning tokens draws exactly as before)
    REASONING_DRIVER,
    // last again: a sheet whose model is not Claude Opus 4.7 draws exactly as before (its range is 1 / 1 / 1)
    TOKENIZER_DRIFT_DRIVER,
  ];
}

function fixed(s: SimulationLinks): FixedInput[] {
  const from = (key: string, label: string, name: string, unit: string, notes: string, found?: string): FixedInput => ({ key, label, value: link(s.sheet, name, found), unit, format: "moneyFx", notes: sheetText("linkedToTheUseCaseSheetName", { name, notes }) });
  const calc = (key: string, label: string, value: string, unit: string, notes: string): FixedInput => ({ key, label, value, unit, format: "moneyFx", notes });
  return [
    ...VOLUME_FIXED,
    ...FX_FIXED,
    from("tokens1", sheetText("apiTokensMonth1"), "MonthlyTokenCost_Catalog", SHEET_CURRENCY, sheetText("atTheSheetSTokenShape")),
    from("reason1", sheetText("reasoningTokenCostMonth1"), "ReasoningTokenCost_Catalog", SHEET_CURRENCY, sheetText("reasoningTokenCostLinkNotes")),
    from("vec1", sheetText("vectorDatabaseMonth1"), "VectorDbCost_Catalog", SHEET_CURRENCY, sheetText("storageAndQueriesAtLeastThe")),
    from("rate0", sheetText("theSheetSUsdCurrencyRate"), "FxRate", sheetText("currencyPerUsd"), sheetText("turnsUsdWagesIntoTheSheet")),
    { key: "req1", label: sheetText("requestsMonth1"), value: link(s.sheet, s.volume), unit: sheetText("perMonth"), format: "count", notes: sheetText("linkedToTheUseCaseSheet") },
    { key: "revShare", label: sheetText("requestsReviewedByAPerson"), value: link(s.sheet, "ReviewShare"), unit: sheetText("share"), format: "percent", notes: sheetText("linkedToTheUseCaseSheet2") },
    { key: "revMinutes", label: sheetText("minutesPerReview"), value: link(s.sheet, "ReviewMinutes"), unit: sheetText("minutes"), format: "decimal", notes: sheetText("linkedToTheUseCaseSheet3") },
    from("perReq", sheetText("reviewLogsAndPlatformPerRequest"), "PerRequestCost_Catalog", sheetText("currencyPerRequest"), sheetText("atTheScenarioSwitchSReview")),
    from("revPer", sheetText("humanReviewPerRequest"), "ReviewCostPerRequest", sheetText("currencyPerRequest"), sheetText("atTheScenarioSwitchSReview")),
    from("oneOff", sheetText("oneOffCost"), "OneOffCost_Catalog", "{currency}", sheetText("setUpTrainingIndexingPaidOnce")),
    from("tok36", sheetText("apiTokens36Months"), "ProjectionApiTokens", "{currency}", sheetText("theProjectionSTokenCostsGrowth"), "=SUM({link})"),
    from("vec36", sheetText("vectorDatabase36Months"), "ProjectionVectorDb", "{currency}", sheetText("theProjectionSVectorDatabase"), "=SUM({link})"),
    { key: "wage36", label: sheetText("wageIndexSummedOver36Months"), value: link(s.sheet, "ProjectionWageIndex", "=SUM({link})"), unit: sheetText("monthsAtMonth1Wages"), format: "decimal", notes: sheetText("linkedToTheUseCaseSheet4") },
    from("rev36", sheetText("reviewLogsAndPlatform36Months"), "ProjectionReview", "{currency}", sheetText("theProjectionSPerRequestCosts"), "=SUM({link})"),
    from("rev1", sheetText("reviewLogsAndPlatformMonth1"), "ProjectionReview", SHEET_CURRENCY, sheetText("theProjectionSFirstMonth"), "=INDEX({link},1,1)"),
    calc("uTok", sheetText("unitApiTokensAtBase"), "={tokens1}-{reason1}", SHEET_CURRENCY, sheetText("volumeTokensFxInEachScenario")),
    calc("uReason", sheetText("unitReasoningTokensAtBase"), "={reason1}", SHEET_CURRENCY, sheetText("volumeReasoningFxInEachScenario")),
    { ...calc("reasonShare", sheetText("reasoningShareOfTokenCost"), "=IF({tokens1}=0,0,{reason1}/{tokens1})", sheetText("share"), sheetText("reasoningShareOfTokenCostNotes")), format: "percent" },
    { ...calc("uPeople", sheetText("unitOneFteAt1OfTheAssumptionsCurrency"), `=${assumedMoney("1", "{rate0}")}`, sheetText("ratioToAssumptionsCurrency"), sheetText("fteLoadedCostFx")), format: "decimal" },
    { ...calc("uReview", sheetText("unitReviewHoursAt1OfTheAssumptionsCurrency"), `=${assumedMoney("{req1}*{revShare}*{revMinutes}/60", "{rate0}")}`, sheetText("hoursAtRatioToAssumptions"), sheetText("month1VolumeShareMinutes60")), format: "decimal" },
    calc("uOther", sheetText("unitLogsAndPlatformAtBase"), "={req1}*({perReq}-{revPer})", SHEET_CURRENCY, sheetText("volumeFx")),
    { ...calc("multReview", sheetText("t36MonthMultipleOfReviewLogs"), "=IF({rev1}=0,0,{rev36}/{rev1})", sheetText("month1"), sheetText("growthAndWageInflationOfThe")), format: "decimal" },
    calc("uTok36", sheetText("unitApiTokensOver36Months"), "={tok36}*(1-{reasonShare})", "{currency}", sheetText("theProjectionS36MonthsAt")),
    calc("uReason36", sheetText("unitReasoningTokensOver36Months"), "={tok36}*{reasonShare}", "{currency}", sheetText("unitReasoningTokensOver36MonthsNotes")),
    { ...calc("uPeople36", sheetText("unitOneFteOver36Months"), `=${assumedMoney("{wage36}", "{rate0}")}`, sheetText("monthsAtRatioToAssumptions"), sheetText("rateTheSummedWageIndex")), format: "decimal" },
    { ...calc("uReview36", sheetText("unitReviewOver36Months"), "={uReview}*{multReview}", sheetText("hoursAtRatioToAssumptions"), sheetText("month1UnitThe36Month")), format: "decimal" },
    calc("uOther36", sheetText("unitLogsAndPlatformOver36"), "={uOther}*{multReview}", "{currency}", sheetText("month1UnitThe36Month")),
    ...tokenizerDriftFixed(s.sheet),
  ];
}

/** The cost chain's terms, for one month or for 36 months (the unit costs differ, the drivers are the same). */
function terms(months: "1" | "36"): CostTerm[] {
  const unit = (key: string) => (months === "36" ? `${key}36` : key);
  return [
    { unitCost: unit("uTok"), drivers: ["vol", "tok", "drift", "fx"] },
    { unitCost: unit("uReason"), drivers: ["vol", "rsn", "drift", "fx"] },
    { unitCost: months === "36" ? "vec36" : "vec1", drivers: ["fx"] },
    { unitCost: unit("uPeople"), drivers: ["fte", "loaded", "fx"] },
    { unitCost: unit("uReview"), drivers: ["vol", "rf", "rate", "fx"] },
    { unitCost: unit("uOther"), drivers: ["vol", "fx"] },
  ];
}

/**
 * Checks that tie the simulation to the use-case sheet: its all-Base chain is the sheet's own cost (Scenario on Base),
 * once the tokenizer drift's Base (1 unless the model is Claude Opus 4.7) is taken out of the API token part.
 */
function tieChecks(s: SimulationLinks): RowSpec[] {
  const same = (mine: string, tokens: string) => `=IFERROR(OR(ScenarioIndex<>2,${agrees(mine, `{link}+${tokens}*({driftBase}-1)`, "{link}")}),FALSE())`;
  return [
    { label: sheetText("allBaseMonthlyCostEqualsThe"), values: { low: { link: { sheet: s.sheet, name: "MonthlyCost_Catalog" }, found: same("{baseCase}", "{tokens1}"), missing: "=TRUE()" } }, notes: sheetText("theSimulationReadsTheSheetS") },
    { label: sheetText("allBaseThreeYearCostEquals"), values: { low: { link: { sheet: s.sheet, name: "ThreeYearCost_Catalog" }, found: same("{baseCase3}", "{tok36}"), missing: "=TRUE()" } }, notes: sheetText("the36MonthPartsAddUp") },
  ];
}

/** The simulation sheet of a use-case sheet: API side (MonthlyCost_Catalog's scope), whole cost. */
export function useCaseSimulation(s: SimulationLinks): SheetSpec {
  return probabilitySheet({
    name: s.name,
    scope: sheetText("wholeCostApi"),
    drivers: drivers(s),
    fixed: fixed(s),
    monthlyCost: linearCost(terms("1")),
    threeYearCost: `={oneOff}*{fx}${linearCost(terms("36")).replace(/^=/, "+")}`,
    budget: { value: "=ROUND({baseCase3}*(1+Contingency),0)", basis: "Three years", notes: sheetText("defaultTheAllBaseThreeYear") },
    moreChecks: tieChecks(s),
    scenarios: s.scenarios ?? USE_CASE_SCENARIOS,
    ...(s.bins !== undefined ? { bins: s.bins } : {}),
  });
}

/** A use-case template's sheets: the use-case sheet, then its simulation (inserted together; the links follow the copy). */
export function useCaseSheets(s: UseCaseSpec, simulation: { name: string; volume: string }): SheetSpec[] {
  return [useCaseSheet(s), useCaseSimulation({ sheet: s.name, requestUnit: s.requestUnit, ...simulation })];
}
