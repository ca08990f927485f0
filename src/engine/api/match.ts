/** The model-name matching rules of @pydantic/genai-prices, evaluated on our compact copy of its data. */
import type { Match } from "../../data";

/** One rule of the catalog (its shape generated from api-prices.schema.json): exactly one of equals, starts_with, ends_with, contains, regex, or, and. */
export type MatchLogic = Match;

const compiledPatterns = new Map<string, RegExp>();

/**
 * Whether a rule accepts `text` (the reference semantics; look-ups go through RuleIndex or compileRule). Callers pass
 * lower-case text and rules from `lowerCaseRule`: the package compares
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


type Atom = { kind: "equals" | "starts_with" | "ends_with" | "contains"; text: string } | { kind: "regex"; pattern: RegExp };

/** The atoms of a rule that accepts a text when any of them does (an `or` of atoms, or one atom); null otherwise. */
function atomsOf(logic: MatchLogic): Atom[] | null {
  if ("or" in logic) {
    const parts = logic.or.map(atomsOf);
    return parts.every((part) => part !== null) ? (parts as Atom[][]).flat() : null;
  }
  if ("and" in logic) return null;
  if ("equals" in logic) return [{ kind: "equals", text: logic.equals }];
  if ("starts_with" in logic) return [{ kind: "starts_with", text: logic.starts_with }];
  if ("ends_with" in logic) return [{ kind: "ends_with", text: logic.ends_with }];
  if ("contains" in logic) return [{ kind: "contains", text: logic.contains }];
  return [{ kind: "regex", pattern: new RegExp(logic.regex) }];
}

/** The literal a regular expression's every match starts with (`^gpt-5\.4-…` → "gpt-5.4-"), or "". */
function leadingLiteral(pattern: RegExp): string {
  const source = pattern.source;
  if (!source.startsWith("^")) return "";
  let literal = "";
  for (let i = 1; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\" && i + 1 < source.length && /[.\-/]/.test(source[i + 1])) {
      literal += source[++i];
      continue;
    }
    if (!/[a-z0-9_:@ -]/.test(ch)) break;
    literal += ch;
  }
  // a quantifier after the last literal character makes that character optional
  return /[?*{]/.test(source[literal.length + 1] ?? "") ? literal.slice(0, -1) : literal;
}

const KEY = 3;

/**
 * Which of many rules accept a text, without evaluating every rule: each rule's atoms are filed under a short key
 * that any text they accept must show (its first characters, or a trigram it contains), so a text only checks the
 * atoms filed under its own keys, plus the few that cannot be filed (short literals, `and` rules, free regexes).
 * The answer is exactly the rules that `matches` accepts.
 */
export class RuleIndex {
  private readonly equals = new Map<string, number[]>();
  private readonly prefixed = new Map<string, { id: number; check: CompiledRule }[]>();
  private readonly containing = new Map<string, { id: number; literal: string }[]>();
  private readonly unfiled: { id: number; check: CompiledRule }[] = [];

  constructor(rules: MatchLogic[]) {
    rules.forEach((rule, id) => {
      const atoms = atomsOf(rule);
      if (atoms === null) {
        this.unfiled.push({ id, check: compileRule(rule) });
        return;
      }
      for (const atom of atoms) this.file(id, atom);
    });
  }

  private file(id: number, atom: Atom): void {
    const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    if (atom.kind === "equals") return push(this.equals, atom.text, id);
    if (atom.kind === "starts_with" && atom.text.length >= KEY) {
      const literal = atom.text;
      return push(this.prefixed, literal.slice(0, KEY), { id, check: (text: string) => text.startsWith(literal) });
    }
    if (atom.kind === "contains" && atom.text.length >= KEY) return push(this.containing, atom.text.slice(0, KEY), { id, literal: atom.text });
    if (atom.kind === "regex" && leadingLiteral(atom.pattern).length >= KEY) {
      const pattern = atom.pattern;
      return push(this.prefixed, leadingLiteral(pattern).slice(0, KEY), { id, check: (text: string) => pattern.test(text) });
    }
    this.unfiled.push({ id, check: compileRule(atomRule(atom)) });
  }

  /** Ids (positions in the constructor's list) of the rules that accept `text`, ascending. */
  accepting(text: string): number[] {
    const found = new Set<number>(this.equals.get(text) ?? []);
    for (const { id, check } of this.prefixed.get(text.slice(0, KEY)) ?? []) if (!found.has(id) && check(text)) found.add(id);
    if (this.containing.size > 0) {
      for (let i = 0; i + KEY <= text.length; i++) {
        for (const { id, literal } of this.containing.get(text.slice(i, i + KEY)) ?? []) if (!found.has(id) && text.includes(literal)) found.add(id);
      }
    }
    for (const { id, check } of this.unfiled) if (!found.has(id) && check(text)) found.add(id);
    return [...found].sort((a, b) => a - b);
  }
}

function atomRule(atom: Atom): MatchLogic {
  if (atom.kind === "regex") return { regex: atom.pattern.source };
  return { [atom.kind]: atom.text } as MatchLogic;
}
