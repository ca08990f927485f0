import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../scripts/i18n-sheets";

/**
 * `npm run i18n:sheets` on a copy of the project, as the lead runs it after merging branches that added English sheet
 * texts with their Korean in src/templates/i18n/ko.ts: the new texts become sheet message ids, their English and Korean
 * land in the catalogs, the consumed dictionary entries go, and a second run finds nothing to do.
 */
const ROOT = path.resolve(__dirname, "../..");
const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), "utf8");
const json = (root: string, file: string) => JSON.parse(read(root, file)) as Record<string, string>;

const NEW_TEMPLATE = `import type { RowSpec } from "../types";

/** A row another helper added in parallel, written the old way. */
export const newRow: RowSpec = {
  key: "wholeCostPerAgent",
  label: "Whole cost per support agent",
  values: { catalog: '=IF({agents}>0,{monthlyTotal}/{agents},"no support agents")' },
  format: "moneyFx",
  unit: "share",
  notes: "monthly cost ÷ support agents on the rota",
};
`;

const NEW_KOREAN = `  "Whole cost per support agent": "상담원 1인당 전체 비용",
  "no support agents": "상담원 없음",
  "monthly cost ÷ support agents on the rota": "월 비용 ÷ 근무 중인 상담원 수",
`;

let copy: string;
const log: string[] = [];

beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), "llmcost-i18n-sheets-"));
  fs.cpSync(path.join(ROOT, "src"), path.join(copy, "src"), { recursive: true });
  for (const file of ["tsconfig.json", "package.json"]) fs.copyFileSync(path.join(ROOT, file), path.join(copy, file));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
  fs.writeFileSync(path.join(copy, "src/templates/catalog/new-row.ts"), NEW_TEMPLATE);
  const dictionary = path.join(copy, "src/templates/i18n/ko.ts");
  // ko.ts is gone from the project: a merged branch written before brings it back with its entries
  const text = fs.existsSync(dictionary) ? fs.readFileSync(dictionary, "utf8") : "export const KO: Record<string, string> = {\n};\n";
  fs.writeFileSync(dictionary, text.replace("export const KO: Record<string, string> = {\n", `export const KO: Record<string, string> = {\n${NEW_KOREAN}`));
  expect(run(false, (line) => log.push(line), copy)).toBe(0);
}, 60_000);

afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

describe("npm run i18n:sheets over new English texts", () => {
  test("the label, the notes and the formula's phrase become sheet texts; ids, keys and formats stay", () => {
    const converted = read(copy, "src/templates/catalog/new-row.ts");
    expect(converted).toContain('import { sheetText } from "../../i18n/sheet-text";');
    expect(converted).toMatch(/label: sheetText\("wholeCostPerSupportAgent"\)/);
    expect(converted).toMatch(/notes: sheetText\("monthlyCostSupportAgentsOn\w*"\)/);
    expect(converted).toContain('"${sheetText("noSupportAgents")}"');
    expect(converted).toContain('key: "wholeCostPerAgent"');
    expect(converted).toContain('format: "moneyFx"');
    expect(converted).toContain("{agents}>0");
  });

  test("English and Korean are appended to the catalogs; the old catalog entries stay", () => {
    const english = json(copy, "src/i18n/en/sheets.json");
    const korean = json(copy, "src/i18n/ko/sheets.json");
    expect(english.wholeCostPerSupportAgent).toBe("Whole cost per support agent");
    expect(korean.wholeCostPerSupportAgent).toBe("상담원 1인당 전체 비용");
    expect(korean.noSupportAgents).toBe("상담원 없음");
    expect(Object.keys(english).length).toBe(Object.keys(json(ROOT, "src/i18n/en/sheets.json")).length + 3);
    for (const [key, text] of Object.entries(json(ROOT, "src/i18n/ko/sheets.json"))) expect(korean[key]).toBe(text);
  });

  test("the consumed dictionary entries are removed from ko.ts", () => {
    const dictionary = read(copy, "src/templates/i18n/ko.ts");
    expect(dictionary).not.toContain("상담원");
    expect(log.join("\n")).toMatch(/removed 3 dictionary entries/);
  });

  test("a second run converts nothing (idempotent)", () => {
    const before = read(copy, "src/i18n/en/sheets.json");
    expect(run(true, () => undefined, copy)).toBe(0);
    expect(run(false, () => undefined, copy)).toBe(0);
    expect(read(copy, "src/i18n/en/sheets.json")).toBe(before);
  }, 60_000);

  test("the project itself is converted: a run finds nothing to do", () => {
    expect(run(true, () => undefined, ROOT)).toBe(0);
  }, 60_000);
});
