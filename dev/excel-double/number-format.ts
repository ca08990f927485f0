import { format, formatColor } from "numfmt";

/**
 * A cell's text as Excel displays it, by numfmt (Excel's number-format rules: sections, conditions and their sign
 * rules, currency brackets, colors, dates with the 1900 leap-year bug, General's 11 characters).
 */
export interface FormattedValue {
  text: string;
  /** Color of a [Red]-style section, as a CSS color. */
  color?: string;
}

/** Dates before 1900 show as Excel shows them, a row of #, not as dates numfmt could extend the calendar to. */
const OPTIONS: Parameters<typeof format>[2] = { dateSpanLarge: false, dateErrorNumber: false, overflow: "##########" };

/**
 * Excel takes the thousands and decimal separators from the system (en-US here), not from the locale id of a
 * currency bracket ([$CHF-807] is a symbol, not a request for Swiss grouping); numfmt would switch to the bracket's
 * locale, so a currency bracket keeps only its symbol. A bare locale bracket ([$-412]) is left as it is.
 */
const withoutCurrencyLocale = (code: string): string => code.replace(/\[\$([^\]-]+)-[0-9A-Fa-f]+\]/g, "[$$$1]");

/** Formats a cell value with its number format as Excel displays it. */
export function formatValue(value: unknown, numberFormat: string | undefined): FormattedValue {
  if (value === null || value === undefined || value === "") return { text: "" };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE" };
  if (typeof value !== "number" && typeof value !== "string") return { text: String(value) };
  const code = withoutCurrencyLocale(numberFormat && numberFormat.trim() !== "" ? numberFormat : "General");
  const color = formatColor(code, value);
  const text = format(code, value, OPTIONS);
  return typeof color === "string" ? { text, color } : { text };
}
