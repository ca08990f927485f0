import { resolvePlaceholders, type PlaceholderLayout, type PlacedRow } from "../../src/templates/placeholders";
import { renderTemplate, type TemplateSpec } from "../../src/templates";

/**
 * The formula placeholder language, tested directly on a hand-made layout (so each rule is pinned by itself), then
 * through renderTemplate on a small template (so the layout the renderer computes feeds it the same way).
 */
function placed(row: number, cols: Record<string, number>): PlacedRow {
  const map = new Map(Object.entries(cols));
  return { row, cols: map, firstCol: map.size > 0 ? Math.min(...map.values()) : -1 };
}

// Value columns: guide = B (1), catalog = C (2); unit D, notes E; projection periods F (5) … H (7), header row 30.
const layout: PlaceholderLayout = {
  rows: new Map([
    ["shared", placed(12, { guide: 1 })],
    ["both", placed(13, { guide: 1, catalog: 2 })],
    ["catalogOnly", placed(14, { catalog: 2 })],
    ["named", placed(15, { guide: 1, catalog: 2 })],
    ["empty", placed(16, {})],
  ]),
  projectionRows: new Map([
    ["volume", 31],
    ["cost", 32],
  ]),
  projectionHeaderRow: 30,
  firstPeriodCol: 5,
  lastPeriodCol: 7,
  names: new Map([["15|2", "Total_Catalog"]]),
  titleNames: new Set(["PriceDate", "Currency", "FxRate", "MasterCheck"]),
  priceSheet: "",
};

const inGuide = { colKey: "guide", where: "t!B20 (x)" };
const inCatalog = { colKey: "catalog", where: "t!C20 (x)" };
const inPeriod = (col: number) => ({ periodCol: col, where: "t!P (p)" });
const resolve = (formula: string, context: Parameters<typeof resolvePlaceholders>[2]) => resolvePlaceholders(formula, layout, context);

describe("{key}: the same value column, else the row's first filled column", () => {
  test("a row with a cell in the column being written gives that column's cell, absolute", () => {
    expect(resolve("={both}", inGuide)).toBe("=$B$13");
    expect(resolve("={both}", inCatalog)).toBe("=$C$13");
  });
  test("a shared input (first column only) is read from its first column by every column", () => {
    expect(resolve("={shared}*2", inCatalog)).toBe("=$B$12*2");
    expect(resolve("={catalogOnly}", inGuide)).toBe("=$C$14");
  });
  test("a named cell is referred to by its name", () => {
    expect(resolve("={named}", inCatalog)).toBe("=Total_Catalog");
    expect(resolve("={named}", inGuide)).toBe("=$B$15");
  });
  test("several placeholders and a range of two are replaced in place; other text is untouched", () => {
    expect(resolve('=SUM({shared}:{both})&"{not a key}"', inGuide)).toBe('=SUM($B$12:$B$13)&"{not a key}"');
  });
});

describe("{key:column}", () => {
  test("picks the named value column whatever column is written", () => {
    expect(resolve("={both:catalog}/{both:guide}", inGuide)).toBe("=$C$13/$B$13");
    expect(resolve("={named:catalog}", inGuide)).toBe("=Total_Catalog");
  });
  test("a column the row has no cell in is an error naming the row and the column", () => {
    expect(() => resolve("={shared:catalog}", inGuide)).toThrow("t!B20 (x): row shared has no cell in column catalog");
  });
});

describe("title-block names", () => {
  test("{PriceDate}, {Currency}, {FxRate}, {MasterCheck} stay names", () => {
    expect(resolve("=LLMCOST.PRICE({shared},{PriceDate})*{FxRate}&{Currency}&{MasterCheck}", inGuide)).toBe("=LLMCOST.PRICE($B$12,PriceDate)*FxRate&Currency&MasterCheck");
  });
  test("a title name with a qualifier is not a title name", () => {
    expect(() => resolve("={FxRate:guide}", inGuide)).toThrow("t!B20 (x): unknown row {FxRate}");
  });
});

