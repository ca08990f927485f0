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

/**
 * Whether a rule accepts `text`. Callers pass lower-case text and rules from `lowerCaseRule`: the package compares
 * both sides case-insensitively (its rules hold `MiniMax-M` and `GLM-`), and tests regular expressions on the
 * lower-cased id.
 */
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

/** A rule as a function: the same answer as `matches`, without re-reading the rule's shape on every call. */
export type CompiledRule = (text: string) => boolean;

export function compileRule(logic: MatchLogic): CompiledRule {
  if ("and" in logic) {
    const parts = logic.and.map(compileRule);
    return (text) => parts.every((part) => part(text));
  }
  if ("or" in logic) {
    const parts = logic.or.map(compileRule);
    return (text) => parts.some((part) => part(text));
  }
  if ("equals" in logic) {
    const value = logic.equals;
    return (text) => text === value;
  }
  if ("starts_with" in logic) {
    const value = logic.starts_with;
    return (text) => text.startsWith(value);
  }
  if ("ends_with" in logic) {
    const value = logic.ends_with;
    return (text) => text.endsWith(value);
  }
  if ("contains" in logic) {
    const value = logic.contains;
    return (text) => text.includes(value);
  }
  const pattern = new RegExp(logic.regex);
  return (text) => pattern.test(text);
}

/** The same rule with every literal in lower case (regular expressions unchanged, as the package keeps them). */
export function lowerCaseRule(logic: MatchLogic): MatchLogic {
  if ("and" in logic) return { and: logic.and.map(lowerCaseRule) };
  if ("or" in logic) return { or: logic.or.map(lowerCaseRule) };
  if ("equals" in logic) return { equals: logic.equals.toLowerCase() };
  if ("starts_with" in logic) return { starts_with: logic.starts_with.toLowerCase() };
  if ("ends_with" in logic) return { ends_with: logic.ends_with.toLowerCase() };
  if ("contains" in logic) return { contains: logic.contains.toLowerCase() };
  return logic;
}

/** Names that a rule accepts word for word: aliases an analyst may type. */
export function exactNames(logic: MatchLogic): string[] {
  if ("or" in logic) return logic.or.flatMap(exactNames);
  if ("equals" in logic) return [logic.equals];
  return [];
}

/** True when the rule accepts nothing but its exact names (an `equals`, or an `or` of them): an index answers it. */
export function onlyExactNames(logic: MatchLogic): boolean {
  if ("or" in logic) return logic.or.every(onlyExactNames);
  return "equals" in logic;
}
