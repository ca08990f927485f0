/**
 * Currencies a sheet can be inserted in, as data (the dinero.js idea): ISO 4217 code, the symbol an English reader
 * expects, and the currency's minor units (ISO 4217: 2 for most, 0 for JPY and KRW). Symbols are Unicode CLDR's
 * English ones, so a symbol shared by several currencies ("$", "¥") belongs to one only (US dollar, yen) and the
 * others carry a prefix or their code (CA$, CN¥, CHF). `lcid` is the Windows locale Excel puts in a currency bracket
 * ([$₩-412]); none where no one locale owns the currency (the euro).
 * Sources: ISO 4217 list one (SIX, minor units); CLDR 46 `en` currency symbols. test/templates/currencies.test.ts
 * checks both against the ICU data that Node ships.
 */
export interface Currency {
  code: string;
  name: string;
  symbol: string;
  minorUnits: number;
  lcid?: string;
}

export const CURRENCIES: readonly Currency[] = [
  { code: "USD", name: "US Dollar", symbol: "$", minorUnits: 2, lcid: "409" },
  { code: "EUR", name: "Euro", symbol: "€", minorUnits: 2 },
  { code: "GBP", name: "British Pound", symbol: "£", minorUnits: 2, lcid: "809" },
  { code: "JPY", name: "Japanese Yen", symbol: "¥", minorUnits: 0, lcid: "411" },
  { code: "KRW", name: "South Korean Won", symbol: "₩", minorUnits: 0, lcid: "412" },
  { code: "CNY", name: "Chinese Yuan", symbol: "CN¥", minorUnits: 2, lcid: "804" },
  { code: "INR", name: "Indian Rupee", symbol: "₹", minorUnits: 2, lcid: "4009" },
  { code: "CAD", name: "Canadian Dollar", symbol: "CA$", minorUnits: 2, lcid: "1009" },
  { code: "AUD", name: "Australian Dollar", symbol: "A$", minorUnits: 2, lcid: "C09" },
  { code: "CHF", name: "Swiss Franc", symbol: "CHF", minorUnits: 2, lcid: "807" },
  { code: "HKD", name: "Hong Kong Dollar", symbol: "HK$", minorUnits: 2, lcid: "C04" },
  { code: "SGD", name: "Singapore Dollar", symbol: "SGD", minorUnits: 2, lcid: "1004" },
];

/** The catalog's prices are in this currency; every other currency needs a rate. */
export const BASE_CURRENCY = "USD";

export function findCurrency(code: string): Currency | undefined {
  const wanted = code.trim().toUpperCase();
  return CURRENCIES.find((currency) => currency.code === wanted);
}

/** The currency with that ISO code (any case), or an Error listing the known codes. */
export function currencyByCode(code: string): Currency {
  const found = findCurrency(code);
  if (!found) throw new Error(`Unknown currency "${code}". Known: ${CURRENCIES.map((c) => c.code).join(", ")}.`);
  return found;
}
