import { sheetText } from "../../i18n/sheet-text";
import type { RowSpec, SheetSpec } from "../types";
import { linearCost, probabilitySheet, type CostTerm, type FixedInput, type UncertainDriver } from "../blocks/probability";
import { assumptionFactor, FX_DRIVER, FX_FIXED, link, USE_CASE_SCENARIOS, VOLUME_DRIVER, VOLUME_FIXED } from "../blocks/simulation";

/**
 * The probability block of "ROI business case" (issue 20): a second sheet, linked to the business case's named Base
 * figures, that draws its cost (the sheet's scope: the running cost at full adoption and the three-year cost, each with
 * contingency). Per scenario:
 *
 *   contingency × FX × (loaded-cost factor × cost not following adoption  +  volume × model cost)
 *
 * and the three-year cost the same with each part's 36-month total (the wage index's sum, and the sum of adoption × the
 * API price index: the ramp, WageInflation and ApiPriceDeclinePerYear are read, never rebuilt) plus the one-off ×
 * contingency × FX. The benefit is not drawn: the sheet's Low / Base / High columns carry its range.
 */

export const ROI_SIMULATION_SHEET = sheetText("roiBusinessCaseRisk");
const SHEET = sheetText("roiBusinessCase");
const PER_MONTH = sheetText("currencyPerMonth");

const drivers: UncertainDriver[] = [
  { ...VOLUME_DRIVER, label: sheetText("roiRiskVolume"), notes: sheetText("roiRiskVolumeNotes") },
  { key: "loaded", label: sheetText("roiRiskFixedFactor"), unit: sheetText("sheetValue"), format: "decimal", ...assumptionFactor("LoadedCostPerFteMonth"), notes: sheetText("roiRiskFixedFactorNotes") },
  { key: "cont", label: sheetText("roiRiskContingency"), unit: sheetText("costMultiple"), format: "decimal", low: "=1+Contingency_Low", base: "=1+Contingency", high: "=1+Contingency_High", notes: sheetText("roiRiskContingencyNotes") },
  FX_DRIVER,
];

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
  const same = (mine: string) => `=IFERROR(ROUND(${mine}-{link},2)=0,FALSE())`;
  return [
    { label: sheetText("roiRiskMonthlyTie"), values: { low: { link: { sheet: SHEET, name: "MonthlyCost_Base" }, found: same("{baseCase}"), missing: "=TRUE()" } }, notes: sheetText("roiRiskMonthlyTieNotes") },
    { label: sheetText("roiRiskThreeYearTie"), values: { low: { link: { sheet: SHEET, name: "ThreeYearCost_Base" }, found: same("{baseCase3}"), missing: "=TRUE()" } }, notes: sheetText("the36MonthPartsAddUp") },
  ];
}

/** The risk sheet of "ROI business case". */
export function roiBusinessCaseSimulation(scenarios = USE_CASE_SCENARIOS, bins?: number): SheetSpec {
  const sheet = probabilitySheet({
    name: ROI_SIMULATION_SHEET,
    scope: sheetText("wholeCost"),
    drivers,
    fixed: fixed(),
    monthlyCost: linearCost(terms("1")),
    threeYearCost: linearCost([{ unitCost: "oneOff", drivers: ["cont", "fx"] }, ...terms("36")]),
    budget: { value: "=ROUND({baseCase3},0)", basis: "Three years", notes: sheetText("roiRiskBudgetNotes") },
    scenarios,
    ...(bins !== undefined ? { bins } : {}),
  });
  const checks = sheet.sections.find((section) => section.kind === "checks");
  if (checks) checks.rows.push(...tieChecks());
  return sheet;
}
