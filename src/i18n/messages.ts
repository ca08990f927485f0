/**
 * The one way user-visible text is made: t(id, params, language). Pure (no Office.js), so the engine, the functions,
 * the pane, the CLIs and the tests all use it. English is always there; another language is there once
 * loadLanguage() has resolved (until then, and for an id a language lacks, the English text is shown).
 */
import { IntlMessageFormat } from "intl-messageformat";
import { withPrefix, type Catalog, type Message, type MessageId, type Params } from "./catalog";
import enPane from "./en/pane.json";
import { LANGUAGES, REGISTRY, type Language } from "./languages";

/**
 * Every message of English, which every other language falls back to. Its sheet texts are added by
 * `english-sheets.ts`, which the sheet texts' module imports: the custom functions never render a sheet, so the
 * 1,900 sheet messages stay out of functions.js (the bundle Excel loads first) and travel with the pane.
 */
const english: Catalog = { ...withPrefix("errors", REGISTRY.en.errors), ...withPrefix("pane", enPane) };

/** Adds English's sheet texts (once, from english-sheets.ts). */
export function installEnglishSheets(sheets: Catalog): void {
  Object.assign(english, withPrefix("sheets", sheets));
}

/** Catalogs by locale: every language's errors, English's pane; tests may install more (the pseudo-language). */
const catalogs = new Map<string, Catalog>(LANGUAGES.map((language) => [language, withPrefix("errors", REGISTRY[language].errors)]));
catalogs.set("en", english);
const panesLoaded = new Set<string>(["en"]);
const loading = new Map<string, Promise<void>>();
const formatters = new Map<string, IntlMessageFormat>();

/** ICU locale of a catalog key (a test's pseudo-language "qps-ploc" formats as English). */
const icuLocale = (locale: string) => (locale.startsWith("qps") ? "en" : locale);

function formatter(locale: string, id: MessageId): IntlMessageFormat | null {
  const key = `${locale}\u0000${id}`;
  const cached = formatters.get(key);
  if (cached) return cached;
  const text = catalogs.get(locale)?.[id];
  if (text === undefined) return null;
  // in the bundles a catalog's texts arrive parsed (scripts/icu-ast-loader.js); in Jest and ts-node, as text
  const made = new IntlMessageFormat(text, icuLocale(locale), undefined, { ignoreTag: true });
  formatters.set(key, made);
  return made;
}

const isMessage = (value: unknown): value is Message => typeof value === "object" && value !== null && "id" in value;

/** The text of a message in that language (English when the language is not loaded or lacks the id). */
export function t(id: MessageId, params: Params = {}, language: Language | string = "en"): string {
  const format = formatter(language, id) ?? formatter("en", id);
  if (!format) throw new Error(`No message "${id}" in the English catalog (src/i18n/en).`);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) values[name] = isMessage(value) ? t(value.id, value.params, language) : value;
  return String(format.format(values));
}

/** A message rendered in that language. */
export const render = (message: Message, language: Language | string = "en"): string => t(message.id, message.params, language);

/** The languages whose every text is there now (English, the loaded ones, a test's pseudo-language). */
export const loadedLanguages = (): string[] => [...panesLoaded];

/** Whether every text of a language is there (English, a loaded language, a test's installed pseudo-language). */
export const isLoaded = (language: string): boolean => panesLoaded.has(language);

/** Loads a language's pane and sheet texts (their own chunk), once; resolves when t() speaks that language everywhere. */
export function loadLanguage(language: Language): Promise<void> {
  if (panesLoaded.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = REGISTRY[language].texts().then((texts) => installTexts(language, texts));
    loading.set(language, pending);
  }
  return pending;
}

/** A language's pane and sheet texts beside its errors (what loadLanguage installs once its chunk is there). */
export function installTexts(language: Language, texts: { pane: Catalog; sheets: Catalog }): void {
  installCatalog(language, { ...withPrefix("errors", REGISTRY[language].errors), ...withPrefix("pane", texts.pane), ...withPrefix("sheets", texts.sheets) });
}

/** Installs a catalog under a locale of its own (the tests' pseudo-language). */
export function installCatalog(locale: string, catalog: Catalog): void {
  catalogs.set(locale, catalog);
  panesLoaded.add(locale);
  for (const key of [...formatters.keys()]) if (key.startsWith(`${locale}\u0000`)) formatters.delete(key);
}

export { english as ENGLISH };

/** An error of a face (the pane, the writer) that says what went wrong as a message; .message is its English text. */
export class MessageError extends Error {
  constructor(readonly text: Message) {
    super(render(text));
    this.name = "MessageError";
  }
}
