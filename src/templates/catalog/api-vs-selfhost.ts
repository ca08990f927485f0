import { sheetText, type SheetKey } from "../../i18n/sheet-text";
import { dataKeys, dataText } from "../data-text";
import { API_PRICE_INDEX_EACH } from "../assumptions/price-index";
import { gpuOwnership } from "../../data";
import { HOSTED_OPEN_MODELS } from "../hosted-open-models";
import type { RowSpec, TemplateSpec } from "../types";
import { apiVsSelfhostSimulation } from "./api-vs-selfhost-simulation";
import { tierChecks, tierRows } from "../blocks/tiers";
import { check, selfHostCall } from "../blocks/formulas";
import { agrees } from "../blocks/agree";
import { fiscalYearsSection } from "../blocks/fiscal-years";
import { assumedMoney } from "../assumptions";

/**
 * The guide's build-vs-buy question ("Comparing external API and self-hosted models"): one workload through a
 * proprietary API model, through the SAME open model bought from a hosted API, and self-hosted on GPUs, with the
 * people and platform costs around each, a 36-month projection, a budget block and a decision that never misleads.
 */

/** The budget's options, in the sheet's language: the drop-down, its start value and the MATCH that numbers them. */
const OPTIONS = [sheetText("apiModel"), sheetText("hostedOpenModel"), sheetText("selfHosted")];
const PERIODS = 36;
/** The sheet texts of the GPU purchase prices' sources (src/data/gpu-ownership.json), by GPU. */
const PURCHASE_SOURCES: Readonly<Record<string, SheetKey>> = dataKeys({ "h100-sxm": "gpuPurchaseSourceH100Sxm", h200: "gpuPurchaseSourceH200", b200: "gpuPurchaseSourceB200" });
const ASSUMED = sheetText("assumedNoPublishedSourceReplaceWith");

/** Column value for every option column, so that one formula reads the same across the row. */
const each = (formula: string) => ({ api: formula, hosted: formula, selfhost: formula });
/** A driver every sheet shares, read from the Assumptions sheet (its note says where to change it). */
const SHARED = (name: string, what: string) => sheetText("fromAssumptionsChangeItThere", { name, what });
/** Each option's running people and platform cost in USD with effort and loaded cost at their Low or High (Assumptions). */
const runAt = (x: "_Low" | "_High") => {
  const run = (fte: string) => `=(${fte}${x}*${assumedMoney(`LoadedCostPerFteMonth${x}`)}+{storageEgress})/{FxRate}`;
  return { api: run("RunFteApi"), hosted: run("RunFteApi"), selfhost: run("RunFteSelfHost") };
};
/** The budget column picks the chosen option's cell of the same row. */
const chosen = (key: string) => `=IFERROR(CHOOSE({budgetIndex},{${key}:api},{${key}:hosted},{${key}:selfhost}),"${sheetText("chooseAnOptionAbove")}")`;

const hostedRows: RowSpec[] = HOSTED_OPEN_MODELS.map((entry, index) => ({
  key: `hostedFor${index}`,
  label: entry.openModel,
  values: { api: entry.openModel, hosted: entry.hosted },
  format: "text",
  unit: sheetText("providerModelId"),
  notes: sheetText("hostCatalogListPriceOnThePrice", { host: entry.provider }),
}));
/** Dated street prices of GPUs to buy (src/data/gpu-ownership.json), looked up by the GPU chosen when GPUs are owned. */
const purchaseRows: RowSpec[] = gpuOwnership.purchase.map((entry, index) => ({
  key: `buyPrice${index}`,
  label: entry.gpu,
  values: { api: entry.gpu, selfhost: entry.usd },
  format: { api: "text", selfhost: "money" },
  unit: sheetText("usdPerGpu"),
  notes: sheetText("sourceAsOf", { source: dataText(PURCHASE_SOURCES[entry.gpu], entry.source), date: entry.as_of }),
}));
const purchaseRange = (column: string) => `{buyPrice0:${column}}:{buyPrice${gpuOwnership.purchase.length - 1}:${column}}`;
const OWN = gpuOwnership.defaults;

const hostedRange = (column: string) => `{hostedFor0:${column}}:{hostedFor${HOSTED_OPEN_MODELS.length - 1}:${column}}`;

/**
 * Month-1 monthly cost of each option with the volume and the GPU price scaled by the given multiples (placeholders;
 * null leaves that input at its base), for the Low/High range and the sensitivity table.
 */
const rangeCost = (volume: string | null, gpuPrice: string | null, run = "{runUsd}") => {
  const v = volume ? `*${volume}` : "";
  const p = gpuPrice ? `*${gpuPrice}` : "";
  const tokens = `{inputTokens}${v},{outBilled}${v}`;
  return {
    api: `=IF({requestsOk:api},(LLMCOST.INFERENCE({model},${tokens},{requests}${v},{cachedTokens}${v},{discount},{PriceDate},0,{PriceSheet})*{tierMix}+${run})*{FxRate},{modelUsd:api})`,
    hosted: `=IF({requestsOk:api},IFERROR((LLMCOST.INFERENCE({hostedId},${tokens},{requests}${v},{cachedTokens}${v},{discount},{PriceDate},0,{PriceSheet})+${run})*{FxRate},"${sheetText("noHostedPrice")}"),{modelUsd:api})`,
    selfhost: `=IF({selfOk},(${selfHostCall(`{inputTokens}${v}`, `{outBilled}${v}`, `{gpuPrice}${p}`, "{outPerRequest}")}+{standby}*{replicaMonthly}${p}+${run})*{FxRate},{modelUsd:selfhost})`,
  };
};

/** A sensitivity row: every option's month-1 cost with one input at its low or high case, and the budgeted option's. */
const sensitivity = (key: string, label: string, volume: string | null, gpuPrice: string | null, notes: string, run?: string): RowSpec => ({
  key,
  label,
  values: { ...rangeCost(volume, gpuPrice, run), budget: chosen(key) },
  format: "moneyFx",
  unit: sheetText("currencyPerMonth"),
  notes,
});

