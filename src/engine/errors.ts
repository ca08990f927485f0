/**
 * Typed errors of the calculation engine. The engine knows nothing of Excel: the functions layer maps
 * each kind to the Excel error analysts expect (see src/functions/excel-errors.ts), in one place.
 * Each error carries a message id and its parameters (src/i18n/<language>/errors.json); its .message is the English
 * text, and the Excel boundary shows it in the display language.
 */
import type { ErrorId, Message, Params } from "../i18n/catalog";
import { ENGLISH, t } from "../i18n/messages";

export type EngineErrorKind =
  /** Wrong type or an unknown choice (Excel #VALUE!). */
  | "value"
  /** Unknown model / GPU, or no price for that date (Excel #N/A). Never costed at 0. */
  | "not-available"
  /** Impossible numbers: negative tokens, utilization above 1, no break-even (Excel #NUM!). */
  | "number"
  /** Division by zero where Excel would give it (Excel #DIV/0!). */
  | "divide-by-zero";

/** Numbers in a message read as the engine writes them (String(n)), not grouped or rounded by the message format. */
function plainParams(params: Params): Params {
  const out: Record<string, string | Message> = {};
  for (const [name, value] of Object.entries(params)) out[name] = typeof value === "number" ? String(value) : value;
  return out;
}

export class EngineError extends Error {
  readonly kind: EngineErrorKind;
  /** The message to show, in any language; null for a legacy error thrown with plain English (docs/i18n.md). */
  readonly text: Message | null;
  constructor(kind: EngineErrorKind, idOrEnglish: ErrorId | string, params: Params = {}) {
    const text = Object.prototype.hasOwnProperty.call(ENGLISH, idOrEnglish) ? { id: idOrEnglish as ErrorId, params: plainParams(params) } : null;
    super(text ? t(text.id, text.params, "en") : idOrEnglish);
    this.name = "EngineError";
    this.kind = kind;
    this.text = text;
  }
}

/**
 * The four ways the engine fails: `invalidValue("errors.mustBeNumber", { name })`. A plain English sentence is still
 * accepted (shown in English everywhere) until its code is converted; test/i18n/catalogs.test.ts lists any left.
 */
type Make = {
  (id: ErrorId, params?: Params): EngineError;
  /** @deprecated Plain English is shown in English to every analyst: give a message id (docs/i18n.md). */
  (english: string): EngineError;
};
const maker =
  (kind: EngineErrorKind): Make =>
  (idOrEnglish: string, params?: Params) =>
    new EngineError(kind, idOrEnglish, params);

export const invalidValue = maker("value");
export const notAvailable = maker("not-available");
export const impossibleNumber = maker("number");
export const divideByZero = maker("divide-by-zero");

export function isEngineError(error: unknown): error is EngineError {
  return error instanceof EngineError;
}
