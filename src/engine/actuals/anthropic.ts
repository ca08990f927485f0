import { countFields, isRecord, readBuckets, readJsonPages, textField } from "./json-pages";
import { aggregateMonthly, emptyRow, monthOfIsoText, teamOrUnassigned } from "./normalise";
import type { Message } from "../../i18n/catalog";
import { because, isReason, warningsOf } from "./reasons";
import type { ParseResult, UsageRow } from "./types";

/**
 * Anthropic Admin API messages usage report (GET /v1/organizations/usage_report/messages), as saved files.
 * Reference: docs.anthropic.com/en/api/admin-api/usage-cost/get-messages-usage-report — `data`: buckets with
 * `starting_at`/`ending_at` (RFC 3339) and `results` with `uncached_input_tokens`, `cache_read_input_tokens`,
 * `cache_creation.ephemeral_5m_input_tokens`, `cache_creation.ephemeral_1h_input_tokens`, `output_tokens`,
 * `server_tool_use.web_search_requests`, and when grouped `model`, `workspace_id`, `service_tier`, `context_window`,
 * `inference_geo` ("global", "us"; "not_available" for models without a choice) and `speed` ("fast" with the
 * fast-mode beta), kept on the line as region and speed.
 * Input tokens here = uncached + cache reads (INFERENCE's convention); cache writes stay apart. The report counts no
 * requests. Team = workspace_id (null is the default workspace).
 */
const COUNTS = ["uncached_input_tokens", "cache_read_input_tokens", "output_tokens"] as const;
const CACHE = ["ephemeral_5m_input_tokens", "ephemeral_1h_input_tokens"] as const;
const DEFAULT_WORKSPACE = "(default workspace)";

function readResult(result: unknown, month: string, location: Message, warnings: Message[]): UsageRow | Message {
  if (!isRecord(result)) return because("pane.usage.resultNotObject");
  const model = textField(result, "model");
  if (model === null) return because("pane.usage.anthropicNoModel");
  const counts = countFields(result, COUNTS);
  if (isReason(counts)) return counts;
  const creation = result.cache_creation ?? {};
  if (!isRecord(creation)) return because("pane.usage.notObject", { field: "cache_creation" });
  const cache = countFields(creation, CACHE, "cache_creation.");
  if (isReason(cache)) return cache;
  const tools = result.server_tool_use ?? {};
  if (!isRecord(tools)) return because("pane.usage.notObject", { field: "server_tool_use" });
  const searches = countFields(tools, ["web_search_requests"] as const, "server_tool_use.");
  if (isReason(searches)) return searches;
  if (textField(result, "context_window") === "200k-1M") {
    warnings.push(because("pane.usage.anthropicLongContext", { at: location, model }));
  }
  const geo = textField(result, "inference_geo");
  return emptyRow({
    month,
    provider: "anthropic",
    model: model.toLowerCase(),
    team: result.workspace_id === null ? DEFAULT_WORKSPACE : teamOrUnassigned(textField(result, "workspace_id")),
    tier: (textField(result, "service_tier") ?? "standard").toLowerCase(),
    region: geo === null || geo === "not_available" ? "" : geo.toLowerCase(),
    speed: (textField(result, "speed") ?? "standard").toLowerCase(),
    inputTokens: counts.uncached_input_tokens + counts.cache_read_input_tokens,
    cachedInputTokens: counts.cache_read_input_tokens,
    cacheWriteTokens: cache.ephemeral_5m_input_tokens,
    cacheWrite1hTokens: cache.ephemeral_1h_input_tokens,
    outputTokens: counts.output_tokens,
    webSearchRequests: searches.web_search_requests,
  });
}

export function parseAnthropicUsage(text: string): ParseResult {
  const { pages, rejected } = readJsonPages(text);
  const warnings: Message[] = [];
  const rows = readBuckets(
    pages,
    rejected,
    (bucket) => (typeof bucket.starting_at === "string" ? monthOfIsoText(bucket.starting_at) : null),
    (result, month, location) => readResult(result, month, location, warnings),
    { page: "anthropicUsage", bucket: "starting_at" },
  );
  return { format: "anthropic", rows: aggregateMonthly(rows), rejected, ...warningsOf(warnings) };
}
