/**
 * End to end, in Debian's Chromium through playwright-core: the preview page (scripts/preview.js) with the real
 * dist/taskpane.html and dist/functions.js beside a HyperFormula workbook. Templates are inserted by clicking in
 * the task pane; named cells are read from the page through the name box, as a user would; inputs are edited by
 * typing; formulas are typed into cells. The page must make no request outside localhost and log no errors.
 */
// the CLI renders Korean sheets in this process: every language's texts first
import "../support/languages";
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { encode } from "gpt-tokenizer";
import { chromium, type Browser, type Page } from "playwright-core";
import type { IdleState } from "../../preview/src/host";
import { loadFunctionsBundle } from "../../dev/load-functions-bundle";
import { CHROMIUM, CHROMIUM_FLAGS, startPreview, type Preview } from "../../dev/preview-server";
import { cellAddress, parseAddress } from "../../dev/excel-double/address";
import { createExcelStandin } from "../../dev/excel-double/excel-standin";
import { formatValue } from "../../dev/excel-double/number-format";
import { llmcostWorkbookFactory } from "../../dev/excel-double/workbook";
import { main as templateCli } from "../../scripts/template-cli";
import type { RenderedTemplate } from "../../src/templates";
import { insertRenderedTemplate } from "../../src/excel/template-writer";
import { parseUsage } from "../../src/engine/actuals";
import { renderFromWorkbook } from "../../src/excel/budget-vs-actual-sheet";
import { tableRow } from "../../src/templates/actuals-table";
import { writeActualsTable } from "../../src/excel/actuals-table-writer";

const ROOT = path.resolve(__dirname, "..", "..");
const RESULTS = path.join(ROOT, "test-results");

/** The guide's figures, by template and name. */
const GUIDE: Record<string, Record<string, number>> = {
  "complaint-redressal": { TrainingCorpusTokens: 420_000_000, DomainTokens: 84_000_000, InstructionTokens: 42_000_000, MonthlyUsers: 150_000, InferenceTokens: 180_000_000, FineTuneCost_Guide: 4_200, InferenceCost_Guide: 1_800, TotalCost_Guide: 6_000, OneOffCost_Guide: 4_200, MonthlyTokenCost_Guide: 1_800 },
  "sentiment-analysis": { QueriesPerMonth: 30_000, InputTokens: 9_000_000, OutputTokens: 15_000_000, TotalTokens: 24_000_000, InferenceCost_Guide: 240_000 },
  "embedding-retrieval": { EmbeddingCost_Guide: 1_680, StorageCost_Guide: 0.5, QueryCost_Guide: 10, TotalCost_Guide: 1_690.5, OneOffCost_Guide: 1_680, MonthlyTokenCost_Guide: 10.5 },
};

/** Templates and their names from the template CLI (`npm run template -- --list` / `-- <id>`), not hard-coded. */
function cli(args: string[]): string {
  let out = "";
  let err = "";
  const code = templateCli(args, (t) => (out += t), (t) => (err += t));
  if (code !== 0) throw new Error(`npm run template -- ${args.join(" ")} failed: ${err}`);
  return out;
}
const TEMPLATE_IDS = cli(["--list"]).trim().split("\n");
const renderedFor = (id: string, date?: string): RenderedTemplate => JSON.parse(cli([id, ...(date ? [`--date=${date}`] : [])]));

const functions = loadFunctionsBundle();
const newNodeWorkbook = llmcostWorkbookFactory(functions.double, functions.metadata);

let preview: Preview | undefined;
let browser: Browser;
let baseUrl: string;
const outside: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(ROOT, "dist", "taskpane.html"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does).");
  if (!fs.existsSync(path.join(ROOT, "preview", "dist", "office-standin.js"))) {
    const build = spawnSync("npm", ["run", "build:preview", "--silent"], { cwd: ROOT, stdio: "inherit" });
    if (build.status !== 0) throw new Error("npm run build:preview failed");
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does).`);
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.rmSync(path.join(RESULTS, "e2e-failures"), { recursive: true, force: true }); // only this run's failures are kept
  preview = await startPreview();
  baseUrl = preview.baseUrl;
  expect(baseUrl).toBe(`http://localhost:${preview.port}/`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}, 120000);

afterAll(async () => {
  await browser?.close();
  preview?.stop();
});

/** The last messages each page wrote to its console (all levels, both frames), kept for a wait that gives up. */
const consoleLogs = new WeakMap<Page, string[]>();
const CONSOLE_KEPT = 100;

/** What a failed wait's report shows of the page: the grid, the selection, why it is not idle, the pane's messages. */
interface PageState {
  ready: string | null;
  idle: IdleState | null;
  sheet: string | null;
  nameBox: string | null;
  selected: { address: string | null; value: string | null; type: string | null; text: string } | null;
  pane: { title: string | null; language: string | null; status: string[] } | null;
}

async function pageState(page: Page): Promise<PageState | { unreadable: string }> {
  try {
    return await page.evaluate((): PageState => {
      const host = (window as unknown as { __llmcostPreview?: { idleState(): IdleState } }).__llmcostPreview;
      const td = document.querySelector("#grid td.selected");
      const pane = (document.getElementById("pane") as HTMLIFrameElement | null)?.contentDocument ?? null;
      return {
        ready: document.body.dataset.ready ?? null,
        idle: host ? host.idleState() : null,
        sheet: document.getElementById("grid")?.getAttribute("data-sheet-name") ?? null,
        nameBox: (document.getElementById("name-box") as HTMLInputElement | null)?.value ?? null,
        selected: td ? { address: td.getAttribute("data-address"), value: td.getAttribute("data-value"), type: td.getAttribute("data-type"), text: td.textContent ?? "" } : null,
        pane: pane
          ? {
              title: pane.getElementById("templates-title")?.textContent ?? null,
              language: pane.documentElement.getAttribute("lang"),
              status: [...pane.querySelectorAll(".status, #import-status")].filter((e) => (e.textContent ?? "") !== "").map((e) => `${e.id ? `#${e.id}` : `.${[...e.classList].join(".")}`}: ${e.textContent ?? ""}`),
            }
          : null,
      };
    });
  } catch (error) {
    return { unreadable: (error as Error).message.split("\n")[0] };
  }
}

const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80);

