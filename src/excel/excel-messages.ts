/**
 * What the task pane says when Excel refuses something, or when the add-in itself fails: a sentence for an analyst,
 * never a raw exception ("x is not a function"). Shared by the template writer and the task pane's panels.
 */
import type { Message, PaneId } from "../i18n/catalog";
import { displayLanguage, type Language } from "../i18n/language";
import { render } from "../i18n/messages";

/** Office.js error codes (OfficeExtension.Error.code) that have a sentence of their own (pane.refusal.<code>). */
const EXCEL_REFUSALS = new Set([
  "AccessDenied",
  "InvalidArgument",
  "InvalidReference",
  "InvalidSelection",
  "ItemNotFound",
  "ItemAlreadyExists",
  "InvalidOperation",
  "InvalidOperationInCellEditMode",
  "ApiNotFound",
  "NotImplemented",
  "UnsupportedOperation",
  "ActivityLimitReached",
  "RequestPayloadSizeLimitExceeded",
  "GeneralException",
]);

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
 * support); the add-in's own errors keep their message (a message id when they carry one, else their English text);
 * a bug says so without showing the exception.
 */
export function errorText(error: unknown): Message | string {
  const code = excelCode(error);
  if (code !== null) {
    const refusal: Message = { id: `pane.refusal.${EXCEL_REFUSALS.has(code) ? code : "GeneralException"}` as PaneId };
    return { id: "pane.refusal.withCode", params: { refusal, code } };
  }
  const text = (error as { text?: unknown } | null)?.text;
  if (error instanceof Error && typeof text === "object" && text !== null && "id" in text) return text as Message;
  if (error instanceof Error && !PROGRAM_ERRORS.has(error.name) && error.message) return error.message;
  return { id: "pane.refusal.unexpected" };
}

/** errorText in a language (the pane's, unless told). */
export function describeError(error: unknown, language: Language = displayLanguage()): string {
  const text = errorText(error);
  return typeof text === "string" ? text : render(text, language);
}
