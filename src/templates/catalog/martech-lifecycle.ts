import { sheetText } from "../../i18n/sheet-text";
import type { RowSpec, SectionSpec, TemplateSpec } from "../types";
import { complaintRedressal } from "./complaint-redressal";
import { embeddingRetrieval } from "./embedding-retrieval";
import { sentimentAnalysis } from "./sentiment-analysis";

/**
 * Exhibit 1 of the guide: one generative-AI use case per MarTech lifecycle stage, each costed through an API and
 * self-hosted (Chapter 1: "for each case study ... external API and self-hosted"). Where the workbook already has the
 * stage's use-case sheet, the API figures link to that sheet's budget names; elsewhere this sheet's own inputs price it.
 */

/** Sheet names of the use-case templates for the acquisition and win-back stages (templates added in issue 12). */
export const ACQUISITION_SHEET = sheetText("acquisition");
export const WIN_BACK_SHEET = sheetText("winBack");

interface Stage {
  key: string;
  label: string;
  sheet: string;
  useCase: string;
  model: string;
  requests: number;
  inTokens: number;
  outTokens: number;
  notes: string;
}

const ASSUMED = sheetText("assumedNoPublishedSourceReplaceWith");
const ASSUMED_IN_A_SENTENCE = "assumed (no published source; replace with your own)";
const STAGES: Stage[] = [
  { key: "acquisition", label: sheetText("acquisition"), sheet: ACQUISITION_SHEET, useCase: "Personalised outreach and lead qualification", model: "gpt-4.1-mini", requests: 200_000, inTokens: 300, outTokens: 400, notes: `${ASSUMED}: the guide gives no figures for this stage` },
  { key: "retention", label: sheetText("retention"), sheet: complaintRedressal.sheets[0].name, useCase: sheetText("complaintRedressalChatbotFineTuned"), model: "ft:gpt-4.1-mini", requests: 150_000, inTokens: 600, outTokens: 600, notes: "Guide use case 1: 150,000 users × 1,200 tokens a month; the 50/50 input/output split is assumed" },
  { key: "engagement", label: sheetText("engagement"), sheet: sentimentAnalysis.sheets[0].name, useCase: sheetText("sentimentAnalysisWithFunctionCalling"), model: "gpt-4.1-mini", requests: 30_000, inTokens: 300, outTokens: 500, notes: "Guide use case 2: 30,000 queries, 300 input (incl. function calling) and 500 output tokens each" },
  { key: "retrieval", label: sheetText("engagementRetrieval"), sheet: embeddingRetrieval.sheets[0].name, useCase: "Embedding search over the domain corpus", model: "gpt-4.1-mini", requests: 10_000, inTokens: 1_500, outTokens: 300, notes: `Guide: 10,000 queries a month over the 84M-token corpus; answer sizes ${ASSUMED_IN_A_SENTENCE}` },
  { key: "winback", label: sheetText("winBack"), sheet: WIN_BACK_SHEET, useCase: "Churn-risk re-engagement messages", model: "gpt-4o-mini", requests: 100_000, inTokens: 250, outTokens: 350, notes: `${ASSUMED}: the guide gives no figures for this stage` },
];

/** The column keys: the costs section reads them as cost columns; the stage-inputs section relabels them. */
const COLUMNS = [
  { key: "oneOffApi", header: sheetText("apiOneOff"), input: sheetText("useCase"), width: 200 },
  { key: "oneOffSelf", header: sheetText("selfHostedOneOff"), input: sheetText("apiModel"), width: 120 },
  { key: "monthlyApi", header: sheetText("apiMonthly"), input: sheetText("requestsMonth") },
  { key: "monthlySelf", header: sheetText("selfHostedMonthly"), input: sheetText("inputTokensRequest") },
  { key: "year1Api", header: sheetText("apiYear1"), input: sheetText("outputTokensRequest") },
  { key: "year1Self", header: sheetText("selfHostedYear1"), input: sheetText("oneOffSetUp") },
] as const;

/** Placeholders of a stage's own inputs (its row in the stage-inputs section). */
const own = (stage: Stage) => ({
  model: `{${stage.key}In:oneOffSelf}`,
  requests: `{${stage.key}In:monthlyApi}`,
  input: `{${stage.key}In:monthlyApi}*{${stage.key}In:monthlySelf}`,
  output: `{${stage.key}In:monthlyApi}*{${stage.key}In:year1Api}`,
  oneOff: `{${stage.key}In:year1Self}`,
});

