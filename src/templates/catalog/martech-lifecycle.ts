import { sheetText } from "../../i18n/sheet-text";
import { assumedMoney } from "../assumptions/drivers";
import { API_PRICE_INDEX_OF_YEAR } from "../assumptions/price-index";
import { VECTOR_DB, VECTOR_DB_SOURCE, VECTOR_QUERY_RULE } from "../blocks";
import { check, decision, difference, selfHostCall } from "../blocks/formulas";
import { TIER_SOURCE, oneRequest, tierMixFormula, tierOffered, tierRequest } from "../blocks/tiers";
import type { CellContent, RowSpec, SectionSpec, TemplateSpec } from "../types";
import { complaintRedressal } from "./complaint-redressal";
import { embeddingRetrieval } from "./embedding-retrieval";
import { portfolioSimulation } from "./martech-simulation";
import { sentimentAnalysis } from "./sentiment-analysis";
import { agrees } from "../blocks/agree";

/**
 * Exhibit 1 of the guide as a portfolio summary at ONE scope (issue 22): for each lifecycle stage, the API and the
 * self-hosted option as whole cost (model, vector database, people, review and platform), one-off, month 1, model-only
 * month 1, years 1–3, and the benefit where the stage's sheet has one. A stage whose use-case sheet is in the workbook
 * links to that sheet's budget names (green); otherwise this sheet prices it from its own inputs with the SAME chain
 * and the same Assumptions names as the use-case sheet, so that `PortfolioMonthlyCost` is the same figure whichever
 * order the sheets were inserted in (at the use-case sheets' defaults).
 *
 * The value columns carry the probability block's keys (low, base, high, shape, tie) and one more, because the
 * portfolio's simulation (PortfolioMonthlyCost_P10/_P50/_P90) sits on this sheet; every section names its own headers.
 */

/** Sheet names of the use-case templates for the acquisition and win-back stages. */
export const ACQUISITION_SHEET = sheetText("acquisition");
export const WIN_BACK_SHEET = sheetText("winBack");

/** The six value columns, by what the cost sections put in them. */
export const C = { oneOff: "low", monthly: "base", token: "high", year1: "shape", year2: "tie", year3: "extra" } as const;
const COLUMN_KEYS = [C.oneOff, C.monthly, C.token, C.year1, C.year2, C.year3];
const YEARS = [C.oneOff, C.monthly, C.token];

interface Stage {
  key: string;
  label: string;
  sheet: string;
  useCase: string;
  model: string;
  requests: number;
  inTokens: number;
  outTokens: number;
  reviewShare: number;
  reviewMinutes: number;
  ftTokens?: number;
  corpusTokens?: number;
  vectors?: number;
  retrievals?: number;
  queryTokens?: number;
  /** The stage's sheet names a monthly benefit (MonthlyBenefit, PaybackMonths). */
  benefit?: boolean;
  notes: string;
}

const ASSUMED = sheetText("assumedNoPublishedSourceReplaceWith");
const SAME = sheetText("theUseCaseSheetSDefaults");
/** Each stage's own inputs are its use-case sheet's defaults, so that both insertion orders give the same figures. */
export const STAGES: Stage[] = [
  { key: "acquisition", label: sheetText("acquisition"), sheet: ACQUISITION_SHEET, useCase: sheetText("personalisedOutreachAndLeadQualification"), model: "gpt-4.1-mini", requests: 50_000, inTokens: 1_000, outTokens: 250, reviewShare: 0.05, reviewMinutes: 1, benefit: true, notes: sheetText("assumedNoFiguresForThisStage50000Leads", { assumed: ASSUMED, same: SAME }) },
  { key: "retention", label: sheetText("retention"), sheet: complaintRedressal.sheets[0].name, useCase: sheetText("complaintRedressalChatbotFineTuned"), model: "ft:gpt-4.1-mini", requests: 150_000, inTokens: 600, outTokens: 600, reviewShare: 0.02, reviewMinutes: 3, ftTokens: 42_000_000, notes: sheetText("guideUseCase1150000") },
  { key: "engagement", label: sheetText("engagement"), sheet: sentimentAnalysis.sheets[0].name, useCase: sheetText("sentimentAnalysisWithFunctionCalling"), model: "gpt-4.1-mini", requests: 30_000, inTokens: 300, outTokens: 500, reviewShare: 0.01, reviewMinutes: 1, notes: sheetText("guideUseCase230000") },
  { key: "retrieval", label: sheetText("engagementRetrieval"), sheet: embeddingRetrieval.sheets[0].name, useCase: sheetText("embeddingSearchOverTheDomainCorpus"), model: "gpt-4.1-mini", requests: 10_000, inTokens: 1_550, outTokens: 300, reviewShare: 0.01, reviewMinutes: 2, corpusTokens: 84_000_000, vectors: 50_000, retrievals: 1, queryTokens: 50, notes: sheetText("guide10000QueriesAMonthOverThe", { same: SAME }) },
  { key: "winback", label: sheetText("winBack"), sheet: WIN_BACK_SHEET, useCase: sheetText("churnRiskReEngagementMessages"), model: "gpt-4o-mini", requests: 20_000, inTokens: 1_200, outTokens: 160, reviewShare: 0.05, reviewMinutes: 1, benefit: true, notes: sheetText("assumedNoFiguresForThisStage20000Flagged", { assumed: ASSUMED, same: SAME }) },
];

const NA = sheetText("nANotPricedSeeTheRowsBelow");
const first = STAGES[0].key;
const last = STAGES[STAGES.length - 1].key;
/** A total over the stages' rows with `suffix`: the sum where every stage has a number, else why not (never a partial sum). */
const total = (suffix: string, col: string) => `=IF(COUNT({${first}${suffix}:${col}}:{${last}${suffix}:${col}})=${STAGES.length},SUM({${first}${suffix}:${col}}:{${last}${suffix}:${col}}),"${sheetText("nAAStageHasNo")}")`;
const stageSum = (suffix: string, col: string) => STAGES.map((s) => `{${s.key}${suffix}:${col}}`).join("+");

