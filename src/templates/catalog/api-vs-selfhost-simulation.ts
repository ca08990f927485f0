import { sheetText } from "../../i18n/sheet-text";
import type { RowSpec, SheetSpec } from "../types";
import { linearCost, probabilitySheet, type CostTerm, type FixedInput, type UncertainDriver } from "../blocks/probability";
import { assumptionFactor, FX_DRIVER, FX_FIXED, link, USE_CASE_SCENARIOS } from "../blocks/simulation";
import { TOKENIZER_DRIFT_DRIVER, tokenizerDriftFixed } from "../blocks/tokenizer-drift";
import { agrees } from "../blocks/agree";
import { check } from "../blocks/formulas";

/**
 * The probability block of "API vs self-host" (issue 20): a second sheet, linked to the first sheet's named cells, that
 * draws the API model's whole cost (its scope: MonthlyCost_Catalog and ThreeYearCost_Catalog). Per scenario:
 *
 *   tokens × volume × tokenizer drift × FX  +  people × effort × loaded cost × FX  +  storage × FX
 *
 * and the three-year cost the same with each part's 36-month total read from the sheet (so growth and
 * ApiPriceDeclinePerYear are in it) plus the one-off. The self-hosted and hosted options are not drawn: self-hosting's
 * cost is whole replicas (a step function of volume), not a linear chain, and the hosted option shares the API's
 * drivers (see docs/forecasting.md).
 *
 * Tokenizer drift (src/templates/blocks/tokenizer-drift.ts, shared with the use-case risk sheets) applies when the API
 * model is Claude Opus 4.7, whose tokenizer emits 1.0–1.35× the tokens of earlier Claude tokenizers for the same text:
 * token counts made with another tokenizer understate its bill. For any other model its range is 1 / 1 / 1 (no draw).
 */

export const API_SIMULATION_SHEET = sheetText("apiVsSelfHostRisk");
const SHEET = sheetText("apiVsSelfHost");
const MONTHS = 36;
const PER_MONTH = sheetText("currencyPerMonth");

const drivers: UncertainDriver[] = [
  { key: "vol", label: sheetText("volumeTheSheetSMonth1"), unit: sheetText("base2"), format: "decimal", low: link(SHEET, "VolumeMultiple_Low", "={link}", 0.7), base: 1, high: link(SHEET, "VolumeMultiple_High", "={link}", 1.5), notes: sheetText("theApiVsSelfHostSheet") },
  TOKENIZER_DRIFT_DRIVER,
  FX_DRIVER,
  { key: "fte", label: sheetText("runningEffortApiTheSheetS"), unit: sheetText("sheetValue"), format: "decimal", ...assumptionFactor("RunFteApi"), notes: sheetText("runfteapiOnAssumptionsLowAndHigh"), tie: { to: "vol", correlation: 0.5, notes: sheetText("moreTrafficNeedsMoreMonitoring") } },
  { key: "loaded", label: sheetText("loadedCostOfOneEngineerThe"), unit: sheetText("sheetValue"), format: "decimal", ...assumptionFactor("LoadedCostPerFteMonth"), notes: sheetText("loadedcostperftemonthOnAssumptionsLowAndHigh") },
];

