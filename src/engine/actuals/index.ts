import { parseAnthropicUsage } from "./anthropic";
import { parseUsageCsv } from "./csv";
import type { CsvMapping } from "./csv-mapping";
import { parseOpenAiUsage } from "./openai";
import type { ParseResult, UsageFormat } from "./types";

export * from "./types";
export { parseOpenAiUsage } from "./openai";
export { parseAnthropicUsage } from "./anthropic";
export { parseUsageCsv, previewCsv, readNumber, type CsvPreview } from "./csv";
export { CSV_FIELDS, CSV_FIELD_LABELS, guessMapping, headerSignature, missingFields, type CsvField, type CsvMapping } from "./csv-mapping";
export { aggregateMonthly, monthOfIsoText } from "./normalise";

/** The format of a usage file from its content: OpenAI and Anthropic pages by their result fields, else CSV. */
export function detectUsageFormat(text: string): UsageFormat {
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (!head.startsWith("{") && !head.startsWith("[")) return "csv";
  if (/"organization\.usage\.|"num_model_requests"|"start_time"/.test(text)) return "openai";
  if (/"uncached_input_tokens"|"starting_at"|"cache_creation"/.test(text)) return "anthropic";
  return "openai";
}

/** Parses a usage file in the given (or detected) format. */
export function parseUsage(text: string, format: UsageFormat = detectUsageFormat(text), mapping?: CsvMapping): ParseResult {
  switch (format) {
    case "openai":
      return parseOpenAiUsage(text);
    case "anthropic":
      return parseAnthropicUsage(text);
    case "csv":
      return parseUsageCsv(text, mapping);
  }
}
