import { sheetText } from "../i18n/sheet-text";
import { BASE_CURRENCY, currencyByCode } from "./currencies";
import type { RenderOptions, TemplateSpec } from "./types";

/**
 * Insertion options with every default filled in and checked: what the title block shows and the cells use. Throws
 * on a malformed date, an unknown currency, or a currency other than USD without a rate.
 */
export function resolveOptions(template: TemplateSpec, options: RenderOptions, defaults: { priceDate: string; version: string }): Required<RenderOptions> {
  const choices: Record<string, string> = {};
  for (const choice of template.choices) choices[choice.key] = options.choices?.[choice.key] ?? choice.default;
  const priceDate = options.priceDate ?? defaults.priceDate;
  assertIsoDate("Price date", priceDate); // i18n:sheets ignore: an error message (English, as the engine's)
  const currency = currencyByCode((options.currency ?? BASE_CURRENCY).trim() || BASE_CURRENCY).code;
  const fxRate = exchangeRate(currency, options.fxRate);
  const fxDate = options.fxDate ?? priceDate;
  assertIsoDate("Rate date", fxDate);
  const fxSource = options.fxSource?.trim() || defaultFxSource(currency);
  return { choices, priceDate, currency, fxRate, fxDate, fxSource, version: options.version ?? defaults.version, workbookNames: options.workbookNames ?? [], priceSheet: options.priceSheet ?? "" };
}

/** What the rate-source cell says when nobody typed a source (the translation layer puts it in the sheet's language). */
export function defaultFxSource(currency: string | undefined): string {
  const code = (currency ?? BASE_CURRENCY).trim().toUpperCase() || BASE_CURRENCY;
  return code === BASE_CURRENCY ? sheetText("noConversion") : sheetText("rateEnteredAtInsertionDatedThe");
}

function assertIsoDate(what: string, date: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`${what} must be YYYY-MM-DD (got "${date}").`);
}

/** The USD → currency rate: 1 for USD; required and positive for any other currency (never a silent 1). */
function exchangeRate(currency: string, rate: number | undefined): number {
  if (currency === BASE_CURRENCY) {
    if (rate !== undefined && rate !== 1) throw new Error(`The USD → USD rate is 1 (got ${rate}).`);
    return 1;
  }
  if (rate === undefined) throw new Error(`A USD → ${currency} exchange rate is needed: amounts are the catalog's USD list prices × the rate, and a rate of 1 would only relabel dollars as ${currency}.`);
  if (!Number.isFinite(rate) || rate <= 0) throw new Error(`The USD → ${currency} rate must be a positive number (got ${rate}).`);
  return rate;
}
