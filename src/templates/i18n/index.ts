import type { Language } from "../../i18n/language";
import { renderTemplate } from "../render";
import { defaultFxSource } from "../options";
import type { CellStyle, ProjectionSpec, RenderOptions, RenderedTemplate, RowSpec, SectionSpec, SheetSpec, TemplateSpec } from "../types";
import { resolveApiModel } from "../../engine";
import { KO, KO_BUILT, KO_PREFIXES, SAME_IN_KOREAN } from "./ko";
import { ENGLISH, t as message } from "../../i18n/messages";
import type { MessageId } from "../../i18n/catalog";
import { hasSheetText, resolveSheetText, resolveSheetTexts } from "../../i18n/sheet-text";

/**
 * Transition layer (docs/i18n.md, "Sheet texts"): a template's words are sheet texts (message ids, rendered by
 * renderTemplate in the language); the texts still built in English with ${…} are translated here by the English →
 * Korean table left in ko.ts (and its KO_BUILT patterns), looked up by their English, before and after rendering, as
 * before. `npm run i18n:sheets` lists what is left; when nothing is, this file, ko.ts and ko-model.ts go.
 */
export type SheetLanguage = Language;

interface Dictionary {
  text: Readonly<Record<string, string>>;
  /** Texts deliberately left as they are (drop-down values that formulas match, acronyms). */
  same: ReadonlySet<string>;
  /** Texts built from data (the catalog description): translated phrase by phrase when `when` matches the text. */
  built: readonly { when: RegExp; phrases: readonly (readonly [RegExp, string])[] }[];
  /** Fixed English prefixes that render.ts puts before a template's own (already translated) text. */
  prefixes: readonly (readonly [string, string])[];
}

/**
 * Transition: texts still built in English (with ${…}, see npm run i18n:sheets) are translated by the English →
 * Korean table that is left in ko.ts, and, for the English of a sheet message, by that message's Korean.
 */
function byEnglish(language: string): Record<string, string> {
  const table: Record<string, string> = {};
  for (const id of Object.keys(ENGLISH)) {
    if (!id.startsWith("sheets.")) continue;
    try {
      table[message(id as MessageId, { currency: "{currency}" })] = message(id as MessageId, { currency: "{currency}" }, language);
    } catch {
      // a message with parameters is found by its id, never by its English
    }
  }
  return table;
}

let korean: Dictionary | null = null;
const DICTIONARIES: Record<SheetLanguage, () => Dictionary | null> = {
  en: () => null,
  ko: () => (korean ??= { text: { ...byEnglish("ko"), ...KO }, same: new Set(SAME_IN_KOREAN), built: KO_BUILT, prefixes: KO_PREFIXES }),
};

const ID_LIKE = /^[a-z0-9][a-z0-9.\-_:/@]*$/;

/**
 * Text that reads the same in every language: empty, numbers and symbols, a file path, a model id, {currency}, or
 * several of these separated by spaces (a month and a model id: "2026-10 gpt-4.1-mini").
 */
export function isLanguageNeutral(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 1 ? words.every(isNeutralWord) : isNeutralWord(text);
}

function isNeutralWord(text: string): boolean {
  if (/^[\d\s.,:;%$+\-−×÷=()/]*$/.test(text) || /^\{[a-z]+\}$/.test(text)) return true;
  if (!ID_LIKE.test(text)) return false;
  if (/[\d/.]/.test(text)) return true;
  try {
    resolveApiModel(text);
    return true;
  } catch {
    return false;
  }
}

