import {
  billedPricePerMillion,
  catalogDescription,
  catalogDetailTable,
  compareTable,
  embeddingCost,
  finetuneCost,
  inferenceCost,
  modelsTable,
  parseAsOf,
  parsePriceSheet,
  priceChangeTable,
  provisionedTable,
  vectorStoreCost,
  type Billing,
} from "../engine";
import { checkedNumber, excelNumber, excelTable, toExcelError } from "./excel-errors";
import { optionalBoolean, optionalDate, optionalNumber, optionalText, requiredNumber, requiredText } from "./arguments";
import { displayLanguage } from "../i18n/language";

/** The list price's own tier and region, shared: most calls name neither. */
const LIST_PRICE: Billing = {};

function billing(service_tier: unknown, region: unknown): Billing {
  const serviceTier = optionalText(service_tier, "service_tier");
  const place = optionalText(region, "region");
  return serviceTier === null && place === null ? LIST_PRICE : { serviceTier, region: place };
}

/**
 * List price of a model in USD per 1M tokens, from the bundled, dated price catalog.
 * @customfunction PRICE
 * @helpurl https://localhost:3000/help.html#PRICE
 * @param model Model id, e.g. "gpt-4o-mini"; "provider:model" picks a provider; "ft:gpt-4o-mini" a fine-tuned model.
 * @param [price_type] If omitted, "input". One of "input", "output", "cache_read", "cache_write", "cache_write_1h", "training" (fine-tuning, per 1M training tokens), "input_audio", "output_audio", "cache_audio_read", "input_image", "output_image", "cache_image_read".
 * @param [as_of] If omitted, the newest prices in the bundled catalog. A date (or ISO text YYYY-MM-DD) whose prices to use.
 * @param [price_sheet] If omitted, catalog list prices only. A range with headers model, price_type, usd_per_mtok (optional: valid_from, valid_to, provider, note): rows in force on as_of override the catalog price of their type.
 * @param [service_tier] If omitted, "standard" (the list price). "batch", "flex", "priority" or "fast" where the provider offers it for the model.
 * @param [region] If omitted, "global" (the list price). A region as the provider names it ("us", "eu", "regional", ...) where it prices one apart.
 * @returns USD per 1M tokens.
 */
export function price(model: string, price_type?: string, as_of?: unknown, price_sheet?: unknown[][], service_tier?: string, region?: string): number {
  return excelNumber(() =>
    billedPricePerMillion(
      requiredText(model, "model"),
      optionalText(price_type, "price_type") ?? "input",
      parseAsOf(optionalDate(as_of, "as_of")),
      parsePriceSheet(price_sheet),
      billing(service_tier, region),
    ),
  );
}

/**
 * Cost in USD of running a workload through a model at list prices: tokens, cache reads and writes, and per-request fees, at a service tier and region. Fees no argument counts (web searches, video tokens, document pages) are not included.
 * @customfunction INFERENCE
 * @helpurl https://localhost:3000/help.html#INFERENCE
 * @param model Model id, e.g. "gpt-4o-mini"; "provider:model" picks a provider; "ft:gpt-4o-mini" a fine-tuned model.
 * @param input_tokens Input (prompt) tokens in total over all requests.
 * @param output_tokens Output (completion) tokens in total over all requests.
 * @param [requests] If omitted, every request is taken to be below the first long-context price tier, and a model with a per-request fee gives #VALUE!. Number of requests the tokens are spread over: the average request size decides long-context tiers, and per-request fees (Perplexity sonar) are charged per request.
 * @param [cached_input_tokens] If omitted, 0. The part of input_tokens read from a prompt cache, billed at the cache-read price.
 * @param [discount] If omitted, 0. Fraction off list price (0.5 for 50%), e.g. a negotiated discount; for batch prices use service_tier "batch".
 * @param [as_of] If omitted, the newest prices in the bundled catalog. A date (or ISO text YYYY-MM-DD) whose prices to use.
 * @param [cache_write_tokens] If omitted, 0. The part of input_tokens written to a prompt cache, billed at the cache-write price (Anthropic: the 5-minute cache's), or as input where the model lists none.
 * @param [price_sheet] If omitted, catalog list prices only. A range with headers model, price_type, usd_per_mtok (optional: valid_from, valid_to, provider, note): rows in force on as_of override the catalog price of their type.
 * @param [service_tier] If omitted, "standard" (the list price). "batch", "flex", "priority" or "fast" where the provider offers it for the model; another is #VALUE! listing what it offers.
 * @param [region] If omitted, "global" (the list price). A region as the provider names it: "us" (Anthropic inference_geo, OpenAI, xAI), "eu", "regional" (Claude on Vertex AI), Bedrock's "global" or "us"/"eu"/"apac" profiles.
 * @param [cache_write_1h_tokens] If omitted, 0. The part of input_tokens written to the 1-hour prompt cache (Anthropic: 2 x input).
 * @param [modality] If omitted, text; a model that lists audio or image prices then gives #VALUE!. "text", "audio", "image", or input/output such as "text/image" (image output) or "audio/text".
 * @returns USD.
 */
