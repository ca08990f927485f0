import { SELF_HOST_CHOICES, NOT_PRICED, check, named, useCaseSheets } from "../blocks";
import type { TemplateSpec } from "../types";

const GUIDE = "Guide, Use case 1 (automotive complaint redressal)";

/** Use case 1 of the guide: fine-tune a model on complaint data, then run a monthly chatbot on it. */
export const complaintRedressal: TemplateSpec = {
  id: "complaint-redressal",
  title: "Complaint redressal chatbot (fine-tuned)",
  description: "one-off fine-tuning and the monthly, year-1 and 3-year cost of an automotive complaint chatbot, API and self-hosted",
  group: "retention",
  source: "LLM Economics guide, Chapter 2, Use case 1; catalog prices from LLMCOST (=LLMCOST.CATALOG())",
  choices: [{ key: "model", label: "Fine-tunable model", list: "finetuneModels", default: "gpt-4.1-mini" }, ...SELF_HOST_CHOICES],
  sheets: useCaseSheets(
    {
      name: "Complaint redressal",
      firstColumn: { key: "guide", header: "Guide" },
      requests: "users",
      requestUnit: "conversation",
      inPerRequest: "inPerReq",
      outPerRequest: "outPerReq",
      defaultInPerRequest: 600,
      defaultOutPerRequest: 600,
      apiModel: '"ft:"&{model}',
      inputs: [
        {
          title: "Inputs — workload (shared by all columns)",
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
            { key: "tokensPerInteraction", label: "Tokens per conversation (input + output)", values: { guide: 1200 }, format: "tokens", unit: "tokens per conversation", notes: `${GUIDE}, step 2: 1,200 tokens` },
          ],
        },
        {
          title: "Inputs — prices and models",
          kind: "inputs",
          rows: [
            { key: "guideFtPrice", label: "Fine-tuning price (guide, per token)", values: { guide: 0.0001 }, format: "usdPerToken", unit: "USD per token", notes: `${GUIDE}, step 3: $0.0001 per token (illustrative)` },
            { key: "guideInfPrice", label: "Inference price (guide, per token)", values: { guide: 0.00001 }, format: "usdPerToken", unit: "USD per token", notes: `${GUIDE}, step 3: $0.00001 per token (illustrative)` },
            { key: "model", label: "Fine-tunable base model", values: { catalog: { choice: "model" } }, unit: "model id", notes: "Pick from the list (fine-tuning price catalog); the tuned model is called as ft:<model>." },
            { key: "inputShare", label: "Input share of conversation tokens", values: { catalog: 0.5 }, format: "percent", unit: "share", notes: "Assumption: the guide gives input and output together; list prices need the split." },
            { key: "ftMethod", label: "Fine-tuning method (self-hosted)", values: { selfhost: "lora" }, validation: ["lora", "full"], unit: "method", notes: "Assumption: LoRA adapters on the open model (LoRA paper, arXiv 2106.09685); \"full\" trains every weight." },
            { key: "trainingPrice", label: "Training price (catalog, per 1M tokens)", kind: "calc", values: { catalog: '=LLMCOST.PRICE({model},"training",{PriceDate},{PriceSheet})' }, format: "usdPerMtok", unit: "USD per 1M tokens", notes: "List price of fine-tuning the base model on the price date" },
            { key: "ftInputPrice", label: "Fine-tuned input price (catalog, per 1M)", kind: "calc", values: { catalog: '=LLMCOST.PRICE("ft:"&{model},"input",{PriceDate},{PriceSheet})' }, format: "usdPerMtok", unit: "USD per 1M tokens", notes: "Price of calling the tuned model" },
            { key: "ftOutputPrice", label: "Fine-tuned output price (catalog, per 1M)", kind: "calc", values: { catalog: '=LLMCOST.PRICE("ft:"&{model},"output",{PriceDate},{PriceSheet})' }, format: "usdPerMtok", unit: "USD per 1M tokens", notes: "Price of calling the tuned model" },
          ],
        },
      ],
      calculations: [
        { key: "corpus", label: "Training corpus", values: { guide: "={complaints}*{sentences}*{tokensPerSentence}" }, names: { guide: "TrainingCorpusTokens" }, format: "tokens", unit: "tokens", notes: "complaints × sentences × tokens (guide: 420 million)" },
        { key: "domain", label: "Domain-specific corpus", values: { guide: "={corpus}*{domainShare}" }, names: { guide: "DomainTokens" }, format: "tokens", unit: "tokens", notes: "guide: 84 million" },
        { key: "instruction", label: "Instruction-set tokens (fine-tuning)", values: { guide: "={domain}*{instructionShare}" }, names: { guide: "InstructionTokens" }, format: "tokens", unit: "tokens", notes: "guide: 42 million" },
        { key: "users", label: "Conversations per month (month 1)", values: { guide: "={owners}*{interactionShare}" }, names: { guide: "MonthlyUsers" }, format: "count", unit: "conversations per month", notes: "guide: 150,000 owners, one conversation each" },
        { key: "inferenceTokens", label: "Inference tokens per month", values: { guide: "={users}*{tokensPerInteraction}" }, names: { guide: "InferenceTokens" }, format: "tokens", unit: "tokens per month", notes: "guide: 180 million" },
        { key: "inPerReq", label: "Input tokens per conversation", values: { catalog: "={tokensPerInteraction}*{inputShare}" }, format: "tokens", unit: "tokens per conversation", notes: "tokens × input share" },
        { key: "outPerReq", label: "Output tokens per conversation (visible)", values: { catalog: "={tokensPerInteraction}-{inPerReq}" }, format: "tokens", unit: "tokens per conversation", notes: "tokens − input tokens" },
        { key: "trainHours", label: "GPU-hours to fine-tune the open model", values: { selfhost: "=LLMCOST.TRAINHOURS({openModel},{instruction},{gpu},{epochs},{ftMethod})" }, format: "decimal", unit: "GPU-hours", notes: "LLMCOST.TRAINHOURS(model, instruction tokens, GPU, epochs, method)" },
      ],
      outputs: [
        {
          title: "Outputs — the guide's figures beside the catalog",
          kind: "outputs",
          rows: [
            {
              key: "ftCost",
              label: "Fine-tuning cost (one-off)",
              values: { guide: "={instruction}*{epochs}*{guideFtPrice}*{FxRate}", catalog: named("LLMCOST.FINETUNE({model},{instruction},{epochs},{PriceDate},{PriceSheet})*{FxRate}", NOT_PRICED), selfhost: named("{trainHours}*{gpuPrice}*{FxRate}", NOT_PRICED) },
              names: { guide: "FineTuneCost_Guide", catalog: "FineTuneCost_Catalog", selfhost: "FineTuneCost_SelfHost" },
              format: "moneyFx",
              unit: "{currency}",
              notes: "Guide: 42M × $0.0001 = $4,200. API: LLMCOST.FINETUNE at the list training price. Self-hosted: GPU-hours × GPU price.",
            },
            {
              key: "infCost",
              label: "Inference cost per month (tokens only)",
              values: { guide: "={inferenceTokens}*{guideInfPrice}*{FxRate}", catalog: named('LLMCOST.INFERENCE("ft:"&{model},{apiIn},{apiOut},{users},{apiCached},{discount},{PriceDate},0,{PriceSheet})*{FxRate}', NOT_PRICED) },
              names: { guide: "InferenceCost_Guide", catalog: "InferenceCost_Catalog" },
              format: "moneyFx",
              unit: "{currency} per month",
              notes: "Guide: 180M × $0.00001 = $1,800. API: LLMCOST.INFERENCE(\"ft:\"&model, …), one request per conversation. Self-hosted: see Model in the calculations.",
            },
            {
              key: "totalCost",
              label: "The guide's \"total for the month\": fine-tuning + one month",
              values: { guide: "={ftCost}+{infCost}" },
              names: { guide: "TotalCost_Guide" },
              format: "moneyFx",
              unit: "{currency}",
              notes: "Guide: $4,200 + $1,800 = $6,000, which it calls the month's total. Fine-tuning is paid once, so the budget above keeps it apart: $4,200 one-off, then $1,800 a month ($25,800 in year 1).",
            },
          ],
        },
      ],
      checks: [
        { label: "The guide's total equals its parts", values: { guide: check("ROUND({totalCost}-{ftCost}-{infCost},2)=0") }, unit: "TRUE/FALSE", notes: "total − fine-tuning − inference = 0" },
        { label: "Token funnel narrows", values: { guide: check("AND({instruction}<={domain},{domain}<={corpus})") }, unit: "TRUE/FALSE", notes: "instruction ≤ domain ≤ corpus" },
        { label: "Input + output = tokens per conversation", values: { catalog: check("ROUND({inPerReq}+{outPerReq}-{tokensPerInteraction},6)=0") }, unit: "TRUE/FALSE", notes: "the token split is complete" },
      ],
      oneOff: { catalog: "{ftCost:catalog}+{vecWrites}+{setup:catalog}", selfhost: "{ftCost:selfhost}+{vecWrites}+{setup:selfhost}", notes: "Fine-tuning + indexing + set-up and integration." },
      guide: { oneOff: "{ftCost:guide}", monthly: "{infCost:guide}" },
      vectors: { stored: 0, storedNote: "The guide's chatbot is fine-tuned and retrieves nothing (0). Add vectors if it also searches manuals or past cases (see the embeddings sheet).", perRequest: 0, perRequestNote: "0: no retrieval in the guide's design." },
      review: { share: 0.02, minutes: 3, note: "Assumption: 2% of conversations checked by a person; the guide stresses safety-relevant answers and minimal manual oversight (Use case 1)." },
      cap: { formula: "={owners}", note: "Every vehicle owner once a month: growth in conversations stops at the owners the guide counts." },
      selfHostNote: "Pick an open-weight model to fine-tune (LoRA by default) and serve on rented GPUs.",
    },
    { name: "Complaint redressal risk", volume: "MonthlyUsers" },
  ),
};
