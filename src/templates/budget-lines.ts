import { readNumber } from "../engine/actuals/numbers";
import { readCsvRecords } from "../engine/actuals/csv-stream";
import { monthOfIsoText } from "../engine/actuals/normalise";
import { because, lineAt, listOf, rejection } from "../engine/actuals/reasons";
import type { Rejection, UsageRow } from "../engine/actuals/types";

/**
 * What the budget-vs-actual sheet lays out: one line per month × provider × model × team × tier × region × speed ×
 * charge kind found in the actuals, the currencies their amounts are in, and the budget rows. Pure. Keys compare
 * case-insensitively (as Excel's SUMIFS does), first spelling kept.
 */
export interface LineKey {
  /** ISO first day of the month. */
  month: string;
  provider: string;
  model: string;
  team: string;
  tier: string;
  /** "" when not given. */
  region?: string;
  /** "standard" when not given. */
  speed?: string;
  /** "usage" when not given; purchases, credits, tax and adjustments are lines of their own. */
  charge?: string;
}

export interface BudgetRow {
  month: string;
  /** The model the amount is for, or "" for a budget by team. */
  model: string;
  /** The team the amount is for, or "" for a budget by model. */
  team: string;
  /** Budgeted tokens (all kinds), or null when the budget gives an amount only. */
  tokens: number | null;
  /** In `currency`. */
  amount: number;
  /** ISO code of the amount ("" when the file does not say: the sheet's currency). */
  currency: string;
}

export interface ActualsLayout {
  lines: LineKey[];
  budget: BudgetRow[];
  /** ISO codes the actuals' amounts are in (each gets its rates on the sheet); default: USD when any amount, else none. */
  currencies?: string[];
}

const partsOf = (row: LineKey) => [row.month, row.provider, row.model, row.team, row.tier, row.region ?? "", row.speed ?? "standard", row.charge ?? "usage"];
const keyOf = (parts: string[]) => parts.map((part) => part.toLowerCase()).join("\u0000");

export function distinctLines(rows: LineKey[]): LineKey[] {
  const seen = new Map<string, LineKey>();
  for (const row of rows) {
    const key = keyOf(partsOf(row));
    if (!seen.has(key)) seen.set(key, { month: row.month, provider: row.provider, model: row.model, team: row.team, tier: row.tier, region: row.region ?? "", speed: row.speed ?? "standard", charge: row.charge ?? "usage" });
  }
  return [...seen.values()].sort((a, b) => keyOf(partsOf(a)).localeCompare(keyOf(partsOf(b))));
}

export function linesOfUsage(rows: UsageRow[]): LineKey[] {
  return distinctLines(rows);
}

/** The ISO codes of the rows' amounts, sorted (USD first). */
export function currenciesOf(rows: { currency: string }[]): string[] {
  const codes = new Set(rows.map((row) => row.currency.trim().toUpperCase()).filter((code) => /^[A-Z]{3}$/.test(code)));
  return [...codes].sort((a, b) => (a === "USD" ? -1 : b === "USD" ? 1 : a.localeCompare(b)));
}

/** The layout of usage rows (the CLI's path; the pane reads the table). */
export function layoutOfUsage(rows: UsageRow[], budget: BudgetRow[] = []): ActualsLayout {
  return { lines: linesOfUsage(rows), budget, currencies: currenciesOf(rows) };
}

function tableColumns(header: unknown[]) {
  const at = (name: string) => header.findIndex((cell) => String(cell) === name);
  return { month: at("Month"), provider: at("Provider"), model: at("Model"), team: at("Team"), tier: at("Tier"), region: at("Region"), speed: at("Speed"), charge: at("Charge"), currency: at("Currency") };
}

/** The line keys of the LlmcostActuals table's values (header row first), as Office.js reads them back. */
export function linesOfTableValues(values: unknown[][]): LineKey[] {
  const [header, ...data] = values;
  const c = tableColumns(header);
  const text = (row: unknown[], index: number, fallback: string) => (index < 0 || row[index] === "" || row[index] === null || row[index] === undefined ? fallback : String(row[index]));
  const lines: LineKey[] = [];
  for (const row of data) {
    if (typeof row[c.month] !== "number") continue; // Excel's empty-table placeholder row
    const iso = new Date((Number(row[c.month]) - 25569) * 86_400_000).toISOString().slice(0, 10);
    lines.push({ month: iso, provider: String(row[c.provider]), model: String(row[c.model]), team: String(row[c.team]), tier: String(row[c.tier]), region: text(row, c.region, ""), speed: text(row, c.speed, "standard"), charge: text(row, c.charge, "usage") });
  }
  return distinctLines(lines);
}

