/**
 * The organisation price sheet in a workbook: the `price-table` template's Excel table and the workbook-scoped name
 * that refers to its range. Templates inserted into a workbook that has it pass it to their LLMCOST formulas as the
 * trailing price_sheet argument ({PriceSheet}); elsewhere {PriceSheet} is "" (no sheet).
 */
export const PRICE_SHEET_TABLE = "LlmcostPrices";
export const PRICE_SHEET_NAME = "LlmcostPriceSheet";

/** What the writer learns about a workbook in its first round trip, for rendering. */
export interface WorkbookFacts {
  /** The reference {PriceSheet} renders to: the price sheet's workbook name, or "" where the workbook has none. */
  priceSheet: string;
}

/** The price sheet is there when its name is, and the table it names (possibly suffixed `_2`) still exists. */
export function workbookFacts(tableNames: string[], definedNames: string[]): WorkbookFacts {
  const lower = (names: string[]) => names.map((name) => name.toLowerCase());
  const hasName = lower(definedNames).includes(PRICE_SHEET_NAME.toLowerCase());
  const hasTable = lower(tableNames).some((name) => name === PRICE_SHEET_TABLE.toLowerCase() || name.startsWith(`${PRICE_SHEET_TABLE.toLowerCase()}_`));
  return { priceSheet: hasName && hasTable ? PRICE_SHEET_NAME : "" };
}
