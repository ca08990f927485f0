import { KO } from "./ko";

/** Every language's translation table (English → that language); English itself is the key. */
const TABLES: readonly Readonly<Record<string, string>>[] = [KO];

/**
 * The names a template sheet has in every language, lower-cased: a sheet inserted in Korean is named "감성 분석",
 * in English "Sentiment analysis", and a link from a sheet in either language must find it under both.
 */
export function sheetNameVariants(name: string): Set<string> {
  const wanted = name.toLowerCase();
  const variants = new Set([wanted]);
  for (const table of TABLES) {
    for (const [english, translated] of Object.entries(table)) {
      if (english.toLowerCase() === wanted || translated.toLowerCase() === wanted) {
        variants.add(english.toLowerCase());
        variants.add(translated.toLowerCase());
      }
    }
  }
  return variants;
}
