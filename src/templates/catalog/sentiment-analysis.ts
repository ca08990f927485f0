import { SELF_HOST_CHOICES, NOT_PRICED, check, named, useCaseSheets } from "../blocks";
import type { TemplateSpec } from "../types";

const GUIDE = "Guide, Use case 2 (e-commerce sentiment analysis)";

/** Use case 2 of the guide: sentiment analysis with function calling through an external API. */
export const sentimentAnalysis: TemplateSpec = {
  id: "sentiment-analysis",
  title: "Sentiment analysis with function calling",
  description: "monthly, year-1 and 3-year cost of e-commerce sentiment analysis with function calling, API and self-hosted",
  group: "engagement",
  source: "LLM Economics guide, Chapter 2, Use case 2; catalog prices from LLMCOST (=LLMCOST.CATALOG())",
  choices: [{ key: "model", label: "Chat model", list: "chatModels", default: "gpt-4.1-mini" }, ...SELF_HOST_CHOICES],
  sheets: useCaseSheets(
    {
      name: "Sentiment analysis",
      firstColumn: { key: "guide", header: "Guide" },
      requests: "queries",
      requestUnit: "query",
      inPerRequest: "inPerReq",
      outPerRequest: "outPerQuery",
      defaultInPerRequest: 300,
      defaultOutPerRequest: 500,
      apiModel: "{model}",
      inputs: [
        {
          title: "Inputs — workload (shared by all columns)",
          kind: "inputs",
          rows: [
            { key: "perDay", label: "Queries per day", values: { guide: 1000 }, format: "count", unit: "queries per day", notes: `${GUIDE}, step 1: about 1,000 queries a day` },
            { key: "days", label: "Days per month", values: { guide: 30 }, format: "count", unit: "days", notes: `${GUIDE}, step 1: 30,000 queries a month` },
            { key: "inPerQuery", label: "Input tokens per query", values: { guide: 150 }, format: "tokens", unit: "tokens per query", notes: `${GUIDE}, step 1` },
            { key: "fcPerQuery", label: "Function-calling tokens per query (input)", values: { guide: 150 }, format: "tokens", unit: "tokens per query", notes: `${GUIDE}, step 1: function definitions count as input tokens` },
            { key: "outPerQuery", label: "Output tokens per query (visible)", values: { guide: 500 }, format: "tokens", unit: "tokens per query", notes: `${GUIDE}, step 1` },
          ],
        },
        {
          title: "Inputs — prices and models",
          kind: "inputs",
          rows: [
            { key: "guidePrice", label: "Price per token (guide, input and output)", values: { guide: 0.01 }, format: "usdPerToken", unit: "USD per token", notes: `${GUIDE}, step 2: $0.01 per token for GPT-3.5 Turbo (illustrative; see the slip below)` },
            { key: "perThousand", label: "Tokens per thousand (constant)", kind: "constant", values: { guide: 1000 }, format: "count", unit: "tokens", notes: "Constant: to read the guide's price per 1,000 tokens." },
            { key: "model", label: "Chat model", values: { catalog: { choice: "model" } }, unit: "model id", notes: "Pick from the list or type any catalog id (=LLMCOST.MODELS())." },
            { key: "inPrice", label: "Input price (catalog, per 1M tokens)", kind: "calc", values: { catalog: '=LLMCOST.PRICE({model},"input",{PriceDate},{PriceSheet})' }, format: "usdPerMtok", unit: "USD per 1M tokens", notes: "List price on the price date" },
            { key: "outPrice", label: "Output price (catalog, per 1M tokens)", kind: "calc", values: { catalog: '=LLMCOST.PRICE({model},"output",{PriceDate},{PriceSheet})' }, format: "usdPerMtok", unit: "USD per 1M tokens", notes: "List price on the price date" },
          ],
        },
      ],
      calculations: [
        { key: "queries", label: "Queries per month (month 1)", values: { guide: "={perDay}*{days}" }, names: { guide: "QueriesPerMonth" }, format: "count", unit: "queries per month", notes: "guide: 30,000" },
        { key: "promptTokens", label: "Prompt input tokens", values: { guide: "={queries}*{inPerQuery}" }, format: "tokens", unit: "tokens per month", notes: "guide: 4,500,000" },
        { key: "fcTokens", label: "Function-calling input tokens", values: { guide: "={queries}*{fcPerQuery}" }, format: "tokens", unit: "tokens per month", notes: "guide: 4,500,000" },
        { key: "inputTokens", label: "Input tokens", values: { guide: "={promptTokens}+{fcTokens}" }, names: { guide: "InputTokens" }, format: "tokens", unit: "tokens per month", notes: "guide: 9,000,000 (the guide corrects its earlier 10 million)" },
        { key: "outputTokens", label: "Output tokens", values: { guide: "={queries}*{outPerQuery}" }, names: { guide: "OutputTokens" }, format: "tokens", unit: "tokens per month", notes: "guide: 15,000,000" },
        { key: "totalTokens", label: "Total tokens", values: { guide: "={inputTokens}+{outputTokens}" }, names: { guide: "TotalTokens" }, format: "tokens", unit: "tokens per month", notes: "guide: 24,000,000" },
        { key: "inPerReq", label: "Input tokens per query (prompt + functions)", values: { catalog: "={inPerQuery}+{fcPerQuery}" }, format: "tokens", unit: "tokens per query", notes: "prompt + function-calling tokens" },
      ],
      outputs: [
        {
          title: "Outputs — the guide's figure beside the catalog",
          kind: "outputs",
          rows: [
            {
              key: "cost",
              label: "Inference cost per month (tokens only)",
              values: { guide: "={totalTokens}*{guidePrice}*{FxRate}", catalog: named("LLMCOST.INFERENCE({model},{apiIn},{apiOut},{queries},{apiCached},{discount},{PriceDate},0,{PriceSheet})*{FxRate}", NOT_PRICED) },
              names: { guide: "InferenceCost_Guide", catalog: "InferenceCost_Catalog" },
              format: "moneyFx",
              unit: "{currency} per month",
              notes: "Guide: 24M × $0.01 = $240,000. API: LLMCOST.INFERENCE(model, input, output, queries, cached, discount, date).",
            },
            { key: "ratio", label: "Guide figure ÷ catalog figure", values: { guide: "={cost:guide}/{cost:catalog}" }, format: "multiple", unit: "times", notes: "How far the guide's $0.01 per token sits above today's list prices." },
            {
              key: "slipPerThousand",
              label: "The guide's price read as $0.01 per 1,000 tokens",
              values: { guide: "={totalTokens}/{perThousand}*{guidePrice}*{FxRate}" },
              format: "moneyFx",
              unit: "{currency} per month",
              notes: "The guide's slip: it writes $0.01 \"per token\" for GPT-3.5 Turbo and gets $240,000 a month. No GPT-3.5 Turbo price was ever near $0.01 per token; read as $0.01 per 1,000 tokens, the same workload costs $240.",
            },
            {
              key: "slipGpt35",
              label: "The guide's workload on GPT-3.5 Turbo at its list price",
              values: { catalog: '=LLMCOST.INFERENCE("gpt-3.5-turbo",{inputTokens},{outputTokens},{queries},0,0,{PriceDate},0,{PriceSheet})*{FxRate}' },
              format: "moneyFx",
              unit: "{currency} per month",
              notes: "The model the guide names, at its catalog list price on the price date: tens of dollars, not $240,000.",
            },
          ],
        },
      ],
      checks: [
        { label: "Input + output = total tokens", values: { guide: check("{inputTokens}+{outputTokens}={totalTokens}") }, unit: "TRUE/FALSE", notes: "token totals are consistent" },
        { label: "Costs are not negative", values: { guide: check("{cost}>=0"), catalog: check("{cost}>=0") }, unit: "TRUE/FALSE", notes: "cost ≥ 0" },
      ],
      oneOff: { catalog: "{vecWrites}+{setup:catalog}", selfhost: "{vecWrites}+{setup:selfhost}", notes: "Set-up and integration (the guide's use case has no training or indexing)." },
      vectors: { stored: 0, storedNote: "Function calling reads organisational data from an external database (guide use case 2), not a vector index: 0. Add vectors if you retrieve reviews or products.", perRequest: 0, perRequestNote: "0: no vector retrieval in the guide's design." },
      review: { share: 0.01, minutes: 1, note: "Assumption: 1% of sentiment labels spot-checked by a person to measure accuracy (the guide: validate before scaling up)." },
    },
    { name: "Sentiment analysis risk", volume: "QueriesPerMonth" },
  ),
};
