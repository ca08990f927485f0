/**
 * `npm run bench`: every figure beside a baseline measured in the same run, so a slow machine slows both.
 * Writes bench/results.json. Read the "ratio" columns: they are what is comparable between machines.
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { HyperFormula } from "hyperformula";
import { DIST, loadFunctionsBundle } from "../dev/load-functions-bundle";
import { registerLlmcostFunctions } from "../dev/hyperformula-llmcost";
import { EXCEL_LIKE_CONFIG } from "../dev/hyperformula-config";
import { SAMPLE_ARGUMENTS } from "./samples";
import { fmt, median, rate, timeOnce } from "./measure";
import { measureTemplateSyncs } from "./template-syncs";

interface Results {
  machine: string;
  functions: { id: string; callsPerSecond: number; baselinePerSecond: number; ratioToBaseline: number }[];
  budgetSheet?: { rows: number; llmcostRecalcMs: number; nativeRecalcMs: number; ratio: number; aimRatio: number };
  tokens?: { wrapperTokensPerSecond: number; directTokensPerSecond: number; overhead: number };
  bundles: { file: string; minBytes: number; gzipBytes: number }[];
  templateSyncs?: { id: string; syncs: number }[];
  startup: { registerMs: number; functions: number };
}

function bundleSizes(): Results["bundles"] {
  const size = (files: string[]) => {
    const buffers = files.map((file) => fs.readFileSync(path.join(DIST, file)));
    return { minBytes: buffers.reduce((n, b) => n + b.length, 0), gzipBytes: buffers.reduce((n, b) => n + zlib.gzipSync(b, { level: 9 }).length, 0) };
  };
  const rows = [
    { file: "functions.js", ...size(["functions.js"]) },
    { file: "task pane initial load (taskpane.html + functions.js + taskpane.js)", ...size(["taskpane.html", "functions.js", "taskpane.js"]) },
  ];
  const chunkDir = path.join(DIST, "chunks");
  if (fs.existsSync(chunkDir)) for (const chunk of fs.readdirSync(chunkDir).sort()) rows.push({ file: `chunks/${chunk} (lazy)`, ...size([`chunks/${chunk}`]) });
  return rows;
}

async function main() {
  const results: Results = { machine: `${process.platform} ${process.arch}, node ${process.version}`, functions: [], bundles: bundleSizes(), startup: { registerMs: 0, functions: 0 } };

  // 6. start-up: evaluating functions.js until every function is registered
  const startups = Array.from({ length: 7 }, () => timeOnce(() => loadFunctionsBundle()));
  results.startup = { registerMs: median(startups.map((s) => s.ms)), functions: startups[0].value.double.registered.size };

  const bundle = startups[0].value;
  // TOKENS is asynchronous while its tokenizer chunk loads: load it once before timing
  if (bundle.double.registered.has("TOKENS")) await bundle.call("TOKENS", [["warm up"]], null);

  // 1. calls per second of every function, against a bare arithmetic function called the same way
  const bare = (a: number, b: number, c: number) => a * b + c;
  const bareArgs: [number, number, number] = [3, 4, 5];
  const callBare = () => bare(...bareArgs);
  for (const id of [...bundle.double.registered.keys()].sort()) {
    const args = SAMPLE_ARGUMENTS[id];
    if (!args) {
      console.warn(`no sample arguments for ${id}: add them to bench/samples.ts`);
      continue;
    }
    const fn = bundle.double.registered.get(id)!;
    const baselinePerSecond = rate(callBare, 200);
    const callsPerSecond = rate(() => fn(...args), 400);
    results.functions.push({ id, callsPerSecond, baselinePerSecond, ratioToBaseline: callsPerSecond / baselinePerSecond });
  }

  // 2. a 10,000-row budget sheet: LLMCOST.INFERENCE per row against native arithmetic with typed-in prices
  const rows = 10_000;
  registerLlmcostFunctions(bundle.double, bundle.metadata, () => undefined);
  const llmcostSheet: (string | number)[][] = [["gpt-4o-mini", "", "", ""]];
  const nativeSheet: (string | number)[][] = [[0.15, 0.6, "", ""]];
  for (let i = 2; i <= rows + 1; i++) {
    const input = 1000 + (i % 97) * 13;
    const output = 200 + (i % 31) * 7;
    llmcostSheet.push([input, output, `=LLMCOST.INFERENCE($A$1,A${i},B${i})`, ""]);
    nativeSheet.push([input, output, `=A${i}*$A$1/1000000+B${i}*$B$1/1000000`, ""]);
  }
  const recalc = (sheet: (string | number)[][], driver: [string | number, string | number]) => {
    const hf = HyperFormula.buildFromArray(sheet, EXCEL_LIKE_CONFIG);
    const times: number[] = [];
    for (let round = 0; round < 6; round++) {
      const value = driver[round % 2];
      times.push(timeOnce(() => hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[value]])).ms);
    }
    const total = hf.getCellValue({ sheet: 0, row: rows, col: 2 });
    hf.destroy();
    return { ms: median(times.slice(1)), total };
  };
  const llmcost = recalc(llmcostSheet, ["gpt-4.1-mini", "gpt-4o-mini"]);
  const native = recalc(nativeSheet, [0.4, 0.15]);
  results.budgetSheet = { rows, llmcostRecalcMs: llmcost.ms, nativeRecalcMs: native.ms, ratio: llmcost.ms / native.ms, aimRatio: 2 };

  // 3. TOKENS against gpt-tokenizer called directly, on the same text
  if (bundle.double.registered.has("TOKENS")) {
    const { countTokens } = await import("gpt-tokenizer/encoding/o200k_base");
    const text = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8").slice(0, 4000);
    const tokenCount = countTokens(text);
    const tokensFn = bundle.double.registered.get("TOKENS")!;
    // each distinct text defeats any result cache, as different cells would
    let n = 0;
    const wrapper = rate(() => tokensFn([[text + (n++ % 1000)]], null), 1000) * tokenCount;
    let m = 0;
    const direct = rate(() => countTokens(text + (m++ % 1000)), 1000) * tokenCount;
    results.tokens = { wrapperTokensPerSecond: wrapper, directTokensPerSecond: direct, overhead: direct / wrapper - 1 };
  }

  // 5. context.sync() round trips per template insertion
  results.templateSyncs = await measureTemplateSyncs();

  fs.writeFileSync(path.join(__dirname, "results.json"), JSON.stringify(results, null, 2));
  printTable(results);
}

function printTable(r: Results) {
  console.log(`\nLLMCOST bench — ${r.machine}\n`);
  console.log("1. Custom functions through dist/functions.js (calls/s; baseline: a bare a*b+c called the same way)");
  console.log(`   ${"function".padEnd(12)} ${"calls/s".padStart(14)} ${"baseline/s".padStart(14)} ${"ratio".padStart(7)}`);
  for (const f of r.functions) console.log(`   ${f.id.padEnd(12)} ${fmt(f.callsPerSecond).padStart(14)} ${fmt(f.baselinePerSecond).padStart(14)} ${fmt(f.ratioToBaseline, 3).padStart(7)}`);
  if (r.budgetSheet) {
    const b = r.budgetSheet;
    console.log(`\n2. ${fmt(b.rows)}-row budget sheet in HyperFormula, full recalculation after one driver cell changes`);
    console.log(`   LLMCOST.INFERENCE per row: ${fmt(b.llmcostRecalcMs, 1)} ms   native arithmetic with typed prices: ${fmt(b.nativeRecalcMs, 1)} ms   ratio ${fmt(b.ratio, 2)} (aim ≤ ${b.aimRatio})`);
  }
  if (r.tokens) {
    const t = r.tokens;
    console.log(`\n3. TOKENS: ${fmt(t.wrapperTokensPerSecond)} tokens/s through the function, ${fmt(t.directTokensPerSecond)} calling gpt-tokenizer directly: wrapper overhead ${fmt(t.overhead * 100, 1)}% (aim < 10%)`);
  }
  console.log("\n4. Bundle sizes");
  for (const b of r.bundles) console.log(`   ${b.file.padEnd(70)} ${fmt(b.minBytes / 1024, 1).padStart(9)} KB min ${fmt(b.gzipBytes / 1024, 1).padStart(8)} KB gzip`);
  if (r.templateSyncs?.length) {
    console.log("\n5. context.sync() calls per template insertion (aim ≤ 3)");
    for (const t of r.templateSyncs) console.log(`   ${t.id.padEnd(24)} ${t.syncs}`);
  }
  console.log(`\n6. Start-up: functions.js evaluated and ${r.startup.functions} functions registered in ${fmt(r.startup.registerMs, 1)} ms (median of 7)\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
