/**
 * Prints markdown tables of estimate / measured for every calibration row (test/fixtures/calibration.json and
 * calibration-2.json, the tested sets) and every further check (test/fixtures/calibration-extra.json), using the
 * engine's defaults only.
 * Run: npx ts-node --transpile-only scripts/calibration-report.ts
 */
import fs from "fs";
import path from "path";
import core from "../test/fixtures/calibration.json";
import second from "../test/fixtures/calibration-2.json";
import extra from "../test/fixtures/calibration-extra.json";
import third from "../test/fixtures/calibration-3.json";
import { findOpenModel, replicaLatency, replicaPerformance, trainingGpuHours } from "../src/engine/selfhost";

/** A row of calibration.json / calibration-extra.json: one replica of `gpus` GPUs, or a pretraining run. */
export interface CalibrationRow {
  model: string;
  gpu: string;
  gpus: number | null;
  precision: string;
  metric: string;
  input_tokens: number | null;
  output_tokens: number | null;
  training_tokens: number | null;
  value: number;
  unit: string;
  source: string;
  note?: string;
  /** KV-cache format the measurement ran with, where it differs from the engine's default. */
  kv_precision?: string | null;
}

/** A row of calibration-2.json: a whole measured system of `replicas` x `gpus_per_replica` GPUs, or a training run. */
export interface SystemCalibrationRow {
  id: string;
  kind: "throughput" | "training";
  model: string;
  gpu: string;
  system_gpus: number | null;
  gpus_per_replica: number | null;
  replicas: number | null;
  precision: string;
  kv_precision: string | null;
  input_tokens: number | null;
  output_tokens: number | null;
  training_tokens: number | null;
  measured: number;
  unit: string;
  source: string;
  notes: string;
  /** GPUs of a training run, where the source states them. */
  training_gpus?: number | null;
  /** Coefficient of variation of the output lengths of the row's data set (absent: every request the same length). */
  output_length_cv?: number | null;
}

/** A row of calibration-3.json: a system row measured at a stated concurrency (null: offline), or a training run on system_gpus GPUs. */
export interface ConcurrencyCalibrationRow extends SystemCalibrationRow {
  concurrent_requests_per_replica: number | null;
  time_per_output_token_s: number | null;
}

/** Either fixture's row, as the one shape the estimates use. */
interface Case {
  label: string;
  model: string;
  gpu: string;
  training: boolean;
  replicas: number;
  gpus: number | null;
  precision: string;
  kvPrecision: string | null;
  input: number | null;
  output: number | null;
  trainingTokens: number | null;
  measured: number;
  unit: string;
  /** Requests in flight per replica when the submitter states it (estimated with LATENCY at that concurrency). */
  concurrency: number | null;
  /** Measured mean seconds per output token, where published. */
  secondsPerToken: number | null;
  /** GPUs of a training run, where stated. */
  trainingGpus: number | null;
  /** Spread of the output lengths (coefficient of variation) of the row's data set, where it varies. */
  outputCv: number | null;
}

const fromCore = (row: CalibrationRow): Case => ({
  label: "",
  model: row.model,
  gpu: row.gpu,
  training: row.metric.includes("GPU-hours"),
  replicas: 1,
  gpus: row.gpus,
  precision: row.precision,
  kvPrecision: row.kv_precision ?? null,
  input: row.input_tokens,
  output: row.output_tokens,
  trainingTokens: row.training_tokens,
  measured: row.value,
  unit: row.unit,
  concurrency: null,
  secondsPerToken: null,
  trainingGpus: row.metric.includes("GPU-hours") ? row.gpus : null,
  outputCv: null,
});

const fromSystem = (row: SystemCalibrationRow): Case => ({
  label: row.id,
  model: row.model,
  gpu: row.gpu,
  training: row.kind === "training",
  replicas: row.replicas ?? 1,
  gpus: row.gpus_per_replica,
  precision: row.precision,
  kvPrecision: row.kv_precision,
  input: row.input_tokens,
  output: row.output_tokens,
  trainingTokens: row.training_tokens,
  measured: row.measured,
  unit: row.unit,
  concurrency: null,
  secondsPerToken: null,
  trainingGpus: row.training_gpus ?? null,
  outputCv: row.output_length_cv ?? null,
});

const fromConcurrency = (row: ConcurrencyCalibrationRow): Case => ({
  ...fromSystem(row),
  concurrency: row.concurrent_requests_per_replica,
  secondsPerToken: row.time_per_output_token_s,
  trainingGpus: row.kind === "training" ? row.system_gpus : null,
});

/** Training runs are charged in their own precision; mxfp4 checkpoints train in bf16. */
const trainingPrecision = (precision: string): string => (precision === "fp8" || precision === "fp4" ? precision : "bf16");

