/**
 * Prints markdown tables of estimate / measured for every calibration row (test/fixtures/calibration.json and
 * calibration-2.json, the tested sets) and every further check (test/fixtures/calibration-extra.json), using the
 * engine's defaults only.
 * Run: npx ts-node --transpile-only scripts/calibration-report.ts
 */
import core from "../test/fixtures/calibration.json";
import second from "../test/fixtures/calibration-2.json";
import extra from "../test/fixtures/calibration-extra.json";
import { replicaPerformance, trainingGpuHours } from "../src/engine/selfhost";

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
}

const fromCore = (row: CalibrationRow): Case => ({
  label: `${row.model} ${row.gpu}`,
  model: row.model,
  gpu: row.gpu,
  training: row.metric.includes("GPU-hours"),
  replicas: 1,
  gpus: row.gpus,
  precision: row.precision,
  kvPrecision: null,
  input: row.input_tokens,
  output: row.output_tokens,
  trainingTokens: row.training_tokens,
  measured: row.value,
  unit: row.unit,
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
});

/** Training runs are charged in their own precision; mxfp4 checkpoints train in bf16. */
const trainingPrecision = (precision: string): string => (precision === "fp8" || precision === "fp4" ? precision : "bf16");

function performance(c: Case) {
  return replicaPerformance(c.model, c.gpu, {
    gpus: c.gpus,
    precision: c.precision,
    kvCachePrecision: c.kvPrecision,
    inputTokens: c.input,
    outputTokens: c.output,
  });
}

function estimateOf(c: Case): number {
  if (c.training) return trainingGpuHours(c.model, c.trainingTokens as number, c.gpu, { method: "pretrain", precision: trainingPrecision(c.precision) });
  return c.replicas * performance(c).outputTokensPerSecond;
}

/** The engine's estimate for one calibration.json / calibration-extra.json row, with default efficiencies. */
export const estimateFor = (row: CalibrationRow): number => estimateOf(fromCore(row));
/** The engine's estimate for a whole calibration-2.json system: replicas x one replica's throughput. */
export const systemEstimateFor = (row: SystemCalibrationRow): number => estimateOf(fromSystem(row));

function describe(c: Case): string {
  if (c.training) return `${c.label}: ${c.model} ${trainingPrecision(c.precision)} training, ${(c.trainingTokens as number).toExponential(0)} tokens, ${c.gpu}`;
  const perf = performance(c);
  const system = c.replicas > 1 ? `${c.replicas} replicas of ${perf.gpus} x ${c.gpu}` : `${perf.gpus} x ${c.gpu}`;
  return `${c.label}: ${c.model} ${c.precision} on ${system}, ${Math.round(c.input as number)}/${Math.round(c.output as number)} (batch ${Math.round(perf.batch)}, GEMMs ${perf.limitedBy}-bound)`;
}

const fmt = (x: number): string => (x >= 100 ? Math.round(x).toLocaleString("en-US") : x.toPrecision(3));

function table(cases: Case[]): string {
  const lines = ["| row | unit | measured | estimate | estimate / measured |", "| --- | --- | ---: | ---: | ---: |"];
  for (const c of cases) {
    try {
      const value = estimateOf(c);
      lines.push(`| ${describe(c)} | ${c.unit} | ${fmt(c.measured)} | ${fmt(value)} | ${(value / c.measured).toFixed(2)} |`);
    } catch (error) {
      lines.push(`| ${c.label} | ${c.unit} | ${fmt(c.measured)} | error: ${(error as Error).message} | - |`);
    }
  }
  return lines.join("\n");
}

if (require.main === module) {
  console.log("### calibration.csv (tested: every ratio within 0.65-1.35)\n");
  console.log(table((core.rows as CalibrationRow[]).map(fromCore)));
  console.log("\n### calibration-2.csv (tested: every ratio within 0.65-1.35)\n");
  console.log(table((second.rows as SystemCalibrationRow[]).map(fromSystem)));
  console.log("\n### Further published measurements (guarded within a factor of 3)\n");
  console.log(table((extra.rows as CalibrationRow[]).map(fromCore)));
}
