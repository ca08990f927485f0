/**
 * Section 12 of `npm run bench`: the usage import in the preview, in Debian's Chromium (playwright-core), through the
 * pane's real path: the generated gateway log (bench/actuals-log.ts) is picked in the pane's file input, read by the
 * import's Web Worker (dist/usage-worker.js) and folded into monthly lines, until the pane offers "Import N rows".
 * Beside it, the floor: a plain papaparse pass over the same File in the same browser (on a page of the preview's
 * origin, counting rows only). Two file sizes (a quarter and the whole), variants interleaved, 3 rounds, a fresh page
 * per pass. Reported: seconds, rows/s, and memory against the file size:
 * - peak JS heap of the thread that parses (the worker's for the import, the page's for papaparse), sampled every
 *   100 ms during the pass over the DevTools protocol (Runtime.getHeapUsage), and its growth over the first sample;
 * - peak resident memory of the renderer processes (/proc/<pid>/status VmRSS, sampled) over their size before the pass.
 * The import is checked: the pane's summary must show the lines and rejected records of `npm run actuals` on the file.
 *   npm run bench:actuals -- --preview [--rows=1000000]    (needs npm run build and npm run build:preview)
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { writeGatewayLog } from "./actuals-log";
import { fmt, repeated, type Repeated } from "./measure";
import { readUsageFile } from "../scripts/usage-file";
import { CHROMIUM, CHROMIUM_FLAGS, startPreview } from "../dev/preview-server";

const ROOT = path.resolve(__dirname, "..");
const SAMPLE_MS = 100;

interface Pass {
  seconds: number;
  peakHeapMB: number;
  startHeapMB: number;
  peakRendererMB: number;
  startRendererMB: number;
  summary: string;
}

export interface PreviewSize {
  rows: number;
  fileMB: number;
  lines: number;
  import: Figures;
  floor: Figures;
}
interface Figures {
  seconds: Repeated;
  rowsPerSecond: Repeated;
  peakHeapMB: Repeated;
  heapGrowthMB: Repeated;
  rendererGrowthMB: Repeated;
}
export interface PreviewBench {
  sizes: PreviewSize[];
  skipped?: string;
}

/** Resident memory (MB) of Chromium's renderer processes, summed (the page, its pane frame and the worker's thread live there). */
function rendererRssMB(): number {
  let total = 0;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmdline.startsWith(CHROMIUM) && !cmdline.includes("chromium")) continue;
      if (!cmdline.includes("--type=renderer")) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) total += Number(rss[1]) / 1024;
    } catch {
      // the process ended between the listing and the read
    }
  }
  return total;
}

type HeapReader = () => Promise<number | null>;

/**
 * Used JS heap (MB) of the page's thread, and of its dedicated workers (the pane's frame is in the page's target), read
 * over the DevTools protocol (Runtime.getHeapUsage): performance.memory does not exist in workers. Workers are reached
 * through the page's session with Target.setAutoAttach (not flattened) and Target.sendMessageToTarget.
 */
async function heapReaders(page: Page, workerUrl: RegExp): Promise<{ page: HeapReader; worker: HeapReader }> {
  const cdp = await page.context().newCDPSession(page);
  let workerSession: string | null = null;
  let nextId = 1;
  const pending = new Map<number, (value: { usedSize: number } | null) => void>();
  cdp.on("Target.attachedToTarget", (event) => {
    if (event.targetInfo.type === "worker" && workerUrl.test(event.targetInfo.url)) workerSession = event.sessionId;
  });
  cdp.on("Target.detachedFromTarget", (event) => {
    if (event.sessionId === workerSession) workerSession = null;
  });
  cdp.on("Target.receivedMessageFromTarget", (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? null);
    if (message.id !== undefined) pending.delete(message.id);
  });
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const mb = (bytes: number) => bytes / 2 ** 20;
  return {
    page: async () => mb((await cdp.send("Runtime.getHeapUsage")).usedSize),
    worker: async () => {
      const session = workerSession;
      if (!session) return null;
      const id = nextId++;
      const answer = new Promise<{ usedSize: number } | null>((resolve) => {
        pending.set(id, resolve);
        setTimeout(() => resolve(null), 2000);
      });
      // the protocol's deprecated non-flat routing; Playwright's types leave sessionId out of this command
      await cdp.send("Target.sendMessageToTarget", { sessionId: session, message: JSON.stringify({ id, method: "Runtime.getHeapUsage" }) } as never).catch(() => undefined);
      const usage = await answer;
      return usage ? mb(usage.usedSize) : null;
    },
  };
}