/** The request shape and deployment a row was measured with, as the engine's options. */
const shapeOf = (c: Case) => ({
  gpus: c.gpus,
  precision: c.precision,
  kvCachePrecision: c.kvPrecision,
  inputTokens: c.input,
  outputTokens: c.output,
  outputLengthCv: c.outputCv,
});

/** THROUGHPUT at the row's batch (its stated concurrency, else the engine's full load). */
const performance = (c: Case) => replicaPerformance(c.model, c.gpu, { ...shapeOf(c), maxBatch: c.concurrency });

/** LATENCY at the row's stated concurrency. */
const latency = (c: Case) => replicaLatency(c.model, c.gpu, { ...shapeOf(c), concurrentRequests: c.concurrency });

function estimateOf(c: Case): number {
  if (c.training) {
    return trainingGpuHours(c.model, c.trainingTokens as number, c.gpu, { method: "pretrain", precision: trainingPrecision(c.precision), gpus: c.trainingGpus });
  }
  if (c.concurrency !== null) return c.replicas * latency(c).outputTokensPerSecond;
  return c.replicas * performance(c).outputTokensPerSecond;
}

/** Estimated over measured seconds per output token, for rows that publish it. */
export function secondsPerTokenRatio(c: Case): number | null {
  if (c.secondsPerToken === null || c.concurrency === null) return null;
  return latency(c).secondsPerOutputToken / c.secondsPerToken;
}

/** The engine's estimate for one calibration.json / calibration-extra.json row, with default efficiencies. */
export const estimateFor = (row: CalibrationRow): number => estimateOf(fromCore(row));
/** The engine's estimate for a whole calibration-2.json system: replicas x one replica's throughput. */
export const systemEstimateFor = (row: SystemCalibrationRow): number => estimateOf(fromSystem(row));
/** The engine's estimate for a calibration-3.json row (LATENCY at the stated concurrency where there is one). */
export const concurrencyEstimateFor = (row: ConcurrencyCalibrationRow): number => estimateOf(fromConcurrency(row));
/** Estimated / measured seconds per output token of a calibration-3.json row, or null where none was published. */
export const concurrencyTokenRatioFor = (row: ConcurrencyCalibrationRow): number | null => secondsPerTokenRatio(fromConcurrency(row));

function describe(c: Case): string {
  const id = c.label === "" ? "" : `${c.label}: `;
  if (c.training) {
    const gpus = c.trainingGpus === null ? "" : `${c.trainingGpus} x `;
    return `${id}${c.model} ${trainingPrecision(c.precision)} training, ${(c.trainingTokens as number).toExponential(2)} tokens, ${gpus}${c.gpu}`;
  }
  const perf = performance(c);
  const system = c.replicas > 1 ? `${c.replicas} replicas of ${perf.gpus} x ${c.gpu}` : `${perf.gpus} x ${c.gpu}`;
  const load = c.concurrency === null ? `batch ${Math.round(perf.batch)}` : `${c.concurrency} requests in flight`;
  return `${id}${c.model} ${c.precision} on ${system}, ${Math.round(c.input as number)}/${Math.round(c.output as number)} (${load}, GEMMs ${perf.limitedBy}-bound)`;
}

const fmt = (x: number): string => (x >= 100 ? Math.round(x).toLocaleString("en-US") : x.toPrecision(3));

function table(cases: Case[], withClass = false, withTokenTime = false): string {
  const head = `${withClass ? "| class " : ""}| row | unit | measured | estimate | estimate / measured |${withTokenTime ? " s per output token: measured | estimate / measured |" : ""}`;
  const rule = `${withClass ? "| --- " : ""}| --- | --- | ---: | ---: | ---: |${withTokenTime ? " ---: | ---: |" : ""}`;
  const lines = [head, rule];
  for (const c of cases) {
    try {
      const value = estimateOf(c);
      const cls = withClass ? `| ${classOf(c)} ` : "";
      const tokenRatio = secondsPerTokenRatio(c);
      const tokenTime = !withTokenTime ? "" : tokenRatio === null ? " - | - |" : ` ${(c.secondsPerToken as number).toFixed(4)} | ${tokenRatio.toFixed(2)} |`;
      lines.push(`${cls}| ${describe(c)} | ${c.unit} | ${fmt(c.measured)} | ${fmt(value)} | ${(value / c.measured).toFixed(2)} |${tokenTime}`);
    } catch (error) {
      lines.push(`| ${c.label} | ${c.unit} | ${fmt(c.measured)} | error: ${(error as Error).message} | - |`);
    }
  }
  return lines.join("\n");
}

