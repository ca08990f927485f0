import { TEMPLATES, renderTemplate } from "../src/templates";
import { insertRenderedTemplate } from "../src/templates/writer";
import { createFakeExcel } from "../test/templates/fake-excel";

/** Round trips per insertion, counted on the in-memory Excel stand-in the writer tests use. */
export async function measureTemplateSyncs(): Promise<{ id: string; syncs: number }[]> {
  const results: { id: string; syncs: number }[] = [];
  for (const template of TEMPLATES) {
    const fake = createFakeExcel();
    await insertRenderedTemplate(fake.context, renderTemplate(template));
    results.push({ id: template.id, syncs: fake.syncCount });
  }
  return results;
}
