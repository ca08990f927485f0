import type { RowSpec, TemplateSpec } from "../types";

const COST = "=LLMCOST.INFERENCE({model},{requests}*{inPerRequest},{requests}*{outPerRequest},{requests},{requests}*{inPerRequest}*{cachedShare},{discount},{PriceDate})*{FxRate}";

function stage(key: string, label: string, useCase: string, model: string, requests: number, inTokens: number, outTokens: number, notes: string, fineTuned = false): RowSpec {
  const cost = COST.replace(/\{model\}/g, `{${key}:model}`)
    .replace(/\{requests\}/g, `{${key}:requests}`)
    .replace(/\{inPerRequest\}/g, `{${key}:inTok}`)
    .replace(/\{outPerRequest\}/g, `{${key}:outTok}`);
  return {
    key,
    label,
    kind: "input",
    values: { useCase, model, requests, inTok: inTokens, outTok: outTokens, cost },
    format: { useCase: "text", model: "text", requests: "count", inTok: "tokens", outTok: "tokens", cost: "moneyFx" },
    validation: fineTuned ? undefined : { model: "chatModels" },
    unit: "{currency} per month",
    notes,
  };
}

/** Exhibit 1 of the guide: one generative-AI use case per MarTech lifecycle stage, and the portfolio's monthly cost. */
export const martechLifecycle: TemplateSpec = {
  id: "martech-lifecycle",
  title: "MarTech lifecycle portfolio",
  description: "monthly API cost of one use case per lifecycle stage (acquisition, retention, engagement, win-back)",
  group: "planning",
  source: "LLM Economics guide, Chapter 1 (Exhibit 1: the MarTech lifecycle); catalog prices from LLMCOST",
  choices: [],
  sheets: [
    {
      name: "MarTech lifecycle",
      valueColumns: [
        { key: "useCase", header: "Use case", width: 220 },
        { key: "model", header: "Model", width: 130 },
        { key: "requests", header: "Requests / month" },
        { key: "inTok", header: "Input tokens / request" },
        { key: "outTok", header: "Output tokens / request" },
        { key: "cost", header: "Monthly cost" },
      ],
      sections: [
        {
          title: "Inputs — shared",
          kind: "inputs",
          headers: { useCase: "Value", model: "", requests: "", inTok: "", outTok: "", cost: "" },
          rows: [
            { key: "cachedShare", label: "Cached share of input tokens", values: { useCase: 0 }, format: "percent", unit: "share", notes: "Assumption: no prompt caching (0%)" },
            { key: "discount", label: "Batch / negotiated discount", values: { useCase: 0 }, format: "percent", unit: "share", notes: "Assumption: list prices (0%)" },
          ],
        },
        {
          title: "Lifecycle stages (inputs in blue; cost = LLMCOST.INFERENCE)",
          kind: "inputs",
          headers: { label: "Stage" },
          rows: [
            stage("acquisition", "Acquisition", "Personalised ad copy and landing pages", "gpt-4.1-mini", 200_000, 300, 400, "Assumption: volumes illustrative; guide Exhibit 1 stage"),
            stage("retention", "Retention", "Complaint redressal chatbot (fine-tuned)", "ft:gpt-4.1-mini", 150_000, 600, 600, "Guide use case 1: 150,000 users × 1,200 tokens; split 50/50 assumed", true),
            stage("engagement", "Engagement", "Sentiment analysis with function calling", "gpt-4.1-mini", 30_000, 300, 500, "Guide use case 2: 30,000 queries, 300 input (incl. function calling) and 500 output tokens"),
            stage("winback", "Win-back", "Personalised win-back emails", "gpt-4o-mini", 100_000, 250, 350, "Assumption: volumes illustrative; guide Exhibit 1 stage"),
          ],
        },
        {
          title: "Outputs",
          kind: "outputs",
          rows: [
            { key: "portfolio", label: "Portfolio monthly cost", values: { cost: "=SUM({acquisition:cost}:{winback:cost})" }, names: { cost: "PortfolioMonthlyCost" }, format: "moneyFx", unit: "{currency} per month", notes: "sum of the four stages" },
            { key: "annual", label: "Portfolio annual cost", values: { cost: "={portfolio}*{monthsPerYear}" }, format: "moneyFx", unit: "{currency} per year", notes: "monthly × 12" },
          ],
        },
        {
          title: "Constants",
          kind: "inputs",
          rows: [{ key: "monthsPerYear", label: "Months per year (constant)", kind: "constant", values: { cost: 12 }, format: "count", unit: "months", notes: "Universal constant" }],
        },
        {
          title: "Checks",
          kind: "checks",
          rows: [
            { label: "Portfolio equals the stages", values: { cost: "=ROUND({portfolio}-({acquisition:cost}+{retention:cost}+{engagement:cost}+{winback:cost}),2)=0" }, unit: "TRUE/FALSE", notes: "total − parts = 0" },
          ],
        },
      ],
      chart: { type: "BarClustered", title: "Monthly cost by lifecycle stage", over: "values", rows: ["acquisition", "retention", "engagement", "winback"], columns: ["cost"] },
    },
  ],
};
