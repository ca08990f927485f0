import { invalidValue } from "./errors";

/** Excel's serial 25569 is 1970-01-01 in the 1900 date system that Excel for Windows and the web use. */
const EXCEL_UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;
/** Excel's own range: 1900-01-01 (serial 1) to 9999-12-31 (serial 2958465). */
const LAST_EXCEL_SERIAL = 2_958_465;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The ISO date of a day count since 1970-01-01, by arithmetic (Hinnant's civil_from_days): a Date object and its
 * toISOString cost several times a whole INFERENCE call.
 */
function isoOfUnixDay(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** Serial → ISO, remembered: a budget column repeats a handful of dates; forgotten wholesale past a bound. */
const isoBySerial = new Map<number, string>();
const REMEMBERED_SERIALS = 100_000;

/** The last serial read and its ISO date: a budget column's rows share one date cell, so most calls stop here. */
let lastSerial = Number.NaN;
let lastIso = "";

function isoOfSerial(value: number): string {
  if (value === lastSerial) return lastIso; // never true for NaN, which the checks below refuse
  if (!Number.isFinite(value) || value < 1 || value > LAST_EXCEL_SERIAL) {
    throw invalidValue("errors.dateOutOfRange", { name: "as_of", value });
  }
  const serial = Math.floor(value);
  let iso = isoBySerial.get(serial);
  if (iso === undefined) {
    if (isoBySerial.size >= REMEMBERED_SERIALS) isoBySerial.clear();
    iso = isoOfUnixDay(serial - EXCEL_UNIX_EPOCH_SERIAL);
    isoBySerial.set(serial, iso);
  }
  lastSerial = value;
  lastIso = iso;
  return iso;
}

/**
 * ISO text as typed → the date it names, remembered like serials: checking it builds a Date, which cost twenty times
 * a whole INFERENCE call with a serial. Text that is no date is never remembered (it throws each time).
 */
const isoByText = new Map<string, string>();
const REMEMBERED_TEXTS = 10_000;

function isoOfText(value: string): string {
  const known = isoByText.get(value);
  if (known !== undefined) return known;
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const date = new Date(`${text}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)) {
      if (isoByText.size >= REMEMBERED_TEXTS) isoByText.clear();
      isoByText.set(value, text);
      return text;
    }
  }
  throw invalidValue("errors.mustBeDateGot", { name: "as_of", value: text.slice(0, 40) });
}

/**
 * An `as_of` argument as an ISO date (YYYY-MM-DD), or null when omitted (meaning: the newest catalog prices).
 * Accepts an Excel date serial number or ISO text, as analysts type either.
 */
export function parseAsOf(value: number | string | null | undefined): string | null {
  if (typeof value === "number") return isoOfSerial(value); // a date cell: the common case first
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return isoOfText(value);
  throw invalidValue("errors.mustBeDate", { name: "as_of" });
}

/** Today as ISO (UTC): what "in force" and "scheduled" are measured against. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** The Excel serial number of an ISO date, for tables that show dates. */
export function isoToExcelSerial(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY + EXCEL_UNIX_EPOCH_SERIAL;
}
