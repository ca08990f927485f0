/**
 * One measured pass over a usage file, in its own process so that its peak memory is its own:
 *   ts-node bench/actuals-worker.ts llmcost|papaparse <file>
 * prints { rows, records, ms, rssStartMB, peakRssMB } as JSON. "llmcost" is the import (`npm run actuals`'s
 * streaming fold into monthly lines); "papaparse" a plain streaming papaparse pass that only counts records: the
 * floor for reading the same bytes.
 */
import { createReadStream } from "fs";
import Papa from "papaparse";
import { readUsageFile } from "../scripts/usage-file";

async function main() {
  const [variant, file] = process.argv.slice(2);
  const rssStartMB = process.memoryUsage().rss / 2 ** 20;
  const start = performance.now();
  let out: { rows: number; records: number; inputTokens?: number; outputTokens?: number };
  if (variant === "llmcost") {
    const result = readUsageFile(file);
    out = { rows: result.rows.length, records: result.records ?? 0, inputTokens: result.rows.reduce((s, r) => s + r.inputTokens, 0), outputTokens: result.rows.reduce((s, r) => s + r.outputTokens, 0) };
  } else {
    let records = 0;
    await new Promise<void>((resolve, reject) =>
      Papa.parse(createReadStream(file, { encoding: "utf8" }) as unknown as File, { step: () => void records++, complete: () => resolve(), error: reject }),
    );
    out = { rows: 0, records: records - 1 };
  }
  const ms = performance.now() - start;
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ variant, ...out, ms, rssStartMB, peakRssMB }) + "\n");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
