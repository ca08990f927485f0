import { impossibleNumber, invalidValue } from "./errors";

/** Excel's serial 25569 is 1970-01-01 in the 1900 date system that Excel for Windows and the web use. */
const EXCEL_UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;
/** Excel's own range: 1900-01-01 (serial 1) to 9999-12-31 (serial 2958465). */
const LAST_EXCEL_SERIAL = 2_958_465;

/**
 * An `as_of` argument as an ISO date (YYYY-MM-DD), or null when omitted (meaning: the newest catalog prices).
 * Accepts an Excel date serial number or ISO text, as analysts type either.
 */
export function parseAsOf(value: number | string | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value > LAST_EXCEL_SERIAL) {
      throw impossibleNumber("errors.dateOutOfRange", { name: "as_of", value });
    }
    return new Date((Math.floor(value) - EXCEL_UNIX_EPOCH_SERIAL) * MS_PER_DAY).toISOString().slice(0, 10);
  }
  if (typeof value === "string") {
    const text = value.trim();
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (match) {
      const date = new Date(`${text}T00:00:00Z`);
      if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)) return text;
    }
    throw invalidValue("errors.mustBeDateGot", { name: "as_of", value: text.slice(0, 40) });
  }
  throw invalidValue("errors.mustBeDate", { name: "as_of" });
}

/** The Excel serial number of an ISO date, for tables that show dates. */
export function isoToExcelSerial(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY + EXCEL_UNIX_EPOCH_SERIAL;
}
