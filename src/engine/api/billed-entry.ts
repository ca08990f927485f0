import { invalidValue } from "../errors";
import { resolveApiModel, type PricedModel } from "./catalog";
import { billingRows, type BillingRow } from "./tiers";

/**
 * Where a provider prices regions as separate catalog entries (Bedrock: `global.…` and `regional.…` inference
 * profiles), the region picks the entry. `regionRow` is undefined where the provider prices regions by multiplier
 * instead (the caller applies those), else the row used (null: the entry as typed).
 */
export interface BilledEntry {
  model: string;
  regionRow?: BillingRow | null;
}

const strip = (id: string) => id.toLowerCase().replace(/^(global|regional)\./, "");

function resolvedOrNull(model: string): PricedModel | null {
  try {
    return resolveApiModel(model);
  } catch {
    return null;
  }
}

export function billedEntry(model: string, region: string | null, asOf: string | null): BilledEntry {
  if (region === null || region.trim() === "") return { model };
  const resolved = resolvedOrNull(model);
  if (resolved === null) return { model };
  const provider = resolved.provider.id;
  const profiles = billingRows.filter((row) => row.provider === provider && row.kind === "region" && row.entry_prefix !== undefined && (asOf === null || row.valid_from === null || row.valid_from <= asOf));
  if (profiles.length === 0) return { model };
  const wanted = region.trim().toLowerCase();
  const row = profiles.find((candidate) => candidate.name === wanted);
  const core = strip(resolved.model.id);
  const offered = profiles.filter((candidate) => resolvedOrNull(`${provider}:${candidate.entry_prefix}${core}`)?.model.id.toLowerCase() === `${candidate.entry_prefix}${core}`);
  if (!row || !offered.includes(row)) {
    const names = offered.map((candidate) => candidate.name);
    const params = { model: `${provider}:${resolved.model.id}`, value: region.trim().slice(0, 40), provider };
    if (names.length === 0) throw invalidValue("errors.onlyItsOwnProfile", params);
    throw invalidValue("errors.noSuchBilling", { ...params, kind: "region", asOf: "none", offered: names.join(", ") });
  }
  return { model: `${provider}:${row.entry_prefix}${core}`, regionRow: row };
}
