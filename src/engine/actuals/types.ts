/**
 * Provider usage, normalised: one row per month × provider × model × team × tier × currency, whatever the file's
 * format. Token kinds follow INFERENCE's convention: `inputTokens` INCLUDES the cached (cache-read) part, which is
 * also given alone as `cachedInputTokens`; cache writes are separate and priced at the cache-write price.
 */
export interface UsageRow {
  /** First day of the usage month, ISO YYYY-MM-DD (UTC). */
  month: string;
  provider: string;
  /** Model id as the file gives it, lower-cased (catalog ids are case-insensitive). */
  model: string;
  /** Team, project or workspace; "(unassigned)" when the file gives none. */
  team: string;
  /** "standard", "batch", "flex", "priority", … as the provider reports it. */
  tier: string;
  inputTokens: number;
  cachedInputTokens: number;
  /** Cache writes with a 5-minute lifetime, or of unstated lifetime. */
  cacheWriteTokens: number;
  /** Cache writes with a 1-hour lifetime (Anthropic). */
  cacheWrite1hTokens: number;
  outputTokens: number;
  /** null when the file does not count requests (Anthropic's usage report). */
  requests: number | null;
  webSearchRequests: number;
  /** null when the file gives no cost. */
  billedCost: number | null;
  /** ISO code of billedCost; "" when there is no cost. */
  currency: string;
}

/** A record the parser could not read: where it is (a line number for CSV, a path for JSON) and why. */
export interface Rejection {
  line?: number;
  location: string;
  reason: string;
}

export interface ParseResult {
  format: UsageFormat;
  rows: UsageRow[];
  rejected: Rejection[];
  /** Read, but with something the analyst should know (e.g. audio tokens that INFERENCE cannot price). */
  warnings: string[];
}

export type UsageFormat = "openai" | "anthropic" | "csv";

export const UNASSIGNED_TEAM = "(unassigned)";
export const UNKNOWN_PROVIDER = "(unknown)";
