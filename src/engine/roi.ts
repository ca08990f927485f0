import { divideByZero, impossibleNumber } from "./errors";
import { finite, nonNegative } from "./validate";

/** The guide's ROI: (gross benefit − cost) / cost, as a fraction (1 = 100%); `benefit` is before subtracting cost. */
export function returnOnInvestment(benefit: number, cost: number): number {
  finite(benefit, "benefit");
  finite(cost, "cost");
  if (cost === 0) throw divideByZero("errors.roiCostZero");
  if (cost < 0) throw impossibleNumber("errors.cannotBeNegative", { name: "cost", value: cost });
  return (benefit - cost) / cost;
}

/** Months until the upfront cost is recovered by the monthly net benefit. */
export function paybackMonths(upfrontCost: number, monthlyBenefit: number, monthlyCost: number): number {
  const upfront = nonNegative(upfrontCost, "upfront_cost");
  finite(monthlyBenefit, "monthly_benefit");
  finite(monthlyCost, "monthly_cost");
  const monthlyNet = monthlyBenefit - monthlyCost;
  if (monthlyNet <= 0) {
    throw impossibleNumber("errors.neverPaysBack");
  }
  const months = upfront / monthlyNet;
  if (!Number.isFinite(months)) throw impossibleNumber("errors.paybackTooLong");
  return months;
}
