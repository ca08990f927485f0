import { invalidValue } from "../engine/errors";

/**
 * How cell values arrive from Excel: `null` for an omitted optional argument, 0 or "" for an empty cell, a number
 * for a date. These turn them into what the engine takes, or a #VALUE! that names the argument.
 */

export function requiredText(value: unknown, name: string): string {
  if (typeof value === "string") {
    // text starting with a printable ASCII character is not blank: no trim needed (a budget column's every row)
    const first = value.charCodeAt(0);
    if ((first > 32 && first < 127) || value.trim() !== "") return value;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw invalidValue("errors.requiredText", { name });
}

export function optionalText(value: unknown, name: string): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw invalidValue("errors.mustBeText", { name });
}

/** A required number: an empty cell counts as 0, as in Excel's own arithmetic. */
export function requiredNumber(value: unknown, name: string): number {
  if (typeof value === "number") return value; // the common case first: a budget column calls this per row
  if (value === null || value === undefined || value === "") return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  throw invalidValue("errors.mustBeNumber", { name });
}

export function optionalNumber(value: unknown, name: string): number | null {
  if (typeof value === "number") return value;
  if (value === null || value === undefined || value === "") return null;
  return requiredNumber(value, name);
}

/** A date argument: a serial number, ISO text, or omitted. */
export function optionalDate(value: unknown, name: string): number | string | null {
  if (typeof value === "number") return value;
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  throw invalidValue("errors.mustBeDate", { name });
}

/** A yes/no argument: TRUE, 1 or "true"/"yes"; omitted, FALSE, 0 or "" is false. */
export function optionalBoolean(value: unknown, name: string): boolean {
  if (value === null || value === undefined || value === "" || value === false || value === 0) return false;
  if (value === true || value === 1) return true;
  if (typeof value === "string" && ["true", "yes", "detail"].includes(value.trim().toLowerCase())) return true;
  if (typeof value === "string" && ["false", "no"].includes(value.trim().toLowerCase())) return false;
  throw invalidValue("errors.mustBeTrueOrFalse", { name });
}
