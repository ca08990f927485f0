import * as fs from "fs";
import * as path from "path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { LANGUAGES, REGISTRY } from "../../src/i18n/languages";
import { ENGLISH, loadLanguage, t } from "../../src/i18n/messages";
import type { MessageId } from "../../src/i18n/catalog";
import { invalidValue } from "../../src/engine/errors";

/**
 * The message catalogs (src/i18n/<language>/): every language has every id with the same ICU parameters, every
 * English entry is used by the code, and the engine throws no error without a message id.
 */
const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8")) as Record<string, string>;

/** The parameters a message takes, with the kind of each ("select" options too), e.g. ["name", "allowZero:select:true|other"]. */
function parameters(text: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.select) {
        found.add(`${element.value}:select`);
        Object.values(element.options).forEach((option) => walk(option.value));
      } else if (element.type === TYPE.plural) {
        found.add(`${element.value}:plural`);
        Object.values(element.options).forEach((option) => walk(option.value));
      } else if ("value" in element && typeof element.value === "string") found.add(element.value);
    }
  };
  walk(parse(text, { ignoreTag: true }));
  return [...found].sort();
}

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith(".ts") ? [full] : [];
  });
}
/** A sheet text named in the code: sheetText("key") or sheetText("key", { … }). */
const SHEET_TEXT = /\b(?:sheetText|dataText)\(\s*"([A-Za-z0-9_.-]+)"/g;
/** The sheet texts of a data file's rows, listed by row id: dataKeys({ "h100-sxm": "key", … }). */
const DATA_KEYS = /\bdataKeys\(\{([^}]*)\}\)/g;
const SOURCE = sources(path.join(ROOT, "src")).map((file) => ({ file: path.relative(ROOT, file), text: fs.readFileSync(file, "utf8") }));