function stageInputs(stage: Stage): RowSpec {
  return {
    key: `${stage.key}In`,
    label: stage.label,
    values: { oneOffApi: stage.useCase, oneOffSelf: stage.model, monthlyApi: stage.requests, monthlySelf: stage.inTokens, year1Api: stage.outTokens, year1Self: 15_000 },
    format: { oneOffApi: "text", oneOffSelf: "text", monthlyApi: "count", monthlySelf: "tokens", year1Api: "tokens", year1Self: "money" },
    validation: stage.model.startsWith("ft:") ? undefined : { oneOffSelf: "chatModels" },
    unit: sheetText("usdSetUpOneOffVolumes"),
    notes: `${stage.notes}. One-off set-up (integration, evaluation): ${ASSUMED_IN_A_SENTENCE}, about one engineer-month`,
  };
}

function stageCosts(stage: Stage): RowSpec {
  const o = own(stage);
  const link = (name: string, missing: string) => ({ link: { sheet: stage.sheet, name }, missing });
  const monthlyApi = `=LLMCOST.INFERENCE(${o.model},${o.input},${o.output},${o.requests},${o.input}*{cachedShare},{discount},{PriceDate},0,{PriceSheet})*{FxRate}`;
  return {
    key: stage.key,
    label: stage.label,
    values: {
      oneOffApi: link("OneOffCost_Catalog", `=${o.oneOff}*{FxRate}`),
      oneOffSelf: `=(${o.oneOff}+{selfSetup})*{FxRate}`,
      monthlyApi: link("MonthlyCost_Catalog", monthlyApi),
      monthlySelf: `=IF({selfOk},IFERROR(LLMCOST.SELFHOST({openModel},{gpu},${o.input},${o.output},{gpus},{gpuPrice},{utilization})*{FxRate},"${sheetText("noEstimateCheckTheInputs")}"),{selfStatus})`,
      year1Api: link("Year1Cost_Catalog", `={${stage.key}:oneOffApi}+{${stage.key}:monthlyApi}*{growthMonths}`),
      year1Self: `=IF(ISNUMBER({${stage.key}:monthlySelf}),{${stage.key}:oneOffSelf}+{${stage.key}:monthlySelf}*{growthMonths},{${stage.key}:monthlySelf})`,
    },
    format: "moneyFx",
    unit: "{currency}",
    notes: `API: linked to the sheet "${stage.sheet}" (its _Catalog budget names, green) when the workbook has it, else priced from this sheet's inputs. Self-hosted: GPUs for this stage's volume alone`,
  };
}

function sourceRow(stage: Stage): RowSpec {
  return {
    key: `${stage.key}Source`,
    label: stage.label,
    values: { oneOffApi: { link: { sheet: stage.sheet, name: "MonthlyCost_Catalog" }, found: `="${sheetText("linkedTo", { sheet: "{linkSheet}" })}"`, missing: `="${sheetText("ownInputsNoSheet", { sheet: stage.sheet })}"` } },
    format: "text",
    unit: "",
    notes: sheetText("insertTheUseCaseSheetFirst"),
  };
}

const first = STAGES[0].key;
const last = STAGES[STAGES.length - 1].key;
const total = (column: string) => `=SUM({${first}:${column}}:{${last}:${column}})`;
/** A self-hosted total: the sum where every stage has a number, else the reason there is none. */
const selfTotal = (column: string) => `=IF(COUNT({${first}:${column}}:{${last}:${column}})=${STAGES.length},SUM({${first}:${column}}:{${last}:${column}}),IF({selfOk},"${sheetText("noEstimateCheckTheInputs")}",{selfStatus}))`;
const totalTokens = (perRequestColumn: string) => `SUMPRODUCT({${first}In:monthlyApi}:{${last}In:monthlyApi},{${first}In:${perRequestColumn}}:{${last}In:${perRequestColumn}})`;
const sharedHeaders = { oneOffApi: sheetText("value"), oneOffSelf: "", monthlyApi: "", monthlySelf: "", year1Api: "", year1Self: "" };

