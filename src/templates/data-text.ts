import { ENGLISH } from "../i18n/messages";
import { sheetText, type SheetKey } from "../i18n/sheet-text";

/**
 * Prose a data file carries (a source's finding, a billing note, a driver's caveat) shown on a sheet: its sheet text
 * when the English catalog holds it word for word, so that it reads in the sheet's language; the data's own words
 * otherwise (an edited data file shows its new English until the catalogs catch up, and the pseudo-language test
 * names it). Names, URLs, dates and figures around it are parameters of the message that frames it.
 */
export function dataText(key: SheetKey, english: string): string {
  return ENGLISH[`sheets.${key}` as keyof typeof ENGLISH] === english ? sheetText(key) : english;
}

/**
 * The sheet texts of a data file's rows, by the row's id (a GPU, a driver): `dataText(KEYS[row.id], row.source)`. Written
 * through this function so that the catalogs test sees the keys as used.
 */
export function dataKeys<T extends Readonly<Record<string, SheetKey>>>(keys: T): T {
  return keys;
}
