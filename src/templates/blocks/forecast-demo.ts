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
const ASSUMED = "Assumption for the demonstration; replace with your own.";
const drift = forecastDriver("tokenizer-drift-claude-opus-4-7");
const { low, base, high } = SIM_COLUMNS;

/** The demo's simulation (exported so that tests can vary it). */
export const demoSimulation: ProbabilitySpec = {
  name: "Forecast demo",
  scope: "whole cost",
  drivers: [
    { key: "volume", label: "Requests per month", unit: "requests per month", format: "count", low: 80_000, base: 100_000, high: 120_000, notes: `${ASSUMED} ±20% around the plan.` },
    { key: "tokens", label: "Tokens per request (input + output)", unit: "tokens per request", format: "tokens", low: 1_600, base: 2_000, high: 2_400, notes: `${ASSUMED} ±20%, before tokenizer drift.` },
    { key: "drift", label: "Tokenizer drift (tokens for the same text)", unit: "× tokens", format: "decimal", low: drift.low, base: drift.base, high: drift.high, notes: driverNote(drift) },
    {
      key: "fte",
      label: "People running it",
      unit: "FTE",
      format: "decimal",
      low: 0.4,
      base: 0.5,
      high: 0.6,
      notes: `${ASSUMED} ±0.1 FTE.`,
      tie: { to: "volume", correlation: 0.7, notes: "more requests need more people to review and support them (ρ 0.7 is an assumption)." },
    },
  ],
  fixed: [
    { key: "inShare", label: "Input share of the tokens", value: 0.7, unit: "share", format: "percent", notes: ASSUMED },
    { key: "priceIn", label: "Input price per 1M tokens (gpt-4.1-mini)", value: { catalogPrice: "gpt-4.1-mini", priceType: "input" }, unit: "USD per 1M tokens", format: "usdPerMtok", notes: "Catalog list price on the price date (written as a value at insertion)." },
    { key: "priceOut", label: "Output price per 1M tokens (gpt-4.1-mini)", value: { catalogPrice: "gpt-4.1-mini", priceType: "output" }, unit: "USD per 1M tokens", format: "usdPerMtok", notes: "Catalog list price on the price date (written as a value at insertion)." },
    { key: "costPerFte", label: "Loaded cost per FTE-month", value: 15_000, unit: "USD per FTE-month", format: "money", notes: `${ASSUMED} The Assumptions sheet's LoadedCostPerFteMonth replaces it once that sheet exists.` },
    { key: "oneOff", label: "Set-up and integration (one-off)", value: 20_000, unit: "USD", format: "money", notes: ASSUMED },
    { key: "fineTune", label: "Fine-tuning (one-off)", value: 6_000, unit: "USD", format: "money", notes: ASSUMED },
    { key: "dataPrep", label: "Data preparation (one-off)", value: 4_000, unit: "USD", format: "money", notes: ASSUMED },
    { key: "training", label: "Staff training (one-off)", value: 3_000, unit: "USD", format: "money", notes: ASSUMED },
    { key: "budgetUsd", label: "Three-year budget", value: 300_000, unit: "USD", format: "money", notes: ASSUMED },
    { key: "tokenCost", label: "Cost per token (sheet currency)", value: "=({inShare}*{priceIn}+(1-{inShare})*{priceOut})/{perMillion}*{FxRate}", unit: "{currency} per token", format: "moneyFx", notes: "Blended list price of one token at the input share above, in the sheet's currency." },
    { key: "fteCost", label: "Cost per FTE-month (sheet currency)", value: "={costPerFte}*{FxRate}", unit: "{currency} per FTE-month", format: "moneyFx", notes: "The loaded cost above in the sheet's currency." },
    { key: "oneOffTotal", label: "One-off costs (sheet currency)", value: "=({oneOff}+{fineTune}+{dataPrep}+{training})*{FxRate}", unit: "{currency}", format: "moneyFx", notes: "Set-up, fine-tuning, data preparation and training above." },
    { key: "perMillion", label: "Tokens per million", value: 1_000_000, unit: "tokens", format: "count", notes: "Prices are per 1M tokens.", constant: true },
    { key: "monthsPerYear", label: "Months per year", value: 12, unit: "months", format: "integer", notes: "Universal constant.", constant: true },
    { key: "months", label: "Months in three years", value: 36, unit: "months", format: "integer", notes: "Universal constant.", constant: true },
  ],
  monthlyCost: linearCost([
    { unitCost: "tokenCost", drivers: ["volume", "tokens", "drift"] },
    { unitCost: "fteCost", drivers: ["fte"] },
  ]),
  threeYearCost: { oneOff: "oneOffTotal", months: "months" },
  budget: { value: "={budgetUsd}*{FxRate}", basis: "Three years", notes: "The three-year budget above, in the sheet's currency." },
};
const sheet = probabilitySheet(demoSimulation);

const oneOff = (key: string) => `={${key}}*{FxRate}`;
const running = "={baseCase}*{monthsPerYear}";
const accounting = accountingSections({
  years: [low, base, high],
  lines: [
    { key: "setup", label: "Set-up and integration", kind: "development", cash: [oneOff("oneOff"), 0, 0], notes: "The one-off above, spent in year 1." },
    { key: "finetune", label: "Fine-tuning", kind: "fineTuning", cash: [oneOff("fineTune"), 0, 0], notes: "The one-off above, spent in year 1." },
    { key: "data", label: "Data preparation", kind: "dataPreparation", cash: [oneOff("dataPrep"), 0, 0], notes: "The one-off above, spent in year 1." },
    { key: "training", label: "Staff training", kind: "staffTraining", cash: [oneOff("training"), 0, 0], notes: "The one-off above, spent in year 1." },
    { key: "running", label: "Running cost (tokens and people, Base)", kind: "running", cash: [running, running, running], notes: "Monthly cost with every driver at Base × 12." },
  ],
});

export const forecastDemo: TemplateSpec = {
  id: "forecast-demo",
  title: "Forecast demo: probability and accounting view",
  description: "P10 / P50 / P90 of a small cost chain from 1,000 deterministic scenarios, and its P&L beside cash",
  group: "planning",
  source: "LLMCOST probability block and accounting view (docs/forecasting.md, docs/accounting.md) on a demonstration chain",
  choices: [],
  sheets: [
    {
      ...sheet,
      sections: [
        ...sheet.sections,
        ...accounting,
        {
          title: "Demo checks",
          kind: "checks",
          rows: [{ label: "Accounting cash over 3 years = three-year cost at Base", values: { [low]: `=IFERROR(ABS({accCash:${low}}+{accCash:${base}}+{accCash:${high}}-{baseCase3})<=0.000001*{baseCase3},FALSE())` }, notes: "The accounting view's cash and the simulation's chain are the same costs." }],
        },
      ],
    },
  ],
};
