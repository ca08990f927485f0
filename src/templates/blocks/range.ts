import { GPU_PRICES, gpuUsdPerHour } from "../../engine";
import type { RowSpec, SectionSpec } from "../types";
import { apiMonthly, named, namedSelf, selfMonthly } from "./formulas";
import { API_COLUMN, DEFAULT_GPU, SELF_COLUMN, type UseCaseSpec } from "./spec";

/** Spread of listed prices for the default GPU, as factors of the median on-demand price (the range's GPU price). */
function gpuSpread(gpu: string): { low: number; high: number; note: string } {
  const rows = GPU_PRICES.filter((row) => row.gpu === gpu);
  const median = gpuUsdPerHour(gpu);
  const low = rows.reduce((best, row) => (row.usd_per_gpu_hour < best.usd_per_gpu_hour ? row : best));
  const high = rows.filter((r) => r.pricing === "on_demand").reduce((best, row) => (row.usd_per_gpu_hour > best.usd_per_gpu_hour ? row : best));
  return {
    low: Math.round((low.usd_per_gpu_hour / median) * 100) / 100,
    high: Math.round((high.usd_per_gpu_hour / median) * 100) / 100,
    note: `GPU price catalog for ${gpu}: lowest listed ${low.provider} ${low.pricing} $${low.usd_per_gpu_hour}/h (${low.source}, ${low.as_of}), highest on-demand ${high.provider} $${high.usd_per_gpu_hour}/h (${high.source}, ${high.as_of}), against the median on-demand price; re-enter for another GPU`,
  };
}
const GPU_SPREAD = gpuSpread(DEFAULT_GPU);

/** A share kept inside [0.05, 0.95], to three decimals (the range's Low/High input share). */
const clampShare = (value: number) => Math.round(Math.min(0.95, Math.max(0.05, value)) * 1000) / 1000;

type RangeKey = "rTok" | "rShare" | "rCache" | "rGrowth" | "rGpu";
/** Which range column (Low-cost case, Base, High-cost case) each uncertain input is read from. */
type Pick = (key: RangeKey) => string;

