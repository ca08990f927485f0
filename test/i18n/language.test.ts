import { chooseLanguage, chosenLanguage, displayLanguage, languageOf } from "../../src/i18n/language";
import { PANE_STRINGS } from "../../src/taskpane/strings";
import { loadLanguage } from "../../src/i18n/messages";

/** The display language: the pane's remembered choice, else Office's display language, else English. */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const globals = globalThis as { Office?: unknown; localStorage?: unknown };
const office = (displayLanguage: string) => ({ context: { displayLanguage } });

describe("display language", () => {
  beforeEach(() => {
    globals.localStorage = new MemoryStorage();
    globals.Office = undefined;
  });
  afterAll(() => {
    delete globals.localStorage;
    delete globals.Office;
  });

  test("language tags: ko, ko-KR → Korean; anything else → English", () => {
    expect(["ko", "ko-KR", "KO-kr"].map(languageOf)).toEqual(["ko", "ko", "ko"]);
    expect(["en-US", "de-DE", "kok-IN", "", null, undefined].map(languageOf)).toEqual(["en", "en", "en", "en", "en", "en"]);
  });

  test("follows Office's display language when nothing was chosen", () => {
    expect(displayLanguage()).toBe("en"); // no Office at all
    globals.Office = office("ko-KR");
    expect(displayLanguage()).toBe("ko");
    globals.Office = office("en-GB");
    expect(displayLanguage()).toBe("en");
  });

  test("the analyst's choice overrides Office, is remembered, and can be withdrawn", () => {
    globals.Office = office("ko-KR");
    chooseLanguage("en");
    expect(chosenLanguage()).toBe("en");
    expect(displayLanguage()).toBe("en");
    expect((globals.localStorage as MemoryStorage).getItem("llmcost.language")).toBe("en");
    chooseLanguage(null);
    expect(chosenLanguage()).toBeNull();
    expect(displayLanguage()).toBe("ko");
  });

  test("a stored value that is not a language is ignored; blocked storage remembers nothing and does not throw", () => {
    (globals.localStorage as MemoryStorage).setItem("llmcost.language", "fr");
    expect(chosenLanguage()).toBeNull();
    Object.defineProperty(globalThis, "localStorage", { configurable: true, get: () => { throw new Error("SecurityError"); } });
    expect(() => chooseLanguage("ko")).not.toThrow();
    expect(chosenLanguage()).toBeNull();
    Object.defineProperty(globalThis, "localStorage", { configurable: true, writable: true, value: new MemoryStorage() });
  });
});

describe("task pane strings", () => {
  beforeAll(() => loadLanguage("ko"));
  /** Every text of a table, nested ones included (a message is called with sample arguments), by its key path. */
  const leaves = (value: unknown, path: string): [string, string][] =>
    typeof value === "function" ? [[path, String(value("KRW", "x", 3, 4))]] : typeof value === "string" ? [[path, value]] : Object.entries(value as object).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`));

  test("Korean has every key of English, nested ones too, and every Korean text is Korean", () => {
    const ko = leaves(PANE_STRINGS.ko, "ko");
    expect(ko.map(([path]) => path.replace(/^ko/, "")).sort()).toEqual(leaves(PANE_STRINGS.en, "en").map(([path]) => path.replace(/^en/, "")).sort());
    expect(ko.filter(([, text]) => !/[\uAC00-\uD7A3]/.test(text))).toEqual([]);
    expect(ko.map(([path]) => path)).toEqual(expect.arrayContaining(["ko.import.title", "ko.import.fields.inputTokens", "ko.currency.name"]));
  });
});
