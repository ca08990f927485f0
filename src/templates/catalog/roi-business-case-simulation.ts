import { sheetText } from "../../i18n/sheet-text";
import type { RowSpec, SheetSpec } from "../types";
import { linearCost, probabilitySheet, type CostTerm, type FixedInput, type UncertainDriver } from "../blocks/probability";
import { assumptionFactor, FX_DRIVER, FX_FIXED, link, USE_CASE_SCENARIOS, VOLUME_DRIVER, VOLUME_FIXED } from "../blocks/simulation";
import { agrees } from "../blocks/agree";
import { check } from "../blocks/formulas";

/**
 * The probability block of "ROI business case" (issue 20): a second sheet, linked to the business case's named Base
 * figures, that draws its cost (the sheet's scope: the running cost at full adoption and the three-year cost, each with
 * contingency). Per scenario:
 *
 *   contingency × FX × (loaded-cost factor × cost not following adoption  +  volume × model cost)
 *
 * and the three-year cost the same with each part's 36-month total (the wage index's sum, and the sum of adoption × the
 * API price index: the ramp, WageInflation and ApiPriceDeclinePerYear are read, never rebuilt) plus the one-off ×
 * contingency × FX. The benefit is drawn too, over the business case's own Low / Base / High annual benefit (its benefit
 * inputs' range, in the sheet's currency: no FX), times the years at full benefit that its adoption ramp gives over the
 * 36 months; net benefit = benefit − three-year cost per scenario, and ROI = net ÷ cost, as LLMCOST.ROI on the sheet.
 * A negative ROI over the 36 months is the cumulative cash flow ending below 0: the set-up not paid back by month 36.
 */

export const ROI_SIMULATION_SHEET = sheetText("roiBusinessCaseRisk");
const SHEET = sheetText("roiBusinessCase");
const PER_MONTH = sheetText("currencyPerMonth");

const drivers: UncertainDriver[] = [
  { ...VOLUME_DRIVER, label: sheetText("roiRiskVolume"), notes: sheetText("roiRiskVolumeNotes") },
  { key: "loaded", label: sheetText("roiRiskFixedFactor"), unit: sheetText("sheetValue"), format: "decimal", ...assumptionFactor("LoadedCostPerFteMonth"), notes: sheetText("roiRiskFixedFactorNotes") },
  { key: "cont", label: sheetText("roiRiskContingency"), unit: sheetText("costMultiple"), format: "decimal", low: "=1+Contingency_Low", base: "=1+Contingency", high: "=1+Contingency_High", notes: sheetText("roiRiskContingencyNotes") },
  FX_DRIVER,
  {
    key: "ben",
    label: sheetText("annualBenefitAtFullAdoption"),
    unit: sheetText("currencyPerYear"),
    format: "moneyFx",
    low: link(SHEET, "AnnualBenefit_Low"),
    base: link(SHEET, "AnnualBenefit_Base"),
    high: link(SHEET, "AnnualBenefit_High"),
    notes: sheetText("roiRiskBenefitNotes"),
  },
];

/** One scenario's net benefit over the three years (a 1 × N row), and its ROI. */
const NET = "({ben:all}*{benYears}-{scThreeYear:all})";
const ROI_EACH = `(${NET}/{scThreeYear:all})`;
const NO_COST = `"${sheetText("nANoCost")}"`;
const NOT_NUMBERS = `"${sheetText("nASeeTheChecks")}"`;

/** Net benefit and ROI percentiles, the chance of a negative ROI, and the all-Base figures they are compared with. */
function benefitOutputs(): RowSpec[] {
  const pct = (each: string, ifError: string) => `=IF({scNumbers},IFERROR(PERCENTILE(${each},{pct}),${ifError}),${NOT_NUMBERS})`;
  const netPct = pct(NET, NOT_NUMBERS);
  const roiPct = pct(ROI_EACH, NO_COST);
  return [
    { key: "pNet", label: sheetText("roiRiskNetBenefit"), values: { low: netPct, base: netPct, high: netPct }, names: { low: "NetBenefit_P10", base: "NetBenefit_P50", high: "NetBenefit_P90" }, format: "moneyFx", unit: "{currency}", notes: sheetText("roiRiskNetBenefitNotes") },
    { key: "pRoi", label: sheetText("roiRiskRoi"), values: { low: roiPct, base: roiPct, high: roiPct }, names: { low: "ReturnOnInvestment_P10", base: "ReturnOnInvestment_P50", high: "ReturnOnInvestment_P90" }, format: "percent", unit: sheetText("ratio"), notes: sheetText("roiRiskRoiNotes") },
    { key: "pLoss", label: sheetText("roiRiskProbabilityNegative"), values: { low: `=IF({scNumbers},SUMPRODUCT(--(${NET}<0))/{scenarios},${NOT_NUMBERS})` }, names: { low: "ProbabilityNegativeRoi" }, format: "percent", unit: sheetText("shareOfScenarios"), notes: sheetText("roiRiskProbabilityNegativeNotes") },
    { key: "baseNet", label: sheetText("roiRiskNetBenefitAtBase"), values: { low: "={ben_in:base}*{benYears}-{baseCase3}" }, format: "moneyFx", unit: "{currency}", notes: sheetText("roiRiskNetBenefitAtBaseNotes") },
    { key: "baseRoi", label: sheetText("roiRiskRoiAtBase"), values: { low: `=IFERROR({baseNet}/{baseCase3},${NO_COST})` }, format: "percent", unit: sheetText("ratio"), notes: sheetText("roiRiskRoiAtBaseNotes") },
  ];
}

