import { apiCatalog } from "./api/catalog";
import { finetuneRows } from "./api/prices";
import { defaultVectorDbPrice } from "./api/vector-store";
import { billingDataDate, billingRows } from "./api/tiers";
import { retirementRows } from "./api/lifecycle";
import { todayIso } from "./dates";
import type { Table } from "./api/tables";
import { gpuPriceCatalogSource } from "./selfhost/pricing";

/** The newest price change in force on `today`, and the changes scheduled after it (date → models changing). */
function priceDates(today: string): { inForce: string; scheduled: Map<string, number> } {
  let inForce = "";
  const scheduled = new Map<string, number>();
  for (const model of apiCatalog.models) {
    for (const entry of model.history) {
      if (entry.from === null) continue;
      if (entry.from <= today) {
        if (entry.from > inForce) inForce = entry.from;
      } else scheduled.set(entry.from, (scheduled.get(entry.from) ?? 0) + 1);
    }
  }
  return { inForce, scheduled: new Map([...scheduled.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) };
}

/** The facts of the API price catalog and the fine-tuning price file on `today`: what a price table's source line says. */
export interface ApiPriceFacts {
  source: string;
  version: string;
  license: string;
  models: number;
  providers: number;
  /** The newest price change in force on `today`. */
  inForce: string;
  today: string;
  /** Price changes scheduled after `today`: date → models changing, oldest first. */
  scheduled: [string, number][];
  finetuneModels: number;
  finetuneAsOf: string;
}

export function apiPriceFacts(today: string = todayIso()): ApiPriceFacts {
  const { inForce, scheduled } = priceDates(today);
  const finetuneAsOf = finetuneRows.map((row) => row.as_of).sort().slice(-1)[0];
  const { source, version, license, models, providers } = apiCatalog;
  return { source, version, license, models: models.length, providers: providers.length, inForce, today, scheduled: [...scheduled.entries()], finetuneModels: finetuneRows.length, finetuneAsOf };
}

function scheduledText(scheduled: Map<string, number>): string {
  if (scheduled.size === 0) return "no scheduled changes";
  return `scheduled: ${[...scheduled.entries()].map(([date, count]) => `${date} (${count} model${count === 1 ? "" : "s"})`).join(", ")}`;
}

/** A package price key as words: `web_searches_kcount` → "web searches (per 1,000)". */
function feeName(key: string): string {
  const unit = key.endsWith("_mtok") ? " (per 1M)" : key.endsWith("_kcount") || key.endsWith("_kpages") ? " (per 1,000)" : key.endsWith("_hours") ? " (per hour)" : "";
  return key.replace(/_(mtok|kcount|kpages|hours)$/, "").replace(/_/g, " ") + unit;
}

let feeSummary: string | undefined;
/** What INFERENCE adds beyond tokens, and the fees of the newest catalog prices that no argument counts. */
function feesDescription(): string {
  if (feeSummary !== undefined) return feeSummary;
  const uncounted = new Map<string, number>();
  let perRequest = 0;
  for (const model of apiCatalog.models) {
    const newest = model.history[model.history.length - 1];
    if (newest.requests_kcount) perRequest++;
    for (const key of newest.uncounted_fees ?? []) uncounted.set(key, (uncounted.get(key) ?? 0) + 1);
  }
  const listed = [...uncounted.entries()].sort((a, b) => b[1] - a[1]).map(([key, count]) => `${feeName(key)} ${count} model${count === 1 ? "" : "s"}`);
  feeSummary =
    `per-request fees included (${perRequest} models; give requests); ` +
    `not computed, because no argument counts them: ${listed.join(", ")} — add them yourself where your workload uses them`;
  return feeSummary;
}

/** CATALOG: which sources price this workbook, their versions and newest dates — for a budget's audit trail. */
export function catalogDescription(extraSources: string[] = [], today: string = todayIso()): string {
  return catalogSources(today)
    .map(([source, detail]) => `${source}: ${detail}`)
    .concat(["precedence: a price_sheet row in force on the date, else the catalog's list price", ...extraSources])
    .join("; ");
}

export const CATALOG_DETAIL_HEADER = ["source", "detail"];

/** CATALOG(TRUE): one row per source, the same facts as the one-cell form. */
export function catalogDetailTable(today: string = todayIso()): Table {
  return [CATALOG_DETAIL_HEADER, ...catalogSources(today), ["precedence", "a price_sheet row in force on the date, else the catalog's list price"]];
}

function catalogSources(today: string): [string, string][] {
  const api = apiPriceFacts(today);
  const tierProviders = [...new Set(billingRows.map((row) => row.provider))].join(", ");
  return [
    ["API prices", `${api.source} ${api.version} (${api.license}), ${api.models} models from ${api.providers} providers, newest price change in force ${api.inForce} (on ${today}); ${scheduledText(new Map(api.scheduled))}`],
    ["fine-tuning prices", `LLMCOST finetune-prices (${api.finetuneModels} models, as of ${api.finetuneAsOf})`],
    gpuPriceCatalogSource(),
    ["service tiers and regions", `LLMCOST service-tiers (${billingRows.length} sourced rows for ${tierProviders}, as of ${billingDataDate})`],
    ["model retirements", `LLMCOST model-lifecycle (${retirementRows.length} sourced shutdown dates)`],
    ["vector storage", `${defaultVectorDbPrice.provider} ${defaultVectorDbPrice.plan} ${defaultVectorDbPrice.storage_usd_per_gb_month} USD/GB-month, ${defaultVectorDbPrice.read_usd_per_million_units} USD per 1M read units, ${defaultVectorDbPrice.minimum_usd_per_month} USD monthly minimum (as of ${defaultVectorDbPrice.as_of})`],
    ["API fees", feesDescription()],
  ];
}