/**
 * Runs one wait; when it gives up (a timeout, a closed page), the error names the wait and the state the page was in,
 * and keeps under test-results/e2e-failures/ a screenshot, the page's HTML and a JSON file with that state and the
 * page's last console messages, so that a rare failure can be understood from one run.
 */
async function waitStep<T>(page: Page, wait: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const state = await pageState(page);
    const test = expect.getState().currentTestName ?? "outside a test";
    const dir = path.join(RESULTS, "e2e-failures");
    const base = path.join(dir, `${fileSafe(test)}--${fileSafe(wait)}`);
    fs.mkdirSync(dir, { recursive: true });
    const shot = await page.screenshot({ path: `${base}.png` }).then(() => `${path.relative(ROOT, base)}.png`, (e: Error) => `no screenshot (${e.message.split("\n")[0]})`);
    fs.writeFileSync(`${base}.html`, await page.content().catch((e: Error) => `no HTML (${e.message})`));
    const paneFrame = page.frames().find((frame) => frame.url().endsWith("/taskpane.html"));
    if (paneFrame) fs.writeFileSync(`${base}.pane.html`, await paneFrame.content().catch((e: Error) => `no HTML (${e.message})`));
    const message = (error as Error).message.split("\n")[0];
    fs.writeFileSync(`${base}.json`, JSON.stringify({ test, wait, error: (error as Error).message, state, console: consoleLogs.get(page) ?? [] }, null, 2));
    throw new Error(
      `Wait "${wait}" gave up: ${message}\nThe page showed: ${JSON.stringify(state)}\nKept: ${shot}; ${path.relative(ROOT, base)}.html, .pane.html and .json (the state, the last console messages)`,
    );
  }
}

