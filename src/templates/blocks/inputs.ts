import { sheetText } from "../../i18n/sheet-text";
import { dataText } from "../data-text";
import { assumedMoney } from "../assumptions/drivers";
import { defaultVectorDbPrice } from "../../engine";
import type { RowSpec, SectionSpec } from "../types";
import { API_COLUMN, SELF_COLUMN, type UseCaseSpec } from "./spec";

/** The vector-database price row the catalog marks as default (dated, sourced). */
export const VECTOR_DB = defaultVectorDbPrice;
export const VECTOR_DB_SOURCE = sheetText("vectorDbSource", { provider: VECTOR_DB.provider, plan: VECTOR_DB.plan, source: VECTOR_DB.source, date: VECTOR_DB.as_of });
/** How a query maps to read units, with the rule's source and how far it is verified. */
export const VECTOR_QUERY_RULE = sheetText("vectorQueryRule", { rule: dataText("vectorDbQueryRulePinecone", VECTOR_DB.query_rule_source), status: dataText("vectorDbQueryRuleStatusPinecone", VECTOR_DB.query_rule_status) });
/** The plan minimum's note: VECTORSTORE bills at least this each month. */
export const VECTOR_MINIMUM_NOTE = sheetText("vectorDbMinimumNote", { source: VECTOR_DB_SOURCE });

export function apiInputs(): RowSpec[] {
  return [
    { key: "reasoning", label: sheetText("reasoningTokensPerRequestHidden"), values: { [API_COLUMN]: 0 }, format: "tokens", unit: sheetText("tokensPerRequest"), notes: sheetText("default0ReasoningModelsOSeries") },
    { key: "cachedShare", label: sheetText("cachedShareOfInputTokens"), values: { [API_COLUMN]: 0 }, format: "percent", unit: sheetText("share"), notes: sheetText("assumptionNoPromptCaching0") },
    { key: "discount", label: sheetText("batchNegotiatedDiscount"), values: { [API_COLUMN]: 0 }, format: "percent", unit: sheetText("share"), notes: sheetText("assumptionListPrices0") },
  ];
}

export function selfHostInputs(s: UseCaseSpec): SectionSpec {
  return {
    title: sheetText("inputsSelfHostingSameWorkloadOn"),
    kind: "inputs",
    rows: [
      { key: "openModel", label: sheetText("openModel"), values: { [SELF_COLUMN]: { choice: "openModel" } }, names: { [SELF_COLUMN]: "SelfHostModel" }, unit: sheetText("modelId"), notes: s.selfHostNote ?? sheetText("pickAnOpenWeightModelFrom") },
      { key: "gpu", label: "GPU", values: { [SELF_COLUMN]: { choice: "gpu" } }, names: { [SELF_COLUMN]: "SelfHostGpu" }, unit: sheetText("gpuId"), notes: sheetText("pickAGpuFromTheList") },
      { key: "utilization", label: sheetText("targetAverageLoadOfAReplica"), values: { [SELF_COLUMN]: 0.6 }, format: "percent", unit: sheetText("shareOfFullLoad"), notes: sheetText("assumption60KeepsHeadroomForTraffic") },
      { key: "standby", label: sheetText("standbyReplicasForFailoverRedundancy"), kind: "calc", values: { [SELF_COLUMN]: fromAssumptions("StandbyReplicas") }, format: "count", unit: sheetText("replicas"), notes: ASSUMPTIONS_NOTE("StandbyReplicas", sheetText("spareReplicasN1SoThat")) },
      { key: "gpus", label: sheetText("gpusPerReplica"), kind: "calc", values: { [SELF_COLUMN]: "=LLMCOST.GPUCOUNT({openModel},{gpu})" }, format: "count", unit: sheetText("gpus"), notes: sheetText("formulaFewestGpusThatHoldThe") },
      { key: "gpuPrice", label: sheetText("gpuPrice"), kind: "calc", values: { [SELF_COLUMN]: "=LLMCOST.GPUPRICE({gpu})*GpuPriceFactor" }, format: "money", unit: sheetText("usdPerGpuHour"), notes: sheetText("formulaMedianOnDemandRentalPrice") },
      { key: "hoursPerMonth", label: sheetText("hoursBilledPerMonthConstant"), kind: "constant", values: { [SELF_COLUMN]: 730 }, format: "count", unit: sheetText("hours"), notes: sheetText("constant8760HoursAYear") },
      { key: "secondsPerHour", label: sheetText("secondsPerHourConstant"), kind: "constant", values: { [SELF_COLUMN]: 3600 }, format: "count", unit: sheetText("seconds"), notes: sheetText("constant") },
    ],
  };
}

