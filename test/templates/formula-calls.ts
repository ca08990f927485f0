/**
 * Reads function calls out of an en-US formula: each call of a named function with its top-level arguments, string
 * literals ("…", "" for a quote) skipped so that a comma or parenthesis inside text is never taken for syntax.
 */
export interface FormulaCall {
  name: string;
  args: string[];
}

/** The top-level arguments of the call whose "(" is at `open`. */
function argumentsAt(formula: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let inString = false;
  let current = "";
  for (let i = open + 1; i < formula.length; i++) {
    const char = formula[i];
    if (char === '"') inString = !inString;
    if (!inString && char === "(") depth++;
    if (!inString && char === ")" && depth-- === 0) return [...args, current];
    if (!inString && char === "," && depth === 0) {
      args.push(current);
      current = "";
    } else current += char;
  }
  throw new Error(`unbalanced call in ${formula}`);
}

/** Every call of a function whose name matches `names` (e.g. /LLMCOST\.(INFERENCE|PRICE)/), outside string literals. */
export function callsIn(formula: string, names: RegExp): FormulaCall[] {
  const calls: FormulaCall[] = [];
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    if (formula[i] === '"') inString = !inString;
    if (inString) continue;
    const match = new RegExp(`^(?:${names.source})\\(`).exec(formula.slice(i));
    if (match && !/[A-Za-z0-9_.]/.test(formula[i - 1] ?? "")) {
      calls.push({ name: match[0].slice(0, -1), args: argumentsAt(formula, i + match[0].length - 1) });
    }
  }
  return calls;
}
