import { provisionedThroughput, type ProvisionedModel, type ProvisionedOffer, type ProvisionedTerm } from "../../data";
import { invalidValue, notAvailable } from "../errors";
import { finite } from "../validate";
import { resolveApiModel } from "./catalog";
import { inferenceCost, tokenCount } from "./costs";

/**
 * PROVISIONED: provisioned throughput against pay-as-you-go for a monthly workload. The units a workload needs at its
 * busiest minute (a peak-to-average ratio over the month's average), rounded up to the offer's minimum and increment;
 * what they cost a month at the term's price; what the same tokens cost at the provider's list price (INFERENCE); and
 * the break-even utilization: the average use of the bought capacity at which both cost the same. Offers, prices and
 * per-model capacities come from the dated, sourced src/data/provisioned-throughput.json; an offer whose prices are
 * not published (quote_only) is #N/A saying so, never a guessed price.
 */

export const PROVISIONED_HEADER = ["offer", "units", "unit", "monthly USD", "pay-as-you-go USD", "break-even utilization", "average utilization"];

export interface ProvisionedWorkload {
  inputTokens: number;
  outputTokens: number;
  /** Part of inputTokens read from a prompt cache. */
  cachedInputTokens?: number | null;
  /** Requests the month's tokens are spread over (long-context tiers and per-request fees of the pay-as-you-go price). */
  requests?: number | null;
}

export interface ProvisionedChoice {
  /** Busiest minute's traffic over the average minute's; omitted: 1. */
  peakToAverage?: number | null;
  offer?: string | null;
  term?: string | null;
}

const DEFAULT_TERM = "1-month";
const offers: ProvisionedOffer[] = provisionedThroughput.offers;
const HOURS = provisionedThroughput.hours_per_month;

/** The model an offer row names, from a catalog entry's id: no Bedrock profile or vendor prefix, version suffix or date stamp. */
export function coreModelId(id: string): string {
  return id
    .toLowerCase()
    .replace(/^(global|regional|us|eu|apac|jp|au)\./, "")
    .replace(/^anthropic\./, "")
    .replace(/-v\d+(:\d+)?$/, "")
    .replace(/-\d{8}$/, "");
}

const serves = (offer: ProvisionedOffer, core: string) => offer.models.find((row) => row.model === core || (row.catalog_ids ?? []).includes(core));
const pricedOfferIds = () => offers.filter((offer) => !offer.quote_only).map((offer) => offer.id).join(", ");

function chooseOffer(requested: string | null | undefined, provider: string, core: string, label: string): ProvisionedOffer {
  if (requested !== null && requested !== undefined && requested.trim() !== "") {
    const id = requested.trim().toLowerCase();
    const found = offers.find((offer) => offer.id === id);
    if (!found) throw invalidValue("errors.unknownChoice", { name: "offer", value: requested.trim().slice(0, 40), allowed: offers.map((offer) => offer.id).join(", ") });
    return found;
  }
  const own = offers.find((offer) => offer.provider === provider && !offer.quote_only && serves(offer, core));
  if (own) return own;
  const others = offers.filter((offer) => serves(offer, core)).map((offer) => offer.id);
  if (others.length > 0) throw notAvailable("errors.provisionedNoOffer", { model: label, kind: "offers", choices: others.join(", ") });
  const models = [...new Set(offers.flatMap((offer) => offer.models.map((row) => `${offer.provider}:${row.model}`)))];
  throw notAvailable("errors.provisionedNoOffer", { model: label, kind: "models", choices: models.join(", ") });
}

function chooseTerm(offer: ProvisionedOffer, requested: string | null | undefined, asOf: string | null): ProvisionedTerm {
  const name = requested === null || requested === undefined || requested.trim() === "" ? null : requested.trim().toLowerCase();
  const term = name === null ? (offer.terms.find((row) => row.term === DEFAULT_TERM) ?? offer.terms[0]) : offer.terms.find((row) => row.term === name);
  if (!term) throw invalidValue("errors.provisionedNoTerm", { offer: offer.id, value: String(requested).trim().slice(0, 40), terms: offer.terms.map((row) => row.term).join(", ") });
  if (asOf !== null && term.valid_from !== null && asOf < term.valid_from) {
    throw notAvailable("errors.provisionedNotYetPriced", { offer: offer.id, term: term.term, from: term.valid_from, asOf });
  }
  return term;
}

/** A unit's price per month on the term: per hour × the billing month's hours, per month, or per year / 12. */
function unitMonthlyUsd(term: ProvisionedTerm): number {
  // Vertex publishes round monthly prices as 9-decimal hourly rates (2,700 / 730 = 3.698630137): back to the cent's millionth.
  if (term.usd_per_unit_hour !== undefined) return Math.round(term.usd_per_unit_hour * HOURS * 1e6) / 1e6;
  if (term.usd_per_unit_month !== undefined) return term.usd_per_unit_month;
  if (term.usd_per_unit_year !== undefined) return term.usd_per_unit_year / 12;
  throw new Error(`provisioned-throughput.json: term ${term.term} has no price`); // a data defect the schema test names
}

/** Whole units: at least the minimum, then in steps of the increment (a float's last bit never buys a unit). */
export function unitsFor(needed: number, minimum: number, increment: number): number {
  const steps = Math.max(0, Math.ceil((needed - minimum) / increment - 1e-9));
  return minimum + steps * increment;
}

