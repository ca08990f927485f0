import { isRecord, readBuckets, readJsonPages, textField } from "./json-pages";
import { aggregateMonthly, emptyRow, monthOfIsoText, monthOfUnixSeconds, teamOrUnassigned } from "./normalise";
import type { ParseResult, Rejection, UsageRow } from "./types";

/**
 * The providers' cost endpoints, as saved files: what was billed, per day, joined to usage in the workbook by the
 * line (month × provider × model × team × tier × region): a cost row carries money and no tokens, a usage row tokens
 * and no money, and the budget-vs-actual sheet sums both onto the same line.
 *
 * - OpenAI GET /v1/organization/costs (platform.openai.com/docs/api-reference/usage/costs): buckets with
 *   `start_time` (Unix seconds) and results `organization.costs.result` { amount: { value (DOLLARS, a number),
 *   currency (lower-case ISO) }, line_item, project_id }. `line_item` (group_by=line_item) reads "<model>, <kind>"
 *   ("gpt-4o-mini-2024-07-18, input"); without it the cost cannot be joined to a model and is kept on a line of its own.
 * - Anthropic GET /v1/organizations/cost_report (platform.claude.com/docs/en/api/admin/cost_report): buckets with
 *   `starting_at` and results { amount: a decimal STRING in the currency's lowest unit, CENTS ("123.45" USD is $1.23),
 *   currency, cost_type, model, service_tier, token_type, context_window, workspace_id, inference_geo, description }.
 * - Anthropic usage-and-cost analytics GET /v1/organizations/analytics/cost (beta analytics-usage-cost-2026-08-24):
 *   `data` items { starting_at, ending_at, group: { model, workspace_id, service_tier, inference_geo, speed, … },
 *   cost: { amount (post-discount, pre-credit), list_amount (list price), both strings in fractional CENTS, currency,
 *   requests } }.
 */

/** A cents string ("123.45") as currency units (1.2345), or a reason. */
function fromCents(value: unknown, field: string): number | string {
  // A number here is refused, not guessed: it may already have been converted to dollars by whoever saved the file.
  if (typeof value !== "string" || !/^-?\d+(\.\d+)?$/.test(value.trim())) return `${field} is ${JSON.stringify(value)}, not a decimal string of cents`;
  return Number(value) / 100;
}

const DEFAULT_WORKSPACE = "(default workspace)";
const geo = (value: string | null) => (value === null || value === "not_available" ? "" : value.toLowerCase());
const workspace = (record: Record<string, unknown>) => (record.workspace_id === null ? DEFAULT_WORKSPACE : teamOrUnassigned(textField(record, "workspace_id")));

function openAiCost(result: unknown, month: string, warnings: Set<string>): UsageRow | string {
  if (!isRecord(result)) return "a result is not an object";
  if (result.object !== "organization.costs.result") return `not a costs result (object "${String(result.object)}")`;
  const amount = result.amount;
  if (!isRecord(amount) || typeof amount.value !== "number" || !Number.isFinite(amount.value)) return `amount.value is ${JSON.stringify(isRecord(amount) ? amount.value : amount)}, not a number of dollars`;
  const item = textField(result, "line_item");
  if (item === null) warnings.add("Costs not grouped by line_item cannot be joined to a model: export them with group_by=line_item (and project_id).");
  const model = item === null ? "(all line items)" : item.split(",")[0].trim().toLowerCase();
  const tier = item !== null && /\bbatch\b/i.test(item) ? "batch" : "standard";
  return emptyRow({ month, provider: "openai", model, team: teamOrUnassigned(textField(result, "project_id")), tier, billedCost: amount.value, currency: (textField(amount, "currency") ?? "usd").toUpperCase() });
}

function anthropicCost(result: unknown, month: string, warnings: Set<string>): UsageRow | string {
  if (!isRecord(result)) return "a result is not an object";
  const amount = fromCents(result.amount, "amount");
  if (typeof amount === "string") return amount;
  const kind = textField(result, "cost_type");
  const model = textField(result, "model");
  if (model === null && kind === null) warnings.add("Costs not grouped by description cannot be joined to a model: export the cost report with group_by[]=description (and workspace_id).");
  return emptyRow({
    month,
    provider: "anthropic",
    model: model?.toLowerCase() ?? `(${kind ?? "all costs"})`,
    team: workspace(result),
    tier: (textField(result, "service_tier") ?? "standard").toLowerCase(),
    region: geo(textField(result, "inference_geo")),
    billedCost: amount,
    currency: (textField(result, "currency") ?? "USD").toUpperCase(),
  });
}

