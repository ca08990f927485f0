import { CellError, EmptyValue, FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";
import { formatValue } from "./excel-double/number-format";

/**
 * TEXT(value, format_text) as Excel computes it, by numfmt (Excel's number-format rules, the same that draw the
 * preview's cells): HyperFormula's own TEXT knows only a few codes ("#,##0" or a currency bracket come back garbled),
 * and the sheets' sentences quote amounts with the sheet's money format (TEXT(x,"[$₩-412]#,##0") is ₩17,160,885).
 * Registered once per process, in place of HyperFormula's, before any engine is built (hyperformula-config.ts).
 */
class ExcelTextPlugin extends FunctionPlugin {
  static implementedFunctions = {
    TEXT: { method: "text", parameters: [{ argumentType: FunctionArgumentType.SCALAR }, { argumentType: FunctionArgumentType.STRING }] },
  };

  text(ast: { args: unknown[] }, state: unknown): unknown {
    const run = (this as unknown as { runFunction: (args: unknown[], state: unknown, metadata: unknown, fn: (value: unknown, format: string) => unknown) => unknown }).runFunction;
    return run.call(this, ast.args, state, this.metadata("TEXT"), (value, format) => (value instanceof CellError || typeof value === "string" ? value : formatValue(value === EmptyValue ? 0 : value, format).text));
  }
}

let registered = false;

export function registerExcelText(): void {
  if (registered) return;
  HyperFormula.unregisterFunction("TEXT");
  HyperFormula.registerFunctionPlugin(ExcelTextPlugin as never);
  registered = true;
}