/** The sensitivity's three swings of the budgeted option (volume, GPU price, people), one range. */
const SWINGS = "{swVol:budget}:{swPeople:budget}";

/** A check per option column that is TRUE where the option has no number to check (not hosted, does not fit). */
const numericCheck = (test: string) => each(`=IF(ISNUMBER({monthly}),IFERROR(${test},FALSE()),TRUE())`);

export const apiVsSelfhost: TemplateSpec = {
  id: "api-vs-selfhost",
  title: sheetText("externalApiVsSelfHostedModel"),
  description: sheetText("oneWorkloadThroughAnApiModel"),
  group: "planning",
  source: sheetText("llmEconomicsGuideChapter1Comparing"),
  choices: [
    { key: "model", label: sheetText("apiModel"), list: "chatModels", default: "gpt-4.1-mini" },
    { key: "openModel", label: sheetText("openModel"), list: "openModels", default: "llama-3.1-8b" },
    { key: "gpu", label: "GPU", list: "gpus", default: "h100-sxm" },
  ],
  sheets: [
    {
      name: sheetText("apiVsSelfHost"),
      valueColumns: [
        { key: "api", header: sheetText("apiModel") },
        { key: "hosted", header: sheetText("openModelHosted") },
        { key: "selfhost", header: sheetText("openModelSelfHosted2"), width: 130 },
        { key: "budget", header: sheetText("inTheBudget") },
      ],
      sections: [
        {
          title: sheetText("outputsDecisionInputsAndWorkingsBelow"),
          kind: "outputs",
          rows: [
            { key: "modelCost", label: sheetText("modelOrGpuCostMonth1"), values: { api: "=IF(ISNUMBER({modelUsd}),{modelUsd}*{FxRate},{modelUsd})", hosted: "=IF(ISNUMBER({modelUsd}),{modelUsd}*{FxRate},{modelUsd})", selfhost: "=IF(ISNUMBER({modelUsd}),{modelUsd}*{FxRate},{modelUsd})" }, names: { api: "ApiMonthlyCost", hosted: "HostedOpenModelMonthlyCost", selfhost: "SelfHostMonthlyCost" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("tokensAtListPricesOrThe") },
            { key: "utilizationOut", label: sheetText("replicaUtilisationMonth1"), values: { selfhost: `=IF(NOT({selfOk}),{modelUsd},IF({capacity}>0,{outBilled}/({replicas}*{capacity}),"${sheetText("noRequests")}"))` }, names: { selfhost: "ReplicaUtilization" }, format: "percent", unit: sheetText("shareOfFullLoad"), notes: sheetText("month1OutputTokensReplicasFull") },
            { key: "breakEvenTokens", label: sheetText("breakEvenVolumeGpuCostVs"), values: { selfhost: `=IF(NOT({selfOk}),{modelUsd},IFERROR(LLMCOST.BREAKEVEN({model},{openModel},{gpu},{ioRatio},{gpus},{gpuAllIn},{utilization},{PriceDate},{PriceSheet},{outPerRequest}),"${sheetText("never")}"))` }, names: { selfhost: "BreakEvenTokens" }, format: "tokens", unit: sheetText("outputTokensPerMonth"), notes: sheetText("llmcostBreakevenAboveThisVolumeThe") },
            { key: "breakEvenMonth", label: sheetText("firstMonthSelfHostingIsCheaper"), values: { selfhost: `=IF(NOT({selfOk}),{modelUsd},IF(COUNT({pCheaper:all})=0,"${sheetText("never")}",MIN({pCheaper:all})))` }, names: { selfhost: "BreakEvenMonth" }, format: "integer", unit: sheetText("monthOfTheProjection"), notes: sheetText("wholeRunningCostModelOrGpus", { periods: String(PERIODS) }) },
            { key: "breakEvenHosted", label: sheetText("firstMonthSelfHostingIsCheaper2"), values: { selfhost: `=IF(NOT({selfOk}),{modelUsd},IF(COUNT({pCheaperHosted:all})=0,"${sheetText("never")}",MIN({pCheaperHosted:all})))` }, format: "integer", unit: sheetText("monthOfTheProjection"), notes: sheetText("likeWithLikeTheSameOpen") },
            { key: "breakEvenWhole", label: sheetText("firstMonthSelfHostingHasCost"), values: { selfhost: `=IF(NOT({selfOk}),{modelUsd},IF(COUNT({pCheaperCum:all})=0,"${sheetText("never")}",MIN({pCheaperCum:all})))` }, names: { selfhost: "BreakEvenMonthWholeCost" }, format: "integer", unit: sheetText("monthOfTheProjection"), notes: sheetText("cumulativeWholeCostFromMonth1") },
            { key: "breakEvenNote", label: sheetText("breakEvenChart"), values: { api: `=IF(ISNUMBER({breakEvenMonth}),"${sheetText("theSelfHostedLineCrossesBelow")}"&{breakEvenMonth}&".",{noCrossing})` }, format: "text", unit: "", notes: sheetText("whyTheChartBelowShowsOr") },
            { key: "noCrossing", label: sheetText("whyTheLinesDoNotCross"), kind: "calc", values: { api: `=IF(NOT({selfOk}),"${sheetText("noBreakEven")}"&{openModel}&": "&{modelUsd:selfhost}&".","${sheetText("noCrossingInMonthsSelfHostingCosts", { months: PERIODS })}"&{lastMonth}&"${sheetText("throughTheApiModel")}")` }, format: "text", unit: "", notes: sheetText("readByTheSentenceAboveWhen") },
            { key: "lastMonth", label: sheetText("lastProjectedMonthSelfHostedVs"), kind: "calc", values: { api: `=IFERROR(TEXT(INDEX({pSelf:all},1,${PERIODS}),{MoneyText}),"?")&"${sheetText("versusSeparator")}"&IFERROR(TEXT(INDEX({pApi:all},1,${PERIODS}),{MoneyText}),"?")` }, format: "text", unit: "", notes: sheetText("theTwoLinesLastPointsFor") },
          ],
        },
        {
          title: sheetText("outputsBudgetMonth1SteadyState"),
          kind: "outputs",
          rows: [
            { key: "oneOff", label: sheetText("oneOffCost"), values: { ...each("={oneOffUsd}*{FxRate}"), budget: chosen("oneOff") }, names: { api: "OneOffCost_Catalog", budget: "OneOffCost_Chosen" }, format: "moneyFx", unit: "{currency}", notes: sheetText("setUpNeverAddedToA") },
            { key: "monthly", label: sheetText("monthlyCostMonth1"), values: { api: "=IF(ISNUMBER({modelUsd}),({modelUsd}+{runUsd})*{FxRate},{modelUsd})", hosted: "=IF(ISNUMBER({modelUsd}),({modelUsd}+{runUsd})*{FxRate},{modelUsd})", selfhost: "=IF(ISNUMBER({modelUsd}),({modelUsd}+{standbyUsd}+{runUsd})*{FxRate},{modelUsd})", budget: chosen("monthly") }, names: { api: "MonthlyCost_Catalog", budget: "MonthlyCost_Chosen" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("modelOrGpusStandbyReplicasPeople") },
            { key: "low", label: sheetText("monthlyCostMonth1LowCase"), values: { ...rangeCost("{volumeLow}", "{gpuPriceLow}", "{runLow}"), budget: chosen("low") }, names: { api: "MonthlyCost_Low", budget: "MonthlyCost_Chosen_Low" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("lowVolumeGpuPriceAndPeople") },
            { key: "high", label: sheetText("monthlyCostMonth1HighCase"), values: { ...rangeCost("{volumeHigh}", "{gpuPriceHigh}", "{runHigh}"), budget: chosen("high") }, names: { api: "MonthlyCost_High", budget: "MonthlyCost_Chosen_High" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("highVolumeGpuPriceAndPeople") },
            { key: "year1", label: sheetText("year1Cost"), values: { api: '=IF(ISNUMBER({monthly}),{oneOff}+SUMIF({pMonth:all},"<="&{monthsPerYear},{pApi:all}),{monthly})', hosted: '=IF(ISNUMBER({monthly}),{oneOff}+SUMIF({pMonth:all},"<="&{monthsPerYear},{pHosted:all}),{monthly})', selfhost: '=IF(ISNUMBER({monthly}),{oneOff}+SUMIF({pMonth:all},"<="&{monthsPerYear},{pSelf:all}),{monthly})', budget: chosen("year1") }, names: { api: "Year1Cost_Catalog", budget: "Year1Cost_Chosen" }, format: "moneyFx", unit: "{currency}", notes: sheetText("oneOffTheFirst12Months2") },
            { key: "threeYear", label: sheetText("threeYearCost"), values: { api: "=IF(ISNUMBER({monthly}),{oneOff}+SUM({pApi:all}),{monthly})", hosted: "=IF(ISNUMBER({monthly}),{oneOff}+SUM({pHosted:all}),{monthly})", selfhost: "=IF(ISNUMBER({monthly}),{oneOff}+SUM({pSelf:all})-{residualUsd}*{FxRate},{monthly})", budget: chosen("threeYear") }, names: { api: "ThreeYearCost_Catalog", budget: "ThreeYearCost_Chosen" }, format: "moneyFx", unit: "{currency}", notes: sheetText("oneOffAllMonthsOwnedGpus", { periods: String(PERIODS), periods2: String(PERIODS) }) },
            { key: "perRequest", label: sheetText("costPerRequestMonth1"), values: { ...each(`=IF(AND(ISNUMBER({monthly}),{requests}>0),{monthly}/{requests},IF(ISNUMBER({monthly}),"${sheetText("noRequests")}",{monthly}))`), budget: chosen("perRequest") }, names: { api: "CostPerRequest_Catalog", budget: "CostPerRequest_Chosen" }, format: "moneyFx", unit: sheetText("currencyPerRequest"), notes: sheetText("monthlyCostRequests") },
          ],
        },
        {
          title: sheetText("sensitivityMonth1CostWhenOne"),
          kind: "outputs",
          rows: [
            sensitivity("volLow", sheetText("workloadVolumeAtItsLowCase"), "{volumeLow}", null, sheetText("volumeLowMultipleGpuPriceAt")),
            sensitivity("volHigh", sheetText("workloadVolumeAtItsHighCase"), "{volumeHigh}", null, sheetText("volumeHighMultiple")),
            sensitivity("priceLow", sheetText("gpuPriceAtItsLowCase"), null, "{gpuPriceLow}", sheetText("movesSelfHostingOnlyTheApi")),
            sensitivity("priceHigh", sheetText("gpuPriceAtItsHighCase"), null, "{gpuPriceHigh}", sheetText("gpuPriceHighMultiple")),
            sensitivity("peopleLow", sheetText("peopleAtTheirLowCase"), null, null, sheetText("peopleLowNote"), "{runLow}"),
            sensitivity("peopleHigh", sheetText("peopleAtTheirHighCase"), null, null, sheetText("peopleHighNote"), "{runHigh}"),
            { key: "swVol", label: sheetText("swingWorkloadVolume"), kind: "calc", values: { budget: "=ABS({volHigh}-{volLow})" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("highCaseLessLowCase") },
            { key: "swGpu", label: sheetText("swingGpuPrice"), kind: "calc", values: { budget: "=ABS({priceHigh}-{priceLow})" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("highCaseLessLowCase") },
            { key: "swPeople", label: sheetText("swingPeople"), kind: "calc", values: { budget: "=ABS({peopleHigh}-{peopleLow})" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("highCaseLessLowCase") },
            { key: "mover", label: sheetText("inputThatMovesTheBudgetedCost"), values: { budget: `=IFERROR(IF(MAX(${SWINGS})<=0,"${sheetText("noDriverMovesIt")}",IF(MAX(${SWINGS})-LARGE(${SWINGS},2)<=Materiality*MAX(${SWINGS}),"${sheetText("aboutTheSame")}",IF({swVol}=MAX(${SWINGS}),"${sheetText("workloadVolume")}",IF({swGpu}>={swPeople},"${sheetText("gpuPrice")}","${sheetText("peopleDriver")}")))),"${sheetText("notApplicable")}")` }, format: "text", unit: "", notes: sheetText("theWidestOfTheThreeSwings") },
          ],
        },
        fiscalYearsSection({ api: "pApi", hosted: "pHosted", selfhost: "pSelf" }),
        {
          title: sheetText("inputsWorkloadSharedByAllOptions"),
          kind: "inputs",
          headers: { api: sheetText("value"), hosted: "", selfhost: "", budget: "" },
          rows: [
            { key: "inputTokens", label: sheetText("inputTokensPerMonthMonth1"), values: { api: 300_000_000 }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("yourWorkloadEGTheGuide", { assumed: ASSUMED }) },
            { key: "outputTokens", label: sheetText("outputTokensPerMonthMonth1"), values: { api: 100_000_000 }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("visibleAnswerTokens", { assumed: ASSUMED }) },
            { key: "requests", label: sheetText("requestsPerMonthMonth1"), values: { api: 500_000 }, format: "count", unit: sheetText("requestsPerMonth2"), notes: sheetText("setsTheRequestSizeLongContext", { assumed: ASSUMED }) },
            { key: "reasoning", label: sheetText("reasoningTokensPerRequest"), values: { api: 0 }, format: "tokens", unit: sheetText("tokensPerRequest"), notes: sheetText("default0ReasoningModelsOpenaiO") },
            { key: "growth", label: sheetText("monthlyGrowthOfTheWorkload"), values: { api: 0.1 }, format: "percent", unit: sheetText("perMonth"), notes: sheetText("t10AMonthCompoundingSoThat", { assumed: ASSUMED }) },
            { key: "cap", label: sheetText("mostRequestsPerMonthGrowthCap", { unit: "request" }), values: { api: 10_000_000 }, format: "count", unit: sheetText("perMonth"), notes: sheetText("assumptionTheAddressablePopulationSMonthly") },
          ],
        },
        {
          title: sheetText("inputsApiModel"),
          kind: "inputs",
          headers: { api: sheetText("value"), hosted: "", selfhost: "", budget: "" },
          rows: [
            { key: "model", label: sheetText("apiModel"), values: { api: { choice: "model" } }, names: { api: "ApiModel" }, unit: sheetText("modelId"), notes: sheetText("catalogListPricesOnThePrice") },
            { key: "cachedShare", label: sheetText("cachedShareOfInputTokens"), values: { api: 0 }, format: "percent", unit: sheetText("share"), notes: sheetText("default0NoPromptCachingApplies") },
            { key: "discount", label: sheetText("batchNegotiatedDiscount"), values: { api: 0 }, format: "percent", unit: sheetText("share"), notes: sheetText("default0ListPricesAppliesTo") },
            // the tier mix applies to the API model; the hosted open model is priced at its host's standard tier
            ...tierRows({ cols: ["api"], model: "{model}", inTok: "{inputTokens}/MAX(1,{requests})", outTok: "{outBilled}/MAX(1,{requests})", cachedTok: "{cachedTokens}/MAX(1,{requests})" }),
          ],
        },
        {
          title: sheetText("inputsOpenModelHostedAndSelf"),
          kind: "inputs",
          headers: { api: "", hosted: "", selfhost: sheetText("value"), budget: "" },
          rows: [
            { key: "openModel", label: sheetText("openModel"), values: { selfhost: { choice: "openModel" } }, names: { selfhost: "SelfHostModel" }, unit: sheetText("modelId"), notes: sheetText("openWeightModelArchitectureFromEach") },
            { key: "gpu", label: "GPU", values: { selfhost: { choice: "gpu" } }, names: { selfhost: "SelfHostGpu" }, unit: sheetText("gpuId"), notes: sheetText("memoryBandwidthAndPeakComputeFrom") },
            { key: "utilization", label: sheetText("targetAverageLoadOfTheGpus"), values: { selfhost: 0.6 }, format: "percent", unit: sheetText("shareOfFullLoad"), notes: sheetText("default60HeadroomForPeaksA") },
            { key: "gpuSource", label: sheetText("gpusRentedOrOwned"), values: { selfhost: "rented" }, validation: ["rented", "owned"], format: "text", unit: sheetText("rentedOwned"), notes: sheetText("dropDownRentedUsesTheCatalog") },
            { key: "ownedPurchase", label: sheetText("ownedGpuPurchasePricePerGpu"), values: { selfhost: 0 }, format: "moneyFx", unit: sheetText("currencyPerGpu"), notes: sheetText("t0UsesTheCatalogSDated") },
            { key: "ownedGpuHour", label: sheetText("ownedGpuCostPerGpuHour"), kind: "calc", values: { selfhost: "=IF({ownedPurchase}>0,LLMCOST.GPUTCO({gpu},{ownedPurchase}/{FxRate}),LLMCOST.GPUTCO({gpu}))" }, format: "money", unit: sheetText("usdPerGpuHour"), notes: sheetText("purchaseSpreadOver5YearsBoard") },
            { key: "standby", label: sheetText("standbyReplicasForAvailability"), kind: "calc", values: { selfhost: "=StandbyReplicas" }, format: "count", unit: sheetText("replicas"), notes: SHARED("StandbyReplicas", sheetText("spareReplicasN1SoThat")) },
          ],
        },
        {
          title: sheetText("inputsPeopleAndPlatform"),
          kind: "inputs",
          rows: [
            // the drivers every sheet shares live on Assumptions (issue 22: one assumption, one home); the hosted open
            // model is run like an API integration
            { key: "fteRate", label: sheetText("loadedCostOfOneEngineer"), kind: "calc", values: { api: `=${assumedMoney("LoadedCostPerFteMonth")}` }, format: "moneyFx", unit: sheetText("currencyPerFteMonth"), notes: SHARED("LoadedCostPerFteMonth", sheetText("loadedCostFromAssumptionsAtTheSheetRate")) },
            { key: "setupEffort", label: sheetText("setUpIntegrationEvaluationSetLaunch"), kind: "calc", values: { api: "=BuildMonthsApi", hosted: "=BuildMonthsApi", selfhost: "=BuildMonthsSelfHost" }, format: "decimal", unit: sheetText("fteMonthsOneOff"), notes: SHARED("BuildMonthsApi, BuildMonthsSelfHost", sheetText("theGuideSRoiCountsSetUp")) },
            { key: "runEffort", label: sheetText("runningMonitoringEvaluationAndHumanReview"), kind: "calc", values: { api: "=RunFteApi", hosted: "=RunFteApi", selfhost: "=RunFteSelfHost" }, format: "decimal", unit: sheetText("fteEveryMonth"), notes: SHARED("RunFteApi, RunFteSelfHost", sheetText("theGuideSOngoingCostsMaintenance")) },
            { key: "storageEgress", label: sheetText("storageAndDataTransfer"), values: { api: 0, hosted: 0, selfhost: 0 }, names: { api: "StorageEgress_Api" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("default0ThisWorkloadSText") },
          ],
        },
        {
          title: sheetText("inputsRangeAndBudget"),
          kind: "inputs",
          headers: { api: sheetText("value"), hosted: "", selfhost: "", budget: sheetText("value") },
          rows: [
            { key: "volumeLow", label: sheetText("workloadVolumeLowCase"), values: { api: 0.7 }, names: { api: "VolumeMultiple_Low" }, format: "multiple", unit: sheetText("theBaseVolume"), notes: sheetText("tokenForecastsForANewFeature2", { assumed: ASSUMED }) },
            { key: "volumeHigh", label: sheetText("workloadVolumeHighCase"), values: { api: 1.5 }, names: { api: "VolumeMultiple_High" }, format: "multiple", unit: sheetText("theBaseVolume"), notes: ASSUMED },
            { key: "gpuPriceLow", label: sheetText("gpuPriceLowCase"), kind: "calc", values: { api: "=GpuPriceFactor_Low/GpuPriceFactor" }, format: "multiple", unit: sheetText("theGpuPrice"), notes: SHARED("GpuPriceFactor_Low", sheetText("gpuPriceFactorLowOverInUse")) },
            { key: "gpuPriceHigh", label: sheetText("gpuPriceHighCase"), kind: "calc", values: { api: "=GpuPriceFactor_High/GpuPriceFactor" }, format: "multiple", unit: sheetText("theGpuPrice"), notes: SHARED("GpuPriceFactor_High", sheetText("gpuPriceFactorHighOverInUse")) },
            { key: "budgetChoice", label: sheetText("optionInTheBudget"), values: { budget: OPTIONS[0] }, validation: OPTIONS, format: "text", unit: sheetText("option"), notes: sheetText("dropDownWhichOptionTheBudget") },
          ],
        },
        {
          title: sheetText("calculations"),
          kind: "calculations",
          rows: [
            { key: "outBilled", label: sheetText("outputTokensPerMonthInclReasoning2"), values: { api: "={outputTokens}+{requests}*{reasoning}" }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("outputRequestsReasoningTokens") },
            { key: "cachedTokens", label: sheetText("cachedInputTokensPerMonth"), values: { api: "={inputTokens}*{cachedShare}" }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("inputCachedShare") },
            { key: "requestsOk", label: sheetText("requestsGivenForTheTokens"), values: { api: "=OR({requests}>0,{inputTokens}+{outBilled}=0)" }, format: "general", unit: "TRUE/FALSE", notes: sheetText("requestsGivenForTheTokensNote") },
            { key: "outPerRequest", label: sheetText("outputTokensPerRequestInclReasoning"), values: { api: "={outBilled}/MAX(1,{requests})" }, format: "tokens", unit: sheetText("tokensPerRequest"), notes: sheetText("outputTokensPerRequestInclReasoningNote") },
            { key: "ioRatio", label: sheetText("inputOutputRatio"), values: { api: "=IF({outBilled}>0,{inputTokens}/{outBilled},1)" }, format: "decimal", unit: sheetText("inputPerOutputToken"), notes: sheetText("passedToBreakeven") },
            { key: "hostedId", label: sheetText("hostedApiIdOfTheOpen"), values: { hosted: `=IFERROR(INDEX(${hostedRange("hosted")},MATCH({openModel},${hostedRange("api")},0)),"${sheetText("noneListed")}")` }, format: "text", unit: sheetText("providerModelId"), notes: sheetText("lookedUpInTheHostedPrice") },
            { key: "gpus", label: sheetText("gpusPerReplica"), values: { selfhost: `=IFERROR(LLMCOST.GPUCOUNT({openModel},{gpu}),IF(ISNA(LLMCOST.GPUCOUNT({openModel},{gpu})),"${sheetText("unknownModelOrGpu")}","${sheetText("doesNotFitOn82")}"&{gpu}&"${sheetText("gpusSuffix")}"))` }, format: "count", unit: sheetText("gpus"), notes: sheetText("llmcostGpucountModelGpuFewestGpus") },
            { key: "fits", label: sheetText("modelFitsOnOneServer"), values: { selfhost: "=ISNUMBER({gpus})" }, format: "general", unit: "TRUE/FALSE", notes: sheetText("falseSelfHostingNeedsMoreGpus") },
            { key: "rentedPrice", label: sheetText("rentedGpuPriceCatalogMedianOn"), values: { selfhost: "=LLMCOST.GPUPRICE({gpu})" }, format: "money", unit: sheetText("usdPerGpuHour"), notes: sheetText("llmcostGpupriceGpuMedianOnDemand") },
            { key: "buyPrice", label: sheetText("ownedGpuPurchasePriceUsed"), values: { selfhost: `=IF({ownedPurchase}>0,{ownedPurchase}/{FxRate},IFERROR(INDEX(${purchaseRange("selfhost")},MATCH({gpu},${purchaseRange("api")},0)),"${sheetText("noPurchasePriceTypeOneAbove")}"))` }, format: "money", unit: sheetText("usdPerGpu"), notes: sheetText("thePriceTypedAboveElseThe") },
            { key: "ownYears", label: sheetText("ownedGpuYearsOfServiceConstant"), kind: "constant", values: { selfhost: OWN.years }, format: "integer", unit: sheetText("years"), notes: sheetText("sourceAsOf", { source: dataText("gpuOwnershipDefaultsSource", OWN.source), date: OWN.as_of }) },
            { key: "ownedRunHour", label: sheetText("ownedGpuRunningCostPerGpu"), values: { selfhost: "={ownedGpuHour}-{buyPrice}/({ownYears}*365*24)" }, format: "money", unit: sheetText("usdPerGpuHour"), notes: sheetText("gputcoLessThePurchaseSpreadOver") },
            { key: "gpuPrice", label: sheetText("gpuCostUsed"), values: { selfhost: '=IF({gpuSource}="owned",{ownedRunHour},{rentedPrice}*GpuPriceFactor)' }, format: "money", unit: sheetText("usdPerGpuHour"), notes: sheetText("rentedTheMedianTimesGpuPriceFactor") },
            { key: "gpuAllIn", label: sheetText("gpuCostPerHourPurchaseSpread"), values: { selfhost: '=IF({gpuSource}="owned",{ownedGpuHour},{rentedPrice}*GpuPriceFactor)' }, format: "money", unit: sheetText("usdPerGpuHour"), notes: sheetText("forTheBreakEvenVolumeWhich") },
            { key: "hours", label: sheetText("hoursPerMonthConstant"), values: { selfhost: "=365*24/12" }, format: "decimal", unit: sheetText("hours"), notes: sheetText("t3652412730EveryReplica") },
            { key: "monthsPerYear", label: sheetText("monthsPerYearConstant"), kind: "constant", values: { budget: 12 }, format: "integer", unit: sheetText("months"), notes: sheetText("universalConstantYear1Months1") },
            { key: "replicaMonthly", label: sheetText("costOfOneReplicaForA"), values: { selfhost: "=IF({fits},{gpus}*{gpuPrice}*{hours},0)" }, format: "money", unit: sheetText("usdPerMonth"), notes: sheetText("gpusPriceHours") },
            { key: "throughput", label: sheetText("throughputOfOneReplicaAtFull"), values: { selfhost: `=IF(AND({fits},{requests}>0),IFERROR(LLMCOST.THROUGHPUT({openModel},{gpu},{gpus},"",{inputTokens}/{requests},{outBilled}/{requests}),"${sheetText("nARequestLongerThanTheContext")}"),0)` }, format: "count", unit: sheetText("outputTokensPerSecond"), notes: sheetText("llmcostThroughputModelGpuGpusPrecision") },
            { key: "capacity", label: sheetText("outputTokensOneReplicaServesIn"), values: { selfhost: "=IF(ISNUMBER({throughput}),{throughput}*60*60*{hours},{throughput})" }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("throughput3600SecondsPerHour") },
            { key: "selfServe", label: sheetText("selfHostedFleetMonth1"), values: { selfhost: `=IFERROR(${selfHostCall("{inputTokens}", "{outBilled}", "{gpuPrice}", "{outPerRequest}")},"${sheetText("noSelfHostedEstimateCheckThe")}")` }, format: "money", unit: sheetText("usdPerMonth"), notes: sheetText("selfHostedFleetMonth1Note") },
            { key: "modelUsd", label: sheetText("modelOrGpuCostMonth12"), values: {
              api: `=IF({requestsOk},LLMCOST.INFERENCE({model},{inputTokens},{outBilled},{requests},{cachedTokens},{discount},{PriceDate},0,{PriceSheet})*{tierMix},"${sheetText("requestsNeededForTokens")}")`,
              hosted: `=IF({requestsOk:api},IFERROR(LLMCOST.INFERENCE({hostedId},{inputTokens},{outBilled},{requests},{cachedTokens},{discount},{PriceDate},0,{PriceSheet}),"${sheetText("noHostedPrice")}"),{modelUsd:api})`,
              selfhost: `=IF(NOT({fits}),{gpus},IF(NOT({requestsOk:api}),{modelUsd:api},IF(OR({utilization}<=0,{utilization}>1),"${sheetText("targetLoadMustBeAbove0")}",IF(ISNUMBER({throughput}),{selfServe},{throughput}))))`,
            }, format: "money", unit: sheetText("usdPerMonth"), notes: sheetText("apiOptionsLlmcostInferenceAtList") },
            { key: "selfOk", label: sheetText("selfHostedEstimateAvailable"), values: { selfhost: "=ISNUMBER({modelUsd})" }, format: "general", unit: "TRUE/FALSE", notes: sheetText("falseTheModelDoesNotFit") },
            { key: "replicas", label: sheetText("replicasRunningInMonth1"), values: { selfhost: "=IF({selfOk},IF({replicaMonthly}>0,ROUND({modelUsd}/{replicaMonthly},0),MAX(1,CEILING({outBilled}/({capacity}*{utilization}),1))),0)" }, format: "count", unit: sheetText("replicas"), notes: sheetText("selfhostSCostTheCostOf") },
            { key: "peakReplicas", label: sheetText("replicasServingTheBusiestMonth"), values: { selfhost: `=IF({selfOk},MAX({replicas},ROUND(${selfHostCall(`INDEX({pIn:all},1,${PERIODS})`, `INDEX({pOut:all},1,${PERIODS})`, "1", "{outPerRequest}")}/({gpus}*{hours}),0)),0)` }, format: "count", unit: sheetText("replicas"), notes: sheetText("month1OrMonthWhicheverNeeds", { periods: String(PERIODS) }) },
            { key: "purchaseUsd", label: sheetText("gpusBoughtOwned"), values: { selfhost: '=IF(AND({gpuSource}="owned",{selfOk}),({peakReplicas}+{standby})*{gpus}*{buyPrice},0)' }, format: "money", unit: sheetText("usdOneOff"), notes: sheetText("ownedBusiestMonthSReplicasStandby") },
            { key: "residualUsd", label: sheetText("residualValueOfTheGpusBought", { periods: String(PERIODS) }), values: { selfhost: `={purchaseUsd}*(1-GpuPriceDeclinePerYear)^(${PERIODS}/{monthsPerYear:budget})` }, format: "money", unit: "USD", notes: sheetText("purchase1GpupricedeclineperyearAssumptions3What") },
            { key: "standbyUsd", label: sheetText("standbyReplicasCost"), values: { selfhost: "={standby}*{replicaMonthly}" }, format: "money", unit: sheetText("usdPerMonth"), notes: sheetText("standbyReplicasCostOfOneReplica") },
            { key: "oneOffUsd", label: sheetText("setUpCostAndGpusBought"), values: { ...each("={setupEffort}*{fteRate}/{FxRate}"), selfhost: "={setupEffort}*{fteRate}/{FxRate}+{purchaseUsd}" }, format: "money", unit: sheetText("usdOneOff"), notes: sheetText("fteMonthsLoadedCostSelfHosted") },
            { key: "runUsd", label: sheetText("peopleAndPlatformEveryMonth"), values: each("=({runEffort}*{fteRate}+{storageEgress})/{FxRate}"), format: "money", unit: sheetText("usdPerMonth"), notes: sheetText("fteLoadedCostStorageAndTransfer") },
            { key: "runLow", label: sheetText("peopleAndPlatformLowCase"), values: runAt("_Low"), format: "money", unit: sheetText("usdPerMonth"), notes: sheetText("runFteAndLoadedCostAtLow") },
            { key: "runHigh", label: sheetText("peopleAndPlatformHighCase"), values: runAt("_High"), format: "money", unit: sheetText("usdPerMonth"), notes: sheetText("runFteAndLoadedCostAtHigh") },
            { key: "budgetIndex", label: sheetText("optionNumber"), values: { budget: `=MATCH({budgetChoice},{"${OPTIONS.join('","')}"},0)` }, format: "integer", unit: sheetText("t1To3"), notes: sheetText("positionOfTheChosenOption") },
          ],
        },
        {
          title: sheetText("inputsHostedApiPriceOfEach"),
          kind: "inputs",
          headers: { label: sheetText("openModel"), api: sheetText("openModel"), hosted: sheetText("hostedApiId"), selfhost: "", budget: "" },
          rows: hostedRows,
        },
        {
          title: sheetText("inputsPurchasePriceOfEachGpu"),
          kind: "inputs",
          headers: { label: "GPU", api: sheetText("gpuId"), hosted: "", selfhost: sheetText("usdPerGpu"), budget: "" },
          rows: purchaseRows,
        },
        {
          title: sheetText("checks"),
          kind: "checks",
          rows: [
            { label: sheetText("requestsGivenForTheTokens"), values: { api: "={requestsOk}" }, unit: "TRUE/FALSE", notes: sheetText("requestsGivenForTheTokensNote") },
            { label: sheetText("theOpenModelFitsOnOne"), values: { selfhost: "={fits}" }, unit: "TRUE/FALSE", notes: sheetText("falsePickALargerGpuA") },
            { label: sheetText("aSelfHostedEstimateExists"), values: { selfhost: "={selfOk}" }, unit: "TRUE/FALSE", notes: sheetText("falseSeeTheSelfHostedCost") },
            { label: sheetText("aHostedPriceExistsForThe"), values: { hosted: "=ISNUMBER({modelUsd})" }, unit: "TRUE/FALSE", notes: sheetText("falseAddAProviderModelId") },
            { label: sheetText("costsAreNotNegative"), values: numericCheck("{monthly}>=0") as Record<string, string>, unit: "TRUE/FALSE", notes: sheetText("monthlyCost0") },
            { label: sheetText("projectionMonth1EqualsTheMonthly"), values: { api: check(agrees("INDEX({pApi:all},1,1)", "{monthly}")), hosted: `=IF(ISNUMBER({monthly}),IFERROR(${agrees("INDEX({pHosted:all},1,1)", "{monthly}")},FALSE()),TRUE())`, selfhost: `=IF(ISNUMBER({monthly}),IFERROR(${agrees("INDEX({pSelf:all},1,1)", "{monthly}")},FALSE()),TRUE())` }, unit: "TRUE/FALSE", notes: sheetText("theProjectionStartsFromTheSame2") },
            { label: sheetText("lowBaseHigh"), values: numericCheck("AND({low}<={monthly},{monthly}<={high})") as Record<string, string>, unit: "TRUE/FALSE", notes: sheetText("theRangeBracketsTheBase") },
            ...tierChecks(["api"]),
            { label: sheetText("budgetOptionRecognised"), values: { budget: "=ISNUMBER({budgetIndex})" }, unit: "TRUE/FALSE", notes: sheetText("theDropDownHoldsOneOf") },
          ],
        },
      ],
      projection: {
        title: sheetText("monthProjection", { periods: String(PERIODS) }),
        periods: PERIODS,
        periodLabel: sheetText("month"),
        rows: [
          { key: "pMonth", label: sheetText("monthNumber"), each: "={period}", format: "integer", unit: sheetText("month2"), notes: sheetText("forTheYear1Sum") },
          { key: "pDate", label: sheetText("monthStarting"), first: "=FirstMonth", each: "=EDATE({pDate:prev},1)", format: "date", unit: sheetText("date"), notes: sheetText("firstmonthAssumptionsThenOneCalendarMonth") },
          { key: "pFiscal", label: sheetText("fiscalYear"), each: "=YEAR({pDate})+IF(AND(FiscalYearStartMonth>1,MONTH({pDate})>=FiscalYearStartMonth),1,0)", format: "integer", unit: sheetText("fiscalYearNamedByTheYear"), notes: sheetText("fiscalyearstartmonthAssumptions") },
          { key: "pIn", label: sheetText("inputTokens"), first: "={inputTokens}", each: "={pIn:prev}*{pScale}", format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("tokensGrowWithTheRequests") },
          { key: "pOut", label: sheetText("outputTokensInclReasoning"), first: "={outBilled}", each: "={pOut:prev}*{pScale}", format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("tokensGrowWithTheRequests") },
          { key: "pReq", label: sheetText("requests"), first: "={requests}", each: "=MIN({cap},{pReq:prev}*(1+{growth}))", format: "count", unit: sheetText("requestsPerMonth2"), notes: sheetText("growsAtTheMonthlyGrowthRate") },
          { key: "pScale", label: sheetText("growthThisMonth"), first: "=1", each: "=IF({pReq:prev}>0,{pReq}/{pReq:prev},1+{growth})", format: "decimal", unit: sheetText("timesLastMonth"), notes: sheetText("tokensGrowWithTheRequests") },
          { key: "pCapped", label: sheetText("growthStoppedAtTheCap"), each: `=IF(AND({growth}>0,{pReq}>={cap}),"${sheetText("atTheCap")}","")`, format: "text", unit: sheetText("note"), notes: sheetText("atTheCapTheMonthS") },
          { key: "pApiPrice", label: sheetText("apiPriceIndex"), each: API_PRICE_INDEX_EACH, format: "decimal", unit: sheetText("priceDate"), notes: sheetText("apipricedeclineperyearAssumptionsCompoundedMonth") },
          { key: "pGpuPrice", label: sheetText("gpuPriceIndex"), each: '=IF({gpuSource}="owned",1,(1-GpuPriceDeclinePerYear)^(({period}-1)/{monthsPerYear}))', format: "decimal", unit: sheetText("priceDate"), notes: sheetText("gpupricedeclineperyearAssumptionsForRentedGpus1") },
          { key: "pApi", label: sheetText("apiModel"), each: "=IF({requestsOk:api},(LLMCOST.INFERENCE({model},{pIn},{pOut},{pReq},{pIn}*{cachedShare},{discount},{PriceDate},0,{PriceSheet})*{tierMix}*{pApiPrice}+{runUsd:api})*{FxRate},NA())", format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("tokensAtListPricesTheApi") },
          { key: "pHosted", label: sheetText("sameOpenModelHosted"), each: "=IFERROR((LLMCOST.INFERENCE({hostedId},{pIn},{pOut},{pReq},{pIn}*{cachedShare},{discount},{PriceDate},0,{PriceSheet})*{pApiPrice}+{runUsd:hosted})*{FxRate},NA())", format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("theApiPriceIndexNA") },
          { key: "pSelf", label: sheetText("selfHosted"), each: `=IF({selfOk},(${selfHostCall("{pIn}", "{pOut}", "{gpuPrice}", "{outPerRequest}")}+{standbyUsd})*{pGpuPrice}*{FxRate}+{runUsd:selfhost}*{FxRate},NA())`, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("gpuFleetTheGpuPriceIndex") },
          { key: "pCheaper", label: sheetText("selfHostingCheaperThanTheApi"), each: '=IFERROR(IF({pSelf}<{pApi},{period},""),"")', format: "integer", unit: sheetText("monthNumberWhereCheaper"), notes: sheetText("theFirstSuchMonthIsThe") },
          { key: "pCumApi", label: sheetText("apiModelCumulativeWithOneOffs"), first: "={oneOff:api}+{pApi}", each: "={pCumApi:prev}+{pApi}", format: "moneyFx", unit: "{currency}", notes: sheetText("setUpEveryMonthSoFar") },
          { key: "pCumSelf", label: sheetText("selfHostedCumulativeWithOneOffs"), first: "={oneOff:selfhost}+{pSelf}", each: "={pCumSelf:prev}+{pSelf}", format: "moneyFx", unit: "{currency}", notes: sheetText("setUpAndGpusBoughtEvery") },
          { key: "pCheaperCum", label: sheetText("selfHostingCheaperInTotalSo"), each: '=IFERROR(IF({pCumSelf}<{pCumApi},{period},""),"")', format: "integer", unit: sheetText("monthNumberWhereCheaper"), notes: sheetText("theFirstSuchMonthIsThe2") },
          { key: "pCheaperHosted", label: sheetText("selfHostingCheaperThanTheSame"), each: '=IFERROR(IF({pSelf}<{pHosted},{period},""),"")', format: "integer", unit: sheetText("monthNumberWhereCheaper"), notes: sheetText("likeWithLike") },
        ],
      },
      chart: { type: "Line", title: sheetText("monthlyRunningCostByOptionSee"), over: "periods", rows: ["pApi", "pHosted", "pSelf"] },
    },
    apiVsSelfhostSimulation(),
  ],
};
