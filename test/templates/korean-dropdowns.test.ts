import "../support/languages";
import { findTemplate, renderTemplate, type RenderedTemplate } from "../../src/templates";
import { loadIntoEngine, type SheetModel } from "./sheet-engine";

/**
 * A drop-down whose values one sheet's formulas compare is rendered in the sheet's language (docs/i18n.md, "Sheet
 * texts"): on a Korean sheet, choosing a Korean option moves the formulas exactly as the English option moves them on
 * the English sheet (the two sheets share every address).
 */
interface Sheet {
  rendered: RenderedTemplate;
  model: SheetModel;
}

const load = (id: string, language: string): Sheet => {
  const rendered = renderTemplate(findTemplate(id)!, {}, language);
  return { rendered, model: loadIntoEngine(rendered) };
};

/** The drop-down offering `options` (the first validation listing them all), its address and list. */
function dropDown(sheet: Sheet, options: string[]): { sheet: string; address: string; list: string[] } {
  for (const rendered of sheet.rendered.sheets) {
    const found = rendered.validations.find((v) => options.every((option) => v.list.includes(option)));
    if (found) return { sheet: rendered.name, ...found };
  }
  throw new Error(`no drop-down offering ${options.join(", ")}`);
}

function choose(sheet: Sheet, at: { sheet: string; address: string }, value: string): void {
  sheet.model.set(at.address.replace(/\$/g, ""), value, at.sheet);
}

/** For each option (English, Korean), the named outputs after choosing it on each sheet. */
function outcomes(id: string, english: string[], korean: string[], names: string[]): { en: unknown[][]; ko: unknown[][] } {
  const en = load(id, "en");
  const ko = load(id, "ko");
  const enDrop = dropDown(en, english);
  const koDrop = dropDown(ko, korean);
  expect(koDrop.address).toBe(enDrop.address);
  expect(koDrop.list).toEqual(korean);
  const read = (sheet: Sheet) => names.map((name) => sheet.model.name(name));
  return {
    en: english.map((option) => (choose(en, enDrop, option), read(en))),
    ko: korean.map((option) => (choose(ko, koDrop, option), read(ko))),
  };
}

describe("Korean drop-downs compared on their own sheet", () => {
  test("api-vs-selfhost: the budgeted option (API 모델 / 호스팅된 오픈 모델 / 자체 호스팅) numbers and prices as in English", () => {
    const names = ["MonthlyCost_Chosen", "OneOffCost_Chosen", "MasterCheck"];
    const { en, ko } = outcomes("api-vs-selfhost", ["API model", "Hosted open model", "Self-hosted"], ["API 모델", "호스팅된 오픈 모델", "자체 호스팅"], names);
    expect(ko).toEqual(en);
    expect(ko.map((row) => row[2])).toEqual(["OK", "OK", "OK"]);
    expect(new Set(ko.map((row) => row[0])).size).toBe(3); // each option budgets its own cost
    expect(ko.every((row) => typeof row[0] === "number")).toBe(true);
  });

  test("roi-business-case: the benefit measure (매출 증가율 / 영업 투자 수익률 증가율) switches the benefit as in English", () => {
    const names = ["NetPresentValue", "ReturnOnInvestment", "MasterCheck"];
    const { en, ko } = outcomes("roi-business-case", ["Revenue uplift", "Sales ROI uplift"], ["매출 증가율", "영업 투자 수익률 증가율"], names);
    expect(ko).toEqual(en);
    expect(ko.map((row) => row[2])).toEqual(["OK", "OK"]);
    expect(ko[0][0]).not.toBe(ko[1][0]);
    expect(typeof ko[0][0]).toBe("number");
  });
});
