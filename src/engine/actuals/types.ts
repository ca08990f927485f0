import type { Message } from "../../i18n/catalog";

/**
 * Provider usage and cost, normalised: one row per month × provider × model × team × tier × region × speed × charge
 * kind × currency × billing month × invoice, whatever the file's format. Token kinds follow INFERENCE's convention:
 * `inputTokens` INCLUDES the cached (cache-read) part, which is also given alone as `cachedInputTokens`; cache writes
 * are separate and priced at the cache-write price.
 */
export interface UsageRow {
  /** First day of the usage (charge) month, ISO YYYY-MM-DD (UTC). */
  month: string;
  provider: string;
  /** Model id as the file gives it, lower-cased (catalog ids are case-insensitive). */
  model: string;
  /** Team, project or workspace; "(unassigned)" when the file gives none. */
  team: string;
  /** "standard", "batch", "flex", "priority", … as the provider reports it. */
  tier: string;
  /** Where inference ran as the provider reports it (Anthropic `inference_geo`, a cloud region); "" when not given. */
  region: string;
  /** "standard" or the provider's faster mode (Anthropic `speed`: "fast"); "standard" when not given. */
  speed: string;
  /**
   * What the row charges: "usage" (token use), or FOCUS's non-usage categories "purchase", "credit", "tax",
   * "adjustment" — those carry money only, never tokens, and stay their own lines (never volume).
   */
  charge: ChargeKind;
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
  /** What was invoiced (FOCUS BilledCost, a provider cost report's amount, a gateway's cost); null when not given. */
  billedCost: number | null;
  /** Provider list cost (FOCUS ListCost, Anthropic `list_amount`); null when not given. */
  listCost: number | null;
  /** At the negotiated prices before commitments (FOCUS ContractedCost); null when not given. */
  contractedCost: number | null;
  /** Amortised, after commitments (FOCUS EffectiveCost); null when not given. */
  effectiveCost: number | null;
  /** The part of billedCost that carries an invoice id (FOCUS InvoiceId); 0 when none does. */
  invoicedCost: number;
  /** ISO code of the amounts; "" when there is no amount. */
  currency: string;
  /** First day of the billing period (FOCUS BillingPeriodStart), "" when not given: usage of one month may be invoiced in a later one. */
  billingMonth: string;
  /** Invoice id (FOCUS 1.2+ InvoiceId); "" when none. */
  invoiceId: string;
}

export type ChargeKind = "usage" | "purchase" | "credit" | "tax" | "adjustment";

/**
 * A record the parser could not read: where it is (a line number for CSV, a path for JSON) and why, as messages
 * (`at`, `why`: the pane renders them in its language) and in English (`location`, `reason`: the CLI, the logs).
 */
export interface Rejection {
  line?: number;
  location: string;
  reason: string;
  at: Message;
  why: Message;
}

export interface ParseResult {
  format: UsageFormat;
  rows: UsageRow[];
  rejected: Rejection[];
  /** Read, but with something the analyst should know (e.g. audio tokens that INFERENCE cannot price), in English. */
  warnings: string[];
  /** The same warnings as messages, for the pane's language. */
  notes: Message[];
  /** Records read (CSV data lines, JSON results), whether kept, skipped as not AI or rejected. */
  records?: number;
}

export type UsageFormat = "openai" | "anthropic" | "csv" | "focus" | "openai-costs" | "anthropic-cost" | "anthropic-analytics" | "lines";
export const USAGE_FORMATS: readonly UsageFormat[] = ["openai", "anthropic", "csv", "focus", "openai-costs", "anthropic-cost", "anthropic-analytics", "lines"];

export const UNASSIGNED_TEAM = "(unassigned)";
export const UNKNOWN_PROVIDER = "(unknown)";
