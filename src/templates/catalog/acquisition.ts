import { sheetText } from "../../i18n/sheet-text";
import { SELF_HOST_CHOICES, useCaseSheet } from "../blocks";
import { chatModelSection, messageOutputCheck, messageTokenCostRow } from "../blocks/messages";
import type { TemplateSpec } from "../types";

const NO_GUIDE = sheetText("assumptionTheGuideNamesAcquisitionAs");
const WORDS_PER_TOKEN = sheetText("about075EnglishWordsPer");

/** Acquisition stage of the guide's MarTech lifecycle: personalised first-touch outreach with a lead-qualification score. */
export const acquisition: TemplateSpec = {
  id: "acquisition",
  title: sheetText("leadOutreachAndQualification"),
  description: sheetText("oneOffMonthlyYear1And"),
  group: "acquisition",
  source: sheetText("llmEconomicsGuideChapter1Exhibit"),
  choices: [{ key: "model", label: sheetText("chatModel"), list: "chatModels", default: "gpt-4.1-mini" }, ...SELF_HOST_CHOICES],
  sheets: [
    useCaseSheet({
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
            { key: "leads", label: sheetText("newLeadsPerMonth"), values: { input: 50_000 }, format: "count", unit: sheetText("leadsPerMonth"), notes: NO_GUIDE },
            { key: "messagesPerLead", label: sheetText("messagesWrittenPerLead"), values: { input: 1 }, format: "decimal", unit: sheetText("messagesPerLead"), notes: sheetText("assumptionOneFirstTouchMessageScored") },
            { key: "profileTokens", label: sheetText("leadRecordAndProductFactsPer"), values: { input: 600 }, format: "tokens", unit: sheetText("tokensPerMessage"), notes: sheetText("assumptionCrmFieldsFirmographicsAndA") },
            { key: "instructionTokens", label: sheetText("instructionsAndExamplesPerMessage"), values: { input: 400 }, format: "tokens", unit: sheetText("tokensPerMessage"), notes: sheetText("assumptionASystemPromptWithFew") },
            { key: "wordsPerMessage", label: sheetText("wordsPerMessage"), values: { input: 150 }, format: "count", unit: sheetText("words"), notes: sheetText("assumptionAShortPersonalisedEmail") },
            { key: "wordsPerToken", label: sheetText("wordsPerToken"), values: { input: 0.75 }, format: "decimal", unit: sheetText("wordsPerToken2"), notes: WORDS_PER_TOKEN },
            { key: "scoreTokens", label: sheetText("qualificationScoreAndReason"), values: { input: 50 }, format: "tokens", unit: sheetText("tokensPerMessage"), notes: sheetText("assumptionAScoreAndOneSentence") },
          ],
        },
        chatModelSection(),
      ],
      calculations: [
        { key: "messages", label: sheetText("messagesPerMonthMonth1"), values: { input: "={leads}*{messagesPerLead}" }, names: { input: "MessagesPerMonth" }, format: "count", unit: sheetText("messagesPerMonth"), notes: sheetText("leadsMessagesPerLead") },
        { key: "inPerReq", label: sheetText("inputTokensPerMessage"), values: { catalog: "={profileTokens}+{instructionTokens}" }, format: "tokens", unit: sheetText("tokensPerMessage"), notes: sheetText("leadRecordInstructions") },
        { key: "outPerReq", label: sheetText("outputTokensPerMessageVisible"), values: { catalog: "={wordsPerMessage}/{wordsPerToken}+{scoreTokens}" }, format: "tokens", unit: sheetText("tokensPerMessage"), notes: sheetText("wordsWordsPerTokenScore") },
      ],
      outputs: [
        {
          title: sheetText("outputsTokens"),
          kind: "outputs",
          rows: [
            messageTokenCostRow(),
            { key: "perLead", label: sheetText("modelCostPerLead"), values: { catalog: `=IF({leads}>0,{modelCost}/{leads},"${sheetText("noLeads")}")`, selfhost: `=IF({leads}>0,{modelCost}/{leads},"${sheetText("noLeads")}")` }, format: "moneyFx", unit: sheetText("currencyPerLead"), notes: sheetText("tokensApiOrReplicasSelfHosted") },
          ],
        },
      ],
      checks: [messageOutputCheck()],
      oneOff: { catalog: "{vecWrites}+{setup:catalog}", selfhost: "{vecWrites}+{setup:selfhost}", notes: "Set-up and integration (CRM, sending platform)." },
      vectors: { stored: 0, storedNote: sheetText("assumption0SetIfEachMessage"), perRequest: 0, perRequestNote: sheetText("assumption0RetrievalsPerMessage") },
      review: { share: 0.05, minutes: 1, note: sheetText("assumption5OfOutgoingMessagesChecked") },
    }),
  ],
};
