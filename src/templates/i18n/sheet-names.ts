import { ENGLISH, loadedLanguages, t } from "../../i18n/messages";
import type { MessageId } from "../../i18n/catalog";
import { hasSheetText, resolveSheetText } from "../../i18n/sheet-text";

/** Each sheet text's words in every loaded language, lower-cased, by any of them; rebuilt when a language arrives. */
let variantsByText: { languages: string; table: Map<string, Set<string>> } | null = null;

function variantTable(): Map<string, Set<string>> {
  const languages = loadedLanguages();
  if (variantsByText?.languages === languages.join()) return variantsByText.table;
  const table = new Map<string, Set<string>>();
  for (const id of Object.keys(ENGLISH).filter((key) => key.startsWith("sheets."))) {
    let texts: string[];
    try {
      texts = languages.map((language) => t(id as MessageId, {}, language).toLowerCase());
    } catch {
      continue; // a message with parameters names no sheet
    }
    const variants = new Set(texts);
    for (const text of texts) table.set(text, new Set([...(table.get(text) ?? []), ...variants]));
  }
  variantsByText = { languages: languages.join(), table };
  return table;
}

/**
 * The names a template sheet has in every loaded language, lower-cased: a sheet inserted in Korean is named "감성 분석",
 * in English "Sentiment analysis", and a link from a sheet in either language must find it under both. `name` is the
 * name as rendered, or its sheet text.
 */
export function sheetNameVariants(name: string): Set<string> {
  const names = hasSheetText(name) ? loadedLanguages().map((language) => resolveSheetText(name, language)) : [name];
  const variants = new Set<string>();
  for (const each of names.map((text) => text.toLowerCase())) {
    variants.add(each);
    for (const variant of variantTable().get(each) ?? []) variants.add(variant);
  }
  return variants;
}
