/**
 * Prints markdown tables of estimate / measured for every calibration row (test/fixtures/calibration.json) and
 * every further check (test/fixtures/calibration-extra.json), using the engine's defaults only.
 * Run: npx ts-node --transpile-only scripts/calibration-report.ts
 */
import core from "../test/fixtures/calibration.json";
import extra from "../test/fixtures/calibration-extra.json";
import { decodeThroughput, replicaPerformance, trainingGpuHours } from "../src/engine/selfhost";

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

/** The engine's estimate for one calibration row, with default efficiencies. */
export function estimateFor(row: CalibrationRow): number {
  if (row.metric === "pretraining GPU-hours") {
    return trainingGpuHours(row.model, row.training_tokens as number, row.gpu, { method: "pretrain" });
  }
  return decodeThroughput(row.model, row.gpu, {
    gpus: row.gpus,
    precision: row.precision,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
  });
}

function describe(row: CalibrationRow): string {
  if (row.metric === "pretraining GPU-hours") return `${row.model} pretraining, ${(row.training_tokens as number) / 1e12}T tokens, ${row.gpu}`;
  const perf = replicaPerformance(row.model, row.gpu, {
    gpus: row.gpus,
    precision: row.precision,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
  });
  return `${row.model} ${row.precision} on ${row.gpus} x ${row.gpu}, ${row.input_tokens}/${row.output_tokens} (batch ${Math.round(perf.batch)}, GEMMs ${perf.limitedBy}-bound)`;
}

const fmt = (x: number): string => (x >= 100 ? Math.round(x).toLocaleString("en-US") : x.toPrecision(3));

function table(rows: CalibrationRow[]): string {
  const lines = ["| row | unit | measured | estimate | estimate / measured |", "| --- | --- | ---: | ---: | ---: |"];
  for (const row of rows) {
    let estimate: string;
    let ratio: string;
    let label: string;
    try {
      const value = estimateFor(row);
      estimate = fmt(value);
      ratio = (value / row.value).toFixed(2);
      label = describe(row);
    } catch (error) {
      estimate = `error: ${(error as Error).message}`;
      ratio = "-";
      label = `${row.model} on ${row.gpus ?? ""} x ${row.gpu}`;
    }
    lines.push(`| ${label} | ${row.unit} | ${fmt(row.value)} | ${estimate} | ${ratio} |`);
  }
  return lines.join("\n");
}

if (require.main === module) {
  console.log("### Calibration rows (tested: every ratio within 0.65-1.35)\n");
  console.log(table(core.rows as CalibrationRow[]));
  console.log("\n### Further published measurements (none used to set a default, but for the Llama-3.1-70B FP8 multi-GPU rows, which set the tensor-parallel efficiency)\n");
  console.log(table(extra.rows as CalibrationRow[]));
}