/** The text in the dictionary's language, or undefined when it has no translation. */
function lookUp(dictionary: Dictionary, text: string): string | undefined {
  const translated = dictionary.text[text];
  if (translated !== undefined) return translated;
  if (dictionary.same.has(text) || isLanguageNeutral(text)) return text;
  const built = dictionary.built.find(({ when }) => when.test(text));
  return built?.phrases.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** Cell styles that hold the sheet's own words; inputs and calculations hold ids, numbers and formulas. */
const TEXT_STYLES = new Set<CellStyle>(["title", "subtitle", "section", "header", "label", "unit", "note"]);

function translator(dictionary: Dictionary, language: SheetLanguage) {
  const missing = new Set<string>();
  const t = (text: string): string => {
    const english = hasSheetText(text) ? resolveSheetText(text, "en") : text;
    const translated = lookUp(dictionary, english);
    if (translated !== undefined) return translated;
    if (hasSheetText(text)) return resolveSheetText(text, language);
    missing.add(text);
    return text;
  };
  const optional = (text: string | undefined) => (text === undefined ? undefined : t(text));
  const record = (values: Record<string, string> | undefined) =>
    values === undefined ? undefined : Object.fromEntries(Object.entries(values).map(([key, value]) => [key, t(value)]));
  return { t, optional, record, missing };
}

type Translate = ReturnType<typeof translator>;

function localizeRow(row: RowSpec, tr: Translate): RowSpec {
  return { ...row, label: tr.t(row.label), unit: tr.optional(row.unit), notes: tr.optional(row.notes) };
}

function localizeSection(section: SectionSpec, tr: Translate): SectionSpec {
  return { ...section, title: tr.t(section.title), headers: tr.record(section.headers), rows: section.rows.map((row) => localizeRow(row, tr)) };
}

function localizeProjection(projection: ProjectionSpec, tr: Translate): ProjectionSpec {
  return {
    ...projection,
    title: tr.t(projection.title),
    periodLabel: tr.t(projection.periodLabel),
    rows: projection.rows.map((row) => ({ ...row, label: tr.t(row.label), unit: tr.optional(row.unit), notes: tr.optional(row.notes) })),
  };
}

function localizeSheet(sheet: SheetSpec, tr: Translate): SheetSpec {
  return {
    ...sheet,
    name: tr.t(sheet.name),
    valueColumns: sheet.valueColumns.map((column) => ({ ...column, header: tr.t(column.header) })),
    sections: sheet.sections.map((section) => localizeSection(section, tr)),
    ...(sheet.projection ? { projection: localizeProjection(sheet.projection, tr) } : {}),
    ...(sheet.chart ? { chart: { ...sheet.chart, title: tr.t(sheet.chart.title) } } : {}),
  };
}

/** The template with its words in that language; `missing` lists the English texts that have no translation. */
export function localizeTemplate(template: TemplateSpec, language: SheetLanguage): { template: TemplateSpec; missing: string[] } {
  const dictionary = DICTIONARIES[language]();
  if (!dictionary) return { template: resolveSheetTexts(template, language), missing: [] };
  const tr = translator(dictionary, language);
  const localized: TemplateSpec = {
    ...template,
    title: tr.t(template.title),
    description: tr.t(template.description),
    source: tr.t(template.source),
    choices: template.choices.map((choice) => ({ ...choice, label: tr.t(choice.label) })),
    sheets: template.sheets.map((sheet) => localizeSheet(sheet, tr)),
  };
  return { template: localized, missing: [...tr.missing] };
}

const LITERAL = /"((?:[^"]|"")*)"/g;

/** Whether the literal at `offset` is compared (=, <>, <, >) with something: a value the formula matches. */
function isCompared(formula: string, offset: number, length: number): boolean {
  const before = formula.slice(0, offset).trimEnd();
  const after = formula.slice(offset + length).trimStart();
  return (/[=<>]$/.test(before) && before !== "=") || /^[=<>]/.test(after);
}

/**
 * Texts a template's formulas match, which must stay as they are in every language: literals compared anywhere in the
 * template, literals of array constants (MATCH(x,{"API model",…},0)) and drop-down values.
 */
