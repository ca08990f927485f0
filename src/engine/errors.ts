/**
 * Typed errors of the calculation engine. The engine knows nothing of Excel: the functions layer maps
 * each kind to the Excel error analysts expect (see src/functions/excel-errors.ts), in one place.
 */
export type EngineErrorKind =
  /** Wrong type or an unknown choice (Excel #VALUE!). */
  | "value"
  /** Unknown model / GPU, or no price for that date (Excel #N/A). Never costed at 0. */
  | "not-available"
  /** Impossible numbers: negative tokens, utilization above 1, no break-even (Excel #NUM!). */
  | "number"
  /** Division by zero where Excel would give it (Excel #DIV/0!). */
  | "divide-by-zero";

export class EngineError extends Error {
  readonly kind: EngineErrorKind;
  constructor(kind: EngineErrorKind, message: string) {
    super(message);
    this.name = "EngineError";
    this.kind = kind;
  }
}

export const invalidValue = (message: string): EngineError => new EngineError("value", message);
export const notAvailable = (message: string): EngineError => new EngineError("not-available", message);
export const impossibleNumber = (message: string): EngineError => new EngineError("number", message);
export const divideByZero = (message: string): EngineError => new EngineError("divide-by-zero", message);

export function isEngineError(error: unknown): error is EngineError {
  return error instanceof EngineError;
}
