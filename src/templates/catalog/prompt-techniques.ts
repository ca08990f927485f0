import { sheetText } from "../../i18n/sheet-text";
import { VECTOR_DB, VECTOR_DB_SOURCE, VECTOR_MINIMUM_NOTE, VECTOR_QUERY_RULE } from "../blocks";
import type { RowSpec, TemplateSpec } from "../types";
import { tierChecks, tierRows } from "../blocks/tiers";
import { apiPriceIndexOfYear } from "../assumptions/price-index";
import { promptTechniquesSimulation } from "./prompt-techniques-simulation";
import { agrees } from "../blocks/agree";

/**
 * The guide's prompting / fine-tuning techniques (few-shot learning, in-context learning, adaptive sampling,
 * temperature tuning, continuous learning), plus the zero-shot baseline and retrieval, pricing the same monthly task
 * side by side. One value column per technique; shared inputs live in the first column ("Shared").
 */

const COUNT = sheetText("countItExactlyFromSampleTexts");

const TECHNIQUES = ["zeroShot", "fewShot", "retrieval", "fineTuned", "adaptive", "continuous", "multiSample"] as const;
type Technique = (typeof TECHNIQUES)[number];
const FIRST = TECHNIQUES[0];
const LAST = TECHNIQUES[TECHNIQUES.length - 1];

const LABELS: Record<Technique, string> = {
  zeroShot: sheetText("zeroShot"),
  fewShot: sheetText("fewShotInContext"),
  retrieval: sheetText("retrievalRag"),
  fineTuned: sheetText("fineTunedModel"),
  adaptive: sheetText("adaptiveSampling"),
  continuous: sheetText("continuousLearning"),
  multiSample: sheetText("temperatureNSamples"),
};

const COST_NAMES: Record<Technique, string> = {
  zeroShot: "Cost_ZeroShot",
  fewShot: "Cost_FewShot",
  retrieval: "Cost_Retrieval",
  fineTuned: "Cost_FineTuned",
  adaptive: "Cost_AdaptiveSampling",
  continuous: "Cost_ContinuousLearning",
  multiSample: "Cost_MultiSample",
};

/**
 * Ranges across the technique columns use unnamed rows: a range between two named cells (Cost_ZeroShot:Cost_MultiSample)
 * is valid in Excel but HyperFormula cannot parse it.
 */
const across = (row: string) => `{${row}:${FIRST}}:{${row}:${LAST}}`;
const TECHNIQUE_RANGE = across("technique");
const TOTAL_RANGE = across("totalUsd");
/** A row of the technique columns read at the budgeted technique's column, in the sheet's currency. */
const budgeted = (row: string) => `=IFERROR(INDEX(${across(row)},1,{budgetColumn})*{FxRate},"${sheetText("nASeeTheChecks")}")`;

const TUNED: readonly Technique[] = ["fineTuned", "adaptive", "continuous"];

/** The same formula in every technique column. */
function every(formula: string): Record<string, string> {
  return Object.fromEntries(TECHNIQUES.map((t) => [t, formula]));
}

/** A formula per technique, `otherwise` for the rest. */
function per(specific: Partial<Record<Technique, string>>, otherwise: string): Record<string, string> {
  return Object.fromEntries(TECHNIQUES.map((t) => [t, specific[t] ?? otherwise]));
}

const HEADERS = { label: sheetText("perTechnique"), shared: "", ...LABELS };
/** The ranking's words while a technique has no price (a tier its model is not sold at: see the checks). */
const NOT_RANKED = sheetText("nASeeTheRowsBelow");

