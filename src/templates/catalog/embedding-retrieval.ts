import { SELF_HOST_CHOICES, NOT_PRICED, check, named, useCaseSheets } from "../blocks";
import type { TemplateSpec } from "../types";

const GUIDE = "Guide, Optimizing cost using embedding models";
const RAG = "Not in the guide's example: answering each query with a chat model over the retrieved chunks (RAG), the usual reason to store embeddings. Set to 0 to cost retrieval only.";

/** The guide's embedding + vector database example, with its one-off and recurring parts kept apart. */
export const embeddingRetrieval: TemplateSpec = {
  id: "embedding-retrieval",
  title: "Embeddings and a vector database",
  description: "one-off corpus embedding and the monthly cost of storing and querying vectors (and answering), API and self-hosted",
  group: "planning",
  source: "LLM Economics guide, Chapter 2, Optimizing cost using embedding models; catalog prices from LLMCOST",
  choices: [
    { key: "embeddingModel", label: "Embedding model", list: "embeddingModels", default: "text-embedding-3-small" },
    { key: "model", label: "Chat model (answers)", list: "chatModels", default: "gpt-4.1-mini" },
    ...SELF_HOST_CHOICES,
  ],
  sheets: useCaseSheets(
    {
      name: "Embedding retrieval",
      firstColumn: { key: "guide", header: "Guide" },
      requests: "queries",
      requestUnit: "query",
      inPerRequest: "inPerReq",
      outPerRequest: "answerTokens",
      defaultInPerRequest: 1550,
      defaultOutPerRequest: 300,
      apiModel: "{model}",
      inputs: [
        {
          title: "Inputs — workload (shared by all columns)",
          kind: "inputs",
          rows: [
            { key: "perThousand", label: "Units per thousand (constant)", kind: "constant", values: { guide: 1000 }, format: "count", unit: "per 1K", notes: "Universal constant: prices quoted per 1,000 tokens or embeddings" },
            { key: "corpus", label: "Corpus tokens to embed", values: { guide: 84_000_000 }, format: "tokens", unit: "tokens", notes: `${GUIDE}: the 84M-token domain corpus of use case 1` },
            { key: "documents", label: "Documents (one embedding each)", values: { guide: 50_000 }, format: "count", unit: "embeddings", notes: `${GUIDE}: 50k documents (see the slip below)` },
            { key: "queries", label: "Queries per month (month 1)", values: { guide: 10_000 }, names: { guide: "VolumePerMonth" }, format: "count", unit: "queries per month", notes: `${GUIDE}: 10,000 queries a month` },
            { key: "complaintTokens", label: "Tokens per complaint in use case 1", values: { guide: 70 }, format: "tokens", unit: "tokens per complaint", notes: "Guide, Use case 1, step 1: 10 sentences × 7 tokens" },
          ],
        },
        {
          title: "Inputs — prices and models",
          kind: "inputs",
          rows: [
            { key: "guideEmbPrice", label: "Embedding price (guide, per 1K tokens)", values: { guide: 0.02 }, format: "money", unit: "USD per 1K tokens", notes: `${GUIDE}: $0.02 per 1,000 tokens (illustrative)` },
            { key: "guideStoragePrice", label: "Storage price (guide, per 1K embeddings)", values: { guide: 0.01 }, format: "money", unit: "USD per 1K embeddings", notes: `${GUIDE}: $0.01 per 1,000 embeddings (illustrative)` },
            { key: "guideQueryPrice", label: "Price per query (guide)", values: { guide: 0.001 }, format: "usdPerToken", unit: "USD per query", notes: `${GUIDE}: $0.001 per query (illustrative)` },
            { key: "embModel", label: "Embedding model", values: { catalog: { choice: "embeddingModel" } }, unit: "model id", notes: "Pick from the list. Embeddings use the API in both columns (the catalog has no self-hosted embedding models)." },
            { key: "tokensPerQuery", label: "Tokens per query (embedded at query time)", values: { catalog: 50 }, format: "tokens", unit: "tokens per query", notes: "Assumption: a short search question." },
            { key: "model", label: "Chat model (answers)", values: { catalog: { choice: "model" } }, unit: "model id", notes: "Pick from the list or type any catalog id." },
            { key: "contextTokens", label: "Retrieved context per query", values: { catalog: 1500 }, format: "tokens", unit: "tokens per query", notes: `Assumption: five chunks of 300 tokens. ${RAG}` },
            { key: "answerTokens", label: "Answer tokens per query (visible)", values: { catalog: 300 }, format: "tokens", unit: "tokens per query", notes: `Assumption: a short answer. ${RAG}` },
            { key: "embPrice", label: "Embedding price (catalog, per 1M tokens)", kind: "calc", values: { catalog: '=LLMCOST.PRICE({embModel},"input",{PriceDate},{PriceSheet})' }, format: "usdPerMtok", unit: "USD per 1M tokens", notes: "List price on the price date" },
          ],
        },
      ],
      calculations: [
        { key: "queryTokens", label: "Query tokens embedded per month", values: { catalog: "={queries}*{tokensPerQuery}" }, format: "tokens", unit: "tokens per month", notes: "queries × tokens per query" },
        { key: "queryEmbPerQuery", label: "Embedding one query", values: { catalog: "=LLMCOST.EMBEDDING({embModel},{tokensPerQuery},{PriceDate},{PriceSheet})*{FxRate}" }, format: "moneyFx", unit: "{currency} per query", notes: "LLMCOST.EMBEDDING(model, tokens per query, date); counted in both columns" },
        { key: "inPerReq", label: "Input tokens per answer (question + context)", values: { catalog: "=IF({answerTokens}=0,0,{tokensPerQuery}+{contextTokens})" }, format: "tokens", unit: "tokens per query", notes: "question + retrieved chunks; 0 when no answer is generated" },
      ],
      outputs: [
        {
          title: "Outputs — the guide's figures beside the catalog",
          kind: "outputs",
          rows: [
            {
              key: "embCost",
              label: "Embedding the corpus (one-off)",
              values: { guide: "={corpus}/{perThousand}*{guideEmbPrice}*{FxRate}", catalog: named("LLMCOST.EMBEDDING({embModel},{corpus},{PriceDate},{PriceSheet})*{FxRate}", NOT_PRICED) },
              names: { guide: "EmbeddingCost_Guide", catalog: "EmbeddingCost_Catalog" },
              format: "moneyFx",
              unit: "{currency}",
              notes: "Guide: 84,000 × $0.02 = $1,680. Catalog: LLMCOST.EMBEDDING(model, tokens, date). Paid again only when the corpus changes.",
            },
            {
              key: "storageCost",
              label: "Vector storage per month",
              values: { guide: "={documents}/{perThousand}*{guideStoragePrice}*{FxRate}", catalog: named("{vecStorage}", NOT_PRICED) },
              names: { guide: "StorageCost_Guide", catalog: "StorageCost_Catalog" },
              format: "moneyFx",
              unit: "{currency} per month",
              notes: "Guide: 50 × $0.01 = $0.50. Catalog: LLMCOST.VECTORSTORE at the database's GB-month price; reads and the plan minimum are in the vector database row of the calculations.",
            },
            {
              key: "queryCost",
              label: "Queries per month",
              values: { guide: "={queries}*{guideQueryPrice}*{FxRate}", catalog: named("LLMCOST.EMBEDDING({embModel},{queryTokens},{PriceDate},{PriceSheet})*{FxRate}", NOT_PRICED) },
              names: { guide: "QueryCost_Guide", catalog: "QueryCost_Catalog" },
              format: "moneyFx",
              unit: "{currency} per month",
              notes: "Guide: 10,000 × $0.001 = $10. Catalog: embedding the queries (database reads are priced in the vector database row).",
            },
            {
              key: "totalCost",
              label: "The guide's \"monthly\" total",
              values: { guide: "={embCost}+{storageCost}+{queryCost}" },
              names: { guide: "TotalCost_Guide" },
              format: "moneyFx",
              unit: "{currency}",
              notes: "Guide: $1,680 + $0.50 + $10 = $1,690.50, which it calls the expected monthly cost. The guide's slip: $1,680 embeds the corpus once; only $10.50 recurs each month (budget above).",
            },
          ],
        },
        {
          title: "The guide's slips, said plainly",
          kind: "outputs",
          rows: [
            { key: "tokensPerDocument", label: "Tokens per document the guide implies", values: { guide: "={corpus}/{documents}" }, format: "tokens", unit: "tokens per document", notes: "84M tokens ÷ 50k documents = 1,680 tokens each, yet the guide's own complaints (use case 1) are 70 tokens each. The 50k documents and the 84M-token corpus do not describe the same data." },
            { key: "complaintEmbeddings", label: "Embeddings if each complaint is one document", values: { guide: "={corpus}/{complaintTokens}" }, format: "count", unit: "embeddings", notes: "84M ÷ 70 = 1.2 million embeddings, 24 times the guide's 50k." },
            { key: "complaintStorage", label: "Storage of those at the guide's own price", values: { guide: "={complaintEmbeddings}/{perThousand}*{guideStoragePrice}*{FxRate}" }, format: "moneyFx", unit: "{currency} per month", notes: "1,200 × $0.01 = $12 a month instead of $0.50." },
          ],
        },
      ],
      checks: [
        { label: "The guide's total equals its parts", values: { guide: check("ROUND({totalCost}-{embCost}-{storageCost}-{queryCost},2)=0") }, unit: "TRUE/FALSE", notes: "total − parts = 0" },
        { label: "Query embeddings: per query × queries = month", values: { catalog: check("ROUND({queryEmbPerQuery}*{queries}-{queryCost},6)=0") }, unit: "TRUE/FALSE", notes: "the budget uses the per-query cost" },
      ],
      oneOff: { catalog: "{embCost:catalog}+{vecWrites}+{setup:catalog}", selfhost: "{embCost:catalog}+{vecWrites}+{setup:selfhost}", notes: "Embedding the corpus + writing the vectors + set-up and integration." },
      extraPerRequest: "queryEmbPerQuery",
      guide: { oneOff: "{embCost:guide}", monthly: "{storageCost:guide}+{queryCost:guide}" },
      vectors: { stored: "={documents}", storedNote: "The guide's 50k documents, one embedding each (see the slips below).", perRequest: 1, perRequestNote: "One similarity search per query (the guide's 10,000 queries a month)." },
      review: { share: 0.01, minutes: 2, note: "Assumption: 1% of answers checked by a person for grounding in the retrieved text." },
      selfHostNote: "Self-hosting serves the answers; embeddings and the vector database stay managed in both columns.",
    },
    { name: "Embedding retrieval risk", volume: "VolumePerMonth" },
  ),
};
