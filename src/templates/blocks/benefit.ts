import { sheetText } from "../../i18n/sheet-text";
import type { CellContent, RowSpec, SectionSpec } from "../types";
import { API_COLUMN, SELF_COLUMN } from "./spec";

/**
 * A benefit and its payback on a use-case sheet (issue 22: acquisition and win-back): uncertain benefit drivers in
 * Low | Base | High columns (the sheet's three value columns), the selected value following the workbook's Scenario
 * switch, then the monthly benefit, the net of the whole monthly cost and the payback of the one-off in both options.
 * Low is the pessimistic case of a benefit driver (fewer customers, less margin), as on the business case.
 */

export interface BenefitDriver {
  key: string;
  label: string;
  /** Low, Base and High; for money ("moneyFx") in USD, written in the sheet's currency at the insertion rate. */
  low: number;
  base: number;
  high: number;
  format: RowSpec["format"];
  unit: string;
  notes: string;
}

/** A driver's default as typed: money ("moneyFx", given in USD) in the sheet's currency at the insertion rate. */
const typed = (d: BenefitDriver, value: number): CellContent => (d.format === "moneyFx" ? { usd: value } : value);

/** The driver rows: Low | Base | High inputs, and one selected row each (kind calc) read by the benefit formula. */
export function benefitInputs(first: string, drivers: BenefitDriver[]): SectionSpec[] {
  const ranged: SectionSpec = {
    title: sheetText("inputsBenefitLowBaseHighThe"),
    kind: "inputs",
    headers: { label: sheetText("benefitDriver"), [first]: sheetText("low"), [API_COLUMN]: sheetText("base"), [SELF_COLUMN]: sheetText("high") },
    rows: drivers.map((d) => ({ key: `${d.key}Range`, label: d.label, values: { [first]: typed(d, d.low), [API_COLUMN]: typed(d, d.base), [SELF_COLUMN]: typed(d, d.high) }, format: d.format, unit: d.unit, notes: d.notes })),
  };
  const selected: SectionSpec = {
    title: sheetText("benefitDriversInUseSelectedScenario"),
    kind: "calculations",
    rows: drivers.map((d) => ({ key: d.key, label: d.label, values: { [first]: `=CHOOSE(ScenarioIndex,{${d.key}Range:${first}},{${d.key}Range:${API_COLUMN}},{${d.key}Range:${SELF_COLUMN}})` }, format: d.format, unit: d.unit, notes: sheetText("lowBaseOrHighAboveAs") })),
  };
  return [ranged, selected];
}

/**
 * Benefit outputs: the monthly benefit (a formula in the sheet's currency, first column), then per option the net of the
 * whole monthly cost and the months until the one-off is paid back ("never" when the net is not positive; "n/a" unless
 * every figure is a number). Names: MonthlyBenefit, NetMonthlyBenefit_Catalog/_SelfHost, PaybackMonths/_SelfHost.
 */
export function benefitOutputs(first: string, benefit: string, benefitNotes: string): SectionSpec {
  const net = `=IF(COUNT({benefit:${first}},{monthly})<2,"${sheetText("notApplicable")}",{benefit:${first}}-{monthly})`;
  const payback = `=IF(COUNT({oneOff},{netBenefit})<2,"${sheetText("notApplicable")}",IF({netBenefit}>0,{oneOff}/{netBenefit},"${sheetText("never")}"))`;
  return {
    title: sheetText("outputsBenefitAndPaybackWholeCost"),
    kind: "outputs",
    rows: [
      { key: "benefit", label: sheetText("monthlyBenefitMonth1"), values: { [first]: benefit }, names: { [first]: "MonthlyBenefit" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: benefitNotes },
      { key: "netBenefit", label: sheetText("monthlyBenefitWholeMonthlyCost"), values: { [API_COLUMN]: net, [SELF_COLUMN]: net }, names: { [API_COLUMN]: "NetMonthlyBenefit_Catalog", [SELF_COLUMN]: "NetMonthlyBenefit_SelfHost" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("nAUnlessBothAreNumbers") },
      { key: "payback", label: sheetText("paybackOfTheOneOffCost"), values: { [API_COLUMN]: payback, [SELF_COLUMN]: payback }, names: { [API_COLUMN]: "PaybackMonths", [SELF_COLUMN]: "PaybackMonths_SelfHost" }, format: "months", unit: sheetText("months"), notes: sheetText("oneOffMonthlyBenefitWholeMonthly") },
    ],
  };
}