export function rangeSection(s: UseCaseSpec): SectionSpec[] {
  const [low, base, high] = [s.firstColumn.key, API_COLUMN, SELF_COLUMN];
  const r = `{${s.requests}}`;
  const inShare = clampShare(s.defaultInPerRequest / (s.defaultInPerRequest + s.defaultOutPerRequest));
  const headers = { label: "Uncertain input / result", [low]: "Low-cost case", [base]: "Base", [high]: "High-cost case" };
  const shape = (p: Pick) => ({ inTok: `{rTok:${p("rTok")}}*{rShare:${p("rShare")}}`, outTok: `{rTok:${p("rTok")}}*(1-{rShare:${p("rShare")}})` });
  const grown = (p: Pick) => `${r}*(1+{rGrowth:${p("rGrowth")}})^11`;
  const api1 = (p: Pick) => apiMonthly(s, r, shape(p).inTok, shape(p).outTok, `{rCache:${p("rCache")}}`);
  const self1 = (p: Pick) => selfMonthly(s, r, shape(p).inTok, shape(p).outTok, `{rGpu:${p("rGpu")}}`);
  const api12 = (p: Pick) => apiMonthly(s, grown(p), shape(p).inTok, shape(p).outTok, `{rCache:${p("rCache")}}`);
  const self12 = (p: Pick) => selfMonthly(s, grown(p), shape(p).inTok, shape(p).outTok, `{rGpu:${p("rGpu")}}`);
  const all = (c: string): Pick => () => c;
  const only = (moved: RangeKey, c: string): Pick => (key) => (key === moved ? c : base);
  const perColumn = (cost: (p: Pick) => string, why: string) => Object.fromEntries([low, base, high].map((c) => [c, named(cost(all(c)), why)]));
  const swing = (key: RangeKey, cost: (p: Pick) => string) => `=IFERROR(ABS(${cost(only(key, high))}-(${cost(only(key, low))})),0)`;
  const inputs: [RangeKey, string][] = [
    ["rTok", "Tokens per request"],
    ["rShare", "Input share"],
    ["rCache", "Cached share"],
    ["rGrowth", "Monthly growth"],
    ["rGpu", "GPU price"],
  ];
  const swings = (col: string) => inputs.map(([k]) => `{sens_${k}:${col}}`).join(",");
  const largest = (col: string) => `=${inputs.map(([key, label]) => `IF({sens_${key}:${col}}=MAX(${swings(col)}),"${label}",`).join("")}"none"${")".repeat(inputs.length)}`;
  return [
    {
      title: "Range — Low / Base / High of the uncertain inputs",
      kind: "inputs",
      headers,
      rows: [
        { key: "rTokFactor", label: "Tokens per request, as a factor of Base", values: { [low]: 0.5, [base]: "=1", [high]: 1.5 }, format: "decimal", unit: "× base", notes: "Assumption: half to one and a half times the base length (prompts and answers vary widely before launch)." },
        { key: "rTok", label: "Tokens per request (input + visible output)", kind: "calc", values: { [low]: `={rTokFactor}*{rTok:${base}}`, [base]: `={${s.inPerRequest}}+{${s.outPerRequest}}`, [high]: `={rTokFactor}*{rTok:${base}}` }, format: "tokens", unit: "tokens per request", notes: "Base: the sheet's input + output tokens per request" },
        { key: "rShare", label: "Input share of those tokens", values: { [low]: clampShare(inShare + 0.15), [base]: `=IF({${s.inPerRequest}}+{${s.outPerRequest}}=0,0,{${s.inPerRequest}}/({${s.inPerRequest}}+{${s.outPerRequest}}))`, [high]: clampShare(inShare - 0.15) }, format: "percent", unit: "share", notes: "Assumption: ±15 points around the default split; output tokens cost more, so the low-cost case has more input." },
        { key: "rCache", label: "Cached share of input tokens", values: { [low]: 0.5, [base]: "={cachedShare}", [high]: 0 }, format: "percent", unit: "share", notes: "Assumption: a shared system prompt cached for half the input in the low-cost case." },
        { key: "rGrowth", label: "Monthly growth of requests", values: { [low]: 0, [base]: "={growth}", [high]: 0.05 }, format: "percent", unit: "per month", notes: "Assumption: flat to 5% a month." },
        { key: "rGpuFactor", label: "GPU price, as a factor of Base", values: { [low]: GPU_SPREAD.low, [base]: "=1", [high]: GPU_SPREAD.high }, format: "decimal", unit: "× base", notes: GPU_SPREAD.note },
        { key: "rGpu", label: "GPU price", kind: "calc", values: { [low]: "={rGpuFactor}*{gpuPrice}", [base]: "={gpuPrice}", [high]: "={rGpuFactor}*{gpuPrice}" }, format: "money", unit: "USD per GPU-hour", notes: "Base: the self-hosting GPU price above" },
        { key: "rApi1", label: "API: monthly cost, month 1", kind: "output", values: perColumn(api1, "n/a: see the rows above"), names: { [low]: "MonthlyCost_Low", [high]: "MonthlyCost_High" }, format: "moneyFx", unit: "{currency} per month", notes: "Every uncertain input at its column's value; Base equals the monthly cost above." },
        { key: "rSelf1", label: "Self-hosted: monthly cost, month 1", kind: "output", values: Object.fromEntries([low, base, high].map((c) => [c, namedSelf(self1(all(c)))])), names: { [low]: "MonthlyCost_SelfHost_Low", [high]: "MonthlyCost_SelfHost_High" }, format: "moneyFx", unit: "{currency} per month", notes: "Same, self-hosted." },
        { key: "rApi12", label: "API: monthly cost, month 12", kind: "output", values: perColumn(api12, "n/a"), format: "moneyFx", unit: "{currency} per month", notes: "After 11 months at the column's growth." },
        { key: "rSelf12", label: "Self-hosted: monthly cost, month 12", kind: "output", values: perColumn(self12, "n/a"), format: "moneyFx", unit: "{currency} per month", notes: "After 11 months at the column's growth." },
      ],
    },
    {
      title: "Sensitivity — month-12 cost swing when one input moves from Low to High",
      kind: "outputs",
      headers: { label: "Input moved (others at Base)", [low]: "API swing", [base]: "Self-hosted swing", [high]: "" },
      rows: [
        ...inputs.map(([key, label]): RowSpec => ({
          key: `sens_${key}`,
          label,
          values: { [low]: swing(key, api12), [base]: swing(key, self12) },
          format: "moneyFx",
          unit: "{currency} per month",
          notes: "|cost with this input at High − cost with it at Low|, every other input at Base",
        })),
        { key: "largest", label: "Moves the month-12 cost most", values: { [low]: largest(low), [base]: largest(base) }, format: "text", unit: "input", notes: "the largest swing in each column" },
      ],
    },
  ];
}