/** The class of workload a row measures, as issue 13 groups them. */
export function classOf(c: Case): string {
  const moe = findOpenModel(c.model).experts !== null;
  if (c.training) return moe ? "MoE training" : c.precision === "fp4" ? "FP4 training" : c.precision === "fp8" ? "FP8 training" : "BF16 training";
  if (c.concurrency !== null && c.concurrency <= 4) return "1-4 requests in flight";
  if (moe) return "MoE serving";
  if (c.gpu === "mi300x") return "AMD MI300X serving";
  if (c.precision === "fp4") return "FP4 on Blackwell";
  if ((c.input as number) >= 8000) return "long prompts (dense, FP8)";
  return "dense NVIDIA FP8/BF16 serving";
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Every tested row grouped by class: rows, median ratio and range. */
function classSummary(cases: Case[]): string {
  const groups = new Map<string, number[]>();
  for (const c of cases) {
    const ratio = estimateOf(c) / c.measured;
    groups.set(classOf(c), [...(groups.get(classOf(c)) ?? []), ratio]);
  }
  const lines = ["| class | rows | median estimate / measured | range |", "| --- | ---: | ---: | --- |"];
  for (const [name, ratios] of groups) {
    lines.push(`| ${name} | ${ratios.length} | ${median(ratios).toFixed(2)} | ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)} |`);
  }
  return lines.join("\n");
}

/** A stable name for a row, the key of its documented ratio (its id where it has one). */
export function rowKey(c: Case): string {
  if (c.label !== "") return c.label;
  if (c.training) return `${c.model} ${c.precision} training ${c.trainingTokens} tokens ${c.trainingGpus ?? ""}x ${c.gpu}`;
  return `${c.model} ${c.precision} ${c.gpus ?? ""}x ${c.gpu} ${c.input}/${c.output}${c.kvPrecision === null ? "" : ` kv ${c.kvPrecision}`}`;
}

/** Every row of every fixture as one list, for the documented-ratio file and its test. */
export const allCases = (): Case[] => [
  ...(core.rows as CalibrationRow[]).map(fromCore),
  ...(second.rows as SystemCalibrationRow[]).map(fromSystem),
  ...(third.rows as ConcurrencyCalibrationRow[]).map(fromConcurrency),
  ...(extra.rows as CalibrationRow[]).map(fromCore),
];

export { estimateOf, type Case };

/** The ratios this page documents, per row key: estimate / measured, and estimated / measured seconds per token. */
export function documentedRatios(): Record<string, { ratio: number; secondsPerTokenRatio: number | null }> {
  const out: Record<string, { ratio: number; secondsPerTokenRatio: number | null }> = {};
  for (const c of allCases()) {
    const token = secondsPerTokenRatio(c);
    out[rowKey(c)] = { ratio: Number((estimateOf(c) / c.measured).toFixed(3)), secondsPerTokenRatio: token === null ? null : Number(token.toFixed(3)) };
  }
  return out;
}

if (require.main === module && process.argv.includes("--write-ratios")) {
  const file = path.join(__dirname, "..", "test", "fixtures", "calibration-ratios.json");
  const body = {
    description:
      "Estimate / measured for every calibration row, as docs/self-hosting.md documents them (written by scripts/calibration-report.ts --write-ratios). test/engine/selfhost-calibration.test.ts holds every row to its ratio here within +/-15%, so a change that moves many rows fails; regenerate this file and the docs tables together, and say why in the commit.",
    rows: documentedRatios(),
  };
  fs.writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  console.log(`wrote ${Object.keys(body.rows).length} rows to ${file}`);
} else if (require.main === module) {
  const tested = [...(core.rows as CalibrationRow[]).map(fromCore), ...(second.rows as SystemCalibrationRow[]).map(fromSystem)];
  const held = (third.rows as ConcurrencyCalibrationRow[]).map(fromConcurrency);
  console.log("### Summary by class (calibration.csv and calibration-2.csv)\n");
  console.log(classSummary(tested));
  console.log("\n### Summary by class (calibration-3.csv)\n");
  console.log(classSummary(held));
  console.log();
  console.log("### calibration.csv (tested: every ratio within 0.65-1.35)\n");
  console.log(table((core.rows as CalibrationRow[]).map(fromCore)));
  console.log("\n### calibration-2.csv (tested: every row within 0.65-1.35)\n");
  const byClass = (second.rows as SystemCalibrationRow[]).map(fromSystem).sort((a, b) => classOf(a).localeCompare(classOf(b)));
  console.log(table(byClass, true));
  console.log("\n### calibration-3.csv (one row per gap of issue 21; LATENCY at the stated concurrency)\n");
  console.log(table(held, true, true));
  console.log("\n### Further published measurements (guarded within a factor of 3)\n");
  console.log(table((extra.rows as CalibrationRow[]).map(fromCore)));
}