interface Sizing {
  units: number;
  unit: string;
  monthlyUsd: number;
  /** Average use of the capacity bought: of its binding dimension where input and output are bought apart. */
  utilization: number;
}

function weightedSizing(offer: ProvisionedOffer, row: ProvisionedModel, term: ProvisionedTerm, load: Load, peak: number): Sizing {
  const periods = offer.capacity === "weighted_per_second" ? HOURS * 3600 : HOURS * 60;
  const weighted = load.uncached + load.cached * row.cached_weight + load.output * row.output_weight;
  const average = weighted / periods;
  const units = unitsFor((average * peak) / row.throughput_per_unit, row.minimum_units, row.increment);
  return { units, unit: offer.unit, monthlyUsd: units * unitMonthlyUsd(term), utilization: average / (units * row.throughput_per_unit) };
}

function separateSizing(offer: ProvisionedOffer, row: ProvisionedModel, term: ProvisionedTerm, load: Load, peak: number): Sizing {
  const price = row.prices?.find((candidate) => candidate.term === term.term);
  if (!price) throw invalidValue("errors.provisionedNoTerm", { offer: offer.id, value: term.term, terms: (row.prices ?? []).map((p) => p.term).join(", ") });
  const minutes = HOURS * 60;
  const averageIn = load.uncached / minutes;
  const averageOut = load.output / minutes;
  const inputUnits = unitsFor((averageIn * peak) / row.throughput_per_unit, row.minimum_units, row.increment);
  const outputUnits = unitsFor((averageOut * peak) / row.throughput_per_unit, row.minimum_output_units ?? 1, row.increment);
  return {
    units: inputUnits + outputUnits,
    unit: `${offer.unit} (${inputUnits} input + ${outputUnits} output)`,
    monthlyUsd: (inputUnits * price.input_usd_per_unit_hour + outputUnits * price.output_usd_per_unit_hour) * HOURS,
    utilization: Math.max(averageIn / (inputUnits * row.throughput_per_unit), averageOut / (outputUnits * row.throughput_per_unit)),
  };
}

interface Load {
  /** Input tokens that are not cache reads (cache writes included: they use capacity as input does). */
  uncached: number;
  cached: number;
  output: number;
}

function workloadLoad(workload: ProvisionedWorkload): Load {
  const input = tokenCount(workload.inputTokens, "monthly_input_tokens");
  const output = tokenCount(workload.outputTokens, "monthly_output_tokens");
  const cached = tokenCount(workload.cachedInputTokens ?? 0, "cached_input_tokens");
  if (cached > input) throw invalidValue("errors.cachedAboveMonthlyInput", { cached, input });
  return { uncached: input - cached, cached, output };
}

function peakRatio(value: number | null | undefined): number {
  if (value === null || value === undefined) return 1;
  finite(value, "peak_to_average");
  if (value < 1) throw invalidValue("errors.peakToAverageBelowOne", { value });
  return value;
}

/** One row under PROVISIONED_HEADER: offer, units, unit, monthly USD, pay-as-you-go USD, break-even and average utilization. */
export function provisionedTable(model: string, workload: ProvisionedWorkload, choice: ProvisionedChoice, asOf: string | null): (string | number)[][] {
  const resolved = resolveApiModel(model);
  const core = coreModelId(resolved.model.id);
  const label = `${resolved.provider.id}:${resolved.model.id}`;
  const offer = chooseOffer(choice.offer, resolved.provider.id, core, label);
  if (offer.quote_only) throw notAvailable("errors.provisionedQuoteOnly", { name: offer.name, source: offer.source, offers: pricedOfferIds() });
  const row = serves(offer, core);
  if (!row) throw notAvailable("errors.provisionedModelNotServed", { offer: offer.id, model: label, models: offer.models.map((m) => m.model).join(", ") });
  const term = chooseTerm(offer, choice.term, asOf);
  const load = workloadLoad(workload);
  const peak = peakRatio(choice.peakToAverage);
  const sizing = offer.capacity === "input_output_per_minute" ? separateSizing(offer, row, term, load, peak) : weightedSizing(offer, row, term, load, peak);
  // The analyst's own entry where the offer is its provider's; else the entry the offer names (bare "gpt-4o" for Azure).
  const paygModel = resolved.provider.id === offer.provider ? label : `${offer.provider}:${row.model}`;
  const payAsYouGo = inferenceCost(
    paygModel,
    { inputTokens: load.uncached + load.cached, outputTokens: load.output, cachedInputTokens: load.cached, requests: workload.requests ?? null },
    asOf,
    null,
    { region: offer.payg_region },
  );
  // At full use the same mix of tokens would cost payAsYouGo / utilization; the break-even is where that equals the commitment.
  const breakEven = payAsYouGo > 0 && sizing.utilization > 0 ? (sizing.monthlyUsd * sizing.utilization) / payAsYouGo : "n/a";
  return [PROVISIONED_HEADER, [`${offer.id} ${term.term}: ${offer.name}`, sizing.units, sizing.unit, sizing.monthlyUsd, payAsYouGo, breakEven, sizing.utilization]];
}
