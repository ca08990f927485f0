import { distWorkbooks, excelRunFor } from "../dev/excel-double";
import { TEMPLATES, renderTemplate } from "../src/templates";
import { insertRenderedTemplate } from "../src/excel/template-writer";

/** Round trips per insertion, counted on the Excel double (dev/excel-double) that the writer tests use. */
export async function measureTemplateSyncs(): Promise<{ id: string; syncs: number }[]> {
  const { newWorkbook } = distWorkbooks();
  const results: { id: string; syncs: number }[] = [];
  for (const template of TEMPLATES) {
    const workbook = newWorkbook();
    await excelRunFor(workbook)((context) => insertRenderedTemplate(context, renderTemplate(template)));
    results.push({ id: template.id, syncs: workbook.stats.syncs });
  }
  return results;
}
