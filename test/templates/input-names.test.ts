import "../support/languages";
import { TEMPLATES, findTemplate } from "../../src/templates";
import { buildWorkbook } from "../../src/templates/workbook";
import { parseAddress } from "../../src/templates/a1";
import { inputName, inputNamesToAdd, isUsableName } from "../../src/templates/input-names";
import type { BuiltWorkbook } from "../../src/templates/workbook";
import { loadIntoEngine } from "./sheet-engine";

/**
 * Issue 22: "every input cell has a name (sheet-scoped where it is the sheet's own), so that analysts can point formulas
 * and data tables at them". The templates name their main inputs by hand (VolumePerMonth, MonthlyGrowth, RampMonths…);
 * the renderer names every other input cell after its row and column (src/templates/input-names.ts).
 */
const inside = (address: string, range: string) => {
  const [cell, r] = [parseAddress(address)!, parseAddress(range.replace(/\$/g, ""))!];
  return cell.left >= r.left && cell.left <= r.right && cell.top >= r.top && cell.top <= r.bottom;
};

/** Every input cell of the workbook with the names that refer to it (the sheet's own names, or a workbook name on it). */
function inputsAndNames(wb: BuiltWorkbook) {
  return wb.sheets.flatMap((sheet) =>
    sheet.cells
      .filter((c) => c.style === "input")
      .map((c) => ({ sheet: sheet.name, address: c.address, names: wb.names.filter((n) => n.sheet === sheet.name && inside(c.address, n.address)).map((n) => n.name) })),
  );
}

describe.each(["en", "ko"] as const)("a workbook of every template (%s)", (language) => {
  const wb = buildWorkbook(TEMPLATES, {}, language);

  test("every input cell has a name", () => {
    const inputs = inputsAndNames(wb);
    expect(inputs.length).toBeGreaterThan(900);
    expect(inputs.filter((i) => i.names.length === 0)).toEqual([]);
  });

  test("every name is one HyperFormula and Excel take: the workbook loads, and no sheet has a name twice", () => {
    for (const n of wb.names) expect([n.name, isUsableName(n.name)]).toEqual([n.name, true]);
    const keys = wb.names.map((n) => `${n.workbook ? "" : n.sheet}|${n.name.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(() => loadIntoEngine(wb)).not.toThrow();
  });
});

test("the names are the same in English and Korean, whatever the order the templates are inserted in", () => {
  const sheetless = (wb: BuiltWorkbook) => wb.names.map((n) => `${wb.sheets.findIndex((s) => s.name === n.sheet)}|${n.name}|${n.address}`).sort();
  expect(sheetless(buildWorkbook(TEMPLATES, {}, "ko"))).toEqual(sheetless(buildWorkbook(TEMPLATES, {}, "en")));
  const reversed = buildWorkbook([...TEMPLATES].reverse(), {}, "en");
  const forward = buildWorkbook(TEMPLATES, {}, "en");
  const bySheet = (wb: BuiltWorkbook) => Object.fromEntries(wb.sheets.map((s) => [s.name, wb.names.filter((n) => n.sheet === s.name && !n.workbook).map((n) => `${n.name}=${n.address}`).sort()]));
  expect(bySheet(reversed)).toEqual(bySheet(forward));
});

test("an input's name sets the input: a guide driver on complaint redressal moves the corpus, a vector-DB price the catalog cost", () => {
  const wb = buildWorkbook([findTemplate("complaint-redressal")!], {}, "en");
  const sheet = wb.sheets[0].name;
  const model = loadIntoEngine(wb);
  expect(model.name("TokensPerSentence_Guide", sheet)).toBe(7);
  expect(model.name("TrainingCorpusTokens", sheet)).toBe(420_000_000);
  model.setName("TokensPerSentence_Guide", 14);
  expect(model.name("TrainingCorpusTokens", sheet)).toBe(840_000_000);
  const before = model.name("MonthlyCost_Catalog", sheet) as number;
  model.setName("Utilization_SelfHost", 0.3);
  model.setName("CachedShare_Catalog", 0);
  model.setName("Discount_Catalog", 0.5);
  expect(model.name("MonthlyCost_Catalog", sheet)).toBeLessThan(before);
});

test("the rule: row and column keys, Line before a key that starts like an address, nothing Excel or HyperFormula refuses", () => {
  expect(inputName("tokensPerSentence", "guide")).toBe("TokensPerSentence_Guide");
  expect(inputName("utilization", "selfhost")).toBe("Utilization_SelfHost");
  expect(inputName("B1", "month")).toBe("LineB1_Month");
  expect(inputName("in_vol", "base")).toBe("InVol_Base");
  for (const bad of ["A1", "B1_Month", "R1C1", "RC", "R_x", "Price2", "Tier10", "1st", "a b"]) expect([bad, isUsableName(bad)]).toEqual([bad, false]);
  const candidates = [
    { rowKey: "discount", columnKey: "catalog", col: 2, row: 10 },
    { rowKey: "contingency", columnKey: "value", col: 1, row: 11 },
    { rowKey: "share", columnKey: "guide", col: 1, row: 12 },
    { rowKey: "r", columnKey: "x", col: 1, row: 13 },
  ];
  // taken on the sheet (any case), read by a formula of the sheet, or not a usable name: left without one
  expect(inputNamesToAdd(candidates, ["DISCOUNT_CATALOG"], ["=B5*Contingency_Value", "=Share_Guidex"]).map((n) => n.name)).toEqual(["Share_Guide"]);
});
