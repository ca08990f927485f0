import { readFileSync } from "fs";
import path from "path";
import { createExcelStandin } from "../../dev/excel-double/excel-standin";
import type { Workbook } from "../../dev/excel-double/workbook";
import { parseUsage, type UsageRow } from "../../src/engine/actuals";
import { tableRow } from "../../src/templates/actuals-table";
import { writeActualsTable } from "../../src/excel/actuals-table-writer";

/** Excel.run over one workbook of the Excel double. */
export type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const excelFor = (workbook: Workbook): Run => (createExcelStandin(() => workbook).Excel as unknown as { run: Run }).run;

/** A usage fixture's text (test/fixtures/actuals). */
export const actualsFixture = (name: string) => readFileSync(path.join(__dirname, "..", "fixtures", "actuals", name), "utf8");

/** Imports each fixture file into the actuals table as the pane does, one write per file; returns every parsed row. */
export async function importAll(run: Run, files: readonly string[]): Promise<UsageRow[]> {
  const all: UsageRow[] = [];
  for (const file of files) {
    const rows = parseUsage(actualsFixture(file)).rows;
    all.push(...rows);
    await run((context) => writeActualsTable(context, rows.map((row) => tableRow(row, { source: file, file, importedAt: 46300 })), file));
  }
  return all;
}
