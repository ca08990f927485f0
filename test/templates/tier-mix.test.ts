import { findTemplate } from "../../src/templates";
import { buildWorkbook } from "../../src/templates/workbook";
import { KO } from "../../src/templates/i18n/ko";
import { DRIVERS } from "../../src/templates/assumptions";
import { loadIntoEngine } from "./sheet-engine";

/**
 * Issue 19: the tier mix (share of API tokens at the batch and priority tiers) has one home, the Assumptions sheet, as
 * workbook names with a Low-cost / Base / High-cost range; its Base is all standard, so no sheet's figures move until
 * an analyst types a share or a use-case sheet reads it. Recalculated in HyperFormula with the shipped functions.
 */
const wb = buildWorkbook([findTemplate("sentiment-analysis")!], {}, "en");
const named = (name: string) => wb.names.find((n) => n.workbook && n.name === name)!;

describe("tier mix on the Assumptions sheet", () => {
  test("BatchShare and PriorityShare are workbook names with their ranges; the Scenario switch picks the column", () => {
    for (const name of ["BatchShare", "BatchShare_Low", "BatchShare_Base", "BatchShare_High", "PriorityShare", "PriorityShare_Low", "PriorityShare_Base", "PriorityShare_High"]) {
      expect({ name, sheet: named(name)?.sheet }).toEqual({ name, sheet: "Assumptions" });
    }
    const model = loadIntoEngine(wb);
    expect([model.name("BatchShare", "Assumptions"), model.name("PriorityShare", "Assumptions")]).toEqual([0, 0]); // Base: every token standard
    model.set(named("Scenario").address.replace(/\$/g, ""), "Low", "Assumptions");
    expect([model.name("BatchShare", "Assumptions"), model.name("PriorityShare", "Assumptions")]).toEqual([0.3, 0]); // low-cost: more batch
    model.set(named("Scenario").address.replace(/\$/g, ""), "High", "Assumptions");
    expect([model.name("BatchShare", "Assumptions"), model.name("PriorityShare", "Assumptions")]).toEqual([0, 0.2]); // high-cost: some priority
  });

  test("a check row fails while the shares are negative or add up to more than 100%", () => {
    const model = loadIntoEngine(wb);
    const check = () => model.name("MasterCheck", "Assumptions");
    expect(check()).toBe("OK");
    model.set(named("BatchShare_Base").address.replace(/\$/g, ""), 0.7, "Assumptions");
    model.set(named("PriorityShare_Base").address.replace(/\$/g, ""), 0.4, "Assumptions");
    expect(check()).not.toBe("OK");
    model.set(named("PriorityShare_Base").address.replace(/\$/g, ""), 0.3, "Assumptions");
    expect(check()).toBe("OK");
  });

  test("its texts read Korean on a Korean Assumptions sheet", () => {
    for (const driver of DRIVERS.filter((d) => d.name === "BatchShare" || d.name === "PriorityShare")) {
      for (const text of [driver.label, driver.unit, driver.notes]) expect({ text, ko: KO[text] }).toEqual({ text, ko: expect.any(String) });
    }
    for (const text of ["API service tiers", "Batch and priority shares within 100%", "each a share from 0; the standard tier takes the rest"]) expect({ text, ko: KO[text] }).toEqual({ text, ko: expect.any(String) });
  });
});