/** A cell linked to the stage's sheet name (converted to this sheet's currency), else its own formula. */
function linked(stage: Stage, name: string, own: string): CellContent {
  return { link: { sheet: stage.sheet, name }, found: `=IF(ISNUMBER({link}),{link}*{FxRate}/{${stage.key}Src:${C.monthly}},{link})`, missing: own };
}

// ---------- Each stage's own inputs and its month-1 parts (the use-case sheet's chain) ----------

function workloadRow(s: Stage): RowSpec {
  return {
    key: `${s.key}W`,
    label: s.label,
    values: { [C.oneOff]: s.useCase, [C.monthly]: s.model, [C.token]: s.requests, [C.year1]: s.inTokens, [C.year2]: s.outTokens, [C.year3]: s.reviewShare },
    format: { [C.oneOff]: "text", [C.monthly]: "text", [C.token]: "count", [C.year1]: "tokens", [C.year2]: "tokens", [C.year3]: "percent" },
    validation: s.model.startsWith("ft:") ? undefined : { [C.monthly]: "chatModels" },
    unit: sheetText("requestsAndTokensPerMonthShare"),
    notes: s.notes,
  };
}

function driverRow(s: Stage): RowSpec {
  return {
    key: `${s.key}D`,
    label: s.label,
    values: { [C.oneOff]: s.reviewMinutes, [C.monthly]: s.ftTokens ?? 0, [C.token]: s.corpusTokens ?? 0, [C.year1]: s.vectors ?? 0, [C.year2]: s.retrievals ?? 0, [C.year3]: s.queryTokens ?? 0 },
    format: { [C.oneOff]: "decimal", [C.monthly]: "tokens", [C.token]: "tokens", [C.year1]: "count", [C.year2]: "decimal", [C.year3]: "tokens" },
    unit: sheetText("minutesTokensVectorsQueriesPerRequest"),
    notes: sheetText("sameReviewMinutesFineTuningTokens", { same: SAME }),
  };
}

/** Month-1 parts: API tokens | GPUs (with standby) | vector database | review | logs and per-request extras | vector query price. */
function monthlyParts(s: Stage): RowSpec {
  const w = (c: string) => `{${s.key}W:${c}}`;
  const d = (c: string) => `{${s.key}D:${c}}`;
  const req = w(C.token);
  const inTok = `${req}*${w(C.year1)}`;
  const outTok = `${req}*${w(C.year2)}`;
  const serve = `${selfHostCall(inTok, outTok, "{gpuPrice}", w(C.year2))}+StandbyReplicas*{replicaCost}`;
  return {
    key: `${s.key}M`,
    label: s.label,
    values: {
      [C.oneOff]: `=LLMCOST.INFERENCE(${w(C.monthly)},${inTok},${outTok},${req},${inTok}*{cachedShare},{discount},{PriceDate},0,{PriceSheet})*{FxRate}*{${s.key}T:${C.year1}}`,
      [C.monthly]: `=IF({selfOk},IFERROR(IF(${outTok}=0,0,${serve})*{FxRate},"${sheetText("noEstimateCheckTheInputs")}"),{selfStatus})`,
      [C.token]: `=IF(OR(${d(C.year1)}>0,${d(C.year2)}>0),LLMCOST.VECTORSTORE(${d(C.year1)},{vecDims},{vecBytes},{vecGbPrice},${req}*${d(C.year2)},${`{${s.key}M:${C.year3}}`},{vecMinimum})*{FxRate},0)`,
      [C.year1]: `=${req}*${w(C.year3)}*ReviewFactor*${d(C.oneOff)}/{minutesPerHour}*${assumedMoney("ReviewerCostPerHour")}`,
      [C.year2]: `=${req}*((${w(C.year1)}+${w(C.year2)})*{logCost}+IF(${d(C.year3)}>0,LLMCOST.EMBEDDING({embModel},${d(C.year3)},{PriceDate},{PriceSheet}),0))*{FxRate}`,
      [C.year3]: `=MAX({ruMin},{ruPerGb}*${d(C.year1)}*{vecDims}*{vecBytes}/{bytesPerGb})*{vecReadPrice}`,
    },
    format: { [C.oneOff]: "moneyFx", [C.monthly]: "moneyFx", [C.token]: "moneyFx", [C.year1]: "moneyFx", [C.year2]: "moneyFx", [C.year3]: "decimal" },
    unit: sheetText("currencyPerMonthTheVectorQuery"),
    notes: sheetText("llmcostInferenceLlmcostSelfhostStandbyreplicasLl"),
  };
}

/**
 * The stage's API model at the tier mix (blocks/tiers.ts): one request of its shape at the standard, batch and priority
 * tiers, and the factor its month-1 API tokens are multiplied by.
 */
function tierRow(s: Stage): RowSpec {
  const w = (c: string) => `{${s.key}W:${c}}`;
  const t = (c: string) => `{${s.key}T:${c}}`;
  const shape = { model: w(C.monthly), inTok: w(C.year1), outTok: w(C.year2), cachedTok: `${w(C.year1)}*{cachedShare}` };
  return {
    key: `${s.key}T`,
    label: s.label,
    values: {
      [C.oneOff]: `=${oneRequest(shape)}`,
      [C.monthly]: tierRequest(shape, "batch", t(C.oneOff)),
      [C.token]: tierRequest(shape, "priority", t(C.oneOff)),
      [C.year1]: tierMixFormula("BatchShare", "PriorityShare", { std: t(C.oneOff), batch: t(C.monthly), priority: t(C.token) }),
    },
    format: { [C.oneOff]: "money", [C.monthly]: "money", [C.token]: "money", [C.year1]: "general" },
    unit: sheetText("usdPerRequestAndTierMix"),
    notes: sheetText("stageTierRowNote"),
  };
}

