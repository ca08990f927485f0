import { paybackMonths, returnOnInvestment } from "../engine";
import { excelNumber } from "./excel-errors";
import { requiredNumber } from "./arguments";

/**
 * Return on investment: (benefit − cost) / cost, as a fraction (1 = 100%).
 * @customfunction ROI
 * @helpurl https://localhost:3000/help.html#ROI
 * @param benefit Gross benefit over the period (revenue gained plus costs saved thanks to the LLM), before its cost: the function subtracts cost itself.
 * @param cost Total cost of the LLM implementation over the same period (set-up plus running).
 * @returns A fraction; format the cell as a percentage.
 */
export function roi(benefit: number, cost: number): number {
  return excelNumber(() => returnOnInvestment(requiredNumber(benefit, "benefit"), requiredNumber(cost, "cost")));
}

/**
 * Months until an upfront cost is recovered by the monthly benefit net of the monthly cost (0 when there is nothing to recover).
 * @customfunction PAYBACK
 * @helpurl https://localhost:3000/help.html#PAYBACK
 * @param upfront_cost One-time cost (set-up, fine-tuning, integration).
 * @param monthly_benefit Benefit per month.
 * @param monthly_cost Running cost per month.
 * @returns Months.
 */
export function payback(upfront_cost: number, monthly_benefit: number, monthly_cost: number): number {
  return excelNumber(() =>
    paybackMonths(requiredNumber(upfront_cost, "upfront_cost"), requiredNumber(monthly_benefit, "monthly_benefit"), requiredNumber(monthly_cost, "monthly_cost")),
  );
}
