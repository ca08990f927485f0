import { gpuSpread } from "../assumptions/drivers";
import type { RowSpec, SectionSpec } from "../types";
import { apiTokens, named, namedSelf, selfTokens, vectorDb } from "./formulas";
import { API_COLUMN, DEFAULT_GPU, SELF_COLUMN, type UseCaseSpec } from "./spec";

/**
 * The Low-cost case / Base / High-cost case block (issue 22): every uncertain driver, people and review included, at
 * its column's value, through one chain of short rows (requests, token shape, then one row per cost part, then the
 * sums), so that nothing rebuilds the model inside a long formula. The shared drivers come from the Assumptions
 * sheet's _Low/_Base/_High names; the sheet's own token shape, caching and growth ranges are inputs here. The
 * sensitivity table swings one driver at a time, each from rows of the same chain.
 */

/** A share kept inside [0.05, 0.95], to three decimals (the range's Low/High input share). */
const clampShare = (value: number) => Math.round(Math.min(0.95, Math.max(0.05, value)) * 1000) / 1000;
const SUFFIX = ["_Low", "_Base", "_High"];

export function rangeSection(s: UseCaseSpec): SectionSpec[] {
  const cols = [s.firstColumn.key, API_COLUMN, SELF_COLUMN];
  const [low, base, high] = cols;
  const inShare = clampShare(s.defaultInPerRequest / (s.defaultInPerRequest + s.defaultOutPerRequest));
  const headers = { label: "Uncertain input / result", [low]: "Low-cost case", [base]: "Base", [high]: "High-cost case" };
  /** A row whose formula differs by column only in the Assumptions suffix (_Low, _Base, _High). */
  const perCol = (formula: (suffix: string, col: string) => string) => Object.fromEntries(cols.map((c, i) => [c, formula(SUFFIX[i], c)]));
  const r = `{${s.requests}}`;
  const GPU = gpuSpread(DEFAULT_GPU);
  const calc = (key: string, label: string, values: RowSpec["values"], format: RowSpec["format"], unit: string, notes: string): RowSpec => ({ key, label, kind: "calc", values, format, unit, notes });
  const rows: RowSpec[] = [
    { key: "rTokFactor", label: "Tokens per request, as a factor of Base", values: { [low]: 0.5, [base]: "=1", [high]: 1.5 }, names: { [low]: "TokensFactor_Low", [high]: "TokensFactor_High" }, format: "decimal", unit: "× base", notes: "Assumption: half to one and a half times the base length (prompts and answers vary widely before launch)." },
    calc("rTok", "Tokens per request (input + visible output)", { [low]: `={rTokFactor}*{rTok:${base}}`, [base]: `={${s.inPerRequest}}+{${s.outPerRequest}}`, [high]: `={rTokFactor}*{rTok:${base}}` }, "tokens", "tokens per request", "Base: the sheet's input + output tokens per request"),
    { key: "rShare", label: "Input share of those tokens", values: { [low]: clampShare(inShare + 0.15), [base]: `=IF({rTok}=0,0,{${s.inPerRequest}}/{rTok})`, [high]: clampShare(inShare - 0.15) }, format: "percent", unit: "share", notes: "Assumption: ±15 points around the default split; output tokens cost more, so the low-cost case has more input." },
    { key: "rCache", label: "Cached share of input tokens", values: { [low]: 0.5, [base]: "={cachedShare}", [high]: 0 }, format: "percent", unit: "share", notes: "Assumption: a shared system prompt cached for half the input in the low-cost case." },
    { key: "rGrowth", label: "Monthly growth of requests", values: { [low]: 0, [base]: "={growth}", [high]: 0.05 }, format: "percent", unit: "per month", notes: "Assumption: flat to 5% a month." },
    calc("rIn", "Input tokens per request", perCol(() => "={rTok}*{rShare}"), "tokens", "tokens per request", "tokens × input share"),
    calc("rOut", "Output tokens per request (visible)", perCol(() => "={rTok}-{rIn}"), "tokens", "tokens per request", "tokens − input tokens"),
    calc("rReq12", "Requests in month 12", perCol(() => `=MIN({cap},${r}*(1+{rGrowth})^11)`), "count", "per month", "month-1 volume after 11 months of growth, at most the cap"),
    calc("rGpu", "GPU price", perCol((x) => `=LLMCOST.GPUPRICE({gpu})*GpuPriceFactor${x}`), "money", "USD per GPU-hour", `catalog median × GpuPriceFactor${SUFFIX.join("/")} (Assumptions; ${GPU.note})`),
    calc("rApiTok1", "API tokens, month 1", perCol(() => `=${apiTokens(s, r, "{rIn}", "{rOut}", "{rCache}")}`), "moneyFx", "{currency} per month", "LLMCOST.INFERENCE at the column's token shape and caching"),
    calc("rApiTok12", "API tokens, month 12", perCol(() => `=${apiTokens(s, "{rReq12}", "{rIn}", "{rOut}", "{rCache}")}`), "moneyFx", "{currency} per month", "same, month-12 volume (price date prices)"),
    calc("rGpu1", "GPUs, month 1", perCol((x) => `=${selfTokens(r, "{rIn}", "{rOut}", "{rGpu}", `StandbyReplicas${x}`)}`), "moneyFx", "{currency} per month", "LLMCOST.SELFHOST + StandbyReplicas (Assumptions) at the column's GPU price"),
    calc("rGpu12", "GPUs, month 12", perCol((x) => `=${selfTokens("{rReq12}", "{rIn}", "{rOut}", "{rGpu}", `StandbyReplicas${x}`)}`), "moneyFx", "{currency} per month", "same, month-12 volume"),
    calc("rPeopleApi", "People, API", perCol((x) => `=RunFteApi${x}*LoadedCostPerFteMonth${x}*{FxRate}`), "moneyFx", "{currency} per month", "RunFteApi × LoadedCostPerFteMonth (Assumptions, the column's case)"),
    calc("rPeopleSelf", "People, self-hosted", perCol((x) => `=RunFteSelfHost${x}*LoadedCostPerFteMonth${x}*{FxRate}`), "moneyFx", "{currency} per month", "RunFteSelfHost × LoadedCostPerFteMonth"),
    calc("rPerReq", "Review, logs and platform per request", perCol((x) => `={reviewShare}*ReviewFactor${x}*{reviewMinutes}/{minutesPerHour}*ReviewerCostPerHour${x}*{FxRate}+{otherPerRequest}-{reviewPer}`), "moneyFx", `{currency} per ${s.requestUnit}`, "review at ReviewFactor × ReviewerCostPerHour of the column's case; logs and platform as above"),
    calc("rVec1", "Vector database, month 1", perCol(() => `=${vectorDb(r)}`), "moneyFx", "{currency} per month", "as above"),
    calc("rVec12", "Vector database, month 12", perCol(() => `=${vectorDb("{rReq12}")}`), "moneyFx", "{currency} per month", "month-12 queries"),
    { key: "rApi1", label: "API: monthly cost, month 1", kind: "output", values: perCol(() => named(`{rApiTok1}+{rVec1}+{rPeopleApi}+${r}*{rPerReq}`, "n/a: see the rows above")), names: { [low]: "MonthlyCost_Low", [high]: "MonthlyCost_High" }, format: "moneyFx", unit: "{currency} per month", notes: "Whole cost with every uncertain driver at its column's value; Base equals the monthly cost above when the Scenario switch is on Base." },
    { key: "rSelf1", label: "Self-hosted: monthly cost, month 1", kind: "output", values: perCol(() => namedSelf(`{rGpu1}+{rVec1}+{rPeopleSelf}+${r}*{rPerReq}`)), names: { [low]: "MonthlyCost_SelfHost_Low", [high]: "MonthlyCost_SelfHost_High" }, format: "moneyFx", unit: "{currency} per month", notes: "Same, self-hosted." },
    { key: "rApi12", label: "API: monthly cost, month 12", kind: "output", values: perCol(() => named("{rApiTok12}+{rVec12}+{rPeopleApi}+{rReq12}*{rPerReq}", "n/a")), format: "moneyFx", unit: "{currency} per month", notes: "After 11 months at the column's growth (prices at the price date)." },
    { key: "rSelf12", label: "Self-hosted: monthly cost, month 12", kind: "output", values: perCol(() => namedSelf("{rGpu12}+{rVec12}+{rPeopleSelf}+{rReq12}*{rPerReq}")), format: "moneyFx", unit: "{currency} per month", notes: "After 11 months at the column's growth." },
  ];
  return [{ title: "Range — Low-cost case / Base / High-cost case of every uncertain driver", kind: "inputs", headers, rows }, sensitivity(s, cols)];
}

