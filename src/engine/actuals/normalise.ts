import { resolveApiModel } from "../api/catalog";
import { UNASSIGNED_TEAM, UNKNOWN_PROVIDER, type UsageRow } from "./types";

/** ISO first day of the UTC month of a Unix time in seconds. */
export function monthOfUnixSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 7) + "-01";
}

/** ISO first day of the month of an ISO date or timestamp ("2026-10-05", "2026-10", "2026-10-05T12:00:00Z"), or null. */
export function monthOfIsoText(text: string): string | null {
  const trimmed = text.trim();
  const plain = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(trimmed);
  if (plain) {
    const month = Number(plain[2]);
    const day = plain[3] === undefined ? 1 : Number(plain[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return `${plain[1]}-${String(month).padStart(2, "0")}-01`;
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(trimmed)) {
    const time = Date.parse(trimmed.replace(" ", "T"));
    if (Number.isNaN(time)) return null;
    // A timestamp with an offset counts in the UTC month, as the providers' buckets do.
    return /([zZ]|[+-]\d{2}:?\d{2})$/.test(trimmed) ? new Date(time).toISOString().slice(0, 7) + "-01" : trimmed.slice(0, 7) + "-01";
  }
  return null;
}

/** The catalog's provider for a model id, or "(unknown)". */
export function providerOfModel(model: string): string {
  try {
    return resolveApiModel(model).provider.id;
  } catch {
    return UNKNOWN_PROVIDER;
  }
}

export function teamOrUnassigned(team: string | null | undefined): string {
  return team === null || team === undefined || team === "" ? UNASSIGNED_TEAM : team;
}

function groupKey(row: UsageRow): string {
  // Teams keep their spelling but group case-insensitively, as Excel's SUMIFS compares text.
  return JSON.stringify([row.month, row.provider.toLowerCase(), row.model, row.team.toLowerCase(), row.tier.toLowerCase(), row.currency.toUpperCase()]);
}

const sumNullable = (a: number | null, b: number | null): number | null => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));

/**
 * Sums rows that share month, provider, model, team, tier and currency (daily buckets become one monthly row),
 * sorted by month, provider, model, team, tier. Requests stay null only when no part counted them.
 */
export function aggregateMonthly(rows: UsageRow[]): UsageRow[] {
  const groups = new Map<string, UsageRow>();
  for (const row of rows) {
    const key = groupKey(row);
    const sum = groups.get(key);
    if (!sum) {
      groups.set(key, { ...row });
      continue;
    }
    sum.inputTokens += row.inputTokens;
    sum.cachedInputTokens += row.cachedInputTokens;
    sum.cacheWriteTokens += row.cacheWriteTokens;
    sum.cacheWrite1hTokens += row.cacheWrite1hTokens;
    sum.outputTokens += row.outputTokens;
    sum.requests = sumNullable(sum.requests, row.requests);
    sum.webSearchRequests += row.webSearchRequests;
    sum.billedCost = sumNullable(sum.billedCost, row.billedCost);
    if (!sum.currency) sum.currency = row.currency;
  }
  const order = (row: UsageRow) => [row.month, row.provider, row.model, row.team, row.tier].join("\u0000");
  return [...groups.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** A usage row with zeros everywhere, to fill in. */
export function emptyRow(fields: Pick<UsageRow, "month" | "provider" | "model" | "team" | "tier">): UsageRow {
  return { ...fields, inputTokens: 0, cachedInputTokens: 0, cacheWriteTokens: 0, cacheWrite1hTokens: 0, outputTokens: 0, requests: null, webSearchRequests: 0, billedCost: null, currency: "" };
}
