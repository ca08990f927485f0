import { GUIDE_AND_CATALOG_COLUMNS, type TemplateSpec } from "../types";

const GUIDE = "Guide, Use case 1 (automotive complaint redressal)";

/** Use case 1 of the guide: fine-tune a model on complaint data, then run a monthly chatbot on it. */
export const complaintRedressal: TemplateSpec = {
  id: "complaint-redressal",
  title: "Complaint redressal chatbot (fine-tuned)",
  description: "fine-tuning and monthly inference cost of an automotive complaint chatbot",
  group: "retention",
  source: "LLM Economics guide, Chapter 2, Use case 1; catalog prices from LLMCOST (=LLMCOST.CATALOG())",
  choices: [{ key: "model", label: "Fine-tunable model", list: "finetuneModels", default: "gpt-4.1-mini" }],
  sheets: [
    {
      name: "Complaint redressal",
      valueColumns: GUIDE_AND_CATALOG_COLUMNS,
      sections: [
        {
          title: "Inputs — workload (shared by both columns)",
          kind: "inputs",
          rows: [
            { key: "complaints", label: "Customer complaints in the training set", values: { guide: 6_000_000 }, format: "count", unit: "complaints", notes: `${GUIDE}, step 1: about 6 million complaints` },
            { key: "sentences", label: "Sentences per complaint", values: { guide: 10 }, format: "count", unit: "sentences", notes: `${GUIDE}, step 1` },
            { key: "tokensPerSentence", label: "Tokens per sentence", values: { guide: 7 }, format: "count", unit: "tokens", notes: `${GUIDE}, step 1` },
            { key: "domainShare", label: "Domain-specific share of the corpus", values: { guide: 0.2 }, format: "percent", unit: "share", notes: `${GUIDE}, step 1: 20%` },
            { key: "instructionShare", label: "Instruction-set share of the domain corpus", values: { guide: 0.5 }, format: "percent", unit: "share", notes: `${GUIDE}, step 1: 50%` },
            { key: "epochs", label: "Training epochs", values: { guide: 1 }, format: "count", unit: "passes", notes: "Guide prices one pass over the instruction tokens; providers often default to several epochs." },
            { key: "owners", label: "Vehicle owners", values: { guide: 5_000_000 }, format: "count", unit: "owners", notes: `${GUIDE}, step 2: 3% of owners = 150,000` },
            { key: "interactionShare", label: "Owners using the chatbot each month", values: { guide: 0.03 }, format: "percent", unit: "share per month", notes: `${GUIDE}, step 2: 3%` },
            { key: "tokensPerInteraction", label: "Tokens per interaction (input + output)", values: { guide: 1200 }, format: "tokens", unit: "tokens", notes: `${GUIDE}, step 2: 1,200 tokens` },
          ],
        },
        {
          title: "Inputs — prices",
          kind: "inputs",
          rows: [
            { key: "guideFtPrice", label: "Fine-tuning price (guide, per token)", values: { guide: 0.0001 }, format: "usdPerToken", unit: "USD per token", notes: `${GUIDE}, step 3: $0.0001 per token (illustrative)` },
            { key: "guideInfPrice", label: "Inference price (guide, per token)", values: { guide: 0.00001 }, format: "usdPerToken", unit: "USD per token", notes: `${GUIDE}, step 3: $0.00001 per token (illustrative)` },
            { key: "model", label: "Fine-tunable base model", values: { catalog: { choice: "model" } }, unit: "model id", notes: "Catalog: pick from the list (src/data/finetune-prices.json); the tuned model is called as ft:<model>." },
            { key: "inputShare", label: "Input share of interaction tokens", values: { catalog: 0.5 }, format: "percent", unit: "share", notes: "Assumption: the guide gives input and output together; split needed for list prices." },
            { key: "cachedShare", label: "Cached share of input tokens", values: { catalog: 0 }, format: "percent", unit: "share", notes: "Assumption: no prompt caching (0%)." },
            { key: "discount", label: "Batch / negotiated discount", values: { catalog: 0 }, format: "percent", unit: "share", notes: "Assumption: list prices (0%)." },
            { key: "trainingPrice", label: "Training price (catalog, per 1M tokens)", kind: "calc", values: { catalog: '=LLMCOST.PRICE({model},"training",{PriceDate})' }, format: "usdPerMtok", unit: "USD per 1M tokens", notes: "Formula: =LLMCOST.PRICE(model, \"training\", price date)" },
            { key: "ftInputPrice", label: "Fine-tuned input price (catalog, per 1M)", kind: "calc", values: { catalog: '=LLMCOST.PRICE("ft:"&{model},"input",{PriceDate})' }, format: "usdPerMtok", unit: "USD per 1M tokens", notes: "Price of calling the tuned model" },
            { key: "ftOutputPrice", label: "Fine-tuned output price (catalog, per 1M)", kind: "calc", values: { catalog: '=LLMCOST.PRICE("ft:"&{model},"output",{PriceDate})' }, format: "usdPerMtok", unit: "USD per 1M tokens", notes: "Price of calling the tuned model" },
          ],
        },
        {
          title: "Calculations — tokens",
          kind: "calculations",
          rows: [
            { key: "corpus", label: "Training corpus", values: { guide: "={complaints}*{sentences}*{tokensPerSentence}" }, names: { guide: "TrainingCorpusTokens" }, format: "tokens", unit: "tokens", notes: "complaints × sentences × tokens (guide: 420 million)" },
            { key: "domain", label: "Domain-specific corpus", values: { guide: "={corpus}*{domainShare}" }, names: { guide: "DomainTokens" }, format: "tokens", unit: "tokens", notes: "guide: 84 million" },
            { key: "instruction", label: "Instruction-set tokens (fine-tuning)", values: { guide: "={domain}*{instructionShare}" }, names: { guide: "InstructionTokens" }, format: "tokens", unit: "tokens", notes: "guide: 42 million" },
            { key: "users", label: "Monthly chatbot users", values: { guide: "={owners}*{interactionShare}" }, names: { guide: "MonthlyUsers" }, format: "count", unit: "users per month", notes: "guide: 150,000" },
            { key: "inferenceTokens", label: "Inference tokens per month", values: { guide: "={users}*{tokensPerInteraction}" }, names: { guide: "InferenceTokens" }, format: "tokens", unit: "tokens per month", notes: "guide: 180 million" },
            { key: "inputTokens", label: "Input tokens per month", values: { catalog: "={inferenceTokens}*{inputShare}" }, format: "tokens", unit: "tokens per month", notes: "inference tokens × input share" },
            { key: "outputTokens", label: "Output tokens per month", values: { catalog: "={inferenceTokens}-{inputTokens}" }, format: "tokens", unit: "tokens per month", notes: "inference tokens − input tokens" },
            { key: "cachedTokens", label: "Cached input tokens per month", values: { catalog: "={inputTokens}*{cachedShare}" }, format: "tokens", unit: "tokens per month", notes: "input tokens × cached share" },
          ],
        },
        {
          title: "Outputs",
          kind: "outputs",
          rows: [
            {
              key: "ftCost",
              label: "Fine-tuning cost (one-off)",
              values: { guide: "={instruction}*{epochs}*{guideFtPrice}*{FxRate}", catalog: "=LLMCOST.FINETUNE({model},{instruction},{epochs},{PriceDate})*{FxRate}" },
              names: { guide: "FineTuneCost_Guide", catalog: "FineTuneCost_Catalog" },
              format: "moneyFx",
              unit: "{currency}",
              notes: "Guide: 42M × $0.0001 = $4,200. Catalog: =LLMCOST.FINETUNE(model, tokens, epochs, date)",
            },
            {
              key: "infCost",
              label: "Inference cost per month",
              values: {
                guide: "={inferenceTokens}*{guideInfPrice}*{FxRate}",
                catalog: '=LLMCOST.INFERENCE("ft:"&{model},{inputTokens},{outputTokens},{users},{cachedTokens},{discount},{PriceDate})*{FxRate}',
              },
              names: { guide: "InferenceCost_Guide", catalog: "InferenceCost_Catalog" },
              format: "moneyFx",
              unit: "{currency} per month",
              notes: "Guide: 180M × $0.00001 = $1,800. Catalog: =LLMCOST.INFERENCE(\"ft:\"&model, …) with one request per user",
            },
            {
              key: "totalCost",
              label: "Total: fine-tuning + first month of inference",
              values: { guide: "={ftCost}+{infCost}", catalog: "={ftCost}+{infCost}" },
              names: { guide: "TotalCost_Guide", catalog: "TotalCost_Catalog" },
              format: "moneyFx",
              unit: "{currency}",
              notes: "Guide: $4,200 + $1,800 = $6,000",
            },
            { key: "ratio", label: "Guide estimate ÷ catalog estimate", values: { guide: "={totalCost:guide}/{totalCost:catalog}" }, format: "multiple", unit: "times", notes: "How far the guide's illustrative per-token prices are from today's list prices" },
          ],
        },
        {
          title: "Checks",
          kind: "checks",
          rows: [
            { label: "Totals equal their parts", values: { guide: "=ROUND({totalCost}-{ftCost}-{infCost},2)=0", catalog: "=ROUND({totalCost}-{ftCost}-{infCost},2)=0" }, unit: "TRUE/FALSE", notes: "total − fine-tuning − inference = 0" },
            { label: "Token funnel narrows", values: { guide: "=AND({instruction}<={domain},{domain}<={corpus})" }, unit: "TRUE/FALSE", notes: "instruction ≤ domain ≤ corpus" },
            { label: "Input + output = inference tokens", values: { catalog: "=ROUND({inputTokens}+{outputTokens}-{inferenceTokens},0)=0" }, unit: "TRUE/FALSE", notes: "token split is complete" },
          ],
        },
      ],
      chart: { type: "ColumnClustered", title: "Guide vs catalog cost", over: "values", rows: ["ftCost", "infCost", "totalCost"], columns: ["guide", "catalog"] },
    },
  ],
};
