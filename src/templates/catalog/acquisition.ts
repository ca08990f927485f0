import { SELF_HOST_CHOICES, check, useCaseSheet } from "../blocks";
import { benefitInputs, benefitOutputs } from "../blocks/benefit";
import { chatModelSection, messageOutputCheck, messageTokenCostRow } from "../blocks/messages";
import type { TemplateSpec } from "../types";

const NO_GUIDE = "Assumption: the guide names acquisition as a lifecycle stage (Chapter 1, Exhibit 1) but gives no figures for it; replace with your own.";
const MARKETING_METRICS = "Marketing Metrics (Farris, Bendle, Pfeifer, Reibstein), as widely cited: the probability of selling to a new prospect is 5–20%";
const MCKINSEY_PERSONALISATION = "McKinsey, What is personalization? (May 2023): personalisation lifts revenues by 5–15% and can cut acquisition cost by up to 50%";
const WORDS_PER_TOKEN = "About 0.75 English words per token (OpenAI tokenizer help: 100 tokens ≈ 75 words).";

const PER_CUSTOMER = '=IF(COUNT({monthly},{customers})<2,"n/a",IF({customers}>0,{monthly}/{customers},"no customers"))';

/** Acquisition stage of the guide's MarTech lifecycle: personalised first-touch outreach with a lead-qualification score. */
export const acquisition: TemplateSpec = {
  id: "acquisition",
  title: "Lead outreach and qualification",
  description: "one-off, monthly, year-1 and 3-year cost of personalised outreach messages with a lead score, API and self-hosted",
  group: "acquisition",
  source: "LLM Economics guide, Chapter 1 (Exhibit 1: acquisition stage; no figures given); catalog prices from LLMCOST",
  choices: [{ key: "model", label: "Chat model", list: "chatModels", default: "gpt-4.1-mini" }, ...SELF_HOST_CHOICES],
  sheets: [
    useCaseSheet({
      name: "Acquisition",
      firstColumn: { key: "input", header: "Input" },
      requests: "messages",
      requestUnit: "message",
      inPerRequest: "inPerReq",
      outPerRequest: "outPerReq",
      defaultInPerRequest: 1000,
      defaultOutPerRequest: 250,
      apiModel: "{model}",
      inputs: [
        {
          title: "Inputs — workload (shared by all columns; the guide gives no figures for this stage)",
          kind: "inputs",
          rows: [
            { key: "leads", label: "New leads per month", values: { input: 50_000 }, names: { input: "VolumePerMonth" }, format: "count", unit: "leads per month", notes: NO_GUIDE },
            { key: "maxLeads", label: "Most leads a month (addressable prospects)", values: { input: 500_000 }, format: "count", unit: "leads per month", notes: "Assumption: ten times the base volume; growth stops here (your addressable market's prospects a month)." },
            { key: "messagesPerLead", label: "Messages written per lead", values: { input: 1 }, format: "decimal", unit: "messages per lead", notes: "Assumption: one first-touch message, scored in the same call; follow-ups add messages." },
            { key: "profileTokens", label: "Lead record and product facts per message", values: { input: 600 }, format: "tokens", unit: "tokens per message", notes: "Assumption: CRM fields, firmographics and a product summary." },
            { key: "instructionTokens", label: "Instructions and examples per message", values: { input: 400 }, format: "tokens", unit: "tokens per message", notes: "Assumption: a system prompt with few-shot examples (the guide's Exhibit 1 names few-shot and in-context learning)." },
            { key: "wordsPerMessage", label: "Words per message", values: { input: 150 }, format: "count", unit: "words", notes: "Assumption: a short personalised email." },
            { key: "wordsPerToken", label: "Words per token", values: { input: 0.75 }, format: "decimal", unit: "words per token", notes: WORDS_PER_TOKEN },
            { key: "scoreTokens", label: "Qualification score and reason", values: { input: 50 }, format: "tokens", unit: "tokens per message", notes: "Assumption: a score and one sentence of reasoning, returned with the message." },
          ],
        },
        chatModelSection(),
        ...benefitInputs("input", [
          { key: "conversion", label: "Leads who become customers", low: 0.02, base: 0.05, high: 0.1, format: "percent", unit: "share of leads", notes: `Assumption anchored on ${MARKETING_METRICS}; cold leads convert less (Low 2%).` },
          { key: "uplift", label: "Share of those customers the personalised outreach adds", low: 0.05, base: 0.1, high: 0.15, format: "percent", unit: "share of customers", notes: `${MCKINSEY_PERSONALISATION}; the benefit counts only the customers the outreach adds.` },
          { key: "margin", label: "Contribution margin of a new customer (first year)", low: 100, base: 200, high: 300, format: "money", unit: "USD per customer", notes: "Assumption: gross margin a new customer brings in its first year; use your own." },
        ]),
      ],
      calculations: [
        { key: "messages", label: "Messages per month (month 1)", values: { input: "={leads}*{messagesPerLead}" }, names: { input: "MessagesPerMonth" }, format: "count", unit: "messages per month", notes: "leads × messages per lead" },
        { key: "inPerReq", label: "Input tokens per message", values: { catalog: "={profileTokens}+{instructionTokens}" }, format: "tokens", unit: "tokens per message", notes: "lead record + instructions" },
        { key: "outPerReq", label: "Output tokens per message (visible)", values: { catalog: "={wordsPerMessage}/{wordsPerToken}+{scoreTokens}" }, format: "tokens", unit: "tokens per message", notes: "words ÷ words per token + score" },
        { key: "customers", label: "New customers per month (month 1)", values: { input: "={leads}*{conversion}" }, names: { input: "CustomersPerMonth" }, format: "count", unit: "customers per month", notes: "leads × conversion" },
      ],
      outputs: [
        {
          title: "Outputs — tokens",
          kind: "outputs",
          rows: [
            messageTokenCostRow(),
            { key: "perLead", label: "Model cost per lead", values: { catalog: '=IF({leads}>0,{modelCost}/{leads},"no leads")', selfhost: '=IF({leads}>0,{modelCost}/{leads},"no leads")' }, format: "moneyFx", unit: "{currency} per lead", notes: "tokens (API) or replicas (self-hosted) ÷ leads; the key outputs carry the whole cost per message" },
            { key: "perCustomer", label: "Whole cost per acquired customer", values: { catalog: PER_CUSTOMER, selfhost: PER_CUSTOMER }, names: { catalog: "CostPerCustomer_Catalog", selfhost: "CostPerCustomer_SelfHost" }, format: "moneyFx", unit: "{currency} per customer", notes: "whole monthly cost ÷ new customers (month 1): compare with the margin a customer brings" },
          ],
        },
        benefitOutputs("input", "={customers}*{uplift}*{margin}*{FxRate}", "customers the outreach adds (customers × uplift) × their first-year margin, in the sheet's currency"),
      ],
      checks: [messageOutputCheck(), { label: "Leads within the addressable prospects", values: { input: check("{leads}<={maxLeads}") }, unit: "TRUE/FALSE", notes: "month-1 leads at most the growth cap" }],
      oneOff: { catalog: "{vecWrites}+{setup:catalog}", selfhost: "{vecWrites}+{setup:selfhost}", notes: "Set-up and integration (CRM, sending platform)." },
      vectors: { stored: 0, storedNote: "Assumption: 0. Set if each message retrieves product facts or case studies.", perRequest: 0, perRequestNote: "Assumption: 0 retrievals per message." },
      review: { share: 0.05, minutes: 1, note: "Assumption: 5% of outgoing messages checked for brand voice and compliance." },
      cap: { formula: "={maxLeads}*{messagesPerLead}", note: "Addressable prospects × messages per lead: growth in messages stops there." },
    }),
  ],
};
