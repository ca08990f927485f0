import * as fs from "fs";
import * as path from "path";

/**
 * Built bundles (npm run build): a language's pane texts are a chunk of their own that only a pane showing that
 * language loads, and the catalogs arrive parsed, so the bundles carry no message parser.
 */
const DIST = path.resolve(__dirname, "../../dist");
const read = (file: string) => fs.readFileSync(path.join(DIST, file), "utf8");
const PANE_ONLY_KOREAN = "선택 영역의 토큰 세기"; // pane.tokens.count in src/i18n/ko/pane.json

describe("language chunks (dist)", () => {
  test("the Korean pane texts are in dist/chunks/i18n-ko.*.js, not in taskpane.js or functions.js", () => {
    const chunks = fs.readdirSync(path.join(DIST, "chunks")).filter((file) => /^i18n-ko\.[0-9a-f]+\.js$/.test(file));
    expect(chunks).toHaveLength(1);
    expect(read(path.join("chunks", chunks[0]))).toContain(PANE_ONLY_KOREAN);
    expect(read("taskpane.js")).not.toContain(PANE_ONLY_KOREAN);
    expect(read("functions.js")).not.toContain(PANE_ONLY_KOREAN);
  });

  test("the error messages of every language are in functions.js (a cell's message is right when Excel computes it)", () => {
    expect(read("functions.js")).toContain("purchase_usd를 입력하세요"); // errors.noPurchasePrice in Korean
  });

  test("no ICU message parser is bundled: intl-messageformat gets parsed catalogs (scripts/icu-ast-loader.js)", () => {
    expect(read("functions.js")).toContain("uncompiled message"); // the no-parser build's refusal
    expect(read("functions.js")).not.toContain("EXPECT_ARGUMENT_CLOSING_BRACE");
  });
});