function matchedTexts(rendered: RenderedTemplate): Set<string> {
  const matched = new Set<string>();
  for (const sheet of rendered.sheets) {
    for (const validation of sheet.validations) for (const value of validation.list) matched.add(value);
    for (const cell of sheet.cells) {
      const formula = cell.formula ?? "";
      for (const constant of formula.match(/\{[^{}]*\}/g) ?? []) for (const [, literal] of constant.matchAll(LITERAL)) matched.add(literal);
      for (const found of formula.matchAll(LITERAL)) if (isCompared(formula, found.index ?? 0, found[0].length)) matched.add(found[1]);
    }
  }
  return matched;
}

/**
 * The words in a formula's text literals in that language: every literal of a text cell (a unit after the Currency
 * cell, the currency note); in a calculation only phrases (with a space: "no hosted price", "linked: 감성 분석"), as a
 * single word there may be a function's argument ("input") or a value another cell matches. Matched texts stay.
 */
function localizeFormulaWords(formula: string, translate: (text: string) => string | undefined, matched: ReadonlySet<string>, phrasesOnly: boolean): string {
  return formula.replace(LITERAL, (whole: string, literal: string, offset: number) => {
    const text = literal.replace(/""/g, '"');
    if (matched.has(literal) || isCompared(formula, offset, whole.length) || (phrasesOnly && !/[A-Za-z] |\s[A-Za-z]/.test(text))) return whole;
    const translated = translate(text);
    return translated === undefined ? whole : `"${translated.replace(/"/g, '""')}"`;
  });
}

/** The frame render.ts writes (title-block labels and notes, column headers) and the words of formulas in that language. */
export function localizeRendered(rendered: RenderedTemplate, language: SheetLanguage): RenderedTemplate {
  const dictionary = DICTIONARIES[language]();
  if (!dictionary) return rendered;
  const frame = (text: string): string => {
    const whole = lookUp(dictionary, text);
    if (whole !== undefined) return whole;
    const prefix = dictionary.prefixes.find(([english]) => text.startsWith(english));
    return prefix ? prefix[1] + text.slice(prefix[0].length) : text;
  };
  const matched = matchedTexts(rendered);
  const translate = (text: string) => lookUp(dictionary, text);
  const localizeCell = (cell: RenderedTemplate["sheets"][number]["cells"][number]) => {
    const isText = cell.style !== undefined && TEXT_STYLES.has(cell.style);
    if (isText && typeof cell.value === "string") return { ...cell, value: frame(cell.value) };
    // the master check's words (OK, ERROR, FORMATS SHOW …) stay: the pane and other sheets compare them
    if (cell.formula && cell.style !== "check") return { ...cell, formula: localizeFormulaWords(cell.formula, translate, matched, !isText) };
    return cell;
  };
  const sheets = rendered.sheets.map((sheet) => ({ ...sheet, cells: sheet.cells.map(localizeCell) }));
  return { ...rendered, sheets };
}

/** Renders a template in a language: translated spec → the one renderer → translated frame. */
export function renderTemplateIn(template: TemplateSpec, options: RenderOptions, language: SheetLanguage): RenderedTemplate {
  const dictionary = DICTIONARIES[language]();
  // The default rate source is the renderer's own words; a source the user typed stays as typed.
  const fxSource = options.fxSource?.trim() || (dictionary ? lookUp(dictionary, defaultFxSource(options.currency)) : undefined);
  const localizedOptions = fxSource ? { ...options, fxSource } : options;
  return localizeRendered(renderTemplate(localizeTemplate(template, language).template, localizedOptions, language), language);
}

/**
 * Whether a text on a rendered sheet is still English that needs a translation (for tests and reviews): not a
 * translation, not deliberately the same, not language-neutral.
 */
export function needsTranslation(text: string, language: SheetLanguage): boolean {
  const dictionary = DICTIONARIES[language]();
  if (!dictionary || /[\uAC00-\uD7A3]/.test(text)) return false;
  if (dictionary.same.has(text) || isLanguageNeutral(text)) return false;
  return !Object.values(dictionary.text).includes(text);
}
