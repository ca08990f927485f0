import type { ConfigParams } from "hyperformula";

/**
 * HyperFormula set up to answer as Excel does: 15 significant digits (HyperFormula's default rounds its output to 10,
 * which would hide differences Excel shows), and the GPL licence under which it is used here, as a development tool.
 */
export const EXCEL_LIKE_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  precisionRounding: 15,
};
