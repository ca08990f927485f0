/**
 * End to end, in Debian's Chromium through playwright-core: the preview page (scripts/preview.js) with the real
 * dist/taskpane.html and dist/functions.js beside a HyperFormula workbook. Templates are inserted by clicking in
 * the task pane; named cells are read from the page through the name box, as a user would; inputs are edited by
 * typing; formulas are typed into cells. The page must make no request outside localhost and log no errors.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import fs from "fs";
import net from "net";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { loadFunctionsBundle } from "../../dev/load-functions-bundle";
import { createExcelStandin } from "../../preview/src/excel-standin";
import { formatValue } from "../../preview/src/number-format";
import { llmcostWorkbookFactory } from "../../preview/src/workbook";
import { main as templateCli } from "../../scripts/template-cli";
import type { RenderedTemplate } from "../../src/templates";
import { insertRenderedTemplate } from "../../src/templates/writer";
import { parseUsage } from "../../src/engine/actuals";
import { renderFromWorkbook } from "../../src/actuals/sheet";
import { tableRow } from "../../src/actuals/table-layout";
import { writeActualsTable } from "../../src/actuals/table-writer";

const ROOT = path.resolve(__dirname, "..", "..");
const RESULTS = path.join(ROOT, "test-results");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

/** The guide's figures, by template and name. */
const GUIDE: Record<string, Record<string, number>> = {
  "complaint-redressal": { TrainingCorpusTokens: 420_000_000, DomainTokens: 84_000_000, InstructionTokens: 42_000_000, MonthlyUsers: 150_000, InferenceTokens: 180_000_000, FineTuneCost_Guide: 4_200, InferenceCost_Guide: 1_800, TotalCost_Guide: 6_000, OneOffCost_Guide: 4_200, MonthlyCost_Guide: 1_800 },
  "sentiment-analysis": { QueriesPerMonth: 30_000, InputTokens: 9_000_000, OutputTokens: 15_000_000, TotalTokens: 24_000_000, InferenceCost_Guide: 240_000 },
  "embedding-retrieval": { EmbeddingCost_Guide: 1_680, StorageCost_Guide: 0.5, QueryCost_Guide: 10, TotalCost_Guide: 1_690.5, OneOffCost_Guide: 1_680, MonthlyCost_Guide: 10.5 },
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

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let server: ChildProcess;
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
  const port = await freePort();
  server = spawn(process.execPath, [path.join(ROOT, "scripts", "preview.js"), "--no-build", "--no-open", "--port", String(port)], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  baseUrl = await new Promise<string>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`preview server did not start: ${output}`)), 20000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LLMCOST preview: (http:\/\/localhost:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.stdout!.on("data", onData);
    server.stderr!.on("data", onData);
    server.once("exit", (code) => reject(new Error(`preview server exited (${code}): ${output}`)));
  });
  expect(baseUrl).toBe(`http://localhost:${port}/`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}, 120000);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) server.kill("SIGTERM");
});

