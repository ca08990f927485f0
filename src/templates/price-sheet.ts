/**
 * The organisation price sheet in a workbook: the `price-table` template's Excel table and the workbook-scoped name
 * that refers to its range. Templates inserted into a workbook that has it pass it to their LLMCOST formulas as the
 * trailing price_sheet argument ({PriceSheet}); elsewhere {PriceSheet} is "" (no sheet).
 */
export const PRICE_SHEET_TABLE = "LlmcostPrices";
export const PRICE_SHEET_NAME = "LlmcostPriceSheet";

/** The reference {PriceSheet} renders to: the price sheet's workbook name when the workbook has it (and the table it
 * names, possibly suffixed `_2`, still exists), or "" where it has none. */
export function priceSheetReference(tableNames: string[], definedNames: string[]): string {
  const lower = (names: string[]) => names.map((name) => name.toLowerCase());
  const hasName = lower(definedNames).includes(PRICE_SHEET_NAME.toLowerCase());
  const hasTable = lower(tableNames).some((name) => name === PRICE_SHEET_TABLE.toLowerCase() || name.startsWith(`${PRICE_SHEET_TABLE.toLowerCase()}_`));
  return hasName && hasTable ? PRICE_SHEET_NAME : "";
}