describe("projection rows", () => {
  test("{key} in a period is the same period's cell (relative, so it reads as a timeline)", () => {
    expect(resolve("={volume}*{both}", inPeriod(6))).toBe("=G31*$B$13");
  });
  test("{key:prev} is the previous period; in the first period it is an error", () => {
    expect(resolve("={cost:prev}+{cost}", inPeriod(7))).toBe("=G32+H32");
    expect(() => resolve("={cost:prev}", inPeriod(5))).toThrow("t!P (p): {cost:prev} in the first period");
  });
  test("{key:all2} is the period range of the row and the projection row below it (IRR reads both in order); no row below is an error", () => {
    expect(resolve("=IRR({volume:all2})", inGuide)).toBe("=IRR($F$31:$H$32)");
    expect(() => resolve("=IRR({cost:all2})", inGuide)).toThrow("t!B20 (x): {cost:all2} needs a projection row below cost");
  });

  test("{key:all} is the whole period range, also outside the projection", () => {
    expect(resolve("=SUM({cost:all})", inGuide)).toBe("=SUM($F$32:$H$32)");
    expect(resolve("=MAX({volume:all})", inPeriod(6))).toBe("=MAX($F$31:$H$31)");
  });
  test("{period} is the period number above the cell", () => {
    expect(resolve("={period}/12", inPeriod(7))).toBe("=H30/12");
  });
  test("a projection row outside the projection, an unknown qualifier and {period} outside are errors", () => {
    expect(() => resolve("={cost}", inGuide)).toThrow("t!B20 (x): {cost} is a projection row; use {cost:all}");
    expect(() => resolve("={cost:next}", inPeriod(6))).toThrow("t!P (p): unknown qualifier next");
    expect(() => resolve("={period}", inCatalog)).toThrow("t!C20 (x): {period} outside a projection");
  });
});

describe("unknown keys", () => {
  test("an unknown row names the cell and the placeholder", () => {
    expect(() => resolve("={nope}+1", inGuide)).toThrow("t!B20 (x): unknown row {nope}");
    expect(() => resolve("={nope:guide}", inGuide)).toThrow("t!B20 (x): unknown row {nope}");
  });
  test("a row without any cell cannot be referred to", () => {
    expect(() => resolve("={empty}", inGuide)).toThrow("t!B20 (x): row empty has no cells");
  });
});

describe("through renderTemplate", () => {
  const template = (formula: string, projection?: string): TemplateSpec => ({
    id: "tiny",
    title: "Tiny",
    description: "a test sheet",
    group: "planning",
    source: "test",
    choices: [],
    sheets: [
      {
        name: "Tiny",
        valueColumns: [
          { key: "a", header: "A" },
          { key: "b", header: "B" },
        ],
        sections: [
          { title: "Inputs", kind: "inputs", rows: [{ key: "x", label: "X", values: { a: 2, b: 3 }, notes: "test" }] },
          { title: "Outputs", kind: "outputs", rows: [{ key: "y", label: "Y", values: { a: formula, b: formula }, names: { b: "Y_B" } }] },
        ],
        ...(projection ? { projection: { title: "Months", periods: 3, periodLabel: "Month", rows: [{ key: "m", label: "M", first: "={y:b}", each: projection, format: "money" as const }] } } : {}),
      },
    ],
  });
  // Formulas below the title block (whose own formulas are the title block's business).
  const formulas = (spec: TemplateSpec) => renderTemplate(spec).sheets[0].cells.filter((c) => c.formula && Number(c.address.replace(/^[A-Z]+/, "")) > 10).map((c) => `${c.address}${c.formula}`);

  test("rows land below the title block and column headers; names replace addresses", () => {
    // title block rows 1–9, headers row 10, "Inputs" title 11, X row 12, blank, "Outputs" 14, Y row 15
    expect(formulas(template("={x}*{FxRate}"))).toEqual(["B15=$B$12*FxRate", "C15=$C$12*FxRate"]);
  });
  test("projection formulas follow the period; {key:prev} and names work from the projection", () => {
    const cells = formulas(template("={x}", "={m:prev}*{period}+{y:b}"));
    // Outputs end at row 15; blank 16; projection title 17, header 18, row M 19; periods start after the notes column (E)
    expect(cells).toEqual(expect.arrayContaining(["F19=Y_B", "G19=F19*G18+Y_B", "H19=G19*H18+Y_B"]));
  });
  test("an unknown key fails the whole rendering with the template, cell and label in the message", () => {
    expect(() => renderTemplate(template("={missing}"))).toThrow("tiny!B15 (Y): unknown row {missing}");
    expect(() => renderTemplate(template("={x}", "={nope:prev}"))).toThrow("tiny!G19 (M): unknown row {nope}") // period 1 uses `first`;
  });
});
