import { isEngineError, type EngineErrorKind } from "../engine/errors";
import { headerRowIn } from "../engine/table-headers";
import type { Message } from "../i18n/catalog";
import { displayLanguage } from "../i18n/language";
import { render } from "../i18n/messages";

/** The one place where engine errors become Excel errors. */
const EXCEL_CODE: Record<EngineErrorKind, CustomFunctions.ErrorCode> = {
  value: "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  "not-available": "#N/A" as CustomFunctions.ErrorCode.notAvailable,
  number: "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
  "divide-by-zero": "#DIV/0!" as CustomFunctions.ErrorCode.divisionByZero,
};

const MESSAGE_CODES = new Set<CustomFunctions.ErrorCode>([EXCEL_CODE.value, EXCEL_CODE["not-available"]]);

/**
 * An Excel error with its message in the display language (Excel shows a message only with #VALUE! and #N/A). A
 * plain string is an error thrown with English prose by code not yet converted to message ids: shown as it is.
 */
function excelError(code: CustomFunctions.ErrorCode, message?: Message | string): CustomFunctions.Error {
  if (message === undefined || !MESSAGE_CODES.has(code)) return new CustomFunctions.Error(code);
  return new CustomFunctions.Error(code, typeof message === "string" ? message : render(message, displayLanguage()));
}

/** Runs an engine call for a cell: the value, or a CustomFunctions.Error — never a raw exception, NaN or Infinity. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (isEngineError(error)) return excelError(EXCEL_CODE[error.kind], error.text ?? error.message);
  const detail = error instanceof Error ? error.message : String(error);
  return excelError(EXCEL_CODE.value, { id: "errors.couldNotCompute", params: { detail: detail.slice(0, 200) } });
}

/** A computed number as a cell may show it: NaN and Infinity become Excel errors. */
export function checkedNumber(value: number): number {
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw excelError(EXCEL_CODE.value, { id: "errors.noNumber" });
  }
  if (!Number.isFinite(value)) throw excelError(EXCEL_CODE.number);
  return value;
}

export function excelNumber(compute: () => number): number {
  try {
    return checkedNumber(compute());
  } catch (error) {
    throw toExcelError(error);
  }
}

export function excelText(compute: () => string): string {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}

export function excelTable(compute: () => (string | number)[][]): (string | number)[][] {
  try {
    const table = compute();
    // the header row in the display language; the data below as the engine writes it
    const shown = table.length === 0 ? table : [headerRowIn(table[0], displayLanguage()), ...table.slice(1)];
    return shown.map((row) => row.map((cell) => (typeof cell === "number" ? checkedNumber(cell) : cell)));
  } catch (error) {
    throw toExcelError(error);
  }
}
