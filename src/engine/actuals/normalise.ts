import { resolveApiModel } from "../api/catalog";
import { UsageFold } from "./fold";
import { UNASSIGNED_TEAM, UNKNOWN_PROVIDER, type UsageRow } from "./types";

/** ISO first day of the UTC month of a Unix time in seconds. */
export function monthOfUnixSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 7) + "-01";
}

/** ISO first day of the month of an ISO date or timestamp ("2026-10-05", "2026-10", "2026-10-05T12:00:00Z"), or null. */
export function monthOfIsoText(text: string): string | null {
  const fast = monthOfUtcIso(text);
  if (fast !== null) return fast;
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

const digit = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};

/**
 * The month of "YYYY-MM-DD" or a UTC timestamp "YYYY-MM-DDTHH:MM[:SS[.fff]]Z" without building a Date: a request
 * log repeats it millions of times. Anything else (offsets, other shapes): null, for the general reading.
 */
function monthOfUtcIso(text: string): string | null {
  const n = text.length;
  if (n < 10 || text[4] !== "-" || text[7] !== "-" || !(n === 10 || (text[10] === "T" && text[n - 1] === "Z"))) return null;
  for (const at of [0, 1, 2, 3, 5, 6, 8, 9]) if (!digit(text, at)) return null;
  const month = (text.charCodeAt(5) - 48) * 10 + text.charCodeAt(6) - 48;
  const day = (text.charCodeAt(8) - 48) * 10 + text.charCodeAt(9) - 48;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return text.slice(0, 7) + "-01";
}

/** The catalog's provider for a model id, or "(unknown)". */
export function providerOfModel(model: string): string {
  let provider = providers.get(model);
  if (provider === undefined) {
    try {
      provider = resolveApiModel(model).provider.id;
    } catch {
      provider = UNKNOWN_PROVIDER;
    }
    // Remembered: a log repeats a few model names millions of times, and an unknown one throws each time.
    if (providers.size < 10_000) providers.set(model, provider);
  }
  return provider;
}
const providers = new Map<string, string>();

export function teamOrUnassigned(team: string | null | undefined): string {
  return team === null || team === undefined || team === "" ? UNASSIGNED_TEAM : team;
}

/** Sums rows that share a line (daily buckets become one monthly row), sorted; see UsageFold. */
export function aggregateMonthly(rows: UsageRow[]): UsageRow[] {
  const fold = new UsageFold();
  for (const row of rows) fold.add(row);
  return fold.rows();
}

/** A usage row with zeros everywhere, to fill in. */
export function emptyRow(fields: Pick<UsageRow, "month" | "provider" | "model" | "team" | "tier"> & Partial<UsageRow>): UsageRow {
  return {
    region: "",
    speed: "standard",
    charge: "usage",
    inputTokens: 0,
    cachedInputTokens: 0,
    cacheWriteTokens: 0,
    cacheWrite1hTokens: 0,
    outputTokens: 0,
    requests: null,
    webSearchRequests: 0,
    billedCost: null,
    listCost: null,
    contractedCost: null,
    effectiveCost: null,
    invoicedCost: 0,
    currency: "",
    billingMonth: "",
    invoiceId: "",
    ...fields,
  };
}
