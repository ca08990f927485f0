import { impossibleNumber } from "../errors";
import { nonNegative } from "../validate";
import { SELFHOST_DEFAULTS } from "./assumptions";
import { replicaSecondsNeeded, resolveFleet, type FleetOptions } from "./fleet";
import { optionsObject, orDefault, type Maybe } from "./options";

export interface BreakEvenOptions extends FleetOptions {
  /** API list price per million input tokens (USD). */
  apiInputUsdPerMtok: number;
  /** API list price per million output tokens (USD). */
  apiOutputUsdPerMtok: number;
  model: string;
  gpu: string;
  /** Monthly input tokens per output token; default 1. */
  inputOutputRatio?: Maybe<number>;
}

export interface BreakEvenDetail {
  /** Smallest monthly output volume at which one replica costs no more than the API. */
  firstCheaperAt: number;
  /** Monthly output volume from which self-hosting is cheaper or equal at every higher volume (the break-even). */
  alwaysCheaperAbove: number;
  replicaMonthlyUsd: number;
  /** Output tokens one replica serves in a month at the target utilization. */
  replicaMonthlyOutputTokens: number;
  /** API USD per output token, input included at the ratio. */
  apiUsdPerOutputToken: number;
  /** API cost of a replica's monthly capacity / replica cost: self-hosting can only win when this is at least 1. */
  valueRatio: number;
}

/**
 * Self-hosted cost is a staircase (whole replicas): n replicas cost n x C, serve up to n x X tokens; the API costs
 * a x tokens. Let q = a X / C. If q < 1 self-hosting never wins. Region n (n-1 < tokens/X <= n) is cheaper from
 * n C / a on, and is cheaper over its whole width when q >= n / (n - 1). So the first cheaper volume is C / a, and
 * self-hosting stays cheaper at every higher volume from n1 C / a, n1 being the last region that is not cheaper
 * over its whole width (n1 = 1 when q >= 2).
 */
export function breakEvenDetail(options: BreakEvenOptions): BreakEvenDetail {
  const o = optionsObject(options) as Partial<BreakEvenOptions>;
  const inputPrice = nonNegative(o.apiInputUsdPerMtok as number, "apiInputUsdPerMtok");
  const outputPrice = nonNegative(o.apiOutputUsdPerMtok as number, "apiOutputUsdPerMtok");
  const ratio = nonNegative(orDefault(o.inputOutputRatio, 1), "inputOutputRatio");
  const setup = resolveFleet(o.model as string, o.gpu as string, o);
  const apiUsdPerOutputToken = (ratio * inputPrice + outputPrice) / 1e6;
  const secondsPerOutputToken = replicaSecondsNeeded(setup, ratio, 1);
  const { hoursPerMonth } = SELFHOST_DEFAULTS;
  const replicaMonthlyOutputTokens = (hoursPerMonth * 3600 * setup.utilization) / secondsPerOutputToken;
  const replicaMonthlyUsd = setup.deployment.gpus * setup.usdPerGpuHour * hoursPerMonth;
  const valueRatio = replicaMonthlyUsd === 0 ? Infinity : (apiUsdPerOutputToken * replicaMonthlyOutputTokens) / replicaMonthlyUsd;
  if (!(valueRatio > 1) || apiUsdPerOutputToken <= 0) {
    throw impossibleNumber("errors.selfHostNeverBeatsApi", {
      gpus: setup.deployment.gpus,
      gpu: setup.deployment.gpu.id,
      replicaUsd: replicaMonthlyUsd.toFixed(0),
      tokens: replicaMonthlyOutputTokens.toExponential(3),
      apiUsd: (apiUsdPerOutputToken * replicaMonthlyOutputTokens).toFixed(0),
    }
    );
  }
  const firstCheaperAt = replicaMonthlyUsd / apiUsdPerOutputToken;
  const lastShortRegion = valueRatio >= 2 ? 1 : Math.ceil(valueRatio / (valueRatio - 1)) - 1;
  const alwaysCheaperAbove = lastShortRegion * firstCheaperAt;
  if (!Number.isFinite(alwaysCheaperAbove)) throw impossibleNumber("errors.selfHostNeverStaysCheaper");
  return { firstCheaperAt, alwaysCheaperAbove, replicaMonthlyUsd, replicaMonthlyOutputTokens, apiUsdPerOutputToken, valueRatio };
}

/**
 * Monthly output tokens above which self-hosting is cheaper than the API (at every higher volume); #NUM! when it
 * never is. Input tokens are `inputOutputRatio` x output tokens.
 */
export function breakEvenMonthlyOutputTokens(options: BreakEvenOptions): number {
  return breakEvenDetail(options).alwaysCheaperAbove;
}
