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
import { fmt, interleavedRates, interleavedTimes, median, spread, timeOnce, type Repeated } from "./measure";
import { measureTemplateSyncs } from "./template-syncs";
import { measureActualsImport, printActualsBench, type ActualsBench } from "./actuals-bench";
import { measurePreviewImport, printPreviewBench, type PreviewBench } from "./actuals-preview-bench";
import { measureForecast, type ForecastBench } from "./forecast";

interface Results {
  machine: string;
  /** Every figure below is the median over interleaved rounds, with its spread (lowest–highest). */
  functions: { id: string; callsPerSecond: Repeated; baselinePerSecond: Repeated; ratioToBaseline: Repeated }[];
  budgetSheet?: { rows: number; llmcostRecalcMs: Repeated; nativeRecalcMs: Repeated; ratio: Repeated; aimRatio: number };
  tokens?: { wrapperTokensPerSecond: Repeated; directTokensPerSecond: Repeated; overhead: Repeated };
  ids?: { unknownIdCostRatio: Repeated; unknownAim: number; fineTunedJobIdCostRatio: Repeated; fineTunedAim: number };
  /** INFERENCE with an as_of date against the floor of what it must do (look-up, date scan, multiply). */
  datedInference?: { callsPerSecond: Repeated; floorPerSecond: Repeated; ratioToFloor: Repeated; aimRatio: number; manyPairsToOnePair: Repeated; pairs: number; firstCallMs: Repeated; firstCallAimMs: number };
  tables?: { firstModelsMs: Repeated; laterModelsMs: Repeated; firstToLaterRatio: Repeated; compareMs: Repeated; compareToModelsRatio: Repeated; catalogModels: number };
  bundles: { file: string; minBytes: number; gzipBytes: number }[];
  templateSyncs?: { id: string; syncs: number }[];
  startup: { registerMs: number; functions: number };
  actuals?: ActualsBench;
  previewImport?: PreviewBench;
  forecast?: ForecastBench;
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

/**
 * `--sections=1,6,10` runs only those numbered sections (4, bundle sizes, and 6, start-up, always run: they are
 * cheap and 6 loads the bundle the others call); results.json is then left as it was, since it would be partial.
 */
const SECTIONS = (() => {
  const flag = process.argv.find((arg) => arg.startsWith("--sections="));
  return flag ? new Set(flag.slice("--sections=".length).split(",").map(Number)) : null;
})();
const runs = (section: number) => SECTIONS === null || SECTIONS.has(section);

async function main() {
  const results: Results = { machine: `${process.platform} ${process.arch}, node ${process.version}`, functions: [], bundles: bundleSizes(), startup: { registerMs: 0, functions: 0 } };

  // 6. start-up: evaluating functions.js until every function is registered
  const startups = Array.from({ length: 7 }, () => timeOnce(() => loadFunctionsBundle()));
  results.startup = { registerMs: median(startups.map((s) => s.ms)), functions: startups[0].value.double.registered.size };

  const bundle = startups[0].value;
  // TOKENS is asynchronous while its tokenizer chunk loads: load it once before timing
  if (bundle.double.registered.has("TOKENS")) await bundle.call("TOKENS", [["warm up"]], null);

  // 1. calls per second of every function, against a bare arithmetic function called the same way, interleaved
  const bare = (a: number, b: number, c: number) => a * b + c;
  const bareArgs: [number, number, number] = [3, 4, 5];
  const callBare = () => bare(...bareArgs);
  for (const id of runs(1) ? [...bundle.double.registered.keys()].sort() : []) {
    const args = SAMPLE_ARGUMENTS[id];
    if (!args) {
      console.warn(`no sample arguments for ${id}: add them to bench/samples.ts`);
      continue;
    }
    const fn = bundle.double.registered.get(id)!;
    const measured = interleavedRates({ baseline: callBare, function: () => fn(...args) }, 5, 60);
    results.functions.push({ id, callsPerSecond: measured.function.rate, baselinePerSecond: measured.baseline.rate, ratioToBaseline: measured.function.ratioToFirst });
  }

  if (runs(2)) await measureBudgetSheet(results, bundle);
  if (runs(3)) await measureTokens(results, bundle);
  const inference = bundle.double.registered.get("INFERENCE")!;
  if (runs(7)) measureIds(results, inference);
  if (runs(8)) measureTables(results, bundle);
  if (runs(10)) measureDatedInference(results, inference);

  // 5. context.sync() round trips per template insertion
  if (runs(5)) results.templateSyncs = await measureTemplateSyncs();

  // 11. a 1,000,000-row gateway log through the usage import's streaming fold, against a plain papaparse pass
  if (runs(11)) results.actuals = measureActualsImport();
  // 12. the same import in the preview, in Chromium, through the pane's file input and its Web Worker (needs build:preview)
  if (runs(12)) results.previewImport = await measurePreviewImport();
  // 9. the probability block: the workbook of every template with and without simulation sheets (issue 20)
  if (runs(9)) results.forecast = measureForecast();

  if (SECTIONS === null) fs.writeFileSync(path.join(__dirname, "results.json"), JSON.stringify(results, null, 2));
  printTable(results);
  if (results.actuals) printActualsBench(results.actuals);
  if (results.previewImport) printPreviewBench(results.previewImport);
}

type Loaded = ReturnType<typeof loadFunctionsBundle>;
type Registered = (...args: unknown[]) => unknown;

// 2. a 10,000-row budget sheet: LLMCOST.INFERENCE per row against native arithmetic with typed-in prices
async function measureBudgetSheet(results: Results, bundle: Loaded) {
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
  const recalculation = (sheet: (string | number)[][], drivers: [string | number, string | number]) => {
    const hf = HyperFormula.buildFromArray(sheet, EXCEL_LIKE_CONFIG);
    let flip = 0;
    return { hf, recalc: () => hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[drivers[flip++ % 2]]]) };
  };
  const native = recalculation(nativeSheet, [0.4, 0.15]);
  const llmcost = recalculation(llmcostSheet, ["gpt-4.1-mini", "gpt-4o-mini"]);
  native.recalc();
  llmcost.recalc(); // first recalculations warm both engines up
  const sheetTimes = interleavedTimes({ native: native.recalc, llmcost: llmcost.recalc }, 9);
  native.hf.destroy();
  llmcost.hf.destroy();
  results.budgetSheet = { rows, llmcostRecalcMs: sheetTimes.llmcost.ms, nativeRecalcMs: sheetTimes.native.ms, ratio: sheetTimes.llmcost.ratioToFirst, aimRatio: 2 };
}

