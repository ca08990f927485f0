import { sheetText } from "../../i18n/sheet-text";
import { SELF_HOST_CHOICES, NOT_PRICED, agrees, check, named, useCaseSheets } from "../blocks";
import type { TemplateSpec } from "../types";

const GUIDE = sheetText("guideOptimizingCostUsingEmbeddingModels");
const RAG = sheetText("ragNotInTheGuideSExample");

/** The guide's embedding + vector database example, with its one-off and recurring parts kept apart. */
export const embeddingRetrieval: TemplateSpec = {
  id: "embedding-retrieval",
  title: sheetText("embeddingsAndAVectorDatabase"),
  description: sheetText("oneOffCorpusEmbeddingAndThe"),
  group: "planning",
  source: sheetText("llmEconomicsGuideChapter2Optimizing"),
  choices: [
    { key: "embeddingModel", label: sheetText("embeddingModel"), list: "embeddingModels", default: "text-embedding-3-small" },
    { key: "model", label: sheetText("chatModelAnswers"), list: "chatModels", default: "gpt-4.1-mini" },
    ...SELF_HOST_CHOICES,
  ],
  sheets: useCaseSheets(
    {
      name: sheetText("embeddingRetrieval"),
      firstColumn: { key: "guide", header: sheetText("guide") },
      requests: "queries",
      requestUnit: "query",
      inPerRequest: "inPerReq",
      outPerRequest: "answerTokens",
      defaultInPerRequest: 1550,
      defaultOutPerRequest: 300,
      apiModel: "{model}",
      inputs: [
        {
          title: sheetText("inputsWorkloadSharedByAllColumns2"),
          kind: "inputs",
          rows: [
            { key: "perThousand", label: sheetText("unitsPerThousandConstant"), kind: "constant", values: { guide: 1000 }, format: "count", unit: sheetText("per1k"), notes: sheetText("universalConstantPricesQuotedPer1") },
            { key: "corpus", label: sheetText("corpusTokensToEmbed"), values: { guide: 84_000_000 }, format: "tokens", unit: sheetText("tokens2"), notes: sheetText("guideThe84mTokenDomainCorpus", { guide: GUIDE }) },
            { key: "documents", label: sheetText("documentsOneEmbeddingEach"), values: { guide: 50_000 }, format: "count", unit: sheetText("embeddings"), notes: sheetText("guide50kDocumentsSeeTheSlip", { guide: GUIDE }) },
            { key: "queries", label: sheetText("queriesPerMonthMonth1"), values: { guide: 10_000 }, names: { guide: "VolumePerMonth" }, format: "count", unit: sheetText("queriesPerMonth"), notes: sheetText("guideQueriesAMonth10000", { guide: GUIDE }) },
            { key: "complaintTokens", label: sheetText("tokensPerComplaintInUseCase"), values: { guide: 70 }, format: "tokens", unit: sheetText("tokensPerComplaint"), notes: sheetText("guideUseCase1Step1") },
          ],
        },
        {
          title: sheetText("inputsPricesAndModels"),
          kind: "inputs",
          rows: [
            { key: "guideEmbPrice", label: sheetText("embeddingPriceGuidePer1kTokens"), values: { guide: 0.02 }, format: "money", unit: sheetText("usdPer1kTokens"), notes: sheetText("guideEmbeddingPricePer1000Tokens", { guide: GUIDE }) },
            { key: "guideStoragePrice", label: sheetText("storagePriceGuidePer1kEmbeddings"), values: { guide: 0.01 }, format: "money", unit: sheetText("usdPer1kEmbeddings"), notes: sheetText("guideStoragePricePer1000Embeddings", { guide: GUIDE }) },
            { key: "guideQueryPrice", label: sheetText("pricePerQueryGuide"), values: { guide: 0.001 }, format: "usdPerToken", unit: sheetText("usdPerQuery"), notes: sheetText("guidePricePerQuery0001", { guide: GUIDE }) },
            { key: "embModel", label: sheetText("embeddingModel"), values: { catalog: { choice: "embeddingModel" } }, unit: sheetText("modelId"), notes: sheetText("pickFromTheListEmbeddingsUse") },
            { key: "tokensPerQuery", label: sheetText("tokensPerQueryEmbeddedAtQuery"), values: { catalog: 50 }, format: "tokens", unit: sheetText("tokensPerQuery"), notes: sheetText("assumptionAShortSearchQuestion") },
            { key: "model", label: sheetText("chatModelAnswers"), values: { catalog: { choice: "model" } }, names: { catalog: "ApiModel" }, unit: sheetText("modelId"), notes: sheetText("pickFromTheListOrType2") },
            { key: "contextTokens", label: sheetText("retrievedContextPerQuery"), values: { catalog: 1500 }, format: "tokens", unit: sheetText("tokensPerQuery"), notes: sheetText("assumptionFiveChunksOf300Tokens", { rag: RAG }) },
            { key: "answerTokens", label: sheetText("answerTokensPerQueryVisible"), values: { catalog: 300 }, format: "tokens", unit: sheetText("tokensPerQuery"), notes: sheetText("assumptionAShortAnswerRag", { rag: RAG }) },
            { key: "embPrice", label: sheetText("embeddingPriceCatalogPer1mTokens"), kind: "calc", values: { catalog: '=LLMCOST.PRICE({embModel},"input",{PriceDate},{PriceSheet})' }, format: "usdPerMtok", unit: sheetText("usdPer1mTokens"), notes: sheetText("listPriceOnThePriceDate") },
          ],
        },
      ],
      calculations: [
        { key: "queryTokens", label: sheetText("queryTokensEmbeddedPerMonth"), values: { catalog: "={queries}*{tokensPerQuery}" }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("queriesTokensPerQuery") },
        { key: "queryEmbPerQuery", label: sheetText("embeddingOneQuery"), values: { catalog: "=LLMCOST.EMBEDDING({embModel},{tokensPerQuery},{PriceDate},{PriceSheet})*{FxRate}" }, format: "moneyFx", unit: sheetText("currencyPerQuery"), notes: sheetText("llmcostEmbeddingModelTokensPerQuery") },
        { key: "inPerReq", label: sheetText("inputTokensPerAnswerQuestionContext"), values: { catalog: "=IF({answerTokens}=0,0,{tokensPerQuery}+{contextTokens})" }, format: "tokens", unit: sheetText("tokensPerQuery"), notes: sheetText("questionRetrievedChunks0WhenNo") },
      ],
      outputs: [
        {
          title: sheetText("outputsTheGuideSFiguresBeside"),
          kind: "outputs",
          rows: [
            {
              key: "embCost",
              label: sheetText("embeddingTheCorpusOneOff"),
              values: { guide: "={corpus}/{perThousand}*{guideEmbPrice}*{FxRate}", catalog: named("LLMCOST.EMBEDDING({embModel},{corpus},{PriceDate},{PriceSheet})*{FxRate}", NOT_PRICED) },
              names: { guide: "EmbeddingCost_Guide", catalog: "EmbeddingCost_Catalog" },
              format: "moneyFx",
              unit: "{currency}",
              notes: sheetText("guide840000021"),
            },
            {
              key: "storageCost",
              label: sheetText("vectorStoragePerMonth"),
              values: { guide: "={documents}/{perThousand}*{guideStoragePrice}*{FxRate}", catalog: named("{vecStorage}", NOT_PRICED) },
              names: { guide: "StorageCost_Guide", catalog: "StorageCost_Catalog" },
              format: "moneyFx",
              unit: sheetText("currencyPerMonth"),
              notes: sheetText("guide50001050"),
            },
            {
              key: "queryCost",
              label: sheetText("queriesPerMonth2"),
              values: { guide: "={queries}*{guideQueryPrice}*{FxRate}", catalog: named("LLMCOST.EMBEDDING({embModel},{queryTokens},{PriceDate},{PriceSheet})*{FxRate}", NOT_PRICED) },
              names: { guide: "QueryCost_Guide", catalog: "QueryCost_Catalog" },
              format: "moneyFx",
              unit: sheetText("currencyPerMonth"),
              notes: sheetText("guide10000000110"),
            },
            {
              key: "totalCost",
              label: sheetText("theGuideSMonthlyTotal"),
              values: { guide: "={embCost}+{storageCost}+{queryCost}" },
              names: { guide: "TotalCost_Guide" },
              format: "moneyFx",
              unit: "{currency}",
              notes: sheetText("guide168005010"),
            },
          ],
        },
        {
          title: sheetText("theGuideSSlipsSaidPlainly"),
          kind: "outputs",
          rows: [
            { key: "tokensPerDocument", label: sheetText("tokensPerDocumentTheGuideImplies"), values: { guide: "={corpus}/{documents}" }, format: "tokens", unit: sheetText("tokensPerDocument"), notes: sheetText("t84mTokens50kDocuments1680") },
            { key: "complaintEmbeddings", label: sheetText("embeddingsIfEachComplaintIsOne"), values: { guide: "={corpus}/{complaintTokens}" }, format: "count", unit: sheetText("embeddings"), notes: sheetText("t84m7012MillionEmbeddings") },
            { key: "complaintStorage", label: sheetText("storageOfThoseAtTheGuide"), values: { guide: "={complaintEmbeddings}/{perThousand}*{guideStoragePrice}*{FxRate}" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("t120000112A") },
          ],
        },
      ],
      checks: [
        { label: sheetText("theGuideSTotalEqualsIts"), values: { guide: check(agrees("{totalCost}", "{embCost}+{storageCost}+{queryCost}")) }, unit: "TRUE/FALSE", notes: sheetText("totalParts0") },
        { label: sheetText("queryEmbeddingsPerQueryQueriesMonth"), values: { catalog: check(agrees("{queryEmbPerQuery}*{queries}", "{queryCost}", "{queryCost}", "0.0000005")) }, unit: "TRUE/FALSE", notes: sheetText("theBudgetUsesThePerQuery") },
      ],
      oneOff: { catalog: "{embCost:catalog}+{vecWrites}+{setup:catalog}", selfhost: "{embCost:catalog}+{vecWrites}+{setup:selfhost}", notes: sheetText("embeddingTheCorpusWritingTheVectors") },
      extraPerRequest: "queryEmbPerQuery",
      guide: { oneOff: "{embCost:guide}", monthly: "{storageCost:guide}+{queryCost:guide}" },
      vectors: { stored: "={documents}", storedNote: sheetText("theGuideS50kDocumentsOne"), perRequest: 1, perRequestNote: sheetText("oneSimilaritySearchPerQueryThe") },
      review: { share: 0.01, minutes: 2, note: sheetText("assumption1OfAnswersCheckedBy") },
      selfHostNote: sheetText("selfHostingServesTheAnswersEmbeddings"),
    },
    { name: sheetText("embeddingRetrievalRisk"), volume: "VolumePerMonth" },
  ),
};
