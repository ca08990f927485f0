import { sheetText } from "../../i18n/sheet-text";
import { SELF_HOST_CHOICES, check, namedSelf, useCaseSheets } from "../blocks";
import { benefitInputs, benefitOutputs } from "../blocks/benefit";
import { chatModelSection, messageOutputCheck, messageTokenCostRow } from "../blocks/messages";
import type { TemplateSpec } from "../types";

const NO_GUIDE = sheetText("assumptionTheGuideNamesWinBack");

/** Win-back stage of the guide's MarTech lifecycle: re-engagement messages for customers a churn model flags. */
export const winBack: TemplateSpec = {
  id: "win-back",
  title: sheetText("churnRiskWinBackMessages"),
  description: sheetText("oneOffMonthlyYear1And2"),
  group: "win-back",
  source: sheetText("llmEconomicsGuideChapter1Exhibit3"),
  choices: [{ key: "model", label: sheetText("chatModel"), list: "chatModels", default: "gpt-4o-mini" }, ...SELF_HOST_CHOICES],
  sheets: useCaseSheets(
    {
      name: sheetText("winBack"),
      firstColumn: { key: "input", header: sheetText("input") },
      requests: "messages",
      requestUnit: "message",
      inPerRequest: "inPerReq",
      outPerRequest: "outPerReq",
      defaultInPerRequest: 1200,
      defaultOutPerRequest: 160,
      apiModel: "{model}",
      inputs: [
        {
          title: sheetText("inputsWorkloadSharedByAllColumns"),
          kind: "inputs",
          rows: [
            { key: "atRisk", label: sheetText("customersFlaggedAsChurnRiskPer"), values: { input: 20_000 }, names: { input: "VolumePerMonth" }, format: "count", unit: sheetText("customersPerMonth"), notes: sheetText("assumption4Of500000Active") },
            { key: "customers", label: sheetText("activeCustomers"), values: { input: 500_000 }, format: "count", unit: sheetText("customers"), notes: sheetText("growthStopsWhenEveryActiveCustomer", { noGuide: NO_GUIDE }) },
            { key: "messagesPerCustomer", label: sheetText("messagesPerFlaggedCustomer"), values: { input: 1 }, format: "decimal", unit: sheetText("messagesPerCustomer"), notes: sheetText("assumptionOnePersonalisedOfferASequence") },
            { key: "historyTokens", label: sheetText("customerHistoryPerMessage"), values: { input: 800 }, format: "tokens", unit: sheetText("tokensPerMessage"), notes: sheetText("assumptionRecentOrdersTicketsAndThe") },
            { key: "instructionTokens", label: sheetText("instructionsAndOfferRulesPerMessage"), values: { input: 400 }, format: "tokens", unit: sheetText("tokensPerMessage"), notes: sheetText("assumptionToneEligibleOffersAndExamples") },
            { key: "wordsPerMessage", label: sheetText("wordsPerMessage"), values: { input: 120 }, format: "count", unit: sheetText("words"), notes: sheetText("assumptionAShortEmailOrApp") },
            { key: "wordsPerToken", label: sheetText("wordsPerToken"), values: { input: 0.75 }, format: "decimal", unit: sheetText("wordsPerToken2"), notes: sheetText("about075EnglishWordsPer") },
          ],
        },
        chatModelSection(),
        ...benefitInputs("input", [
          { key: "winRate", label: sheetText("flaggedCustomersWhoStayBecauseOf"), low: 0.02, base: 0.05, high: 0.1, format: "percent", unit: sheetText("shareOfFlagged"), notes: sheetText("assumptionOnlyTheCustomersTheMessage") },
          { key: "offerCost", label: sheetText("offerCostPerCustomerKept"), low: 20, base: 10, high: 5, format: "moneyFx", unit: sheetText("currencyPerCustomer"), notes: sheetText("assumptionTheDiscountOrCreditA") },
          { key: "margin", label: sheetText("marginAKeptCustomerBrings"), low: 60, base: 120, high: 200, format: "moneyFx", unit: sheetText("currencyPerCustomer"), notes: sheetText("assumptionContributionMarginOverTheYear") },
        ]),
      ],
      calculations: [
        { key: "atRiskShare", label: sheetText("shareOfActiveCustomersFlagged"), values: { input: `=IF({customers}>0,{atRisk}/{customers},"${sheetText("noCustomers")}")` }, format: "percent", unit: sheetText("sharePerMonth"), notes: sheetText("flaggedActiveCustomers") },
        { key: "kept", label: sheetText("customersKeptPerMonthMonth1"), values: { input: "={atRisk}*{winRate}" }, format: "count", unit: sheetText("customersPerMonth"), notes: sheetText("flaggedWinBackRate") },
        { key: "messages", label: sheetText("messagesPerMonthMonth1"), values: { input: "={atRisk}*{messagesPerCustomer}" }, names: { input: "MessagesPerMonth" }, format: "count", unit: sheetText("messagesPerMonth"), notes: sheetText("flaggedCustomersMessagesEach") },
        { key: "inPerReq", label: sheetText("inputTokensPerMessage"), values: { catalog: "={historyTokens}+{instructionTokens}" }, format: "tokens", unit: sheetText("tokensPerMessage"), notes: sheetText("historyInstructions") },
        { key: "outPerReq", label: sheetText("outputTokensPerMessageVisible"), values: { catalog: "={wordsPerMessage}/{wordsPerToken}" }, format: "tokens", unit: sheetText("tokensPerMessage"), notes: sheetText("wordsWordsPerToken") },
      ],
      outputs: [
        {
          title: sheetText("outputsTokens"),
          kind: "outputs",
          rows: [
            messageTokenCostRow(),
            { key: "perCustomer", label: sheetText("wholeCostPerFlaggedCustomer"), values: { catalog: `=IF({atRisk}>0,{monthlyTotal}/{atRisk},"${sheetText("noCustomers")}")`, selfhost: namedSelf(`IF({atRisk}>0,{monthlyTotal}/{atRisk},"${sheetText("noCustomers")}")`) }, format: "moneyFx", unit: sheetText("currencyPerCustomer"), notes: sheetText("monthlyCostFlaggedCustomersCompareWith") },
          ],
        },
        benefitOutputs("input", "={kept}*({margin}-{offerCost})", sheetText("customersKeptMarginOfferCostIn")),
      ],
      checks: [messageOutputCheck(), { label: sheetText("flaggedCustomersWithinTheActiveCustomers"), values: { input: check("{atRisk}<={customers}") }, unit: "TRUE/FALSE", notes: sheetText("noMoreFlaggedThanActiveCustomers") }],
      oneOff: { catalog: "{vecWrites}+{setup:catalog}", selfhost: "{vecWrites}+{setup:selfhost}", notes: sheetText("setUpAndIntegrationChurnModelFeed") },
      vectors: { stored: 0, storedNote: sheetText("assumption0SetIfEachMessage2"), perRequest: 0, perRequestNote: sheetText("assumption0RetrievalsPerMessage") },
      review: { share: 0.05, minutes: 1, note: sheetText("assumption5OfOffersCheckedBy") },
      cap: { formula: "={customers}*{messagesPerCustomer}", note: sheetText("everyActiveCustomerFlaggedOnceA") },
    },
    { name: sheetText("winBackRisk"), volume: "MessagesPerMonth" },
  ),
};