const costSection: SectionSpec = {
  title: sheetText("costByLifecycleStageApiAnd"),
  kind: "outputs",
  headers: { label: sheetText("stage") },
  rows: [
    ...STAGES.map(stageCosts),
    {
      key: "portfolio",
      label: sheetText("portfolioEachStageOnItsOwn"),
      values: { oneOffApi: total("oneOffApi"), oneOffSelf: total("oneOffSelf"), monthlyApi: total("monthlyApi"), monthlySelf: selfTotal("monthlySelf"), year1Api: total("year1Api"), year1Self: selfTotal("year1Self") },
      names: { oneOffApi: "PortfolioOneOffCost", monthlyApi: "PortfolioMonthlyCost", year1Api: "PortfolioYear1Cost" },
      format: "moneyFx",
      unit: "{currency}",
      notes: sheetText("sumOfTheStages"),
    },
    {
      key: "sharedFleet",
      label: sheetText("selfHostedOnOneSharedFleet"),
      values: {
        oneOffSelf: "={portfolio:oneOffApi}+{selfSetup}*{FxRate}",
        monthlySelf: `=IF({selfOk},IFERROR(LLMCOST.SELFHOST({openModel},{gpu},${totalTokens("monthlySelf")},${totalTokens("year1Api")},{gpus},{gpuPrice},{utilization})*{FxRate},"${sheetText("noEstimateCheckTheInputs")}"),{selfStatus})`,
        year1Self: "=IF(ISNUMBER({sharedFleet:monthlySelf}),{sharedFleet:oneOffSelf}+{sharedFleet:monthlySelf}*{growthMonths},{sharedFleet:monthlySelf})",
      },
      names: { monthlySelf: "PortfolioSelfHostedMonthlyCost" },
      format: "moneyFx",
      unit: "{currency}",
      notes: sheetText("allStagesTokensOnOneSet"),
    },
  ],
};