/** One-off parts: fine-tuning through the API | fine-tuning self-hosted | corpus embedding | vector writes | API total | self-hosted total. */
function oneOffParts(s: Stage): RowSpec {
  const d = (c: string) => `{${s.key}D:${c}}`;
  const o = (c: string) => `{${s.key}O:${c}}`;
  return {
    key: `${s.key}O`,
    label: s.label,
    values: {
      [C.oneOff]: `=IF(${d(C.monthly)}>0,LLMCOST.FINETUNE(SUBSTITUTE({${s.key}W:${C.monthly}},"ft:",""),${d(C.monthly)},{epochs},{PriceDate},{PriceSheet})*{FxRate},0)`,
      [C.monthly]: `=IF(${d(C.monthly)}>0,IF({selfOk},IFERROR(LLMCOST.TRAINHOURS({openModel},${d(C.monthly)},{gpu},{epochs},{ftMethod})*{gpuPrice}*{FxRate},"${sheetText("noEstimate")}"),{selfStatus}),0)`,
      [C.token]: `=IF(${d(C.token)}>0,LLMCOST.EMBEDDING({embModel},${d(C.token)},{PriceDate},{PriceSheet})*{FxRate},0)`,
      [C.year1]: `=${d(C.year1)}*({vecDims}*{vecBytes}/{bytesPerKb}+1)*{wuPerKb}*{vecWritePrice}/{perMillion}*{FxRate}`,
      [C.year2]: `=${o(C.oneOff)}+${o(C.token)}+${o(C.year1)}`,
      [C.year3]: `=IF(ISNUMBER(${o(C.monthly)}),${o(C.monthly)}+${o(C.token)}+${o(C.year1)},${o(C.monthly)})`,
    },
    format: "moneyFx",
    unit: "{currency}",
    notes: sheetText("llmcostFinetuneOfTheBaseModel"),
  };
}

// ---------- The stage cost tables (whole cost, one scope) ----------

/** Year n of the own-input fallback: the model part × its price index over the year, the rest flat, people and review × the wage index. */
const yearOwn = (s: Stage, model: string, people: string, index: string, y: string) =>
  `${model}*{${index}:${y}}+({${s.key}M:${C.token}}+{${s.key}M:${C.year2}})*{monthsPerYear}+(${people}+{${s.key}M:${C.year1}})*{monthsPerYear}*{wageIndex:${y}}`;

function apiRow(s: Stage): RowSpec {
  const m = (c: string) => `{${s.key}M:${c}}`;
  const own = (formula: string) => `=IFERROR(${formula},"${NA}")`;
  const year = (y: string) => yearOwn(s, m(C.oneOff), "{peopleApi}", "apiIndex", y);
  const oneOff = `{${s.key}O:${C.year2}}+BuildMonthsApi*{loaded}`;
  return {
    key: `${s.key}Api`,
    label: s.label,
    values: {
      [C.oneOff]: linked(s, "OneOffCost_Catalog", own(oneOff)),
      [C.monthly]: linked(s, "MonthlyCost_Catalog", own(`${m(C.oneOff)}+${m(C.token)}+${m(C.year1)}+${m(C.year2)}+{peopleApi}`)),
      [C.token]: linked(s, "MonthlyTokenCost_Catalog", own(m(C.oneOff))),
      [C.year1]: linked(s, "Year1Cost_Catalog", own(`${oneOff}+${year(YEARS[0])}`)),
      [C.year2]: linked(s, "Year2Cost_Catalog", own(year(YEARS[1]))),
      [C.year3]: linked(s, "Year3Cost_Catalog", own(year(YEARS[2]))),
    },
    format: "moneyFx",
    unit: "{currency}",
    notes: sheetText("linkedToTheSheetItsCatalog", { sheet: s.sheet }),
  };
}

function selfRow(s: Stage): RowSpec {
  const m = (c: string) => `{${s.key}M:${c}}`;
  const ifNumber = (cell: string, formula: string) => `=IF(ISNUMBER(${cell}),${formula},${cell})`;
  const gpus = m(C.monthly);
  const year = (y: string) => yearOwn(s, gpus, "{peopleSelf}", "gpuIndex", y);
  const oneOff = `{${s.key}O:${C.year3}}`;
  return {
    key: `${s.key}Self`,
    label: s.label,
    values: {
      [C.oneOff]: linked(s, "OneOffCost_SelfHost", ifNumber(oneOff, `${oneOff}+BuildMonthsSelfHost*{loaded}`)),
      [C.monthly]: linked(s, "MonthlyCost_SelfHost", ifNumber(gpus, `${gpus}+${m(C.token)}+${m(C.year1)}+${m(C.year2)}+{peopleSelf}`)),
      [C.token]: linked(s, "MonthlyTokenCost_SelfHost", `=${gpus}`),
      [C.year1]: linked(s, "Year1Cost_SelfHost", `=IF(COUNT(${gpus},${oneOff})=2,${oneOff}+BuildMonthsSelfHost*{loaded}+${year(YEARS[0])},${gpus})`),
      [C.year2]: linked(s, "Year2Cost_SelfHost", ifNumber(gpus, year(YEARS[1]))),
      [C.year3]: linked(s, "Year3Cost_SelfHost", ifNumber(gpus, year(YEARS[2]))),
    },
    format: "moneyFx",
    unit: "{currency}",
    notes: sheetText("eachStageOnItsOwnGpus", { sheet: s.sheet }),
  };
}

