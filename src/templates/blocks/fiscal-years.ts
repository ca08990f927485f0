import { sheetText } from "../../i18n/sheet-text";
import type { RowSpec, SectionSpec } from "../types";

/**
 * Whole cost by fiscal year (FiscalYearStartMonth on Assumptions): the four fiscal years a 36-month projection touches,
 * each value column summing its own projection row over the months whose `pFiscal` is that year. `rowByColumn` maps a
 * value column to the projection row it sums (e.g. { catalog: "pApi", selfhost: "pSelf" }).
 */
export function fiscalYearsSection(rowByColumn: Record<string, string>): SectionSpec {
  const sum = (n: number, row: string) => `=IFERROR(SUMIF({pFiscal:all},INDEX({pFiscal:all},1,1)+${n},{${row}:all}),"${sheetText("notApplicable")}")`;
  const row = (n: number): RowSpec => ({
    key: `fy${n}`,
    label: sheetText("fiscalYearOfTheProjection", { n: String(n + 1) }),
    values: Object.fromEntries(Object.entries(rowByColumn).map(([column, projectionRow]) => [column, sum(n, projectionRow)])),
    format: "moneyFx",
    unit: "{currency}",
    notes: n === 0 ? sheetText("monthsOfTheFirstFiscalYear") : sheetText("theNextFiscalYearAPart"),
  });
  return { title: sheetText("wholeCostByFiscalYearOne"), kind: "outputs", rows: [0, 1, 2, 3].map(row) };
}
