import type { Message } from "../../i18n/catalog";
import { readNumber } from "./numbers";
import { because, excerpt, isReason } from "./reasons";
import { emptyRow, monthOfIsoText, providerOfModel, teamOrUnassigned } from "./normalise";
import type { ChargeKind, UsageRow } from "./types";

/**
 * FOCUS (FinOps Open Cost and Usage Specification, focus.finops.org) cost-and-usage rows, 1.0 to 1.3 and later, as
 * Azure Cost Management (incl. Azure OpenAI / AI Foundry), AWS Data Exports "FOCUS 1.2 with AWS columns" (incl.
 * Bedrock) and Google Cloud's FOCUS export (incl. Vertex AI) write them. One reader per header layout; each row is
 * read on its own (streaming). What is read:
 * - AI rows: ServiceCategory "AI and Machine Learning" with ServiceSubcategory "Generative AI" (1.1+), or a
 *   generative-AI ServiceName (OpenAI, Bedrock, Vertex AI, Gemini, Claude, AI Foundry), or a token unit. Other rows
 *   are skipped and counted (with their billed cost) in a warning, never dropped silently.
 * - model: SkuPriceDetails' ModelId (or Model) where present, else the meter (SkuMeter, AWS x_UsageType, Azure
 *   x_SkuMeterName, ChargeDescription) with its token-kind, tier and region words taken off.
 * - token kind (input, output, cache read, cache write 5 min / 1 h) from the meter's words; none found: rejected.
 * - tokens: ConsumedQuantity when ConsumedUnit is a token unit, else PricingQuantity × the PricingUnit's size
 *   ("1000 Tokens", "1K tokens", "1M Tokens", "1,000,000 Tokens"); never a per-million guess: an unknown unit is
 *   rejected with its text.
 * - BilledCost, EffectiveCost, ListCost, ContractedCost, BillingCurrency, BillingPeriodStart, InvoiceId (1.2+).
 * - ChargeCategory: Usage carries tokens; Purchase, Credit, Tax and Adjustment rows are their own lines with money
 *   only (never volume). ChargeClass "Correction" may carry negative quantities.
 * - team: the Tags JSON's team / project / cost-center key, else the sub-account name.
 * - tier: batch / provisioned / priority / flex from the meter; region: RegionId (or RegionName).
 */
export type FocusVersion = "1.0" | "1.1" | "1.2" | "1.3+";

/** The FOCUS version a header row shows, or null when it is not FOCUS (BilledCost, ChargeCategory and ChargePeriodStart all needed). */
export function focusVersion(headers: string[]): FocusVersion | null {
  const has = new Set(headers.map((h) => h.trim().toLowerCase()));
  if (!["billedcost", "chargecategory", "chargeperiodstart"].every((column) => has.has(column))) return null;
  if (["serviceprovidername", "hostprovidername", "allocatedmethodid", "contractapplied"].some((c) => has.has(c))) return "1.3+";
  if (["invoiceid", "pricingcurrency", "billingaccounttype"].some((c) => has.has(c))) return "1.2";
  if (["skumeter", "skupricedetails", "servicesubcategory", "capacityreservationid"].some((c) => has.has(c))) return "1.1";
  return "1.0";
}

const COLUMNS = {
  chargePeriodStart: ["ChargePeriodStart"],
  billingPeriodStart: ["BillingPeriodStart"],
  chargeCategory: ["ChargeCategory"],
  chargeClass: ["ChargeClass"],
  serviceCategory: ["ServiceCategory"],
  serviceSubcategory: ["ServiceSubcategory"],
  serviceName: ["ServiceName"],
  provider: ["ServiceProviderName", "ProviderName"],
  skuPriceDetails: ["SkuPriceDetails"],
  meter: ["SkuMeter", "x_SkuMeterName", "x_UsageType", "x_SkuDescription", "ChargeDescription"],
  consumedQuantity: ["ConsumedQuantity"],
  consumedUnit: ["ConsumedUnit"],
  pricingQuantity: ["PricingQuantity"],
  pricingUnit: ["PricingUnit"],
  billedCost: ["BilledCost"],
  effectiveCost: ["EffectiveCost"],
  listCost: ["ListCost"],
  contractedCost: ["ContractedCost"],
  currency: ["BillingCurrency"],
  invoiceId: ["InvoiceId"],
  tags: ["Tags"],
  subAccount: ["SubAccountName"],
  region: ["RegionId", "RegionName"],
} as const;
type Column = keyof typeof COLUMNS;

