import { sheetText } from "../../i18n/sheet-text";
import { SELF_HOST_CHOICES, check, namedSelf, useCaseSheets } from "../blocks";
import { benefitInputs, benefitOutputs } from "../blocks/benefit";
import { chatModelSection, messageOutputCheck, messageTokenCostRow } from "../blocks/messages";
import type { TemplateSpec } from "../types";

const NO_GUIDE = sheetText("assumptionTheGuideNamesAcquisitionAs");
const WORDS_PER_TOKEN = sheetText("about075EnglishWordsPer");

const PER_CUSTOMER = `=IF(COUNT({monthly},{customers})<2,"${sheetText("notApplicable")}",IF({customers}>0,{monthly}/{customers},"${sheetText("noCustomers")}"))`;

/** Acquisition stage of the guide's MarTech lifecycle: personalised first-touch outreach with a lead-qualification score. */
export const acquisition: TemplateSpec = {
  id: "acquisition",
  title: sheetText("leadOutreachAndQualification"),
  description: sheetText("oneOffMonthlyYear1And"),
  group: "acquisition",
  source: sheetText("llmEconomicsGuideChapter1Exhibit"),
  choices: [{ key: "model", label: sheetText("chatModel"), list: "chatModels", default: "gpt-4.1-mini" }, ...SELF_HOST_CHOICES],
  sheets: useCaseSheets(
    {
      name: sheetText("acquisition"),
      firstColumn: { key: "input", header: sheetText("input") },
      requests: "messages",
      requestUnit: "message",
      inPerRequest: "inPerReq",
      outPerRequest: "outPerReq",
      defaultInPerRequest: 1000,
      defaultOutPerRequest: 250,
      apiModel: "{model}",
      inputs: [
        {
          title: sheetText("inputsWorkloadSharedByAllColumns"),
          kind: "inputs",
          rows: [
            { key: "leads", label: sheetText("newLeadsPerMonth"), values: { input: 50_000 }, names: { input: "VolumePerMonth" }, format: "count", unit: sheetText("leadsPerMonth"), notes: NO_GUIDE },
            { key: "maxLeads", label: sheetText("mostLeadsAMonthAddressableProspects"), values: { input: 500_000 }, format: "count", unit: sheetText("leadsPerMonth"), notes: sheetText("assumptionTenTimesTheBaseVolume") },
            { key: "messagesPerLead", label: sheetText("messagesWrittenPerLead"), values: { input: 1 }, format: "decimal", unit: sheetText("messagesPerLead"), notes: sheetText("assumptionOneFirstTouchMessageScored") },
            { key: "profileTokens", label: sheetText("leadRecordAndProductFactsPer"), values: { input: 600 }, format: "tokens", unit: sheetText("tokensPerMessage"), notes: sheetText("assumptionCrmFieldsFirmographicsAndA") },
            { key: "instructionTokens", label: sheetText("instructionsAndExamplesPerMessage"), values: { input: 400 }, format: "tokens", unit: sheetText("tokensPerMessage"), notes: sheetText("assumptionASystemPromptWithFew") },
            { key: "wordsPerMessage", label: sheetText("wordsPerMessage"), values: { input: 150 }, format: "count", unit: sheetText("words"), notes: sheetText("assumptionAShortPersonalisedEmail") },
            { key: "wordsPerToken", label: sheetText("wordsPerToken"), values: { input: 0.75 }, format: "decimal", unit: sheetText("wordsPerToken2"), notes: WORDS_PER_TOKEN },
            { key: "scoreTokens", label: sheetText("qualificationScoreAndReason"), values: { input: 50 }, format: "tokens", unit: sheetText("tokensPerMessage"), notes: sheetText("assumptionAScoreAndOneSentence") },
          ],
        },
        chatModelSection(),
        ...benefitInputs("input", [
          { key: "conversion", label: sheetText("leadsWhoBecomeCustomers"), low: 0.02, base: 0.05, high: 0.1, format: "percent", unit: sheetText("shareOfLeads"), notes: sheetText("assumptionAnchoredOnMarketingMetrics") },
          { key: "uplift", label: sheetText("shareOfThoseCustomersThePersonalised"), low: 0.05, base: 0.1, high: 0.15, format: "percent", unit: sheetText("shareOfCustomers"), notes: sheetText("mckinseyWhatIsPersonalizationBenefit") },
          { key: "margin", label: sheetText("contributionMarginOfANewCustomer"), low: 100, base: 200, high: 300, format: "moneyFx", unit: sheetText("currencyPerCustomer"), notes: sheetText("assumptionGrossMarginANewCustomer") },
        ]),
      ],
      calculations: [
        { key: "messages", label: sheetText("messagesPerMonthMonth1"), values: { input: "={leads}*{messagesPerLead}" }, names: { input: "MessagesPerMonth" }, format: "count", unit: sheetText("messagesPerMonth"), notes: sheetText("leadsMessagesPerLead") },
        { key: "inPerReq", label: sheetText("inputTokensPerMessage"), values: { catalog: "={profileTokens}+{instructionTokens}" }, format: "tokens", unit: sheetText("tokensPerMessage"), notes: sheetText("leadRecordInstructions") },
        { key: "outPerReq", label: sheetText("outputTokensPerMessageVisible"), values: { catalog: "={wordsPerMessage}/{wordsPerToken}+{scoreTokens}" }, format: "tokens", unit: sheetText("tokensPerMessage"), notes: sheetText("wordsWordsPerTokenScore") },
        { key: "customers", label: sheetText("newCustomersPerMonthMonth1"), values: { input: "={leads}*{conversion}" }, names: { input: "CustomersPerMonth" }, format: "count", unit: sheetText("customersPerMonth"), notes: sheetText("leadsConversion") },
      ],
      outputs: [
        {
          title: sheetText("outputsTokens"),
          kind: "outputs",
          rows: [
            messageTokenCostRow(),
            { key: "perLead", label: sheetText("modelCostPerLead"), values: { catalog: `=IF({leads}>0,{modelCost}/{leads},"${sheetText("noLeads")}")`, selfhost: namedSelf(`IF({leads}>0,{modelCost}/{leads},"${sheetText("noLeads")}")`) }, format: "moneyFx", unit: sheetText("currencyPerLead"), notes: sheetText("tokensApiOrReplicasSelfHosted") },
            { key: "perCustomer", label: sheetText("wholeCostPerAcquiredCustomer"), values: { catalog: PER_CUSTOMER, selfhost: PER_CUSTOMER }, names: { catalog: "CostPerCustomer_Catalog", selfhost: "CostPerCustomer_SelfHost" }, format: "moneyFx", unit: sheetText("currencyPerCustomer"), notes: sheetText("wholeMonthlyCostNewCustomersMonth") },
          ],
        },
        benefitOutputs("input", "={customers}*{uplift}*{margin}", sheetText("customersTheOutreachAddsCustomersUplift")),
      ],
      checks: [messageOutputCheck(), { label: sheetText("leadsWithinTheAddressableProspects"), values: { input: check("{leads}<={maxLeads}") }, unit: "TRUE/FALSE", notes: sheetText("month1LeadsAtMostThe") }],
      oneOff: { catalog: "{vecWrites}+{setup:catalog}", selfhost: "{vecWrites}+{setup:selfhost}", notes: sheetText("setUpAndIntegrationCrmSendingPlatform") },
      vectors: { stored: 0, storedNote: sheetText("assumption0SetIfEachMessage"), perRequest: 0, perRequestNote: sheetText("assumption0RetrievalsPerMessage") },
      review: { share: 0.05, minutes: 1, note: sheetText("assumption5OfOutgoingMessagesChecked") },
      cap: { formula: "={maxLeads}*{messagesPerLead}", note: sheetText("addressableProspectsMessagesPerLeadGrowth") },
    },
    { name: sheetText("acquisitionRisk"), volume: "MessagesPerMonth" },
  ),
};