function fixed(): FixedInput[] {
  const from = (key: string, label: string, name: string, unit: string, notes: string): FixedInput => ({ key, label, value: link(SHEET, name), unit, format: "moneyFx", notes });
  const calc = (key: string, label: string, value: string, notes: string): FixedInput => ({ key, label, value, unit: "{currency}", format: "moneyFx", notes });
  return [
    ...VOLUME_FIXED,
    ...FX_FIXED,
    from("fixed1", sheetText("roiRiskFixedMonth"), "FixedCostPerMonth_Base", PER_MONTH, sheetText("roiRiskFixedMonthNotes")),
    from("tokens1", sheetText("modelCostPerMonthAtFull"), "TokenCostPerMonth_Base", PER_MONTH, sheetText("roiRiskTokensMonthNotes")),
    from("oneOff", sheetText("oneOffCost"), "OneOffCost_Base", "{currency}", sheetText("roiRiskOneOffNotes")),
    { ...from("wage36", sheetText("wageIndexSummedOver36Months"), "WageIndex_Sum", sheetText("monthsAtMonth1Wages"), sheetText("roiRiskWageSumNotes")), format: "decimal" },
    { ...from("adopt36", sheetText("roiAdoptedApiIndexSum"), "AdoptedApiIndex_Sum", sheetText("roiMonthsAtFullAdoption"), sheetText("roiRiskAdoptedSumNotes")), format: "decimal" },
    { ...from("benYears", sheetText("roiFullBenefitYears"), "FullBenefitYears", sheetText("roiYearsAtFullBenefit"), sheetText("roiRiskBenefitYearsNotes")), format: "decimal" },
    calc("uFixed36", sheetText("roiRiskUnitFixed36"), "={fixed1}*{wage36}", sheetText("roiRiskUnitFixed36Notes")),
    calc("uTok36", sheetText("roiRiskUnitTokens36"), "={tokens1}*{adopt36}", sheetText("roiRiskUnitTokens36Notes")),
  ];
}

/** The cost chain's terms, for one month (at full adoption) or for 36 months (the unit costs differ, the drivers are the same). */
function terms(months: "1" | "36"): CostTerm[] {
  const long = months === "36";
  return [
    { unitCost: long ? "uFixed36" : "fixed1", drivers: ["loaded", "cont", "fx"] },
    { unitCost: long ? "uTok36" : "tokens1", drivers: ["vol", "cont", "fx"] },
  ];
}

/** Checks that tie the simulation to the business case: its all-Base chain is the sheet's own Base cost. */
function tieChecks(): RowSpec[] {
  const same = (mine: string, scale = "{link}") => check(agrees(mine, "{link}", scale));
  return [
    { label: sheetText("roiRiskMonthlyTie"), values: { low: { link: { sheet: SHEET, name: "MonthlyCost_Base" }, found: same("{baseCase}"), missing: "=TRUE()" } }, notes: sheetText("roiRiskMonthlyTieNotes") },
    { label: sheetText("roiRiskThreeYearTie"), values: { low: { link: { sheet: SHEET, name: "ThreeYearCost_Base" }, found: same("{baseCase3}"), missing: "=TRUE()" } }, notes: sheetText("the36MonthPartsAddUp") },
    { label: sheetText("roiRiskBenefitTie"), values: { low: { link: { sheet: SHEET, name: "ThreeYearBenefit_Base" }, found: same("{baseNet}+{baseCase3}", "{baseCase3}+{link}"), missing: "=TRUE()" } }, notes: sheetText("roiRiskBenefitTieNotes") },
    { label: sheetText("roiRiskNetOrdered"), values: { low: "=IFERROR(AND({pNet:low}<={pNet:base},{pNet:base}<={pNet:high}),FALSE())" }, notes: sheetText("percentilesInOrder") },
  ];
}

/** The risk sheet of "ROI business case". */
export function roiBusinessCaseSimulation(scenarios = USE_CASE_SCENARIOS, bins?: number): SheetSpec {
  return probabilitySheet({
    name: ROI_SIMULATION_SHEET,
    scope: sheetText("wholeCost"),
    drivers,
    fixed: fixed(),
    monthlyCost: linearCost(terms("1")),
    threeYearCost: linearCost([{ unitCost: "oneOff", drivers: ["cont", "fx"] }, ...terms("36")]),
    budget: { value: "=ROUND({baseCase3},0)", basis: "Three years", notes: sheetText("roiRiskBudgetNotes") },
    moreChecks: tieChecks(),
    scenarios,
    moreOutputs: benefitOutputs(),
    ...(bins !== undefined ? { bins } : {}),
  });
}