describe("message catalogs", () => {
  for (const file of ["errors", "pane", "sheets"] as const) {
    const english = read(`src/i18n/en/${file}.json`);
    for (const language of LANGUAGES.filter((l) => l !== "en")) {
      test(`${language}/${file}.json has exactly English's ids, each with the same parameters`, () => {
        const other = read(`src/i18n/${language}/${file}.json`);
        expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
        // the same parameters, except that a language without plurals (Korean) may leave out a count English uses only
        // to choose "row" or "rows"
        const same = (id: string) => {
          const mine = parameters(other[id]);
          const theirs = parameters(english[id]);
          return mine.every((p) => theirs.includes(p)) && theirs.every((p) => mine.includes(p) || p.endsWith(":plural"));
        };
        const differing = Object.keys(english).filter((id) => id in other && !same(id));
        expect(differing.map((id) => `${id}: ${parameters(english[id])} vs ${parameters(other[id])}`)).toEqual([]);
      });
    }
  }

  test("every message parses as ICU MessageFormat, in every language", () => {
    for (const language of LANGUAGES) {
      for (const file of ["errors", "pane", "sheets"]) {
        for (const [id, text] of Object.entries(read(`src/i18n/${language}/${file}.json`))) expect(() => parse(text, { ignoreTag: true })).not.toThrow(`${language} ${id}`);
      }
    }
  });

  test("every English message is used by the code (an id literal, or a family `pane.groups.${…}` whose keys the code builds)", () => {
    const literal = /["'`]((?:errors|pane)\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])["'`]/g;
    const family = /`((?:errors|pane)\.[A-Za-z0-9_.-]*\.)\$\{/g;
    const used = new Set<string>();
    const prefixes: string[] = [];
    for (const { text } of SOURCE) {
      for (const match of text.matchAll(literal)) used.add(match[1]);
      for (const match of text.matchAll(SHEET_TEXT)) used.add(`sheets.${match[1]}`);
      for (const match of text.matchAll(DATA_KEYS)) for (const key of match[1].matchAll(/:\s*"([A-Za-z0-9_.-]+)"/g)) used.add(`sheets.${key[1]}`);
      for (const match of text.matchAll(family)) prefixes.push(match[1]);
    }
    const unused = Object.keys(ENGLISH).filter((id) => !used.has(id) && !prefixes.some((prefix) => id.startsWith(prefix)));
    expect(unused).toEqual([]);
    expect(prefixes.length).toBeGreaterThan(0); // the families the pane builds (groups, formats, fields, refusals) are seen
  });

  test("every sheet text the code names exists in English (sheetText(\"key\"), src/i18n/en/sheets.json)", () => {
    const missing = SOURCE.flatMap(({ file, text }) => [...text.matchAll(SHEET_TEXT)].map((m) => `sheets.${m[1]}`).filter((id) => !(id in ENGLISH)).map((id) => `${file}: ${id}`));
    expect(missing).toEqual([]);
    expect(SOURCE.filter(({ text }) => SHEET_TEXT.test(text)).length).toBeGreaterThan(20);
  });

  test("every id the code names exists in English", () => {
    const literal = /["'`]((?:errors|pane)\.[A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*)["'`]/g;
    const missing = SOURCE.flatMap(({ file, text }) => [...text.matchAll(literal)].map((m) => m[1]).filter((id) => !(id in ENGLISH)).map((id) => `${file}: ${id}`));
    expect(missing).toEqual([]);
  });

  test("engine errors without a message id: none (a plain English sentence shows English to every analyst)", () => {
    const call = /\b(invalidValue|notAvailable|impossibleNumber|divideByZero|new EngineError)\(\s*([^,)]*)/g;
    const plain = SOURCE.filter(({ file }) => file !== path.join("src", "engine", "errors.ts")).flatMap(({ file, text }) =>
      [...text.matchAll(call)].filter((m) => !/^"errors\.[A-Za-z]+"$/.test(m[2].trim()) && !(m[1] === "new EngineError")).map((m) => `${file}: ${m[0]}`),
    );
    expect(plain).toEqual([]);
    // the scan sees the calls it is meant to see
    expect(SOURCE.some(({ text }) => /notAvailable\("errors\.noPurchasePrice"/.test(text))).toBe(true);
  });

  test("the registry names each language in itself and finds its folder", () => {
    for (const language of LANGUAGES) {
      expect(REGISTRY[language].name.length).toBeGreaterThan(0);
      expect(fs.existsSync(path.join(ROOT, "src", "i18n", language, "errors.json"))).toBe(true);
      expect(fs.existsSync(path.join(ROOT, "src", "i18n", language, "pane.json"))).toBe(true);
      expect(fs.existsSync(path.join(ROOT, "src", "i18n", language, "sheets.json"))).toBe(true);
    }
  });
});

describe("t()", () => {
  test("renders parameters, selects and nested messages; English before a language is loaded, the language after", async () => {
    expect(t("errors.mustBeFraction", { name: "utilization", allowZero: "false", value: "1.5" })).toBe("utilization must be a decimal above 0 to 1 (0.6 means 60%; got 1.5).");
    const cell = { id: "errors.priceSheetCell", params: { row: "3", column: "model", problem: { id: "errors.priceSheetGiveModel" } } } as const;
    expect(t(cell.id, cell.params)).toBe("price_sheet row 3, column model: give the model id as text.");
    expect(t(cell.id, cell.params, "ko")).toBe("price_sheet 3행, model 열: 모델 id를 텍스트로 입력하세요.");
    expect(t("pane.import.title", {}, "ko")).toBe("Import usage…"); // pane texts arrive with their chunk
    await loadLanguage("ko");
    expect(t("pane.import.title", {}, "ko")).toBe("사용량 가져오기…");
    expect(t("pane.currency.name", { code: "KRW", english: "Korean won" }, "ko")).toBe("대한민국 원");
    expect(t("pane.currency.name", { code: "XYZ", english: "Something" }, "ko")).toBe("Something");
  });

  test("an engine error still thrown with plain English (code not yet converted) keeps its English and has no message id", () => {
    const legacy = invalidValue("A sentence from a branch that has not converted its errors yet.");
    expect(legacy.message).toBe("A sentence from a branch that has not converted its errors yet.");
    expect(legacy.text).toBeNull();
    const typed = invalidValue("errors.mustBeNumber", { name: "input_tokens" });
    expect(typed.message).toBe("input_tokens must be a number.");
    expect(typed.text).toEqual({ id: "errors.mustBeNumber", params: { name: "input_tokens" } });
  });

  test("an id English lacks is a bug, said at once", () => {
    expect(() => t("errors.noSuchMessage" as MessageId)).toThrow(/noSuchMessage/);
  });
});
