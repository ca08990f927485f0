import { countFields, isRecord, readBuckets, readJsonPages, textField } from "./json-pages";
import { aggregateMonthly, monthOfUnixSeconds, teamOrUnassigned } from "./normalise";
import type { ParseResult, UsageRow } from "./types";

/**
 * OpenAI organisation Usage API pages (GET /v1/organization/usage/completions and /embeddings), as saved files.
 * Reference: platform.openai.com/docs/api-reference/usage — a page holds `data`: buckets with `start_time`/`end_time`
 * (Unix seconds) and `results`; a completions result has `input_tokens` (INCLUDING cached tokens),
 * `input_cached_tokens`, `output_tokens`, `input_audio_tokens`, `output_audio_tokens`, `num_model_requests`, and,
 * when grouped, `model`, `project_id`, `batch`, `service_tier`; an embeddings result has `input_tokens` and
 * `num_model_requests`. Team = project_id. Usage without a model (not grouped by model) cannot be priced: rejected.
 */
const COMPLETIONS = "organization.usage.completions.result";
const EMBEDDINGS = "organization.usage.embeddings.result";
const COUNTS = ["input_tokens", "input_cached_tokens", "output_tokens", "num_model_requests", "input_audio_tokens", "output_audio_tokens"] as const;

function tierOf(result: Record<string, unknown>): string {
  if (result.batch === true) return "batch";
  const tier = textField(result, "service_tier");
  // "default" is OpenAI's name for the standard tier; "auto" resolves to it in usage.
  return tier === null || tier === "default" || tier === "auto" ? "standard" : tier.toLowerCase();
}

function readResult(result: unknown, month: string, location: string, warnings: string[]): UsageRow | string {
  if (!isRecord(result)) return "a result is not an object";
  const kind = result.object;
  if (kind !== COMPLETIONS && kind !== EMBEDDINGS) return `not token usage of completions or embeddings (object "${String(kind)}")`;
  const model = textField(result, "model");
  if (model === null) return "no model: export the usage grouped by model (group_by=model) so that it can be priced";
  const counts = countFields(result, COUNTS);
  if (typeof counts === "string") return counts;
  if (counts.input_cached_tokens > counts.input_tokens) return `input_cached_tokens (${counts.input_cached_tokens}) exceeds input_tokens (${counts.input_tokens}), which includes them`;
  if (counts.input_audio_tokens > 0 || counts.output_audio_tokens > 0) {
    warnings.push(`${location}: ${model} has audio tokens (${counts.input_audio_tokens} in, ${counts.output_audio_tokens} out), which are priced differently; they are not in the token columns and not repriced.`);
  }
  return {
    month,
    provider: "openai",
    model: model.toLowerCase(),
    team: teamOrUnassigned(textField(result, "project_id")),
    tier: tierOf(result),
    inputTokens: counts.input_tokens,
    cachedInputTokens: counts.input_cached_tokens,
    cacheWriteTokens: 0,
    cacheWrite1hTokens: 0,
    outputTokens: counts.output_tokens,
    requests: counts.num_model_requests,
    webSearchRequests: 0,
    billedCost: null,
    currency: "",
  };
}

export function parseOpenAiUsage(text: string): ParseResult {
  const { pages, rejected } = readJsonPages(text);
  const warnings: string[] = [];
  const rows = readBuckets(
    pages,
    rejected,
    (bucket) => (typeof bucket.start_time === "number" ? monthOfUnixSeconds(bucket.start_time) : null),
    (result, month, location) => readResult(result, month, location, warnings),
    { page: "a Usage API page", bucket: "start_time" },
  );
  return { format: "openai", rows: aggregateMonthly(rows), rejected, warnings };
}
