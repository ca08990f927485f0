import "../support/languages";
import { findTemplate, renderTemplate, type TemplateSpec, type WorkbookName } from "../../src/templates";
import { findWorkbookName, resolveLink } from "../../src/templates/links";
import { insertRenderedTemplate } from "../../src/excel/template-writer";
import { distWorkbooks, excelRunFor } from "../../dev/excel-double";

/** Cells that link to another sheet's name when the workbook has it (read by the writer in its first round trip). */
const names: WorkbookName[] = [
  { sheet: "Sentiment analysis (3)", name: "MonthlyCost_Catalog", refersTo: "='Sentiment analysis (3)'!$C$30" },
  { sheet: "Sentiment analysis (2)", name: "MonthlyCost_Catalog", refersTo: "='Sentiment analysis (2)'!$C$30" },
  { sheet: "Complaint redressal", name: "monthlycost_catalog", refersTo: "='Complaint redressal'!$C$41" },
  { sheet: "Complaint redressal (2)", name: "MonthlyCost_Catalog", refersTo: "='Complaint redressal (2)'!$C$41" },
  { sheet: "Complaint redressal old", name: "MonthlyCost_Catalog", refersTo: "='Complaint redressal old'!$C$41" },
];

describe("links between template sheets", () => {
  test("the sheet of that base name wins, else its lowest-numbered copy; names compare case-insensitively", () => {
    expect(findWorkbookName(names, "Complaint redressal", "MonthlyCost_Catalog")?.sheet).toBe("Complaint redressal");
    expect(findWorkbookName(names, "Sentiment analysis", "MonthlyCost_Catalog")?.sheet).toBe("Sentiment analysis (2)");
    expect(findWorkbookName(names, "Embedding retrieval", "MonthlyCost_Catalog")).toBeUndefined();
    expect(findWorkbookName(names, "Complaint redressal", "Year1Cost_Catalog")).toBeUndefined();
  });

  test("a link finds the sheet in either language: Korean-named from an English sheet, English-named from a Korean one", () => {
    const korean: WorkbookName[] = [{ sheet: "감성 분석 (2)", name: "MonthlyCost_Catalog", refersTo: "='감성 분석 (2)'!$C$30" }, { sheet: "고객 불만 처리", name: "MonthlyCost_Catalog", refersTo: "='고객 불만 처리'!$C$41" }];
    // a template's link names its target by the target's sheet text, found under its name in every loaded language
    const sheet = (id: string) => findTemplate(id)!.sheets[0].name;
    expect(findWorkbookName(korean, sheet("sentiment-analysis"), "MonthlyCost_Catalog")?.sheet).toBe("감성 분석 (2)");
    expect(findWorkbookName(korean, sheet("complaint-redressal"), "MonthlyCost_Catalog")?.sheet).toBe("고객 불만 처리");
    expect(findWorkbookName(names, sheet("sentiment-analysis"), "MonthlyCost_Catalog")?.sheet).toBe("Sentiment analysis (2)");
    expect(findWorkbookName(korean, sheet("embedding-retrieval"), "MonthlyCost_Catalog")).toBeUndefined();
    // a plain name is only itself
    expect(findWorkbookName(korean, "Sentiment analysis", "MonthlyCost_Catalog")).toBeUndefined();
    // the exact sheet (copy 1) in one language wins over a numbered copy in the other
    expect(findWorkbookName([...names, ...korean], sheet("complaint-redressal"), "MonthlyCost_Catalog")?.sheet).toBe("Complaint redressal");
  });

  test("a Korean MarTech sheet links to English-named use-case sheets, and an English one to Korean-named ones", () => {
    const martech = findTemplate("martech-lifecycle")!;
    const linkedSheets = (rendered: ReturnType<typeof renderTemplate>) => rendered.sheets[0].cells.filter((c) => c.style === "link").map((c) => /'((?:[^']|'')+)'!/.exec(c.formula ?? "")?.[1]);
    const english: WorkbookName[] = [{ sheet: "Sentiment analysis", name: "MonthlyCost_Catalog", refersTo: "='Sentiment analysis'!$C$30" }];
    const korean: WorkbookName[] = [{ sheet: "감성 분석", name: "MonthlyCost_Catalog", refersTo: "='감성 분석'!$C$30" }];
    expect(linkedSheets(renderTemplate(martech, { workbookNames: english }, "ko"))).toContain("Sentiment analysis");
    expect(linkedSheets(renderTemplate(martech, { workbookNames: korean }))).toContain("감성 분석");
    expect(linkedSheets(renderTemplate(martech, { workbookNames: [] }))).toEqual([]);
  });

  test("a link renders the reference (green) when found and the fallback when not", () => {
    const link = { link: { sheet: "Sentiment analysis", name: "MonthlyCost_Catalog" }, missing: "={x}*2" };
    expect(resolveLink(link, names)).toEqual({ content: "='Sentiment analysis (2)'!$C$30", linked: true });
    expect(resolveLink({ ...link, found: '="from {linkSheet}"' }, names)).toEqual({ content: '="from Sentiment analysis (2)"', linked: true });
    expect(resolveLink(link, [])).toEqual({ content: "={x}*2", linked: false });
  });

  const template: TemplateSpec = {
    id: "link-demo",
    title: "Link demo",
    description: "a cell that links to another sheet",
    group: "planning",
    source: "test",
    choices: [],
    sheets: [{
      name: "Portfolio",
      valueColumns: [{ key: "v", header: "Value" }],
      sections: [
        { title: "Inputs", kind: "inputs", rows: [{ key: "own", label: "Own estimate", values: { v: 5 }, notes: "test" }] },
        { title: "Outputs", kind: "outputs", rows: [{ key: "cost", label: "Monthly cost", values: { v: { link: { sheet: "Complaint redressal", name: "MonthlyCost_Catalog" }, missing: "={own}*2" } }, names: { v: "Linked" } }] },
      ],
    }],
  };

  test("rendering: a cross-sheet formula styled as a link, or the local formula styled as a calculation", () => {
    const cell = (workbookNames: WorkbookName[]) => {
      const rendered = renderTemplate(template, { workbookNames });
      const address = rendered.names.find((n) => n.name === "Linked")!.address.replace(/\$/g, "");
      return rendered.sheets[0].cells.find((c) => c.address === address)!;
    };
    expect(cell(names)).toMatchObject({ formula: "='Complaint redressal'!$C$41", style: "link" });
    expect(cell([])).toMatchObject({ formula: "=$B$12*2", style: "output" });
  });

  test("the writer reads the sheet-scoped names in its first round trip and renders with them (still 3 syncs)", async () => {
    const { newWorkbook } = distWorkbooks();
    const workbook = newWorkbook();
    const run = excelRunFor(workbook);
    await run((context) => insertRenderedTemplate(context, renderTemplate(findTemplate("complaint-redressal")!)));
    const budget = workbook.findName("MonthlyCost_Catalog", workbook.getSheet("Complaint redressal"));
    expect(budget).toBeDefined();
    workbook.stats.syncs = 0;
    let seen: WorkbookName[] = [];
    const result = await run((context) =>
      insertRenderedTemplate(context, (workbook) => {
        seen = workbook.names;
        return renderTemplate(template, { workbookNames: workbook.names });
      }),
    );
    expect(result.syncs).toBe(3);
    expect(workbook.stats.syncs).toBe(3);
    const found = seen.find((n) => n.sheet === "Complaint redressal" && n.name.toLowerCase() === "monthlycost_catalog");
    expect(found?.refersTo).toMatch(/^='Complaint redressal'!\$[A-Z]+\$\d+$/);
    const portfolio = workbook.getSheet("Portfolio");
    const linked = workbook.nameRange(workbook.findName("Linked", portfolio)!)!.ref;
    expect(workbook.formula(portfolio, linked.top, linked.left)).toBe(found!.refersTo);
    expect(workbook.style(portfolio, linked.top, linked.left).fontColor).toBe("#008000");
    const { ref } = workbook.nameRange(budget!)!;
    expect(workbook.value(portfolio, linked.top, linked.left)).toBe(workbook.value(workbook.getSheet("Complaint redressal"), ref.top, ref.left));
  });
});
