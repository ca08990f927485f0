import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import crypto from "crypto";
import { calcPrice, updatePrices, waitForUpdate } from "@pydantic/genai-prices";
import { followCatalogData } from "../support/price-reference";

/**
 * `npm run catalog -- --data=<file>`: the catalog builds from a pinned copy of the price package's data file (an
 * array of providers) and prints what changed against the catalog it replaces.
 */
const SCRIPT = path.resolve(__dirname, "..", "..", "scripts", "generate-api-catalog.cjs");
const CURRENT = path.resolve(__dirname, "..", "..", "src", "data", "api-prices.json");
const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** The package's data with gpt-4o-mini repriced to 0.2 / 0.8 (a refresh the npm release does not have yet). */
async function repricedData() {
  const providers = JSON.parse(JSON.stringify(await waitForUpdate())) as { id: string; models: { id: string; prices: unknown }[] }[];
  providers.find((p) => p.id === "openai")!.models.find((m) => m.id === "gpt-4o-mini")!.prices = { input_mtok: 0.2, output_mtok: 0.8 };
  return providers;
}

test("a pinned data file with one model repriced and one removed builds a catalog and says exactly that", async () => {
  const providers = JSON.parse(JSON.stringify(await waitForUpdate())) as { id: string; models: { id: string; prices: unknown }[] }[];
  const openai = providers.find((p) => p.id === "openai")!;
  const mini = openai.models.find((m) => m.id === "gpt-4o-mini")!;
  mini.prices = { input_mtok: 0.2, output_mtok: 0.8 };
  openai.models = openai.models.filter((m) => m.id !== "gpt-4o");
  const bundled = fs.readFileSync(CURRENT, "utf8");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "llmcost-catalog-"));
  const data = path.join(dir, "data.json");
  const out = path.join(dir, "api-prices.json");
  fs.writeFileSync(data, JSON.stringify(providers));
  fs.copyFileSync(CURRENT, out);
  const printed = execFileSync(process.execPath, [SCRIPT, `--data=${data}`, `--out=${out}`], { encoding: "utf8" });
  expect(printed).toMatch(/^0 added, 1 removed, 1 repriced$/m);
  expect(printed).toMatch(/^ {2}- openai:gpt-4o$/m);
  expect(printed).toMatch(/^ {2}~ openai:gpt-4o-mini: .* -> \{"from":null,"input":0\.2,"output":0\.8\}$/m);
  const built = JSON.parse(fs.readFileSync(out, "utf8"));
  expect(built.data_file).toBe("data.json");
  expect(built.models.some((m: { id: string; provider: number }) => m.id === "gpt-4o" && built.providers[m.provider].id === "openai")).toBe(false);
  expect(fs.readFileSync(CURRENT, "utf8")).toBe(bundled); // --out wrote elsewhere: the bundled catalog is untouched
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a file that is not the package's data is refused", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "llmcost-catalog-"));
  const data = path.join(dir, "data.json");
  fs.writeFileSync(data, JSON.stringify({ hello: "world" }));
  expect(() => execFileSync(process.execPath, [SCRIPT, `--data=${data}`, `--out=${path.join(dir, "out.json")}`], { encoding: "utf8", stdio: "pipe" })).toThrow(/not the price package's data file/);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the parity tests follow the data the catalog was built from", () => {
  const run = (...args: string[]) => execFileSync(process.execPath, [SCRIPT, ...args], { encoding: "utf8", stdio: "pipe" });

  test("a data file inside the repository is recorded by its path and hash; --check and calcPrice follow it", async () => {
    const original = await waitForUpdate();
    // test-results/ is ignored by git: a pinned copy inside the repository, as a maintainer would commit one
    fs.mkdirSync(path.join(REPO_ROOT, "test-results"), { recursive: true });
    const dir = fs.mkdtempSync(path.join(REPO_ROOT, "test-results", "catalog-"));
    try {
      const data = path.join(dir, "data.json");
      const out = path.join(dir, "api-prices.json");
      const text = JSON.stringify(await repricedData());
      fs.writeFileSync(data, text);
      run(`--data=${data}`, `--out=${out}`);
      const built = JSON.parse(fs.readFileSync(out, "utf8"));
      const relative = path.relative(REPO_ROOT, data).split(path.sep).join("/");
      expect(built.data_file).toBe(relative);
      expect(built.data_sha256).toBe(crypto.createHash("sha256").update(text).digest("hex"));
      // --check rebuilds from the recorded file, not from the npm package
      expect(run("--check", `--out=${out}`)).toContain(`matches ${relative} (data file)`);
      // calcPrice, which the parity tests compare with, now prices from the same file: gpt-4o-mini at 0.2 / 0.8
      expect(followCatalogData(built)).toBe(relative);
      expect(calcPrice({ input_tokens: 1e6, output_tokens: 1e6 }, "gpt-4o-mini", { providerId: "openai" })!.total_price).toBeCloseTo(0.2 + 0.8, 12);
      const mini = built.models.find((m: { id: string; provider: number }) => m.id === "gpt-4o-mini" && built.providers[m.provider].id === "openai");
      expect(mini.history[mini.history.length - 1]).toMatchObject({ input: 0.2, output: 0.8 });
      // the pinned file edited after the build: --check and the parity tests refuse it, naming it
      fs.writeFileSync(data, JSON.stringify(original));
      expect(() => run("--check", `--out=${out}`)).toThrow(/out of date with .*data\.json/);
      expect(() => followCatalogData(built)).toThrow(`${relative} changed since the catalog was built from it`);
    } finally {
      updatePrices(({ setProviderData }) => setProviderData(original));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a data file outside the repository is recorded by name only, and the parity tests say they cannot follow it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "llmcost-catalog-"));
    try {
      const data = path.join(dir, "outside.json");
      fs.writeFileSync(data, JSON.stringify(await repricedData()));
      run(`--data=${data}`, `--out=${path.join(dir, "api-prices.json")}`);
      const built = JSON.parse(fs.readFileSync(path.join(dir, "api-prices.json"), "utf8"));
      expect(built.data_file).toBe("outside.json");
      expect(() => followCatalogData(built)).toThrow(/built from outside\.json, which is not in the repository/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the bundled catalog, built from the package, leaves the package's own data in place", () => {
    expect(followCatalogData({ version: "0.1.8" })).toBe("@pydantic/genai-prices 0.1.8");
  });
});
