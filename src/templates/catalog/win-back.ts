import { SELF_HOST_CHOICES, check, useCaseSheet } from "../blocks";
import { benefitInputs, benefitOutputs } from "../blocks/benefit";
import { chatModelSection, messageOutputCheck, messageTokenCostRow } from "../blocks/messages";
import type { TemplateSpec } from "../types";

const NO_GUIDE = "Assumption: the guide names win-back as a lifecycle stage (Chapter 1, Exhibit 1) but gives no figures for it; replace with your own.";

/** Win-back stage of the guide's MarTech lifecycle: re-engagement messages for customers a churn model flags. */
export const winBack: TemplateSpec = {
  id: "win-back",
  title: "Churn-risk win-back messages",
  description: "one-off, monthly, year-1 and 3-year cost of personalised re-engagement messages to churn-risk customers, API and self-hosted",
  group: "win-back",
  source: "LLM Economics guide, Chapter 1 (Exhibit 1: win-back stage; no figures given); catalog prices from LLMCOST",
  choices: [{ key: "model", label: "Chat model", list: "chatModels", default: "gpt-4o-mini" }, ...SELF_HOST_CHOICES],
  sheets: [
    useCaseSheet({
      name: "Win-back",
      firstColumn: { key: "input", header: "Input" },
      requests: "messages",
      requestUnit: "message",
      inPerRequest: "inPerReq",
      outPerRequest: "outPerReq",
      defaultInPerRequest: 1200,
      defaultOutPerRequest: 160,
      apiModel: "{model}",
      inputs: [
        {
          title: "Inputs — workload (shared by all columns; the guide gives no figures for this stage)",
          kind: "inputs",
          rows: [
            { key: "atRisk", label: "Customers flagged as churn risk per month", values: { input: 20_000 }, names: { input: "VolumePerMonth" }, format: "count", unit: "customers per month", notes: "Assumption: 4% of 500,000 active customers flagged by a churn model each month; use your model's count." },
            { key: "customers", label: "Active customers", values: { input: 500_000 }, format: "count", unit: "customers", notes: `${NO_GUIDE} Growth stops when every active customer is flagged once a month.` },
            { key: "messagesPerCustomer", label: "Messages per flagged customer", values: { input: 1 }, format: "decimal", unit: "messages per customer", notes: "Assumption: one personalised offer; a sequence adds messages." },
            { key: "historyTokens", label: "Customer history per message", values: { input: 800 }, format: "tokens", unit: "tokens per message", notes: "Assumption: recent orders, tickets and the churn model's reasons." },
            { key: "instructionTokens", label: "Instructions and offer rules per message", values: { input: 400 }, format: "tokens", unit: "tokens per message", notes: "Assumption: tone, eligible offers and examples." },
            { key: "wordsPerMessage", label: "Words per message", values: { input: 120 }, format: "count", unit: "words", notes: "Assumption: a short email or app message." },
            { key: "wordsPerToken", label: "Words per token", values: { input: 0.75 }, format: "decimal", unit: "words per token", notes: "About 0.75 English words per token (OpenAI tokenizer help: 100 tokens ≈ 75 words)." },
          ],
        },
        chatModelSection(),
        ...benefitInputs("input", [
          { key: "winRate", label: "Flagged customers who stay because of the offer", low: 0.02, base: 0.05, high: 0.1, format: "percent", unit: "share of flagged", notes: "Assumption: only the customers the message keeps, not those who would have stayed anyway. Practitioners report 1–5% reactivation as usual and 15–25% for well-run campaigns; Marketing Metrics (Farris et al.) puts the chance of selling to a lapsed customer at 20–40%, an upper bound." },
          { key: "offerCost", label: "Offer cost per customer kept", low: 20, base: 10, high: 5, format: "money", unit: "USD per customer", notes: "Assumption: the discount or credit a kept customer redeems (Low case: a dearer offer)." },
          { key: "margin", label: "Margin a kept customer brings", low: 60, base: 120, high: 200, format: "money", unit: "USD per customer", notes: "Assumption: contribution margin over the year the customer stays; use your own." },
        ]),
      ],
      calculations: [
        { key: "atRiskShare", label: "Share of active customers flagged", values: { input: '=IF({customers}>0,{atRisk}/{customers},"no customers")' }, format: "percent", unit: "share per month", notes: "flagged ÷ active customers" },
        { key: "kept", label: "Customers kept per month (month 1)", values: { input: "={atRisk}*{winRate}" }, format: "count", unit: "customers per month", notes: "flagged × win-back rate" },
        { key: "messages", label: "Messages per month (month 1)", values: { input: "={atRisk}*{messagesPerCustomer}" }, names: { input: "MessagesPerMonth" }, format: "count", unit: "messages per month", notes: "flagged customers × messages each" },
        { key: "inPerReq", label: "Input tokens per message", values: { catalog: "={historyTokens}+{instructionTokens}" }, format: "tokens", unit: "tokens per message", notes: "history + instructions" },
        { key: "outPerReq", label: "Output tokens per message (visible)", values: { catalog: "={wordsPerMessage}/{wordsPerToken}" }, format: "tokens", unit: "tokens per message", notes: "words ÷ words per token" },
      ],
      outputs: [
        {
          title: "Outputs — tokens",
          kind: "outputs",
          rows: [
            messageTokenCostRow(),
            { key: "perCustomer", label: "Whole cost per flagged customer", values: { catalog: '=IF({atRisk}>0,{monthlyTotal}/{atRisk},"no customers")', selfhost: '=IF({atRisk}>0,{monthlyTotal}/{atRisk},"no customers")' }, format: "moneyFx", unit: "{currency} per customer", notes: "monthly cost ÷ flagged customers: compare with the margin a won-back customer brings" },
          ],
        },
        benefitOutputs("input", "={kept}*({margin}-{offerCost})*{FxRate}", "customers kept × (margin − offer cost), in the sheet's currency"),
      ],
      checks: [messageOutputCheck(), { label: "Flagged customers within the active customers", values: { input: check("{atRisk}<={customers}") }, unit: "TRUE/FALSE", notes: "no more flagged than active customers" }],
      oneOff: { catalog: "{vecWrites}+{setup:catalog}", selfhost: "{vecWrites}+{setup:selfhost}", notes: "Set-up and integration (churn model feed, messaging platform)." },
      vectors: { stored: 0, storedNote: "Assumption: 0. Set if each message retrieves offer or product facts.", perRequest: 0, perRequestNote: "Assumption: 0 retrievals per message." },
      review: { share: 0.05, minutes: 1, note: "Assumption: 5% of offers checked by a person (discount rules, tone)." },
      cap: { formula: "={customers}*{messagesPerCustomer}", note: "Every active customer flagged once a month: growth in messages stops there." },
    }),
  ],
};
