import { sheetText } from "../../i18n/sheet-text";
import { SELF_HOST_CHOICES, NOT_PRICED, check, named, useCaseSheets } from "../blocks";
import type { TemplateSpec } from "../types";

const GUIDE = sheetText("guideUseCase2EcommerceSentimentAnalysis");

/** Use case 2 of the guide: sentiment analysis with function calling through an external API. */
export const sentimentAnalysis: TemplateSpec = {
  id: "sentiment-analysis",
  title: sheetText("sentimentAnalysisWithFunctionCalling"),
  description: sheetText("monthlyYear1And3Year"),
  group: "engagement",
  source: sheetText("llmEconomicsGuideChapter2Use2"),
  choices: [{ key: "model", label: sheetText("chatModel"), list: "chatModels", default: "gpt-4.1-mini" }, ...SELF_HOST_CHOICES],
  sheets: useCaseSheets(
    {
      name: sheetText("sentimentAnalysis"),
      firstColumn: { key: "guide", header: sheetText("guide") },
      requests: "queries",
      requestUnit: "query",
      inPerRequest: "inPerReq",
      outPerRequest: "outPerQuery",
      defaultInPerRequest: 300,
      defaultOutPerRequest: 500,
      apiModel: "{model}",
      inputs: [
        {
          title: sheetText("inputsWorkloadSharedByAllColumns2"),
          kind: "inputs",
          rows: [
            // the month's volume is the input (a data table can point at it); the guide's day count is in its note
            { key: "queries", label: sheetText("queriesPerMonthMonth1"), values: { guide: 30_000 }, names: { guide: ["QueriesPerMonth", "VolumePerMonth"] }, format: "count", unit: sheetText("queriesPerMonth"), notes: sheetText("guideStep1About1000QueriesADayFor30", { guide: GUIDE }) },
            { key: "inPerQuery", label: sheetText("inputTokensPerQuery"), values: { guide: 150 }, format: "tokens", unit: sheetText("tokensPerQuery"), notes: sheetText("guideStep", { guide: GUIDE, step: 1 }) },
            { key: "fcPerQuery", label: sheetText("functionCallingTokensPerQueryInput"), values: { guide: 150 }, format: "tokens", unit: sheetText("tokensPerQuery"), notes: sheetText("guideStep1FunctionDefinitionsCount", { guide: GUIDE }) },
            { key: "outPerQuery", label: sheetText("outputTokensPerQueryVisible"), values: { guide: 500 }, format: "tokens", unit: sheetText("tokensPerQuery"), notes: sheetText("guideStep", { guide: GUIDE, step: 1 }) },
          ],
        },
        {
          title: sheetText("inputsPricesAndModels"),
          kind: "inputs",
          rows: [
            { key: "guidePrice", label: sheetText("pricePerTokenGuideInputAnd"), values: { guide: 0.01 }, format: "usdPerToken", unit: sheetText("usdPerToken"), notes: sheetText("guideStep2PerTokenGpt35Turbo", { guide: GUIDE }) },
            { key: "perThousand", label: sheetText("tokensPerThousandConstant"), kind: "constant", values: { guide: 1000 }, format: "count", unit: sheetText("tokens2"), notes: sheetText("constantToReadTheGuideS") },
            { key: "model", label: sheetText("chatModel"), values: { catalog: { choice: "model" } }, names: { catalog: "ApiModel" }, unit: sheetText("modelId"), notes: sheetText("pickFromTheListOrType") },
            { key: "inPrice", label: sheetText("inputPriceCatalogPer1mTokens"), kind: "calc", values: { catalog: '=LLMCOST.PRICE({model},"input",{PriceDate},{PriceSheet})' }, format: "usdPerMtok", unit: sheetText("usdPer1mTokens"), notes: sheetText("listPriceOnThePriceDate") },
            { key: "outPrice", label: sheetText("outputPriceCatalogPer1mTokens"), kind: "calc", values: { catalog: '=LLMCOST.PRICE({model},"output",{PriceDate},{PriceSheet})' }, format: "usdPerMtok", unit: sheetText("usdPer1mTokens"), notes: sheetText("listPriceOnThePriceDate") },
          ],
        },
      ],
      calculations: [
        { key: "promptTokens", label: sheetText("promptInputTokens"), values: { guide: "={queries}*{inPerQuery}" }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("guide4500000") },
        { key: "fcTokens", label: sheetText("functionCallingInputTokens"), values: { guide: "={queries}*{fcPerQuery}" }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("guide4500000") },
        { key: "inputTokens", label: sheetText("inputTokens"), values: { guide: "={promptTokens}+{fcTokens}" }, names: { guide: "InputTokens" }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("guide9000000TheGuide") },
        { key: "outputTokens", label: sheetText("outputTokens"), values: { guide: "={queries}*{outPerQuery}" }, names: { guide: "OutputTokens" }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("guide15000000") },
        { key: "totalTokens", label: sheetText("totalTokens"), values: { guide: "={inputTokens}+{outputTokens}" }, names: { guide: "TotalTokens" }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("guide24000000") },
        { key: "inPerReq", label: sheetText("inputTokensPerQueryPromptFunctions"), values: { catalog: "={inPerQuery}+{fcPerQuery}" }, format: "tokens", unit: sheetText("tokensPerQuery"), notes: sheetText("promptFunctionCallingTokens") },
      ],
      outputs: [
        {
          title: sheetText("outputsTheGuideSFigureBeside"),
          kind: "outputs",
          rows: [
            {
              key: "cost",
              label: sheetText("inferenceCostPerMonthTokensOnly"),
              values: { guide: "={totalTokens}*{guidePrice}*{FxRate}", catalog: named("LLMCOST.INFERENCE({model},{apiIn},{apiOut},{queries},{apiCached},{discount},{PriceDate},0,{PriceSheet})*{FxRate}*{tierMix}", NOT_PRICED) },
              names: { guide: "InferenceCost_Guide", catalog: "InferenceCost_Catalog" },
              format: "moneyFx",
              unit: sheetText("currencyPerMonth"),
              notes: sheetText("guide24m001240000"),
            },
            { key: "ratio", label: sheetText("guideFigureCatalogFigure"), values: { guide: `=IF(AND(ISNUMBER({cost:catalog}),{cost:catalog}>0),{cost:guide}/{cost:catalog},"${sheetText("notApplicable")}")` }, format: "multiple", unit: sheetText("times"), notes: sheetText("howFarTheGuideS0") },
            {
              key: "slipPerThousand",
              label: sheetText("theGuideSPriceReadAs"),
              values: { guide: "={totalTokens}/{perThousand}*{guidePrice}*{FxRate}" },
              format: "moneyFx",
              unit: sheetText("currencyPerMonth"),
              notes: sheetText("theGuideSSlipItWrites"),
            },
            {
              key: "slipGpt35",
              label: sheetText("theGuideSWorkloadOnGpt"),
              values: { catalog: '=LLMCOST.INFERENCE("gpt-3.5-turbo",{inputTokens},{outputTokens},{queries},0,0,{PriceDate},0,{PriceSheet})*{FxRate}' },
              format: "moneyFx",
              unit: sheetText("currencyPerMonth"),
              notes: sheetText("theModelTheGuideNamesAt"),
            },
          ],
        },
      ],
      checks: [
        { label: sheetText("inputOutputTotalTokens"), values: { guide: check("{inputTokens}+{outputTokens}={totalTokens}") }, unit: "TRUE/FALSE", notes: sheetText("tokenTotalsAreConsistent") },
        { label: sheetText("costsAreNotNegative"), values: { guide: check("{cost}>=0"), catalog: check("{cost}>=0") }, unit: "TRUE/FALSE", notes: sheetText("cost0") },
      ],
      oneOff: { catalog: "{vecWrites}+{setup:catalog}", selfhost: "{vecWrites}+{setup:selfhost}", notes: sheetText("setUpAndIntegrationNoTrainingOrIndexing") },
      vectors: { stored: 0, storedNote: sheetText("functionCallingReadsOrganisationalDataFrom"), perRequest: 0, perRequestNote: sheetText("t0NoVectorRetrievalInThe") },
      review: { share: 0.01, minutes: 1, note: sheetText("assumption1OfSentimentLabelsSpot") },
    },
    { name: sheetText("sentimentAnalysisRisk"), volume: "QueriesPerMonth" },
  ),
};
