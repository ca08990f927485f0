/**
 * Section 10 of `npm run bench`: a generated 1,000,000-row gateway log imported by the streaming fold (what
 * `npm run actuals` and the pane's worker run) against a plain papaparse pass over the same file (the floor), each
 * pass in a fresh process, the two interleaved, 3 rounds; rows/s and peak memory against the file size. The import
 * is checked too: its token totals must equal those written into the log.
 *   npm run bench:actuals [-- --rows=1000000]
 *   npm run bench:actuals -- --preview [--rows=1000000]   the same log in the preview, in Chromium (section 12)
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { writeGatewayLog } from "./actuals-log";
import { fmt, repeated, type Repeated } from "./measure";
import { measurePreviewImport, printPreviewBench } from "./actuals-preview-bench";

export interface ActualsBench {
  rows: number;
  fileMB: number;
  lines: number;
  import: { rowsPerSecond: Repeated; seconds: Repeated; peakRssMB: Repeated; startRssMB: number };
  floor: { rowsPerSecond: Repeated; seconds: Repeated; peakRssMB: Repeated; startRssMB: number };
  timeRatio: Repeated;
}

function pass(variant: string, file: string) {
  const out = execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(__dirname, "actuals-worker.ts"), variant, file], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop() as string) as { records: number; rows: number; ms: number; rssStartMB: number; peakRssMB: number; inputTokens?: number; outputTokens?: number };
}

export function measureActualsImport(rows = 1_000_000, rounds = 3): ActualsBench {
  const dir = mkdtempSync(path.join(os.tmpdir(), "llmcost-bench-"));
  try {
    const file = path.join(dir, "gateway-log.csv");
    const written = writeGatewayLog(file, rows);
    const runs: Record<"llmcost" | "papaparse", ReturnType<typeof pass>[]> = { llmcost: [], papaparse: [] };
    for (let round = 0; round < rounds; round++) {
      for (const variant of round % 2 === 0 ? (["llmcost", "papaparse"] as const) : (["papaparse", "llmcost"] as const)) runs[variant].push(pass(variant, file));
    }
    for (const run of runs.llmcost) {
      if (run.records !== rows || run.inputTokens !== written.inputTokens || run.outputTokens !== written.outputTokens) {
        throw new Error(`import read ${run.records} records, ${run.inputTokens} input and ${run.outputTokens} output tokens; the log has ${rows}, ${written.inputTokens}, ${written.outputTokens}`);
      }
    }
    for (const run of runs.papaparse) if (run.records !== rows) throw new Error(`papaparse read ${run.records} records of ${rows}`);
    const figures = (list: ReturnType<typeof pass>[]) => ({
      rowsPerSecond: repeated(list.map((r) => (rows * 1000) / r.ms)),
      seconds: repeated(list.map((r) => r.ms / 1000)),
      peakRssMB: repeated(list.map((r) => r.peakRssMB)),
      startRssMB: Math.max(...list.map((r) => r.rssStartMB)),
    });
    return {
      rows,
      fileMB: written.bytes / 2 ** 20,
      lines: runs.llmcost[0].rows,
      import: figures(runs.llmcost),
      floor: figures(runs.papaparse),
      timeRatio: repeated(runs.llmcost.map((r, i) => r.ms / runs.papaparse[i].ms)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printActualsBench(b: ActualsBench): void {
  const spread = (r: Repeated, d = 1) => `${fmt(r.median, d)} (${fmt(r.low, d)}–${fmt(r.high, d)})`;
  console.log(`\n11. Usage import: a ${fmt(b.rows)}-row gateway log (${fmt(b.fileMB, 1)} MB) folded into ${fmt(b.lines)} monthly lines, each pass in a fresh process`);
  console.log(`   streaming fold (npm run actuals, the pane's worker): ${spread(b.import.seconds, 2)} s, ${fmt(b.import.rowsPerSecond.median)} rows/s, peak RSS ${spread(b.import.peakRssMB, 0)} MB (process at start ${fmt(b.import.startRssMB, 0)} MB)`);
  console.log(`   papaparse pass that only counts rows (the floor):     ${spread(b.floor.seconds, 2)} s, ${fmt(b.floor.rowsPerSecond.median)} rows/s, peak RSS ${spread(b.floor.peakRssMB, 0)} MB (process at start ${fmt(b.floor.startRssMB, 0)} MB)`);
  console.log(`   import time / floor time ${spread(b.timeRatio, 2)}`);
}

if (require.main === module) {
  const rowsArg = process.argv.find((arg) => arg.startsWith("--rows="));
  const rows = rowsArg ? Number(rowsArg.slice(7)) : 1_000_000;
  if (process.argv.includes("--preview")) {
    measurePreviewImport(rows).then(printPreviewBench, (error) => {
      console.error(error);
      process.exit(1);
    });
  } else printActualsBench(measureActualsImport(rows));
}
