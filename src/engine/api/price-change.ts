import { invalidValue } from "../errors";
import { resolveApiModel, type PriceSet, type TokenPrice } from "./catalog";
import { todayIso } from "../dates";
import { render } from "../../i18n/messages";

type Table = (string | number)[][];

/**
 * PRICECHANGE: what changed in a model's list prices between two dates, one row per price type that changed: the
 * budget pinned to a price date says what moved since. Changes dated after today are scheduled and marked so.
 */

export const PRICE_CHANGE_HEADER = ["date", "price type", "old (USD/1M)", "new (USD/1M)", "change (fraction, 0.1 = 10%)", "status"];

/** Every price a history entry may carry, in the order rows list them. */
const PRICE_KEYS: (keyof PriceSet)[] = [
  "input", "output", "cache_read", "cache_write", "cache_write_1h",
  "input_audio", "output_audio", "cache_audio_read", "input_image", "output_image", "cache_image_read", "requests_kcount",
];

/** A price as labelled numbers: its base rate under its own name, each long-context tier as "input above 200,000 tokens". */
function segments(key: string, price: TokenPrice | number | undefined): Map<string, number> {
  const label = key === "requests_kcount" ? "requests (USD/1,000)" : key;
  const found = new Map<string, number>();
  if (price === undefined) return found;
  if (typeof price === "number") return found.set(label, price);
  found.set(label, price.base);
  for (const tier of price.tiers) found.set(`${label} above ${tier.start.toLocaleString("en-US")} tokens`, tier.price);
  return found;
}


export function priceChangeTable(model: string, from: string | null, to: string | null, today: string = todayIso(), language: string = "en"): Table {
  if (from === null) throw invalidValue("errors.fromDateRequired");
  if (to !== null && to < from) throw invalidValue("errors.toDateBeforeFromDate", { to, from });
  const { model: entry, provider } = resolveApiModel(model);
  const rows: Table = [];
  const history = entry.history;
  for (let i = 1; i < history.length; i++) {
    const date = history[i].from;
    if (date === null || date <= from || (to !== null && date > to)) continue;
    for (const key of PRICE_KEYS) {
      const before = segments(key, history[i - 1][key] as TokenPrice | undefined);
      const after = segments(key, history[i][key] as TokenPrice | undefined);
      for (const label of new Set([...before.keys(), ...after.keys()])) {
        const old = before.get(label);
        const now = after.get(label);
        if (old === now) continue;
        // a long-context tier that ends (or starts) shows blank on the side where it does not exist
        const change = old !== undefined && now !== undefined && old !== 0 ? (now - old) / old : "";
        rows.push([date, label, old ?? "", now ?? "", change, date > today ? "scheduled" : "in force"]);
      }
    }
  }
  if (rows.length === 0) return [PRICE_CHANGE_HEADER, [render({ id: "errors.noPriceChange", params: { model: `${provider.id}:${entry.id}`, from, to: to ?? "none" } }, language), "", "", "", "", ""]];
  return [PRICE_CHANGE_HEADER, ...rows];
}
