import { API_COLUMN, SELF_COLUMN, type UseCaseSpec } from "./spec";

/**
 * Formula fragments (no leading "="), one place for each cost, reused by the month-1 rows, the 36-month projection and
 * the Low/Base/High range, so that the three always agree.
 */
const fx = "{FxRate}";
/** API token cost in the sheet's currency for `req` requests of `inTok` input and `outTok` visible output tokens each. */
export function apiTokens(s: UseCaseSpec, req: string, inTok: string, outTok: string, cached: string): string {
  return `LLMCOST.INFERENCE(${s.apiModel},${req}*${inTok},${req}*(${outTok}+{reasoning}),${req},${req}*${inTok}*${cached},{discount},{PriceDate},0,{PriceSheet})*${fx}`;
}
/** Self-hosted replicas serving the same tokens, plus the standby replicas kept for failover; nothing when nothing is generated. */
export function selfTokens(req: string, inTok: string, outTok: string, gpuPrice: string): string {
  const serve = `LLMCOST.SELFHOST({openModel},{gpu},${req}*${inTok},${req}*(${outTok}+{reasoning}),{gpus},${gpuPrice},{utilization})`;
  return `IF(${req}*(${outTok}+{reasoning})=0,0,${serve}+{standby}*{gpus}*${gpuPrice}*{hoursPerMonth})*${fx}`;
}
/**
 * Vector database bill for `req` requests: LLMCOST.VECTORSTORE with the sheet's sourced read price and plan minimum
 * passed explicitly (storage + queries, never below the minimum); 0 when nothing is stored or read.
 */
export function vectorDb(req: string): string {
  return `IF({vecUsed},LLMCOST.VECTORSTORE({vectors},{vecDims},{vecBytes},{vecGbPrice},${req}*{retrievals},{vecQueryPrice},{vecMinimum})*${fx},0)`;
}
/** People and platform, recurring: engineering/MLOps (fixed) + review, storage and egress (per request). */
function people(col: string, req: string, s: UseCaseSpec): string {
  const extra = s.extraPerRequest ? `+${req}*{${s.extraPerRequest}}` : "";
  return `{engineering:${col}}+${req}*{otherPerRequest:${col}}${extra}`;
}
export function apiMonthly(s: UseCaseSpec, req: string, inTok: string, outTok: string, cached: string): string {
  return `${apiTokens(s, req, inTok, outTok, cached)}+${vectorDb(req)}+${people(API_COLUMN, req, s)}`;
}
export function selfMonthly(s: UseCaseSpec, req: string, inTok: string, outTok: string, gpuPrice: string): string {
  return `${selfTokens(req, inTok, outTok, gpuPrice)}+${vectorDb(req)}+${people(SELF_COLUMN, req, s)}`;
}
/** A check never becomes an error (the master check must stay readable): an error reads FALSE. */
export const check = (condition: string) => `=IFERROR(${condition},FALSE())`;
/** What a named output says when its model is unknown, not priced, or does not fit. */
export const NOT_PRICED = "n/a: not priced (see the rows above)";

/** A named output never is an error: a short text says why there is no number. */
export const named = (formula: string, why: string) => `=IFERROR(${formula},"${why}")`;
/** The self-hosted column's reason: the model does not fit on one 8-GPU node, or something else is not priced. */
const SELF_WHY = 'IF(ISNUMBER({gpus}),"n/a: see the rows below","does not fit on 8 × "&{gpu})';
export const namedSelf = (formula: string) => `=IFERROR(${formula},${SELF_WHY})`;