/** Samples heap and renderer memory until `done` settles; returns the pass's figures. */
async function sampled(heap: HeapReader, run: () => Promise<string>): Promise<Pass> {
  const startRendererMB = rendererRssMB();
  let peakRendererMB = startRendererMB;
  let peakHeapMB = 0;
  let startHeapMB = Number.NaN;
  let finished = false;
  const sampler = (async () => {
    while (!finished) {
      const value = await heap();
      if (value !== null) {
        if (Number.isNaN(startHeapMB)) startHeapMB = value;
        peakHeapMB = Math.max(peakHeapMB, value);
      }
      peakRendererMB = Math.max(peakRendererMB, rendererRssMB());
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    }
  })();
  const start = performance.now();
  const summary = await run();
  const seconds = (performance.now() - start) / 1000;
  finished = true;
  await sampler;
  return { seconds, peakHeapMB, startHeapMB: Number.isNaN(startHeapMB) ? 0 : startHeapMB, peakRendererMB, startRendererMB, summary };
}

async function importPass(browser: Browser, baseUrl: string, file: string): Promise<Pass> {
  const page = await browser.newPage();
  try {
    await page.goto(baseUrl);
    await page.waitForSelector("body[data-ready=true]", { timeout: 60000 });
    const pane = page.frameLocator("#pane");
    await pane.locator("#usage-file").waitFor({ state: "attached", timeout: 60000 });
    let worker = false;
    page.on("worker", (w) => void (worker ||= w.url().endsWith("/usage-worker.js")));
    const heap = await heapReaders(page, /\/usage-worker\.js$/);
    return await sampled(
      heap.worker,
      async () => {
        await pane.locator("#usage-file").setInputFiles(file);
        await pane.locator("#confirm-import:not([disabled])").waitFor({ timeout: 300000 });
        if (!worker) throw new Error("the file was not read in the import's Web Worker");
        return (await pane.locator("p.import-summary:not(#budget-summary)").textContent()) ?? "";
      },
    );
  } finally {
    await page.close();
  }
}

async function floorPass(browser: Browser, baseUrl: string, file: string): Promise<Pass> {
  const page = await browser.newPage();
  try {
    // a page of the preview's origin with a file input and papaparse (from node_modules, no network)
    await page.route(`${baseUrl}bench-floor.html`, (route) => route.fulfill({ contentType: "text/html", body: '<!doctype html><input type="file" id="f">' }));
    await page.goto(`${baseUrl}bench-floor.html`);
    await page.addScriptTag({ path: require.resolve("papaparse/papaparse.min.js") });
    await page.locator("#f").setInputFiles(file);
    const heap = await heapReaders(page, /^$/);
    return await sampled(
      heap.page,
      async () => {
        const rows = await page.evaluate(
          () =>
            new Promise<number>((resolve, reject) => {
              const input = document.getElementById("f") as HTMLInputElement;
              let count = 0;
              const papa = (window as unknown as { Papa: { parse(file: File, config: object): void } }).Papa;
              papa.parse(input.files![0], { skipEmptyLines: true, step: () => void count++, complete: () => resolve(count - 1), error: reject });
            }),
        );
        return `${rows} rows`;
      },
    );
  } finally {
    await page.close();
  }
}

