import { parseAsOf } from "../dates";
import type { CostFunction } from "../formula-calls";
import { embeddingCost, finetuneCost, inferenceCost } from "./costs";
import { parsePriceSheet } from "./price-sheet";

/**
 * A cost call of a sheet priced again at another date, every other argument as the sheet gives it: how the pane tells
 * what a pinned price date would change (src/excel/price-date-review.ts). Arguments arrive positionally, as the
 * functions take them (`undefined` where omitted), already evaluated from the workbook.
 */

/** Where each function takes its as_of argument. */
export const AS_OF_ARGUMENT: Record<CostFunction, number> = { INFERENCE: 6, EMBEDDING: 2, FINETUNE: 3 };

const optional = (value: unknown): number | null => (value === undefined || value === null || value === "" ? null : Number(value));
const count = (value: unknown): number => optional(value) ?? 0;
const text = (value: unknown): string | null => (value === undefined || value === null || value === "" ? null : String(value));
const range = (value: unknown): unknown[][] | null => (Array.isArray(value) ? (value as unknown[][]) : null);

/** The model the call prices (its first argument), as text. */
export const callModel = (args: unknown[]): string => String(args[0] ?? "").trim();

/** The call's pinned price date (ISO), null where it has none (the newest prices). */
export function callPriceDate(fn: CostFunction, args: unknown[]): string | null {
  const value = args[AS_OF_ARGUMENT[fn]];
  return value === undefined || value === null || value === "" ? null : parseAsOf(value as number | string);
}

/** USD of the call with its own arguments, at `asOf` instead of its own price date. */
export function costOfCallAt(fn: CostFunction, args: unknown[], asOf: string | null): number {
  const model = callModel(args);
  if (fn === "EMBEDDING") return embeddingCost(model, count(args[1]), asOf, parsePriceSheet(range(args[3])));
  if (fn === "FINETUNE") return finetuneCost(model, count(args[1]), optional(args[2]), asOf, parsePriceSheet(range(args[4])));
  return inferenceCost(
    model,
    {
      inputTokens: count(args[1]),
      outputTokens: count(args[2]),
      requests: optional(args[3]),
      cachedInputTokens: optional(args[4]),
      discount: optional(args[5]),
      cacheWriteTokens: optional(args[7]),
      cacheWrite1hTokens: optional(args[11]),
      modality: text(args[12]),
    },
    asOf,
    parsePriceSheet(range(args[8])),
    { serviceTier: text(args[9]), region: text(args[10]) },
  );
}
