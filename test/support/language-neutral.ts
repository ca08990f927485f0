import { resolveApiModel } from "../../src/engine";

/**
 * What reads the same in every language on a sheet (for the language tests): numbers and symbols, ids, file paths, model
 * ids, {currency}, and the few texts kept on purpose below.
 */
const ID_LIKE = /^[a-z0-9][a-z0-9.\-_:/@]*$/;

/**
 * Texts kept as they are in every language: the price sheet's column headers (read by the functions as price_sheet),
 * units and symbols of the method (P10, PERT α, σ, z, FTE, GB), and acronyms.
 */
export const KEPT_IN_EVERY_LANGUAGE: readonly string[] = ["model", "price_type", "usd_per_mtok", "valid_from", "valid_to", "provider", "TRUE/FALSE", "GPU", "API", "USD", "GB", "P10", "P50", "P90", "FTE", "PERT α", "PERT β", "P10 ≤ P50 ≤ P90", "0–1", "(n − ½) ÷ N", "z", "TRUE / FALSE", "σ"];

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

const HANGUL = /[\uAC00-\uD7A3]/;

/** Whether a text on a Korean sheet is still English: not Korean, not language-neutral, not kept on purpose. */
export function needsKorean(text: string): boolean {
  return !HANGUL.test(text) && !isLanguageNeutral(text) && !KEPT_IN_EVERY_LANGUAGE.includes(text);
}
