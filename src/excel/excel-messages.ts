/**
 * What the task pane says when Excel refuses something, or when the add-in itself fails: a sentence for an analyst,
 * never a raw exception ("x is not a function"). Shared by the template writer and the task pane's panels.
 */

/** Office.js error codes (OfficeExtension.Error.code) and what each means to someone at the workbook. */
const EXCEL_REFUSALS: Record<string, string> = {
  AccessDenied: "Excel refused the change: the sheet or workbook is protected or read-only",
  InvalidArgument: "Excel refused a value or an address as invalid",
  InvalidReference: "Excel refused a cell reference as invalid",
  InvalidSelection: "Excel cannot use the current selection",
  ItemNotFound: "Excel could not find that sheet, name or cell",
  ItemAlreadyExists: "Excel already has a sheet, name or table by that name",
  InvalidOperation: "Excel refused the operation",
  InvalidOperationInCellEditMode: "Excel is editing a cell: press Enter or Esc in the sheet, then try again",
  ApiNotFound: "This version of Excel does not offer what the add-in needs: update Excel or use Excel on the web",
  NotImplemented: "This version of Excel does not offer what the add-in needs: update Excel or use Excel on the web",
  UnsupportedOperation: "Excel does not support this operation here",
  ActivityLimitReached: "Excel refused: too much at once; select fewer cells and try again",
  RequestPayloadSizeLimitExceeded: "Excel refused: too much data at once; select fewer cells and try again",
  GeneralException: "Excel could not complete the request",
};

/** An OfficeExtension.Error (RichApi.Error): Excel's answer to a request, with one of Excel's error codes. */
function excelCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, name, debugInfo } = error as { code?: unknown; name?: unknown; debugInfo?: unknown };
  if (typeof code !== "string") return null;
  return name === "RichApi.Error" || (typeof debugInfo === "object" && debugInfo !== null) ? code : null;
}

/** Errors a program raises by mistake (a bug), as opposed to the add-in's own messages (plain Error). */
const PROGRAM_ERRORS = new Set(["TypeError", "ReferenceError", "RangeError", "SyntaxError", "EvalError", "URIError"]);

/**
 * A sentence for the pane. Excel's refusals name what went wrong in plain words with Excel's code in brackets (for
 * support); the add-in's own errors keep their message; a bug says so without showing the exception.
 */
export function describeError(error: unknown): string {
  const code = excelCode(error);
  if (code !== null) return `${EXCEL_REFUSALS[code] ?? EXCEL_REFUSALS.GeneralException} (${code}).`;
  if (error instanceof Error && !PROGRAM_ERRORS.has(error.name) && error.message) return error.message;
  return "The add-in hit an unexpected problem: reload the task pane and try again.";
}
