import type { ConfigParams } from "hyperformula";
import { registerExcelText } from "./hyperformula-text";

// Excel's TEXT (numfmt) in place of HyperFormula's, for every engine built with this configuration.
registerExcelText();

/**
 * The one HyperFormula configuration of this repository (the preview's workbook, the template tests and the bench):
 * set up to answer as Excel (en-US) does.
 * - Numbers as Excel stores them, IEEE doubles, unrounded: HyperFormula's smartRounding rounds every output (its default
 *   to 10 digits hides differences Excel shows; at 15 it turns a typed 4.4 into 4.400000000000001). Excel shows 15
 *   significant digits; its Range.values, like these, are the doubles themselves (0.1+0.2 is 0.30000000000000004).
 * - Excel's date serials: day 1 is 1900-01-01 and 1900 counts as a leap year (Lotus' bug that Excel keeps), so
 *   DATE(2023,1,1) is 44927 and typing 2023-01-01 stores 44927. HyperFormula's own default day 0 (1899-12-30, the
 *   OpenDocument convention) with leapYear1900 would count 1900-02-29 twice: every date one day late.
 * - en-US input: "," between arguments, "." for decimals, the date and time forms Excel accepts when typed.
 * - Dynamic arrays (useArrayArithmetic), as in Microsoft 365.
 * - The GPL licence under which HyperFormula is used here, as a development tool (never in dist/).
 */
export const EXCEL_LIKE_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  precisionRounding: 15,
  smartRounding: false,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  functionArgSeparator: ",",
  decimalSeparator: ".",
  thousandSeparator: "",
  dateFormats: ["MM/DD/YYYY", "MM/DD/YY", "YYYY-MM-DD", "YYYY/MM/DD"],
  timeFormats: ["hh:mm", "hh:mm:ss.sss"],
  currencySymbol: ["$", "USD"],
  useArrayArithmetic: true,
  evaluateNullToZero: true,
};
