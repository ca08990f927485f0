/** The model-name matching rules of @pydantic/genai-prices, evaluated on our compact copy of its data. */
export type MatchLogic =
  | { and: MatchLogic[] }
  | { or: MatchLogic[] }
  | { equals: string }
  | { starts_with: string }
  | { ends_with: string }
  | { contains: string }
  | { regex: string };

const compiledPatterns = new Map<string, RegExp>();

export function matches(logic: MatchLogic, text: string): boolean {
  if ("and" in logic) return logic.and.every((part) => matches(part, text));
  if ("or" in logic) return logic.or.some((part) => matches(part, text));
  if ("equals" in logic) return text === logic.equals;
  if ("starts_with" in logic) return text.startsWith(logic.starts_with);
  if ("ends_with" in logic) return text.endsWith(logic.ends_with);
  if ("contains" in logic) return text.includes(logic.contains);
  let pattern = compiledPatterns.get(logic.regex);
  if (!pattern) {
    pattern = new RegExp(logic.regex);
    compiledPatterns.set(logic.regex, pattern);
  }
  return pattern.test(text);
}

/** Names that a rule accepts word for word: aliases an analyst may type. */
export function exactNames(logic: MatchLogic): string[] {
  if ("or" in logic) return logic.or.flatMap(exactNames);
  if ("equals" in logic) return [logic.equals];
  return [];
}