async function openPreview(displayLanguage?: string, viewport = { width: 1600, height: 1000 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  if (displayLanguage) await page.addInitScript(setOfficeDisplayLanguage, displayLanguage);
  page.on("request", (request) => {
    const url = request.url();
    if (!/^(http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:|about:)/.test(url)) outside.push(url);
  });
  const log: string[] = [];
  consoleLogs.set(page, log);
  page.on("console", (message) => {
    log.push(`${message.type()}: ${message.text()} (${message.location().url})`);
    if (log.length > CONSOLE_KEPT) log.shift();
    if (message.type() === "error") consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => {
    // kept beside the console messages too: a script that throws while the pane draws is the first thing to read
    log.push(`pageerror: ${error.message}`);
    consoleErrors.push(`pageerror: ${error.message}`);
  });
  await page.goto(baseUrl);
  await waitStep(page, "preview ready (body[data-ready=true])", () => page.waitForSelector("body[data-ready=true]", { timeout: 30000 }));
  await waitStep(page, "the pane shows its template cards", () => page.frameLocator("#pane").locator("#app button.card").first().waitFor({ timeout: 30000 }));
  return page;
}

/** Runs in every frame before its scripts: the pane's Office stand-in then reports this display language. */
function setOfficeDisplayLanguage(language: string): void {
  const win = window as unknown as Record<string, unknown>;
  Object.defineProperty(win, "Office", {
    configurable: true,
    get: () => undefined,
    set(office: { context: { displayLanguage: string } }) {
      office.context.displayLanguage = language;
      Object.defineProperty(win, "Office", { configurable: true, writable: true, value: office });
    },
  });
}

interface CellRead {
  address: string;
  value: string | null;
  type: string | null;
  text: string;
}

/** A cell of a sheet, as the grid marks it: the grid's sheet name and the cell's address. */
interface At {
  sheet: string;
  address: string;
}
const SHEET1 = (address: string): At => ({ sheet: "Sheet1", address });

/**
 * Waits until the page has nothing left to show: no asynchronous function computing, no edit open, and the grid
 * drawn from the workbook's latest change (the preview host's isIdle). A wait for "no #BUSY! on screen" alone would
 * pass at once on a grid not yet redrawn after a change.
 */
async function idle(page: Page): Promise<void> {
  await waitStep(page, "page idle (isIdle)", () => page.waitForFunction(() => (window as unknown as { __llmcostPreview: { isIdle(): boolean } }).__llmcostPreview.isIdle(), undefined, { timeout: 30000 }));
}

/**
 * Reads a cell as a user would: the name box goes to a name or address; the grid shows the selected cell. Waits for
 * exactly that cell selected on that sheet, with the page idle: never any selected cell (on a busy machine that is the
 * previous selection, e.g. A1's title read as a price date).
 */
async function readCell(page: Page, at: At, nameOrAddress: string = at.address): Promise<CellRead> {
  await page.fill("#name-box", nameOrAddress);
  await page.press("#name-box", "Enter");
  // One wait for the whole state (that cell selected on that sheet, the page idle), reading the cell in the same step.
  const shown = await waitStep(page, `cell ${at.sheet}!${at.address} selected (via "${nameOrAddress}") and page idle`, () => page.waitForFunction(
    ({ sheet, address }) => {
      if (!(window as unknown as { __llmcostPreview: { isIdle(): boolean } }).__llmcostPreview.isIdle()) return null;
      const td = document.querySelector(`#grid[data-sheet-name="${CSS.escape(sheet)}"] td.selected[data-address="${address}"]`);
      if (!td) return null;
      return { address: td.getAttribute("data-address") ?? "", value: td.getAttribute("data-value"), type: td.getAttribute("data-type"), text: td.textContent ?? "" };
    },
    at,
    { timeout: 30000 },
  ));
  return (await shown.jsonValue()) as CellRead;
}

/** Clicks a cell of the grid (with Shift: extends the selection to it) and waits until the grid shows it. */
async function clickCell(page: Page, address: string, shift = false): Promise<void> {
  await page.locator(`#grid td[data-address="${address}"]`).click(shift ? { modifiers: ["Shift"] } : undefined);
  await idle(page);
}

async function typeInto(page: Page, at: At, text: string): Promise<void> {
  await readCell(page, at);
  await page.focus("#grid");
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await idle(page);
}

async function insertFromPane(page: Page, title: string): Promise<string> {
  const pane = page.frameLocator("#pane");
  await pane.locator("button.card", { hasText: title }).first().click();
  await pane.locator("form.options button[type=submit]").click();
  const status = pane.locator("#template-status.ok, #template-status.error");
  await waitStep(page, `"${title}" inserted: the pane reports OK or an error`, () => status.waitFor({ timeout: 30000 }));
  await idle(page);
  return (await status.textContent()) ?? "";
}

const plain = (s: string) => s.replace(/[\s\u00a0]/g, "");

/**
 * The template's chart as Excel would draw it: its type (columns stand, bars lie, lines join points), a value axis
 * with labelled ticks, and the category labels the template asked for (series.setXAxisValues), in order.
 */
async function expectChartDrawn(page: Page, rendered: RenderedTemplate): Promise<void> {
  const spec = rendered.sheets[0].chart;
  if (!spec) return expect(await page.locator("figure.chart").count()).toBe(0);
  const chart = page.locator(`figure.chart[data-chart-type="${spec.type}"]`);
  await expect(chart.count()).resolves.toBe(1);
  await expect(chart.locator("figcaption").textContent()).resolves.toBe(spec.title);
  expect(await chart.locator(".value-axis .tick-label").count()).toBeGreaterThanOrEqual(2);
  const marks = /^Bar/.test(spec.type) ? "rect.bar" : /^Column/.test(spec.type) ? "rect.column" : "polyline";
  expect(await chart.locator(`.series ${marks}`).count()).toBeGreaterThanOrEqual(spec.seriesNames.length);
  await expect(chart.locator(".legend span").allTextContents()).resolves.toEqual(spec.seriesNames);
  if (spec.categoriesRange) {
    const ref = parseAddress(spec.categoriesRange)!;
    const addresses: string[] = [];
    for (let r = ref.top; r <= ref.bottom; r++) for (let c = ref.left; c <= ref.right; c++) addresses.push(cellAddress(r, c));
    const cells = new Map(rendered.sheets[0].cells.map((c) => [c.address, c]));
    const labels = await chart.locator(".category-axis .category-label").allTextContents();
    expect(labels).toHaveLength(addresses.length);
    // Text labels are the template's own; labels computed by formulas (periods) are at least there.
    labels.forEach((label, i) => {
      const cell = cells.get(addresses[i]);
      if (typeof cell?.value === "string") expect(label).toBe(cell.value);
      else expect(label).not.toBe("");
    });
  }
}

const COMPARE_FORMULA = '=LLMCOST.COMPARE(1000000,1000000,1,"",3)';

/** The COMPARE spill (a header and three models) at column A from `row`: every cell as functions.js computes it. */
async function expectCompareAt(page: Page, row: number): Promise<void> {
  const compare = functions.call("COMPARE", 1000000, 1000000, 1, "", 3) as unknown[][];
  expect(compare).toHaveLength(4);
  for (let r = 0; r < compare.length; r++) {
    for (let c = 0; c < compare[r].length; c++) {
      const read = await readCell(page, SHEET1(`${String.fromCharCode(65 + c)}${row + r}`));
      if (typeof compare[r][c] === "number") expect(Number(read.value)).toBeCloseTo(compare[r][c] as number, 9);
      else expect(read.value ?? "").toBe(String(compare[r][c] ?? ""));
    }
  }
}

describe("preview host in Chromium", () => {
  test("the pane loads from localhost with the stand-in; screenshot of the pane", async () => {
    const page = await openPreview();
    const pane = page.frameLocator("#pane");
    await expect(pane.locator("h1").textContent()).resolves.toBe("LLMCOST");
    expect(await pane.locator("button.card").count()).toBe(TEMPLATE_IDS.length);
    await page.locator("aside").screenshot({ path: path.join(RESULTS, "preview-pane.png") });
    // The pane's Office.js is the stand-in; Microsoft's CDN script is gone from the served taskpane.html.
    const html = await (await fetch(`${baseUrl}taskpane.html`)).text();
    expect(html).not.toMatch(/appsforoffice\.microsoft\.com\/lib/);
    expect(html).toMatch(/<script src="\/preview\/office-standin\.js"><\/script>/);
    await page.close();
  });

  test.each(TEMPLATE_IDS)("insert %s from the pane; its named cells show the guide's figures; editing an input recalculates", async (id) => {
    const page = await openPreview();
    const template = renderedFor(id);
    const message = await insertFromPane(page, template.title);
    expect(message).toMatch(/^Inserted "/);
    expect(message).toMatch(/Checks: OK/);
    await expect(page.locator("#tabs .tab.active").textContent()).resolves.toBe(template.sheets[0].name);

    // The price date the pane chose (today), to build the same sheet in Node with the same engine for comparison.
    const priceDate = template.names.find((n) => n.name === "PriceDate");
    if (!priceDate) throw new Error(`${id} has no PriceDate name: every template's title block has one`);
    const shownDate = (await readCell(page, { sheet: priceDate.sheet, address: priceDate.address.replace(/\$/g, "") }, "PriceDate")).text;
    expect(shownDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const rendered = renderedFor(id, shownDate);
    const nodeBook = newNodeWorkbook();
    const { Excel } = createExcelStandin(() => nodeBook) as unknown as { Excel: { run<T>(b: (c: Excel.RequestContext) => Promise<T>): Promise<T> } };
    await Excel.run((context) => insertRenderedTemplate(context, rendered));
    await nodeBook.settle();

    const cells = new Map(rendered.sheets.flatMap((sheet) => sheet.cells.map((cell) => [`${sheet.name}!${cell.address}`, cell] as const)));
    const cellNames = rendered.names.filter((n) => !n.address.includes(":")); // a row's range (CumulativeCashFlow) is not one cell
    const readAll = async () => {
      const out: Record<string, CellRead> = {};
      let shownSheet = await page.locator("#tabs .tab.active").textContent();
      for (const name of cellNames) {
        if (name.sheet !== rendered.sheets.find((s) => s.name === name.sheet)?.name) continue;
        // Like a user, switch sheets only when the name is on another one (a sheet switch redraws the whole grid).
        if (shownSheet !== name.sheet) {
          await page.locator("#tabs .tab", { hasText: name.sheet }).first().click();
          shownSheet = name.sheet;
        }
        out[`${name.sheet}!${name.name}`] = await readCell(page, { sheet: name.sheet, address: name.address.replace(/\$/g, "") }, name.name);
      }
      return out;
    };
    const compareWithEngine = (shown: Record<string, CellRead>) => {
      for (const name of cellNames) {
        const read = shown[`${name.sheet}!${name.name}`];
        const sheet = nodeBook.getSheet(name.sheet);
        const model = nodeBook.findName(name.name, name.workbook ? null : sheet)!; // the Assumptions drivers are workbook names
        const { ref } = nodeBook.nameRange(model)!;
        const expected = nodeBook.value(sheet, ref.top, ref.left);
        expect({ name: name.name, type: read.type }).not.toEqual({ name: name.name, type: "error" });
        if (typeof expected === "number") {
          expect(read.type).toBe("number");
          expect(Number(read.value)).toBeCloseTo(expected, 6);
          const format = cells.get(`${name.sheet}!${name.address.replace(/\$/g, "")}`)?.format;
          expect(plain(read.text)).toBe(plain(formatValue(expected, format).text));
        } else expect(read.value ?? "").toBe(String(expected));
      }
    };
    const before = await readAll();
    compareWithEngine(before);
    for (const [name, figure] of Object.entries(GUIDE[id] ?? {})) {
      const read = Object.entries(before).find(([k]) => k.endsWith(`!${name}`))?.[1];
      // To Excel's 15 significant digits: 180,000,000 × 0.00001 is the double 1800.0000000000002, which Excel shows as 1800.
      expect({ name, value: read && Number(Number(read.value).toPrecision(15)) }).toEqual({ name, value: figure });
    }
    await page.locator("#tabs .tab", { hasText: template.sheets[0].name }).first().click();
    await readCell(page, { sheet: template.sheets[0].name, address: "A1" });
    await page.evaluate(() => document.getElementById("grid")!.scrollTo(0, 0));
    await page.screenshot({ path: path.join(RESULTS, `template-${id}.png`) });
    await expectChartDrawn(page, rendered);

    // Edit: double the first numeric input that changes a named cell (found in the Node workbook, which computes as
    // the page does); the page must show what the engine computes. Every template has one: a sheet whose inputs
    // drive none of its named outputs would be a template defect, and the test says so rather than skip the edit.
    const first = rendered.sheets[0];
    const inputs = first.cells.filter((c) => c.style === "input" && typeof c.value === "number" && c.value !== 0);
    const setInNode = async (address: string, value: unknown) => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(first.name).getRange(address).values = [[value]];
        await context.sync();
      });
      await nodeBook.settle();
    };
    // Every cell of every named range (the price sheet's name covers its whole table), sheet- or workbook-scoped.
    const namedValues = () =>
      rendered.names.map((n) => {
        const sheet = nodeBook.getSheet(n.sheet);
        const { ref } = nodeBook.nameRange(nodeBook.findName(n.name, n.workbook ? null : sheet)!)!;
        const values: unknown[] = [];
        for (let row = ref.top; row <= ref.bottom; row++) for (let col = ref.left; col <= ref.right; col++) values.push(nodeBook.value(sheet, row, col));
        return values;
      });
    const unchanged = JSON.stringify(namedValues());
    let input: (typeof inputs)[number] | undefined;
    for (const candidate of inputs) {
      await setInNode(candidate.address, (candidate.value as number) * 2);
      if (JSON.stringify(namedValues()) !== unchanged) {
        input = candidate;
        break;
      }
      await setInNode(candidate.address, candidate.value);
    }
    if (!input) throw new Error(`${id}: no numeric input on ${first.name} changes a named cell`);
    await page.locator("#tabs .tab", { hasText: first.name }).first().click();
    await typeInto(page, { sheet: first.name, address: input.address }, String((input.value as number) * 2));
    const after = await readAll();
    compareWithEngine(after);
    expect(Object.keys(after).some((k) => after[k].value !== before[k].value)).toBe(true);
    await page.close();
  }, 120000);

  test("at 1366×768: a card's options and Insert open right under it, named by it, on screen; focus goes to the outcome", async () => {
    const page = await openPreview(undefined, { width: 1366, height: 768 });
    const pane = page.frameLocator("#pane");
    // The gallery's last card: with the options below all the cards, they were furthest off-screen.
    const card = pane.locator("button.card").last();
    const title = (await card.locator("strong").textContent()) ?? "";
    await card.click();
    const options = pane.locator('li:has(> button.card[aria-pressed="true"]) > form.options');
    await waitStep(page, `options of "${title}" shown under its card`, () => options.waitFor({ state: "visible", timeout: 30000 }));
    await expect(options.locator("h3").textContent()).resolves.toBe(`Options for ${title}`);
    const insert = options.locator("button[type=submit]");
    await expect(insert.textContent()).resolves.toBe(`Insert “${title}”`);
    // The clicked card and its Insert button are both inside the pane's visible area.
    const inView = async (locator: typeof insert) => locator.evaluate((node) => {
      const box = node.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= node.ownerDocument.defaultView!.innerHeight;
    });
    await expect(inView(insert)).resolves.toBe(true);
    await expect(card.evaluate((node) => node.nextElementSibling?.tagName)).resolves.toBe("FORM");
    await page.locator("aside").screenshot({ path: path.join(RESULTS, "preview-pane-options.png") });
    await insert.click();
    const status = pane.locator("#template-status.ok");
    await waitStep(page, `"${title}" inserted: the status under its card reports OK`, () => status.waitFor({ timeout: 30000 }));
    await expect(status.textContent()).resolves.toMatch(/Checks: OK/);
    await expect(status.evaluate((node) => node.ownerDocument.activeElement === node)).resolves.toBe(true);
    await expect(inView(status)).resolves.toBe(true);
    await idle(page);
    await page.screenshot({ path: path.join(RESULTS, "preview-1366x768.png") });
    await page.close();
  }, 120000);

  test("at 1366×768: prompt-techniques' ranking (cheapest technique, its cost, the cost of every technique B–H) is on the first screen", async () => {
    const page = await openPreview(undefined, { width: 1366, height: 768 });
    const pane = page.frameLocator("#pane");
    const template = renderedFor("prompt-techniques");
    const card = pane.locator("button.card", { hasText: template.title });
    await card.click();
    const options = pane.locator('li:has(> button.card[aria-pressed="true"]) > form.options');
    await waitStep(page, "prompt-techniques' options shown", () => options.waitFor({ state: "visible", timeout: 30000 }));
    await options.locator("button[type=submit]").click();
    await waitStep(page, "prompt-techniques inserted: status OK", () => pane.locator("#template-status.ok").waitFor({ timeout: 30000 }));
    await idle(page);
    const names = template.names;
    const addressOf = (name: string) => names.find((n) => n.name === name)!.address.replace(/\$/g, "").replace(/^.*!/, "");
    const addresses = ["CheapestTechnique", "CheapestMonthlyCost", "Cost_ZeroShot", "Cost_MultiSample"].map(addressOf);
    // Shown without scrolling: each cell lies inside the grid's visible box and the window.
    const onScreen = await page.evaluate((wanted) => {
      const grid = document.querySelector("#grid") as HTMLElement;
      const view = grid.getBoundingClientRect();
      return wanted.map((address) => {
        const td = grid.querySelector(`td[data-address="${address}"]`);
        const box = td?.getBoundingClientRect();
        const inside = !!box && box.left >= view.left && box.right <= Math.min(view.right, window.innerWidth) && box.top >= view.top && box.bottom <= Math.min(view.bottom, window.innerHeight);
        return { address, inside };
      });
    }, addresses);
    await page.screenshot({ path: path.join(RESULTS, "preview-1366x768-prompt-techniques.png") });
    expect(onScreen).toEqual(addresses.map((address) => ({ address, inside: true })));
    await page.close();
  }, 120000);
  test("insert in KRW from the pane: it asks for the rate, then the sheet's money shows ₩ at the rate", async () => {
    const page = await openPreview();
    const pane = page.frameLocator("#pane");
    const template = renderedFor("sentiment-analysis");
    await pane.locator("button.card", { hasText: template.title }).first().click();
    await pane.locator("#currency").selectOption("KRW");
    await pane.locator("form.options button[type=submit]").click();
    await expect(pane.locator("#template-status.error").textContent()).resolves.toBe("Enter the USD → KRW rate (how many KRW one US dollar buys): amounts are USD list prices × this rate.");
    await pane.locator("#fx-rate").fill("1400");
    await pane.locator("#fx-source").fill("Bank of Korea reference rate");
    await pane.locator("form.options button[type=submit]").click();
    await waitStep(page, "KRW sheet inserted: the pane reports OK", () => pane.locator("#template-status.ok").waitFor({ timeout: 30000 }));
    await expect(pane.locator("#template-status.ok").textContent()).resolves.toMatch(/Checks: OK/);
    await idle(page);
    const krw = JSON.parse(cli(["sentiment-analysis", "--currency=KRW", "--fx=1400", "--fx-source=Bank of Korea reference rate"])) as RenderedTemplate;
    const sheet = krw.sheets[0].name;
    const at = (name: string) => ({ sheet, address: krw.names.find((n) => n.name === name)!.address.replace(/\$/g, "") });
    const guide = await readCell(page, at("InferenceCost_Guide"), "InferenceCost_Guide");
    expect([Number(guide.value), guide.text]).toEqual([336_000_000, "₩336,000,000"]);
    const rate = await readCell(page, at("FxRate"), "FxRate");
    expect(Number(rate.value)).toBe(1400);
    const source = krw.sheets[0].cells.find((c) => c.value === "Bank of Korea reference rate")!.address;
    await expect(readCell(page, { sheet, address: source }).then((read) => read.text)).resolves.toBe("Bank of Korea reference rate");
    await page.close();
  }, 120000);

  test("typed formulas: INFERENCE, COMPARE spilling (and #SPILL! when blocked), an unknown model's #N/A with its message", async () => {
    const page = await openPreview();
    await typeInto(page, SHEET1("A1"), '=LLMCOST.INFERENCE("gpt-4o",1000000,1000000)');
    const a1 = await readCell(page, SHEET1("A1"));
    expect(a1.type).toBe("number");
    expect(Number(a1.value)).toBeCloseTo(functions.call("INFERENCE", "gpt-4o", 1000000, 1000000) as number, 9);
    await expect(page.inputValue("#formula-input")).resolves.toBe('=LLMCOST.INFERENCE("gpt-4o",1000000,1000000)');

    await typeInto(page, SHEET1("A3"), COMPARE_FORMULA);
    await expectCompareAt(page, 3);
    // A spilled cell shows its parent's formula in the formula bar.
    await readCell(page, SHEET1("A4"));
    await expect(page.inputValue("#formula-input")).resolves.toBe(COMPARE_FORMULA);
    await typeInto(page, SHEET1("B4"), "blocker");
    const blocked = await readCell(page, SHEET1("A3"));
    expect(blocked.text).toBe("#SPILL!");
    await readCell(page, SHEET1("B4"));
    await page.focus("#grid");
    await page.keyboard.press("Delete");
    await idle(page);
    await expectCompareAt(page, 3);

    await typeInto(page, SHEET1("A12"), '=LLMCOST.INFERENCE("no-such-model",1000,1000)');
    const na = await readCell(page, SHEET1("A12"));
    expect(na.text).toBe("#N/A");
    const message = (await page.locator("#cell-message").textContent()) ?? "";
    expect(message).toMatch(/^#N\/A — .*no-such-model/);
    await page.screenshot({ path: path.join(RESULTS, "typed-formulas.png") });
    await page.close();
  }, 120000);

  test("price dates: the pane lists each sheet's pinned date, its models and a cost cell at today's prices, and changes nothing", async () => {
    const page = await openPreview();
    await typeInto(page, SHEET1("A1"), "=DATE(2026,8,1)");
    await typeInto(page, SHEET1("A2"), '=LLMCOST.INFERENCE("deepseek-v4-pro",2000000,500000,1000,,,A1)');
    const before = await readCell(page, SHEET1("A2"));
    expect(before.type).toBe("number");
    const pane = page.frameLocator("#pane");
    await pane.locator("#price-dates-panel button").click();
    await waitStep(page, "the price-date review reports", () => pane.locator("#price-dates-panel .status.ok").waitFor({ timeout: 30000 }));
    const sheet = pane.locator('#price-dates-panel li.price-date-sheet[data-sheet="Sheet1"]');
    await expect(sheet.locator("strong").textContent()).resolves.toBe("Sheet1: price date 2026-08-01; models deepseek-v4-pro");
    const line = (await sheet.locator('li[data-address="A2"]').textContent()) ?? "";
    // input 0.435 -> 1.32 USD per 1M since 2026-08-17: the cell would rise at today's prices
    expect(line).toMatch(/^A2: [\d.,]+ → [\d.,]+ \(\+[\d.,]+, \+[\d.]+%\)$/);
    const [shown, moved] = line.replace(/^A2: /, "").split(" (")[0].split(" → ").map((text) => Number(text.replace(/,/g, "")));
    expect(shown).toBeCloseTo(Number(before.value), 4);
    expect(moved).toBeGreaterThan(shown);
    // read-only: the workbook is as it was
    const after = await readCell(page, SHEET1("A2"));
    expect(after.value).toBe(before.value);
    await expect(page.inputValue("#formula-input")).resolves.toBe('=LLMCOST.INFERENCE("deepseek-v4-pro",2000000,500000,1000,,,A1)');
    await page.close();
  }, 120000);

  test("dates are Excel's serials: DATE(2023,1,1) is 44927; 2023-01-01 typed is 44927, shown as Excel shows it", async () => {
    const page = await openPreview();
    await typeInto(page, SHEET1("A1"), "=DATE(2023,1,1)");
    await typeInto(page, SHEET1("A2"), "2023-01-01");
    await typeInto(page, SHEET1("A3"), "=DATE(1900,3,1)");
    await typeInto(page, SHEET1("A4"), '=TEXT(A2,"yyyy-mm-dd")');
    expect((await readCell(page, SHEET1("A1"))).value).toBe("44927");
    const typed = await readCell(page, SHEET1("A2"));
    expect({ value: typed.value, text: typed.text }).toEqual({ value: "44927", text: "1/1/2023" });
    expect((await readCell(page, SHEET1("A3"))).value).toBe("61"); // Excel counts 1900-02-29
    expect((await readCell(page, SHEET1("A4"))).text).toBe("2023-01-01");

    // A template's price date cell (format yyyy-mm-dd) shows the date typed into it.
    const template = renderedFor("sentiment-analysis");
    await insertFromPane(page, template.title);
    const priceDate = template.names.find((n) => n.name === "PriceDate")!;
    const at = { sheet: priceDate.sheet, address: priceDate.address.replace(/\$/g, "") };
    await typeInto(page, at, "2023-01-01");
    const shown = await readCell(page, at);
    expect({ value: shown.value, text: shown.text }).toEqual({ value: "44927", text: "2023-01-01" });
    await page.close();
  }, 120000);

  test("token panel, by clicks: counts the selected cells, 'Use active cell' takes the grid's cell, inserts the average; a COMPARE spill survives TOKENS settling; Excel's refusals read as sentences", async () => {
    const page = await openPreview();
    const pane = page.frameLocator("#pane");
    const texts = ["Where is my parcel? It was due on Monday.", "Please cancel my subscription and refund the last payment.", "Thanks, the new router works."];
    for (const [i, text] of texts.entries()) await typeInto(page, SHEET1(`A${20 + i}`), text);
    await typeInto(page, SHEET1("A3"), COMPARE_FORMULA);

    // Select A20:A22 in the grid (click, shift+click), then count in the pane.
    await clickCell(page, "A20");
    await clickCell(page, "A22", true);
    await expect(page.inputValue("#name-box")).resolves.toBe("A20:A22");
    await pane.getByRole("button", { name: "Count tokens in selection" }).click();
    const status = pane.locator("#token-panel .status");
    const tokens = texts.map((text) => encode(text).length);
    const total = tokens.reduce((a, b) => a + b, 0);
    await expect(status.filter({ hasText: /^Sheet1!A20:A22: / }).textContent({ timeout: 30000 })).resolves.toBe(
      `Sheet1!A20:A22: ${total} tokens in 3 cells, ${(total / 3).toFixed(1)} per cell (o200k_base).`,
    );
    await expect(pane.locator("#token-panel .token-cells li").allTextContents()).resolves.toEqual(texts.map((text, i) => expect.stringMatching(new RegExp(`^A${20 + i}: ${tokens[i]} tokens`))));

    // "Use active cell" takes the cell selected in the grid (C20), not A1.
    await clickCell(page, "C20");
    await expect(page.inputValue("#name-box")).resolves.toBe("C20");
    await pane.getByRole("button", { name: "Use active cell" }).click();
    const paneFrame = page.frames().find((frame) => frame.url().endsWith("/taskpane.html"))!;
    await waitStep(page, "token panel target filled from the active cell", () => paneFrame.waitForFunction(() => (document.getElementById("token-panel-target") as HTMLInputElement).value !== "", undefined, { timeout: 30000 }));
    await expect(pane.locator("#token-panel-target").inputValue()).resolves.toBe("Sheet1!C20");
    await pane.getByRole("button", { name: "Insert average" }).click();
    await waitStep(page, "token panel reports the average written", () => status.filter({ hasText: /^Wrote / }).waitFor({ timeout: 30000 }));
    await expect(status.textContent()).resolves.toBe(`Wrote ${(total / 3).toFixed(1)} tokens per cell into Sheet1!C20.`);
    expect(Number((await readCell(page, SHEET1("C20"))).value)).toBeCloseTo(total / 3, 9);

    // TOKENS loads its tokenizer asynchronously (#BUSY!, then the count): the COMPARE spill at A3 stays a spill.
    await typeInto(page, SHEET1("D20"), "=LLMCOST.TOKENS(A20:A22)");
    expect(Number((await readCell(page, SHEET1("D20"))).value)).toBe(total);
    await expectCompareAt(page, 3);

    // Excel refuses a sheet that does not exist: the pane says so in words, with Excel's code, no exception text.
    await pane.locator("#token-panel-target").fill("NoSuchSheet!D7");
    await pane.getByRole("button", { name: "Insert average" }).click();
    await expect(status.filter({ hasText: /ItemNotFound/ }).textContent()).resolves.toBe("Excel could not find that sheet, name or cell (ItemNotFound).");
    await expect(status.getAttribute("class")).resolves.toMatch(/\berror\b/);
    await page.screenshot({ path: path.join(RESULTS, "token-panel.png") });
    await page.close();
  }, 120000);

  test("Office in Korean: the pane opens in Korean by itself; choosing English overrides it", async () => {
    const page = await openPreview("ko-KR");
    const pane = page.frameLocator("#pane");
    await waitStep(page, "pane title in Korean", () => pane.locator("#templates-title", { hasText: "모델 시트 삽입" }).waitFor({ timeout: 30000 }));
    await expect(pane.locator("#language").inputValue()).resolves.toBe("");
    const korean = JSON.parse(cli([TEMPLATE_IDS[0], "--lang=ko"])) as RenderedTemplate; // the gallery's first card
    await expect(pane.locator("button.card strong").first().textContent()).resolves.toBe(korean.title);
    await pane.locator("#language").selectOption("en");
    await waitStep(page, "pane title back in English", () => pane.locator("#templates-title", { hasText: "Insert a model sheet" }).waitFor({ timeout: 30000 }));
    await expect(pane.locator("button.card strong").first().textContent()).resolves.toBe(renderedFor(TEMPLATE_IDS[0]).title);
    await page.close();
  }, 60000);

  test("the pane in Korean: the choice is remembered; a sheet inserted in KRW is Korean, its names English, its money the guide's figures × the rate in won", async () => {
    const page = await openPreview();
    const pane = page.frameLocator("#pane");
    await expect(pane.locator("#language").inputValue()).resolves.toBe(""); // follows Office (en-US in the preview)
    await pane.locator("#language").selectOption("ko");
    await waitStep(page, "pane title in Korean after choosing ko", () => pane.locator("#templates-title", { hasText: "모델 시트 삽입" }).waitFor({ timeout: 30000 }));
    await expect(pane.locator("html").getAttribute("lang")).resolves.toBe("ko");
    // remembered: a reload keeps Korean
    await page.reload();
    await waitStep(page, "preview ready after reload", () => page.waitForSelector("body[data-ready=true]", { timeout: 30000 }));
    await waitStep(page, "pane title still Korean after reload", () => pane.locator("#templates-title", { hasText: "모델 시트 삽입" }).waitFor({ timeout: 30000 }));
    await expect(pane.locator("#language").inputValue()).resolves.toBe("ko");

    const korean = JSON.parse(cli(["sentiment-analysis", "--lang=ko", "--currency=KRW", "--fx=1400"])) as RenderedTemplate;
    await pane.locator("button.card", { hasText: korean.title }).first().click();
    await expect(pane.locator("label[for=price-date]").textContent()).resolves.toBe("가격 기준일 (YYYY-MM-DD)");
    await expect(pane.locator("#price-date").inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/); // ISO, as on the sheets
    await pane.locator("#currency").selectOption("KRW");
    await pane.locator("form.options button[type=submit]").click();
    // no silent rate of 1: the pane asks for it, in Korean
    await expect(pane.locator("#template-status.error").textContent()).resolves.toMatch(/^USD → KRW 환율/);
    await pane.locator("#fx-rate").fill("1400");
    await pane.locator("form.options button[type=submit]").click();
    const status = pane.locator("#template-status.ok, #template-status.error");
    await waitStep(page, "Korean KRW sheet inserted: the pane reports OK or an error", () => status.waitFor({ timeout: 30000 }));
    // the first insertion into the workbook also creates the Assumptions sheet, and says so
    expect(await status.textContent()).toBe(`"${korean.sheets.filter((s) => s.name !== "가정").map((s) => s.name).join(", ")}" 시트를 삽입했습니다. 검증: 정상. 모든 시트가 공유하는 가정을 담은 "가정" 시트를 만들었습니다.`);
    await idle(page);
    const sheet = korean.sheets[0].name;
    await expect(page.locator("#tabs .tab.active").textContent()).resolves.toBe(sheet);
    expect((await readCell(page, { sheet, address: "A4" })).text).toBe("가격 기준일");
    expect((await readCell(page, { sheet, address: "A1" })).text).toBe(korean.title);
    // named outputs keep their English names; money is the guide's figure × 1400 in won, counts are unchanged
    for (const [name, figure] of Object.entries(GUIDE["sentiment-analysis"])) {
      const address = korean.names.find((n) => n.name === name)!.address.replace(/\$/g, "");
      const isMoney = (korean.sheets[0].cells.find((c) => c.address === address)?.format ?? "").includes("₩");
      const read = await readCell(page, { sheet, address }, name);
      expect({ name, value: Number(read.value) }).toEqual({ name, value: isMoney ? figure * 1400 : figure });
      if (isMoney) expect(read.text).toMatch(/^₩[\d,]+$/);
    }
    // the functions share the pane's runtime: their #N/A message follows the chosen language
    await page.locator("#tabs .tab", { hasText: korean.sheets[0].name }).first().click();
    await typeInto(page, { sheet, address: "H1" }, '=LLMCOST.INFERENCE("no-such-model",1000,1000)');
    expect((await readCell(page, { sheet, address: "H1" })).text).toBe("#N/A");
    await expect(page.locator("#cell-message").textContent()).resolves.toMatch(/^#N\/A — 알 수 없는 모델 "no-such-model"\. 가장 가까운 id: /);
    await page.screenshot({ path: path.join(RESULTS, "korean-pane-and-sheet.png") });
    await page.close();
  }, 120000);

  test("import a usage file through the pane (rejected lines listed, confirm, table), insert Budget vs actual, read its named outputs", async () => {
    const page = await openPreview();
    const pane = page.frameLocator("#pane");
    const file = path.join(ROOT, "test", "fixtures", "actuals", "gateway.csv");
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await pane.locator("#usage-file").setInputFiles(file);
    await waitStep(page, "usage file read: Confirm import enabled", () => pane.locator("#confirm-import:not([disabled])").waitFor({ timeout: 30000 }));
    await expect(pane.locator(".import-rejected li").allTextContents()).resolves.toContain("line 8: no model");
    // the file was read in the import's Web Worker, not on the pane's thread
    expect(workers.some((url) => url.endsWith("/usage-worker.js"))).toBe(true);
    await pane.locator("#confirm-import").click();
    await waitStep(page, "import written: the status reports OK", () => pane.locator("#import-status.ok").waitFor({ timeout: 30000 }));
    await expect(pane.locator("#import-status").textContent()).resolves.toMatch(/^Wrote 4 rows to 'LLMCOST Actuals'!A1:AA5/);
    await pane.locator("#insert-budget-vs-actual").click();
    await waitStep(page, "Budget vs actual inserted: the status says Inserted", () => pane.locator("#import-status.ok").filter({ hasText: "Inserted" }).waitFor({ timeout: 30000 }));
    await expect(pane.locator("#import-status").textContent()).resolves.toMatch(/Checks: OK/);
    await idle(page);

    // The same import and sheet in Node, through the same writer and engine, gives the figures to compare.
    const nodeBook = newNodeWorkbook();
    const { Excel } = createExcelStandin(() => nodeBook) as unknown as { Excel: { run<T>(b: (c: Excel.RequestContext) => Promise<T>): Promise<T> } };
    const rows = parseUsage(fs.readFileSync(file, "utf8")).rows.map((row) => tableRow(row, { source: "CSV gateway.csv", file: "gateway.csv", importedAt: 0 }));
    await Excel.run((context) => writeActualsTable(context, rows, "CSV gateway.csv"));
    const rendered = await Excel.run(async (context) => {
      const sheet = await renderFromWorkbook(context, { priceDate: "2026-11-01" });
      await insertRenderedTemplate(context, sheet);
      return sheet;
    });
    await nodeBook.settle();
    const sheet = nodeBook.getSheet(rendered.sheets[0].name);
    // The page lays the sheet out from the same table, so each name is at the same address there (waited for, so
    // that a read never sees the previous selection).
    const addressOf = (name: string) => rendered.names.find((n) => n.name === name)!.address.replace(/\$/g, "");
    for (const name of ["ActualListCost_Total", "ActualBilledCost_Total", "BudgetCost_Total", "Variance_Total", "Variance_Volume", "Variance_PriceMix"]) {
      const read = await readCell(page, { sheet: rendered.sheets[0].name, address: addressOf(name) }, name);
      const { ref } = nodeBook.nameRange(nodeBook.findName(name, sheet)!)!;
      const expected = nodeBook.value(sheet, ref.top, ref.left) as number;
      expect({ name, type: read.type }).toEqual({ name, type: "number" });
      expect(Number(read.value)).toBeCloseTo(expected, 6);
    }
    const total = (name: string) => readCell(page, { sheet: rendered.sheets[0].name, address: addressOf(name) }, name);
    expect(Number((await total("ActualBilledCost_Total")).value)).toBeCloseTo(0.29 + 0.14 + 0.41 + 1.02, 9);
    expect(Number((await total("ActualListCost_Total")).value)).toBeGreaterThan(0);
    // A team named like a formula is shown as the text the file wrote.
    await page.locator("#tabs .tab", { hasText: "LLMCOST Actuals" }).first().click();
    const teams: string[] = [];
    for (let row = 2; row <= 5; row++) teams.push((await readCell(page, { sheet: "LLMCOST Actuals", address: `D${row}` })).text);
    expect(teams).toContain('=HYPERLINK("http://example.invalid","x")');
    await page.screenshot({ path: path.join(RESULTS, "import-usage.png") });

    // A budget file beside the usage; inserting again refreshes the sheet in place (no second copy).
    await page.locator("#tabs .tab", { hasText: rendered.sheets[0].name }).first().click();
    await pane.locator("#budget-file").setInputFiles(path.join(ROOT, "test", "fixtures", "actuals", "budget.csv"));
    await waitStep(page, "budget file read: the summary counts its rows", () => pane.locator("#budget-summary", { hasText: /^4 budget rows by model/ }).waitFor({ timeout: 30000 }));
    await pane.locator("#insert-budget-vs-actual").click();
    await waitStep(page, "Budget vs actual refreshed in place: the status says Refreshed", () => pane.locator("#import-status.ok").filter({ hasText: "Refreshed" }).waitFor({ timeout: 30000 }));
    await expect(pane.locator("#import-status").textContent()).resolves.toMatch(/Checks: OK/);
    await idle(page);
    await expect(page.locator("#tabs .tab", { hasText: `${rendered.sheets[0].name} (2)` }).count()).resolves.toBe(0);
    await page.close();
  }, 120000);

  test("no request left localhost and no console errors, across every page above", () => {
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
