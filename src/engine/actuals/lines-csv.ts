import type { Message } from "../../i18n/catalog";
import { readNumber } from "./numbers";
import { because, excerpt } from "./reasons";
import { emptyRow, monthOfIsoText } from "./normalise";
import type { ChargeKind, UsageRow } from "./types";

/**
 * LLMCOST's monthly lines as CSV: one row per line, the fields of UsageRow in snake case. What `npm run actuals --
 * <file> --lines` writes and what the warehouse SQL (docs/sql) returns for a month of FOCUS rows too many for one
 * machine; read back without any mapping, it gives the same lines.
 */
export const LINE_COLUMNS = [
  "month",
  "provider",
  "model",
  "team",
  "tier",
  "region",
  "speed",
  "charge",
  "input_tokens",
  "cached_input_tokens",
  "cache_write_tokens",
  "cache_write_1h_tokens",
  "output_tokens",
  "requests",
  "web_search_requests",
  "billed_cost",
  "list_cost",
  "contracted_cost",
  "effective_cost",
  "invoiced_cost",
  "currency",
  "billing_month",
  "invoice_id",
] as const;

const COUNTS = { input_tokens: "inputTokens", cached_input_tokens: "cachedInputTokens", cache_write_tokens: "cacheWriteTokens", cache_write_1h_tokens: "cacheWrite1hTokens", output_tokens: "outputTokens", web_search_requests: "webSearchRequests" } as const;
const MONEY = { billed_cost: "billedCost", list_cost: "listCost", contracted_cost: "contractedCost", effective_cost: "effectiveCost" } as const;
const CHARGES: readonly ChargeKind[] = ["usage", "purchase", "credit", "tax", "adjustment"];

/** True when a header row is exactly the lines' columns (any order, any case). */
export function isLinesHeader(headers: string[]): boolean {
  const set = new Set(headers.map((h) => h.trim().toLowerCase()));
  return set.size === LINE_COLUMNS.length && LINE_COLUMNS.every((column) => set.has(column));
}

export function linesReader(headers: string[]): (fields: string[]) => UsageRow | Message {
  const at = Object.fromEntries(headers.map((h, i) => [h.trim().toLowerCase(), i])) as Record<(typeof LINE_COLUMNS)[number], number>;
  return (fields) => {
    if (fields.length !== headers.length) return because("pane.usage.fieldCount", { fields: String(fields.length), width: String(headers.length) });
    const cell = (column: (typeof LINE_COLUMNS)[number]) => (fields[at[column]] ?? "").trim();
    const month = monthOfIsoText(cell("month"));
    if (month === null) return because("pane.usage.notDate", { column: "month", text: excerpt(cell("month")) });
    const charge = cell("charge").toLowerCase() as ChargeKind;
    if (!CHARGES.includes(charge)) return because("pane.usage.notOneOf", { column: "charge", text: excerpt(cell("charge")), allowed: CHARGES.join(", ") });
    const billingText = cell("billing_month");
    const billingMonth = billingText === "" ? "" : monthOfIsoText(billingText);
    if (billingMonth === null) return because("pane.usage.notDate", { column: "billing_month", text: excerpt(billingText) });
    const row = emptyRow({ month, provider: cell("provider"), model: cell("model"), team: cell("team"), tier: cell("tier") || "standard", region: cell("region"), speed: cell("speed") || "standard", charge, currency: cell("currency").toUpperCase(), billingMonth, invoiceId: cell("invoice_id") });
    for (const [column, field] of Object.entries(COUNTS) as [keyof typeof COUNTS, (typeof COUNTS)[keyof typeof COUNTS]][]) {
      const value = readNumber(cell(column));
      if (value !== null && !Number.isInteger(value)) return because("pane.usage.notWhole", { column, text: excerpt(cell(column)) });
      row[field] = value ?? 0;
    }
    const requests = readNumber(cell("requests"));
    if (requests !== null && !Number.isInteger(requests)) return because("pane.usage.notWhole", { column: "requests", text: excerpt(cell("requests")) });
    row.requests = requests;
    for (const [column, field] of Object.entries(MONEY) as [keyof typeof MONEY, (typeof MONEY)[keyof typeof MONEY]][]) {
      const value = readNumber(cell(column));
      if (value !== null && !Number.isFinite(value)) return because("pane.usage.notNumber", { column, text: excerpt(cell(column)) });
      row[field] = value;
    }
    const invoiced = readNumber(cell("invoiced_cost"));
    if (invoiced !== null && !Number.isFinite(invoiced)) return because("pane.usage.notNumber", { column: "invoiced_cost", text: excerpt(cell("invoiced_cost")) });
    row.invoicedCost = invoiced ?? 0;
    return row;
  };
}

const quoted = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Lines as CSV text (header first). */
export function linesToCsv(rows: UsageRow[]): string {
  const out = [LINE_COLUMNS.join(",")];
  for (const r of rows) {
    const values: (string | number | null)[] = [r.month, r.provider, r.model, r.team, r.tier, r.region, r.speed, r.charge, r.inputTokens, r.cachedInputTokens, r.cacheWriteTokens, r.cacheWrite1hTokens, r.outputTokens, r.requests, r.webSearchRequests, r.billedCost, r.listCost, r.contractedCost, r.effectiveCost, r.invoicedCost, r.currency, r.billingMonth, r.invoiceId];
    out.push(values.map((v) => (v === null ? "" : typeof v === "number" ? String(v) : quoted(v))).join(","));
  }
  return out.join("\n") + "\n";
}
