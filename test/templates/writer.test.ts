import { TEMPLATES, findTemplate, renderTemplate } from "../../src/templates";
import { insertRenderedTemplate, insertTemplateIntoWorkbook, uniqueSheetName, TemplateInsertError } from "../../src/templates/writer";
import { createFakeExcel, snapshot } from "./fake-excel";

describe("template writer (in-memory Excel stand-in, see fake-excel.ts for why)", () => {
  test.each(TEMPLATES.map((t) => t.id))("%s: at most 3 context.sync() calls, everything written", async (id) => {
    const fake = createFakeExcel();
    const rendered = renderTemplate(findTemplate(id)!);
    const result = await insertRenderedTemplate(fake.context, rendered);
    expect(result.syncs).toBeLessThanOrEqual(3);
    expect(fake.syncCount).toBe(result.syncs);
    const sheet = fake.sheets.find((s) => s.name === rendered.sheets[0].name)!;
    for (const cell of rendered.sheets[0].cells) expect(sheet.cells.get(cell.address)?.formula).toEqual(cell.formula ?? cell.value);
    for (const name of rendered.names.filter((n) => !n.workbook)) expect(sheet.names.get(name.name.toLowerCase())).toBe(name.address);
    for (const name of rendered.names.filter((n) => n.workbook)) expect(fake.workbookNames).toContain(name.name);
    expect(sheet.frozen).toBe("A1:A10");
    if (rendered.sheets[0].chart) expect(sheet.charts).toHaveLength(1);
    const inputs = rendered.sheets[0].cells.filter((c) => c.style === "input");
    for (const cell of inputs) expect(sheet.cells.get(cell.address)?.style["protection.locked"]).toBe(false);
  });

  test("inserting twice into a workbook with same-named sheets, names and tables changes nothing that existed", async () => {
    const fake = createFakeExcel({ sheets: ["Complaint redressal", "Price table"], names: ["TotalCost_Guide", "LlmcostPrices_2"], tables: ["LlmcostPrices"] });
    const before = snapshot(fake);
    const existing = JSON.parse(before) as { name: string }[];
    for (const id of TEMPLATES.map((t) => t.id)) {
      for (let i = 0; i < 2; i++) {
        fake.syncCount = 0;
        const result = await insertRenderedTemplate(fake.context, renderTemplate(findTemplate(id)!));
        expect(fake.syncCount).toBeLessThanOrEqual(3);
        expect(result.syncs).toBeLessThanOrEqual(3);
      }
    }
    const after = JSON.parse(snapshot(fake)) as { name: string }[];
    for (const sheet of existing) expect(after.find((s) => s.name === sheet.name)).toEqual(sheet);
    const names = fake.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Complaint redressal", "Complaint redressal (2)", "Complaint redressal (3)", "Price table (2)", "Price table (3)", "Sentiment analysis", "Sentiment analysis (2)"]));
    expect(fake.workbookTables).toEqual(expect.arrayContaining(["LlmcostPrices", "LlmcostPrices_3", "LlmcostPrices_4"]));
    // workbook names untouched; template names are sheet-scoped, but for the price sheet's, added once
    expect(fake.workbookNames).toEqual(["TotalCost_Guide", "LlmcostPrices_2", "LlmcostPriceSheet"]);
  });

  test("a step that throws while queuing deletes the partial sheet and reports a clear error", async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1"] });
    fake.failChart = true;
    const before = snapshot(fake);
    await expect(insertRenderedTemplate(fake.context, renderTemplate(findTemplate("complaint-redressal")!))).rejects.toThrow(/Could not insert "Complaint redressal chatbot \(fine-tuned\)": InvalidArgument.*removed/);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(snapshot(fake)).toBe(before);
  });

  test("a batch that fails on sync deletes the partial sheet", async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1", "ROI business case"] });
    fake.failOnSync = 2;
    const error = await insertRenderedTemplate(fake.context, renderTemplate(findTemplate("roi-business-case")!)).catch((e) => e);
    expect(error).toBeInstanceOf(TemplateInsertError);
    expect((error as TemplateInsertError).rolledBack).toBe(true);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "ROI business case"]);
  });

  test("sheet names: suffixes fit Excel's 31 characters and compare case-insensitively", () => {
    expect(uniqueSheetName("Complaint redressal", ["complaint REDRESSAL"])).toBe("Complaint redressal (2)");
    expect(uniqueSheetName("A".repeat(31), ["A".repeat(31)])).toBe("A".repeat(27) + " (2)");
    expect(uniqueSheetName("X", ["X", "X (2)"])).toBe("X (3)");
  });

  // office-addin-mock's OfficeMockObject cannot be constructed under jest here: test/stubs/office-addin-manifest.js
  // exports {} and the mock reads OfficeApp.Outlook from it. A plain Office stand-in does the same job.
  test("without ExcelApi 1.8 the insert refuses with a message", async () => {
    const office = { context: { requirements: { isSetSupported: (_set: string, version: string) => version !== "1.8" } } };
    (globalThis as unknown as { Office: unknown }).Office = office;
    await expect(insertTemplateIntoWorkbook(renderTemplate(TEMPLATES[0]))).rejects.toThrow(/ExcelApi 1\.8/);
    delete (globalThis as unknown as { Office?: unknown }).Office;
  });
});
