/**
 * Sheet texts. A template is data written once for every language, so its words are message ids (src/i18n/<language>/
 * sheets.json) carried inside the spec's strings as a token: `sheetText("activeCustomers")` is a string that
 * names the message and its parameters. A token survives everything templates do with text (a label put in a unit, a
 * phrase joined into a formula's "…" literal), and rendering in a language replaces every token by the message in that
 * language (`resolveSheetTexts`). In a formula a token sits inside a "…" literal, so its text has its quotes doubled.
 */
import type sheets from "./en/sheets.json";
import { t } from "./messages";

export type SheetKey = keyof typeof sheets & string;
export type SheetParams = Readonly<Record<string, string | number>>;

const OPEN = "\uE000";
const CLOSE = "\uE001";
const PARAMS = "\uE002";

/** A sheet text: the message `sheets.<key>` with its parameters (a parameter may itself be a sheet text). */
export function sheetText(key: SheetKey, params?: SheetParams): string {
  return params && Object.keys(params).length > 0 ? `${OPEN}${key}${PARAMS}${JSON.stringify(params)}${CLOSE}` : `${OPEN}${key}${CLOSE}`;
}

/** Whether a string holds a sheet text still to be rendered. */
export const hasSheetText = (text: string): boolean => text.includes(OPEN);

/** Where the token that starts at `start` ends (tokens nest: a parameter may be a token). */
function tokenEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === OPEN) depth++;
    else if (text[i] === CLOSE && --depth === 0) return i;
  }
  throw new Error(`Unclosed sheet text in "${text}"`);
}

/** The message of one token (without its delimiters). */
export function tokenMessage(inner: string): { key: SheetKey; params: SheetParams } {
  const split = inner.indexOf(PARAMS);
  if (split < 0) return { key: inner as SheetKey, params: {} };
  return { key: inner.slice(0, split) as SheetKey, params: JSON.parse(inner.slice(split + 1)) as SheetParams };
}

/** Every token of a string replaced by its text in that language; `quoteDoubled` for a formula's "…" literals. */
export function resolveSheetText(text: string, language: string, quoteDoubled = false): string {
  if (!hasSheetText(text)) return text;
  let out = "";
  let at = 0;
  while (at < text.length) {
    const start = text.indexOf(OPEN, at);
    if (start < 0) {
      out += text.slice(at);
      break;
    }
    const end = tokenEnd(text, start);
    const { key, params } = tokenMessage(text.slice(start + 1, end));
    const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === "string" ? resolveSheetText(value, language) : value]));
    // "{currency}" in a unit stays as written: the renderer turns it into a reference to the sheet's Currency cell
    const rendered = t(`sheets.${key}`, { currency: "{currency}", ...values }, language);
    out += text.slice(at, start) + (quoteDoubled ? rendered.replace(/"/g, '""') : rendered);
    at = end + 1;
  }
  return out;
}

/**
 * A link's target ({ sheet, name }, src/templates/links.ts) keeps its sheet text until the links are resolved: the
 * sheet it names may have been inserted in any language, and is found under its name in each.
 */
const isLinkTarget = (item: unknown): boolean => typeof item === "object" && item !== null && "sheet" in item && "name" in item;

/** A formula (a string that starts with "=") or a plain text. */
const isFormula = (text: string) => text.startsWith("=");

/**
 * A value (a template spec, a rendering) with every sheet text rendered in that language: in formulas their quotes are
 * doubled (a token in a formula is inside a "…" literal), elsewhere the text is as the catalog says.
 */
export function resolveSheetTexts<T>(value: T, language: string): T {
  if (typeof value === "string") return (hasSheetText(value) ? resolveSheetText(value, language, isFormula(value)) : value) as T;
  if (Array.isArray(value)) return value.map((item) => resolveSheetTexts(item, language)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, name === "link" && isLinkTarget(item) ? item : resolveSheetTexts(item, language)])) as T;
  }
  return value;
}