export function vectorInputs(s: UseCaseSpec): SectionSpec {
  const v = s.vectors;
  return {
    title: sheetText("inputsVectorDatabaseSameManagedDatabase"),
    kind: "inputs",
    rows: [
      { key: "vectors", label: sheetText("vectorsStored"), values: { [API_COLUMN]: v.stored }, format: "count", unit: sheetText("vectors"), notes: v.storedNote },
      { key: "retrievals", label: sheetText("retrievalQueriesPerRequest"), values: { [API_COLUMN]: v.perRequest }, format: "decimal", unit: sheetText("queriesPerRequest"), notes: v.perRequestNote },
      { key: "vecDims", label: sheetText("embeddingDimensions"), values: { [API_COLUMN]: v.dimensions ?? 1536 }, format: "count", unit: sheetText("dimensions"), notes: v.dimensionsNote ?? sheetText("textEmbedding3SmallSDefault") },
      { key: "vecBytes", label: sheetText("bytesPerDimension"), values: { [API_COLUMN]: 4 }, format: "count", unit: sheetText("bytes"), notes: sheetText("float32Vectors4Bytes") },
      { key: "vecGbPrice", label: sheetText("storagePrice"), values: { [API_COLUMN]: VECTOR_DB.storage_usd_per_gb_month }, format: "money", unit: sheetText("usdPerGbMonth"), notes: VECTOR_DB_SOURCE },
      { key: "vecReadPrice", label: sheetText("readPrice"), values: { [API_COLUMN]: VECTOR_DB.read_usd_per_million_units }, format: "money", unit: sheetText("usdPer1mReadUnits"), notes: VECTOR_DB_SOURCE },
      { key: "vecWritePrice", label: sheetText("writePrice"), values: { [API_COLUMN]: VECTOR_DB.write_usd_per_million_units }, format: "money", unit: sheetText("usdPer1mWriteUnits"), notes: VECTOR_DB_SOURCE },
      { key: "vecMinimum", label: sheetText("planMinimum"), values: { [API_COLUMN]: VECTOR_DB.minimum_usd_per_month }, format: "money", unit: sheetText("usdPerMonth"), notes: VECTOR_DB.note ? sheetText("twoSentences", { first: VECTOR_MINIMUM_NOTE, second: dataText("vectorDbNotePinecone", VECTOR_DB.note) }) : VECTOR_MINIMUM_NOTE },
      { key: "ruPerGb", label: sheetText("readUnitsPerQueryPerGb"), values: { [API_COLUMN]: VECTOR_DB.query_read_units_per_gb }, format: "decimal", unit: sheetText("readUnitsPerGb"), notes: sheetText("checkTheUsageFieldOfReal", { rule: VECTOR_QUERY_RULE }) },
      { key: "ruMin", label: sheetText("minimumReadUnitsPerQuery"), values: { [API_COLUMN]: VECTOR_DB.query_minimum_read_units }, format: "decimal", unit: sheetText("readUnits"), notes: sheetText("aSmallIndexStillCostsA") },
      { key: "wuPerKb", label: sheetText("writeUnitsPerKbWritten"), values: { [API_COLUMN]: 1 }, format: "decimal", unit: sheetText("writeUnitsPerKb"), notes: sheetText("assumptionWritesAreBilledBySize") },
      { key: "bytesPerGb", label: sheetText("bytesPerGbConstant"), kind: "constant", values: { [API_COLUMN]: 1000000000 }, format: "count", unit: sheetText("bytes"), notes: sheetText("constantGb109BytesAs") },
      { key: "perMillion", label: sheetText("unitsPerMillionConstant"), kind: "constant", values: { [API_COLUMN]: 1000000 }, format: "count", unit: sheetText("units"), notes: sheetText("constant") },
    ],
  };
}

/** A driver read from the Assumptions sheet (green, like every link to another sheet): one home per assumption. */
const fromAssumptions = (name: string) => `=${name}`;
const ASSUMPTIONS_NOTE = (name: string, what: string) => sheetText("fromAssumptionsChangeItThere", { name, what });

