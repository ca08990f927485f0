import { isCustomFunctionsError } from "../../dev/custom-functions-double";

/** What a custom function returned, as an Excel error (code and message); anything else fails the test, naming it. */
export function errorOf(value: unknown): { code: string; message: string } {
  if (!isCustomFunctionsError(value)) throw new Error(`expected a CustomFunctions.Error, got ${JSON.stringify(value)}`);
  return { code: value.code, message: value.message };
}

/** What a custom function returned, as a number; an error or another type fails the test, naming it. */
export function numberOf(value: unknown): number {
  if (typeof value !== "number") throw new Error(`expected a number, got ${isCustomFunctionsError(value) ? `${value.code} ${value.message}` : JSON.stringify(value)}`);
  return value;
}