/** OpenAI costs pages: billed dollars by day, line item and project. */
export function parseOpenAiCosts(text: string): ParseResult {
  const { pages, rejected } = readJsonPages(text);
  const warnings = new Set<string>();
  const rows = readBuckets(pages, rejected, (bucket) => (typeof bucket.start_time === "number" ? monthOfUnixSeconds(bucket.start_time) : null), (result, month) => openAiCost(result, month, warnings), { page: "a costs page", bucket: "start_time" });
  return { format: "openai-costs", rows: aggregateMonthly(rows), rejected, warnings: [...warnings] };
}

/** Anthropic cost report pages: billed amounts (cents) by day, description and workspace. */
export function parseAnthropicCostReport(text: string): ParseResult {
  const { pages, rejected } = readJsonPages(text);
  const warnings = new Set<string>();
  const rows = readBuckets(pages, rejected, (bucket) => (typeof bucket.starting_at === "string" ? monthOfIsoText(bucket.starting_at) : null), (result, month) => anthropicCost(result, month, warnings), { page: "a cost report page", bucket: "starting_at" });
  return { format: "anthropic-cost", rows: aggregateMonthly(rows), rejected, warnings: [...warnings] };
}

/** Anthropic usage-and-cost analytics cost pages: amount and list amount (cents) by dimension. */
export function parseAnthropicAnalyticsCost(text: string): ParseResult {
  const { pages, rejected } = readJsonPages(text);
  const rows: UsageRow[] = [];
  const warnings = new Set<string>();
  pages.forEach((page, p) => {
    if (!isRecord(page) || !Array.isArray(page.data)) return void rejected.push({ location: `page ${p + 1}`, reason: "not an analytics cost page (no data array)" });
    page.data.forEach((item, i) => {
      const location = `page ${p + 1}, item ${i + 1}`;
      const row = analyticsItem(item, warnings);
      if (typeof row === "string") rejected.push({ location, reason: row } as Rejection);
      else rows.push(row);
    });
  });
  return { format: "anthropic-analytics", rows: aggregateMonthly(rows), rejected, warnings: [...warnings] };
}

function analyticsItem(item: unknown, warnings: Set<string>): UsageRow | string {
  if (!isRecord(item) || !isRecord(item.cost)) return "not a cost item (cost expected)";
  const month = typeof item.starting_at === "string" ? monthOfIsoText(item.starting_at) : null;
  if (month === null) return "starting_at is not an RFC 3339 time";
  const group = isRecord(item.group) ? item.group : {};
  const amount = fromCents(item.cost.amount, "cost.amount");
  if (typeof amount === "string") return amount;
  const list = item.cost.list_amount === undefined || item.cost.list_amount === null ? null : fromCents(item.cost.list_amount, "cost.list_amount");
  if (typeof list === "string") return list;
  const model = textField(group, "model");
  if (model === null) warnings.add("Cost items not grouped by model cannot be joined to usage: export them with group_by=model (and workspace_id).");
  const requests = typeof item.cost.requests === "number" && Number.isInteger(item.cost.requests) ? item.cost.requests : null;
  return emptyRow({
    month,
    provider: "anthropic",
    model: model?.toLowerCase() ?? `(${textField(group, "cost_type") ?? "all costs"})`,
    team: group.workspace_id === null ? DEFAULT_WORKSPACE : teamOrUnassigned(textField(group, "workspace_id")),
    tier: (textField(group, "service_tier") ?? "standard").toLowerCase(),
    region: geo(textField(group, "inference_geo")),
    speed: (textField(group, "speed") ?? "standard").toLowerCase(),
    // The amount is after discounts and before credits: what the contract charges (FOCUS's contracted cost) and,
    // without credits in this report, what is billed.
    billedCost: amount,
    contractedCost: amount,
    listCost: list,
    requests,
    currency: (textField(item.cost, "currency") ?? "USD").toUpperCase(),
  });
}
