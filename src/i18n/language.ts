/**
 * The add-in's display language: the analyst's choice in the task pane (remembered), else Office's display
 * language, else English. The pane and the functions share one runtime, so a choice made in the pane also sets the
 * language of the messages that come with #VALUE! and #N/A.
 */
export type Language = "en" | "ko";

export const LANGUAGES: readonly Language[] = ["en", "ko"];

const STORAGE_KEY = "llmcost.language";

/** "ko-KR", "ko" → "ko"; anything else → "en" (the only other language shipped). */
export function languageOf(tag: string | null | undefined): Language {
  return typeof tag === "string" && /^ko\b/i.test(tag.trim()) ? "ko" : "en";
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
  return stored === "en" || stored === "ko" ? stored : null;
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
