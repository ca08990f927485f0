import { sheetText } from "../../i18n/sheet-text";
import { billingDataDate } from "../../engine";
import type { RowSpec } from "../types";
import { check } from "./formulas";

/**
 * The tier mix (issue 19): the share of a sheet's API tokens sent at the batch and priority tiers, read from the
 * Assumptions sheet (BatchShare, PriorityShare; their _Low/_Base/_High in the range), prices the sheet's own model at
 * each tier through LLMCOST.INFERENCE's service_tier argument, so that the dated catalog and src/data/service-tiers.json
 * stay the one source. One request of the sheet's shape is priced at the standard, batch and priority tiers; the mix
 * factor is blended ÷ standard = 1 + batch × (batch − standard) / standard + priority × (priority − standard) / standard,
 * and every API token cost of the sheet is multiplied by it. A tier the model's provider does not sell, with a share
 * above 0, leaves the factor an error (the costs read n/a) and fails a check that says why: never priced at standard.
 */

/** Where the tier rows sit (the API column, or every column that prices a model), and how the sheet prices one request there. */
export interface TierShape {
  cols: string[];
  /** Formula fragment naming the API model, e.g. {model} or "ft:"&{model} (a column's own cell where each column has one). */
  model: string;
  /** Input and output tokens of one request (output includes hidden reasoning), and its input tokens read from the cache. */
  inTok: string;
  outTok: string;
  cachedTok: string;
}

/** The cells holding one request's cost at the standard, batch and priority tiers. */
export interface TierRefs {
  std: string;
  batch: string;
  priority: string;
}
/** The tier rows' cells in column `col` (the rows tierRows writes). */
export const tierRefs = (col: string): TierRefs => ({ std: `{tStd:${col}}`, batch: `{tBatch:${col}}`, priority: `{tPriority:${col}}` });

/** The mix factor for the shares `batch` and `priority` (Assumptions names or cells), from one request at each tier. */
export function tierMixFormula(batch: string, priority: string, refs: TierRefs): string {
  const part = (share: string, tier: string) => `IF(${share}=0,0,${share}*(${tier}-${refs.std}))`;
  return `=IFERROR(1+(${part(batch, refs.batch)}+${part(priority, refs.priority)})/IF(${refs.std}=0,1,${refs.std}),"${sheetText("notApplicable")}")`;
}

/** One request of a sheet's shape through LLMCOST.INFERENCE, at a tier ("" = the list price's standard tier). */
export function oneRequest(s: Omit<TierShape, "cols">, tier = ""): string {
  return `LLMCOST.INFERENCE(${s.model},${s.inTok},${s.outTok},1,${s.cachedTok},{discount},{PriceDate},0,{PriceSheet}${tier ? `,"${tier}"` : ""})`;
}

/** One request at a tier: USD, "not offered" where the model's provider does not sell it, "n/a" when the standard price is missing. */
export function tierRequest(s: Omit<TierShape, "cols">, tier: string, std: string): string {
  return `=IF(ISNUMBER(${std}),IFERROR(${oneRequest(s, tier)},"${sheetText("tierNotOffered")}"),"${sheetText("notApplicable")}")`;
}

/**
 * TRUE unless a share of the tier (selected, or any of Low/Base/High) is above 0 and a request at it has no price.
 * `inUse`: a condition under which the priced model's cost is used at all (omitted: always); where it is FALSE the
 * check passes, since the tier of a model whose cost nothing reads cannot make a figure wrong.
 */
export const tierOffered = (share: "BatchShare" | "PriorityShare", priced: string[], inUse?: string) =>
  check(`OR(${inUse === undefined ? "" : `NOT(${inUse}),`}MAX(${share},${share}_Low,${share}_Base,${share}_High)=0,${priced.length === 1 ? `ISNUMBER(${priced[0]})` : `AND(${priced.map((p) => `ISNUMBER(${p})`).join(",")})`})`);

/** Where the tiers' prices come from, with the data file's date (the check notes quote it). */
export const TIER_SOURCE = `src/data/service-tiers.json, as of ${billingDataDate}`;
const SOURCE = TIER_SOURCE;


/** The tier rows of a sheet's API column: the shares (links to Assumptions), one request per tier, the mix factor. */
export function tierRows(s: TierShape): RowSpec[] {
  const every = (value: string | ((col: string) => string)) => Object.fromEntries(s.cols.map((c) => [c, typeof value === "string" ? value : value(c)]));
  const calc = (key: string, label: string, value: string, format: RowSpec["format"], unit: string, notes: string): RowSpec => ({ key, label, kind: "calc", values: every(value), format, unit, notes });
  return [
    calc("tBatchShare", sheetText("tierShareAtBatch"), "=BatchShare", "percent", sheetText("shareOfTokens"), sheetText("tierShareFromAssumptions", { name: "BatchShare" })),
    calc("tPriorityShare", sheetText("tierShareAtPriority"), "=PriorityShare", "percent", sheetText("shareOfTokens"), sheetText("tierShareFromAssumptions", { name: "PriorityShare" })),
    calc("tStd", sheetText("tierOneRequestStandard"), `=${oneRequest(s)}`, "money", sheetText("usdPerRequest"), sheetText("tierOneRequestStandardNote")),
    calc("tBatch", sheetText("tierOneRequestBatch"), tierRequest(s, "batch", "{tStd}"), "money", sheetText("usdPerRequest"), sheetText("tierOneRequestBatchNote", { source: SOURCE })),
    calc("tPriority", sheetText("tierOneRequestPriority"), tierRequest(s, "priority", "{tStd}"), "money", sheetText("usdPerRequest"), sheetText("tierOneRequestPriorityNote", { source: SOURCE })),
    {
      key: "tierMix",
      label: sheetText("tierMixFactor"),
      kind: "calc",
      values: every((c) => tierMixFormula("{tBatchShare}", "{tPriorityShare}", tierRefs(c))),
      format: "general",
      unit: sheetText("timesStandard"),
      notes: sheetText("tierMixFactorNote"),
    },
  ];
}

/**
 * A tier with a share above 0 (selected, or in the range's Low/Base/High) that the model's provider does not sell.
 * `inUse`: where the sheet reads the model's cost only under a condition (roi-business-case: its own inputs, used only
 * when no linked sheet supplies the costs), the check applies only then (see tierOffered).
 */
export function tierChecks(cols: string[], inUse?: string): RowSpec[] {
  const offered = (share: "BatchShare" | "PriorityShare", tier: string, label: string, notes: string): RowSpec => ({
    label,
    values: Object.fromEntries(cols.map((col) => [col, tierOffered(share, [`{${tier}}`], inUse)])),
    unit: "TRUE/FALSE",
    notes,
  });
  return [
    offered("BatchShare", "tBatch", sheetText("batchTierOfferedForTheApiModel"), sheetText("batchTierNotOfferedCheckNote", { source: SOURCE })),
    offered("PriorityShare", "tPriority", sheetText("priorityTierOfferedForTheApiModel"), sheetText("priorityTierNotOfferedCheckNote", { source: SOURCE })),
  ];
}
