import { SELF_HOST_CHOICES, useCaseSheet } from "../blocks";
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
            { key: "customers", label: "Active customers", values: { input: 500_000 }, format: "count", unit: "customers", notes: NO_GUIDE },
            { key: "atRiskShare", label: "Flagged as churn risk each month", values: { input: 0.04 }, format: "percent", unit: "share per month", notes: "Assumption: share of customers a churn model flags each month; use your model's rate." },
            { key: "messagesPerCustomer", label: "Messages per flagged customer", values: { input: 1 }, format: "decimal", unit: "messages per customer", notes: "Assumption: one personalised offer; a sequence adds messages." },
            { key: "historyTokens", label: "Customer history per message", values: { input: 800 }, format: "tokens", unit: "tokens per message", notes: "Assumption: recent orders, tickets and the churn model's reasons." },
            { key: "instructionTokens", label: "Instructions and offer rules per message", values: { input: 400 }, format: "tokens", unit: "tokens per message", notes: "Assumption: tone, eligible offers and examples." },
            { key: "wordsPerMessage", label: "Words per message", values: { input: 120 }, format: "count", unit: "words", notes: "Assumption: a short email or app message." },
            { key: "wordsPerToken", label: "Words per token", values: { input: 0.75 }, format: "decimal", unit: "words per token", notes: "About 0.75 English words per token (OpenAI tokenizer help: 100 tokens ≈ 75 words)." },
          ],
        },
        chatModelSection(),
      ],
      calculations: [
        { key: "atRisk", label: "Customers flagged per month", values: { input: "={customers}*{atRiskShare}" }, format: "count", unit: "customers per month", notes: "customers × share flagged" },
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
      ],
      checks: [messageOutputCheck()],
      oneOff: { catalog: "{vecWrites}+{setup:catalog}", selfhost: "{vecWrites}+{setup:selfhost}", notes: "Set-up and integration (churn model feed, messaging platform)." },
      vectors: { stored: 0, storedNote: "Assumption: 0. Set if each message retrieves offer or product facts.", perRequest: 0, perRequestNote: "Assumption: 0 retrievals per message." },
      review: { share: 0.05, minutes: 1, note: "Assumption: 5% of offers checked by a person (discount rules, tone)." },
    }),
  ],
};
