/**
 * What the writer adds for reading and printing, against the Excel double: a failed check looks failed (a conditional
 * format over every check cell, red unless TRUE or "OK"), and every inserted sheet prints (print area over its blocks,
 * landscape, fit to its pages wide, the label column and row 10's headers repeated where they label every block).
 */
import { distWorkbooks, excelRunFor, type Workbook } from "../../dev/excel-double";
import { cellAddress, parseAddress } from "../../dev/excel-double/address";
import { TEMPLATES, findTemplate, type RenderedTemplate } from "../../src/templates";
import { FAILED_CHECK_LOOK, STYLE_LOOKS, insertRenderedTemplate } from "../../src/excel/template-writer";
import { renderForWorkbook } from "../../src/templates/workbook";
import { headersLabelEveryBlock } from "../../src/templates/render";

const { newWorkbook } = distWorkbooks();
const rendered = (id: string) => renderForWorkbook(findTemplate(id)!, {}, "en", { names: [], priceSheet: "", definedNames: [] });
const insert = (workbook: Workbook, template: RenderedTemplate) => excelRunFor(workbook)((context) => insertRenderedTemplate(context, template));
const cellOf = (address: string) => {
  const ref = parseAddress(address)!;
  return { row: ref.top, col: ref.left };
};

describe.each(TEMPLATES.map((t) => [t.id]))("%s", (id) => {
  const template = rendered(id);
  let workbook: Workbook;
  beforeAll(async () => {
    workbook = newWorkbook();
    await insert(workbook, template);
  });

  test("every sheet prints: print area over its blocks, landscape, fit to its pages wide, rows as many as needed, print titles", () => {
    for (const spec of template.sheets) {
      const sheet = workbook.findSheet(spec.name)!;
      const area = parseAddress(spec.usedRange)!;
      expect(spec.print).toBeDefined();
      expect({ sheet: spec.name, layout: sheet.pageLayout }).toEqual({
        sheet: spec.name,
        layout: {
          printArea: { top: area.top, left: area.left, bottom: area.bottom, right: area.right },
          orientation: "Landscape",
          zoom: { horizontalFitToPages: spec.print!.pagesWide, verticalFitToPages: 0 },
          titleColumns: "$A:$A",
          ...(spec.freeze.rows > 0 ? { titleRows: "$10:$10" } : {}),
        },
      });
    }
  });

  test("the frozen header row labels every block under it, or no row is frozen", () => {
    const spec = findTemplate(id)!.sheets[0];
    const sheet = workbook.findSheet(template.sheets[0].name)!;
    expect(sheet.freeze).toEqual({ rows: headersLabelEveryBlock(spec) ? 10 : 0, columns: 1 });
    if (spec.sections.some((s) => s.headers || s.table)) expect(sheet.freeze.rows).toBe(0);
  });

  test("OK looks passed; the master check turns red when it stops being OK (a changed currency)", async () => {
    const sheet = workbook.findSheet(template.masterCheck.sheet)!;
    const { row, col } = cellOf(template.masterCheck.address);
    expect(workbook.value(sheet, row, col)).toBe("OK");
    expect(workbook.shownStyle(sheet, row, col).fontColor).toBe(STYLE_LOOKS.check.color);
    await excelRunFor(workbook)(async (context) => {
      context.workbook.worksheets.getItem(sheet.name).getRange("B5").values = [["EUR"]];
      await context.sync();
    });
    expect(workbook.value(sheet, row, col)).toBe("FORMATS SHOW USD");
    expect(workbook.shownStyle(sheet, row, col)).toEqual(expect.objectContaining({ fontColor: FAILED_CHECK_LOOK.color, fill: FAILED_CHECK_LOOK.fill, bold: true }));
  });

  test("every check cell carries the failed look's conditional format", () => {
    for (const spec of template.sheets) {
      const sheet = workbook.findSheet(spec.name)!;
      const checks = spec.cells.filter((c) => c.style === "check").map((c) => c.address);
      const formatted = sheet.conditionalFormats.map((cf) => cellAddress(cf.ref.top, cf.ref.left));
      expect(formatted.sort()).toEqual([...checks].sort());
    }
  });
});

test("a check row that reads FALSE or an error value looks failed; TRUE looks passed", async () => {
  const workbook = newWorkbook();
  await excelRunFor(workbook)(async (context) => {
    const sheet = context.workbook.worksheets.add("Checks");
    sheet.getRange("B1:B3").formulas = [["=1=1"], ["=1=2"], ["=1/0"]];
    for (const address of ["B1", "B2", "B3"]) {
      const failed = sheet.getRange(address).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      failed.custom.rule.formula = `=IFERROR(AND(${address}<>TRUE(),${address}<>"OK"),TRUE())`;
      failed.custom.format.font.color = FAILED_CHECK_LOOK.color;
    }
    await context.sync();
  });
  const sheet = workbook.findSheet("Checks")!;
  expect([0, 1, 2].map((row) => workbook.shownStyle(sheet, row, 1).fontColor)).toEqual([undefined, FAILED_CHECK_LOOK.color, FAILED_CHECK_LOOK.color]);
});
