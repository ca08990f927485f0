import type { ErrorId } from "../i18n/catalog";
import { render } from "../i18n/messages";

/**
 * The header rows of the table functions (MODELS, COMPARE, PRICECHANGE, PROVISIONED, CATALOG(TRUE), LATENCY) as
 * messages, keyed by the English the engine writes: the functions show them in the display language. Only the header
 * row: the cells below are data (ids, dates, numbers, statuses a formula may compare), the same in every language.
 */
const HEADER_MESSAGES: Readonly<Record<string, ErrorId>> = {
  "model": "errors.headerModel",
  "provider": "errors.headerProvider",
  "input (USD/1M)": "errors.headerInputUSD1M",
  "output (USD/1M)": "errors.headerOutputUSD1M",
  "cache read (USD/1M)": "errors.headerCacheReadUSD1M",
  "context window": "errors.headerContextWindow",
  "status": "errors.headerStatus",
  "USD": "errors.headerUSD",
  "date": "errors.headerDate",
  "price type": "errors.headerPriceType",
  "old (USD/1M)": "errors.headerOldUSD1M",
  "new (USD/1M)": "errors.headerNewUSD1M",
  "change (fraction, 0.1 = 10%)": "errors.headerChangeFraction0110",
  "offer": "errors.headerOffer",
  "units": "errors.headerUnits",
  "unit": "errors.headerUnit",
  "monthly USD": "errors.headerMonthlyUSD",
  "pay-as-you-go USD": "errors.headerPayAsYouGoUSD",
  "break-even utilization": "errors.headerBreakEvenUtilization",
  "average utilization": "errors.headerAverageUtilization",
  "source": "errors.headerSource",
  "detail": "errors.headerDetail",
  "time to first token (s)": "errors.headerTimeToFirstTokenS",
  "time per output token (s)": "errors.headerTimePerOutputTokenS",
  "output tokens/s (replica)": "errors.headerOutputTokensSReplica",
};

/** A table's first row in `language`: each English header the engine writes, translated; anything else as it is. */
export function headerRowIn<T>(row: readonly T[], language: string): T[] {
  if (language === "en") return [...row];
  return row.map((cell) => (typeof cell === "string" && HEADER_MESSAGES[cell] !== undefined ? (render({ id: HEADER_MESSAGES[cell] }, language) as T) : cell));
}
