import { sheetText } from "../i18n/sheet-text";
import { isoToExcelSerial } from "../engine";
import { currencyByCode, BASE_CURRENCY } from "./currencies";
import { FORMAT_CODES } from "./formats";
import type { SheetLayout } from "./layout";
import { address, type CellWrite, type SheetCells } from "./sheet-cells";
import type { CellStyle, RenderOptions, TemplateSpec } from "./types";

/**
 * The title block, rows 1–9 of every template sheet: name, what it estimates, source, then the inputs every sheet
 * shares (price date, currency, USD → currency rate with its date and source), the master check and the add-in
 * version. The named cells keep their addresses (B4, B5, B6, B8) across versions: formulas and users refer to them.
 */

/** Title-block cells that formulas may name as {Name}, by their row (value in column B). */
export const TITLE_CELLS = { PriceDate: 4, Currency: 5, FxRate: 6, FxRateDate: 7, MasterCheck: 8 } as const;
export const VERSION_ROW = 9;

/** The options the title block shows, every default filled in. */
export type TitleOptions = Required<RenderOptions>;

export function writeTitleBlock(out: SheetCells, template: TemplateSpec, layout: SheetLayout, options: TitleOptions): void {
  const currency = currencyByCode(options.currency);
  const isBase = currency.code === BASE_CURRENCY;
  out.put(0, 1, { value: template.title }, "title");
  out.put(0, 2, { value: sheetText("estimatesOf", { description: template.description }) }, "subtitle");
  out.put(0, 3, { value: sheetText("sourceOf", { source: template.source }) }, "note");
  const row = (r: number, label: string, value: CellWrite, format: string, unit: CellWrite, note: CellWrite, noteStyle: CellStyle = "note") => {
    out.put(0, r, { value: label }, "label");
    out.put(1, r, value, "input", format);
    out.put(layout.unitCol, r, unit, "unit");
    out.put(layout.notesCol, r, note, noteStyle);
  };
  row(TITLE_CELLS.PriceDate, sheetText("priceDate2"), { value: isoToExcelSerial(options.priceDate) }, FORMAT_CODES.date, { value: sheetText("date") }, { value: sheetText("catalogPricesInForceOnThis") });
  out.addName("PriceDate", 1, TITLE_CELLS.PriceDate);
  row(TITLE_CELLS.Currency, sheetText("currencyLabel"), { value: currency.code }, "@", { value: sheetText("isoCode") }, { formula: currencyNote(currency.code, currency.symbol) });
  out.addName("Currency", 1, TITLE_CELLS.Currency);
  const rateNote = isBase ? sheetText("t1TheCatalogSListPrices") : sheetText("moneyInCurrency", { code: currency.code });
  row(TITLE_CELLS.FxRate, sheetText("usdCurrencyRate"), { value: options.fxRate }, "#,##0.0000", { formula: `=Currency&"${sheetText("perUsd2")}"` }, { value: rateNote });
  out.addName("FxRate", 1, TITLE_CELLS.FxRate);
  // The rate's source is an input too (blue, unlocked), in the notes column beside the rate date.
  row(TITLE_CELLS.FxRateDate, sheetText("rateDateAndSource"), { value: isoToExcelSerial(options.fxDate) }, FORMAT_CODES.date, { value: sheetText("date") }, { value: options.fxSource }, "input");
  out.addName("FxRateDate", 1, TITLE_CELLS.FxRateDate);
  out.addName("FxRateSource", layout.notesCol, TITLE_CELLS.FxRateDate);
  out.put(0, TITLE_CELLS.MasterCheck, { value: sheetText("checks") }, "label");
  out.put(layout.notesCol, TITLE_CELLS.MasterCheck, { value: sheetText("okWhenChecksAndCurrency", { code: currency.code }) }, "note");
  out.addName("MasterCheck", 1, TITLE_CELLS.MasterCheck);
  out.addName("MasterCheckCode", layout.unitCol, TITLE_CELLS.MasterCheck);
  out.put(0, VERSION_ROW, { value: sheetText("addInVersion") }, "label");
  out.put(1, VERSION_ROW, { value: options.version }, "calc", "@");
  out.put(layout.notesCol, VERSION_ROW, { value: sheetText("llmcostVersionThatWroteThisSheet") }, "note");
}

/**
 * Number formats are fixed when the sheet is inserted and Excel cannot change them without code, so the sheet says
 * plainly when the Currency cell no longer matches them (and the master check stops reading OK).
 */
function currencyNote(code: string, symbol: string): string {
  return `=IF(Currency="${code}","${sheetText("moneyCellsFormattedIn", { code, symbol })}","${sheetText("formatsStillShow", { code, symbol })}"&Currency&"${sheetText("toFormatMoneyInIt")}")`;
}

/** What the master check's code means; its word is the sheet text of the same index (CHOOSE(code + 1, …)). */
export const MASTER_CHECK_CODE = { ok: 0, error: 1, formats: 2 } as const;

/**
 * The master check, in two cells: the code (beside it in the unit column, named MasterCheckCode: 0 OK, 1 ERROR, 2 the
 * formats show another currency), the same in every language, which formulas on any sheet compare; and the word it
 * shows in the sheet's language (MasterCheck: OK / ERROR / FORMATS SHOW KRW, 정상 / 오류 / 서식이 KRW 기준), which the
 * pane reports and the failed-check format compares with the sheet's own word for OK.
 */
export function writeMasterCheck(out: SheetCells, layout: SheetLayout, checkCells: string[], currencyCode: string): void {
  const { ok, error, formats } = MASTER_CHECK_CODE;
  const currencyOk = `IF(Currency="${currencyCode}",${ok},${formats})`;
  // Always a code: a check that is itself an error (a #NUM! deep in a sheet) reads ERROR, never an error value.
  const code = checkCells.length > 0 ? `=IFERROR(IF(AND(${checkCells.join(",")}),${currencyOk},${error}),${error})` : `=${currencyOk}`;
  const codeCell = address(layout.unitCol, TITLE_CELLS.MasterCheck);
  const words = [sheetText("checkOk"), sheetText("checkError"), sheetText("checkFormatsShow", { code: currencyCode })];
  out.cells.push({ address: address(1, TITLE_CELLS.MasterCheck), formula: `=CHOOSE(${codeCell}+1,${words.map((w) => `"${w}"`).join(",")})`, style: "check" });
  out.cells.push({ address: codeCell, formula: code, style: "calc", format: "0" });
}
