import type { RenderedTemplate } from "../../src/templates";
import { isError, type SheetModel } from "./sheet-engine";

/** What every risk (simulation) sheet names, read the same way by the use-case, API and portfolio tests. */
export const RISK_OUTPUTS = ["MonthlyCost_P10", "MonthlyCost_P50", "MonthlyCost_P90", "ThreeYearCost_P10", "ThreeYearCost_P50", "ThreeYearCost_P90", "ProbabilityOverBudget"];

/** A sheet-scoped name's value, which must be a number. */
export function riskNumber(model: SheetModel, name: string, sheet: string): number {
  const value = model.name(name, sheet);
  if (typeof value !== "number") throw new Error(`${name} on ${sheet} is ${JSON.stringify(value)}`);
  return value;
}

export const percentiles = (model: SheetModel, sim: string) => Object.fromEntries(RISK_OUTPUTS.map((name) => [name, riskNumber(model, name, sim)]));

/** Sets a workbook-scoped input name (an Assumptions driver) to a value. */
export function setWorkbookName(model: SheetModel, wb: RenderedTemplate, name: string, to: number): void {
  const n = wb.names.find((x) => x.workbook && x.name === name)!;
  model.set(n.address.replace(/\$/g, ""), to, n.sheet);
}

/** A risk sheet that computes: P10 < P50 < P90 (monthly and three-year), a probability strictly inside 0–1, master check OK, no error cell. */
export function expectOrderedRiskSheet(model: SheetModel, sim: string): Record<string, number> {
  const p = percentiles(model, sim);
  expect(p.MonthlyCost_P10).toBeGreaterThan(0);
  expect(p.MonthlyCost_P10).toBeLessThan(p.MonthlyCost_P50);
  expect(p.MonthlyCost_P50).toBeLessThan(p.MonthlyCost_P90);
  expect(p.ThreeYearCost_P10).toBeLessThan(p.ThreeYearCost_P50);
  expect(p.ThreeYearCost_P50).toBeLessThan(p.ThreeYearCost_P90);
  expect(p.ProbabilityOverBudget).toBeGreaterThan(0);
  expect(p.ProbabilityOverBudget).toBeLessThan(1);
  expect(model.name("MasterCheckCode", sim)).toBe(0); // the word is the sheet's (OK, 정상)
  expect(model.allValues().filter((c) => c.sheet === sim && isError(c.value))).toEqual([]);
  return p;
}