/** Exhibit 1 of the guide: the MarTech lifecycle portfolio. */
export const martechLifecycle: TemplateSpec = {
  id: "martech-lifecycle",
  title: sheetText("martechLifecyclePortfolio"),
  description: sheetText("oneOffMonthlyAndYear1"),
  group: "planning",
  source: sheetText("llmEconomicsGuideChapter1Exhibit2"),
  choices: [
    { key: "openModel", label: sheetText("openModelSelfHosted"), list: "openModels", default: "llama-3.1-8b" },
    { key: "gpu", label: "GPU", list: "gpus", default: "h100-sxm" },
  ],
  sheets: [
    {
      name: sheetText("martechLifecycle"),
      valueColumns: COLUMNS.map(({ key, header, ...rest }) => ({ key, header, ...("width" in rest ? { width: rest.width } : {}) })),
      sections: [
        costSection,
        {
          title: sheetText("whereEachStageSApiFigures"),
          kind: "outputs",
          headers: { label: sheetText("stage"), ...sharedHeaders, oneOffApi: "Source" },
          rows: STAGES.map(sourceRow),
        },
        {
          title: sheetText("inputsShared"),
          kind: "inputs",
          headers: sharedHeaders,
          rows: [
            { key: "cachedShare", label: sheetText("cachedShareOfInputTokens"), values: { oneOffApi: 0 }, format: "percent", unit: sheetText("share"), notes: sheetText("default0NoPromptCachingOwn") },
            { key: "discount", label: sheetText("batchNegotiatedDiscount"), values: { oneOffApi: 0 }, format: "percent", unit: sheetText("share"), notes: sheetText("default0ListPricesOwnInput") },
            { key: "growth", label: sheetText("monthlyGrowthOfEveryStage"), values: { oneOffApi: 0 }, format: "percent", unit: sheetText("perMonth"), notes: sheetText("default0AFlatYearYear") },
            { key: "openModel", label: sheetText("openModelSelfHosted"), values: { oneOffApi: { choice: "openModel" } }, unit: sheetText("modelId"), notes: sheetText("openWeightModelArchitectureFromIts") },
            { key: "gpu", label: "GPU", values: { oneOffApi: { choice: "gpu" } }, unit: "GPU id", notes: sheetText("vendorDatasheetsRentedAtTheCatalog") },
            { key: "utilization", label: sheetText("targetAverageLoadOfTheGpus"), values: { oneOffApi: 0.6 }, format: "percent", unit: sheetText("shareOfFullLoad"), notes: sheetText("default60HeadroomForPeaksA2") },
            { key: "selfSetup", label: sheetText("extraOneOffSetUpTo"), values: { oneOffApi: 30_000 }, format: "money", unit: "USD", notes: sheetText("aboutTwoEngineerMonthsForA", { assumed: ASSUMED }) },
          ],
        },
        {
          title: sheetText("inputsEachStageSOwnWorkload"),
          kind: "inputs",
          headers: { label: sheetText("stage"), ...Object.fromEntries(COLUMNS.map((c) => [c.key, c.input])) },
          rows: STAGES.map(stageInputs),
        },
        {
          title: sheetText("calculations"),
          kind: "calculations",
          headers: sharedHeaders,
          rows: [
            { key: "monthsPerYear", label: sheetText("monthsPerYearConstant"), kind: "constant", values: { oneOffApi: 12 }, format: "integer", unit: sheetText("months"), notes: sheetText("universalConstant2") },
            { key: "growthMonths", label: sheetText("monthsOfMonth1CostIn"), values: { oneOffApi: "=IF({growth}=0,{monthsPerYear},((1+{growth})^{monthsPerYear}-1)/{growth})" }, format: "decimal", unit: sheetText("months"), notes: sheetText("t1GrowthM1Over12") },
            { key: "gpus", label: sheetText("gpusPerReplica"), values: { oneOffApi: `=IFERROR(LLMCOST.GPUCOUNT({openModel},{gpu}),IF(ISNA(LLMCOST.GPUCOUNT({openModel},{gpu})),"${sheetText("unknownModelOrGpu")}","${sheetText("doesNotFitOn82")}"&{gpu}&" GPUs"))` }, format: "count", unit: sheetText("gpus"), notes: sheetText("llmcostGpucountModelGpu") },
            { key: "fits", label: sheetText("modelFitsOnOneServer"), values: { oneOffApi: "=ISNUMBER({gpus})" }, format: "general", unit: "TRUE/FALSE", notes: sheetText("falsePickALargerGpuOr") },
            { key: "selfStatus", label: sheetText("selfHostingStatus"), values: { oneOffApi: `=IF(NOT({fits}),{gpus},IF(OR({utilization}<=0,{utilization}>1),"${sheetText("targetLoadMustBeAbove0")}","OK"))` }, format: "text", unit: "", notes: sheetText("okOrWhyTheSelfHosted") },
            { key: "selfOk", label: sheetText("selfHostedEstimatePossible"), values: { oneOffApi: '={selfStatus}="OK"' }, format: "general", unit: "TRUE/FALSE", notes: sheetText("theModelFitsAndTheTarget") },
            { key: "gpuPrice", label: sheetText("gpuPrice"), values: { oneOffApi: "=LLMCOST.GPUPRICE({gpu})" }, format: "money", unit: sheetText("usdPerGpuHour"), notes: sheetText("llmcostGpupriceGpuCatalogMedianOn") },
          ],
        },
        {
          title: sheetText("checks"),
          kind: "checks",
          rows: [
            { label: sheetText("portfolioEqualsTheStages"), values: { monthlyApi: `=IFERROR(ROUND({portfolio:monthlyApi}-(${STAGES.map((s) => `{${s.key}:monthlyApi}`).join("+")}),2)=0,FALSE())` }, unit: "TRUE/FALSE", notes: sheetText("totalParts0") },
            { label: sheetText("year1CoversTheOneOff"), values: { year1Api: "=IFERROR({portfolio:year1Api}>={portfolio:oneOffApi}+{portfolio:monthlyApi},FALSE())" }, unit: "TRUE/FALSE", notes: sheetText("year1OneOffMonth1") },
            { label: sheetText("selfHostedFiguresAvailable"), values: { monthlySelf: "=ISNUMBER({portfolio:monthlySelf})" }, unit: "TRUE/FALSE", notes: sheetText("falseTheSelfHostedColumnsSay") },
          ],
        },
      ],
      chart: { type: "BarClustered", title: sheetText("apiMonthlyCostByLifecycleStage"), over: "values", rows: STAGES.map((s) => s.key), columns: ["monthlyApi"] },
    },
  ],
};
