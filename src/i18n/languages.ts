/**
 * The languages LLMCOST speaks: one entry each, its texts in one folder beside this file (src/i18n/<code>/).
 * - errors.json is bundled with the custom functions: a cell's message must be right the moment Excel computes it
 *   (a cell keeps its value until it is recalculated), and the engine writes each error's English text at once.
 * - pane.json and sheets.json (the template sheets' words) are loaded as one chunk only when that language is shown
 *   (English is built in: its sheet texts travel with the pane, not with the functions).
 * - functions.json is the function help of Excel in that language, made into dist/functions-<code>.json at build.
 * Adding a language: its folder, its entry here, one <bt:Override> in manifest.xml (docs/i18n.md).
 */
import type { Catalog } from "./catalog";
import enErrors from "./en/errors.json";
import enPane from "./en/pane.json";
import koErrors from "./ko/errors.json";

export interface LanguageEntry {
  /** The language named in itself, for the pane's language choice. */
  name: string;
  /** Office display-language tags that mean this language ("ko-KR" → ko). */
  tags: RegExp;
  errors: Catalog;
  /** The pane's and the sheets' texts, loaded on first use (webpack makes the language's chunk of the two imports). */
  texts: () => Promise<{ pane: Catalog; sheets: Catalog }>;
}

/** A language's pane and sheet texts from their two imports (one chunk). */
async function texts(pane: Promise<{ default: Catalog }>, sheets: Promise<{ default: Catalog }>): Promise<{ pane: Catalog; sheets: Catalog }> {
  const [p, s] = await Promise.all([pane, sheets]);
  return { pane: p.default, sheets: s.default };
}

export const REGISTRY = {
  // English is installed from the start (messages.ts; its sheet texts by english-sheets.ts with the pane): never loaded through here
  en: { name: "English", tags: /^en\b/i, errors: enErrors, texts: () => texts(Promise.resolve({ default: enPane }), import(/* webpackChunkName: "i18n-en" */ "./en/sheets.json")) },
  ko: { name: "한국어", tags: /^ko\b/i, errors: koErrors, texts: () => texts(import(/* webpackChunkName: "i18n-ko" */ "./ko/pane.json"), import(/* webpackChunkName: "i18n-ko" */ "./ko/sheets.json")) },
} satisfies Record<string, LanguageEntry>;

export type Language = keyof typeof REGISTRY;

export const LANGUAGES = Object.keys(REGISTRY) as Language[];

export const isLanguage = (value: unknown): value is Language => typeof value === "string" && Object.prototype.hasOwnProperty.call(REGISTRY, value);
