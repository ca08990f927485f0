import { VECTOR_DB, VECTOR_DB_SOURCE, VECTOR_MINIMUM_NOTE, VECTOR_QUERY_RULE } from "../blocks";
import type { RowSpec, TemplateSpec } from "../types";

/**
 * The guide's prompting / fine-tuning techniques (few-shot learning, in-context learning, adaptive sampling,
 * temperature tuning, continuous learning), plus the zero-shot baseline and retrieval, pricing the same monthly task
 * side by side. One value column per technique; shared inputs live in the first column ("Shared").
 */

const COUNT = "Count it exactly from sample texts: =LLMCOST.TOKENS(range) or the task pane's token counter";

const TECHNIQUES = ["zeroShot", "fewShot", "retrieval", "fineTuned", "adaptive", "continuous", "multiSample"] as const;
type Technique = (typeof TECHNIQUES)[number];
const FIRST = TECHNIQUES[0];
const LAST = TECHNIQUES[TECHNIQUES.length - 1];

const LABELS: Record<Technique, string> = {
  zeroShot: "Zero-shot",
  fewShot: "Few-shot / in-context",
  retrieval: "Retrieval (RAG)",
  fineTuned: "Fine-tuned model",
  adaptive: "Adaptive sampling",
  continuous: "Continuous learning",
  multiSample: "Temperature / n samples",
};

const COST_NAMES: Record<Technique, string> = {
  zeroShot: "Cost_ZeroShot",
  fewShot: "Cost_FewShot",
  retrieval: "Cost_Retrieval",
  fineTuned: "Cost_FineTuned",
  adaptive: "Cost_AdaptiveSampling",
  continuous: "Cost_ContinuousLearning",
  multiSample: "Cost_MultiSample",
};

/**
 * Ranges across the technique columns use unnamed rows: a range between two named cells (Cost_ZeroShot:Cost_MultiSample)
 * is valid in Excel but HyperFormula cannot parse it.
 */
const TECHNIQUE_RANGE = `{technique:${FIRST}}:{technique:${LAST}}`;
const TOTAL_RANGE = `{totalUsd:${FIRST}}:{totalUsd:${LAST}}`;

const TUNED: readonly Technique[] = ["fineTuned", "adaptive", "continuous"];

/** The same formula in every technique column. */
function every(formula: string): Record<string, string> {
  return Object.fromEntries(TECHNIQUES.map((t) => [t, formula]));
}

/** A formula per technique, `otherwise` for the rest. */
function per(specific: Partial<Record<Technique, string>>, otherwise: string): Record<string, string> {
  return Object.fromEntries(TECHNIQUES.map((t) => [t, specific[t] ?? otherwise]));
}

const HEADERS = { label: "Per technique", shared: "", ...LABELS };

/** What each technique is, one row each (label + note): the side-by-side block reads with these. */
const ABOUT: RowSpec[] = [
  { label: LABELS.zeroShot, values: {}, notes: "Baseline: instructions + the user's input, no examples. Cheapest prompt; quality is the reference the others must beat." },
  { label: LABELS.fewShot, values: {}, notes: "Few-shot learning / in-context learning: k worked examples are added to every prompt. No training; every request pays for the examples (less with prompt caching)." },
  { label: LABELS.retrieval, values: {}, notes: "Retrieval: relevant passages from an embedded corpus are added to each prompt. Pays embeddings (corpus once, amortised; each query) and vector storage." },
  { label: LABELS.fineTuned, values: {}, notes: "Fine-tuning on the instruction set: a one-off training cost (amortised), then a shorter prompt at the fine-tuned model's higher per-token prices." },
  { label: LABELS.adaptive, values: {}, notes: "Adaptive sampling: each round scores the training set and fine-tunes on the hardest fraction — fewer training tokens per round, several rounds." },
  { label: LABELS.continuous, values: {}, notes: "Continuous learning: the tuned model is re-fine-tuned every N months on the data gathered since; the retraining cost is spread over those months." },
  { label: LABELS.multiSample, values: {}, notes: "Temperature tuning / sampling: n candidate completions per request (e.g. at a higher temperature, then pick the best). The prompt is billed once (the API's n parameter), the output n times." },
];

