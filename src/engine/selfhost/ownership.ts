import { gpuOwnership as ownership } from "../../data";
import { impossibleNumber, notAvailable } from "../errors";
import { fraction, nonNegative, positive } from "../validate";
import { findGpu } from "./catalog";
import { given, optionsObject, orDefault, type Maybe } from "./options";

export interface OwnershipOptions {
  /** Price paid per GPU (USD); default the catalog's dated street price, where it has one. */
  purchaseUsd?: Maybe<number>;
  /** Years the purchase is spread over; default 5. */
  years?: Maybe<number>;
  /** Electricity price, USD per kWh; default 0.08. */
  usdPerKwh?: Maybe<number>;
  /** Data-centre power usage effectiveness (facility power / IT power); default 1.2. */
  pue?: Maybe<number>;
  /** Yearly operating cost other than power, as a share of the purchase price; default 0.1. */
  yearlyOpexShare?: Maybe<number>;
}

export interface OwnershipCost {
  capexUsdPerHour: number;
  powerUsdPerHour: number;
  opexUsdPerHour: number;
  usdPerGpuHour: number;
}

const HOURS_PER_YEAR = 8760;
export const OWNERSHIP_DEFAULTS = ownership.defaults;

/** The catalog's dated purchase price of a GPU; #N/A naming the argument to pass where there is none. */
function catalogPurchaseUsd(gpuId: string): number {
  const row = ownership.purchase.find((r) => r.gpu === gpuId);
  if (!row) {
    const priced = ownership.purchase.map((r) => r.gpu).join(", ");
    throw notAvailable("errors.noPurchasePrice", { gpu: gpuId, priced });
  }
  return row.usd;
}

/**
 * USD per hour of owning one GPU for every hour of its life (an owned GPU costs the same idle or busy):
 *   capex = purchase / (years x 8760)
 *   power = board power (kW) x PUE x USD per kWh
 *   opex  = purchase x yearly opex share / 8760
 */
export function gpuOwnershipCost(gpu: string, options?: Maybe<OwnershipOptions>): OwnershipCost {
  const card = findGpu(gpu);
  const o = optionsObject(options);
  const purchase = given(o.purchaseUsd) ? nonNegative(o.purchaseUsd, "purchaseUsd") : catalogPurchaseUsd(card.id);
  const years = positive(orDefault(o.years, OWNERSHIP_DEFAULTS.years), "years");
  const usdPerKwh = nonNegative(orDefault(o.usdPerKwh, OWNERSHIP_DEFAULTS.usd_per_kwh), "usdPerKwh");
  const pue = positive(orDefault(o.pue, OWNERSHIP_DEFAULTS.pue), "pue");
  if (pue < 1) throw impossibleNumber("errors.pueBelowOne", { value: pue });
  const opexShare = fraction(orDefault(o.yearlyOpexShare, OWNERSHIP_DEFAULTS.yearly_opex_share), "yearlyOpexShare");
  const capexUsdPerHour = purchase / (years * HOURS_PER_YEAR);
  const powerUsdPerHour = (card.board_power_w / 1000) * pue * usdPerKwh;
  const opexUsdPerHour = (purchase * opexShare) / HOURS_PER_YEAR;
  return { capexUsdPerHour, powerUsdPerHour, opexUsdPerHour, usdPerGpuHour: capexUsdPerHour + powerUsdPerHour + opexUsdPerHour };
}

/** GPUTCO: USD per GPU-hour of owning a GPU. */
export function gpuOwnershipUsdPerHour(gpu: string, options?: Maybe<OwnershipOptions>): number {
  return gpuOwnershipCost(gpu, options).usdPerGpuHour;
}
