import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { CustomFunctionsDouble } from "./custom-functions-double";
import { isCustomFunctionsError } from "./custom-functions-double";

/**
 * Registers the functions that the shipped functions.js associated (captured by the CustomFunctions double) as
 * HyperFormula functions named LLMCOST.<ID>, typed by functions.json, so that template sheets and typed formulas
 * recalculate in a real formula engine exactly as the add-in computes them.
 */

export interface FunctionsMetadata {
  functions: {
    id: string;
    parameters: { name: string; type?: string; dimensionality?: string; optional?: boolean }[];
    result: { type?: string; dimensionality?: string };
  }[];
}

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};

/** Spilled tables whose size cannot be predicted from literal arguments get this many rows at most. */
const FALLBACK_SPILL_ROWS = 11;

type Settled = { value: unknown } | { error: unknown };

export interface LlmcostFormulaEngine {
  /** Resolves when every asynchronous result (e.g. TOKENS while its tokenizer loads) has settled and been recalculated. */
  settle(): Promise<void>;
  /** How many asynchronous results are still computing (cells showing #BUSY!). */
  pending(): number;
}

function toCellValue(result: unknown): unknown {
  if (isCustomFunctionsError(result)) {
    return new CellError(ERROR_TYPES[result.code] ?? ErrorType.VALUE, result.message || undefined);
  }
  if (typeof result === "number" && !Number.isFinite(result)) return new CellError(ErrorType.NUM, "Non-finite result");
  if (result === undefined || result === null) return new CellError(ErrorType.VALUE, "No result");
  return result;
}

function fromCellValue(value: unknown, type: string | undefined, dimensionality: string | undefined): unknown {
  if (value instanceof SimpleRangeValue) {
    const rows = value.rawData().map((row) => row.map((cell) => (cell === EmptyValue ? "" : cell)));
    return dimensionality === "matrix" ? rows : rows[0]?.[0];
  }
  if (value === EmptyValue) return type === "string" ? "" : type === "number" ? 0 : null;
  if (value === undefined) return null;
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

export function registerLlmcostFunctions(double: CustomFunctionsDouble, metadata: FunctionsMetadata, onAsyncSettled: () => void): LlmcostFormulaEngine {
  const settledResults = new Map<string, Settled>();
  const pending = new Set<Promise<unknown>>();
  /**
   * Functions seen to answer with a promise (TOKENS while a tokenizer loads). Only their settled results are kept,
   * under a key of their arguments: building that key for every synchronous call would cost more than the call.
   */
  const asynchronous = new Set<string>();

  const invoke = (id: string, args: unknown[]): unknown => {
    const fn = double.registered.get(id);
    if (!fn) return new CellError(ErrorType.NAME, `LLMCOST.${id} is not registered`);
    const keyOf = () => `${id}(${JSON.stringify(args)})`;
    if (asynchronous.has(id)) {
      const known = settledResults.get(keyOf());
      if (known) return "value" in known ? known.value : known.error;
    }
    try {
      const result = fn(...args);
      if (result instanceof Promise || (typeof result === "object" && result !== null && typeof (result as Promise<unknown>).then === "function")) {
        asynchronous.add(id);
        const key = keyOf();
        const promise = (result as Promise<unknown>).then(
          (value) => settledResults.set(key, { value }),
          (error) => settledResults.set(key, { error }),
        );
        pending.add(promise);
        promise.finally(() => {
          pending.delete(promise);
          onAsyncSettled();
        });
        // Excel shows #BUSY! while an asynchronous function is computing.
        return new CellError(ErrorType.NA, "#BUSY!");
      }
      return result;
    } catch (error) {
      return error;
    }
  };

  class LlmcostPlugin extends FunctionPlugin {}
  const implemented: Record<string, unknown> = {};
  const translations: Record<string, string> = {};
  for (const fn of metadata.functions) {
    const name = `LLMCOST.${fn.id}`;
    const method = `call_${fn.id}`;
    const parameters = fn.parameters.map((p) => ({
      argumentType: p.dimensionality === "matrix" ? FunctionArgumentType.RANGE : p.type === "number" ? FunctionArgumentType.NUMBER : p.type === "string" ? FunctionArgumentType.STRING : FunctionArgumentType.SCALAR,
      optionalArg: p.optional === true,
    }));
    const spills = fn.result.dimensionality === "matrix";
    implemented[name] = { method, parameters, ...(spills ? { sizeOfResultArrayMethod: `${method}_size` } : {}) };
    translations[name] = name;

    /** `omitted[i]`: the formula leaves argument i out (`F(a,,c)`); Excel passes null for it, never 0 or "". */
    const call = (rawArgs: unknown[], omitted: boolean[] = []): unknown => {
      const args = fn.parameters.map((p, index) => (omitted[index] ? null : fromCellValue(rawArgs[index], p.type, p.dimensionality)));
      return invoke(fn.id, args);
    };

    (LlmcostPlugin.prototype as unknown as Record<string, unknown>)[method] = function (this: FunctionPlugin, ast: { args: { type?: string }[] }, state: unknown) {
      const self = this as unknown as { runFunction: (args: unknown[], state: unknown, metadata: unknown, fn: (...rawArgs: unknown[]) => unknown) => unknown; metadata: (n: string) => unknown };
      const omitted = ast.args.map((arg) => arg.type === "EMPTY");
      return self.runFunction(ast.args, state, self.metadata(name), (...rawArgs: unknown[]) => {
        const value = toCellValue(call(rawArgs, omitted));
        if (spills && Array.isArray(value)) return SimpleRangeValue.onlyValues(value as never);
        return value;
      });
    };
    if (spills) {
      (LlmcostPlugin.prototype as unknown as Record<string, unknown>)[`${method}_size`] = function (_ast: { args: { type: string; value?: unknown }[] }) {
        const ast = _ast;
        const literal = ast.args.every((arg) => arg.type === "NUMBER" || arg.type === "STRING" || arg.type === "EMPTY");
        if (literal) {
          const result = toCellValue(call(ast.args.map((arg) => (arg.type === "EMPTY" ? undefined : arg.value))));
          if (Array.isArray(result)) return new ArraySize(result[0]?.length ?? 1, result.length);
          return new ArraySize(1, 1);
        }
        return new ArraySize(3, FALLBACK_SPILL_ROWS);
      };
    }
  }
  (LlmcostPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(LlmcostPlugin as never, { enGB: translations, enUS: translations } as never);

  return {
    async settle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    pending: () => pending.size,
  };
}