// 3. TOKENS against gpt-tokenizer called directly, on the same text, interleaved
async function measureTokens(results: Results, bundle: Loaded) {
  if (bundle.double.registered.has("TOKENS")) {
    const { countTokens } = await import("gpt-tokenizer/encoding/o200k_base");
    const text = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8").slice(0, 4000);
    const tokenCount = countTokens(text);
    const tokensFn = bundle.double.registered.get("TOKENS")!;
    // each distinct text defeats any result cache, as different cells would
    let n = 0;
    let m = 0;
    const measured = interleavedRates({ direct: () => countTokens(text + (m++ % 1000)), wrapper: () => tokensFn([[text + (n++ % 1000)]], null) }, 9, 150);
    const perToken = (r: Repeated): Repeated => ({ median: r.median * tokenCount, low: r.low * tokenCount, high: r.high * tokenCount });
    const overhead = measured.wrapper.ratioToFirst; // wrapper rate / direct rate, per round
    results.tokens = {
      wrapperTokensPerSecond: perToken(measured.wrapper.rate),
      directTokensPerSecond: perToken(measured.direct.rate),
      overhead: { median: 1 / overhead.median - 1, low: 1 / overhead.high - 1, high: 1 / overhead.low - 1 },
    };
  }

}

// 7. an unknown id, and a fine-tuning job id, against a known id's INFERENCE call (each call a distinct id, as a
// column of distinct ids would be)
function measureIds(results: Results, inference: Registered) {
  let unknownSerial = 0;
  let jobSerial = 0;
  const ids = interleavedRates(
    {
      known: () => inference("gpt-4o-mini", 9_000_000, 15_000_000, 30_000, null, null, null, null, null),
      // Excel functions throw their errors (CustomFunctions.Error): caught here as Excel catches them
      unknown: () => {
        try {
          return inference(`acme-model-${unknownSerial++}`, 9_000_000, 15_000_000, 30_000, null, null, null, null, null);
        } catch (error) {
          return error;
        }
      },
    },
    7,
    100,
  );
  const inverse = (r: Repeated): Repeated => ({ median: 1 / r.median, low: 1 / r.high, high: 1 / r.low });
  const jobOverBase = interleavedRates(
    {
      base: () => inference("ft:gpt-4o-mini", 9_000_000, 15_000_000, 30_000, null, null, null, null, null),
      job: () => inference(`ft:gpt-4o-mini-2024-07-18:acme::job${jobSerial++}`, 9_000_000, 15_000_000, 30_000, null, null, null, null, null),
    },
    7,
    100,
  );
  results.ids = { unknownIdCostRatio: inverse(ids.unknown.ratioToFirst), unknownAim: 200, fineTunedJobIdCostRatio: inverse(jobOverBase.job.ratioToFirst), fineTunedAim: 3 };

}

