import { currencyByCode, type Currency } from "./currencies";
import type { FormatKey } from "./types";

/**
 * Excel number format codes of the template format keys. Every amount of money (in USD or in the sheet's currency,
 * totals and unit prices alike) follows ONE rule, in one format code per currency (Excel allows two conditional
 * sections and a third for the rest):
 *   1. at and above the currency's "large" threshold (10 with minor units, $10; 100 without, ₩100 and ¥100): the
 *      currency's usual decimals and never more — $126.18, $1,234.50, ₩17,160,885
 *   2. below 0: red, in parentheses, with the usual decimals — ($4,477.77), (₩1,400)
 *   3. from 0 up to the threshold: significant digits, so that a unit price or a cost per request never reads 0 nor
 *      rounds to a whole unit beside a figure that does not — $27.60, $0.00092; ₩0, ₩0.987, ₩12.5. With minor units the
 *      usual decimals and up to four more where the value has them; without minor units Excel's General (₩0, not
 *      ₩0.00, and no trailing decimal point as "0.###" would leave).
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
  usdPerMtok: moneyFormat(currencyByCode("USD")),
  date: "yyyy-mm-dd",
  multiple: '#,##0.0"x"',
  months: "0.0",
  text: "@",
  general: "General",
};

/** The amount from which a currency shows only its usual decimals: $10, ₩100 (see above). */
export function largeAmountFrom(currency: Currency): number {
  return currency.minorUnits > 0 ? 10 : 100;
}

/** The money format of a currency (see above). */
export function moneyFormat(currency: Currency): string {
  const symbol = currencyBracket(currency);
  const usual = currency.minorUnits > 0 ? `.${"0".repeat(currency.minorUnits)}` : "";
  const small = currency.minorUnits > 0 ? `${symbol}#,##0${usual}${"#".repeat(EXTRA_SMALL_DECIMALS)}` : `${symbol}General`;
  return `[>=${largeAmountFrom(currency)}]${symbol}#,##0${usual};[Red][<0](${symbol}#,##0${usual});${small}`;
}

/**
 * The format a sentence gives an amount it quotes, TEXT(amount, this): the currency's large-amount section alone
 * ($17,160,885.40, ₩17,160,885), as a quoted formula string. Sentences quote totals; a cell shows the small ones.
 */
export function moneyTextFormat(currency: Currency): string {
  const usual = currency.minorUnits > 0 ? `.${"0".repeat(currency.minorUnits)}` : "";
  return `"${currencyBracket(currency)}#,##0${usual}"`;
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
