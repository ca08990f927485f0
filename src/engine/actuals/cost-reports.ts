import { isRecord, readBuckets, readJsonPages, textField } from "./json-pages";
import { aggregateMonthly, emptyRow, monthOfIsoText, monthOfUnixSeconds, teamOrUnassigned } from "./normalise";
import type { Message } from "../../i18n/catalog";
import { because, isReason, rejection, warningsOf } from "./reasons";
import type { ParseResult, UsageRow } from "./types";

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
function fromCents(value: unknown, field: string): number | Message {
  // A number here is refused, not guessed: it may already have been converted to dollars by whoever saved the file.
  if (typeof value !== "string" || !/^-?\d+(\.\d+)?$/.test(value.trim())) return because("pane.usage.notCents", { field, value: String(JSON.stringify(value)) });
  return Number(value) / 100;
}

const DEFAULT_WORKSPACE = "(default workspace)";
/** Warnings by kind: each said once per file. */
type Notes = Map<string, Message>;
const geo = (value: string | null) => (value === null || value === "not_available" ? "" : value.toLowerCase());
const workspace = (record: Record<string, unknown>) => (record.workspace_id === null ? DEFAULT_WORKSPACE : teamOrUnassigned(textField(record, "workspace_id")));

function openAiCost(result: unknown, month: string, warnings: Notes): UsageRow | Message {
  if (!isRecord(result)) return because("pane.usage.resultNotObject");
  if (result.object !== "organization.costs.result") return because("pane.usage.notCostsResult", { object: String(result.object) });
  const amount = result.amount;
  if (!isRecord(amount) || typeof amount.value !== "number" || !Number.isFinite(amount.value)) return because("pane.usage.notDollars", { value: String(JSON.stringify(isRecord(amount) ? amount.value : amount)) });
  const item = textField(result, "line_item");
  if (item === null) warnings.set("costsNoLineItem", because("pane.usage.costsNoLineItem"));
  const model = item === null ? "(all line items)" : item.split(",")[0].trim().toLowerCase();
  const tier = item !== null && /\bbatch\b/i.test(item) ? "batch" : "standard";
  return emptyRow({ month, provider: "openai", model, team: teamOrUnassigned(textField(result, "project_id")), tier, billedCost: amount.value, currency: (textField(amount, "currency") ?? "usd").toUpperCase() });
}

function anthropicCost(result: unknown, month: string, warnings: Notes): UsageRow | Message {
  if (!isRecord(result)) return because("pane.usage.resultNotObject");
  const amount = fromCents(result.amount, "amount");
  if (isReason(amount)) return amount;
  const kind = textField(result, "cost_type");
  const model = textField(result, "model");
  if (model === null && kind === null) warnings.set("costsNoDescription", because("pane.usage.costsNoDescription"));
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
  const warnings: Notes = new Map();
  const rows = readBuckets(pages, rejected, (bucket) => (typeof bucket.start_time === "number" ? monthOfUnixSeconds(bucket.start_time) : null), (result, month) => openAiCost(result, month, warnings), { page: "openaiCosts", bucket: "start_time" });
  return { format: "openai-costs", rows: aggregateMonthly(rows), rejected, ...warningsOf([...warnings.values()]) };
}

/** Anthropic cost report pages: billed amounts (cents) by day, description and workspace. */
export function parseAnthropicCostReport(text: string): ParseResult {
  const { pages, rejected } = readJsonPages(text);
  const warnings: Notes = new Map();
  const rows = readBuckets(pages, rejected, (bucket) => (typeof bucket.starting_at === "string" ? monthOfIsoText(bucket.starting_at) : null), (result, month) => anthropicCost(result, month, warnings), { page: "anthropicCost", bucket: "starting_at" });
  return { format: "anthropic-cost", rows: aggregateMonthly(rows), rejected, ...warningsOf([...warnings.values()]) };
}

/** Anthropic usage-and-cost analytics cost pages: amount and list amount (cents) by dimension. */
export function parseAnthropicAnalyticsCost(text: string): ParseResult {
  const { pages, rejected } = readJsonPages(text);
  const rows: UsageRow[] = [];
  const warnings: Notes = new Map();
  pages.forEach((page, p) => {
    if (!isRecord(page) || !Array.isArray(page.data)) return void rejected.push(rejection(because("pane.usage.at.page", { page: String(p + 1) }), because("pane.usage.notPage", { page: "analytics" })));
    page.data.forEach((item, i) => {
      const row = analyticsItem(item, warnings);
      if (isReason(row)) rejected.push(rejection(because("pane.usage.at.item", { page: String(p + 1), item: String(i + 1) }), row));
      else rows.push(row);
    });
  });
  return { format: "anthropic-analytics", rows: aggregateMonthly(rows), rejected, ...warningsOf([...warnings.values()]) };
}

function analyticsItem(item: unknown, warnings: Notes): UsageRow | Message {
  if (!isRecord(item) || !isRecord(item.cost)) return because("pane.usage.notCostItem");
  const month = typeof item.starting_at === "string" ? monthOfIsoText(item.starting_at) : null;
  if (month === null) return because("pane.usage.notRfc3339");
  const group = isRecord(item.group) ? item.group : {};
  const amount = fromCents(item.cost.amount, "cost.amount");
  if (isReason(amount)) return amount;
  const list = item.cost.list_amount === undefined || item.cost.list_amount === null ? null : fromCents(item.cost.list_amount, "cost.list_amount");
  if (isReason(list)) return list;
  const model = textField(group, "model");
  if (model === null) warnings.set("costsNoModel", because("pane.usage.costsNoModel"));
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