/** The layout of the LlmcostActuals table's values (lines and currencies). */
export function layoutOfTableValues(values: unknown[][], budget: BudgetRow[] = []): ActualsLayout {
  const c = tableColumns(values[0] ?? []);
  const currencies = c.currency < 0 ? [] : currenciesOf(values.slice(1).map((row) => ({ currency: String(row[c.currency] ?? "") })));
  return { lines: linesOfTableValues(values), budget, currencies };
}

/**
 * Budget rows from a CSV with columns month, model or team, amount, and optionally tokens and currency (any order,
 * common spellings); unreadable lines listed. A budget is by model or by team: rows of the other kind would count
 * twice in the month's total and are rejected. Every row's currency must be the first row's (one budget currency).
 */
export function parseBudgetCsv(text: string): { rows: BudgetRow[]; rejected: Rejection[] } {
  const { records, error } = readCsvRecords(text);
  const rejected: Rejection[] = error ? [rejection(lineAt(error.line), error.reason, error.line)] : [];
  const header = (records[0]?.fields ?? []).map((cell) => cell.trim().toLowerCase().replace(/[^a-z]/g, ""));
  const find = (...names: string[]) => header.findIndex((cell) => names.includes(cell));
  const columns = {
    month: find("month", "date", "period"),
    model: find("model"),
    team: find("team", "project", "costcenter", "costcentre", "department", "workspace"),
    tokens: find("tokens", "budgettokens", "volume"),
    amount: find("amount", "budget", "cost", "budgetcost", "usd"),
    currency: find("currency", "currencycode"),
  };
  const missing = [columns.month < 0 ? "month" : "", columns.model < 0 && columns.team < 0 ? "modelOrTeam" : "", columns.amount < 0 ? "amount" : ""].filter(Boolean);
  if (missing.length > 0) {
    const fields = listOf(missing.map((column) => because("pane.usage.budgetColumn", { column })), "pane.usage.listComma");
    return { rows: [], rejected: [rejection(lineAt(1), because("pane.usage.budgetNoColumnFor", { fields }), 1), ...rejected] };
  }
  const rows: BudgetRow[] = [];
  const cell = (fields: string[], index: number) => (index < 0 ? "" : (fields[index] ?? "").trim());
  let by: "model" | "team" | null = null;
  let budgetCurrency: string | null = null;
  for (const record of records.slice(1)) {
    const month = monthOfIsoText(cell(record.fields, columns.month));
    const tokensText = cell(record.fields, columns.tokens);
    const tokens = tokensText === "" ? null : readNumber(tokensText);
    const amount = readNumber(cell(record.fields, columns.amount));
    const model = cell(record.fields, columns.model).toLowerCase();
    const team = model === "" ? cell(record.fields, columns.team) : "";
    const currency = cell(record.fields, columns.currency).toUpperCase();
    const kind = model !== "" ? "model" : team !== "" ? "team" : null;
    const reason =
      month === null ? because("pane.usage.budgetBadMonth")
      : kind === null ? because("pane.usage.budgetNoModelOrTeam")
      : by !== null && kind !== by ? because("pane.usage.budgetMixed", { by, kind })
      : tokens !== null && (!Number.isFinite(tokens) || tokens < 0) ? because("pane.usage.budgetBadTokens")
      : amount === null || !Number.isFinite(amount) ? because("pane.usage.budgetBadAmount")
      : currency !== "" && !/^[A-Z]{3}$/.test(currency) ? because("pane.usage.budgetBadCurrency", { text: currency.slice(0, 20) })
      : budgetCurrency !== null && currency !== budgetCurrency ? because("pane.usage.budgetOtherCurrency", { currency: currency || "none", budget: budgetCurrency || "none" })
      : null;
    if (reason !== null) {
      rejected.push(rejection(lineAt(record.line), reason, record.line));
      continue;
    }
    by = kind;
    budgetCurrency = currency;
    rows.push({ month: month as string, model, team, tokens, amount: amount as number, currency });
  }
  return { rows, rejected };
}
