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

/** A place of the sheet's own rows: the API column's tier rows, and how the sheet prices one request. */
export interface TierShape {
  /** The column the tier rows sit in (the API column). */
  col: string;
  /** Formula fragment naming the API model, e.g. {model} or "ft:"&{model}. */
  model: string;
  /** Input and output tokens of one request (output includes hidden reasoning), and the cached share of input. */
  inTok: string;
  outTok: string;
  cached: string;
}

/** The mix factor for the shares named `batch` and `priority` (Assumptions names), from the sheet's tier rows. */
export function tierMixFormula(batch: string, priority: string, col: string): string {
  const std = `{tStd:${col}}`;
  const part = (share: string, tier: string) => `IF(${share}=0,0,${share}*({${tier}:${col}}-${std}))`;
  return `=IFERROR(1+(${part(batch, "tBatch")}+${part(priority, "tPriority")})/IF(${std}=0,1,${std}),"n/a")`;
}

const SOURCE = `src/data/service-tiers.json, as of ${billingDataDate}`;

/** One request of the sheet's shape at a tier: USD, or a short text where the provider does not sell the tier. */
function tierRequest(s: TierShape, tier: string): string {
  const call = `LLMCOST.INFERENCE(${s.model},${s.inTok},${s.outTok},1,${s.inTok}*${s.cached},{discount},{PriceDate},0,{PriceSheet},"${tier}")`;
  return `=IF(ISNUMBER({tStd}),IFERROR(${call},"${sheetText("tierNotOffered")}"),"n/a")`;
}

/** The tier rows of a sheet's API column: the shares (links to Assumptions), one request per tier, the mix factor. */
export function tierRows(s: TierShape): RowSpec[] {
  const c = s.col;
  const calc = (key: string, label: string, value: string, format: RowSpec["format"], unit: string, notes: string): RowSpec => ({ key, label, kind: "calc", values: { [c]: value }, format, unit, notes });
  return [
    calc("tBatchShare", sheetText("tierShareAtBatch"), "=BatchShare", "percent", sheetText("shareOfTokens"), sheetText("tierShareFromAssumptions", { name: "BatchShare" })),
    calc("tPriorityShare", sheetText("tierShareAtPriority"), "=PriorityShare", "percent", sheetText("shareOfTokens"), sheetText("tierShareFromAssumptions", { name: "PriorityShare" })),
    calc("tStd", sheetText("tierOneRequestStandard"), `=LLMCOST.INFERENCE(${s.model},${s.inTok},${s.outTok},1,${s.inTok}*${s.cached},{discount},{PriceDate},0,{PriceSheet})`, "money", sheetText("usdPerRequest"), sheetText("tierOneRequestStandardNote")),
    calc("tBatch", sheetText("tierOneRequestBatch"), tierRequest(s, "batch"), "money", sheetText("usdPerRequest"), sheetText("tierOneRequestBatchNote", { source: SOURCE })),
    calc("tPriority", sheetText("tierOneRequestPriority"), tierRequest(s, "priority"), "money", sheetText("usdPerRequest"), sheetText("tierOneRequestPriorityNote", { source: SOURCE })),
    {
      key: "tierMix",
      label: sheetText("tierMixFactor"),
      kind: "calc",
      values: { [c]: tierMixFormula("{tBatchShare}", "{tPriorityShare}", c) },
      format: "general",
      unit: sheetText("timesStandard"),
      notes: sheetText("tierMixFactorNote"),
    },
  ];
}

/** A tier with a share above 0 (selected, or in the range's Low/Base/High) that the model's provider does not sell. */
export function tierChecks(col: string): RowSpec[] {
  const offered = (share: string, tier: string, label: string, notes: string): RowSpec => ({
    label,
    values: { [col]: check(`OR(MAX(${share},${share}_Low,${share}_Base,${share}_High)=0,ISNUMBER({${tier}}))`) },
    unit: "TRUE/FALSE",
    notes,
  });
  return [
    offered("BatchShare", "tBatch", sheetText("batchTierOfferedForTheApiModel"), sheetText("batchTierNotOfferedCheckNote", { source: SOURCE })),
    offered("PriorityShare", "tPriority", sheetText("priorityTierOfferedForTheApiModel"), sheetText("priorityTierNotOfferedCheckNote", { source: SOURCE })),
  ];
}