async function openPreview(displayLanguage?: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  if (displayLanguage) await page.addInitScript(setOfficeDisplayLanguage, displayLanguage);
  page.on("request", (request) => {
    const url = request.url();
    if (!/^(http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:|about:)/.test(url)) outside.push(url);
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await page.goto(baseUrl);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
  await page.frameLocator("#pane").locator("#app button.card").first().waitFor({ timeout: 30000 });
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

/** Reads a cell as a user would: the name box goes to a name or address; the grid shows the selected cell. */
async function readCell(page: Page, nameOrAddress: string, address?: string): Promise<CellRead> {
  await page.fill("#name-box", nameOrAddress);
  await page.press("#name-box", "Enter");
  const selector = address ? `#grid td.selected[data-address="${address}"]` : "#grid td.selected";
  const td = page.locator(selector);
  await td.waitFor();
  return {
    address: (await td.getAttribute("data-address")) ?? "",
    value: await td.getAttribute("data-value"),
    type: await td.getAttribute("data-type"),
    text: (await td.textContent()) ?? "",
  };
}

/** Waits until no cell shows #BUSY! (asynchronous functions settled). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => ![...document.querySelectorAll("#grid td")].some((td) => td.textContent === "#BUSY!"), undefined, { timeout: 30000 });
}

async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await readCell(page, address, address);
  await page.focus("#grid");
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

async function insertFromPane(page: Page, title: string): Promise<string> {
  const pane = page.frameLocator("#pane");
  await pane.locator("button.card", { hasText: title }).first().click();
  await pane.locator("form.options button[type=submit]").click();
  const status = pane.locator(".status.ok, .status.error");
  await status.first().waitFor({ timeout: 30000 });
  return (await status.first().textContent()) ?? "";
}

const plain = (s: string) => s.replace(/[\s\u00a0]/g, "");

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
    await settled(page);
    await expect(page.locator("#tabs .tab.active").textContent()).resolves.toBe(template.sheets[0].name);

    // The price date the pane chose (today), to build the same sheet in Node with the same engine for comparison.
    const priceDateName = template.names.find((n) => n.name === "PriceDate");
    const shownDate = priceDateName ? (await readCell(page, "PriceDate")).text : undefined;
    const rendered = renderedFor(id, shownDate);
    const nodeBook = newNodeWorkbook();
    const { Excel } = createExcelStandin(() => nodeBook) as unknown as { Excel: { run<T>(b: (c: Excel.RequestContext) => Promise<T>): Promise<T> } };
    await Excel.run((context) => insertRenderedTemplate(context, rendered));
    await nodeBook.settle();

    const cells = new Map(rendered.sheets.flatMap((sheet) => sheet.cells.map((cell) => [`${sheet.name}!${cell.address}`, cell] as const)));
    const cellNames = rendered.names.filter((n) => !n.address.includes(":")); // a row's range (CumulativeCashFlow) is not one cell
    const readAll = async () => {
      const out: Record<string, CellRead> = {};
      for (const name of cellNames) {
        if (name.sheet !== rendered.sheets.find((s) => s.name === name.sheet)?.name) continue;
        await page.locator("#tabs .tab", { hasText: name.sheet }).first().click();
        out[`${name.sheet}!${name.name}`] = await readCell(page, name.name, name.address.replace(/\$/g, ""));
      }
      return out;
    };
    const compareWithEngine = (shown: Record<string, CellRead>) => {
      for (const name of cellNames) {
        const read = shown[`${name.sheet}!${name.name}`];
        const sheet = nodeBook.getSheet(name.sheet);
        const model = nodeBook.findName(name.name, sheet)!;
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
      expect({ name, value: read && Number(read.value) }).toEqual({ name, value: figure });
    }
    await page.locator("#tabs .tab", { hasText: template.sheets[0].name }).first().click();
    await readCell(page, "A1", "A1");
    await page.evaluate(() => document.getElementById("grid")!.scrollTo(0, 0));
    await page.screenshot({ path: path.join(RESULTS, `template-${id}.png`) });

    // Edit: double the first numeric input that a named formula refers to; the page must show what the engine computes.
    const first = rendered.sheets[0];
    const formulas = first.cells.filter((c) => c.formula).map((c) => c.formula!).join(" ");
    const named = new Set(rendered.names.filter((n) => n.sheet === first.name).map((n) => n.address.replace(/\$/g, "")));
    const namedFormulas = first.cells.filter((c) => c.formula && named.has(c.address)).map((c) => c.formula!).join(" ");
    const refers = (text: string, address: string) => new RegExp(`(?<![A-Z$])\\$?${address.replace(/\d+/, "")}\\$?${address.replace(/^[A-Z]+/, "")}(?!\\d)`).test(text);
    const inputs = first.cells.filter((c) => c.style === "input" && typeof c.value === "number" && c.value !== 0);
    const input = inputs.find((c) => refers(namedFormulas, c.address)) ?? inputs.find((c) => refers(formulas, c.address));
    const drivesNamed = input !== undefined && refers(namedFormulas, input.address);
    if (input) {
      await page.locator("#tabs .tab", { hasText: first.name }).first().click();
      const doubled = (input.value as number) * 2;
      await typeInto(page, input.address, String(doubled));
      await settled(page);
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(first.name).getRange(input.address).values = [[doubled]];
        await context.sync();
      });
      await nodeBook.settle();
      const after = await readAll();
      compareWithEngine(after);
      if (drivesNamed) expect(Object.keys(after).some((k) => after[k].value !== before[k].value)).toBe(true);
      if (id === "complaint-redressal") expect(after["Complaint redressal!TotalCost_Guide"].value).not.toBe(before["Complaint redressal!TotalCost_Guide"].value);
    }
    await page.close();
  }, 120000);

  test("insert in KRW from the pane: it asks for the rate, then the sheet's money shows ₩ at the rate", async () => {
    const page = await openPreview();
    const pane = page.frameLocator("#pane");
    const template = renderedFor("sentiment-analysis");
    await pane.locator("button.card", { hasText: template.title }).first().click();
    await pane.locator("#currency").selectOption("KRW");
    await pane.locator("form.options button[type=submit]").click();
    await expect(pane.locator(".status.error").textContent()).resolves.toBe("Enter the USD → KRW rate (how many KRW one US dollar buys): amounts are USD list prices × this rate.");
    await pane.locator("#fx-rate").fill("1400");
    await pane.locator("#fx-source").fill("Bank of Korea reference rate");
    await pane.locator("form.options button[type=submit]").click();
    await pane.locator(".status.ok").waitFor({ timeout: 30000 });
    await expect(pane.locator(".status.ok").textContent()).resolves.toMatch(/Checks: OK/);
    await settled(page);
    const guide = await readCell(page, "InferenceCost_Guide");
    expect([Number(guide.value), guide.text]).toEqual([336_000_000, "₩336,000,000"]);
    const rate = await readCell(page, "FxRate");
    expect(Number(rate.value)).toBe(1400);
    await expect(readCell(page, "E7", "E7").then((read) => read.text)).resolves.toBe("Bank of Korea reference rate");
    await page.close();
  }, 120000);

  test("typed formulas: INFERENCE, COMPARE spilling (and #SPILL! when blocked), an unknown model's #N/A with its message", async () => {
    const page = await openPreview();
    await typeInto(page, "A1", '=LLMCOST.INFERENCE("gpt-4o",1000000,1000000)');
    const a1 = await readCell(page, "A1", "A1");
    expect(a1.type).toBe("number");
    expect(Number(a1.value)).toBeCloseTo(functions.call("INFERENCE", "gpt-4o", 1000000, 1000000) as number, 9);
    await expect(page.inputValue("#formula-input")).resolves.toBe('=LLMCOST.INFERENCE("gpt-4o",1000000,1000000)');

    await typeInto(page, "A3", '=LLMCOST.COMPARE(1000000,1000000,1,"",3)');
    await settled(page);
    const compare = functions.call("COMPARE", 1000000, 1000000, 1, "", 3) as unknown[][];
    for (let r = 0; r < compare.length; r++) {
      for (let c = 0; c < compare[r].length; c++) {
        const address = `${String.fromCharCode(65 + c)}${3 + r}`;
        const read = await readCell(page, address, address);
        if (typeof compare[r][c] === "number") expect(Number(read.value)).toBeCloseTo(compare[r][c] as number, 9);
        else expect(read.value ?? "").toBe(String(compare[r][c] ?? ""));
      }
    }
    // A spilled cell shows its parent's formula in the formula bar.
    await readCell(page, "A4", "A4");
    await expect(page.inputValue("#formula-input")).resolves.toBe('=LLMCOST.COMPARE(1000000,1000000,1,"",3)');
    await typeInto(page, "B4", "blocker");
    const blocked = await readCell(page, "A3", "A3");
    expect(blocked.text).toBe("#SPILL!");
    await readCell(page, "B4", "B4");
    await page.focus("#grid");
    await page.keyboard.press("Delete");
    await page.waitForFunction(() => document.querySelector('#grid td[data-address="A3"]')?.textContent !== "#SPILL!");

    await typeInto(page, "A12", '=LLMCOST.INFERENCE("no-such-model",1000,1000)');
    const na = await readCell(page, "A12", "A12");
    expect(na.text).toBe("#N/A");
    const message = (await page.locator("#cell-message").textContent()) ?? "";
    expect(message).toMatch(/^#N\/A — .*no-such-model/);
    await page.screenshot({ path: path.join(RESULTS, "typed-formulas.png") });
    await page.close();
  }, 120000);

  test("Office in Korean: the pane opens in Korean by itself; choosing English overrides it", async () => {
    const page = await openPreview("ko-KR");
    const pane = page.frameLocator("#pane");
    await pane.locator("#templates-title", { hasText: "모델 시트 삽입" }).waitFor({ timeout: 30000 });
    await expect(pane.locator("#language").inputValue()).resolves.toBe("");
    const korean = JSON.parse(cli(["complaint-redressal", "--lang=ko"])) as RenderedTemplate;
    await expect(pane.locator("button.card strong").first().textContent()).resolves.toBe(korean.title);
    await pane.locator("#language").selectOption("en");
    await pane.locator("#templates-title", { hasText: "Insert a model sheet" }).waitFor();
    await expect(pane.locator("button.card strong").first().textContent()).resolves.toBe(renderedFor("complaint-redressal").title);
    await page.close();
  }, 60000);

  test("the pane in Korean: the choice is remembered, the gallery and the inserted sheet are Korean, figures and names unchanged", async () => {
    const page = await openPreview();
    const pane = page.frameLocator("#pane");
    await expect(pane.locator("#language").inputValue()).resolves.toBe(""); // follows Office (en-US in the preview)
    await pane.locator("#language").selectOption("ko");
    await pane.locator("#templates-title", { hasText: "모델 시트 삽입" }).waitFor();
    await expect(pane.locator("html").getAttribute("lang")).resolves.toBe("ko");
    // remembered: a reload keeps Korean
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
    await pane.locator("#templates-title", { hasText: "모델 시트 삽입" }).waitFor({ timeout: 30000 });
    await expect(pane.locator("#language").inputValue()).resolves.toBe("ko");

    const korean = JSON.parse(cli(["sentiment-analysis", "--lang=ko"])) as RenderedTemplate;
    await pane.locator("button.card", { hasText: korean.title }).first().click();
    await expect(pane.locator("label[for=price-date]").textContent()).resolves.toBe("가격 기준일 (YYYY-MM-DD)");
    await expect(pane.locator("#price-date").inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/); // ISO, as on the sheets
    await pane.locator("form.options button[type=submit]").click();
    const status = pane.locator(".status.ok, .status.error").first();
    await status.waitFor({ timeout: 30000 });
    expect(await status.textContent()).toBe(`"${korean.sheets[0].name}" 시트를 삽입했습니다. 검증: OK.`);
    await settled(page);
    await expect(page.locator("#tabs .tab.active").textContent()).resolves.toBe(korean.sheets[0].name);
    expect((await readCell(page, "A4", "A4")).text).toBe("가격 기준일");
    expect((await readCell(page, "A1", "A1")).text).toBe(korean.title);
    // named outputs keep their English names and the guide's figures (inserted in USD)
    for (const [name, figure] of Object.entries(GUIDE["sentiment-analysis"])) {
      const address = korean.names.find((n) => n.name === name)!.address.replace(/\$/g, "");
      const read = await readCell(page, name, address);
      expect({ name, value: Number(read.value) }).toEqual({ name, value: figure });
    }
    // the functions share the pane's runtime: their #N/A message follows the chosen language
    await page.locator("#tabs .tab", { hasText: korean.sheets[0].name }).first().click();
    await typeInto(page, "H1", '=LLMCOST.INFERENCE("no-such-model",1000,1000)');
    expect((await readCell(page, "H1", "H1")).text).toBe("#N/A");
    await expect(page.locator("#cell-message").textContent()).resolves.toMatch(/^#N\/A — 알 수 없는 모델 "no-such-model"\. 가장 가까운 id: /);
    await page.screenshot({ path: path.join(RESULTS, "korean-pane-and-sheet.png") });
    await page.close();
  }, 120000);

  test("import a usage file through the pane (rejected lines listed, confirm, table), insert Budget vs actual, read its named outputs", async () => {
    const page = await openPreview();
    const pane = page.frameLocator("#pane");
    const file = path.join(ROOT, "test", "fixtures", "actuals", "gateway.csv");
    await pane.locator("#usage-file").setInputFiles(file);
    await pane.locator("#confirm-import:not([disabled])").waitFor({ timeout: 30000 });
    await expect(pane.locator(".import-rejected li").allTextContents()).resolves.toContain("line 8: no model");
    await pane.locator("#confirm-import").click();
    await pane.locator("#import-status.ok").waitFor({ timeout: 30000 });
    await expect(pane.locator("#import-status").textContent()).resolves.toMatch(/^Wrote 4 rows to 'LLMCOST Actuals'!A1:R5/);
    await pane.locator("#insert-budget-vs-actual").click();
    await pane.locator("#import-status.ok").filter({ hasText: "Inserted" }).waitFor({ timeout: 30000 });
    await expect(pane.locator("#import-status").textContent()).resolves.toMatch(/Checks: OK/);
    await settled(page);

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
      const read = await readCell(page, name, addressOf(name));
      const { ref } = nodeBook.nameRange(nodeBook.findName(name, sheet)!)!;
      const expected = nodeBook.value(sheet, ref.top, ref.left) as number;
      expect({ name, type: read.type }).toEqual({ name, type: "number" });
      expect(Number(read.value)).toBeCloseTo(expected, 6);
    }
    expect(Number((await readCell(page, "ActualBilledCost_Total", addressOf("ActualBilledCost_Total"))).value)).toBeCloseTo(0.29 + 0.14 + 0.41 + 1.02, 9);
    expect(Number((await readCell(page, "ActualListCost_Total", addressOf("ActualListCost_Total"))).value)).toBeGreaterThan(0);
    // A team named like a formula is shown as the text the file wrote.
    await page.locator("#tabs .tab", { hasText: "LLMCOST Actuals" }).first().click();
    const teams: string[] = [];
    for (let row = 2; row <= 5; row++) teams.push((await readCell(page, `D${row}`, `D${row}`)).text);
    expect(teams).toContain('=HYPERLINK("http://example.invalid","x")');
    await page.screenshot({ path: path.join(RESULTS, "import-usage.png") });
    await page.close();
  }, 120000);

  test("no request left localhost and no console errors, across every page above", () => {
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
