import { distWorkbooks, excelRunFor } from "../../dev/excel-double";
import { findTemplate, renderTemplate, type TemplateSpec } from "../../src/templates";
import { insertRenderedTemplate } from "../../src/excel/template-writer";
import { renderForWorkbook } from "../../src/templates/workbook";
import { loadIntoEngine } from "./sheet-engine";

/**
 * Issue 22: every use-case sheet's primary volume is named `VolumePerMonth` (in the unit its label states), so that an
 * analyst can point formulas and data tables at the same name on every sheet. Where that cell already carries the
 * sheet's own name (MonthlyUsers, QueriesPerMonth, MonthlyRequests), the spec gives the cell both names: Excel lets
 * several names refer to one cell, and the sheet's formulas keep using the first. Checked in HyperFormula and through
 * the one generic writer into the Excel double.
 */
const VOLUME: [id: string, own: string | undefined, month1: number][] = [
  ["acquisition", undefined, 50_000],
  ["complaint-redressal", "MonthlyUsers", 150_000],
  ["sentiment-analysis", "QueriesPerMonth", 30_000],
  ["embedding-retrieval", undefined, 10_000],
  ["win-back", undefined, 20_000],
  ["prompt-techniques", "MonthlyRequests", 100_000],
];

describe.each(VOLUME)("%s: VolumePerMonth", (id, own, month1) => {
  const rendered = renderTemplate(findTemplate(id)!);
  const sheet = rendered.sheets[0].name;
  const names = rendered.names.filter((n) => n.sheet === sheet);

  test("is a sheet-scoped name on the use-case sheet; where the cell has its own name, both refer to it", () => {
    const volume = names.find((n) => n.name === "VolumePerMonth");
    expect(volume).toMatchObject({ sheet });
    expect(volume?.workbook).toBeUndefined();
    if (own) expect(names.find((n) => n.name === own)?.address).toBe(volume?.address);
  });

  test("is an input cell holding the guide's or the default month-1 volume; setting it through the name moves the sheet's cost", () => {
    const model = loadIntoEngine(rendered);
    expect(model.name("VolumePerMonth", sheet)).toBe(month1);
    if (own) expect(model.name(own, sheet)).toBe(month1);
    const address = names.find((n) => n.name === "VolumePerMonth")!.address.replace(/\$/g, "");
    const cell = rendered.sheets[0].cells.find((c) => c.address === address)!;
    // an input, so that a data table can point at it (complaint redressal and sentiment analysis once computed it)
    expect(cell.formula).toBeUndefined();
    expect(cell.style).toBe("input");
    const cost = names.find((n) => n.name === "MonthlyCost_Catalog" || n.name === "CheapestMonthlyCost")!.name;
    const before = model.name(cost, sheet) as number;
    model.setName("VolumePerMonth", month1 * 2);
    expect(model.name("VolumePerMonth", sheet)).toBe(month1 * 2);
    expect(model.name(cost, sheet)).toBeGreaterThan(before);
  });

  test("the writer adds every name of the cell to the sheet in the Excel double, each referring to that cell", async () => {
    const workbook = distWorkbooks().newWorkbook();
    const template = findTemplate(id)!;
    await excelRunFor(workbook)((context) => insertRenderedTemplate(context, (facts) => renderForWorkbook(template, {}, "en", facts)));
    const read = await excelRunFor(workbook)(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const wanted = own ? ["VolumePerMonth", own] : ["VolumePerMonth"];
      const ranges = wanted.map((name) => ws.names.getItem(name).getRange().load("address, values"));
      await context.sync();
      return ranges.map((r) => ({ address: r.address, value: r.values[0][0] }));
    });
    expect(read[0].value).toBe(month1);
    for (const other of read) expect(other).toEqual(read[0]);
  });
});

test("a cell with several names: formulas refer to it by the first, every name is written, an empty list is refused", () => {
  const spec = (names: string[]): TemplateSpec => ({
    id: "names",
    title: "Names",
    description: "a cell with several names",
    group: "reference",
    source: "test",
    choices: [],
    sheets: [
      {
        name: "Names",
        valueColumns: [{ key: "value", header: "Value" }],
        sections: [
          { title: "Inputs", kind: "inputs", rows: [{ key: "volume", label: "Requests per month", values: { value: 100 }, names: { value: names }, format: "count", unit: "requests per month", notes: "test" }] },
          { title: "Outputs", kind: "outputs", rows: [{ key: "twice", label: "Twice", values: { value: "={volume}*2" }, format: "count", unit: "requests per month" }] },
        ],
      },
    ],
  });
  const rendered = renderTemplate(spec(["MonthlyRequests", "VolumePerMonth"]));
  const named = rendered.names.filter((n) => n.sheet === "Names" && ["MonthlyRequests", "VolumePerMonth"].includes(n.name));
  expect(named.map((n) => n.name)).toEqual(["MonthlyRequests", "VolumePerMonth"]);
  expect(named[0].address).toBe(named[1].address);
  expect(rendered.sheets[0].cells.find((c) => c.formula?.endsWith("*2"))?.formula).toBe("=MonthlyRequests*2");
  expect(loadIntoEngine(rendered).name("VolumePerMonth", "Names")).toBe(100);
  expect(() => renderTemplate(spec([]))).toThrow("gives a cell an empty list of names");
});