// 8. MODELS' first call (it indexes the catalog) against later ones, and COMPARE, each on a freshly loaded bundle
function measureTables(results: Results, bundle: Loaded) {
  const catalogModels = (bundle.call("MODELS", null, null) as unknown[][]).length - 1;
  const firstModels: number[] = [];
  const laterModels: number[] = [];
  const compares: number[] = [];
  for (let round = 0; round < 5; round++) {
    const fresh = loadFunctionsBundle();
    firstModels.push(timeOnce(() => fresh.call("MODELS", null, null)).ms);
    laterModels.push(timeOnce(() => fresh.call("MODELS", null, null)).ms);
    compares.push(timeOnce(() => fresh.call("COMPARE", 9_000_000, 15_000_000, 30_000, null, 10, null, null)).ms);
  }
  const repeatedOf = (values: number[]): Repeated => ({ median: median(values), low: Math.min(...values), high: Math.max(...values) });
  results.tables = {
    firstModelsMs: repeatedOf(firstModels),
    laterModelsMs: repeatedOf(laterModels),
    firstToLaterRatio: repeatedOf(firstModels.map((ms, i) => ms / laterModels[i])),
    compareMs: repeatedOf(compares),
    compareToModelsRatio: repeatedOf(compares.map((ms, i) => ms / laterModels[i])),
    catalogModels,
  };

}

