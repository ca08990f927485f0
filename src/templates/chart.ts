import { address } from "./sheet-cells";
import { valueColumn, type SheetLayout } from "./layout";
import type { RenderedChart, SheetSpec } from "./types";

/**
 * Where a sheet's one chart reads its data — projection rows over the periods, or value columns over consecutive
 * section rows — and where it sits: below everything else on the sheet.
 */
export function placeChart(templateId: string, sheet: SheetSpec, layout: SheetLayout): RenderedChart {
  const spec = sheet.chart as NonNullable<SheetSpec["chart"]>;
  const anchor = address(0, layout.lastRow + 2);
  if (spec.over === "periods") {
    const projection = layout.projection;
    const rows = spec.rows.map((key) => {
      const r = projection?.rows.get(key);
      if (r === undefined) throw new Error(`${templateId}: chart row ${key} is not a projection row`);
      return r;
    });
    assertConsecutive(templateId, rows);
    const headerRow = projection?.headerRow as number;
    return {
      type: spec.type,
      title: spec.title,
      dataRange: `${address(layout.firstPeriodCol, rows[0])}:${address(layout.lastCol, rows[rows.length - 1])}`,
      seriesBy: "Rows",
      seriesNames: spec.rows.map((key) => sheet.projection?.rows.find((r) => r.key === key)?.label ?? key),
      categoriesRange: `${address(layout.firstPeriodCol, headerRow)}:${address(layout.lastCol, headerRow)}`,
      anchor,
    };
  }
  const rows = spec.rows.map((key) => {
    const found = layout.rows.get(key);
    if (!found) throw new Error(`${templateId}: chart row ${key} unknown`);
    return found.row;
  });
  assertConsecutive(templateId, rows);
  const cols = (spec.columns ?? []).map((key) => valueColumn(templateId, layout, key));
  assertConsecutive(templateId, cols);
  return {
    type: spec.type,
    title: spec.title,
    dataRange: `${address(cols[0], rows[0])}:${address(cols[cols.length - 1], rows[rows.length - 1])}`,
    seriesBy: "Columns",
    seriesNames: (spec.columns ?? []).map((key) => sheet.valueColumns.find((c) => c.key === key)?.header ?? key),
    categoriesRange: `${address(0, rows[0])}:${address(0, rows[rows.length - 1])}`,
    anchor,
  };
}

function assertConsecutive(id: string, numbers: number[]): void {
  if (numbers.length === 0) throw new Error(`${id}: chart has no series`);
  numbers.forEach((n, i) => {
    if (i > 0 && n !== numbers[i - 1] + 1) throw new Error(`${id}: chart rows/columns must be consecutive`);
  });
}
