import { sheetText } from "../../i18n/sheet-text";
import type { UseCaseSpec } from "./spec";

/**
 * Formula fragments (no leading "="), one place for each cost, reused by the month-1 rows, the 36-month projection and
 * the Low/Base/High range, so that the three always agree. Each stays short: a sum of costs is a row of its own.
 */
const fx = "{FxRate}";
/**
 * API token cost in the sheet's currency for `req` requests of `inTok` input and `outTok` visible output tokens each,
 * at the tier mix: list price × the tier-mix factor (`mix`, blocks/tiers.ts; exactly 1 when every token is standard).
 */
export function apiTokens(s: UseCaseSpec, req: string, inTok: string, outTok: string, cached: string, mix = "{tierMix}", reasoning = "{reasoning}"): string {
  return `LLMCOST.INFERENCE(${s.apiModel},${req}*${inTok},${req}*(${outTok}+${reasoning}),${req},${req}*${inTok}*${cached},{discount},{PriceDate},0,{PriceSheet})*${fx}*${mix}`;
}
/**
 * LLMCOST.SELFHOST of a month's `input` and `output` tokens on the sheet's open model, GPU, GPUs per replica and target
 * load, in the sheet's own request shape: `perRequestOut` output tokens per request (reasoning included) is passed as
 * output_tokens_per_request, so the fleet is sized for the sheet's requests, not for a shape guessed from the volumes.
 * The seven optional arguments between are left out (Excel passes null: their defaults).
 */
export function selfHostCall(input: string, output: string, gpuPrice: string, perRequestOut: string): string {
  return `LLMCOST.SELFHOST({openModel},{gpu},${input},${output},{gpus},${gpuPrice},{utilization},,,,,,,,${perRequestOut})`;
}
/** Self-hosted replicas serving the same tokens, plus `standby` replicas kept for failover; nothing when nothing is generated. */
export function selfTokens(req: string, inTok: string, outTok: string, gpuPrice: string, standby = "{standby}"): string {
  const perRequestOut = `(${outTok}+{reasoning})`;
  const serve = selfHostCall(`${req}*${inTok}`, `${req}*${perRequestOut}`, gpuPrice, perRequestOut);
  return `IF(${req}*${perRequestOut}=0,0,${serve}+${standby}*{gpus}*${gpuPrice}*{hoursPerMonth})*${fx}`;
}
/**
 * Vector database bill for `req` requests: LLMCOST.VECTORSTORE with the sheet's sourced read price and plan minimum
 * passed explicitly (storage + queries, never below the minimum); 0 when nothing is stored or read.
 */
export function vectorDb(req: string): string {
  return `IF({vecUsed},LLMCOST.VECTORSTORE({vectors},{vecDims},{vecBytes},{vecGbPrice},${req}*{retrievals},{vecQueryPrice},{vecMinimum})*${fx},0)`;
}
/** A check never becomes an error (the master check must stay readable): an error reads FALSE. */
export const check = (condition: string) => `=IFERROR(${condition},FALSE())`;
/** What a named output says when its model is unknown, not priced, or does not fit. */
export const NOT_PRICED = sheetText("nANotPricedSeeThe");

/** A named output never is an error: a short text says why there is no number. */
export const named = (formula: string, why: string) => `=IFERROR(${formula},"${why}")`;
/** The self-hosted column's reason: the model does not fit on one 8-GPU node, or something else is not priced. */
const SELF_WHY = `IF(ISNUMBER({gpus}),"${sheetText("nASeeTheRowsBelow")}","${sheetText("doesNotFitOn8")}"&{gpu})`;
export const namedSelf = (formula: string) => `=IFERROR(${formula},${SELF_WHY})`;

/**
 * A decision between two costs (issue 22): "n/a" unless both are numbers, "about the same" when they differ by less
 * than the workbook's Materiality share of the larger, else the cheaper option's name. Never flips on an error.
 */
export function decision(diff: string, a: string, b: string, aName: string, bName: string): string {
  return `=IF(ISNUMBER(${diff}),IF(ABS(${diff})<=Materiality*MAX(${a},${b}),"${sheetText("aboutTheSame")}",IF(${diff}<0,"${aName}","${bName}")),"${sheetText("notApplicable")}")`;
}
/** The difference a − b that a decision reads: a number only when both are numbers. */
export const difference = (a: string, b: string) => `=IF(COUNT(${a},${b})<2,"${sheetText("notApplicable")}",${a}-${b})`;