function sourceRow(s: Stage): RowSpec {
  return {
    key: `${s.key}Src`,
    label: s.label,
    values: {
      [C.oneOff]: { link: { sheet: s.sheet, name: "MonthlyCost_Catalog" }, found: `="${sheetText("linkedTo", { sheet: "{linkSheet}" })}"`, missing: `="${sheetText("ownInputsNoSheet", { sheet: s.sheet })}"` },
      [C.monthly]: { link: { sheet: s.sheet, name: "FxRate" }, found: "={link}", missing: "={FxRate}" },
      [C.token]: { link: { sheet: s.sheet, name: "MonthlyCost_Catalog" }, found: "=1", missing: "=0" },
    },
    format: { [C.oneOff]: "text", [C.monthly]: "decimal", [C.token]: "integer" },
    unit: sheetText("sourceItsUsdRate"),
    notes: sheetText("insertTheUseCaseSheetFirst2"),
  };
}

function benefitRow(s: Stage): RowSpec {
  const none = `="${sheetText("noneOnThisStageSSheet")}"`;
  const missing = `="${sheetText("nAInsertTheSheet", { sheet: s.sheet })}"`;
  return {
    key: `${s.key}Ben`,
    label: s.label,
    values: s.benefit
      ? { [C.oneOff]: linked(s, "MonthlyBenefit", missing), [C.monthly]: { link: { sheet: s.sheet, name: "PaybackMonths" }, missing } }
      : { [C.oneOff]: none, [C.monthly]: none },
    format: { [C.oneOff]: "moneyFx", [C.monthly]: "months" },
    unit: sheetText("currencyPerMonthMonths"),
    notes: s.benefit ? sheetText("theSheetMonthlybenefitAndPaybackmonthsApi", { sheet: s.sheet }) : sheetText("theStageSSheetStatesCosts"),
  };
}

const headersOf = (labels: Record<string, string>, label = sheetText("stage")) => ({ label, ...Object.fromEntries(COLUMN_KEYS.map((k) => [k, labels[k] ?? ""])) });
const COST_HEADERS = headersOf({ [C.oneOff]: sheetText("oneOff"), [C.monthly]: sheetText("monthlyMonth1"), [C.token]: sheetText("modelOnlyMonthly"), [C.year1]: sheetText("year1"), [C.year2]: sheetText("year2"), [C.year3]: sheetText("year3") });
const VALUE = headersOf({ [C.oneOff]: sheetText("value") }, sheetText("item"));
const totalRow = (key: string, label: string, suffix: string, names: Record<string, string>, notes: string): RowSpec => ({
  key,
  label,
  values: Object.fromEntries(COLUMN_KEYS.map((c) => [c, total(suffix, c)])),
  names,
  format: "moneyFx",
  unit: "{currency}",
  notes,
});

const SHARED_IN = `SUMPRODUCT({${first}W:${C.token}}:{${last}W:${C.token}},{${first}W:${C.year1}}:{${last}W:${C.year1}})`;
const SHARED_OUT = `SUMPRODUCT({${first}W:${C.token}}:{${last}W:${C.token}},{${first}W:${C.year2}}:{${last}W:${C.year2}})`;
/** Every stage's requests: the shared fleet serves their mean shape (sharedOut / this output tokens per request). */
const SHARED_REQUESTS = `SUM({${first}W:${C.token}}:{${last}W:${C.token}})`;
/** The rest of the shared fleet's month: every stage's vector database, review and logs, one team. */
const SHARED_REST = `SUM({${first}M:${C.token}}:{${last}M:${C.year2}})`;

/** Years 1–3 of a summary row, as a range. */
const THREE = (row: string) => `{${row}:${C.year1}},{${row}:${C.year2}},{${row}:${C.year3}}`;

