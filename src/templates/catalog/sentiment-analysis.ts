import { GUIDE_AND_CATALOG_COLUMNS, type TemplateSpec } from "../types";

const GUIDE = "Guide, Use case 2 (e-commerce sentiment analysis)";

/** Use case 2 of the guide: sentiment analysis with function calling through an external API. */
export const sentimentAnalysis: TemplateSpec = {
  id: "sentiment-analysis",
  title: "Sentiment analysis with function calling",
  description: "monthly API inference cost of e-commerce sentiment analysis with function calling",
  group: "engagement",
  source: "LLM Economics guide, Chapter 2, Use case 2; catalog prices from LLMCOST (=LLMCOST.CATALOG())",
  choices: [{ key: "model", label: "Chat model", list: "chatModels", default: "gpt-4.1-mini" }],
  sheets: [
    {
      name: "Sentiment analysis",
      valueColumns: GUIDE_AND_CATALOG_COLUMNS,
      sections: [
        {
          title: "Inputs — workload (shared by both columns)",
          kind: "inputs",
          rows: [
            { key: "perDay", label: "Queries per day", values: { guide: 1000 }, format: "count", unit: "queries per day", notes: `${GUIDE}, step 1: about 1,000 queries a day` },
            { key: "days", label: "Days per month", values: { guide: 30 }, format: "count", unit: "days", notes: `${GUIDE}, step 1: 30,000 queries a month` },
            { key: "inPerQuery", label: "Input tokens per query", values: { guide: 150 }, format: "tokens", unit: "tokens per query", notes: `${GUIDE}, step 1` },
            { key: "fcPerQuery", label: "Function-calling tokens per query (input)", values: { guide: 150 }, format: "tokens", unit: "tokens per query", notes: `${GUIDE}, step 1: function definitions count as input tokens` },
            { key: "outPerQuery", label: "Output tokens per query", values: { guide: 500 }, format: "tokens", unit: "tokens per query", notes: `${GUIDE}, step 1` },
          ],
        },
        {
          title: "Inputs — prices",
          kind: "inputs",
          rows: [
            { key: "guidePrice", label: "Price per token (guide, input and output)", values: { guide: 0.01 }, format: "usdPerToken", unit: "USD per token", notes: `${GUIDE}, step 2: assumed $0.01 per token for GPT-3.5 Turbo (illustrative)` },
            { key: "model", label: "Model", values: { catalog: { choice: "model" } }, unit: "model id", notes: "Catalog: pick from the list or type any catalog id (=LLMCOST.MODELS())" },
            { key: "cachedShare", label: "Cached share of input tokens", values: { catalog: 0 }, format: "percent", unit: "share", notes: "Assumption: no prompt caching (0%)." },
            { key: "discount", label: "Batch / negotiated discount", values: { catalog: 0 }, format: "percent", unit: "share", notes: "Assumption: list prices (0%)." },
            { key: "inPrice", label: "Input price (catalog, per 1M tokens)", kind: "calc", values: { catalog: '=LLMCOST.PRICE({model},"input",{PriceDate})' }, format: "usdPerMtok", unit: "USD per 1M tokens", notes: "Formula: =LLMCOST.PRICE(model, \"input\", price date)" },
            { key: "outPrice", label: "Output price (catalog, per 1M tokens)", kind: "calc", values: { catalog: '=LLMCOST.PRICE({model},"output",{PriceDate})' }, format: "usdPerMtok", unit: "USD per 1M tokens", notes: "Formula: =LLMCOST.PRICE(model, \"output\", price date)" },
          ],
        },
        {
          title: "Calculations — tokens per month",
          kind: "calculations",
          rows: [
            { key: "queries", label: "Queries per month", values: { guide: "={perDay}*{days}" }, names: { guide: "QueriesPerMonth" }, format: "count", unit: "queries per month", notes: "guide: 30,000" },
            { key: "promptTokens", label: "Prompt input tokens", values: { guide: "={queries}*{inPerQuery}" }, format: "tokens", unit: "tokens per month", notes: "guide: 4,500,000" },
            { key: "fcTokens", label: "Function-calling input tokens", values: { guide: "={queries}*{fcPerQuery}" }, format: "tokens", unit: "tokens per month", notes: "guide: 4,500,000" },
            { key: "inputTokens", label: "Input tokens", values: { guide: "={promptTokens}+{fcTokens}" }, names: { guide: "InputTokens" }, format: "tokens", unit: "tokens per month", notes: "guide: 9,000,000 (the guide corrects its earlier 10 million)" },
            { key: "outputTokens", label: "Output tokens", values: { guide: "={queries}*{outPerQuery}" }, names: { guide: "OutputTokens" }, format: "tokens", unit: "tokens per month", notes: "guide: 15,000,000" },
            { key: "totalTokens", label: "Total tokens", values: { guide: "={inputTokens}+{outputTokens}" }, names: { guide: "TotalTokens" }, format: "tokens", unit: "tokens per month", notes: "guide: 24,000,000" },
            { key: "cachedTokens", label: "Cached input tokens", values: { catalog: "={inputTokens}*{cachedShare}" }, format: "tokens", unit: "tokens per month", notes: "input tokens × cached share" },
          ],
        },
        {
          title: "Outputs",
          kind: "outputs",
          rows: [
            {
              key: "cost",
              label: "Inference cost per month",
              values: {
                guide: "={totalTokens}*{guidePrice}*{FxRate}",
                catalog: "=LLMCOST.INFERENCE({model},{inputTokens},{outputTokens},{queries},{cachedTokens},{discount},{PriceDate},0,{PriceSheet})*{FxRate}",
              },
              names: { guide: "InferenceCost_Guide", catalog: "InferenceCost_Catalog" },
              format: "moneyFx",
              unit: "{currency} per month",
              notes: "Guide: 24M × $0.01 = $240,000. Catalog: =LLMCOST.INFERENCE(model, input, output, queries, cached, discount, date)",
            },
            { key: "perQuery", label: "Cost per query", values: { guide: "={cost}/{queries}", catalog: "={cost}/{queries}" }, format: "moneyFx", unit: "{currency} per query", notes: "monthly cost ÷ queries" },
            { key: "ratio", label: "Guide estimate ÷ catalog estimate", values: { guide: "={cost:guide}/{cost:catalog}" }, format: "multiple", unit: "times", notes: "The guide's $0.01 per token is far above today's list prices" },
          ],
        },
        {
          title: "Checks",
          kind: "checks",
          rows: [
            { label: "Input + output = total tokens", values: { guide: "={inputTokens}+{outputTokens}={totalTokens}" }, unit: "TRUE/FALSE", notes: "token totals are consistent" },
            { label: "Costs are not negative", values: { guide: "={cost}>=0", catalog: "={cost}>=0" }, unit: "TRUE/FALSE", notes: "cost ≥ 0" },
          ],
        },
      ],
      chart: { type: "ColumnClustered", title: "Monthly inference cost: guide vs catalog", over: "values", rows: ["cost"], columns: ["guide", "catalog"] },
    },
  ],
};