/**
 * Month-12 swing of each driver moved alone from its low-cost to its high-cost value. Token-shape drivers need the
 * model priced again with only that driver moved: those few prices are rows of their own (columns Low | High).
 */
function sensitivity(s: UseCaseSpec, [low, base, high]: string[]): SectionSpec {
  const r12 = `{rReq12:${base}}`;
  const at = (key: string, col: string) => `{${key}:${col}}`;
  // token shape with one driver moved: [input tokens, output tokens, cached share]
  const shape = (moved: "tok" | "share" | "cache", col: string) => {
    const tok = moved === "tok" ? at("rTok", col) : at("rTok", base);
    const share = moved === "share" ? at("rShare", col) : at("rShare", base);
    const cache = moved === "cache" ? at("rCache", col) : at("rCache", base);
    return { inTok: `${tok}*${share}`, outTok: `${tok}*(1-${share})`, cache };
  };
  const apiAt = (moved: "tok" | "share" | "cache", col: string) => `=${apiTokens(s, r12, shape(moved, col).inTok, shape(moved, col).outTok, shape(moved, col).cache)}`;
  const selfAt = (moved: "tok" | "share", col: string) => `=${selfTokens(r12, shape(moved, col).inTok, shape(moved, col).outTok, at("rGpu", base), "StandbyReplicas_Base")}`;
  const work = (key: string, label: string, cost: (col: string) => string): RowSpec => ({ key, label, kind: "calc", values: { [low]: cost(low), [high]: cost(high) }, format: "moneyFx", unit: "{currency} per month", notes: "month 12, this driver at Low (left) and High (right), all others at Base" });
  // The row's cells are money: where the driver is a count, the label says it is the cost that swings (the Driver column names the driver).
  const swing = (key: string, driver: string, api: string, self: string, label = driver): RowSpec => ({ key, label, kind: "output", values: { [low]: `=IFERROR(${api},0)`, [base]: `=IFERROR(${self},0)`, [high]: `="${driver}"` }, format: { [low]: "moneyFx", [base]: "moneyFx", [high]: "text" }, unit: "{currency} per month", notes: "|cost with this driver at High − at Low|, month 12, every other driver at Base (growth: per-request cost at Base × the change in volume)" });
  const diff = (key: string) => `ABS(${at(key, high)}-${at(key, low)})`;
  const fx = "{FxRate}";
  const swings: RowSpec[] = [
    swing("sTok", "Tokens per request", diff("wApiTok"), diff("wSelfTok"), "Monthly cost swing when tokens per request move"),
    swing("sShare", "Input share of tokens", diff("wApiShare"), diff("wSelfShare")),
    swing("sCache", "Cached share of input", diff("wApiCache"), "0"),
    swing("sGrowth", "Monthly growth of requests", `${diff("rReq12")}*(${at("rApiTok12", base)}+${at("rVec12", base)})/${r12}+${diff("rReq12")}*${at("rPerReq", base)}`, `${diff("rReq12")}*(${at("rGpu12", base)}+${at("rVec12", base)})/${r12}+${diff("rReq12")}*${at("rPerReq", base)}`, "Monthly cost swing when the growth of requests moves"),
    swing("sGpu", "GPU price", "0", diff("wSelfGpu")),
    swing("sFte", "Engineering effort (FTE)", `ABS(RunFteApi_High-RunFteApi_Low)*LoadedCostPerFteMonth_Base*${fx}`, `ABS(RunFteSelfHost_High-RunFteSelfHost_Low)*LoadedCostPerFteMonth_Base*${fx}`),
    swing("sLoaded", "Loaded cost of an engineer", `ABS(LoadedCostPerFteMonth_High-LoadedCostPerFteMonth_Low)*RunFteApi_Base*${fx}`, `ABS(LoadedCostPerFteMonth_High-LoadedCostPerFteMonth_Low)*RunFteSelfHost_Base*${fx}`),
    swing("sReview", "Human review load and cost", `${r12}*${diff("rPerReq")}`, `${r12}*${diff("rPerReq")}`),
    swing("sStandby", "Standby replicas", "0", `ABS(StandbyReplicas_High-StandbyReplicas_Low)*{gpus}*${at("rGpu", base)}*{hoursPerMonth}*${fx}`),
  ];
  const first = swings[0].key as string;
  const last = swings[swings.length - 1].key as string;
  const largest = (col: string) => `=IF(MAX({${first}:${col}}:{${last}:${col}})<=0,"none",INDEX({${first}:${high}}:{${last}:${high}},MATCH(MAX({${first}:${col}}:{${last}:${col}}),{${first}:${col}}:{${last}:${col}},0)))`;
  return {
    title: "Sensitivity — month-12 cost swing when one driver moves from Low to High",
    kind: "outputs",
    headers: { label: "Driver moved (others at Base)", [low]: "API swing", [base]: "Self-hosted swing", [high]: "Driver" },
    rows: [
      work("wApiTok", "API tokens: tokens per request moved", (c) => apiAt("tok", c)),
      work("wApiShare", "API tokens: input share moved", (c) => apiAt("share", c)),
      work("wApiCache", "API tokens: cached share moved", (c) => apiAt("cache", c)),
      work("wSelfTok", "GPUs: tokens per request moved", (c) => selfAt("tok", c)),
      work("wSelfShare", "GPUs: input share moved", (c) => selfAt("share", c)),
      work("wSelfGpu", "GPUs: GPU price moved", (c) => `=${selfTokens(r12, at("rIn", base), at("rOut", base), at("rGpu", c), "StandbyReplicas_Base")}`),
      ...swings,
      { key: "largest", label: "Moves the month-12 cost most", values: { [low]: largest(low), [base]: largest(base) }, format: "text", unit: "driver", notes: "the largest swing in each column (none when nothing moves it)" },
    ],
  };
}