/** What each technique is, one row each (label + note): the side-by-side block reads with these. */
const ABOUT: RowSpec[] = [
  { label: LABELS.zeroShot, values: {}, notes: sheetText("baselineInstructionsTheUserSInput") },
  { label: LABELS.fewShot, values: {}, notes: sheetText("fewShotLearningInContextLearning") },
  { label: LABELS.retrieval, values: {}, notes: sheetText("retrievalRelevantPassagesFromAnEmbedded") },
  { label: LABELS.fineTuned, values: {}, notes: sheetText("fineTuningOnTheInstructionSet") },
  { label: LABELS.adaptive, values: {}, notes: sheetText("adaptiveSamplingEachRoundScoresThe") },
  { label: LABELS.continuous, values: {}, notes: sheetText("continuousLearningTheTunedModelIs") },
  { label: LABELS.multiSample, values: {}, notes: sheetText("temperatureTuningSamplingNCandidateCompletions") },
];

export const promptTechniques: TemplateSpec = {
  id: "prompt-techniques",
  title: sheetText("promptingAndFineTuningTechniquesCompared"),
  description: sheetText("monthlyCostOfTheSameTask"),
  group: "planning",
  source: sheetText("llmEconomicsGuideExhibit1Prompting"),
  choices: [
    { key: "model", label: sheetText("baseModelFineTunable"), list: "finetuneModels", default: "gpt-4.1-mini" },
    { key: "embeddingModel", label: sheetText("embeddingModel"), list: "embeddingModels", default: "text-embedding-3-small" },
  ],
  sheets: [
    {
      name: sheetText("promptTechniques"),
      // 56pt each: label column A (250pt) and the shared column with the seven techniques (B–I) fit the first screen at 1366×768 beside the pane (80pt reached G, 60pt cut I: measured in the preview)
      valueColumns: [{ key: "shared", header: sheetText("shared"), width: 56 }, ...TECHNIQUES.map((t) => ({ key: t, header: LABELS[t], width: 56 }))],
      sections: [
        {
          title: sheetText("keyOutputsTheRankingCostOnly"),
          kind: "outputs",
          headers: HEADERS,
          rows: [
            {
              key: "cheapest",
              label: sheetText("cheapestTechnique"),
              values: { shared: `=IF(COUNT(${TOTAL_RANGE})<${TECHNIQUES.length},"${NOT_RANKED}",INDEX(${TECHNIQUE_RANGE},MATCH(MIN(${TOTAL_RANGE}),${TOTAL_RANGE},0)))` },
              names: { shared: "CheapestTechnique" },
              format: "text",
              unit: sheetText("technique2"),
              notes: sheetText("theLowestMonthlyCostInThe"),
            },
            {
              key: "cheapestCost",
              label: sheetText("cheapestMonthlyCost"),
              values: { shared: `=IF(COUNT(${TOTAL_RANGE})<${TECHNIQUES.length},"${NOT_RANKED}",MIN(${TOTAL_RANGE})*{FxRate})` },
              names: { shared: "CheapestMonthlyCost" },
              format: "moneyFx",
              unit: sheetText("currencyPerMonth"),
              notes: sheetText("minOfTheMonthlyTotals"),
            },
            {
              key: "monthlyCost",
              label: sheetText("monthlyCost"),
              values: every(`=IFERROR({totalUsd}*{FxRate},"${sheetText("nASeeTheRowsBelow")}")`),
              names: COST_NAMES,
              format: "moneyFx",
              unit: sheetText("currencyPerMonth"),
              notes: sheetText("inferenceAmortisedTrainingRetrievalQualityDiffer"),
            },
          ],
        },
        {
          title: sheetText("inputsTheMonthlyTaskSharedBy"),
          kind: "inputs",
          rows: [
            { key: "perMillion", label: sheetText("tokensPerMillionConstant"), kind: "constant", values: { shared: 1_000_000 }, format: "count", unit: sheetText("tokens2"), notes: sheetText("universalConstantPricesAreQuotedPer") },
            { key: "model", label: sheetText("baseModel"), values: { shared: { choice: "model" } }, unit: sheetText("modelId"), notes: sheetText("catalogAModelWithAFine") },
            { key: "requests", label: sheetText("requestsPerMonth"), values: { shared: 100_000 }, names: { shared: ["MonthlyRequests", "VolumePerMonth"] }, format: "count", unit: sheetText("requestsPerMonth2"), notes: sheetText("assumptionTheTaskSMonthlyVolume") },
            { key: "basePrompt", label: sheetText("promptTokensInstructionsInput"), values: { shared: 300 }, format: "tokens", unit: sheetText("tokensPerRequest"), notes: sheetText("theGuideSUseCase2About150Input", { count: COUNT }) },
            { key: "outputTokens", label: sheetText("outputTokensPerCompletion"), values: { shared: 500 }, format: "tokens", unit: sheetText("tokensPerCompletion"), notes: sheetText("theGuideSUseCase2About500Output", { count: COUNT }) },
            { key: "discount", label: sheetText("batchNegotiatedDiscount"), values: { shared: 0 }, format: "percent", unit: sheetText("share"), notes: sheetText("assumptionListPrices005") },
            { key: "amortMonths", label: sheetText("monthsToAmortiseOneOffCosts"), values: { shared: 12 }, format: "count", unit: sheetText("months"), notes: sheetText("assumptionTrainingAndCorpusEmbeddingAre") },
          ],
        },
        {
          title: sheetText("inputsPerTechnique"),
          kind: "inputs",
          headers: HEADERS,
          rows: [
            { key: "k", label: sheetText("examplesPerPromptK"), values: { fewShot: 5 }, format: "count", unit: sheetText("examples"), notes: sheetText("assumption5Shot") },
            { key: "tokensPerExample", label: sheetText("tokensPerExample"), values: { fewShot: 250 }, format: "tokens", unit: sheetText("tokens2"), notes: sheetText("assumptionOneInputAnswerPair", { count: COUNT }) },
            { key: "cacheExamples", label: sheetText("cacheTheExamplesPromptCaching"), values: { fewShot: sheetText("answerNo") }, validation: [sheetText("answerYes"), sheetText("answerNo")], format: "text", unit: sheetText("yesNo"), notes: sheetText("assumptionNoListPricesOpenaiCaches") },
            { key: "cacheHitRate", label: sheetText("cacheHitRate"), values: { fewShot: 0.9 }, format: "percent", unit: sheetText("shareOfExampleTokens"), notes: sheetText("assumptionUsedOnlyWhenCachingIs") },
            { key: "contextTokens", label: sheetText("retrievedContextPerPrompt"), values: { retrieval: 1500 }, format: "tokens", unit: sheetText("tokensPerRequest"), notes: sheetText("assumption3Passages500Tokens") },
            { key: "embeddingModel", label: sheetText("embeddingModel"), values: { retrieval: { choice: "embeddingModel" } }, unit: sheetText("modelId"), notes: sheetText("catalogPickFromTheList") },
            { key: "corpusTokens", label: sheetText("corpusToEmbed"), values: { retrieval: 10_000_000 }, format: "tokens", unit: sheetText("tokens2"), notes: sheetText("assumptionTheKnowledgeBaseEmbeddedOnce") },
            { key: "chunkTokens", label: sheetText("tokensPerStoredPassage"), values: { retrieval: 500 }, format: "tokens", unit: sheetText("tokensPerVector"), notes: sheetText("assumptionOneVectorPer500Token") },
            { key: "queryTokens", label: sheetText("queryTokensEmbeddedPerRequest"), values: { retrieval: 50 }, format: "tokens", unit: sheetText("tokensPerRequest"), notes: sheetText("assumptionTheUserSQuestionIs") },
            { key: "dimensions", label: sheetText("embeddingDimensions"), values: { retrieval: 1536 }, format: "count", unit: sheetText("dimensions"), notes: sheetText("textEmbedding3SmallDefaultOpenai") },
            { key: "bytes", label: sheetText("bytesPerDimension"), values: { retrieval: 4 }, format: "count", unit: sheetText("bytes"), notes: sheetText("float32Vectors") },
            { key: "gbPrice", label: sheetText("vectorStoragePrice"), values: { retrieval: VECTOR_DB.storage_usd_per_gb_month }, format: "money", unit: sheetText("usdPerGbMonth"), notes: VECTOR_DB_SOURCE },
            { key: "searchesPerRequest", label: sheetText("vectorSearchesPerRequest"), values: { retrieval: 1 }, format: "decimal", unit: sheetText("queriesPerRequest"), notes: sheetText("assumptionOneSimilaritySearchPerRequest") },
            { key: "readPrice", label: sheetText("vectorReadPrice"), values: { retrieval: VECTOR_DB.read_usd_per_million_units }, format: "money", unit: sheetText("usdPer1mReadUnits"), notes: VECTOR_DB_SOURCE },
            { key: "ruPerGb", label: sheetText("readUnitsPerQueryPerGb"), values: { retrieval: VECTOR_DB.query_read_units_per_gb }, format: "decimal", unit: sheetText("readUnitsPerGb"), notes: VECTOR_QUERY_RULE },
            { key: "ruMin", label: sheetText("minimumReadUnitsPerQuery"), values: { retrieval: VECTOR_DB.query_minimum_read_units }, format: "decimal", unit: sheetText("readUnits"), notes: sheetText("aSmallIndexStillCostsA") },
            { key: "vecMinimum", label: sheetText("vectorDatabasePlanMinimum"), values: { retrieval: VECTOR_DB.minimum_usd_per_month }, format: "money", unit: sheetText("usdPerMonth"), notes: VECTOR_MINIMUM_NOTE },
            { key: "trainingExamples", label: sheetText("trainingExamplesInstructionSet"), values: { fineTuned: 2000 }, format: "count", unit: sheetText("examples"), notes: sheetText("assumption2000CuratedInputAnswer") },
            { key: "tokensPerTrainingExample", label: sheetText("tokensPerTrainingExample"), values: { fineTuned: 1000 }, format: "tokens", unit: sheetText("tokens2"), notes: sheetText("assumptionCountItExactly", { count: COUNT }) },
            { key: "epochs", label: sheetText("trainingEpochs"), values: { fineTuned: 3 }, format: "count", unit: sheetText("passes"), notes: sheetText("assumptionACommonDefaultOfFine") },
            { key: "tunedPrompt", label: sheetText("promptTokensWithTheTunedModel"), values: { fineTuned: 250 }, format: "tokens", unit: sheetText("tokensPerRequest"), notes: sheetText("assumptionTheInstructionsTheModelHas") },
            { key: "hardFraction", label: sheetText("hardestFractionTrainedOnPerRound"), values: { adaptive: 0.3 }, format: "percent", unit: sheetText("shareOfExamples"), notes: sheetText("assumptionThe30WithTheHighest") },
            { key: "rounds", label: sheetText("adaptiveRounds"), values: { adaptive: 3 }, format: "count", unit: sheetText("rounds"), notes: sheetText("assumptionScoreSelectFineTuneThree") },
            { key: "retrainEvery", label: sheetText("reFineTuneEvery"), values: { continuous: 3 }, format: "count", unit: sheetText("months"), notes: sheetText("assumptionQuarterly") },
            { key: "newExamplesPerMonth", label: sheetText("newTrainingExamplesPerMonth"), values: { continuous: 500 }, format: "count", unit: sheetText("examplesPerMonth"), notes: sheetText("assumptionNewlyLabelledCasesGatheredEach") },
            { key: "candidates", label: sheetText("candidatesPerRequestN"), values: { multiSample: 3 }, format: "count", unit: sheetText("completions"), notes: sheetText("assumption3SamplesTheBestOne") },
          ],
        },
        {
          title: sheetText("whatEachTechniqueIs"),
          kind: "calculations",
          rows: ABOUT,
        },
        {
          title: sheetText("calculationsPerRequestUsd"),
          kind: "calculations",
          headers: HEADERS,
          rows: [
            { key: "modelCalled", label: sheetText("modelCalled"), values: per(Object.fromEntries(TUNED.map((t) => [t, '="ft:"&{model}'])), "={model}"), format: "text", unit: sheetText("modelId"), notes: sheetText("tunedTechniquesCallTheFineTuned") },
            {
              key: "promptTokens",
              label: sheetText("promptTokensPerRequest"),
              values: per(
                {
                  fewShot: "={basePrompt}+{k}*{tokensPerExample}",
                  retrieval: "={basePrompt}+{contextTokens}",
                  fineTuned: "={tunedPrompt}",
                  adaptive: "={tunedPrompt}",
                  continuous: "={tunedPrompt}",
                },
                "={basePrompt}",
              ),
              format: "tokens",
              unit: sheetText("tokensPerRequest"),
              notes: sheetText("basePromptWhatTheTechniqueAdds"),
            },
            { key: "completionTokens", label: sheetText("outputTokensPerRequest"), values: per({ multiSample: "={outputTokens}*{candidates}" }, "={outputTokens}"), format: "tokens", unit: sheetText("tokensPerRequest"), notes: sheetText("nCandidatesMultiplyTheOutputTokens") },
            {
              key: "cachedPerRequest",
              label: sheetText("cachedPromptTokensPerRequest"),
              values: per({ fewShot: `=IF({cacheExamples}="${sheetText("answerYes")}",{k}*{tokensPerExample}*{cacheHitRate},0)` }, "=0"),
              format: "tokens",
              unit: sheetText("tokensPerRequest"),
              notes: sheetText("fewShotExamplesServedFromThe"),
            },
            {
              key: "perRequest",
              label: sheetText("inferenceCostPerRequest"),
              values: every("=LLMCOST.INFERENCE({modelCalled},{promptTokens},{completionTokens},1,{cachedPerRequest},{discount},{PriceDate},0,{PriceSheet})*{tierMix}"),
              format: "usdPerToken",
              unit: sheetText("usdPerRequest"),
              notes: sheetText("formulaLlmcostInferenceModelPromptOutput"),
            },
            ...tierRows({ cols: [...TECHNIQUES], model: "{modelCalled}", inTok: "{promptTokens}", outTok: "{completionTokens}", cachedTok: "{cachedPerRequest}" }),
          ],
        },
        {
          title: sheetText("calculationsPerMonthUsd"),
          kind: "calculations",
          headers: HEADERS,
          rows: [
            {
              key: "inferenceMonthly",
              label: sheetText("inference"),
              values: every("=LLMCOST.INFERENCE({modelCalled},{requests}*{promptTokens},{requests}*{completionTokens},{requests},{requests}*{cachedPerRequest},{discount},{PriceDate},0,{PriceSheet})*{tierMix}"),
              format: "money",
              unit: sheetText("usdPerMonth"),
              notes: sheetText("formulaLlmcostInferenceOverTheMonth"),
            },
            { key: "instructionTokens", label: sheetText("instructionSetTokens"), values: { fineTuned: "={trainingExamples}*{tokensPerTrainingExample}" }, format: "tokens", unit: sheetText("tokens2"), notes: sheetText("examplesTokensPerExampleSharedBy") },
            {
              key: "trainingOneOff",
              label: sheetText("trainingOneOff"),
              values: per(
                {
                  fineTuned: "=LLMCOST.FINETUNE({model},{instructionTokens},{epochs},{PriceDate},{PriceSheet})",
                  adaptive:
                    '={rounds}*(LLMCOST.FINETUNE({model},{instructionTokens}*{hardFraction},{epochs},{PriceDate},{PriceSheet})+LLMCOST.INFERENCE("ft:"&{model},{instructionTokens},0,{trainingExamples},0,{discount},{PriceDate},0,{PriceSheet}))',
                  continuous: "=LLMCOST.FINETUNE({model},{instructionTokens},{epochs},{PriceDate},{PriceSheet})",
                },
                "=0",
              ),
              format: "money",
              unit: "USD",
              notes: sheetText("adaptivePerRoundFineTuneOn"),
            },
            {
              key: "retraining",
              label: sheetText("retrainingPerCycle"),
              values: { continuous: "=LLMCOST.FINETUNE({model},{newExamplesPerMonth}*{retrainEvery}*{tokensPerTrainingExample},{epochs},{PriceDate},{PriceSheet})" },
              format: "money",
              unit: sheetText("usdPerRetraining"),
              notes: sheetText("continuousFineTuneOnTheExamples"),
            },
            {
              key: "trainingMonthly",
              label: sheetText("trainingAmortised"),
              values: per({ continuous: "={trainingOneOff}/{amortMonths}+{retraining}/{retrainEvery}" }, "={trainingOneOff}/{amortMonths}"),
              format: "money",
              unit: sheetText("usdPerMonth"),
              notes: sheetText("oneOffAmortisationMonthsRetrainingMonths"),
            },
            { key: "vectors", label: sheetText("vectorsStored"), values: { retrieval: "={corpusTokens}/{chunkTokens}" }, format: "count", unit: sheetText("vectors"), notes: sheetText("corpusTokensPerPassage") },
            { key: "queryPrice", label: sheetText("vectorQueryPrice"), values: { retrieval: "=MAX({ruMin},{ruPerGb}*{vectors}*{dimensions}*{bytes}/1000000000)*{readPrice}" }, format: "money", unit: sheetText("usdPer1mQueries"), notes: sheetText("readUnitsPerQueryGrowWith2") },
            { key: "corpusOneOff", label: sheetText("promptCorpusEmbeddingOneOff"), values: per({ retrieval: "=LLMCOST.EMBEDDING({embeddingModel},{corpusTokens},{PriceDate},{PriceSheet})" }, "=0"), format: "money", unit: "USD", notes: sheetText("promptCorpusEmbeddingOneOffNotes") },
            { key: "queryEmbedding", label: sheetText("promptQueryEmbeddings"), values: per({ retrieval: "=LLMCOST.EMBEDDING({embeddingModel},{requests}*{queryTokens},{PriceDate},{PriceSheet})" }, "=0"), format: "money", unit: sheetText("usdPerMonth"), notes: sheetText("promptQueryEmbeddingsNotes") },
            { key: "vectorStore", label: sheetText("promptVectorStore"), values: per({ retrieval: "=LLMCOST.VECTORSTORE({vectors},{dimensions},{bytes},{gbPrice},{requests}*{searchesPerRequest},{queryPrice},{vecMinimum})" }, "=0"), format: "money", unit: sheetText("usdPerMonth"), notes: sheetText("promptVectorStoreNotes") },
            {
              key: "retrievalMonthly",
              label: sheetText("embeddingsAndVectorStore"),
              values: every("={corpusOneOff}/{amortMonths}+{queryEmbedding}+{vectorStore}"),
              format: "money",
              unit: sheetText("usdPerMonth"),
              notes: sheetText("corpusEmbeddingAmortisationMonthsQueryEmbeddings"),
            },
            { key: "totalUsd", label: sheetText("total"), values: every("={inferenceMonthly}+{trainingMonthly}+{retrievalMonthly}"), format: "money", unit: sheetText("usdPerMonth"), notes: sheetText("inferenceAmortisedTrainingRetrieval") },
          ],
        },
        {
          title: sheetText("promptThreeYearTitle"),
          kind: "calculations",
          headers: HEADERS,
          rows: [
            { key: "monthsPerYear", label: sheetText("monthsPerYearConstant"), kind: "constant", values: { shared: 12 }, format: "integer", unit: sheetText("months"), notes: sheetText("universalConstant2") },
            { key: "months36", label: sheetText("promptMonthsInThreeYears"), kind: "constant", values: { shared: 36 }, format: "integer", unit: sheetText("months"), notes: sheetText("universalConstant2") },
            ...[1, 2, 3].map((year): RowSpec => ({ key: `priceIndexY${year}`, label: sheetText("promptApiPriceIndexYear", { year }), values: { shared: apiPriceIndexOfYear(year) }, format: "decimal", unit: sheetText("monthsAtMonth1Prices"), notes: sheetText("promptApiPriceIndexYearNotes") })),
            { key: "priceIndex36", label: sheetText("promptApiPriceIndexSum36"), values: { shared: "={priceIndexY1}+{priceIndexY2}+{priceIndexY3}" }, names: { shared: "ApiPriceIndex_Sum36" }, format: "decimal", unit: sheetText("monthsAtMonth1Prices"), notes: sheetText("promptApiPriceIndexSum36Notes") },
            { key: "tokenUsd", label: sheetText("promptTokenPart"), values: every("={inferenceMonthly}+{queryEmbedding}"), format: "money", unit: sheetText("usdPerMonth"), notes: sheetText("promptTokenPartNotes") },
            { key: "fixedUsd", label: sheetText("promptFixedPart"), values: every("={totalUsd}-{tokenUsd}"), format: "money", unit: sheetText("usdPerMonth"), notes: sheetText("promptFixedPartNotes") },
            { key: "oneOffUsd", label: sheetText("promptOneOffs"), values: every("={trainingOneOff}+{corpusOneOff}"), format: "money", unit: "USD", notes: sheetText("promptOneOffsNotes") },
            { key: "running36Usd", label: sheetText("promptRunning36"), values: per({ continuous: "={retraining}*INT({months36}/{retrainEvery})" }, "={vectorStore}*{months36}"), format: "money", unit: "USD", notes: sheetText("promptRunning36Notes") },
            { key: "threeYearUsd", label: sheetText("promptThreeYearCost"), values: every("={oneOffUsd}+{running36Usd}+{tokenUsd}*{priceIndex36}"), format: "money", unit: "USD", notes: sheetText("promptThreeYearCostNotes") },
          ],
        },
        {
          title: sheetText("promptBudgetedTitle"),
          kind: "outputs",
          rows: [
            { key: "budgetTechnique", label: sheetText("promptBudgetedTechnique"), kind: "input", values: { shared: "={cheapest}" }, validation: TECHNIQUES.map((t) => LABELS[t]), names: { shared: "BudgetedTechnique" }, format: "text", unit: sheetText("technique2"), notes: sheetText("promptBudgetedTechniqueNotes") },
            { key: "budgetColumn", label: sheetText("promptBudgetedColumn"), values: { shared: `=MATCH({budgetTechnique},${TECHNIQUE_RANGE},0)` }, format: "integer", unit: sheetText("technique2"), notes: sheetText("promptBudgetedColumnNotes") },
            { key: "bMonthly", label: sheetText("promptBudgetedMonthly"), values: { shared: budgeted("totalUsd") }, names: { shared: "MonthlyCost_Budgeted" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("promptBudgetedMonthlyNotes") },
            { key: "bThreeYear", label: sheetText("promptBudgetedThreeYear"), values: { shared: budgeted("threeYearUsd") }, names: { shared: "ThreeYearCost_Budgeted" }, format: "moneyFx", unit: "{currency}", notes: sheetText("promptThreeYearCostNotes") },
            { key: "bToken", label: sheetText("promptTokenPart"), values: { shared: budgeted("tokenUsd") }, names: { shared: "TokenCost_Budgeted" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("promptTokenPartNotes") },
            { key: "bFixed", label: sheetText("promptFixedPart"), values: { shared: budgeted("fixedUsd") }, names: { shared: "FixedCost_Budgeted" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("promptFixedPartNotes") },
            { key: "bOneOff", label: sheetText("promptOneOffs"), values: { shared: budgeted("oneOffUsd") }, names: { shared: "OneOffCost_Budgeted" }, format: "moneyFx", unit: "{currency}", notes: sheetText("promptOneOffsNotes") },
            { key: "bRunning36", label: sheetText("promptRunning36"), values: { shared: budgeted("running36Usd") }, names: { shared: "Running36Cost_Budgeted" }, format: "moneyFx", unit: "{currency}", notes: sheetText("promptRunning36Notes") },
          ],
        },
        {
          title: sheetText("outputs"),
          kind: "outputs",
          headers: HEADERS,
          rows: [
            { key: "technique", label: sheetText("technique"), values: Object.fromEntries(TECHNIQUES.map((t) => [t, `="${LABELS[t]}"`])), format: "text", notes: sheetText("columnLabelsForTheCheapestTechnique") },
            { key: "costPerRequest", label: sheetText("costPerRequest"), values: every(`=IF({requests}>0,{monthlyCost}/{requests},"${sheetText("noRequests")}")`), format: "moneyFx", unit: sheetText("currencyPerRequest"), notes: sheetText("monthlyCostRequests") },
            { key: "vsZeroShot", label: sheetText("costVsZeroShot"), values: every(`=IF({monthlyCost:${FIRST}}>0,{monthlyCost}/{monthlyCost:${FIRST}},"${sheetText("notApplicable")}")`), format: "multiple", unit: sheetText("times"), notes: sheetText("howManyTimesTheZeroShot") },
            {
              key: "breakEven",
              label: sheetText("fineTuningBeatsFewShotAbove"),
              values: {
                shared: `=IFERROR(IF({perRequest:fewShot}>{perRequest:fineTuned},{trainingMonthly:fineTuned}/({perRequest:fewShot}-{perRequest:fineTuned}),"${sheetText("never")}"),"${sheetText("notApplicable")}")`,
              },
              names: { shared: "FineTuneBreakEvenRequests" },
              format: "count",
              unit: sheetText("requestsPerMonth2"),
              notes: sheetText("amortisedTrainingFewShotFineTuned"),
            },
          ],
        },
        {
          title: sheetText("checks"),
          kind: "checks",
          headers: HEADERS,
          rows: [
            ...tierChecks([...TECHNIQUES]),
            {
              label: sheetText("monthlyCostInferenceTrainingRetrieval"),
              values: every(`=${agrees("{monthlyCost}", "({inferenceMonthly}+{trainingMonthly}+{retrievalMonthly})*{FxRate}")}`),
              unit: "TRUE/FALSE",
              notes: sheetText("partsSumToTheTotal"),
            },
            {
              label: sheetText("monthlyInferencePerRequestRequests"),
              values: every(`=${agrees("{inferenceMonthly}", "{perRequest}*{requests}")}`),
              unit: "TRUE/FALSE",
              notes: sheetText("inferenceCostIsLinearInRequests"),
            },
            {
              label: sheetText("atTheBreakEvenFineTuned"),
              values: {
                shared: `=IF(ISNUMBER({breakEven}),${agrees("{trainingMonthly:fineTuned}+{breakEven}*{perRequest:fineTuned}", "{breakEven}*{perRequest:fewShot}")},{breakEven}="${sheetText("never")}")`,
              },
              unit: "TRUE/FALSE",
              notes: sheetText("trainingVolumeTunedPriceVolumeFew"),
            },
            { label: sheetText("promptBudgetedRecognised"), values: { shared: "=ISNUMBER({budgetColumn})" }, unit: "TRUE/FALSE", notes: sheetText("promptBudgetedRecognisedNotes") },
            {
              label: sheetText("theCheapestTechniqueHasTheCheapest"),
              values: { shared: `=${agrees(`INDEX(${TOTAL_RANGE},MATCH({cheapest},${TECHNIQUE_RANGE},0))*{FxRate}`, "{cheapestCost}")}` },
              unit: "TRUE/FALSE",
              notes: sheetText("theLookupFoundTheMinimum"),
            },
          ],
        },
      ],
      chart: { type: "ColumnClustered", title: sheetText("monthlyCostByTechnique"), over: "values", rows: ["monthlyCost"], columns: [...TECHNIQUES] },
    },
    promptTechniquesSimulation(),
  ],
};
