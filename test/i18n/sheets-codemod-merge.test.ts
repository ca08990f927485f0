import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../scripts/i18n-sheets";

/**
 * `npm run i18n:sheets` after a merge brings back dictionary entries (src/templates/i18n/ko.ts) for texts the catalogs
 * already hold: only an entry the merged branch edited since the merge base updates the catalog's Korean; one that
 * still reads as it did at the base is old wording and must not revert a correction made in the catalog.
 */
const ROOT = path.resolve(__dirname, "../..");
const DICTIONARY = "src/templates/i18n/ko.ts";
const OPEN = "export const KO: Record<string, string> = {\n";
const json = (root: string, file: string) => JSON.parse(fs.readFileSync(path.join(root, file), "utf8")) as Record<string, string>;

let copy: string;
const log: string[] = [];

beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), "llmcost-i18n-merge-"));
  fs.cpSync(path.join(ROOT, "src"), path.join(copy, "src"), { recursive: true });
  for (const file of ["tsconfig.json", "package.json"]) fs.copyFileSync(path.join(ROOT, file), path.join(copy, file));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
  const dictionary = path.join(copy, DICTIONARY);
  // ko.ts is gone from the project: a merged branch written before brings it back with its entries
  const text = fs.existsSync(dictionary) ? fs.readFileSync(dictionary, "utf8") : "export const KO: Record<string, string> = {\n};\n";
  // the merge base: the dictionary still held both texts with the old wording
  fs.writeFileSync(dictionary, text.replace(OPEN, `${OPEN}  "Benefit": "이익",\n  "Total benefit": "총이익",\n`));
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], { cwd: copy, stdio: "pipe", encoding: "utf8" });
  git("init", "-q");
  git("add", DICTIONARY);
  git("commit", "-q", "-m", "base");
  const base = git("rev-parse", "HEAD").trim();
  // what the merge brings back: "Benefit" as it was at the base, "Total benefit" edited on the merged branch
  fs.writeFileSync(dictionary, text.replace(OPEN, `${OPEN}  "Benefit": "이익",\n  "Total benefit": "편익 합계",\n`));
  expect(run(false, (line) => log.push(line), copy, base)).toBe(0);
}, 60_000);

afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

describe("npm run i18n:sheets over a merge's dictionary", () => {
  test("an entry unchanged since the merge base keeps the catalog's Korean", () => {
    expect(json(ROOT, "src/i18n/ko/sheets.json").benefit).toBe("편익");
    expect(json(copy, "src/i18n/ko/sheets.json").benefit).toBe("편익");
  });

  test("an entry edited since the merge base updates the catalog, and says so", () => {
    expect(json(copy, "src/i18n/ko/sheets.json").totalBenefit).toBe("편익 합계");
    expect(log.filter((line) => line.includes("updated from the dictionary"))).toEqual(['Korean of totalBenefit updated from the dictionary: "편익 합계"']);
  });

  test("both entries leave the dictionary", () => {
    const dictionary = fs.readFileSync(path.join(copy, DICTIONARY), "utf8");
    expect(dictionary).not.toContain('"Benefit":');
    expect(dictionary).not.toContain('"Total benefit":');
  });
});