function fixed(): FixedInput[] {
  const from = (key: string, label: string, name: string, notes: string): FixedInput => ({ key, label, value: link(SHEET, name), unit: PER_MONTH, format: "moneyFx", notes: sheetText("linkedToTheApiVsSelfHostSheetName", { name, notes }) });
  const calc = (key: string, label: string, value: string, unit: string, notes: string): FixedInput => ({ key, label, value, unit, format: "moneyFx", notes });
  return [
    ...FX_FIXED,
    ...tokenizerDriftFixed(SHEET),
    from("tokens1", sheetText("apiModelTokenCostMonth1"), "ApiMonthlyCost", sheetText("listPricesOnThePriceDateTokenCounts")),
    { ...from("run1", sheetText("peopleAndPlatformMonth1"), "MonthlyCost_Catalog", sheetText("theApiModelSMonthlyCostLess")), value: link(SHEET, "MonthlyCost_Catalog", "={link}-{tokens1}") },
    { ...from("storage1", sheetText("storageAndDataTransferMonth1"), "StorageEgress_Api", ""), notes: sheetText("linkedStorageEgressTypedInTheSheetCurrency") },
    { ...from("rate0", sheetText("theSheetSUsdCurrencyRate"), "FxRate", sheetText("turnsUsdIntoTheSheetSCurrency")), unit: sheetText("currencyPerUsd") },
    { ...from("oneOff", sheetText("oneOffCost"), "OneOffCost_Catalog", sheetText("setUpPaidOnceInTheThreeYear")), unit: "{currency}" },
    { ...from("three", sheetText("threeYearCostAtBase"), "ThreeYearCost_Catalog", sheetText("oneOffThe36MonthProjectionGrowth")), unit: "{currency}" },
    calc("uPeople", sheetText("unitPeopleAtBase"), "={run1}-{storage1}", PER_MONTH, sheetText("effortLoadedCostFxInEach")),
    calc("uTok36", sheetText("unitApiTokensOver36Months"), `={three}-{oneOff}-${MONTHS}*{run1}`, "{currency}", sheetText("theProjectionSTokenCostsPeople")),
    calc("uPeople36", sheetText("unitPeopleOver36Months"), `=${MONTHS}*{uPeople}`, "{currency}", sheetText("flatOnThisSheetNoWage")),
    calc("uStorage36", sheetText("unitStorageOver36Months"), `=${MONTHS}*{storage1}`, "{currency}", sheetText("flatOnThisSheet")),
  ];
}

function terms(months: "1" | "36"): CostTerm[] {
  const long = months === "36";
  return [
    { unitCost: long ? "uTok36" : "tokens1", drivers: ["vol", "drift", "fx"] },
    { unitCost: long ? "uPeople36" : "uPeople", drivers: ["fte", "loaded", "fx"] },
    { unitCost: long ? "uStorage36" : "storage1", drivers: ["fx"] },
  ];
}

/** The all-Base chain is the sheet's own API cost, once the drift's Base (1 unless the model is Opus 4.7) is taken out. */
function tieChecks(): RowSpec[] {
  const same = (mine: string, tokens: string) => check(agrees(mine, `{link}+${tokens}*({driftBase}-1)`, "{link}"));
  return [
    { label: sheetText("allBaseMonthlyCostEqualsThe2"), values: { low: { link: { sheet: SHEET, name: "MonthlyCost_Catalog" }, found: same("{baseCase}", "{tokens1}"), missing: "=TRUE()" } }, notes: sheetText("theSimulationReadsTheSheetS2") },
    { label: sheetText("allBaseThreeYearCostEquals2"), values: { low: { link: { sheet: SHEET, name: "ThreeYearCost_Catalog" }, found: same("{baseCase3}", "{uTok36}"), missing: "=TRUE()" } }, notes: sheetText("the36MonthPartsAddUp") },
  ];
}

/** The API side's risk sheet of "API vs self-host". */
export function apiVsSelfhostSimulation(scenarios = USE_CASE_SCENARIOS, bins?: number): SheetSpec {
  return probabilitySheet({
    name: API_SIMULATION_SHEET,
    scope: sheetText("wholeCostApi"),
    drivers,
    fixed: fixed(),
    monthlyCost: linearCost(terms("1")),
    threeYearCost: `={oneOff}*{fx}${linearCost(terms("36")).replace(/^=/, "+")}`,
    // the budget is a number only when the sheet's API cost is one (a request count missing makes it a text there)
    budget: { value: `=IF(ISNUMBER({baseCase3}),ROUND({baseCase3}*(1+Contingency),0),"${sheetText("nASeeTheChecks")}")`, basis: "Three years", notes: sheetText("defaultTheAllBaseThreeYear") },
    moreChecks: tieChecks(),
    scenarios,
    ...(bins !== undefined ? { bins } : {}),
  });
}
