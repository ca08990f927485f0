/**
 * What the writer adds for reading and printing, against the Excel double: a failed check looks failed (a conditional
 * format over every check cell, red unless TRUE or "OK"), and every inserted sheet prints (print area over its blocks,
 * landscape, fit to its pages wide, the label column and row 10's headers repeated where they label every block).
 */
import "../support/languages";
import { distWorkbooks, excelRunFor, type Workbook } from "../../dev/excel-double";
import { cellAddress, parseAddress } from "../../dev/excel-double/address";
import { TEMPLATES, findTemplate, type RenderedTemplate } from "../../src/templates";
import { FAILED_CHECK_LOOK, STYLE_LOOKS, insertRenderedTemplate, type RenderForWorkbook } from "../../src/excel/template-writer";
import { renderForWorkbook } from "../../src/templates/workbook";
import { headersLabelEveryBlock } from "../../src/templates/render";

const { newWorkbook } = distWorkbooks();
const rendered = (id: string) => renderForWorkbook(findTemplate(id)!, {}, "en", { names: [], priceSheet: "", definedNames: [] });
const insert = (workbook: Workbook, template: RenderedTemplate | RenderForWorkbook) => excelRunFor(workbook)((context) => insertRenderedTemplate(context, template));
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

/**
 * The master check's word is the sheet's language (OK / 정상), its code (MasterCheckCode: 0 OK, 1 ERROR, 2 the formats
 * show another currency) the same in every language: an English and a Korean sheet in one workbook, inserted in either
 * order, each read right by the pane (the writer's result), by the failed-check format and by a formula on another sheet.
 */
describe.each([
  ["en", "ko"],
  ["ko", "en"],
] as const)("an English and a Korean sheet in one workbook, inserted %s then %s", (...languages) => {
  const WORDS = { en: { ok: "OK", formats: "FORMATS SHOW USD" }, ko: { ok: "정상", formats: "서식이 USD 기준" } } as const;

  test("each master check reads its own language's word and looks passed, its code 0; a changed currency turns only that sheet's red (code 2)", async () => {
    const workbook = newWorkbook();
    const inserted: { language: "en" | "ko"; masterCheck: unknown; rendered: RenderedTemplate }[] = [];
    for (const language of languages) {
      let laidOut: RenderedTemplate | undefined;
      const result = await insert(workbook, (facts) => (laidOut = renderForWorkbook(findTemplate("acquisition")!, {}, language, facts)));
      inserted.push({ language, masterCheck: result.masterCheck, rendered: laidOut! });
    }
    const codeOf = (rendered: RenderedTemplate) => rendered.names.find((n) => n.name === "MasterCheckCode" && n.sheet === rendered.masterCheck.sheet)!.address.replace(/\$/g, "");
    // a summary sheet reads both codes across sheets, in whichever language each was inserted
    await excelRunFor(workbook)(async (context) => {
      const summary = context.workbook.worksheets.add("Summary");
      summary.getRange("A1:A2").formulas = inserted.map(({ rendered }) => [`='${rendered.masterCheck.sheet}'!${codeOf(rendered)}=0`]);
      await context.sync();
    });
    const summary = () => [0, 1].map((row) => workbook.value(workbook.findSheet("Summary")!, row, 0));
    const look = ({ rendered }: (typeof inserted)[number]) => {
      const { row, col } = cellOf(rendered.masterCheck.address);
      const sheet = workbook.findSheet(rendered.masterCheck.sheet)!;
      const code = cellOf(codeOf(rendered));
      return { word: workbook.value(sheet, row, col), code: workbook.value(sheet, code.row, code.col), red: workbook.shownStyle(sheet, row, col).fontColor === FAILED_CHECK_LOOK.color };
    };
    for (const sheet of inserted) {
      expect(sheet.masterCheck).toBe(WORDS[sheet.language].ok); // what the pane says after inserting
      expect(look(sheet)).toEqual({ word: WORDS[sheet.language].ok, code: 0, red: false });
    }
    expect(summary()).toEqual([true, true]);

    const [changed, untouched] = inserted;
    await excelRunFor(workbook)(async (context) => {
      context.workbook.worksheets.getItem(changed.rendered.masterCheck.sheet).getRange("B5").values = [["EUR"]];
      await context.sync();
    });
    expect(look(changed)).toEqual({ word: WORDS[changed.language].formats, code: 2, red: true });
    expect(look(untouched)).toEqual({ word: WORDS[untouched.language].ok, code: 0, red: false });
    expect(summary()).toEqual([false, true]);
  });
});
