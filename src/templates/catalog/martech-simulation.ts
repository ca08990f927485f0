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
const ASSUMPTIONS = "Low / Base / High of the Assumptions sheet";

const drivers: UncertainDriver[] = [
  { key: "tokF", label: "Tokens per request, as a factor of Base", unit: "× base", format: "decimal", low: 0.5, base: 1, high: 1.5, notes: "Assumption: half to one and a half times the base length, as in the use-case sheets' ranges." },
  { key: "runFte", label: "Running effort per stage (API)", unit: "FTE", format: "decimal", ...fromAssumptions("RunFteApi"), notes: `RunFteApi: ${ASSUMPTIONS}.` },
  { key: "loadedCost", label: "Loaded cost of one engineer", unit: "USD per FTE-month", format: "money", ...fromAssumptions("LoadedCostPerFteMonth"), notes: `LoadedCostPerFteMonth: ${ASSUMPTIONS}.` },
  { key: "reviewF", label: "Human review load factor", unit: "× sheet value", format: "decimal", ...fromAssumptions("ReviewFactor"), notes: `ReviewFactor: ${ASSUMPTIONS}.` },
  { key: "reviewerRate", label: "Reviewer cost", unit: "USD per hour", format: "money", ...fromAssumptions("ReviewerCostPerHour"), notes: `ReviewerCostPerHour: ${ASSUMPTIONS}.` },
];

const REVIEW_HOURS = "SUMPRODUCT({acquisitionW:high}:{winbackW:high},{acquisitionW:extra}:{winbackW:extra},{acquisitionD:low}:{winbackD:low})/{minutesPerHour}";

const sheet = probabilitySheet({
  name: "MarTech lifecycle",
  scope: "whole cost",
  namePrefix: "Portfolio",
  // the use-case sheets' N (chosen from measured accuracy in docs/forecasting.md), so the whole workbook's cost stays bounded
  scenarios: USE_CASE_SCENARIOS,
  drivers,
  fixed: [
    { key: "simTokens", label: "API tokens of the portfolio (month 1)", value: "={portfolio:high}", unit: "{currency} per month", format: "moneyFx", notes: "PortfolioMonthlyTokenCost above" },
    { key: "simTeams", label: "Stages, each with its running team, in this currency", value: "={stages}*{FxRate}", unit: "{currency} per USD of FTE-month", format: "decimal", notes: "people = stages × FTE × loaded cost (USD) × the rate" },
    { key: "simReview", label: "Review hours a month (own inputs), in this currency", value: `=${REVIEW_HOURS}*{FxRate}`, unit: "hours × rate", format: "decimal", notes: "Σ requests × share reviewed × minutes ÷ 60 of the stages' own inputs" },
    { key: "simRest", label: "The rest: vector databases, logs, query embeddings", value: "={portfolio:base}-{simTokens}-RunFteApi*LoadedCostPerFteMonth*{simTeams}-ReviewFactor*ReviewerCostPerHour*{simReview}", unit: "{currency} per month", format: "moneyFx", notes: "PortfolioMonthlyCost less tokens, people and review at the selected scenario: held fixed" },
    { key: "simOneOff", label: "One-off cost of the portfolio", value: "={portfolio:low}", unit: "{currency}", format: "moneyFx", notes: "PortfolioOneOffCost above" },
    { key: "simMonths", label: "Months of month-1 cost in three years", value: "=IF({portfolio:base}>0,({portfolio:shape}+{portfolio:tie}+{portfolio:extra}-{portfolio:low})/{portfolio:base},{months36})", unit: "months", format: "decimal", notes: "years 1–3 less the one-off, ÷ month 1: price declines and wage inflation as the rows above apply them" },
    { key: "months36", label: "Months in three years", value: 36, unit: "months", format: "integer", notes: "Universal constant.", constant: true },
  ],
  monthlyCost: linearCost([
    { unitCost: "simTokens", drivers: ["tokF"] },
    { unitCost: "simTeams", drivers: ["runFte", "loadedCost"] },
    { unitCost: "simReview", drivers: ["reviewF", "reviewerRate"] },
    { unitCost: "simRest", drivers: [] },
  ]),
  threeYearCost: { oneOff: "simOneOff", months: "simMonths" },
  budget: { value: "={portfolio:base}", basis: "Monthly", notes: "Default: PortfolioMonthlyCost (the Base estimate), so the probability says how often the estimate is exceeded; type your budget." },
});

/** The simulation's sections (blank in the portfolio's sixth column) and its scenario projection. */
export const portfolioSimulation: { sections: SectionSpec[]; projection: NonNullable<typeof sheet.projection> } = {
  sections: sheet.sections.map((section) => (section.headers ? { ...section, headers: { ...section.headers, extra: "" } } : section)),
  projection: sheet.projection as NonNullable<typeof sheet.projection>,
};