function figures(rows: number, passes: Pass[]): Figures {
  return {
    seconds: repeated(passes.map((p) => p.seconds)),
    rowsPerSecond: repeated(passes.map((p) => rows / p.seconds)),
    peakHeapMB: repeated(passes.map((p) => p.peakHeapMB)),
    heapGrowthMB: repeated(passes.map((p) => p.peakHeapMB - p.startHeapMB)),
    rendererGrowthMB: repeated(passes.map((p) => p.peakRendererMB - p.startRendererMB)),
  };
}

export async function measurePreviewImport(rows = 1_000_000, rounds = 3): Promise<PreviewBench> {
  for (const built of [path.join(ROOT, "dist", "usage-worker.js"), path.join(ROOT, "preview", "dist", "office-standin.js")]) {
    if (!existsSync(built)) return { sizes: [], skipped: `${path.relative(ROOT, built)} is missing: npm run build && npm run build:preview` };
  }
  if (!existsSync(CHROMIUM)) return { sizes: [], skipped: `${CHROMIUM} is missing (apt-get install chromium)` };
  const dir = mkdtempSync(path.join(os.tmpdir(), "llmcost-preview-bench-"));
  const preview = await startPreview();
  const { baseUrl } = preview;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const sizes: PreviewSize[] = [];
    for (const count of [Math.round(rows / 4), rows]) {
      const file = path.join(dir, `gateway-log-${count}.csv`);
      const written = writeGatewayLog(file, count);
      const expected = readUsageFile(file);
      const passes: Record<"import" | "floor", Pass[]> = { import: [], floor: [] };
      for (let round = 0; round < rounds; round++) {
        for (const variant of round % 2 === 0 ? (["import", "floor"] as const) : (["floor", "import"] as const)) {
          passes[variant].push(variant === "import" ? await importPass(browser, baseUrl, file) : await floorPass(browser, baseUrl, file));
        }
      }
      for (const pass of passes.import) {
        const lines = Number(/^([\d,]+) monthly/.exec(pass.summary)?.[1].replace(/,/g, ""));
        const rejected = Number(/([\d,]+) records? could not be read/.exec(pass.summary)?.[1].replace(/,/g, ""));
        if (lines !== expected.rows.length || rejected !== expected.rejected.length) {
          throw new Error(`the pane read "${pass.summary}"; npm run actuals reads ${expected.rows.length} lines and ${expected.rejected.length} rejected records`);
        }
      }
      for (const pass of passes.floor) if (pass.summary !== `${count} rows`) throw new Error(`papaparse read ${pass.summary} of ${count}`);
      sizes.push({ rows: count, fileMB: written.bytes / 2 ** 20, lines: expected.rows.length, import: figures(count, passes.import), floor: figures(count, passes.floor) });
      rmSync(file, { force: true });
    }
    return { sizes };
  } finally {
    await browser.close();
    preview.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printPreviewBench(b: PreviewBench): void {
  console.log("\n12. Usage import in the preview (Debian's Chromium): the pane's file input → its Web Worker → monthly lines, a fresh page per pass");
  if (b.skipped) {
    console.log(`   skipped: ${b.skipped}`);
    return;
  }
  const spread = (r: Repeated, d = 1) => `${fmt(r.median, d)} (${fmt(r.low, d)}–${fmt(r.high, d)})`;
  for (const s of b.sizes) {
    console.log(`   ${fmt(s.rows)} rows, ${fmt(s.fileMB, 1)} MB → ${fmt(s.lines)} lines`);
    for (const [label, f] of [["import (worker)  ", s.import], ["papaparse floor ", s.floor]] as const) {
      console.log(
        `     ${label} ${spread(f.seconds, 2)} s, ${fmt(f.rowsPerSecond.median)} rows/s, peak JS heap ${spread(f.peakHeapMB, 0)} MB (+${fmt(f.heapGrowthMB.median, 0)} MB during the pass), renderer memory +${spread(f.rendererGrowthMB, 0)} MB`,
      );
    }
  }
}

if (require.main === module) {
  const rowsArg = process.argv.find((arg) => arg.startsWith("--rows="));
  measurePreviewImport(rowsArg ? Number(rowsArg.slice(7)) : 1_000_000)
    .then(printPreviewBench)
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
