import { defaultVectorDbPrice } from "../../engine";
import { GUIDE_AND_CATALOG_COLUMNS, type TemplateSpec } from "../types";

const GUIDE = "Guide, Optimizing cost using embedding models";

/** The guide's embedding + vector database cost optimisation example. */
export const embeddingRetrieval: TemplateSpec = {
  id: "embedding-retrieval",
  title: "Embeddings and a vector database",
  description: "monthly cost of embedding a corpus, storing the vectors and querying them",
  group: "planning",
  source: "LLM Economics guide, Chapter 2, Optimizing cost using embedding models; catalog prices from LLMCOST",
  choices: [{ key: "embeddingModel", label: "Embedding model", list: "embeddingModels", default: "text-embedding-3-small" }],
  sheets: [
    {
      name: "Embedding retrieval",
      valueColumns: GUIDE_AND_CATALOG_COLUMNS,
      sections: [
        {
          title: "Inputs — workload (shared by both columns)",
          kind: "inputs",
          rows: [
            { key: "perThousand", label: "Units per thousand (constant)", kind: "constant", values: { guide: 1000 }, format: "count", unit: "per 1K", notes: "Universal constant: prices quoted per 1,000 tokens or embeddings" },
            { key: "corpus", label: "Corpus tokens to embed", values: { guide: 84_000_000 }, format: "tokens", unit: "tokens", notes: `${GUIDE}: the 84M-token domain corpus of use case 1` },
            { key: "documents", label: "Documents (one embedding each)", values: { guide: 50_000 }, format: "count", unit: "embeddings", notes: `${GUIDE}: 50k documents` },
            { key: "queries", label: "Queries per month", values: { guide: 10_000 }, format: "count", unit: "queries per month", notes: `${GUIDE}: 10,000 queries a month` },
          ],
        },
        {
          title: "Inputs — prices",
          kind: "inputs",
          rows: [
            { key: "guideEmbPrice", label: "Embedding price (guide, per 1K tokens)", values: { guide: 0.02 }, format: "money", unit: "USD per 1K tokens", notes: `${GUIDE}: $0.02 per 1,000 tokens (illustrative)` },
            { key: "guideStoragePrice", label: "Storage price (guide, per 1K embeddings)", values: { guide: 0.01 }, format: "money", unit: "USD per 1K embeddings", notes: `${GUIDE}: $0.01 per 1,000 embeddings (illustrative)` },
            { key: "guideQueryPrice", label: "Price per query (guide)", values: { guide: 0.001 }, format: "usdPerToken", unit: "USD per query", notes: `${GUIDE}: $0.001 per query (illustrative)` },
            { key: "model", label: "Embedding model", values: { catalog: { choice: "embeddingModel" } }, unit: "model id", notes: "Catalog: pick from the list" },
            { key: "dimensions", label: "Embedding dimensions", values: { catalog: 1536 }, format: "count", unit: "dimensions", notes: "text-embedding-3-small default (OpenAI docs); change with the model" },
            { key: "bytes", label: "Bytes per dimension", values: { catalog: 4 }, format: "count", unit: "bytes", notes: "float32 vectors" },
            { key: "gbPrice", label: "Vector DB storage price", values: { catalog: defaultVectorDbPrice.storage_usd_per_gb_month }, format: "money", unit: "USD per GB-month", notes: `${defaultVectorDbPrice.provider} ${defaultVectorDbPrice.plan}, ${defaultVectorDbPrice.source}, as of ${defaultVectorDbPrice.as_of}; read units and plan minimums not included` },
            { key: "tokensPerQuery", label: "Tokens per query (embedded at query time)", values: { catalog: 50 }, format: "tokens", unit: "tokens per query", notes: "Assumption: a short search query" },
            { key: "embPrice", label: "Embedding price (catalog, per 1M tokens)", kind: "calc", values: { catalog: '=LLMCOST.PRICE({model},"input",{PriceDate})' }, format: "usdPerMtok", unit: "USD per 1M tokens", notes: "Formula: =LLMCOST.PRICE(model, \"input\", price date)" },
          ],
        },
        {
          title: "Calculations",
          kind: "calculations",
          rows: [
            { key: "queryTokens", label: "Query tokens per month", values: { catalog: "={queries}*{tokensPerQuery}" }, format: "tokens", unit: "tokens per month", notes: "queries × tokens per query" },
          ],
        },
        {
          title: "Outputs",
          kind: "outputs",
          rows: [
            {
              key: "embCost",
              label: "Embedding generation",
              values: { guide: "={corpus}/{perThousand}*{guideEmbPrice}*{FxRate}", catalog: "=LLMCOST.EMBEDDING({model},{corpus},{PriceDate})*{FxRate}" },
              names: { guide: "EmbeddingCost_Guide", catalog: "EmbeddingCost_Catalog" },
              format: "moneyFx",
              unit: "{currency}",
              notes: "Guide: 84,000 × $0.02 = $1,680. Catalog: =LLMCOST.EMBEDDING(model, tokens, date)",
            },
            {
              key: "storageCost",
              label: "Vector storage per month",
              values: { guide: "={documents}/{perThousand}*{guideStoragePrice}*{FxRate}", catalog: "=LLMCOST.VECTORSTORE({documents},{dimensions},{bytes},{gbPrice})*{FxRate}" },
              names: { guide: "StorageCost_Guide", catalog: "StorageCost_Catalog" },
              format: "moneyFx",
              unit: "{currency} per month",
              notes: "Guide: 50 × $0.01 = $0.50. Catalog: =LLMCOST.VECTORSTORE(vectors, dimensions, bytes, USD/GB-month)",
            },
            {
              key: "queryCost",
              label: "Queries per month",
              values: { guide: "={queries}*{guideQueryPrice}*{FxRate}", catalog: "=LLMCOST.EMBEDDING({model},{queryTokens},{PriceDate})*{FxRate}" },
              names: { guide: "QueryCost_Guide", catalog: "QueryCost_Catalog" },
              format: "moneyFx",
              unit: "{currency} per month",
              notes: "Guide: 10,000 × $0.001 = $10. Catalog: embedding the queries (vector DB read units not included)",
            },
            {
              key: "totalCost",
              label: "Total (first month)",
              values: { guide: "={embCost}+{storageCost}+{queryCost}", catalog: "={embCost}+{storageCost}+{queryCost}" },
              names: { guide: "TotalCost_Guide", catalog: "TotalCost_Catalog" },
              format: "moneyFx",
              unit: "{currency}",
              notes: "Guide: $1,680 + $0.50 + $10 = $1,690.50",
            },
          ],
        },
        {
          title: "Checks",
          kind: "checks",
          rows: [
            { label: "Total equals its parts", values: { guide: "=ROUND({totalCost}-{embCost}-{storageCost}-{queryCost},2)=0", catalog: "=ROUND({totalCost}-{embCost}-{storageCost}-{queryCost},2)=0" }, unit: "TRUE/FALSE", notes: "total − parts = 0" },
          ],
        },
      ],
      chart: { type: "ColumnClustered", title: "Embedding costs: guide vs catalog", over: "values", rows: ["embCost", "storageCost", "queryCost"], columns: ["guide", "catalog"] },
    },
  ],
};
