/**
 * The one Excel double of this repository, for tests, the bench and the preview: an Office.js stand-in
 * (excel-standin.ts) that keeps Excel's rules — commands run at context.sync(), a property read before load + sync
 * throws PropertyNotLoaded, a batch fails part-way with Excel's error codes — over a workbook model whose cells a real
 * formula engine (HyperFormula, GPL-3.0, development only) calculates. Never part of dist/.
 */
import { loadFunctionsBundle, type LoadedFunctions } from "../load-functions-bundle";
import { createExcelStandin } from "./excel-standin";
import { llmcostWorkbookFactory, type Workbook } from "./workbook";

export { createExcelStandin, OfficeExtensionError } from "./excel-standin";
export { llmcostWorkbookFactory, Workbook } from "./workbook";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run over one workbook, typed as Office.js's own. */
export function excelRunFor(workbook: Workbook): ExcelRun {
  const { Excel } = createExcelStandin(() => workbook);
  return (Excel as unknown as { run: ExcelRun }).run;
}

/** Workbooks whose LLMCOST functions are those the built dist/functions.js registers (run `npm run build` first). */
export function distWorkbooks(functions: LoadedFunctions = loadFunctionsBundle()): { functions: LoadedFunctions; newWorkbook: () => Workbook } {
  return { functions, newWorkbook: llmcostWorkbookFactory(functions.double, functions.metadata) };
}
