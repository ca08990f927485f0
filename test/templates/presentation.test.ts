import { TEMPLATES, findTemplate, moneyFormat, currencyByCode, renderTemplate } from "../../src/templates";
import { STYLE_LOOKS } from "../../src/excel/template-writer";

/** Presentation rules every rendered template follows (Excel conventions analysts expect). */
const rowOf = (address: string) => Number(address.replace(/^[A-Z]+/, ""));

describe.each(TEMPLATES.map((t) => [t.id]))("%s", (id) => {
  const rendered = renderTemplate(findTemplate(id)!);
  const cells = rendered.sheets.flatMap((sheet) => sheet.cells.map((cell) => ({ sheet: sheet.name, ...cell })));
  const unitOf = (sheet: string, row: number) => cells.find((c) => c.sheet === sheet && c.style === "unit" && rowOf(c.address) === row);

  test("percent and multiple cells are labelled with the unit they show", () => {
    for (const cell of cells.filter((c) => c.format === "0.0%" || c.format === '#,##0.0"x"')) {
      const shown = cell.format === "0.0%" ? "(%)" : "(x)";
      const unit = unitOf(cell.sheet, rowOf(cell.address));
      // a unit that follows the Currency cell is a formula: its text is in the formula
      if (unit) expect({ cell: cell.address, unit: String(unit.value ?? unit.formula) }).toEqual({ cell: cell.address, unit: expect.stringContaining(shown) });
    }
  });

  test("money is size-adaptive: no fixed two-decimal money format is left", () => {
    const usdMoney = moneyFormat(currencyByCode("USD"));
    for (const cell of cells) expect({ cell: cell.address, format: cell.format }).not.toEqual({ cell: cell.address, format: "[$$-409]#,##0.00" });
    if (id !== "price-table") expect(cells.some((c) => c.format === usdMoney)).toBe(true);
  });

  test("universal constants are not styled as inputs", () => {
    for (const cell of cells.filter((c) => typeof c.value === "number" && [12, 1000, 1_000_000].includes(c.value as number))) {
      const label = cells.find((c) => c.sheet === cell.sheet && c.address === `A${rowOf(cell.address)}`)?.value;
      if (typeof label === "string" && /\(constant\)/.test(label)) expect({ label, style: cell.style }).toEqual({ label, style: "constant" });
    }
  });
});

test("constants look like calculations (black, no fill) and stay locked", () => {
  expect(STYLE_LOOKS.constant).toEqual({ color: "#000000" });
  expect(STYLE_LOOKS.input.unlocked).toBe(true);
});

test("the constant rows of today's templates are constants (others may be added)", () => {
  const constants = TEMPLATES.flatMap((t) => renderTemplate(t).sheets.flatMap((s) => s.cells.filter((c) => c.style === "constant").map((c) => `${t.id}:${c.value}`)));
  expect(constants).toEqual(expect.arrayContaining(["embedding-retrieval:1000", "martech-lifecycle:12", "prompt-techniques:1000000", "roi-business-case:12"]));
});
