import { parseAnthropicUsage } from "./anthropic";
import { parseAnthropicAnalyticsCost, parseAnthropicCostReport, parseOpenAiCosts } from "./cost-reports";
import { parseOpenAiUsage } from "./openai";
import type { ParseResult, UsageFormat } from "./types";

/** The provider API answer a JSON text holds, by its fields. */
export function detectJsonFormat(text: string): UsageFormat {
  if (/"organization\.costs\.result"/.test(text)) return "openai-costs";
  if (/"organization\.usage\.|"num_model_requests"|"start_time"/.test(text)) return "openai";
  if (/"list_amount"/.test(text)) return "anthropic-analytics";
  if (/"cost_type"|"token_type"|"amount"\s*:\s*"/.test(text)) return "anthropic-cost";
  if (/"uncached_input_tokens"|"starting_at"|"cache_creation"/.test(text)) return "anthropic";
  return "openai";
}

export function parseJsonUsage(text: string, format: UsageFormat): ParseResult {
  switch (format) {
    case "anthropic":
      return parseAnthropicUsage(text);
    case "openai-costs":
      return parseOpenAiCosts(text);
    case "anthropic-cost":
      return parseAnthropicCostReport(text);
    case "anthropic-analytics":
      return parseAnthropicAnalyticsCost(text);
    default:
      return parseOpenAiUsage(text);
  }
}
