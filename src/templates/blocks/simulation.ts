import type { CellContent, RowSpec, SheetSpec } from "../types";
import { useCaseSheet } from "./sheet";
import type { UseCaseSpec } from "./spec";
import { forecastDriver } from "./drivers";
import { linearCost, probabilitySheet, type CostTerm, type FixedInput, type UncertainDriver } from "./probability";

/**
 * The probability block wired to a use-case sheet (issue 20): a simulation sheet inserted with the use-case sheet (the
 * template's second sheet), whose fixed rows LINK to the use-case sheet's named cells, so that the sheet's one cost
 * chain — its month-1 parts and its 36-month projection with growth, cap and the Assumptions price declines — is read,
 * never rebuilt. Per scenario the whole monthly cost is a linear combination of those parts times the drawn drivers:
 *
 *   tokens × volume × tokens-per-request × FX  +  vector database × FX  +  FTE × loaded cost × rate × FX
 *   +  review hours × volume × review factor × reviewer cost × rate × FX  +  logs and platform × volume × FX
 *
 * and the three-year cost the same with each part's 36-month total (so the price declines, growth and wage inflation of
 * the projection are in it). Drivers are factors of the sheet's Base where the sheet owns the value (volume, tokens,
 * FX) and the Assumptions sheet's Low/Base/High where it owns them (people, review), so changing the use-case sheet
 * moves only the two cost rows, not the draws. See docs/forecasting.md.
 */

/** The named cells of the use-case sheet the simulation reads (sheet-scoped names the use-case block defines). */
export interface SimulationLinks {
  /** The use-case sheet's name (English; links find it in every language and follow its copy). */
  sheet: string;
  /** Sheet name of the simulation (≤ 26 characters). */
  name: string;
  /** Name of the use-case sheet's month-1 requests (the volume the factors multiply), and what one request is. */
  volume: string;
  requestUnit: string;
  scenarios?: number;
  /** Histogram bins (default the block's 10; 0 leaves it out). */
  bins?: number;
}

/** Default scenarios: at 250 the percentiles are within 1.5% of 2,000 scenarios and the budget probability within 2 points (bench/forecast-accuracy.ts, docs/forecasting.md), at about half the recalculation of 500. */
export const USE_CASE_SCENARIOS = 250;

const SHEET_CURRENCY = "{currency} per month";
const ASSUMED = "Assumption";

/** A link to the use-case sheet's named cell (0 when the sheet is not there: the block then costs nothing, and says so). */
export const link = (sheet: string, name: string, found = "={link}", missing: number | string = 0): CellContent => ({ link: { sheet, name }, found, missing });

/** The FX range of the sheet's currency against USD: one-year P10–P90 of spot × exp(±1.28σ), σ by currency. */
const FX_SIGMA = {
  KRW: forecastDriver("fx-volatility-usd-krw"),
  EUR: forecastDriver("fx-volatility-eur-usd"),
};
const fxSigma = `=IF({Currency}="USD",0,IF({Currency}="KRW",${FX_SIGMA.KRW.base},IF({Currency}="EUR",${FX_SIGMA.EUR.base},${FX_SIGMA.KRW.high})))`;

/** Where the volatilities come from: the sourced ranges of src/data/forecast-drivers.json (their notes name the readings). */
const FX_NOTE = `0 for USD; KRW ${FX_SIGMA.KRW.base} and EUR ${FX_SIGMA.EUR.base}: one-month implied volatilities (${FX_SIGMA.KRW.source_date}, ${FX_SIGMA.EUR.source_date}; sources in docs/forecasting.md); other currencies ${FX_SIGMA.KRW.high}, an assumption. Replace with your treasury's figure.`;

/** The FX driver (key "fx", a factor of today's rate) and the two fixed rows it reads: shared by every simulation sheet. */
export const FX_DRIVER: UncertainDriver = { key: "fx", label: "USD → currency rate, × today's rate", unit: "× rate", format: "decimal", low: "=EXP(-{fxZ}*{fxSigma})", base: 1, high: "=EXP({fxZ}*{fxSigma})", notes: "Every cost is a USD price or wage converted at the sheet's rate, which moves by its volatility σ in a year (Low and High at exp(∓3σ), the PERT extremes). No range for a USD sheet." };
export const FX_FIXED: FixedInput[] = [
  { key: "fxSigma", label: "FX volatility of the sheet's currency against USD", value: fxSigma, unit: "per year", format: "percent", notes: FX_NOTE },
  { key: "fxZ", label: "Volatilities from the rate's Base to its Low and High", value: 3, unit: "σ", format: "decimal", notes: "PERT's standard deviation is (High − Low) ÷ 6: Low and High at spot × exp(∓3σ) give the draws the rate's one-year volatility σ.", constant: true },
];