export const promptTechniques: TemplateSpec = {
  id: "prompt-techniques",
  title: "Prompting and fine-tuning techniques compared",
  description: "monthly cost of the same task under zero-shot, few-shot, retrieval, fine-tuning, adaptive sampling, continuous learning and multi-sampling",
  group: "planning",
  source: "LLM Economics guide, Exhibit 1 (prompting / fine-tuning techniques); catalog prices from LLMCOST (=LLMCOST.CATALOG())",
  choices: [
    { key: "model", label: "Base model (fine-tunable)", list: "finetuneModels", default: "gpt-4.1-mini" },
    { key: "embeddingModel", label: "Embedding model", list: "embeddingModels", default: "text-embedding-3-small" },
  ],
  sheets: [
    {
      name: "Prompt techniques",
      // 56pt each: label column A (250pt) and the shared column with the seven techniques (B–I) fit the first screen at 1366×768 beside the pane (80pt reached G, 60pt cut I: measured in the preview)
      valueColumns: [{ key: "shared", header: "Shared", width: 56 }, ...TECHNIQUES.map((t) => ({ key: t, header: LABELS[t], width: 56 }))],
      sections: [
        {
          title: "Key outputs — the ranking (cost only; quality differs: workings below)",
          kind: "outputs",
          headers: HEADERS,
          rows: [
            {
              key: "cheapest",
              label: "Cheapest technique",
              values: { shared: `=INDEX(${TECHNIQUE_RANGE},MATCH(MIN(${TOTAL_RANGE}),${TOTAL_RANGE},0))` },
              names: { shared: "CheapestTechnique" },
              format: "text",
              unit: "technique",
              notes: "the lowest monthly cost in the row above (cost only, not quality)",
            },
            {
              key: "cheapestCost",
              label: "Cheapest monthly cost",
              values: { shared: `=MIN(${TOTAL_RANGE})*{FxRate}` },
              names: { shared: "CheapestMonthlyCost" },
              format: "moneyFx",
              unit: "{currency} per month",
              notes: "MIN of the monthly totals",
            },
            {
              key: "monthlyCost",
              label: "Monthly cost",
              values: every("={totalUsd}*{FxRate}"),
              names: COST_NAMES,
              format: "moneyFx",
              unit: "{currency} per month",
              notes: "inference + amortised training + retrieval. Quality differs: price the techniques that reach the quality you need",
            },
          ],
        },
        {
          title: "Inputs — the monthly task (shared by every technique)",
          kind: "inputs",
          rows: [
            { key: "perMillion", label: "Tokens per million (constant)", kind: "constant", values: { shared: 1_000_000 }, format: "count", unit: "tokens", notes: "Universal constant: prices are quoted per 1M tokens" },
            { key: "model", label: "Base model", values: { shared: { choice: "model" } }, unit: "model id", notes: "Catalog: a model with a fine-tuning price, so every technique uses the same base model; the tuned model is called as ft:<model>" },
            { key: "requests", label: "Requests per month", values: { shared: 100_000 }, names: { shared: "MonthlyRequests" }, format: "count", unit: "requests per month", notes: "Assumption: the task's monthly volume" },
            { key: "basePrompt", label: "Prompt tokens (instructions + input)", values: { shared: 300 }, format: "tokens", unit: "tokens per request", notes: `The guide's use case 2: about 150 input tokens per query plus 150 for the function call each prompt carries. ${COUNT}` },
            { key: "outputTokens", label: "Output tokens per completion", values: { shared: 500 }, format: "tokens", unit: "tokens per completion", notes: `The guide's use case 2: about 500 output tokens per query (and 150 input). ${COUNT}` },
            { key: "discount", label: "Batch / negotiated discount", values: { shared: 0 }, format: "percent", unit: "share", notes: "Assumption: list prices (0%); 0.5 for batch APIs" },
            { key: "amortMonths", label: "Months to amortise one-off costs over", values: { shared: 12 }, format: "count", unit: "months", notes: "Assumption: training and corpus embedding are spread over a year" },
          ],
        },
        {
          title: "Inputs — per technique",
          kind: "inputs",
          headers: HEADERS,
          rows: [
            { key: "k", label: "Examples per prompt (k)", values: { fewShot: 5 }, format: "count", unit: "examples", notes: "Assumption: 5-shot" },
            { key: "tokensPerExample", label: "Tokens per example", values: { fewShot: 250 }, format: "tokens", unit: "tokens", notes: `Assumption: one input + answer pair. ${COUNT}` },
            { key: "cacheExamples", label: "Cache the examples (prompt caching)", values: { fewShot: "No" }, validation: ["Yes", "No"], format: "text", unit: "Yes / No", notes: "Assumption: No (list prices). OpenAI caches prompt prefixes of 1,024+ tokens automatically" },
            { key: "cacheHitRate", label: "Cache hit rate", values: { fewShot: 0.9 }, format: "percent", unit: "share of example tokens", notes: "Assumption: used only when caching is Yes; cached tokens are billed at the cache-read price" },
            { key: "contextTokens", label: "Retrieved context per prompt", values: { retrieval: 1500 }, format: "tokens", unit: "tokens per request", notes: "Assumption: 3 passages × 500 tokens" },
            { key: "embeddingModel", label: "Embedding model", values: { retrieval: { choice: "embeddingModel" } }, unit: "model id", notes: "Catalog: pick from the list" },
            { key: "corpusTokens", label: "Corpus to embed", values: { retrieval: 10_000_000 }, format: "tokens", unit: "tokens", notes: "Assumption: the knowledge base, embedded once and amortised" },
            { key: "chunkTokens", label: "Tokens per stored passage", values: { retrieval: 500 }, format: "tokens", unit: "tokens per vector", notes: "Assumption: one vector per 500-token passage" },
            { key: "queryTokens", label: "Query tokens embedded per request", values: { retrieval: 50 }, format: "tokens", unit: "tokens per request", notes: "Assumption: the user's question is embedded to search" },
            { key: "dimensions", label: "Embedding dimensions", values: { retrieval: 1536 }, format: "count", unit: "dimensions", notes: "text-embedding-3-small default (OpenAI docs)" },
            { key: "bytes", label: "Bytes per dimension", values: { retrieval: 4 }, format: "count", unit: "bytes", notes: "float32 vectors" },
            { key: "gbPrice", label: "Vector storage price", values: { retrieval: VECTOR_DB.storage_usd_per_gb_month }, format: "money", unit: "USD per GB-month", notes: VECTOR_DB_SOURCE },
            { key: "searchesPerRequest", label: "Vector searches per request", values: { retrieval: 1 }, format: "decimal", unit: "queries per request", notes: "Assumption: one similarity search per request" },
            { key: "readPrice", label: "Vector read price", values: { retrieval: VECTOR_DB.read_usd_per_million_units }, format: "money", unit: "USD per 1M read units", notes: VECTOR_DB_SOURCE },
            { key: "ruPerGb", label: "Read units per query per GB of index", values: { retrieval: VECTOR_DB.query_read_units_per_gb }, format: "decimal", unit: "read units per GB", notes: VECTOR_QUERY_RULE },
            { key: "ruMin", label: "Minimum read units per query", values: { retrieval: VECTOR_DB.query_minimum_read_units }, format: "decimal", unit: "read units", notes: "A small index still costs a fraction of a read unit per query (same source)." },
            { key: "vecMinimum", label: "Vector database plan minimum", values: { retrieval: VECTOR_DB.minimum_usd_per_month }, format: "money", unit: "USD per month", notes: VECTOR_MINIMUM_NOTE },
            { key: "trainingExamples", label: "Training examples (instruction set)", values: { fineTuned: 2000 }, format: "count", unit: "examples", notes: "Assumption: 2,000 curated input + answer pairs" },
            { key: "tokensPerTrainingExample", label: "Tokens per training example", values: { fineTuned: 1000 }, format: "tokens", unit: "tokens", notes: `Assumption. ${COUNT}` },
            { key: "epochs", label: "Training epochs", values: { fineTuned: 3 }, format: "count", unit: "passes", notes: "Assumption: a common default of fine-tuning APIs" },
            { key: "tunedPrompt", label: "Prompt tokens with the tuned model", values: { fineTuned: 250 }, format: "tokens", unit: "tokens per request", notes: "Assumption: the instructions the model has learnt are dropped from the prompt" },
            { key: "hardFraction", label: "Hardest fraction trained on per round", values: { adaptive: 0.3 }, format: "percent", unit: "share of examples", notes: "Assumption: the 30% with the highest error" },
            { key: "rounds", label: "Adaptive rounds", values: { adaptive: 3 }, format: "count", unit: "rounds", notes: "Assumption: score, select, fine-tune — three times" },
            { key: "retrainEvery", label: "Re-fine-tune every", values: { continuous: 3 }, format: "count", unit: "months", notes: "Assumption: quarterly" },
            { key: "newExamplesPerMonth", label: "New training examples per month", values: { continuous: 500 }, format: "count", unit: "examples per month", notes: "Assumption: newly labelled cases gathered each month" },
            { key: "candidates", label: "Candidates per request (n)", values: { multiSample: 3 }, format: "count", unit: "completions", notes: "Assumption: 3 samples, the best one kept" },
          ],
        },
        {
          title: "What each technique is",
          kind: "calculations",
          rows: ABOUT,
        },
        {
          title: "Calculations — per request (USD)",
          kind: "calculations",
          headers: HEADERS,
          rows: [
            { key: "modelCalled", label: "Model called", values: per(Object.fromEntries(TUNED.map((t) => [t, '="ft:"&{model}'])), "={model}"), format: "text", unit: "model id", notes: "Tuned techniques call the fine-tuned model (ft:<model>) at its own prices" },
            {
              key: "promptTokens",
              label: "Prompt tokens per request",
              values: per(
                {
                  fewShot: "={basePrompt}+{k}*{tokensPerExample}",
                  retrieval: "={basePrompt}+{contextTokens}",
                  fineTuned: "={tunedPrompt}",
                  adaptive: "={tunedPrompt}",
                  continuous: "={tunedPrompt}",
                },
                "={basePrompt}",
              ),
              format: "tokens",
              unit: "tokens per request",
              notes: "base prompt + what the technique adds (examples, retrieved context) or the shorter tuned prompt",
            },
            { key: "completionTokens", label: "Output tokens per request", values: per({ multiSample: "={outputTokens}*{candidates}" }, "={outputTokens}"), format: "tokens", unit: "tokens per request", notes: "n candidates multiply the output tokens" },
            {
              key: "cachedPerRequest",
              label: "Cached prompt tokens per request",
              values: per({ fewShot: '=IF({cacheExamples}="Yes",{k}*{tokensPerExample}*{cacheHitRate},0)' }, "=0"),
              format: "tokens",
              unit: "tokens per request",
              notes: "Few-shot examples served from the prompt cache",
            },
            {
              key: "perRequest",
              label: "Inference cost per request",
              values: every("=LLMCOST.INFERENCE({modelCalled},{promptTokens},{completionTokens},1,{cachedPerRequest},{discount},{PriceDate},0,{PriceSheet})"),
              format: "usdPerToken",
              unit: "USD per request",
              notes: "Formula: =LLMCOST.INFERENCE(model, prompt, output, 1 request, cached, discount, price date)",
            },
          ],
        },
        {
          title: "Calculations — per month (USD)",
          kind: "calculations",
          headers: HEADERS,
          rows: [
            {
              key: "inferenceMonthly",
              label: "Inference",
              values: every("=LLMCOST.INFERENCE({modelCalled},{requests}*{promptTokens},{requests}*{completionTokens},{requests},{requests}*{cachedPerRequest},{discount},{PriceDate},0,{PriceSheet})"),
              format: "money",
              unit: "USD per month",
              notes: "Formula: =LLMCOST.INFERENCE over the month's tokens and requests",
            },
            { key: "instructionTokens", label: "Instruction-set tokens", values: { fineTuned: "={trainingExamples}*{tokensPerTrainingExample}" }, format: "tokens", unit: "tokens", notes: "examples × tokens per example (shared by the tuned techniques)" },
            {
              key: "trainingOneOff",
              label: "Training (one-off)",
              values: per(
                {
                  fineTuned: "=LLMCOST.FINETUNE({model},{instructionTokens},{epochs},{PriceDate},{PriceSheet})",
                  adaptive:
                    '={rounds}*(LLMCOST.FINETUNE({model},{instructionTokens}*{hardFraction},{epochs},{PriceDate},{PriceSheet})+LLMCOST.INFERENCE("ft:"&{model},{instructionTokens},0,{trainingExamples},0,{discount},{PriceDate},0,{PriceSheet}))',
                  continuous: "=LLMCOST.FINETUNE({model},{instructionTokens},{epochs},{PriceDate},{PriceSheet})",
                },
                "=0",
              ),
              format: "money",
              unit: "USD",
              notes: "Adaptive: per round, fine-tune on the hardest fraction + score the whole set once with the tuned model (input tokens only)",
            },
            {
              key: "retraining",
              label: "Retraining per cycle",
              values: { continuous: "=LLMCOST.FINETUNE({model},{newExamplesPerMonth}*{retrainEvery}*{tokensPerTrainingExample},{epochs},{PriceDate},{PriceSheet})" },
              format: "money",
              unit: "USD per retraining",
              notes: "Continuous: fine-tune on the examples gathered since the last run",
            },
            {
              key: "trainingMonthly",
              label: "Training, amortised",
              values: per({ continuous: "={trainingOneOff}/{amortMonths}+{retraining}/{retrainEvery}" }, "={trainingOneOff}/{amortMonths}"),
              format: "money",
              unit: "USD per month",
              notes: "one-off ÷ amortisation months (+ retraining ÷ months between retrainings)",
            },
            { key: "vectors", label: "Vectors stored", values: { retrieval: "={corpusTokens}/{chunkTokens}" }, format: "count", unit: "vectors", notes: "corpus ÷ tokens per passage" },
            { key: "queryPrice", label: "Vector query price", values: { retrieval: "=MAX({ruMin},{ruPerGb}*{vectors}*{dimensions}*{bytes}/1000000000)*{readPrice}" }, format: "money", unit: "USD per 1M queries", notes: "read units per query (grow with the index GB of 10^9 bytes, at least the minimum) × read price" },
            {
              key: "retrievalMonthly",
              label: "Embeddings and vector store",
              values: per(
                {
                  retrieval:
                    "=LLMCOST.EMBEDDING({embeddingModel},{corpusTokens},{PriceDate},{PriceSheet})/{amortMonths}+LLMCOST.EMBEDDING({embeddingModel},{requests}*{queryTokens},{PriceDate},{PriceSheet})+LLMCOST.VECTORSTORE({vectors},{dimensions},{bytes},{gbPrice},{requests}*{searchesPerRequest},{queryPrice},{vecMinimum})",
                },
                "=0",
              ),
              format: "money",
              unit: "USD per month",
              notes: "corpus embedding ÷ amortisation months + query embeddings + =LLMCOST.VECTORSTORE(vectors, dimensions, bytes, USD/GB-month, queries, USD per 1M queries, plan minimum): storage + queries, at least the plan minimum",
            },
            { key: "totalUsd", label: "Total", values: every("={inferenceMonthly}+{trainingMonthly}+{retrievalMonthly}"), format: "money", unit: "USD per month", notes: "inference + amortised training + retrieval" },
          ],
        },
        {
          title: "Outputs",
          kind: "outputs",
          headers: HEADERS,
          rows: [
            { key: "technique", label: "Technique", values: Object.fromEntries(TECHNIQUES.map((t) => [t, `="${LABELS[t]}"`])), format: "text", notes: "Column labels, for the cheapest-technique lookup" },
            { key: "costPerRequest", label: "Cost per request", values: every("={monthlyCost}/{requests}"), format: "moneyFx", unit: "{currency} per request", notes: "monthly cost ÷ requests" },
            { key: "vsZeroShot", label: "Cost vs zero-shot", values: every(`={monthlyCost}/{monthlyCost:${FIRST}}`), format: "multiple", unit: "times", notes: "how many times the zero-shot baseline" },
            {
              key: "breakEven",
              label: "Fine-tuning beats few-shot above",
              values: {
                shared: '=IF({perRequest:fewShot}>{perRequest:fineTuned},{trainingMonthly:fineTuned}/({perRequest:fewShot}-{perRequest:fineTuned}),"never")',
              },
              names: { shared: "FineTuneBreakEvenRequests" },
              format: "count",
              unit: "requests per month",
              notes: "amortised training ÷ (few-shot − fine-tuned cost per request); \"never\" when a tuned request is not cheaper",
            },
          ],
        },
        {
          title: "Checks",
          kind: "checks",
          headers: HEADERS,
          rows: [
            {
              label: "Monthly cost = inference + training + retrieval",
              values: every("=ROUND({monthlyCost}-({inferenceMonthly}+{trainingMonthly}+{retrievalMonthly})*{FxRate},2)=0"),
              unit: "TRUE/FALSE",
              notes: "parts sum to the total",
            },
            {
              label: "Monthly inference = per request × requests",
              values: every("=ROUND({inferenceMonthly}-{perRequest}*{requests},2)=0"),
              unit: "TRUE/FALSE",
              notes: "inference cost is linear in requests (the break-even relies on it)",
            },
            {
              label: "At the break-even, fine-tuned = few-shot",
              values: {
                shared: '=IF(ISNUMBER({breakEven}),ROUND({trainingMonthly:fineTuned}+{breakEven}*{perRequest:fineTuned}-{breakEven}*{perRequest:fewShot},2)=0,{breakEven}="never")',
              },
              unit: "TRUE/FALSE",
              notes: "training + volume × tuned price = volume × few-shot price",
            },
            {
              label: "The cheapest technique has the cheapest cost",
              values: { shared: `=ROUND(INDEX(${TOTAL_RANGE},MATCH({cheapest},${TECHNIQUE_RANGE},0))*{FxRate}-{cheapestCost},2)=0` },
              unit: "TRUE/FALSE",
              notes: "the lookup found the minimum",
            },
          ],
        },
      ],
      chart: { type: "ColumnClustered", title: "Monthly cost by technique", over: "values", rows: ["monthlyCost"], columns: [...TECHNIQUES] },
    },
  ],
};
