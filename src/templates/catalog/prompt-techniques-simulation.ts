import { sheetText } from "../../i18n/sheet-text";
import type { RowSpec, SheetSpec } from "../types";
import { linearCost, probabilitySheet, type CostTerm, type FixedInput, type UncertainDriver } from "../blocks/probability";
import { FX_DRIVER, FX_FIXED, link, USE_CASE_SCENARIOS, VOLUME_DRIVER, VOLUME_FIXED } from "../blocks/simulation";
import { agrees } from "../blocks/agree";
import { check } from "../blocks/formulas";

/**
 * The probability block of "Prompt techniques" (issue 20): a second sheet, linked to the budgeted technique's named
 * figures on the techniques sheet (the cheapest by default), that draws its cost. Per scenario:
 *
 *   volume × tokens per request × FX × token cost  +  FX × fixed cost
 *
 * where the token cost is what scales with requests (inference, and for retrieval the query embeddings) and the fixed
 * cost the rest (amortised training and corpus embedding, the vector store). The three-year cost is the one-offs (paid
 * once) and the fixed running cost over 36 months, × FX, plus the token cost × the API price index summed over the 36
 * months (ApiPriceDeclinePerYear and the model refresh on Assumptions, as on every projection) × volume × tokens × FX.
 * The techniques sheet is the home of every figure; this sheet owns only the volume and token ranges it draws.
 */

export const PROMPT_SIMULATION_SHEET = sheetText("promptTechniquesRisk");
const SHEET = sheetText("promptTechniques");
const PER_MONTH = sheetText("currencyPerMonth");
const ASSUMED = sheetText("assumption");

const drivers: UncertainDriver[] = [
  { ...VOLUME_DRIVER, notes: sheetText("promptRiskVolumeNotes") },
  { key: "tok", label: sheetText("tokensPerRequestBase"), unit: sheetText("base2"), format: "decimal", low: "={tokLow}", base: 1, high: "={tokHigh}", notes: sheetText("promptRiskTokensNotes") },
  FX_DRIVER,
];

function fixed(): FixedInput[] {
  const from = (key: string, label: string, name: string, unit: string): FixedInput => ({ key, label, value: link(SHEET, name), unit, format: "moneyFx", notes: sheetText("promptRiskLinked", { name }) });
  return [
    ...VOLUME_FIXED,
    { key: "tokLow", label: sheetText("promptRiskTokensLow"), value: 0.5, unit: sheetText("base2"), format: "decimal", notes: sheetText("promptRiskTokensRangeNotes", { assumed: ASSUMED }) },
    { key: "tokHigh", label: sheetText("promptRiskTokensHigh"), value: 1.5, unit: sheetText("base2"), format: "decimal", notes: sheetText("assumptionAsAbove") },
    ...FX_FIXED,
    from("token1", sheetText("promptTokenPart"), "TokenCost_Budgeted", PER_MONTH),
    from("fixed1", sheetText("promptFixedPart"), "FixedCost_Budgeted", PER_MONTH),
    from("oneOff", sheetText("promptOneOffs"), "OneOffCost_Budgeted", "{currency}"),
    from("running36", sheetText("promptRunning36"), "Running36Cost_Budgeted", "{currency}"),
    { key: "index36", label: sheetText("promptApiPriceIndexSum36"), value: link(SHEET, "ApiPriceIndex_Sum36"), unit: sheetText("monthsAtMonth1Prices"), format: "decimal", notes: sheetText("promptRiskLinked", { name: "ApiPriceIndex_Sum36" }) },
    { key: "uTok36", label: sheetText("promptRiskUnitTokens36"), value: "={token1}*{index36}", unit: "{currency}", format: "moneyFx", notes: sheetText("promptRiskUnitTokens36Notes") },
  ];
}

/** The chain's terms, for one month or for 36 months (the unit costs differ, the drivers are the same). */
function terms(months: "1" | "36"): CostTerm[] {
  const long = months === "36";
  return [
    { unitCost: long ? "uTok36" : "token1", drivers: ["vol", "tok", "fx"] },
    { unitCost: long ? "running36" : "fixed1", drivers: ["fx"] },
  ];
}

/** Checks that tie the simulation to the techniques sheet: its all-Base chain is the budgeted technique's own cost. */
function tieChecks(): RowSpec[] {
  const same = (mine: string) => check(agrees(mine, "{link}"));
  return [
    { label: sheetText("promptRiskMonthlyTie"), values: { low: { link: { sheet: SHEET, name: "MonthlyCost_Budgeted" }, found: same("{baseCase}"), missing: "=TRUE()" } }, notes: sheetText("promptRiskMonthlyTieNotes") },
    { label: sheetText("promptRiskThreeYearTie"), values: { low: { link: { sheet: SHEET, name: "ThreeYearCost_Budgeted" }, found: same("{baseCase3}"), missing: "=TRUE()" } }, notes: sheetText("the36MonthPartsAddUp") },
  ];
}

/** The risk sheet of "Prompt techniques". */
export function promptTechniquesSimulation(scenarios = USE_CASE_SCENARIOS, bins?: number): SheetSpec {
  return probabilitySheet({
    name: PROMPT_SIMULATION_SHEET,
    scope: sheetText("promptRiskScope"),
    drivers,
    fixed: fixed(),
    monthlyCost: linearCost(terms("1")),
    threeYearCost: linearCost([{ unitCost: "oneOff", drivers: ["fx"] }, ...terms("36")]),
    budget: { value: "=ROUND({baseCase3}*(1+Contingency),0)", basis: "Three years", notes: sheetText("defaultTheAllBaseThreeYear") },
    moreChecks: tieChecks(),
    scenarios,
    ...(bins !== undefined ? { bins } : {}),
  });
}