function drivers(s: SimulationLinks): UncertainDriver[] {
  const range = (name: string) => ({ low: `=${name}_Low`, base: `=${name}_Base`, high: `=${name}_High` });
  return [
    { key: "vol", label: "Volume, × the sheet's month-1 volume", unit: "× base", format: "decimal", low: "={volLow}", base: 1, high: "={volHigh}", notes: "The use-case sheet's month-1 volume times this factor; Low and High are the two inputs below." },
    { key: "tok", label: "Tokens per request, × Base", unit: "× base", format: "decimal", low: link(s.sheet, "TokensFactor_Low", "={link}", 0.5), base: 1, high: link(s.sheet, "TokensFactor_High", "={link}", 1.5), notes: "The use-case sheet's range block (Tokens per request, as a factor of Base): one home for the range." },
    FX_DRIVER,
    { key: "fte", label: "Engineering and MLOps effort (API)", unit: "FTE", format: "decimal", ...range("RunFteApi"), notes: "RunFteApi on Assumptions (Low / Base / High).", tie: { to: "vol", correlation: 0.5, notes: "more traffic needs more monitoring and support (ρ 0.5 is an assumption; 0 makes them independent)." } },
    { key: "loaded", label: "Loaded cost of one engineer", unit: "USD per FTE-month", format: "money", ...range("LoadedCostPerFteMonth"), notes: "LoadedCostPerFteMonth on Assumptions (Low / Base / High)." },
    { key: "rf", label: "Human review load, × the sheet's share × minutes", unit: "× sheet value", format: "decimal", ...range("ReviewFactor"), notes: "ReviewFactor on Assumptions (Low / Base / High)." },
    { key: "rate", label: "Reviewer cost", unit: "USD per hour", format: "money", ...range("ReviewerCostPerHour"), notes: "ReviewerCostPerHour on Assumptions (Low / Base / High)." },
  ];
}

function fixed(s: SimulationLinks): FixedInput[] {
  const from = (key: string, label: string, name: string, unit: string, notes: string, found?: string): FixedInput => ({ key, label, value: link(s.sheet, name, found), unit, format: "moneyFx", notes: `Linked to the use-case sheet (${name}). ${notes}` });
  const calc = (key: string, label: string, value: string, unit: string, notes: string): FixedInput => ({ key, label, value, unit, format: "moneyFx", notes });
  return [
    { key: "volLow", label: "Volume, low-cost case", value: 0.7, unit: "× base", format: "decimal", notes: `${ASSUMED}: volume forecasts for a new service are rarely better than −30% / +50%.` },
    { key: "volHigh", label: "Volume, high-cost case", value: 1.5, unit: "× base", format: "decimal", notes: `${ASSUMED}, as above.` },
    ...FX_FIXED,
    from("tokens1", "API tokens, month 1", "MonthlyTokenCost_Catalog", SHEET_CURRENCY, "At the sheet's token shape and price date."),
    from("vec1", "Vector database, month 1", "VectorDbCost_Catalog", SHEET_CURRENCY, "Storage and queries, at least the plan minimum."),
    from("rate0", "The sheet's USD → currency rate", "FxRate", "{currency} per USD", "Turns USD wages into the sheet's currency."),
    { key: "req1", label: "Requests, month 1", value: link(s.sheet, s.volume), unit: "per month", format: "count", notes: "Linked to the use-case sheet's month-1 volume." },
    { key: "revShare", label: "Requests reviewed by a person", value: link(s.sheet, "ReviewShare"), unit: "share", format: "percent", notes: "Linked to the use-case sheet (ReviewShare)." },
    { key: "revMinutes", label: "Minutes per review", value: link(s.sheet, "ReviewMinutes"), unit: "minutes", format: "decimal", notes: "Linked to the use-case sheet (ReviewMinutes)." },
    from("perReq", "Review, logs and platform per request", "PerRequestCost_Catalog", "{currency} per request", "At the Scenario switch's review values."),
    from("revPer", "Human review per request", "ReviewCostPerRequest", "{currency} per request", "At the Scenario switch's review values."),
    from("oneOff", "One-off cost", "OneOffCost_Catalog", "{currency}", "Set-up, training, indexing: paid once, in the three-year cost."),
    from("tok36", "API tokens, 36 months", "ProjectionApiTokens", "{currency}", "The projection's token costs: growth, cap and ApiPriceDeclinePerYear in them.", "=SUM({link})"),
    from("vec36", "Vector database, 36 months", "ProjectionVectorDb", "{currency}", "The projection's vector database.", "=SUM({link})"),
    { key: "wage36", label: "Wage index, summed over 36 months", value: link(s.sheet, "ProjectionWageIndex", "=SUM({link})"), unit: "months at month-1 wages", format: "decimal", notes: "Linked to the use-case sheet's projection (WageInflation)." },
    from("rev36", "Review, logs and platform, 36 months", "ProjectionReview", "{currency}", "The projection's per-request costs: growth and wage inflation in them.", "=SUM({link})"),
    from("rev1", "Review, logs and platform, month 1", "ProjectionReview", SHEET_CURRENCY, "The projection's first month.", "=INDEX({link},1,1)"),
    calc("uTok", "Unit: API tokens at Base", "={tokens1}", SHEET_CURRENCY, "× volume × tokens × FX in each scenario."),
    calc("uPeople", "Unit: one FTE at 1 USD a month", "={rate0}", SHEET_CURRENCY, "× FTE × loaded cost × FX."),
    calc("uReview", "Unit: review hours at 1 USD an hour", "={req1}*{revShare}*{revMinutes}/60*{rate0}", SHEET_CURRENCY, "Month-1 volume × share × minutes ÷ 60, × volume × review factor × reviewer cost × FX."),
    calc("uOther", "Unit: logs and platform at Base", "={req1}*({perReq}-{revPer})", SHEET_CURRENCY, "× volume × FX."),
    { ...calc("multReview", "36-month multiple of review, logs and platform", "=IF({rev1}=0,0,{rev36}/{rev1})", "× month 1", "Growth and wage inflation of the projection, applied to the review and the logs parts alike (an approximation: logs do not follow wages)."), format: "decimal" },
    calc("uTok36", "Unit: API tokens over 36 months", "={tok36}", "{currency}", "The projection's 36 months at Base volume and tokens."),
    calc("uPeople36", "Unit: one FTE over 36 months", "={rate0}*{wage36}", "{currency}", "Rate × the summed wage index."),
    calc("uReview36", "Unit: review over 36 months", "={uReview}*{multReview}", "{currency}", "Month-1 unit × the 36-month multiple."),
    calc("uOther36", "Unit: logs and platform over 36 months", "={uOther}*{multReview}", "{currency}", "Month-1 unit × the 36-month multiple."),
  ];
}

