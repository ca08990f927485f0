import { countFields, isRecord, readBuckets, readJsonPages, textField } from "./json-pages";
import { aggregateMonthly, emptyRow, monthOfUnixSeconds, teamOrUnassigned } from "./normalise";
import type { Message } from "../../i18n/catalog";
import { because, isReason, warningsOf } from "./reasons";
import type { ParseResult, UsageRow } from "./types";

/**
 * OpenAI organisation Usage API pages (GET /v1/organization/usage/completions and /embeddings), as saved files.
 * Reference: platform.openai.com/docs/api-reference/usage — a page holds `data`: buckets with `start_time`/`end_time`
 * (Unix seconds) and `results`; a completions result has `input_tokens`, `input_cached_tokens`,
 * `input_cache_write_tokens`, `input_cache_write_12h_tokens`, `output_tokens`, `input_audio_tokens`,
 * `output_audio_tokens`, `input_image_tokens`, `num_model_requests`, and, when grouped, `model`, `project_id`,
 * `batch`, `service_tier`; an embeddings result has `input_tokens` and `num_model_requests`. Team = project_id.
 *
 * As OpenAI defines them in 2026, `input_tokens` INCLUDES cached, cache-write, audio and image tokens. The table
 * keeps INFERENCE's convention: input = text input including cache reads, cache writes apart — so the writes, audio
 * and image tokens are taken out of `input_tokens` here (files from before the split have no write fields: nothing
 * is taken). Audio and image tokens are priced differently: they are warned about, never priced as text.
 * Usage without a model (not grouped by model) cannot be priced: rejected.
 */
const COMPLETIONS = "organization.usage.completions.result";
const EMBEDDINGS = "organization.usage.embeddings.result";
const COUNTS = ["input_tokens", "input_cached_tokens", "input_cache_write_tokens", "input_cache_write_12h_tokens", "output_tokens", "num_model_requests", "input_audio_tokens", "output_audio_tokens", "input_image_tokens", "output_image_tokens"] as const;

function tierOf(result: Record<string, unknown>): string {
  if (result.batch === true) return "batch";
  const tier = textField(result, "service_tier");
  // "default" is OpenAI's name for the standard tier; "auto" resolves to it in usage.
  return tier === null || tier === "default" || tier === "auto" ? "standard" : tier.toLowerCase();
}

function readResult(result: unknown, month: string, location: Message, warnings: Message[]): UsageRow | Message {
  if (!isRecord(result)) return because("pane.usage.resultNotObject");
  const kind = result.object;
  if (kind !== COMPLETIONS && kind !== EMBEDDINGS) return because("pane.usage.openaiNotTokenUsage", { object: String(kind) });
  const model = textField(result, "model");
  if (model === null) return because("pane.usage.openaiNoModel");
  const counts = countFields(result, COUNTS);
  if (isReason(counts)) return counts;
  const writes = counts.input_cache_write_tokens + counts.input_cache_write_12h_tokens;
  const media = counts.input_audio_tokens + counts.input_image_tokens;
  const textInput = counts.input_tokens - writes - media;
  if (textInput < 0) return because("pane.usage.openaiInputTooSmall", { input: String(counts.input_tokens), included: String(writes + media) });
  if (counts.input_cached_tokens > counts.input_tokens - writes) return because("pane.usage.openaiCachedExceeds", { cached: String(counts.input_cached_tokens), input: String(counts.input_tokens) });
  if (media > 0 || counts.output_audio_tokens > 0 || counts.output_image_tokens > 0) {
    warnings.push(because("pane.usage.openaiMedia", { at: location, model, inTokens: String(media), outTokens: String(counts.output_audio_tokens + counts.output_image_tokens) }));
  }
  if (counts.input_cache_write_12h_tokens > 0) {
    warnings.push(because("pane.usage.openaiCache12h", { at: location, model, tokens: String(counts.input_cache_write_12h_tokens) }));
  }
  return emptyRow({
    month,
    provider: "openai",
    model: model.toLowerCase(),
    team: teamOrUnassigned(textField(result, "project_id")),
    tier: tierOf(result),
    // Cache reads stay in the input (they are part of it), minus what the provider's total now also holds.
    inputTokens: Math.max(textInput, counts.input_cached_tokens),
    cachedInputTokens: counts.input_cached_tokens,
    cacheWriteTokens: writes,
    outputTokens: counts.output_tokens,
    requests: counts.num_model_requests,
  });
}

export function parseOpenAiUsage(text: string): ParseResult {
  const { pages, rejected } = readJsonPages(text);
  const warnings: Message[] = [];
  const rows = readBuckets(
    pages,
    rejected,
    (bucket) => (typeof bucket.start_time === "number" ? monthOfUnixSeconds(bucket.start_time) : null),
    (result, month, location) => readResult(result, month, location, warnings),
    { page: "openaiUsage", bucket: "start_time" },
  );
  return { format: "openai", rows: aggregateMonthly(rows), rejected, ...warningsOf(warnings) };
}