export interface FocusSkip {
  skipped: true;
  /** Why: a kind of row that is not token usage ("otherServices": not generative AI), for the count in the warning. */
  what: "otherServices";
  billed: number;
}

export type FocusRead = UsageRow | Message | FocusSkip;

/** The columns of a header row by their FOCUS names (first listed name present wins; compared case-insensitively). */
function columnIndexes(headers: string[]): Partial<Record<Column, number[]>> {
  const lower = headers.map((h) => h.trim().toLowerCase());
  const out: Partial<Record<Column, number[]>> = {};
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const found = names.map((name) => lower.indexOf(name.toLowerCase())).filter((i) => i >= 0);
    if (found.length > 0) out[column] = found;
  }
  return out;
}

const GENERATIVE_SERVICE = /openai|bedrock|vertex ai|gemini|claude|anthropic|ai foundry|foundry models|generative/i;
const NON_USAGE: Record<string, ChargeKind> = { purchase: "purchase", credit: "credit", tax: "tax", adjustment: "adjustment" };

/** Tokens per unit of a unit text ("Tokens" 1, "1K Tokens" 1,000, "1000000 Tokens" 1,000,000), or null when it is not a token unit. */
export function tokenUnitSize(unit: string): number | null {
  const text = unit.trim().toLowerCase().replace(/,/g, "");
  const match = /^(?:(\d+(?:\.\d+)?)\s*(k|m|thousand|million)?\s*)?tokens?$/.exec(text) ?? /^(k|m|thousand|million)\s+tokens?$/.exec(text);
  if (!match) return null;
  const [count, scale] = match.length === 3 ? [match[1], match[2]] : [undefined, match[1]];
  const factor = scale === "k" || scale === "thousand" ? 1_000 : scale === "m" || scale === "million" ? 1_000_000 : 1;
  return (count === undefined ? 1 : Number(count)) * factor;
}

type TokenKind = "input" | "cached" | "cacheWrite" | "cacheWrite1h" | "output";

/** The token kind a meter names, or null. */
export function tokenKindOf(meter: string): TokenKind | null {
  const m = meter.toLowerCase();
  if (/cache[ds]?[ _-]?(write|creation|storage)|cache[ _-]?wr\b/.test(m)) return /\b1 ?h(our)?\b|1h/.test(m) ? "cacheWrite1h" : "cacheWrite";
  if (/cache[ds]?[ _-]?(read|hit)|cached|\bcchd\b/.test(m)) return "cached";
  if (/output|\boutp?\b|completion|generated/.test(m)) return "output";
  if (/input|\binp\b|prompt/.test(m)) return "input";
  return null;
}

