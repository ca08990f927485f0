/**
 * LLMCOST cost calls found in a cell's formula text, and their arguments evaluated from the workbook's values, so that
 * the pane can say what a cell would cost at another price date without changing anything. Only what repricing needs:
 * arguments made of numbers, text, TRUE/FALSE, cell and range references, names, + - * / & and parentheses. An
 * argument with any other function is not evaluated (the cell is said to be not repriced, never guessed).
 */

export type CostFunction = "INFERENCE" | "EMBEDDING" | "FINETUNE";

export interface CostCall {
  fn: CostFunction;
  /** Each argument's formula text, "" where omitted. */
  args: string[];
  /**
   * Whether the cell's value is the call times other factors (`=LLMCOST.INFERENCE(...)*FxRate`, inside IFERROR or not):
   * then the cell moves by the call's own ratio.
   */
  proportional: boolean;
}

const CALL = /LLMCOST\.(INFERENCE|EMBEDDING|FINETUNE)\s*\(/gi;

/** Index just after the parenthesis that closes the one opened before `start`; -1 when unbalanced. */
function closing(text: string, start: number): number {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = text.indexOf('"', i + 1);
      while (i !== -1 && text[i + 1] === '"') i = text.indexOf('"', i + 2);
      if (i === -1) return -1;
    } else if (c === "'") {
      i = text.indexOf("'", i + 1);
      if (i === -1) return -1;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return -1;
}

/** Top-level pieces of an argument list, split at commas outside parentheses and quotes. */
export function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let end = text.indexOf(c, i + 1);
      while (c === '"' && end !== -1 && text[end + 1] === '"') end = text.indexOf('"', end + 2);
      i = end === -1 ? text.length : end;
    } else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  parts.push(text.slice(from).trim());
  return parts;
}

/** `IFERROR(x, why)` → x: a named output's wrapper does not change the cost it shows. */
function unwrapIferror(text: string): string {
  const match = /^IFERROR\s*\(/i.exec(text);
  if (!match) return text;
  const end = closing(text, match[0].length);
  if (end !== text.length) return text;
  return splitArguments(text.slice(match[0].length, end - 1))[0] ?? text;
}

/** The cost calls of a formula ("=..." text); none for a constant. */
export function costCallsIn(formula: unknown): CostCall[] {
  if (typeof formula !== "string" || !formula.startsWith("=")) return [];
  const body = unwrapIferror(formula.slice(1).trim());
  const calls: { fn: CostFunction; args: string[]; from: number; to: number }[] = [];
  for (const match of formula.slice(1).matchAll(CALL)) {
    const open = (match.index ?? 0) + 1 + match[0].length;
    const end = closing(formula, open);
    if (end === -1) continue;
    calls.push({ fn: match[1].toUpperCase() as CostFunction, args: splitArguments(formula.slice(open, end - 1)), from: (match.index ?? 0) + 1, to: end });
  }
  if (calls.length === 0) return [];
  // proportional: one call, the rest of the (unwrapped) formula only multiplies or divides it
  const only = calls.length === 1 ? formula.slice(calls[0].from, calls[0].to) : null;
  const rest = only !== null && body.includes(only) ? body.replace(only, "1").replace(/"(?:[^"]|"")*"/g, '""') : null;
  const proportional = rest !== null && /^[\s\w$.!'()*/]*$/.test(rest) && !/[+\-&,]/.test(rest);
  return calls.map(({ fn, args }) => ({ fn, args, proportional }));
}

/** A reference or a name as a formula writes it, for the workbook to resolve. */
export type Reference = { kind: "cell"; sheet: string | null; address: string } | { kind: "name"; name: string };

/** Thrown for an argument this evaluator does not compute (another function, an error value). */
export class NotEvaluated extends Error {}

type Token = { type: "number"; value: number } | { type: "text"; value: string } | { type: "ref"; value: Reference } | { type: "op"; value: string };

const REF = /^(?:(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])/;
const NAME = /^[A-Za-z_\\][\w.]*(?![\w(!])/;
const NUMBER = /^\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|^\.\d+(?:[eE][+-]?\d+)?/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    let match: RegExpExecArray | null;
    if (rest[0] === '"') {
      match = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!match) throw new NotEvaluated(text);
      tokens.push({ type: "text", value: match[1].replace(/""/g, '"') });
    } else if ((match = NUMBER.exec(rest))) tokens.push({ type: "number", value: Number(match[0]) });
    else if ((match = REF.exec(rest))) {
      const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? null);
      tokens.push({ type: "ref", value: { kind: "cell", sheet, address: match[3].replace(/\$/g, "").toUpperCase() } });
    } else if ((match = NAME.exec(rest))) {
      const word = match[0].toUpperCase();
      if (word === "TRUE" || word === "FALSE") tokens.push({ type: "number", value: word === "TRUE" ? 1 : 0 });
      else tokens.push({ type: "ref", value: { kind: "name", name: match[0] } });
    } else if ((match = /^[-+*/&()]/.exec(rest))) tokens.push({ type: "op", value: match[0] });
    else throw new NotEvaluated(text); // a function, comparison or error literal
    rest = rest.slice(match[0].length).trim();
  }
  return tokens;
}

const asNumber = (value: unknown): number => {
  if (value === null || value === undefined || value === "") return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  throw new NotEvaluated(String(value));
};

/**
 * An argument's value: a number, text, or a 2-D array for a range; undefined for an omitted argument. `resolve` gives
 * a reference's value (a cell's value, a range's values, what a name refers to).
 */
export function evaluateArgument(text: string, resolve: (ref: Reference) => unknown): unknown {
  if (text.trim() === "") return undefined;
  const tokens = tokenize(text);
  let at = 0;
  const peek = () => tokens[at];
  const isOp = (value: string) => peek()?.type === "op" && peek()?.value === value;
  const primary = (): unknown => {
    const token = tokens[at++];
    if (!token) throw new NotEvaluated(text);
    if (token.type === "number" || token.type === "text") return token.value;
    if (token.type === "ref") return resolve(token.value);
    if (token.value === "(") {
      const value = concat();
      if (!isOp(")")) throw new NotEvaluated(text);
      at++;
      return value;
    }
    if (token.value === "-") return -asNumber(primary());
    if (token.value === "+") return asNumber(primary());
    throw new NotEvaluated(text);
  };
  const product = (): unknown => {
    let value = primary();
    while (isOp("*") || isOp("/")) {
      const op = tokens[at++].value;
      const right = asNumber(primary());
      value = op === "*" ? asNumber(value) * right : asNumber(value) / right;
    }
    return value;
  };
  const sum = (): unknown => {
    let value = product();
    while (isOp("+") || isOp("-")) {
      const op = tokens[at++].value;
      const right = asNumber(product());
      value = op === "+" ? asNumber(value) + right : asNumber(value) - right;
    }
    return value;
  };
  const concat = (): unknown => {
    let value = sum();
    while (isOp("&")) {
      at++;
      value = `${String(value ?? "")}${String(sum() ?? "")}`;
    }
    return value;
  };
  const value = concat();
  if (at !== tokens.length) throw new NotEvaluated(text);
  return value;
}
