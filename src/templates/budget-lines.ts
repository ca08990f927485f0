import { readNumber } from "../engine/actuals/csv";
import { readCsvRecords } from "../engine/actuals/csv-text";
import { monthOfIsoText } from "../engine/actuals/normalise";
import type { UsageRow } from "../engine/actuals/types";

/**
 * What the budget-vs-actual sheet lays out: one line per month × provider × model × team × tier found in the
 * actuals, and the budget rows. Pure. Keys compare case-insensitively (as Excel's SUMIFS does), first spelling kept.
 */
export interface LineKey {
  /** ISO first day of the month. */
  month: string;
  provider: string;
  model: string;
  team: string;
  tier: string;
}

export interface BudgetRow {
  month: string;
  model: string;
  tokens: number;
  amount: number;
}

export interface ActualsLayout {
  lines: LineKey[];
  budget: BudgetRow[];
}

const keyOf = (parts: string[]) => parts.map((part) => part.toLowerCase()).join("\u0000");

export function distinctLines(rows: LineKey[]): LineKey[] {
  const seen = new Map<string, LineKey>();
  for (const row of rows) {
    const key = keyOf([row.month, row.provider, row.model, row.team, row.tier]);
    if (!seen.has(key)) seen.set(key, { month: row.month, provider: row.provider, model: row.model, team: row.team, tier: row.tier });
  }
  return [...seen.values()].sort((a, b) => keyOf([a.month, a.provider, a.model, a.team, a.tier]).localeCompare(keyOf([b.month, b.provider, b.model, b.team, b.tier])));
}

export function linesOfUsage(rows: UsageRow[]): LineKey[] {
  return distinctLines(rows);
}

/** The line keys of the LlmcostActuals table's values (header row first), as Office.js reads them back. */
export function linesOfTableValues(values: unknown[][]): LineKey[] {
  const [header, ...data] = values;
  const at = (name: string) => header.findIndex((cell) => String(cell) === name);
  const [month, provider, model, team, tier] = ["Month", "Provider", "Model", "Team", "Tier"].map(at);
  const lines: LineKey[] = [];
  for (const row of data) {
    if (typeof row[month] !== "number") continue; // Excel's empty-table placeholder row
    const iso = new Date((Number(row[month]) - 25569) * 86_400_000).toISOString().slice(0, 10);
    lines.push({ month: iso, provider: String(row[provider]), model: String(row[model]), team: String(row[team]), tier: String(row[tier]) });
  }
  return distinctLines(lines);
}

/** Budget rows from a CSV with columns month, model, tokens, amount (any order, common spellings); unreadable lines listed. */
export function parseBudgetCsv(text: string): { rows: BudgetRow[]; rejected: { line: number; reason: string }[] } {
  const { records, error } = readCsvRecords(text);
  const rejected: { line: number; reason: string }[] = error ? [{ line: error.line, reason: error.reason }] : [];
  const header = (records[0]?.fields ?? []).map((cell) => cell.trim().toLowerCase().replace(/[^a-z]/g, ""));
  const find = (...names: string[]) => header.findIndex((cell) => names.includes(cell));
  const columns = { month: find("month", "date", "period"), model: find("model"), tokens: find("tokens", "budgettokens", "volume"), amount: find("amount", "budget", "cost", "budgetcost", "usd") };
  const missing = Object.entries(columns).filter(([, index]) => index < 0).map(([name]) => name);
  if (missing.length > 0) return { rows: [], rejected: [{ line: 1, reason: `no column for: ${missing.join(", ")}` }, ...rejected] };
  const rows: BudgetRow[] = [];
  for (const record of records.slice(1)) {
    const month = monthOfIsoText(record.fields[columns.month] ?? "");
    const tokens = readNumber(record.fields[columns.tokens] ?? "");
    const amount = readNumber(record.fields[columns.amount] ?? "");
    const model = (record.fields[columns.model] ?? "").trim().toLowerCase();
    if (month === null) rejected.push({ line: record.line, reason: "month is not YYYY-MM or YYYY-MM-DD" });
    else if (model === "") rejected.push({ line: record.line, reason: "no model" });
    else if (tokens === null || !Number.isFinite(tokens) || tokens < 0) rejected.push({ line: record.line, reason: "tokens is not a number ≥ 0" });
    else if (amount === null || !Number.isFinite(amount)) rejected.push({ line: record.line, reason: "amount is not a number" });
    else rows.push({ month, model, tokens, amount });
  }
  return { rows, rejected };
}