export function inference(
  model: string,
  input_tokens: number,
  output_tokens: number,
  requests?: number,
  cached_input_tokens?: number,
  discount?: number,
  as_of?: unknown,
  cache_write_tokens?: number,
  price_sheet?: unknown[][],
  service_tier?: string,
  region?: string,
  cache_write_1h_tokens?: number,
  modality?: string,
): number {
  // A budget column calls this once per row on every recalculation: written out rather than through
  // excelNumber(() => …), so that a call allocates no closure; errors still become Excel errors in toExcelError.
  try {
    return checkedNumber(
      inferenceCost(
        requiredText(model, "model"),
        {
          inputTokens: requiredNumber(input_tokens, "input_tokens"),
          outputTokens: requiredNumber(output_tokens, "output_tokens"),
          requests: optionalNumber(requests, "requests"),
          cachedInputTokens: optionalNumber(cached_input_tokens, "cached_input_tokens"),
          discount: optionalNumber(discount, "discount"),
          cacheWriteTokens: optionalNumber(cache_write_tokens, "cache_write_tokens"),
          cacheWrite1hTokens: optionalNumber(cache_write_1h_tokens, "cache_write_1h_tokens"),
          modality: optionalText(modality, "modality"),
        },
        parseAsOf(optionalDate(as_of, "as_of")),
        parsePriceSheet(price_sheet),
        billing(service_tier, region),
      ),
    );
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Cost in USD to fine-tune a model: training tokens × epochs × training price.
 * @customfunction FINETUNE
 * @helpurl https://localhost:3000/help.html#FINETUNE
 * @param model Base model id, e.g. "gpt-4.1-mini".
 * @param training_tokens Tokens in the training file (one epoch).
 * @param [epochs] If omitted, 1. Passes over the training file.
 * @param [as_of] If omitted, the newest prices in the bundled catalog. A date (or ISO text YYYY-MM-DD) whose prices to use.
 * @param [price_sheet] If omitted, catalog list prices only. A range with headers model, price_type, usd_per_mtok (optional: valid_from, valid_to, provider, note): rows in force on as_of override the catalog price of their type. Its "training" rows override the training price.
 * @returns USD.
 */
export function finetune(model: string, training_tokens: number, epochs?: number, as_of?: unknown, price_sheet?: unknown[][]): number {
  return excelNumber(() =>
    finetuneCost(
      requiredText(model, "model"),
      requiredNumber(training_tokens, "training_tokens"),
      optionalNumber(epochs, "epochs"),
      parseAsOf(optionalDate(as_of, "as_of")),
      parsePriceSheet(price_sheet),
    ),
  );
}

/**
 * Cost in USD to embed that many tokens with an embedding model.
 * @customfunction EMBEDDING
 * @helpurl https://localhost:3000/help.html#EMBEDDING
 * @param model Embedding model id, e.g. "text-embedding-3-small".
 * @param tokens Tokens to embed.
 * @param [as_of] If omitted, the newest prices in the bundled catalog. A date (or ISO text YYYY-MM-DD) whose prices to use.
 * @param [price_sheet] If omitted, catalog list prices only. A range with headers model, price_type, usd_per_mtok (optional: valid_from, valid_to, provider, note): rows in force on as_of override the catalog price of their type.
 * @returns USD.
 */
export function embedding(model: string, tokens: number, as_of?: unknown, price_sheet?: unknown[][]): number {
  return excelNumber(() =>
    embeddingCost(requiredText(model, "model"), requiredNumber(tokens, "tokens"), parseAsOf(optionalDate(as_of, "as_of")), parsePriceSheet(price_sheet)),
  );
}

/**
 * Cost in USD per month of a managed vector database: storage plus queries, never below the plan's monthly minimum. Writes (upserts) are not included.
 * @customfunction VECTORSTORE
 * @helpurl https://localhost:3000/help.html#VECTORSTORE
 * @param vectors Number of vectors (embeddings) stored.
 * @param dimensions Dimensions per vector, e.g. 1536 for text-embedding-3-small.
 * @param [bytes_per_dimension] If omitted, 4 (float32).
 * @param [usd_per_gb_month] If omitted, the catalog's dated vector-database storage price (GB = 10^9 bytes).
 * @param [queries_per_month] If omitted, 0. Similarity queries per month.
 * @param [usd_per_million_queries] If omitted, from the catalog's plan: a query uses read units in proportion to the stored GB (1 per GB, at least 0.25), at the plan's price per million read units.
 * @param [monthly_minimum_usd] If omitted, the catalog plan's monthly minimum (Pinecone Standard: 50 USD); 0 for none.
 * @returns USD per month.
 */
export function vectorstore(
  vectors: number,
  dimensions: number,
  bytes_per_dimension?: number,
  usd_per_gb_month?: number,
  queries_per_month?: number,
  usd_per_million_queries?: number,
  monthly_minimum_usd?: number,
): number {
  return excelNumber(() =>
    vectorStoreCost(requiredNumber(vectors, "vectors"), requiredNumber(dimensions, "dimensions"), {
      bytesPerDimension: optionalNumber(bytes_per_dimension, "bytes_per_dimension"),
      usdPerGbMonth: optionalNumber(usd_per_gb_month, "usd_per_gb_month"),
      queriesPerMonth: optionalNumber(queries_per_month, "queries_per_month"),
      usdPerMillionQueries: optionalNumber(usd_per_million_queries, "usd_per_million_queries"),
      monthlyMinimumUsd: optionalNumber(monthly_minimum_usd, "monthly_minimum_usd"),
    }),
  );
}

/**
 * Table of the catalog's priced models: model, provider, input, output, cache read (USD per 1M tokens), context window, status (retired or retiring models).
 * @customfunction MODELS
 * @helpurl https://localhost:3000/help.html#MODELS
 * @param [provider] If omitted, all providers. A provider id or name, e.g. "openai", "azure" (with the OpenAI models Azure sells), "vertex".
 * @param [as_of] If omitted, the newest prices in the bundled catalog. A date (or ISO text YYYY-MM-DD) whose prices to use.
 * @returns A table with a header row.
 */
export function models(provider?: string, as_of?: unknown): unknown[][] {
  return excelTable(() => modelsTable(optionalText(provider, "provider"), parseAsOf(optionalDate(as_of, "as_of"))));
}

/**
 * The cheapest chat models for a workload, cheapest first, each model once: model, provider, USD (tokens and per-request fees), status.
 * @customfunction COMPARE
 * @helpurl https://localhost:3000/help.html#COMPARE
 * @param input_tokens Input tokens in total.
 * @param output_tokens Output tokens in total.
 * @param [requests] If omitted, every request is taken to be below the first long-context price tier, and models with per-request fees are left out. Number of requests the tokens are spread over.
 * @param [provider] If omitted, all providers. A provider id or name, e.g. "openai", "azure" (with the OpenAI models Azure sells), "vertex".
 * @param [top_n] If omitted, 10. How many models to list.
 * @param [as_of] If omitted, the newest prices in the bundled catalog. A date (or ISO text YYYY-MM-DD) whose prices to use.
 * @param [price_sheet] If omitted, catalog list prices only. A range with headers model, price_type, usd_per_mtok (optional: valid_from, valid_to, provider, note): rows in force on as_of override the catalog price of their type.
 * @param [service_tier] If omitted, "standard". "batch", "flex", "priority" or "fast": models not sold at that tier are left out.
 * @param [region] If omitted, "global". A region as providers name it ("us", "eu", ...): models not sold there are left out.
 * @returns A table with a header row.
 */
export function compare(
  input_tokens: number,
  output_tokens: number,
  requests?: number,
  provider?: string,
  top_n?: number,
  as_of?: unknown,
  price_sheet?: unknown[][],
  service_tier?: string,
  region?: string,
): unknown[][] {
  return excelTable(() =>
    compareTable(
      {
        inputTokens: requiredNumber(input_tokens, "input_tokens"),
        outputTokens: requiredNumber(output_tokens, "output_tokens"),
        requests: optionalNumber(requests, "requests"),
      },
      optionalText(provider, "provider"),
      optionalNumber(top_n, "top_n"),
      parseAsOf(optionalDate(as_of, "as_of")),
      parsePriceSheet(price_sheet),
      billing(service_tier, region),
    ),
  );
}

/**
 * Names the price sources of this add-in, their versions and newest price dates, and the fees no function computes: the audit trail of a budget.
 * @customfunction CATALOG
 * @helpurl https://localhost:3000/help.html#CATALOG
 * @param [detail] If omitted or FALSE, one text. TRUE spills one row per source (source, detail).
 * @returns One cell of text, or a table with a header row.
 */
export function catalog(detail?: unknown): unknown[][] {
  return excelTable(() => (optionalBoolean(detail, "detail") ? catalogDetailTable(displayLanguage()) : [[catalogDescription(displayLanguage())]]));
}

/**
 * Each change of a model's list prices between two dates: date, price type, old, new, change, and whether it is in force or scheduled.
 * @customfunction PRICECHANGE
 * @helpurl https://localhost:3000/help.html#PRICECHANGE
 * @param model Model id, e.g. "gpt-4o-mini"; "provider:model" picks a provider.
 * @param from_date The price date your budget keeps (a date or ISO text YYYY-MM-DD): changes after it are listed.
 * @param [to_date] If omitted, every change after from_date, scheduled future ones included. The last date to list.
 * @returns A table with a header row.
 */
export function pricechange(model: string, from_date: unknown, to_date?: unknown): unknown[][] {
  return excelTable(() =>
    priceChangeTable(requiredText(model, "model"), parseAsOf(optionalDate(from_date, "from_date")), parseAsOf(optionalDate(to_date, "to_date")), undefined, displayLanguage()),
  );
}

/**
 * Provisioned throughput against pay-as-you-go for a monthly workload: units needed at the busiest minute (minimum units and increments kept), monthly cost, the same tokens at list price, break-even and average utilization. Azure OpenAI PTU, Amazon Bedrock Reserved tier, Vertex AI GSU; an offer priced only by quote is #N/A.
 * @customfunction PROVISIONED
 * @helpurl https://localhost:3000/help.html#PROVISIONED
 * @param model Model id, e.g. "azure:gpt-4.1", "bedrock:claude-sonnet-4-6", "vertex:claude-sonnet-4-6"; the provider picks the offer unless offer is given.
 * @param monthly_input_tokens Input (prompt) tokens per month, cached input included.
 * @param monthly_output_tokens Output (completion) tokens per month.
 * @param [peak_to_average] If omitted, 1 (capacity for the average minute only). The busiest minute's traffic over the average minute's, e.g. 3.
 * @param [offer] If omitted, the first offer of the model's provider. One of "azure-global", "azure-datazone", "azure-regional", "bedrock-reserved", "bedrock-reserved-geo", "bedrock-model-units" (quote only), "vertex-gsu".
 * @param [term] If omitted, "1-month". "hourly", "1-month", "3-month" or "1-year", as the offer sells them.
 * @param [as_of] If omitted, the newest prices in the bundled catalog. A date (or ISO text YYYY-MM-DD) whose prices to use.
 * @param [cached_input_tokens] If omitted, 0. The part of monthly_input_tokens read from a prompt cache (Azure deducts it from utilization; Vertex counts it at its burndown rate).
 * @param [monthly_requests] If omitted, every request is taken to be below the first long-context price tier of the pay-as-you-go price. Requests per month.
 * @returns A table with a header row: offer, units, unit, monthly USD, pay-as-you-go USD, break-even utilization, average utilization.
 */
export function provisioned(
  model: string,
  monthly_input_tokens: number,
  monthly_output_tokens: number,
  peak_to_average?: number,
  offer?: string,
  term?: string,
  as_of?: unknown,
  cached_input_tokens?: number,
  monthly_requests?: number,
): unknown[][] {
  return excelTable(() =>
    provisionedTable(
      requiredText(model, "model"),
      {
        inputTokens: requiredNumber(monthly_input_tokens, "monthly_input_tokens"),
        outputTokens: requiredNumber(monthly_output_tokens, "monthly_output_tokens"),
        cachedInputTokens: optionalNumber(cached_input_tokens, "cached_input_tokens"),
        requests: optionalNumber(monthly_requests, "monthly_requests"),
      },
      { peakToAverage: optionalNumber(peak_to_average, "peak_to_average"), offer: optionalText(offer, "offer"), term: optionalText(term, "term") },
      parseAsOf(optionalDate(as_of, "as_of")),
    ),
  );
}
