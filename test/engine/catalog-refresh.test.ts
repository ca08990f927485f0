import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { waitForUpdate } from "@pydantic/genai-prices";

/**
 * `npm run catalog -- --data=<file>`: the catalog builds from a pinned copy of the price package's data file (an
 * array of providers) and prints what changed against the catalog it replaces.
 */
const SCRIPT = path.resolve(__dirname, "..", "..", "scripts", "generate-api-catalog.cjs");
const CURRENT = path.resolve(__dirname, "..", "..", "src", "data", "api-prices.json");

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
