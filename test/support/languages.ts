/**
 * Every language's texts installed at once, for tests that render sheets in a language at import time (the pane and
 * the CLI await loadLanguage(); a test module cannot). Import it before the modules that render.
 */
import * as fs from "fs";
import * as path from "path";
import { LANGUAGES } from "../../src/i18n/languages";
import { installTexts } from "../../src/i18n/messages";

const read = (language: string, file: string) => JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../src/i18n", language, `${file}.json`), "utf8")) as Record<string, string>;

for (const language of LANGUAGES) if (language !== "en") installTexts(language, { pane: read(language, "pane"), sheets: read(language, "sheets") });

/** The sheet text whose English is `english`, in that language (the text itself where no sheet message says it). */
export function sheetTextIn(english: string, language: string): string {
  const en = read("en", "sheets");
  const key = Object.keys(en).find((id) => en[id] === english);
  return key === undefined || language === "en" ? english : read(language, "sheets")[key];
}