// 10. INFERENCE with an as_of date (an Excel serial, as a date cell passes it) against the floor of its work: a Map
// look-up of the model, a scan of its dated prices for the date, a multiply. Then tens of thousands of distinct
// (model, date) pairs against one pair, and the first call after a fresh load (which builds what it needs).
function measureDatedInference(results: Results, inference: Registered) {
  const history = new Map<string, { from: string | null; input: number; output: number }[]>([
    ["gpt-4o-mini", [{ from: null, input: 0.15, output: 0.6 }]],
    ["deepseek-v4-pro", [{ from: null, input: 0.435, output: 0.87 }, { from: "2026-08-17", input: 1.32, output: 3.96 }]],
  ]);
  const floorIso = "2025-12-08";
  const floor = () => {
    const entries = history.get("gpt-4o-mini")!;
    let entry = entries[0];
    for (let k = entries.length - 1; k >= 0; k--) {
      const from = entries[k].from;
      if (from === null || from <= floorIso) {
        entry = entries[k];
        break;
      }
    }
    return (9_000_000 * entry.input + 15_000_000 * entry.output) / 1_000_000;
  };
  const dated = interleavedRates({ floor, inference: () => inference("gpt-4o-mini", 9_000_000, 15_000_000, 30_000, null, null, 46_000, null, null) }, 7, 100);
  const PAIR_MODELS = ["gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "claude-sonnet-4-0", "gemini-2.5-pro", "deepseek-chat", "mistral-large-latest", "o3"];
  const PAIRS = 40_000; // 8 models x 5,000 dates from 2025-12-08 (every model priced by then)
  let pair = 0;
  const pairs = interleavedRates(
    {
      onePair: () => inference("gpt-4o-mini", 9_000_000, 15_000_000, 30_000, null, null, 46_000, null, null),
      manyPairs: () => {
        const k = pair++ % PAIRS;
        return inference(PAIR_MODELS[k % 8], 9_000_000, 15_000_000, 30_000, null, null, 46_000 + Math.floor(k / 8), null, null);
      },
    },
    7,
    100,
  );
  const firstCalls: number[] = [];
  for (let round = 0; round < 5; round++) {
    const fresh = loadFunctionsBundle();
    firstCalls.push(timeOnce(() => fresh.call("INFERENCE", "gpt-4o-mini", 9_000_000, 15_000_000, 30_000, null, null, 46_000, null, null)).ms);
  }
  results.datedInference = {
    callsPerSecond: dated.inference.rate,
    floorPerSecond: dated.floor.rate,
    ratioToFloor: dated.inference.ratioToFirst,
    aimRatio: 0.1,
    manyPairsToOnePair: pairs.manyPairs.ratioToFirst,
    pairs: PAIRS,
    firstCallMs: { median: median(firstCalls), low: Math.min(...firstCalls), high: Math.max(...firstCalls) },
    firstCallAimMs: 5,
  };

}

function printTable(r: Results) {
  console.log(`\nLLMCOST bench — ${r.machine}\nEvery figure: median of interleaved, repeated rounds, with its spread (lowest–highest).\n`);
  console.log("1. Custom functions through dist/functions.js (calls/s; baseline: a bare a*b+c called the same way, interleaved)");
  console.log(`   ${"function".padEnd(12)} ${"calls/s".padStart(14)} ${"baseline/s".padStart(14)}  ratio to baseline`);
  for (const f of r.functions) console.log(`   ${f.id.padEnd(12)} ${fmt(f.callsPerSecond.median).padStart(14)} ${fmt(f.baselinePerSecond.median).padStart(14)}  ${spread(f.ratioToBaseline, 3)}`);
  if (r.budgetSheet) {
    const b = r.budgetSheet;
    console.log(`\n2. ${fmt(b.rows)}-row budget sheet in HyperFormula, full recalculation after one driver cell changes`);
    console.log(`   LLMCOST.INFERENCE per row: ${spread(b.llmcostRecalcMs, 1)} ms   native arithmetic with typed prices: ${spread(b.nativeRecalcMs, 1)} ms`);
    console.log(`   ratio ${spread(b.ratio)} (aim ≤ ${b.aimRatio})`);
  }
  if (r.tokens) {
    const t = r.tokens;
    console.log(`\n3. TOKENS: ${fmt(t.wrapperTokensPerSecond.median)} tokens/s through the function, ${fmt(t.directTokensPerSecond.median)} calling gpt-tokenizer directly`);
    console.log(`   wrapper overhead ${fmt(t.overhead.median * 100, 1)}% (${fmt(t.overhead.low * 100, 1)}% to ${fmt(t.overhead.high * 100, 1)}%) (aim < 10%)`);
  }
  console.log("\n4. Bundle sizes");
  for (const b of r.bundles) console.log(`   ${b.file.padEnd(70)} ${fmt(b.minBytes / 1024, 1).padStart(9)} KB min ${fmt(b.gzipBytes / 1024, 1).padStart(8)} KB gzip`);
  if (r.templateSyncs?.length) {
    console.log("\n5. context.sync() calls per template insertion (aim ≤ 3)");
    for (const t of r.templateSyncs) console.log(`   ${t.id.padEnd(24)} ${t.syncs}`);
  }
  console.log(`\n6. Start-up: functions.js evaluated and ${r.startup.functions} functions registered in ${fmt(r.startup.registerMs, 1)} ms (median of 7)`);
  if (r.ids) {
    console.log("\n7. Ids a column may hold, each call a distinct id (cost relative to a known id's INFERENCE call)");
    console.log(`   unknown id ("Closest: ..." message included): ${spread(r.ids.unknownIdCostRatio, 1)}x (aim ≤ ${r.ids.unknownAim}x)`);
    console.log(`   fine-tuning job id (ft:gpt-4o-mini-2024-07-18:acme::jobN) against ft:gpt-4o-mini: ${spread(r.ids.fineTunedJobIdCostRatio)}x (aim ≤ ${r.ids.fineTunedAim}x)`);
  }
  if (r.tables) {
    const t = r.tables;
    console.log(`\n8. Tables over the whole catalog (${fmt(t.catalogModels)} priced models), each round on a freshly loaded bundle`);
    console.log(`   first MODELS call (indexes the catalog once): ${spread(t.firstModelsMs, 1)} ms; later calls ${spread(t.laterModelsMs, 1)} ms; first/later ${spread(t.firstToLaterRatio)}`);
    console.log(`   COMPARE (one pass, labels for the top rows only): ${spread(t.compareMs, 1)} ms; COMPARE/MODELS ${spread(t.compareToModelsRatio)}\n`);
  }
  if (r.forecast) {
    const f = r.forecast;
    console.log(`9. Probability block: every template in one HyperFormula workbook (${fmt(f.cellsWithout)} cells), each of the ${f.simulationSheets} use-case sheets' rate changed`);
    console.log(`   without simulation: ${spread(f.withoutMs, 1)} ms`);
    for (const v of f.variants) {
      console.log(`   + ${f.simulationSheets} simulation sheets, ${fmt(v.scenarios)} scenarios, ${v.bins ? `${v.bins}-bin histogram` : "no histogram"} (${fmt(v.cells)} cells): ${spread(v.ms, 1)} ms, ratio ${spread(v.ratio)} (aim ≤ ${f.aimRatio})`);
    }
    console.log(`   demo sheet alone, one driver's Base changed (1,000 scenarios redrawn): ${spread(f.demoDriverChangeMs, 1)} ms\n`);
  }
  if (r.datedInference) {
    const d = r.datedInference;
    console.log("10. INFERENCE with an as_of date (an Excel serial)");
    console.log(`   ${fmt(d.callsPerSecond.median)} calls/s against a floor of ${fmt(d.floorPerSecond.median)}/s (look-up, date scan, multiply): ${spread(d.ratioToFloor, 3)} of the floor (aim ≥ ${d.aimRatio})`);
    console.log(`   ${fmt(d.pairs)} distinct (model, date) pairs against one pair: ${spread(d.manyPairsToOnePair)} of its rate (aim: no cliff, near 1)`);
    console.log(`   first call after a fresh load: ${spread(d.firstCallMs, 1)} ms (aim ≤ ${d.firstCallAimMs} ms)\n`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
