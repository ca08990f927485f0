import { sheetText } from "../../i18n/sheet-text";
import { assumedMoney, gpuSpread } from "../assumptions/drivers";
import type { RowSpec, SectionSpec } from "../types";
import { apiTokens, named, namedSelf, selfTokens, vectorDb } from "./formulas";
import { API_COLUMN, DEFAULT_GPU, SELF_COLUMN, type UseCaseSpec } from "./spec";
import { tierMixFormula, tierRefs } from "./tiers";

/**
 * The Low-cost case / Base / High-cost case block (issue 22): every uncertain driver, people and review included, at
 * its column's value, through one chain of short rows (requests, token shape, then one row per cost part, then the
 * sums), so that nothing rebuilds the model inside a long formula. The shared drivers come from the Assumptions
 * sheet's _Low/_Base/_High names; the sheet's own token shape, caching and growth ranges are inputs here. The
 * sensitivity table swings one driver at a time, each from rows of the same chain.
 */

/** A share kept inside [0.05, 0.95], to three decimals (the range's Low/High input share). */
const clampShare = (value: number) => Math.round(Math.min(0.95, Math.max(0.05, value)) * 1000) / 1000;
const SUFFIX = ["_Low", "_Base", "_High"];

export function rangeSection(s: UseCaseSpec): SectionSpec[] {
  const cols = [s.firstColumn.key, API_COLUMN, SELF_COLUMN];
  const [low, base, high] = cols;
  const inShare = clampShare(s.defaultInPerRequest / (s.defaultInPerRequest + s.defaultOutPerRequest));
  const headers = { label: sheetText("uncertainInputResult"), [low]: sheetText("lowCostCase"), [base]: sheetText("base"), [high]: sheetText("highCostCase") };
  /** A row whose formula differs by column only in the Assumptions suffix (_Low, _Base, _High). */
  const perCol = (formula: (suffix: string, col: string) => string) => Object.fromEntries(cols.map((c, i) => [c, formula(SUFFIX[i], c)]));
  const r = `{${s.requests}}`;
  const GPU = gpuSpread(DEFAULT_GPU);
  const calc = (key: string, label: string, values: RowSpec["values"], format: RowSpec["format"], unit: string, notes: string): RowSpec => ({ key, label, kind: "calc", values, format, unit, notes });
  const rows: RowSpec[] = [
    { key: "rTokFactor", label: sheetText("tokensPerRequestAsAFactor"), values: { [low]: 0.5, [base]: "=1", [high]: 1.5 }, names: { [low]: "TokensFactor_Low", [high]: "TokensFactor_High" }, format: "decimal", unit: sheetText("base2"), notes: sheetText("assumptionHalfToOneAndA") },
    calc("rTok", sheetText("tokensPerRequestInputVisibleOutput"), { [low]: `={rTokFactor}*{rTok:${base}}`, [base]: `={${s.inPerRequest}}+{${s.outPerRequest}}`, [high]: `={rTokFactor}*{rTok:${base}}` }, "tokens", sheetText("tokensPerRequest"), sheetText("baseTheSheetSInputOutput")),
    { key: "rShare", label: sheetText("inputShareOfThoseTokens"), values: { [low]: clampShare(inShare + 0.15), [base]: `=IF({rTok}=0,0,{${s.inPerRequest}}/{rTok})`, [high]: clampShare(inShare - 0.15) }, format: "percent", unit: sheetText("share"), notes: sheetText("assumption15PointsAroundTheDefault") },
    { key: "rCache", label: sheetText("cachedShareOfInputTokens"), values: { [low]: 0.5, [base]: "={cachedShare}", [high]: 0 }, format: "percent", unit: sheetText("share"), notes: sheetText("assumptionASharedSystemPromptCached") },
    { key: "rGrowth", label: sheetText("monthlyGrowthOfRequests"), values: { [low]: 0, [base]: "={growth}", [high]: 0.05 }, format: "percent", unit: sheetText("perMonth"), notes: sheetText("assumptionFlatTo5AMonth") },
    calc("rIn", sheetText("inputTokensPerRequest"), perCol(() => "={rTok}*{rShare}"), "tokens", sheetText("tokensPerRequest"), sheetText("tokensInputShare")),
    calc("rOut", sheetText("outputTokensPerRequestVisible"), perCol(() => "={rTok}-{rIn}"), "tokens", sheetText("tokensPerRequest"), sheetText("tokensInputTokens")),
    // hidden reasoning tokens at the column's ReasoningOutputMultiple (Assumptions): (M − 1) ÷ (Base − 1) of the sheet's, as on the risk sheet
    calc("rReason", sheetText("reasoningTokensAtTheColumn"), perCol((x) => (x === "_Base" ? "={reasoning}" : `={reasoning}*IFERROR((ReasoningOutputMultiple${x}-1)/(ReasoningOutputMultiple_Base-1),1)`)), "tokens", sheetText("tokensPerRequest"), sheetText("reasoningTokensAtTheColumnNotes")),
    calc("rReq12", sheetText("requestsInMonth12"), perCol(() => `=MIN({cap},${r}*(1+{rGrowth})^11)`), "count", sheetText("perMonth"), sheetText("month1VolumeAfter11Months")),
    calc("rGpu", sheetText("gpuPrice"), perCol((x) => `=LLMCOST.GPUPRICE({gpu})*GpuPriceFactor${x}`), "money", sheetText("usdPerGpuHour"), sheetText("catalogMedianGpuPriceFactor", { factors: `GpuPriceFactor${SUFFIX.join("/")}`, note: GPU.note })),
    calc("rTierMix", sheetText("apiTierMixFactor"), perCol((x) => tierMixFormula(`BatchShare${x}`, `PriorityShare${x}`, tierRefs(API_COLUMN))), "general", sheetText("timesStandard"), sheetText("rangeTierMixNote")),
    calc("rApiTok1", sheetText("apiTokensMonth1"), perCol(() => `=${apiTokens(s, r, "{rIn}", "{rOut}", "{rCache}", "{rTierMix}", "{rReason}")}`), "moneyFx", sheetText("currencyPerMonth"), sheetText("llmcostInferenceAtTheColumnS")),
    calc("rApiTok12", sheetText("apiTokensMonth12"), perCol(() => `=${apiTokens(s, "{rReq12}", "{rIn}", "{rOut}", "{rCache}", "{rTierMix}", "{rReason}")}`), "moneyFx", sheetText("currencyPerMonth"), sheetText("sameMonth12VolumePriceDate")),
    calc("rGpu1", sheetText("gpusMonth1"), perCol((x) => `=${selfTokens(r, "{rIn}", "{rOut}", "{rGpu}", `StandbyReplicas${x}`)}`), "moneyFx", sheetText("currencyPerMonth"), sheetText("llmcostSelfhostStandbyreplicasAssumptionsAtThe")),
    calc("rGpu12", sheetText("gpusMonth12"), perCol((x) => `=${selfTokens("{rReq12}", "{rIn}", "{rOut}", "{rGpu}", `StandbyReplicas${x}`)}`), "moneyFx", sheetText("currencyPerMonth"), sheetText("sameMonth12Volume")),
    calc("rPeopleApi", sheetText("peopleApi"), perCol((x) => `=RunFteApi${x}*${assumedMoney(`LoadedCostPerFteMonth${x}`)}`), "moneyFx", sheetText("currencyPerMonth"), sheetText("runfteapiLoadedcostperftemonthAssumptionsTheColu")),
    calc("rPeopleSelf", sheetText("peopleSelfHosted"), perCol((x) => `=RunFteSelfHost${x}*${assumedMoney(`LoadedCostPerFteMonth${x}`)}`), "moneyFx", sheetText("currencyPerMonth"), sheetText("runfteselfhostLoadedcostperftemonth")),
    calc("rPerReq", sheetText("reviewLogsAndPlatformPerRequest"), perCol((x) => `={reviewShare}*ReviewFactor${x}*{reviewMinutes}/{minutesPerHour}*${assumedMoney(`ReviewerCostPerHour${x}`)}+{otherPerRequest}-{reviewPer}`), "moneyFx", sheetText("currencyPerRequestUnit", { unit: s.requestUnit }), sheetText("reviewAtReviewfactorReviewercostperhourOfThe")),
    calc("rVec1", sheetText("vectorDatabaseMonth1"), perCol(() => `=${vectorDb(r)}`), "moneyFx", sheetText("currencyPerMonth"), sheetText("asAbove")),
    calc("rVec12", sheetText("vectorDatabaseMonth12"), perCol(() => `=${vectorDb("{rReq12}")}`), "moneyFx", sheetText("currencyPerMonth"), sheetText("month12Queries")),
    { key: "rApi1", label: sheetText("apiMonthlyCostMonth1"), kind: "output", values: perCol(() => named(`{rApiTok1}+{rVec1}+{rPeopleApi}+${r}*{rPerReq}`, sheetText("nASeeTheRowsAbove"))), names: { [low]: "MonthlyCost_Low", [high]: "MonthlyCost_High" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("wholeCostWithEveryUncertainDriver") },
    { key: "rSelf1", label: sheetText("selfHostedMonthlyCostMonth1"), kind: "output", values: perCol(() => namedSelf(`{rGpu1}+{rVec1}+{rPeopleSelf}+${r}*{rPerReq}`)), names: { [low]: "MonthlyCost_SelfHost_Low", [high]: "MonthlyCost_SelfHost_High" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("sameSelfHosted") },
    { key: "rApi12", label: sheetText("apiMonthlyCostMonth12"), kind: "output", values: perCol(() => named("{rApiTok12}+{rVec12}+{rPeopleApi}+{rReq12}*{rPerReq}", sheetText("notApplicable"))), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("after11MonthsAtTheColumn") },
    { key: "rSelf12", label: sheetText("selfHostedMonthlyCostMonth12"), kind: "output", values: perCol(() => namedSelf("{rGpu12}+{rVec12}+{rPeopleSelf}+{rReq12}*{rPerReq}")), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("after11MonthsAtTheColumn2") },
  ];
  return [{ title: sheetText("rangeLowCostCaseBaseHigh"), kind: "inputs", headers, rows }, sensitivity(s, cols)];
}

/**
 * Month-12 swing of each driver moved alone from its low-cost to its high-cost value. Token-shape drivers need the
 * model priced again with only that driver moved: those few prices are rows of their own (columns Low | High).
 */
function sensitivity(s: UseCaseSpec, [low, base, high]: string[]): SectionSpec {
  const r12 = `{rReq12:${base}}`;
  const at = (key: string, col: string) => `{${key}:${col}}`;
  // token shape with one driver moved: [input tokens, output tokens, cached share]
  const shape = (moved: "tok" | "share" | "cache", col: string) => {
    const tok = moved === "tok" ? at("rTok", col) : at("rTok", base);
    const share = moved === "share" ? at("rShare", col) : at("rShare", base);
    const cache = moved === "cache" ? at("rCache", col) : at("rCache", base);
    return { inTok: `${tok}*${share}`, outTok: `${tok}*(1-${share})`, cache };
  };
  const apiAt = (moved: "tok" | "share" | "cache", col: string) => `=${apiTokens(s, r12, shape(moved, col).inTok, shape(moved, col).outTok, shape(moved, col).cache, `{rTierMix:${base}}`)}`;
  const selfAt = (moved: "tok" | "share", col: string) => `=${selfTokens(r12, shape(moved, col).inTok, shape(moved, col).outTok, at("rGpu", base), "StandbyReplicas_Base")}`;
  const work = (key: string, label: string, cost: (col: string) => string): RowSpec => ({ key, label, kind: "calc", values: { [low]: cost(low), [high]: cost(high) }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("month12ThisDriverAtLow") });
  // The row's cells are money: where the driver is a count, the label says it is the cost that swings (the Driver column names the driver).
  const swing = (key: string, driver: string, api: string, self: string, label = driver): RowSpec => ({ key, label, kind: "output", values: { [low]: `=IFERROR(${api},0)`, [base]: `=IFERROR(${self},0)`, [high]: `="${driver}"` }, format: { [low]: "moneyFx", [base]: "moneyFx", [high]: "text" }, unit: sheetText("currencyPerMonth"), notes: sheetText("costWithThisDriverAtHigh") });
  const diff = (key: string) => `ABS(${at(key, high)}-${at(key, low)})`;
  const fx = "{FxRate}";
  const swings: RowSpec[] = [
    swing("sTok", sheetText("tokensPerRequest2"), diff("wApiTok"), diff("wSelfTok"), sheetText("monthlyCostSwingWhenTokensPer")),
    swing("sShare", sheetText("inputShareOfTokens"), diff("wApiShare"), diff("wSelfShare"), sheetText("monthlyCostSwingWhenTheInputShare")),
    swing("sCache", sheetText("cachedShareOfInput"), diff("wApiCache"), "0"),
    swing("sReason", sheetText("hiddenReasoningTokens"), diff("wApiReason"), "0"),
    swing("sGrowth", sheetText("monthlyGrowthOfRequests"), `${diff("rReq12")}*(${at("rApiTok12", base)}+${at("rVec12", base)})/${r12}+${diff("rReq12")}*${at("rPerReq", base)}`, `${diff("rReq12")}*(${at("rGpu12", base)}+${at("rVec12", base)})/${r12}+${diff("rReq12")}*${at("rPerReq", base)}`, sheetText("monthlyCostSwingWhenTheGrowth")),
    swing("sGpu", sheetText("gpuPrice"), "0", diff("wSelfGpu")),
    swing("sFte", sheetText("engineeringEffortFte"), `ABS(RunFteApi_High-RunFteApi_Low)*${assumedMoney("LoadedCostPerFteMonth_Base")}`, `ABS(RunFteSelfHost_High-RunFteSelfHost_Low)*${assumedMoney("LoadedCostPerFteMonth_Base")}`, sheetText("monthlyCostSwingWhenEngineeringEffort")),
    swing("sLoaded", sheetText("loadedCostOfAnEngineer"), assumedMoney("ABS(LoadedCostPerFteMonth_High-LoadedCostPerFteMonth_Low)", `RunFteApi_Base*${fx}`), assumedMoney("ABS(LoadedCostPerFteMonth_High-LoadedCostPerFteMonth_Low)", `RunFteSelfHost_Base*${fx}`)),
    swing("sReview", sheetText("humanReviewLoadAndCost"), `${r12}*${diff("rPerReq")}`, `${r12}*${diff("rPerReq")}`),
    swing("sStandby", sheetText("standbyReplicas"), "0", `ABS(StandbyReplicas_High-StandbyReplicas_Low)*{gpus}*${at("rGpu", base)}*{hoursPerMonth}*${fx}`, sheetText("monthlyCostSwingWhenStandbyReplicas")),
  ];
  const first = swings[0].key as string;
  const last = swings[swings.length - 1].key as string;
  // "about the same" when the runner-up is within Materiality of the widest swing (issue 22: no decision on a hair)
  const most = (col: string) => {
    const all = `{${first}:${col}}:{${last}:${col}}`;
    return `IF(MAX(${all})<=0,"${sheetText("noDriverMovesIt")}",IF(MAX(${all})-LARGE(${all},2)<=Materiality*MAX(${all}),"${sheetText("aboutTheSame")}",INDEX({${first}:${high}}:{${last}:${high}},MATCH(MAX(${all}),${all},0))))`;
  };
  // A column without a month-12 cost (its model does not fit, or is not priced) names no driver: its swings read 0 only
  // because they could not be computed, so the cell says why instead (the month-12 cost's own text).
  const largest = (col: string, cost: string) => `=IF(ISNUMBER({${cost}:${base}}),${most(col)},{${cost}:${base}})`;
  return {
    title: sheetText("sensitivityMonth12CostSwingWhen"),
    kind: "outputs",
    headers: { label: sheetText("driverMovedOthersAtBase"), [low]: sheetText("apiSwing"), [base]: sheetText("selfHostedSwing"), [high]: sheetText("driver") },
    rows: [
      work("wApiTok", sheetText("apiTokensTokensPerRequestMoved"), (c) => apiAt("tok", c)),
      work("wApiShare", sheetText("apiTokensInputShareMoved"), (c) => apiAt("share", c)),
      work("wApiCache", sheetText("apiTokensCachedShareMoved"), (c) => apiAt("cache", c)),
      work("wApiReason", sheetText("apiTokensReasoningMoved"), (c) => `=${apiTokens(s, r12, shape("tok", base).inTok, shape("tok", base).outTok, at("rCache", base), `{rTierMix:${base}}`, at("rReason", c))}`),
      work("wSelfTok", sheetText("gpusTokensPerRequestMoved"), (c) => selfAt("tok", c)),
      work("wSelfShare", sheetText("gpusInputShareMoved"), (c) => selfAt("share", c)),
      work("wSelfGpu", sheetText("gpusGpuPriceMoved"), (c) => `=${selfTokens(r12, at("rIn", base), at("rOut", base), at("rGpu", c), "StandbyReplicas_Base")}`),
      ...swings,
      { key: "largest", label: sheetText("movesTheMonth12CostMost"), values: { [low]: largest(low, "rApi12"), [base]: largest(base, "rSelf12") }, format: "text", unit: sheetText("driver2"), notes: sheetText("theLargestSwingInEachColumn") },
    ],
  };
}