export function peopleInputs(s: UseCaseSpec): SectionSpec {
  return {
    title: sheetText("inputsPeopleAndPlatform"),
    kind: "inputs",
    rows: [
      { key: "fte", label: sheetText("engineeringAndMlopsEffort"), kind: "calc", values: { [API_COLUMN]: fromAssumptions("RunFteApi"), [SELF_COLUMN]: fromAssumptions("RunFteSelfHost") }, format: "decimal", unit: sheetText("fullTimeEquivalents"), notes: ASSUMPTIONS_NOTE("RunFteApi, RunFteSelfHost", sheetText("runningEffortOfAnApiIntegration")) },
      { key: "setupMonths", label: sheetText("setUpAndIntegrationEffortOne"), kind: "calc", values: { [API_COLUMN]: fromAssumptions("BuildMonthsApi"), [SELF_COLUMN]: fromAssumptions("BuildMonthsSelfHost") }, format: "decimal", unit: sheetText("personMonths"), notes: ASSUMPTIONS_NOTE("BuildMonthsApi, BuildMonthsSelfHost", sheetText("buildEffortTheGuideSRoi")) },
      { key: "reviewShare", label: sheetText("requestsReviewedByAPerson"), values: { [API_COLUMN]: s.review.share }, names: { [API_COLUMN]: "ReviewShare" }, format: "percent", unit: sheetText("shareOfRequests"), notes: s.review.note },
      { key: "reviewMinutes", label: sheetText("minutesPerReview"), values: { [API_COLUMN]: s.review.minutes }, names: { [API_COLUMN]: "ReviewMinutes" }, format: "decimal", unit: sheetText("minutes"), notes: sheetText("assumptionAPersonReadsTheRequest") },
      { key: "reviewRate", label: sheetText("reviewerCost"), kind: "calc", values: { [API_COLUMN]: `=${assumedMoney("ReviewerCostPerHour")}` }, format: "moneyFx", unit: sheetText("currencyPerHour"), notes: ASSUMPTIONS_NOTE("ReviewerCostPerHour", sheetText("loadedHourlyCostOfATrainedReviewer")) },
      { key: "bytesPerToken", label: sheetText("bytesOfTextPerToken"), values: { [API_COLUMN]: 4 }, format: "decimal", unit: sheetText("bytesPerToken"), notes: sheetText("about4CharactersOfEnglishPer") },
      { key: "retention", label: sheetText("monthsOfLogsKept"), values: { [API_COLUMN]: 12 }, format: "count", unit: sheetText("months"), notes: sheetText("assumptionPromptsAndAnswersKeptA") },
      { key: "storagePrice", label: sheetText("objectStoragePrice"), values: { [API_COLUMN]: 0.023 }, format: "money", unit: sheetText("usdPerGbMonth"), notes: sheetText("amazonS3StandardUsEast1") },
      { key: "egressPrice", label: sheetText("dataTransferOut"), values: { [API_COLUMN]: 0.09 }, format: "money", unit: sheetText("usdPerGb"), notes: sheetText("awsDataTransferOutToThe") },
      { key: "monthsPerYear", label: sheetText("monthsPerYearConstant"), kind: "constant", values: { [API_COLUMN]: 12 }, format: "count", unit: sheetText("months"), notes: sheetText("constant") },
      { key: "minutesPerHour", label: sheetText("minutesPerHourConstant"), kind: "constant", values: { [API_COLUMN]: 60 }, format: "count", unit: sheetText("minutes"), notes: sheetText("constant") },
    ],
  };
}

export function growthInput(s: UseCaseSpec): SectionSpec {
  return {
    title: sheetText("inputsTime"),
    kind: "inputs",
    rows: [
      { key: "growth", label: sheetText("monthlyGrowthOfRequests"), values: { [s.firstColumn.key]: 0 }, names: { [s.firstColumn.key]: "MonthlyGrowth" }, format: "percent", unit: sheetText("perMonth"), notes: sheetText("default0TheGuideSVolumes") },
      s.cap
        ? { key: "cap", label: sheetText("mostRequestsPerMonthGrowthCap", { unit: s.requestUnit }), kind: "calc", values: { [s.firstColumn.key]: s.cap.formula }, format: "count", unit: sheetText("perMonth"), notes: s.cap.note }
        : { key: "cap", label: sheetText("mostRequestsPerMonthGrowthCap", { unit: s.requestUnit }), values: { [s.firstColumn.key]: s.capDefault ?? 10_000_000 }, format: "count", unit: sheetText("perMonth"), notes: sheetText("assumptionTheAddressablePopulationSMonthly") },
    ],
  };
}

