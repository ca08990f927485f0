import { sheetText } from "../../i18n/sheet-text";
import { SELF_HOST_CHOICES, NOT_PRICED, agrees, check, named, useCaseSheets } from "../blocks";
import type { TemplateSpec } from "../types";

const GUIDE = sheetText("guideUseCase1AutomotiveComplaintRedressal");

/** Use case 1 of the guide: fine-tune a model on complaint data, then run a monthly chatbot on it. */
export const complaintRedressal: TemplateSpec = {
  id: "complaint-redressal",
  title: sheetText("complaintRedressalChatbotFineTuned"),
  description: sheetText("oneOffFineTuningAndThe"),
  group: "retention",
  source: sheetText("llmEconomicsGuideChapter2Use"),
  choices: [{ key: "model", label: sheetText("fineTunableModel"), list: "finetuneModels", default: "gpt-4.1-mini" }, ...SELF_HOST_CHOICES],
  sheets: useCaseSheets(
    {
      name: sheetText("complaintRedressal"),
      firstColumn: { key: "guide", header: sheetText("guide") },
      requests: "users",
      requestUnit: "conversation",
      inPerRequest: "inPerReq",
      outPerRequest: "outPerReq",
      defaultInPerRequest: 600,
      defaultOutPerRequest: 600,
      apiModel: '"ft:"&{model}',
      inputs: [
        {
          title: sheetText("inputsWorkloadSharedByAllColumns2"),
          kind: "inputs",
          rows: [
            { key: "complaints", label: sheetText("customerComplaintsInTheTrainingSet"), values: { guide: 6_000_000 }, format: "count", unit: sheetText("complaints"), notes: sheetText("guideStep1About6MillionComplaints", { guide: GUIDE }) },
            { key: "sentences", label: sheetText("sentencesPerComplaint"), values: { guide: 10 }, format: "count", unit: sheetText("sentences"), notes: sheetText("guideStep", { guide: GUIDE, step: 1 }) },
            { key: "tokensPerSentence", label: sheetText("tokensPerSentence"), values: { guide: 7 }, format: "count", unit: sheetText("tokens2"), notes: sheetText("guideStep", { guide: GUIDE, step: 1 }) },
            { key: "domainShare", label: sheetText("domainSpecificShareOfTheCorpus"), values: { guide: 0.2 }, format: "percent", unit: sheetText("share"), notes: sheetText("guideStep1Percent20", { guide: GUIDE }) },
            { key: "instructionShare", label: sheetText("instructionSetShareOfTheDomain"), values: { guide: 0.5 }, format: "percent", unit: sheetText("share"), notes: sheetText("guideStep1Percent50", { guide: GUIDE }) },
            { key: "epochs", label: sheetText("trainingEpochs"), values: { guide: 1 }, format: "count", unit: sheetText("passes"), notes: sheetText("guidePricesOnePassOverThe") },
            { key: "owners", label: sheetText("vehicleOwners"), values: { guide: 5_000_000 }, format: "count", unit: sheetText("owners"), notes: sheetText("guideStep2FiveMillionOwnersTheCap", { guide: GUIDE }) },
            // the month's volume is the input (a data table can point at it); the guide's 3% of owners is read back below
            { key: "users", label: sheetText("conversationsPerMonthMonth1"), values: { guide: 150_000 }, names: { guide: ["MonthlyUsers", "VolumePerMonth"] }, format: "count", unit: sheetText("conversationsPerMonth"), notes: sheetText("guideStep2ThreePercentOfOwnersOneEach", { guide: GUIDE }) },
            { key: "tokensPerInteraction", label: sheetText("tokensPerConversationInputOutput"), values: { guide: 1200 }, format: "tokens", unit: sheetText("tokensPerConversation"), notes: sheetText("guideStep2Tokens1200", { guide: GUIDE }) },
          ],
        },
        {
          title: sheetText("inputsPricesAndModels"),
          kind: "inputs",
          rows: [
            { key: "guideFtPrice", label: sheetText("fineTuningPriceGuidePerToken"), values: { guide: 0.0001 }, format: "usdPerToken", unit: sheetText("usdPerToken"), notes: sheetText("guideStep3FineTunePrice", { guide: GUIDE }) },
            { key: "guideInfPrice", label: sheetText("inferencePriceGuidePerToken"), values: { guide: 0.00001 }, format: "usdPerToken", unit: sheetText("usdPerToken"), notes: sheetText("guideStep3InferencePrice", { guide: GUIDE }) },
            { key: "model", label: sheetText("fineTunableBaseModel"), values: { catalog: { choice: "model" } }, names: { catalog: "ApiModel" }, unit: sheetText("modelId"), notes: sheetText("pickFromTheListFineTuning") },
            { key: "inputShare", label: sheetText("inputShareOfConversationTokens"), values: { catalog: 0.5 }, format: "percent", unit: sheetText("share"), notes: sheetText("assumptionTheGuideGivesInputAnd") },
            { key: "ftMethod", label: sheetText("fineTuningMethodSelfHosted"), values: { selfhost: "lora" }, validation: ["lora", "full"], unit: sheetText("method"), notes: sheetText("assumptionLoraAdaptersOnTheOpen") },
            { key: "trainingPrice", label: sheetText("trainingPriceCatalogPer1mTokens"), kind: "calc", values: { catalog: '=LLMCOST.PRICE({model},"training",{PriceDate},{PriceSheet})' }, format: "usdPerMtok", unit: sheetText("usdPer1mTokens"), notes: sheetText("listPriceOfFineTuningThe") },
            { key: "ftInputPrice", label: sheetText("fineTunedInputPriceCatalogPer"), kind: "calc", values: { catalog: '=LLMCOST.PRICE("ft:"&{model},"input",{PriceDate},{PriceSheet})' }, format: "usdPerMtok", unit: sheetText("usdPer1mTokens"), notes: sheetText("priceOfCallingTheTunedModel") },
            { key: "ftOutputPrice", label: sheetText("fineTunedOutputPriceCatalogPer"), kind: "calc", values: { catalog: '=LLMCOST.PRICE("ft:"&{model},"output",{PriceDate},{PriceSheet})' }, format: "usdPerMtok", unit: sheetText("usdPer1mTokens"), notes: sheetText("priceOfCallingTheTunedModel") },
          ],
        },
      ],
      calculations: [
        { key: "corpus", label: sheetText("trainingCorpus"), values: { guide: "={complaints}*{sentences}*{tokensPerSentence}" }, names: { guide: "TrainingCorpusTokens" }, format: "tokens", unit: sheetText("tokens2"), notes: sheetText("complaintsSentencesTokensGuide420Million") },
        { key: "domain", label: sheetText("domainSpecificCorpus"), values: { guide: "={corpus}*{domainShare}" }, names: { guide: "DomainTokens" }, format: "tokens", unit: sheetText("tokens2"), notes: sheetText("guide84Million") },
        { key: "instruction", label: sheetText("instructionSetTokensFineTuning"), values: { guide: "={domain}*{instructionShare}" }, names: { guide: "InstructionTokens" }, format: "tokens", unit: sheetText("tokens2"), notes: sheetText("guide42Million") },
        { key: "interactionShare", label: sheetText("ownersUsingTheChatbotEachMonth"), values: { guide: `=IF({owners}>0,{users}/{owners},"${sheetText("notApplicable")}")` }, format: "percent", unit: sheetText("sharePerMonth"), notes: sheetText("conversationsOwnersGuide3") },
        { key: "inferenceTokens", label: sheetText("inferenceTokensPerMonth"), values: { guide: "={users}*{tokensPerInteraction}" }, names: { guide: "InferenceTokens" }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("guide180Million") },
        { key: "inPerReq", label: sheetText("inputTokensPerConversation"), values: { catalog: "={tokensPerInteraction}*{inputShare}" }, format: "tokens", unit: sheetText("tokensPerConversation"), notes: sheetText("tokensInputShare") },
        { key: "outPerReq", label: sheetText("outputTokensPerConversationVisible"), values: { catalog: "={tokensPerInteraction}-{inPerReq}" }, format: "tokens", unit: sheetText("tokensPerConversation"), notes: sheetText("tokensInputTokens") },
        { key: "trainHours", label: sheetText("gpuHoursToFineTuneThe"), values: { selfhost: "=LLMCOST.TRAINHOURS({openModel},{instruction},{gpu},{epochs},{ftMethod})" }, format: "decimal", unit: sheetText("gpuHours"), notes: sheetText("llmcostTrainhoursModelInstructionTokensGpu") },
      ],
      outputs: [
        {
          title: sheetText("outputsTheGuideSFiguresBeside"),
          kind: "outputs",
          rows: [
            {
              key: "ftCost",
              label: sheetText("fineTuningCostOneOff"),
              values: { guide: "={instruction}*{epochs}*{guideFtPrice}*{FxRate}", catalog: named("LLMCOST.FINETUNE({model},{instruction},{epochs},{PriceDate},{PriceSheet})*{FxRate}", NOT_PRICED), selfhost: named("{trainHours}*{gpuPrice}*{FxRate}", NOT_PRICED) },
              names: { guide: "FineTuneCost_Guide", catalog: "FineTuneCost_Catalog", selfhost: "FineTuneCost_SelfHost" },
              format: "moneyFx",
              unit: "{currency}",
              notes: sheetText("guide42m000014200"),
            },
            {
              key: "infCost",
              label: sheetText("inferenceCostPerMonthTokensOnly"),
              values: { guide: "={inferenceTokens}*{guideInfPrice}*{FxRate}", catalog: named('LLMCOST.INFERENCE("ft:"&{model},{apiIn},{apiOut},{users},{apiCached},{discount},{PriceDate},0,{PriceSheet})*{FxRate}*{tierMix}', NOT_PRICED) },
              names: { guide: "InferenceCost_Guide", catalog: "InferenceCost_Catalog" },
              format: "moneyFx",
              unit: sheetText("currencyPerMonth"),
              notes: sheetText("guide180m0000011800"),
            },
            {
              key: "totalCost",
              label: sheetText("theGuideSTotalForThe"),
              values: { guide: "={ftCost}+{infCost}" },
              names: { guide: "TotalCost_Guide" },
              format: "moneyFx",
              unit: "{currency}",
              notes: sheetText("guide420018006"),
            },
          ],
        },
      ],
      checks: [
        { label: sheetText("theGuideSTotalEqualsIts"), values: { guide: check(agrees("{totalCost}", "{ftCost}+{infCost}")) }, unit: "TRUE/FALSE", notes: sheetText("totalFineTuningInference0") },
        { label: sheetText("tokenFunnelNarrows"), values: { guide: check("AND({instruction}<={domain},{domain}<={corpus})") }, unit: "TRUE/FALSE", notes: sheetText("instructionDomainCorpus") },
        { label: sheetText("inputOutputTokensPerConversation"), values: { catalog: check("ROUND({inPerReq}+{outPerReq}-{tokensPerInteraction},6)=0") }, unit: "TRUE/FALSE", notes: sheetText("theTokenSplitIsComplete") },
      ],
      oneOff: { catalog: "{ftCost:catalog}+{vecWrites}+{setup:catalog}", selfhost: "{ftCost:selfhost}+{vecWrites}+{setup:selfhost}", notes: sheetText("fineTuningIndexingSetUpAndIntegration") },
      guide: { oneOff: "{ftCost:guide}", monthly: "{infCost:guide}" },
      vectors: { stored: 0, storedNote: sheetText("theGuideSChatbotIsFine"), perRequest: 0, perRequestNote: sheetText("t0NoRetrievalInTheGuide") },
      review: { share: 0.02, minutes: 3, note: sheetText("assumption2OfConversationsCheckedBy") },
      cap: { formula: "={owners}", note: sheetText("everyVehicleOwnerOnceAMonth") },
      selfHostNote: sheetText("pickAnOpenWeightModelTo"),
    },
    { name: sheetText("complaintRedressalRisk"), volume: "MonthlyUsers" },
  ),
};