/** The cost chain's terms, for one month or for 36 months (the unit costs differ, the drivers are the same). */
function terms(months: "1" | "36"): CostTerm[] {
  const unit = (key: string) => (months === "36" ? `${key}36` : key);
  return [
    { unitCost: unit("uTok"), drivers: ["vol", "tok", "fx"] },
    { unitCost: months === "36" ? "vec36" : "vec1", drivers: ["fx"] },
    { unitCost: unit("uPeople"), drivers: ["fte", "loaded", "fx"] },
    { unitCost: unit("uReview"), drivers: ["vol", "rf", "rate", "fx"] },
    { unitCost: unit("uOther"), drivers: ["vol", "fx"] },
  ];
}

/** Checks that tie the simulation to the use-case sheet: its all-Base chain is the sheet's own cost (Scenario on Base). */
function tieChecks(s: SimulationLinks): RowSpec[] {
  const same = (mine: string, theirs: string) => `=IFERROR(OR(ScenarioIndex<>2,ROUND(${mine}-${theirs},2)=0),FALSE())`;
  return [
    { label: "All-Base monthly cost equals the sheet's monthly cost", values: { low: { link: { sheet: s.sheet, name: "MonthlyCost_Catalog" }, found: same("{baseCase}", "{link}"), missing: "=TRUE()" } }, notes: "The simulation reads the sheet's chain (checked when the Scenario switch is on Base)." },
    { label: "All-Base three-year cost equals the sheet's", values: { low: { link: { sheet: s.sheet, name: "ThreeYearCost_Catalog" }, found: same("{baseCase3}", "{link}"), missing: "=TRUE()" } }, notes: "The 36-month parts add up to the sheet's three-year cost." },
  ];
}

/** The simulation sheet of a use-case sheet: API side (MonthlyCost_Catalog's scope), whole cost. */
export function useCaseSimulation(s: SimulationLinks): SheetSpec {
  const sheet = probabilitySheet({
    name: s.name,
    scope: "whole cost, API",
    drivers: drivers(s),
    fixed: fixed(s),
    monthlyCost: linearCost(terms("1")),
    threeYearCost: `={oneOff}*{fx}${linearCost(terms("36")).replace(/^=/, "+")}`,
    budget: { value: "=ROUND({baseCase3}*(1+Contingency),0)", basis: "Three years", notes: "Default: the all-Base three-year cost plus the Contingency on Assumptions; type your budget over it." },
    scenarios: s.scenarios ?? USE_CASE_SCENARIOS,
    ...(s.bins !== undefined ? { bins: s.bins } : {}),
  });
  const checks = sheet.sections.find((section) => section.kind === "checks");
  if (checks) checks.rows.push(...tieChecks(s));
  return sheet;
}

/** A use-case template's sheets: the use-case sheet, then its simulation (inserted together; the links follow the copy). */
export function useCaseSheets(s: UseCaseSpec, simulation: { name: string; volume: string }): SheetSpec[] {
  return [useCaseSheet(s), useCaseSimulation({ sheet: s.name, requestUnit: s.requestUnit, ...simulation })];
}
