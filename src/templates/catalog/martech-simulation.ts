import { sheetText } from "../../i18n/sheet-text";
import { assumedMoney } from "../assumptions/drivers";
import { linearCost, probabilitySheet, type UncertainDriver } from "../blocks/probability";
import { USE_CASE_SCENARIOS } from "../blocks/simulation";
import type { SectionSpec } from "../types";

/**
 * The portfolio's probability block (issue 20): PortfolioMonthlyCost_P10 / _P50 / _P90 from 250 deterministic
 * scenarios of the portfolio's whole monthly cost, on the portfolio sheet itself (a sheet-scoped name cannot be read
 * from another sheet, and the figures it moves are the portfolio's own). Its sections use the value-column keys the
 * portfolio shares with the block (low, base, high, shape, tie); the portfolio's sixth column stays blank there.
 *
 * The chain: API tokens × a tokens-per-request factor + people (stages × RunFteApi × LoadedCostPerFteMonth) + review
 * (hours × ReviewFactor × ReviewerCostPerHour) + the rest (vector databases, logs), each driver drawn between the
 * Assumptions sheet's Low and High. At every driver's Base it is PortfolioMonthlyCost with the Scenario switch on Base.
 */
const fromAssumptions = (name: string) => ({ low: `=${name}_Low`, base: `=${name}_Base`, high: `=${name}_High` });

const drivers: UncertainDriver[] = [
  { key: "tokF", label: sheetText("tokensPerRequestAsAFactor"), unit: sheetText("base2"), format: "decimal", low: 0.5, base: 1, high: 1.5, notes: sheetText("assumptionHalfToOneAndA2") },
  { key: "runFte", label: sheetText("runningEffortPerStageApi"), unit: "FTE", format: "decimal", ...fromAssumptions("RunFteApi"), notes: sheetText("lowBaseHighOfTheAssumptionsSheet", { name: "RunFteApi" }) },
  { key: "loadedCost", label: sheetText("loadedCostOfOneEngineer"), unit: sheetText("currencyPerFteMonth"), format: "moneyFx", ...fromAssumptions("LoadedCostPerFteMonth"), notes: sheetText("lowBaseHighOfTheAssumptionsSheet", { name: "LoadedCostPerFteMonth" }) },
  { key: "reviewF", label: sheetText("humanReviewLoadFactor"), unit: sheetText("sheetValue"), format: "decimal", ...fromAssumptions("ReviewFactor"), notes: sheetText("lowBaseHighOfTheAssumptionsSheet", { name: "ReviewFactor" }) },
  { key: "reviewerRate", label: sheetText("reviewerCost"), unit: sheetText("currencyPerHour"), format: "moneyFx", ...fromAssumptions("ReviewerCostPerHour"), notes: sheetText("lowBaseHighOfTheAssumptionsSheet", { name: "ReviewerCostPerHour" }) },
];

const REVIEW_HOURS = "SUMPRODUCT({acquisitionW:high}:{winbackW:high},{acquisitionW:extra}:{winbackW:extra},{acquisitionD:low}:{winbackD:low})/{minutesPerHour}";

const sheet = probabilitySheet({
  name: sheetText("martechLifecycle"),
  scope: sheetText("wholeCost"),
  namePrefix: "Portfolio",
  // the use-case sheets' N (chosen from measured accuracy in docs/forecasting.md), so the whole workbook's cost stays bounded
  scenarios: USE_CASE_SCENARIOS,
  drivers,
  fixed: [
    { key: "simTokens", label: sheetText("apiTokensOfThePortfolioMonth"), value: "={portfolio:high}", unit: sheetText("currencyPerMonth"), format: "moneyFx", notes: sheetText("portfoliomonthlytokencostAbove") },
    { key: "simTeams", label: sheetText("stagesEachWithItsRunningTeam"), value: `=${assumedMoney("{stages}")}`, unit: sheetText("stagesAtTheSheetRateOverAssumptions"), format: "decimal", notes: sheetText("peopleStagesFteLoadedCostAssumptions") },
    { key: "simReview", label: sheetText("reviewHoursAMonthOwnInputs"), value: `=${assumedMoney(REVIEW_HOURS)}`, unit: sheetText("hoursRate"), format: "decimal", notes: sheetText("requestsShareReviewedMinutes60Of") },
    { key: "simRest", label: sheetText("theRestVectorDatabasesLogsQuery"), value: "={portfolio:base}-{simTokens}-RunFteApi*LoadedCostPerFteMonth*{simTeams}-ReviewFactor*ReviewerCostPerHour*{simReview}", unit: sheetText("currencyPerMonth"), format: "moneyFx", notes: sheetText("portfoliomonthlycostLessTokensPeopleAndReview") },
    { key: "simOneOff", label: sheetText("oneOffCostOfThePortfolio"), value: "={portfolio:low}", unit: "{currency}", format: "moneyFx", notes: sheetText("portfoliooneoffcostAbove") },
    { key: "simMonths", label: sheetText("monthsOfMonth1CostIn2"), value: "=IF({portfolio:base}>0,({portfolio:shape}+{portfolio:tie}+{portfolio:extra}-{portfolio:low})/{portfolio:base},{months36})", unit: sheetText("months"), format: "decimal", notes: sheetText("years13LessTheOne") },
    { key: "months36", label: sheetText("monthsInThreeYears"), value: 36, unit: sheetText("months"), format: "integer", notes: sheetText("universalConstant"), constant: true },
  ],
  monthlyCost: linearCost([
    { unitCost: "simTokens", drivers: ["tokF"] },
    { unitCost: "simTeams", drivers: ["runFte", "loadedCost"] },
    { unitCost: "simReview", drivers: ["reviewF", "reviewerRate"] },
    { unitCost: "simRest", drivers: [] },
  ]),
  threeYearCost: { oneOff: "simOneOff", months: "simMonths" },
  budget: { value: "={portfolio:base}", basis: "Monthly", notes: sheetText("defaultPortfoliomonthlycostTheBaseEstimateSo") },
});

/** The simulation's sections (blank in the portfolio's sixth column) and its scenario projection. */
export const portfolioSimulation: { sections: SectionSpec[]; projection: NonNullable<typeof sheet.projection> } = {
  sections: sheet.sections.map((section) => (section.headers ? { ...section, headers: { ...section.headers, extra: "" } } : section)),
  projection: sheet.projection as NonNullable<typeof sheet.projection>,
};