/** The first word of a meter that is no longer the model's name: a token kind, a tier, a deployment or a unit. */
const AFTER_MODEL = /[ _-]+(?:batch|cached|cache|input|inp|output|outp|prompt|completion|generated|provisioned|ptu|priority|flex|regional|regnl|global|glbl|data[\s_-]?zone|standard|on[\s_-]?demand|tokens?|1k|1m|\()/;

/**
 * A model id from a meter text: what comes before its first token-kind, tier, deployment or unit word, without an
 * AWS usage-type region prefix, lower-cased, spaces and underscores as hyphens: "USE1-Claude-3-5-Haiku-input-tokens"
 * → "claude-3-5-haiku", "gpt-4.1-mini Cached Input Global Tokens" → "gpt-4.1-mini". The same rule as docs/sql.
 */
export function modelFromMeter(meter: string): string {
  const lower = meter.trim().toLowerCase();
  const text = /^[a-z]{2,4}[0-9]-[a-z]/.test(lower) ? lower.slice(lower.indexOf("-") + 1) : lower;
  const cut = AFTER_MODEL.exec(text);
  return (cut ? text.slice(0, cut.index) : text).replace(/[ _]/g, "-");
}

/** The first of these keys a JSON object holds as non-empty text (keys compared exactly, as SQL's JSON paths do). */
function firstKey(json: string, keys: readonly string[]): string | null {
  if (!json.trim().startsWith("{")) return null;
  try {
    const parsed = JSON.parse(json) as Record<string, unknown>;
    for (const key of keys) if (typeof parsed[key] === "string" && parsed[key] !== "") return parsed[key] as string;
  } catch {
    // not JSON: nothing found
  }
  return null;
}

/** SkuPriceDetails keys that name the model. */
export const MODEL_KEYS = ["ModelId", "Model"] as const;
/** Tag keys that name the team, in order (Azure and Google tags, AWS user-defined cost allocation tags). */
export const TEAM_TAG_KEYS = ["team", "Team", "user:team", "project", "user:project", "cost-center", "costcenter", "CostCenter", "user:cost-center", "department"] as const;

const modelFromDetails = (details: string) => firstKey(details, MODEL_KEYS)?.trim().toLowerCase() ?? null;
const teamFromTags = (tags: string) => firstKey(tags, TEAM_TAG_KEYS);

function tierOfMeter(meter: string): string {
  const m = meter.toLowerCase();
  if (/\bbatch\b/.test(m)) return "batch";
  if (/provisioned|\bptu\b/.test(m)) return "provisioned";
  if (/priority/.test(m)) return "priority";
  if (/\bflex\b/.test(m)) return "flex";
  return "standard";
}

/** A quantity that should be whole (tokens): rounded when within floating-point noise, else null. */
function wholeTokens(value: number): number | null {
  const rounded = Math.round(value);
  return Math.abs(value - rounded) <= 1e-6 * Math.max(1, Math.abs(value)) ? rounded : null;
}

/** A row reader for one FOCUS header layout. */
export function focusReader(headers: string[]): (fields: string[]) => FocusRead {
  const at = columnIndexes(headers);
  const width = headers.length;
  const cell = (fields: string[], column: Column): string => {
    for (const index of at[column] ?? []) {
      const value = fields[index];
      if (value !== undefined && value.trim() !== "") return value.trim();
    }
    return "";
  };
  const money = (fields: string[], column: Column): number | null | Message => {
    const text = cell(fields, column);
    const value = readNumber(text);
    if (value !== null && !Number.isFinite(value)) return because("pane.usage.notNumber", { column: COLUMNS[column][0], text: excerpt(text) });
    return value;
  };
  return (fields) => {
    if (fields.length !== width) return because("pane.usage.fieldCount", { fields: String(fields.length), width: String(width) });
    const category = cell(fields, "chargeCategory").toLowerCase();
    const charge: ChargeKind | undefined = category === "usage" ? "usage" : NON_USAGE[category];
    if (!charge) return because("pane.usage.focusBadCharge", { text: excerpt(cell(fields, "chargeCategory")) });
    const costs = { billedCost: money(fields, "billedCost"), effectiveCost: money(fields, "effectiveCost"), listCost: money(fields, "listCost"), contractedCost: money(fields, "contractedCost") };
    for (const value of Object.values(costs)) if (isReason(value)) return value;
    const billed = (costs.billedCost as number | null) ?? 0;
    const details = cell(fields, "skuPriceDetails");
    const meter = cell(fields, "meter");
    const consumedUnit = cell(fields, "consumedUnit");
    const pricingUnit = cell(fields, "pricingUnit");
    const tokenMetered = tokenUnitSize(consumedUnit) !== null || tokenUnitSize(pricingUnit) !== null;
    const service = cell(fields, "serviceName");
    const generative =
      cell(fields, "serviceCategory").toLowerCase() === "ai and machine learning" &&
      (cell(fields, "serviceSubcategory").toLowerCase() === "generative ai" || GENERATIVE_SERVICE.test(service) || tokenMetered);
    if (!generative) return { skipped: true, what: "otherServices", billed };
    const month = monthOfIsoText(cell(fields, "chargePeriodStart"));
    if (month === null) return because("pane.usage.notDate", { column: "ChargePeriodStart", text: excerpt(cell(fields, "chargePeriodStart")) });
    const billingText = cell(fields, "billingPeriodStart");
    const billingMonth = billingText === "" ? "" : monthOfIsoText(billingText);
    if (billingMonth === null) return because("pane.usage.notDate", { column: "BillingPeriodStart", text: excerpt(billingText) });
    const model = modelFromDetails(details) ?? modelFromMeter(meter);
    const provider = (cell(fields, "provider") || (model ? providerOfModel(model) : "")).toLowerCase() || "(unknown)";
    const invoiceId = cell(fields, "invoiceId");
    const row: UsageRow = emptyRow({
      month,
      provider,
      // A purchase, credit, tax or adjustment row is named by its service (it rarely names a model).
      model: charge === "usage" ? model : service.toLowerCase() || `(${charge})`,
      team: teamOrUnassigned(teamFromTags(cell(fields, "tags")) ?? cell(fields, "subAccount")),
      tier: tierOfMeter(meter),
      region: cell(fields, "region").toLowerCase(),
      charge,
      billedCost: costs.billedCost as number | null,
      listCost: costs.listCost as number | null,
      contractedCost: costs.contractedCost as number | null,
      effectiveCost: costs.effectiveCost as number | null,
      invoicedCost: invoiceId ? billed : 0,
      currency: cell(fields, "currency").toUpperCase() || (costs.billedCost !== null ? "USD" : ""),
      billingMonth: billingMonth || (invoiceId ? month : ""),
      invoiceId,
    });
    if (charge !== "usage") return row;
    if (!model) return because("pane.usage.focusNoModel");
    const kind = tokenKindOf(meter);
    if (kind === null) return because("pane.usage.focusNoTokenKind", { meter: excerpt(meter, 60) });
    const tokens = tokenCount(cell(fields, "consumedQuantity"), consumedUnit, cell(fields, "pricingQuantity"), pricingUnit, cell(fields, "chargeClass").toLowerCase() === "correction");
    if (isReason(tokens)) return tokens;
    if (kind === "cached") {
      row.cachedInputTokens = tokens;
      row.inputTokens = tokens;
    } else if (kind === "input") row.inputTokens = tokens;
    else if (kind === "output") row.outputTokens = tokens;
    else if (kind === "cacheWrite") row.cacheWriteTokens = tokens;
    else row.cacheWrite1hTokens = tokens;
    return row;
  };
}

function tokenCount(consumed: string, consumedUnit: string, pricing: string, pricingUnit: string, correction: boolean): number | Message {
  const consumedSize = tokenUnitSize(consumedUnit);
  const pricingSize = tokenUnitSize(pricingUnit);
  let tokens: number | null = null;
  if (consumedSize !== null && consumed !== "") {
    const quantity = readNumber(consumed);
    if (quantity === null || !Number.isFinite(quantity)) return because("pane.usage.notNumber", { column: "ConsumedQuantity", text: excerpt(consumed) });
    tokens = quantity * consumedSize;
  } else if (pricingSize !== null && pricing !== "") {
    const quantity = readNumber(pricing);
    if (quantity === null || !Number.isFinite(quantity)) return because("pane.usage.notNumber", { column: "PricingQuantity", text: excerpt(pricing) });
    tokens = quantity * pricingSize;
  } else {
    const units = consumedUnit && pricingUnit ? "both" : consumedUnit ? "consumed" : pricingUnit ? "pricing" : "none";
    return because("pane.usage.focusNoTokenUnit", { units, consumed: consumedUnit, pricing: pricingUnit });
  }
  const whole = wholeTokens(tokens);
  if (whole === null) return because("pane.usage.focusNotWholeTokens", { tokens: String(tokens) });
  if (whole < 0 && !correction) return because("pane.usage.focusNegative", { tokens: String(whole) });
  return whole;
}
