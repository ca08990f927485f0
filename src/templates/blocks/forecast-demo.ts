import { sheetText } from "../../i18n/sheet-text";
import type { TemplateSpec } from "../types";
import { accountingSections } from "./accounting";
import { driverNote, forecastDriver } from "./drivers";
import { linearCost, probabilitySheet, SIM_COLUMNS, type ProbabilitySpec } from "./probability";

/**
 * The probability block and the accounting view on one minimal cost chain (tokens + people), so that both are
 * exercised end to end — rendered, translated, recalculated — before they are wired into the use-case sheets and
 * roi-business-case (docs/forecasting.md says how). Not in the gallery: `test/templates/forecast-blocks.test.ts` and
 * `npm run bench` use it.
 */
const ASSUMED = sheetText("assumptionForTheDemonstrationReplaceWith");
const drift = forecastDriver("tokenizer-drift-claude-opus-4-7");
const { low, base, high } = SIM_COLUMNS;

/** The demo's simulation (exported so that tests can vary it). */
export const demoSimulation: ProbabilitySpec = {
  name: sheetText("forecastDemo"),
  scope: sheetText("wholeCost"),
  drivers: [
    { key: "volume", label: sheetText("requestsPerMonth"), unit: sheetText("requestsPerMonth2"), format: "count", low: 80_000, base: 100_000, high: 120_000, notes: sheetText("t20AroundThePlan", { assumed: ASSUMED }) },
    { key: "tokens", label: sheetText("tokensPerRequestInputOutput"), unit: sheetText("tokensPerRequest"), format: "tokens", low: 1_600, base: 2_000, high: 2_400, notes: sheetText("t20BeforeTokenizerDrift", { assumed: ASSUMED }) },
    { key: "drift", label: sheetText("tokenizerDriftTokensForTheSame"), unit: sheetText("tokens"), format: "decimal", low: drift.low, base: drift.base, high: drift.high, notes: driverNote(drift) },
    {
      key: "fte",
      label: sheetText("peopleRunningIt"),
      unit: "FTE",
      format: "decimal",
      low: 0.4,
      base: 0.5,
      high: 0.6,
      notes: `${ASSUMED} ±0.1 FTE.`,
      tie: { to: "volume", correlation: 0.7, notes: sheetText("moreRequestsNeedMorePeopleTo") },
    },
  ],
  fixed: [
    { key: "inShare", label: sheetText("inputShareOfTheTokens"), value: 0.7, unit: sheetText("share"), format: "percent", notes: ASSUMED },
    { key: "priceIn", label: sheetText("inputPricePer1mTokensGpt"), value: { catalogPrice: "gpt-4.1-mini", priceType: "input" }, unit: sheetText("usdPer1mTokens"), format: "usdPerMtok", notes: sheetText("catalogListPriceOnThePrice") },
    { key: "priceOut", label: sheetText("outputPricePer1mTokensGpt"), value: { catalogPrice: "gpt-4.1-mini", priceType: "output" }, unit: sheetText("usdPer1mTokens"), format: "usdPerMtok", notes: sheetText("catalogListPriceOnThePrice") },
    { key: "costPerFte", label: sheetText("loadedCostPerFteMonth"), value: 15_000, unit: sheetText("usdPerFteMonth"), format: "money", notes: sheetText("theAssumptionsSheetSLoadedcostperftemonthReplace", { assumed: ASSUMED }) },
    { key: "oneOff", label: sheetText("setUpAndIntegrationOneOff"), value: 20_000, unit: "USD", format: "money", notes: ASSUMED },
    { key: "fineTune", label: sheetText("fineTuningOneOff"), value: 6_000, unit: "USD", format: "money", notes: ASSUMED },
    { key: "dataPrep", label: sheetText("dataPreparationOneOff"), value: 4_000, unit: "USD", format: "money", notes: ASSUMED },
    { key: "training", label: sheetText("staffTrainingOneOff"), value: 3_000, unit: "USD", format: "money", notes: ASSUMED },
    { key: "budgetUsd", label: sheetText("threeYearBudget"), value: 300_000, unit: "USD", format: "money", notes: ASSUMED },
    { key: "tokenCost", label: sheetText("costPerTokenSheetCurrency"), value: "=({inShare}*{priceIn}+(1-{inShare})*{priceOut})/{perMillion}*{FxRate}", unit: sheetText("currencyPerToken"), format: "moneyFx", notes: sheetText("blendedListPriceOfOneToken") },
    { key: "fteCost", label: sheetText("costPerFteMonthSheetCurrency"), value: "={costPerFte}*{FxRate}", unit: sheetText("currencyPerFteMonth"), format: "moneyFx", notes: sheetText("theLoadedCostAboveInThe") },
    { key: "oneOffTotal", label: sheetText("oneOffCostsSheetCurrency"), value: "=({oneOff}+{fineTune}+{dataPrep}+{training})*{FxRate}", unit: "{currency}", format: "moneyFx", notes: sheetText("setUpFineTuningDataPreparation") },
    { key: "perMillion", label: sheetText("tokensPerMillion"), value: 1_000_000, unit: sheetText("tokens2"), format: "count", notes: sheetText("pricesArePer1mTokens"), constant: true },
    { key: "monthsPerYear", label: sheetText("monthsPerYear"), value: 12, unit: sheetText("months"), format: "integer", notes: sheetText("universalConstant"), constant: true },
    { key: "months", label: sheetText("monthsInThreeYears"), value: 36, unit: sheetText("months"), format: "integer", notes: sheetText("universalConstant"), constant: true },
  ],
  monthlyCost: linearCost([
    { unitCost: "tokenCost", drivers: ["volume", "tokens", "drift"] },
    { unitCost: "fteCost", drivers: ["fte"] },
  ]),
  threeYearCost: { oneOff: "oneOffTotal", months: "months" },
  budget: { value: "={budgetUsd}*{FxRate}", basis: "Three years", notes: sheetText("theThreeYearBudgetAboveIn") },
};
const sheet = probabilitySheet(demoSimulation);

