import { isLanguage, LANGUAGES, REGISTRY, type Language } from "./languages";

/**
 * The add-in's display language: the analyst's choice in the task pane (remembered), else Office's display
 * language, else English. The pane and the functions share one runtime, so a choice made in the pane also sets the
 * language of the messages that come with #VALUE! and #N/A.
 */
export { LANGUAGES, type Language };

const STORAGE_KEY = "llmcost.language";

/** "ko-KR", "ko" → "ko" (each language's tags in the registry); anything else → "en". */
export function languageOf(tag: string | null | undefined): Language {
  if (typeof tag !== "string") return "en";
  return LANGUAGES.find((language) => REGISTRY[language].tags.test(tag.trim())) ?? "en";
}

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // storage blocked (private mode, sandboxed frame): nothing is remembered
  }
}

/** The language the analyst chose in the pane, or null to follow Office. */
export function chosenLanguage(): Language | null {
  const stored = storage()?.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : null;
}

/** Remembers the analyst's choice; null forgets it (follow Office's display language again). */
export function chooseLanguage(language: Language | null): void {
  const store = storage();
  if (!store) return;
  if (language === null) store.removeItem(STORAGE_KEY);
  else store.setItem(STORAGE_KEY, language);
}

/** Office's display language, when Office.js has told it. */
export function officeLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  try {
    return languageOf(office?.context?.displayLanguage);
  } catch {
    return "en";
  }
}

export function displayLanguage(): Language {
  return chosenLanguage() ?? officeLanguage();
}