const summary: SectionSpec = {
  title: sheetText("portfolioWholeCostOfEveryStage"),
  kind: "outputs",
  headers: headersOf({ [C.oneOff]: sheetText("oneOff"), [C.monthly]: sheetText("monthlyMonth1"), [C.token]: sheetText("modelOnlyMonthly"), [C.year1]: sheetText("year1"), [C.year2]: sheetText("year2"), [C.year3]: sheetText("year3") }, sheetText("optionHeader")),
  rows: [
    totalRow("portfolio", sheetText("apiEachStageOnItsOwn"), "Api", { [C.oneOff]: "PortfolioOneOffCost", [C.monthly]: "PortfolioMonthlyCost", [C.token]: "PortfolioMonthlyTokenCost", [C.year1]: "PortfolioYear1Cost", [C.year2]: "PortfolioYear2Cost", [C.year3]: "PortfolioYear3Cost" }, sheetText("wholeCostModelVectorDatabasePeople")),
    totalRow("portfolioSelf", sheetText("selfHostedEachStageOnIts"), "Self", { [C.oneOff]: "PortfolioOneOffCost_SelfHost", [C.monthly]: "PortfolioMonthlyCost_SelfHost", [C.token]: "PortfolioMonthlyTokenCost_SelfHost", [C.year1]: "PortfolioYear1Cost_SelfHost", [C.year2]: "PortfolioYear2Cost_SelfHost", [C.year3]: "PortfolioYear3Cost_SelfHost" }, sheetText("wholeCostTheSameScopeAs")),
    {
      key: "shared",
      label: sheetText("selfHostedOnOneSharedFleet2"),
      values: {
        [C.oneOff]: `=IF(COUNT({sharedGpu})=1,${stageSum("O", C.year3)}+({stages}*BuildMonthsApi+MAX(0,BuildMonthsSelfHost-BuildMonthsApi))*{loaded},{sharedGpu})`,
        [C.monthly]: "=IF(ISNUMBER({sharedGpu}),{sharedGpu}+{sharedRest}+{peopleSelf},{sharedGpu})",
        [C.token]: "={sharedGpu}",
        [C.year1]: `=IF(ISNUMBER({shared:${C.oneOff}}),{shared:${C.oneOff}}+{sharedYear:${YEARS[0]}},{sharedGpu})`,
        [C.year2]: `=IF(ISNUMBER({sharedGpu}),{sharedYear:${YEARS[1]}},{sharedGpu})`,
        [C.year3]: `=IF(ISNUMBER({sharedGpu}),{sharedYear:${YEARS[2]}},{sharedGpu})`,
      },
      names: { [C.monthly]: "PortfolioSelfHostedMonthlyCost", [C.token]: "PortfolioSelfHostedMonthlyTokenCost" },
      format: "moneyFx",
      unit: "{currency}",
      notes: sheetText("wholeCostEveryStageSTokens"),
    },
    // The decision compares rows of one source: both follow each stage's sheet when it is in the workbook, so it never
    // says the opposite of the sheets it sums (the shared fleet is priced from this sheet's own inputs only).
    { key: "gap", label: sheetText("t3YearCostApiSelfHostedEachStage"), values: { [C.oneOff]: difference("{api3}", "{self3}") }, format: "moneyFx", unit: "{currency}", notes: sheetText("years13OfBothN") },
    { key: "cheaper", label: sheetText("cheaperOver3YearsWholeCost"), values: { [C.oneOff]: decision("{gap}", "{api3}", "{self3}", "API", sheetText("selfHosted")) },
      format: "text", unit: sheetText("option"), notes: sheetText("apiOrSelfHostedEachStageOnItsOwn") },
    { key: "gapShared", label: sheetText("t3YearCostApiSelfHosted2"), values: { [C.oneOff]: `=IF({linkedStages}>0,"${sheetText("nAAStageLinksToItsSheet")}",${difference("{api3}", "{shared3}").slice(1)})` }, format: "moneyFx", unit: "{currency}", notes: sheetText("years13OfBothOwnInputs") },
    { key: "cheaperShared", label: sheetText("cheaperOver3YearsOneSharedFleet"), values: { [C.oneOff]: decision("{gapShared}", "{api3}", "{shared3}", "API", sheetText("selfHosted")) },
      format: "text", unit: sheetText("option"), notes: sheetText("apiOrSelfHostedOnOne") },
    { key: "benefitTotal", label: sheetText("monthlyBenefitOfTheStagesWhose"), values: { [C.oneOff]: `=SUM({${first}Ben:${C.oneOff}}:{${last}Ben:${C.oneOff}})` }, names: { [C.oneOff]: "PortfolioMonthlyBenefit" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("sumOfTheLinkedStagesMonthlybenefit") },
  ],
};

const sharedInputs: SectionSpec = {
  title: sheetText("inputsSharedOwnInputStagesThe"),
  kind: "inputs",
  headers: VALUE,
  inputNameColumn: "Value",
  rows: [
    { key: "cachedShare", label: sheetText("cachedShareOfInputTokens"), values: { [C.oneOff]: 0 }, format: "percent", unit: sheetText("share"), notes: sheetText("default0NoPromptCachingAs") },
    { key: "discount", label: sheetText("batchNegotiatedDiscount"), values: { [C.oneOff]: 0 }, format: "percent", unit: sheetText("share"), notes: sheetText("default0ListPrices") },
    { key: "openModel", label: sheetText("openModelSelfHosted"), values: { [C.oneOff]: { choice: "openModel" } }, unit: sheetText("modelId"), notes: sheetText("openWeightModelArchitectureFromIts") },
    { key: "gpu", label: "GPU", values: { [C.oneOff]: { choice: "gpu" } }, unit: sheetText("gpuId"), notes: sheetText("vendorDatasheetsRentedAtTheCatalog2") },
    { key: "utilization", label: sheetText("targetAverageLoadOfTheGpus"), values: { [C.oneOff]: 0.6 }, format: "percent", unit: sheetText("shareOfFullLoad"), notes: sheetText("default60HeadroomForPeaksA2") },
    { key: "epochs", label: sheetText("trainingEpochsFineTuning"), values: { [C.oneOff]: 1 }, format: "count", unit: sheetText("passes"), notes: sheetText("guideUseCase1PricesOne") },
    { key: "ftMethod", label: sheetText("fineTuningMethodSelfHosted"), values: { [C.oneOff]: "lora" }, validation: ["lora", "full"], unit: sheetText("method"), notes: sheetText("loraAdaptersArxiv210609685As") },
    { key: "embModel", label: sheetText("embeddingModel"), values: { [C.oneOff]: "text-embedding-3-small" }, validation: "embeddingModels", unit: sheetText("modelId"), notes: sheetText("theEmbeddingsSheetSDefault") },
    { key: "vecDims", label: sheetText("embeddingDimensions"), values: { [C.oneOff]: 1536 }, format: "count", unit: sheetText("dimensions"), notes: sheetText("textEmbedding3SmallSDefault2") },
    { key: "vecBytes", label: sheetText("bytesPerDimension"), values: { [C.oneOff]: 4 }, format: "count", unit: sheetText("bytes"), notes: sheetText("float32Vectors4Bytes2") },
    { key: "vecGbPrice", label: sheetText("vectorStoragePrice"), values: { [C.oneOff]: VECTOR_DB.storage_usd_per_gb_month }, format: "money", unit: sheetText("usdPerGbMonth"), notes: VECTOR_DB_SOURCE },
    { key: "vecReadPrice", label: sheetText("vectorReadPrice"), values: { [C.oneOff]: VECTOR_DB.read_usd_per_million_units }, format: "money", unit: sheetText("usdPer1mReadUnits"), notes: VECTOR_DB_SOURCE },
    { key: "vecWritePrice", label: sheetText("vectorWritePrice"), values: { [C.oneOff]: VECTOR_DB.write_usd_per_million_units }, format: "money", unit: sheetText("usdPer1mWriteUnits"), notes: VECTOR_DB_SOURCE },
    { key: "vecMinimum", label: sheetText("vectorPlanMinimum"), values: { [C.oneOff]: VECTOR_DB.minimum_usd_per_month }, format: "money", unit: sheetText("usdPerMonth"), notes: VECTOR_DB_SOURCE },
    { key: "ruPerGb", label: sheetText("readUnitsPerQueryPerGb"), values: { [C.oneOff]: VECTOR_DB.query_read_units_per_gb }, format: "decimal", unit: sheetText("readUnitsPerGb"), notes: VECTOR_QUERY_RULE },
    { key: "ruMin", label: sheetText("minimumReadUnitsPerQuery"), values: { [C.oneOff]: VECTOR_DB.query_minimum_read_units }, format: "decimal", unit: sheetText("readUnits"), notes: sheetText("sameSource") },
    { key: "wuPerKb", label: sheetText("writeUnitsPerKbWritten"), values: { [C.oneOff]: 1 }, format: "decimal", unit: sheetText("writeUnitsPerKb"), notes: sheetText("assumption1WriteUnitPerKb") },
    { key: "bytesPerToken", label: sheetText("bytesOfTextPerToken"), values: { [C.oneOff]: 4 }, format: "decimal", unit: sheetText("bytesPerToken"), notes: sheetText("about4CharactersOfEnglishPer2") },
    { key: "retention", label: sheetText("monthsOfLogsKept"), values: { [C.oneOff]: 12 }, format: "count", unit: sheetText("months"), notes: sheetText("assumptionPromptsAndAnswersKeptA2") },
    { key: "storagePrice", label: sheetText("objectStoragePrice"), values: { [C.oneOff]: 0.023 }, format: "money", unit: sheetText("usdPerGbMonth"), notes: sheetText("amazonS3StandardUsEast12") },
    { key: "egressPrice", label: sheetText("dataTransferOut"), values: { [C.oneOff]: 0.09 }, format: "money", unit: sheetText("usdPerGb"), notes: sheetText("awsDataTransferOutToThe2") },
  ],
};

/** A summary row's years 1–3 added up, for the decisions: a number only when all three are numbers. */
const threeYears = (key: string, label: string, row: string): RowSpec => ({ key, label, values: { [C.oneOff]: `=IF(COUNT(${THREE(row)})=3,SUM(${THREE(row)}),"${sheetText("notApplicable")}")` }, format: "moneyFx", unit: "{currency}", notes: sheetText("years13OfTheRowAbove") });
const constant = (key: string, label: string, value: number, unit: string): RowSpec => ({ key, label, kind: "constant", values: { [C.oneOff]: value }, format: "count", unit, notes: sheetText("universalConstant2") });
const yearHeaders = headersOf({ [C.oneOff]: sheetText("year1"), [C.monthly]: sheetText("year2"), [C.token]: sheetText("year3") }, sheetText("item"));
const perYear = (formula: string) => Object.fromEntries(YEARS.map((y) => [y, formula]));

const calculations: SectionSpec[] = [
  {
    title: sheetText("calculationsShared"),
    kind: "calculations",
    headers: VALUE,
    inputNameColumn: "Value",
    rows: [
      constant("monthsPerYear", sheetText("monthsPerYearConstant"), 12, sheetText("months")),
      constant("minutesPerHour", sheetText("minutesPerHourConstant"), 60, sheetText("minutes")),
      constant("hoursPerMonth", sheetText("hoursBilledPerMonthConstant"), 730, sheetText("hours")),
      constant("bytesPerGb", sheetText("bytesPerGbConstant"), 1_000_000_000, sheetText("bytes")),
      constant("bytesPerKb", sheetText("bytesPerKbConstant"), 1000, sheetText("bytes")),
      constant("perMillion", sheetText("unitsPerMillionConstant"), 1_000_000, sheetText("units")),
      constant("stages", sheetText("lifecycleStagesConstant"), STAGES.length, sheetText("stagesUnit")),
      threeYears("api3", sheetText("apiThreeYearCostYears13"), "portfolio"),
      threeYears("self3", sheetText("selfHostedEachStageThreeYearCost"), "portfolioSelf"),
      threeYears("shared3", sheetText("sharedFleetThreeYearCost"), "shared"),
      { key: "linkedStages", label: sheetText("stagesLinkedToTheirSheets"), values: { [C.oneOff]: `=SUM({${first}Src:${C.token}}:{${last}Src:${C.token}})` }, format: "count", unit: sheetText("stagesUnit"), notes: sheetText("stagesLinkedToTheirSheetsNotes") },
      { key: "gpus", label: sheetText("gpusPerReplica"), values: { [C.oneOff]: `=IFERROR(LLMCOST.GPUCOUNT({openModel},{gpu}),IF(ISNA(LLMCOST.GPUCOUNT({openModel},{gpu})),"${sheetText("unknownModelOrGpu")}","${sheetText("doesNotFitOn82")}"&{gpu}&"${sheetText("gpusSuffix")}"))` }, format: "count", unit: sheetText("gpus"), notes: sheetText("llmcostGpucountModelGpu") },
      { key: "fits", label: sheetText("modelFitsOnOneServer"), values: { [C.oneOff]: "=ISNUMBER({gpus})" }, format: "general", unit: "TRUE/FALSE", notes: sheetText("falsePickALargerGpuOr") },
      { key: "selfStatus", label: sheetText("selfHostingStatus"), values: { [C.oneOff]: `=IF(NOT({fits}),{gpus},IF(OR({utilization}<=0,{utilization}>1),"${sheetText("targetLoadMustBeAbove0")}","${sheetText("checkOk")}"))` }, format: "text", unit: "", notes: sheetText("okOrWhyTheSelfHosted2") },
      { key: "selfOk", label: sheetText("selfHostedEstimatePossible"), values: { [C.oneOff]: `={selfStatus}="${sheetText("checkOk")}"` }, format: "general", unit: "TRUE/FALSE", notes: sheetText("theModelFitsAndTheTarget") },
      { key: "gpuPrice", label: sheetText("gpuPrice"), values: { [C.oneOff]: "=LLMCOST.GPUPRICE({gpu})*GpuPriceFactor" }, format: "money", unit: sheetText("usdPerGpuHour"), notes: sheetText("llmcostGpupriceGpuCatalogMedianOn2") },
      { key: "replicaCost", label: sheetText("oneReplicaRunningAllMonth"), values: { [C.oneOff]: "=IF({selfOk},{gpus}*{gpuPrice}*{hoursPerMonth},0)" }, format: "money", unit: sheetText("usdPerMonth"), notes: sheetText("gpusPrice730HoursAStandby") },
      { key: "loaded", label: sheetText("loadedCostOfOneEngineer"), values: { [C.oneOff]: `=${assumedMoney("LoadedCostPerFteMonth")}` }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("loadedCostFromAssumptionsAtTheSheetRate") },
      { key: "peopleApi", label: sheetText("peopleRunningOneApiStage"), values: { [C.oneOff]: "=RunFteApi*{loaded}" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("runfteapiAssumptionsLoadedCostAsOn") },
      { key: "peopleSelf", label: sheetText("peopleRunningOneSelfHostedStage"), values: { [C.oneOff]: "=RunFteSelfHost*{loaded}" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("runfteselfhostAssumptionsLoadedCost") },
      { key: "logCost", label: sheetText("logStorageAndEgressPerToken"), values: { [C.oneOff]: "={bytesPerToken}/{bytesPerGb}*({retention}*{storagePrice}+{egressPrice})" }, format: "money", unit: sheetText("usdPerToken"), notes: sheetText("bytesPerTokenBytesPerGb") },
      { key: "sharedIn", label: sheetText("sharedFleetInputTokensOfEvery"), values: { [C.oneOff]: `=${SHARED_IN}` }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("requestsInputTokens") },
      { key: "sharedOut", label: sheetText("sharedFleetOutputTokensOfEvery"), values: { [C.oneOff]: `=${SHARED_OUT}` }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("requestsOutputTokens") },
      { key: "sharedGpu", label: sheetText("sharedFleetGpusForEveryStage"), values: { [C.oneOff]: `=IF({selfOk},IFERROR(IF({sharedOut}=0,0,${selfHostCall("{sharedIn}", "{sharedOut}", "{gpuPrice}", `{sharedOut}/${SHARED_REQUESTS}`)}+StandbyReplicas*{replicaCost})*{FxRate},"${sheetText("noEstimateCheckTheInputs")}"),{selfStatus})` }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("llmcostSelfhostOfAllStagesTokens") },
      { key: "sharedRest", label: sheetText("sharedFleetVectorDatabasesReviewLogs"), values: { [C.oneOff]: `=${SHARED_REST}` }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("everyStageSOwnInputVector") },
    ],
  },
  {
    title: sheetText("calculationsPriceAndWageIndicesSummed"),
    kind: "calculations",
    headers: yearHeaders,
    rows: [
      { key: "yearNumber", label: sheetText("year"), kind: "constant", values: { [YEARS[0]]: 1, [YEARS[1]]: 2, [YEARS[2]]: 3 }, format: "integer", unit: sheetText("year4"), notes: sheetText("yearsOfTheProjection") },
      { key: "apiIndex", label: sheetText("apiPriceIndexSummedOverThe"), values: perYear(API_PRICE_INDEX_OF_YEAR), format: "decimal", unit: sheetText("monthsAtMonth1Prices"), notes: sheetText("t1ApipricedeclineperyearM112Over") },
      { key: "gpuIndex", label: sheetText("gpuPriceIndexSummedOverThe"), values: perYear("=IF(GpuPriceDeclinePerYear=0,{monthsPerYear},(1-GpuPriceDeclinePerYear)^({yearNumber}-1)*GpuPriceDeclinePerYear/(1-(1-GpuPriceDeclinePerYear)^(1/{monthsPerYear})))"), format: "decimal", unit: sheetText("monthsAtMonth1Prices"), notes: sheetText("sameWithGpupricedeclineperyear") },
      { key: "wageIndex", label: sheetText("wageIndexInTheYear"), values: perYear("=(1+WageInflation)^({yearNumber}-1)"), format: "decimal", unit: sheetText("month1"), notes: sheetText("wageinflationAssumptionsOnceAYear") },
      { key: "sharedYear", label: sheetText("sharedFleetWholeCostOfThe"), values: perYear(`=IF(ISNUMBER({sharedGpu}),{sharedGpu}*{gpuIndex}+SUM({${first}M:${C.token}}:{${last}M:${C.token}},{${first}M:${C.year2}}:{${last}M:${C.year2}})*{monthsPerYear}+({peopleSelf}+SUM({${first}M:${C.year1}}:{${last}M:${C.year1}}))*{monthsPerYear}*{wageIndex},0)`), format: "moneyFx", unit: "{currency}", notes: sheetText("gpusGpuIndexVectorDatabasesAnd") },
    ],
  },
  { title: sheetText("ownInputStagesApiTiers"), kind: "calculations", headers: headersOf({ [C.oneOff]: sheetText("tierHeaderStandard"), [C.monthly]: sheetText("tierHeaderBatch"), [C.token]: sheetText("tierHeaderPriority"), [C.year1]: sheetText("tierHeaderMix") }), rows: STAGES.map(tierRow) },
  { title: sheetText("ownInputStagesMonth1Parts"), kind: "calculations", headers: headersOf({ [C.oneOff]: sheetText("apiTokens2"), [C.monthly]: sheetText("gpusWithStandby"), [C.token]: sheetText("vectorDatabase"), [C.year1]: sheetText("reviewHeader"), [C.year2]: sheetText("logsQueryEmbeddings"), [C.year3]: sheetText("vectorQueryPrice") }), rows: STAGES.map(monthlyParts) },
  { title: sheetText("ownInputStagesOneOffParts"), kind: "calculations", headers: headersOf({ [C.oneOff]: sheetText("fineTuningApi"), [C.monthly]: sheetText("fineTuningSelfHosted"), [C.token]: sheetText("corpusEmbedding"), [C.year1]: sheetText("vectorWrites"), [C.year2]: sheetText("apiOneOffParts"), [C.year3]: sheetText("selfHostedOneOffParts") }), rows: STAGES.map(oneOffParts) },
];

const checks: SectionSpec = {
  title: sheetText("checks"),
  kind: "checks",
  rows: [
    { label: sheetText("portfolioEqualsTheStages"), values: { [C.monthly]: check(agrees(`{portfolio:${C.monthly}}`, stageSum("Api", C.monthly), `{portfolio:${C.monthly}}`)) }, unit: "TRUE/FALSE", notes: sheetText("totalParts0") },
    { label: sheetText("modelOnlyCostWithinTheWhole"), values: { [C.token]: `=IFERROR(AND({portfolio:${C.token}}<={portfolio:${C.monthly}}+0.005,{portfolioSelf:${C.token}}<={portfolioSelf:${C.monthly}}+0.005),FALSE())` }, unit: "TRUE/FALSE", notes: sheetText("theModelIsOnePartOf") },
    { label: sheetText("year1CoversTheOneOff2"), values: { [C.year1]: `=IFERROR({portfolio:${C.year1}}>={portfolio:${C.oneOff}}+{portfolio:${C.monthly}}-0.005,FALSE())` }, unit: "TRUE/FALSE", notes: sheetText("year1OneOffMonth1") },
    { label: sheetText("batchTierOfferedForTheApiModel"), values: { [C.monthly]: tierOffered("BatchShare", STAGES.map((s) => `{${s.key}T:${C.monthly}}`)) }, unit: "TRUE/FALSE", notes: sheetText("batchTierNotOfferedCheckNote", { source: TIER_SOURCE }) },
    { label: sheetText("priorityTierOfferedForTheApiModel"), values: { [C.monthly]: tierOffered("PriorityShare", STAGES.map((s) => `{${s.key}T:${C.token}}`)) }, unit: "TRUE/FALSE", notes: sheetText("priorityTierNotOfferedCheckNote", { source: TIER_SOURCE }) },
    { label: sheetText("selfHostedFiguresAvailable"), values: { [C.monthly]: `=AND(ISNUMBER({portfolioSelf:${C.monthly}}),ISNUMBER({shared:${C.monthly}}))` }, unit: "TRUE/FALSE", notes: sheetText("falseTheSelfHostedRowsSay") },
  ],
};

/** Exhibit 1 of the guide: the MarTech lifecycle portfolio. */
export const martechLifecycle: TemplateSpec = {
  id: "martech-lifecycle",
  title: sheetText("martechLifecyclePortfolio"),
  description: sheetText("oneOffMonthlyAndYears1"),
  group: "planning",
  source: sheetText("llmEconomicsGuideChapter1Exhibit2"),
  choices: [
    { key: "openModel", label: sheetText("openModelSelfHosted"), list: "openModels", default: "llama-3.1-8b" },
    { key: "gpu", label: "GPU", list: "gpus", default: "h100-sxm" },
  ],
  sheets: [
    {
      name: sheetText("martechLifecycle"),
      // 80pt each: the label column and one-off, monthly, model only and years 1–3 fit the first screen at 1366×768
      valueColumns: COLUMN_KEYS.map((key, i) => ({ key, header: [sheetText("oneOff"), sheetText("monthlyHeader"), sheetText("modelOnly"), sheetText("year1"), sheetText("year2"), sheetText("year3")][i], width: 80 })),
      sections: [
        summary,
        { title: sheetText("apiWholeCostByStage"), kind: "outputs", headers: COST_HEADERS, rows: STAGES.map(apiRow) },
        { title: sheetText("selfHostedWholeCostByStage"), kind: "outputs", headers: COST_HEADERS, rows: STAGES.map(selfRow) },
        { title: sheetText("benefitByStageFromTheStage"), kind: "outputs", headers: headersOf({ [C.oneOff]: sheetText("monthlyBenefit"), [C.monthly]: sheetText("paybackMonths") }), rows: STAGES.map(benefitRow) },
        { title: sheetText("whereEachStageSFiguresCome"), kind: "outputs", headers: headersOf({ [C.oneOff]: sheetText("sourceHeader"), [C.monthly]: sheetText("itsUsdRate2"), [C.token]: sheetText("linkedOneYes") }), rows: STAGES.map(sourceRow) },
        ...portfolioSimulation.sections,
        sharedInputs,
        { title: sheetText("inputsEachStageSWorkloadUsed"), kind: "inputs", headers: headersOf({ [C.oneOff]: sheetText("useCase"), [C.monthly]: sheetText("apiModel"), [C.token]: sheetText("requestsMonth"), [C.year1]: sheetText("inputTokensRequest"), [C.year2]: sheetText("outputTokensRequest"), [C.year3]: sheetText("shareReviewed") }), rows: STAGES.map(workloadRow) },
        { title: sheetText("inputsEachStageSOtherCost"), kind: "inputs", headers: headersOf({ [C.oneOff]: sheetText("reviewMinutes"), [C.monthly]: sheetText("fineTuningTokens"), [C.token]: sheetText("corpusTokens"), [C.year1]: sheetText("vectorsStored"), [C.year2]: sheetText("retrievalsRequest"), [C.year3]: sheetText("tokensQuery") }), rows: STAGES.map(driverRow) },
        ...calculations,
        checks,
      ],
      projection: portfolioSimulation.projection,
      chart: { type: "BarClustered", title: sheetText("wholeMonthlyCostByLifecycleStage"), over: "values", rows: STAGES.map((s) => `${s.key}Api`), columns: [C.monthly] },
    },
  ],
};