const oneOff = (key: string) => `={${key}}*{FxRate}`;
const running = "={baseCase}*{monthsPerYear}";
const accounting = accountingSections({
  years: [low, base, high],
  lines: [
    { key: "setup", label: sheetText("setUpAndIntegration"), kind: "development", cash: [oneOff("oneOff"), 0, 0], notes: sheetText("theOneOffAboveSpentIn") },
    { key: "finetune", label: sheetText("fineTuning"), kind: "fineTuning", cash: [oneOff("fineTune"), 0, 0], notes: sheetText("theOneOffAboveSpentIn") },
    { key: "data", label: sheetText("dataPreparation"), kind: "dataPreparation", cash: [oneOff("dataPrep"), 0, 0], notes: sheetText("theOneOffAboveSpentIn") },
    { key: "training", label: sheetText("staffTraining"), kind: "staffTraining", cash: [oneOff("training"), 0, 0], notes: sheetText("theOneOffAboveSpentIn") },
    { key: "running", label: sheetText("runningCostTokensAndPeopleBase"), kind: "running", cash: [running, running, running], notes: sheetText("monthlyCostWithEveryDriverAt") },
  ],
});

export const forecastDemo: TemplateSpec = {
  id: "forecast-demo",
  title: sheetText("forecastDemoProbabilityAndAccountingView"),
  description: sheetText("p10P50P90OfASmall"),
  group: "planning",
  source: sheetText("llmcostProbabilityBlockAndAccountingView"),
  choices: [],
  sheets: [
    {
      ...sheet,
      sections: [
        ...sheet.sections,
        ...accounting,
        {
          title: sheetText("demoChecks"),
          kind: "checks",
          rows: [{ label: sheetText("accountingCashOver3YearsThree"), values: { [low]: `=IFERROR(ABS({accCash:${low}}+{accCash:${base}}+{accCash:${high}}-{baseCase3})<=0.000001*{baseCase3},FALSE())` }, notes: sheetText("theAccountingViewSCashAnd") }],
        },
      ],
    },
  ],
};
