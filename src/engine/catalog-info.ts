import { apiCatalog } from "./api/catalog";
import { finetuneRows } from "./api/prices";
import { defaultVectorDbPrice } from "./api/vector-store";
import { billingDataDate, billingRows } from "./api/tiers";
import { retirementRows } from "./api/lifecycle";
import { todayIso } from "./dates";
import type { Table } from "./api/tables";
import { gpuPriceCatalogSource } from "./selfhost/pricing";
import type { Message } from "../i18n/catalog";
import { render } from "../i18n/messages";

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

/** Messages joined into one text in `language` (a list inside a message: its items are rendered first). */
const joined = (items: Message[], language: string, separator = ", "): string => items.map((item) => render(item, language)).join(separator);

function scheduledText(scheduled: Map<string, number>, language: string): Message {
  if (scheduled.size === 0) return { id: "errors.catalogNoScheduled" };
  const changes = [...scheduled.entries()].map(([date, count]): Message => ({ id: "errors.catalogScheduledChange", params: { date, count } }));
  return { id: "errors.catalogScheduled", params: { changes: joined(changes, language) } };
}

/** A package price key as a fee: `web_searches_kcount` → "web_searches (per 1,000)" (the package's own name, an id in every language; its unit from the key's ending). */
function feeOf(key: string, count: number): Message {
  const unit = /_(mtok|kcount|kpages|hours)$/.exec(key)?.[1] ?? "none";
  const bare = key.replace(/_(mtok|kcount|kpages|hours)$/, "");
  return { id: "errors.catalogFee", params: { key: bare, unit, count } };
}

let feeCounts: { perRequest: number; uncounted: [string, number][] } | undefined;
/** Models with per-request fees, and the fees of the newest catalog prices that no argument counts (most common first). */
function feeFacts(): { perRequest: number; uncounted: [string, number][] } {
  if (feeCounts !== undefined) return feeCounts;
  const uncounted = new Map<string, number>();
  let perRequest = 0;
  for (const model of apiCatalog.models) {
    const newest = model.history[model.history.length - 1];
    if (newest.requests_kcount) perRequest++;
    for (const key of newest.uncounted_fees ?? []) uncounted.set(key, (uncounted.get(key) ?? 0) + 1);
  }
  feeCounts = { perRequest, uncounted: [...uncounted.entries()].sort((a, b) => b[1] - a[1]) };
  return feeCounts;
}

/** What INFERENCE adds beyond tokens, and the fees no argument counts. */
function feesDescription(language: string): Message {
  const { perRequest, uncounted } = feeFacts();
  return { id: "errors.catalogApiFeesDetail", params: { perRequest: String(perRequest), fees: joined(uncounted.map(([key, count]) => feeOf(key, count)), language) } };
}

const PRECEDENCE: [Message, Message] = [{ id: "errors.catalogPrecedence" }, { id: "errors.catalogPrecedenceDetail" }];

/**
 * CATALOG: which sources price this workbook, their versions and newest dates — for a budget's audit trail; in the
 * display language (ids, versions, dates and numbers as the data writes them).
 */
export function catalogDescription(language: string = "en", today: string = todayIso()): string {
  return [...catalogSources(today, language), PRECEDENCE]
    .map(([source, detail]) => render({ id: "errors.catalogSourceLine", params: { source, detail } }, language))
    .join("; ");
}

export const CATALOG_DETAIL_HEADER = ["source", "detail"];

/** CATALOG(TRUE): one row per source, the same facts as the one-cell form (the header row stays as ids). */
export function catalogDetailTable(language: string = "en", today: string = todayIso()): Table {
  return [CATALOG_DETAIL_HEADER, ...[...catalogSources(today, language), PRECEDENCE].map(([source, detail]) => [render(source, language), render(detail, language)])];
}

function catalogSources(today: string, language: string): [Message, Message][] {
  const api = apiPriceFacts(today);
  const tierProviders = [...new Set(billingRows.map((row) => row.provider))].join(", ");
  const vector = defaultVectorDbPrice;
  return [
    [
      { id: "errors.catalogApiPrices" },
      {
        id: "errors.catalogApiPricesDetail",
        params: { source: api.source, version: api.version, license: api.license, models: String(api.models), providers: String(api.providers), inForce: api.inForce, today, scheduled: scheduledText(new Map(api.scheduled), language) },
      },
    ],
    [{ id: "errors.catalogFinetunePrices" }, { id: "errors.catalogFinetunePricesDetail", params: { models: String(api.finetuneModels), asOf: api.finetuneAsOf } }],
    gpuPriceCatalogSource(),
    [{ id: "errors.catalogTiers" }, { id: "errors.catalogTiersDetail", params: { rows: String(billingRows.length), providers: tierProviders, asOf: billingDataDate } }],
    [{ id: "errors.catalogRetirements" }, { id: "errors.catalogRetirementsDetail", params: { rows: String(retirementRows.length) } }],
    [
      { id: "errors.catalogVectorStorage" },
      {
        id: "errors.catalogVectorStorageDetail",
        params: { provider: vector.provider, plan: vector.plan, storage: String(vector.storage_usd_per_gb_month), read: String(vector.read_usd_per_million_units), minimum: String(vector.minimum_usd_per_month), asOf: vector.as_of },
      },
    ],
    [{ id: "errors.catalogApiFees" }, feesDescription(language)],
  ];
}
