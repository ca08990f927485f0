import { isEngineError, type EngineErrorKind } from "../engine/errors";

/** The one place where engine errors become Excel errors. */
const EXCEL_CODE: Record<EngineErrorKind, CustomFunctions.ErrorCode> = {
  value: "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  "not-available": "#N/A" as CustomFunctions.ErrorCode.notAvailable,
  number: "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
  "divide-by-zero": "#DIV/0!" as CustomFunctions.ErrorCode.divisionByZero,
};

const MESSAGE_CODES = new Set<CustomFunctions.ErrorCode>([EXCEL_CODE.value, EXCEL_CODE["not-available"]]);

/** Runs an engine call for a cell: the value, or a CustomFunctions.Error — never a raw exception, NaN or Infinity. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (isEngineError(error)) {
    const code = EXCEL_CODE[error.kind];
    // Excel accepts a message only with #VALUE! and #N/A.
    return MESSAGE_CODES.has(code) ? new CustomFunctions.Error(code, error.message) : new CustomFunctions.Error(code);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(EXCEL_CODE.value, `LLMCOST could not compute this: ${detail.slice(0, 200)}`);
}

function checkedNumber(value: number): number {
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new CustomFunctions.Error(EXCEL_CODE.value, "LLMCOST could not compute a number for these arguments.");
  }
  if (!Number.isFinite(value)) throw new CustomFunctions.Error(EXCEL_CODE.number);
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
    return compute().map((row) => row.map((cell) => (typeof cell === "number" ? checkedNumber(cell) : cell)));
  } catch (error) {
    throw toExcelError(error);
  }
}
