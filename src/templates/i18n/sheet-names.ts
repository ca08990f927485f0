import { loadedLanguages } from "../../i18n/messages";
import { hasSheetText, resolveSheetText } from "../../i18n/sheet-text";

/**
 * The names a template sheet has in every loaded language, lower-cased: a sheet inserted in Korean is named "감성 분석",
 * in English "Sentiment analysis", and a link from a sheet in either language must find it under both. `name` is the
 * sheet's sheet text (a template's name, a link's target); a plain name is only itself.
 */
export function sheetNameVariants(name: string): Set<string> {
  const names = hasSheetText(name) ? loadedLanguages().map((language) => resolveSheetText(name, language)) : [name];
  return new Set(names.map((text) => text.toLowerCase()));
}
