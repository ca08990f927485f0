import { currencyByCode, type Currency } from "./currencies";
import type { FormatKey } from "./types";

/**
 * Excel number format codes of the template format keys. Money adapts to the size of the value, in one format code
 * (Excel allows two conditional sections and a third for the rest):
 *   1. at and above 1,000 (1 for currencies without minor units, KRW and JPY): whole units, grouped — $1,235
 *   2. below 0: red, in parentheses, with the currency's usual decimals — ($4,477.77)
 *   3. from 0 up to the first threshold: the usual decimals, and up to four more where the value has them, so that
 *      a small amount never reads 0 — $27.60, $0.00092
 * Excel shows a value in the second section without its minus sign, also when the section is chosen by a
 * condition (SheetJS issue 2594, checked in Excel 2019), hence the literal parentheses. Nothing negative reaches the
 * first or third section, whose sign handling differs between Excel versions' documentation.
 */
/** The most decimals a small amount shows beyond the currency's usual ones. */
const EXTRA_SMALL_DECIMALS = 4;

export const FORMAT_CODES: Record<Exclude<FormatKey, "moneyFx">, string> = {
  tokens: "#,##0",
  count: "#,##0",
  integer: "0",
  decimal: "#,##0.00",
  percent: "0.0%",
  money: moneyFormat(currencyByCode("USD")),
  usdPerToken: "[$$-409]0.000000",
  usdPerMtok: "[$$-409]#,##0.000",
  date: "yyyy-mm-dd",
  multiple: '#,##0.0"x"',
  months: "0.0",
  text: "@",
  general: "General",
};

/** Size-adaptive money format of a currency (see above). */
export function moneyFormat(currency: Currency): string {
  const symbol = currencyBracket(currency);
  const usual = currency.minorUnits > 0 ? `.${"0".repeat(currency.minorUnits)}` : "";
  const wholeFrom = currency.minorUnits > 0 ? 1000 : 1;
  const small = `${symbol}#,##0.${"0".repeat(Math.max(currency.minorUnits, 2))}${"#".repeat(EXTRA_SMALL_DECIMALS)}`;
  return `[>=${wholeFrom}]${symbol}#,##0;[Red][<0](${symbol}#,##0${usual});${small}`;
}

/** The currency bracket Excel writes for a symbol, with a space after a symbol made of letters (CHF 12.00). */
export function currencyBracket(currency: Currency): string {
  const bracket = `[$${currency.symbol}${currency.lcid ? `-${currency.lcid}` : ""}]`;
  return /[A-Za-z]$/.test(currency.symbol) ? `${bracket} ` : bracket;
}

/** Format codes for a sheet in `currency`: "moneyFx" is money in that currency, everything else is fixed. */
export function formatCodesFor(currency: Currency): (key: FormatKey) => string {
  const moneyFx = moneyFormat(currency);
  return (key) => (key === "moneyFx" ? moneyFx : FORMAT_CODES[key]);
}
