import "../support/languages";
import path from "path";
import { findTemplate, renderTemplate, type RenderOptions, type RenderedTemplate } from "../../src/templates";
import { actualsForDump } from "../../scripts/actuals-dump";
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

/** A template of the gallery, or a sheet laid out another way (Budget vs actual from usage files), in a language. */
type Source = string | ((language: string) => Sheet);

const load = (source: Source, language: string, options: RenderOptions): Sheet => {
  if (typeof source !== "string") return source(language);
  const rendered = renderTemplate(findTemplate(source)!, options, language);
  return { rendered, model: loadIntoEngine(rendered) };
};

/** The drop-down offering `options` (the first validation listing them all, or the last), its address and list. */
function dropDown(sheet: Sheet, options: string[], last = false): { sheet: string; address: string; list: string[] } {
  const all = sheet.rendered.sheets.flatMap((rendered) => rendered.validations.filter((v) => options.every((option) => v.list.includes(option))).map((v) => ({ sheet: rendered.name, ...v })));
  const found = last ? all[all.length - 1] : all[0];
  if (!found) throw new Error(`no drop-down offering ${options.join(", ")}`);
  return found;
}

function choose(sheet: Sheet, at: { sheet: string; address: string }, value: string): void {
  sheet.model.set(at.address.replace(/\$/g, ""), value, at.sheet);
}

/** Every number in the workbook, by sheet position and address (the English and Korean sheets' names differ). */
function numbers(sheet: Sheet): Record<string, number> {
  const index = new Map(sheet.rendered.sheets.map((s, i) => [s.name, i]));
  const out: Record<string, number> = {};
  for (const { sheet: name, address, value } of sheet.model.allValues()) if (typeof value === "number") out[`${index.get(name)}!${address}`] = value;
  return out;
}

/** For each option (English, Korean), the named outputs and every number after choosing it on each sheet. */
function outcomes(id: Source, english: string[], korean: string[], names: string[], options: RenderOptions = {}, last = false): { en: unknown[][]; ko: unknown[][]; enNumbers: Record<string, number>[]; koNumbers: Record<string, number>[] } {
  const en = load(id, "en", options);
  const ko = load(id, "ko", options);
  const enDrop = dropDown(en, english, last);
  const koDrop = dropDown(ko, korean, last);
  expect(koDrop.address).toBe(enDrop.address);
  expect(koDrop.list).toEqual(korean);
  const read = (sheet: Sheet) => names.map((name) => sheet.model.name(name));
  const enNumbers: Record<string, number>[] = [];
  const koNumbers: Record<string, number>[] = [];
  return {
    en: english.map((option) => (choose(en, enDrop, option), enNumbers.push(numbers(en)), read(en))),
    ko: korean.map((option) => (choose(ko, koDrop, option), koNumbers.push(numbers(ko)), read(ko))),
    enNumbers,
    koNumbers,
  };
}

/** The Korean sheet's numbers equal the English sheet's for every option, and differ from one option to the next. */
function expectSameMoves(enNumbers: Record<string, number>[], koNumbers: Record<string, number>[]): void {
  expect(koNumbers).toEqual(enNumbers);
  for (let i = 1; i < koNumbers.length; i++) expect(koNumbers[i]).not.toEqual(koNumbers[i - 1]);
}

describe("Korean drop-downs compared on their own sheet", () => {
  test("api-vs-selfhost: the budgeted option (API 모델 / 호스팅된 오픈 모델 / 자체 호스팅) numbers and prices as in English", () => {
    const names = ["MonthlyCost_Chosen", "OneOffCost_Chosen", "MasterCheckCode"];
    const { en, ko, enNumbers, koNumbers } = outcomes("api-vs-selfhost", ["API model", "Hosted open model", "Self-hosted"], ["API 모델", "호스팅된 오픈 모델", "자체 호스팅"], names);
    expect(ko).toEqual(en);
    expectSameMoves(enNumbers, koNumbers);
    expect(ko.map((row) => row[2])).toEqual([0, 0, 0]);
    expect(new Set(ko.map((row) => row[0])).size).toBe(3); // each option budgets its own cost
    expect(ko.every((row) => typeof row[0] === "number")).toBe(true);
  });

  test("roi-business-case: the benefit measure (매출 증가율 / 영업 투자 수익률 증가율) switches the benefit as in English", () => {
    const names = ["NetPresentValue", "ReturnOnInvestment", "MasterCheckCode"];
    const { en, ko, enNumbers, koNumbers } = outcomes("roi-business-case", ["Revenue uplift", "Sales ROI uplift"], ["매출 증가율", "영업 투자 수익률 증가율"], names);
    expect(ko).toEqual(en);
    expectSameMoves(enNumbers, koNumbers);
    expect(ko.map((row) => row[2])).toEqual([0, 0]);
    expect(ko[0][0]).not.toBe(ko[1][0]);
    expect(typeof ko[0][0]).toBe("number");
  });

  test("commitment-planner: the unused commitment (정산 / 소멸) moves the cash paid as in English", () => {
    const { en, ko, enNumbers, koNumbers } = outcomes("commitment-planner", ["True-up", "Forfeit"], ["정산", "소멸"], ["CommitmentTotalCost", "MasterCheckCode"]);
    expect(ko).toEqual(en);
    expectSameMoves(enNumbers, koNumbers);
    expect(ko.map((row) => row[1])).toEqual([0, 0]);
  });

  test("commitment-planner in won: the contract currency (USD / 시트 통화) converts or not as in English", () => {
    const { en, ko, enNumbers, koNumbers } = outcomes("commitment-planner", ["USD", "Sheet currency"], ["USD", "시트 통화"], ["CommitmentTotalCost", "MasterCheckCode"], { currency: "KRW", fxRate: 1400 });
    expect(ko).toEqual(en);
    expectSameMoves(enNumbers, koNumbers);
    expect(ko.map((row) => row[1])).toEqual([0, 0]);
  });

  test("roi-business-case: a cost line's treatment (자본화 / 비용 처리) and what the framework allows (불가) count as in English", () => {
    const { en, ko, enNumbers, koNumbers } = outcomes("roi-business-case", ["Capitalised", "Expensed"], ["자본화", "비용 처리"], ["CapitalisedCost", "PnL_Year1", "MasterCheckCode"], {}, true);
    expect(ko).toEqual(en);
    expectSameMoves(enNumbers, koNumbers);
    expect(ko[0][0]).toBeGreaterThan(ko[1][0] as number); // capitalising the line adds its cash to the capitalised cost
    expect(ko.map((row) => row[2])).toEqual([1, 0]); // the last line is running cost: the frameworks allow no capitalising (불가)
  });

  /**
   * Budget vs actual laid out from a usage file (and a team budget), with a shared cost to allocate, as `npm run
   * template -- budget-vs-actual --actuals=… --budget=…` dumps it: the gateway file has an unknown model (two lines
   * UNPRICED), the Azure FOCUS file a commitment (billed, effective and list costs all differ).
   */
  const fixture = (name: string) => path.join(__dirname, "..", "fixtures", "actuals", name);
  const budgetVsActual = (usage: string, budget?: string) => {
    const dump = actualsForDump(fixture(usage), budget && fixture(budget), () => undefined, new Date(Date.UTC(2026, 10, 30)));
    return (language: string): Sheet => {
      const rendered = dump.attach(renderTemplate(dump.template, {}, language));
      const model = loadIntoEngine(rendered);
      model.setName("SharedCost", 1000);
      return { rendered, model };
    };
  };
  const gateway = budgetVsActual("gateway-unknown-model.csv", "budget-teams.csv");
  const CHARGEBACK = ["Chargeback_Total", "Unpriced_Lines", "Unpriced_BilledCost", "MasterCheckCode"];

  test("budget-vs-actual: the allocation driver (토큰 / 요청 수 / 고정 비율) shares the costs as in English", () => {
    const { en, ko, enNumbers, koNumbers } = outcomes(gateway, ["tokens", "requests", "fixed share"], ["토큰", "요청 수", "고정 비율"], CHARGEBACK);
    expect(ko).toEqual(en);
    expectSameMoves(enNumbers, koNumbers);
    expect(ko.map((row) => row[1])).toEqual([2, 2, 2]); // the COUNTIF of the Korean flag 가격 없음 finds both acme-llm-9 lines
  });

  test("budget-vs-actual: the chargeback basis (청구액 / 실효 비용 / 정가) charges the teams as in English", () => {
    const { en, ko, enNumbers, koNumbers } = outcomes(budgetVsActual("focus-azure.csv"), ["billed", "effective", "list"], ["청구액", "실효 비용", "정가"], CHARGEBACK);
    expect(ko).toEqual(en);
    expectSameMoves(enNumbers, koNumbers);
    expect(new Set(ko.map((row) => row[0])).size).toBe(3); // each basis charges its own total
  });

  test("budget-vs-actual: the line flags are Korean words on the Korean sheet, where the English sheet writes OK / CHECK / UNPRICED", () => {
    const flagsOf = (sheet: Sheet) => {
      const flagColumn = sheet.rendered.sheets[0].cells.find((cell) => /^[A-Z]+10$/.test(cell.address) && (cell.value === "Flag" || cell.value === "플래그"))!.address.replace(/\d+$/, "");
      return sheet.model.allValues().filter((cell) => cell.sheet === sheet.rendered.sheets[0].name && cell.address.replace(/\d+$/, "") === flagColumn && Number(cell.address.replace(/^[A-Z]+/, "")) > 10).map((cell) => cell.value);
    };
    const en = flagsOf(gateway("en"));
    const ko = flagsOf(gateway("ko"));
    const english = { OK: "정상", CHECK: "확인 필요", UNPRICED: "가격 없음", "no bill": "청구 없음", Flag: "플래그", Charge: "부과액" } as Record<string, string>;
    expect(en).toEqual(expect.arrayContaining(["UNPRICED", "OK"]));
    expect(ko.length).toBe(en.length);
    expect(ko).toEqual(en.map((flag) => (typeof flag === "string" && flag in english ? english[flag] : flag)));
    expect(ko.filter((flag) => typeof flag === "string" && /[A-Za-z]/.test(flag))).toEqual([]);
  });

  test("budget-vs-actual: a word of the other language in the driver or the basis fails the check, never charges silently", () => {
    const priced = budgetVsActual("gateway.csv", "budget-teams.csv"); // every line priced: the checks pass
    for (const [name, foreign] of [["AllocationDriver", "tokens"], ["ChargebackBasis", "billed"]]) {
      const ko = priced("ko");
      expect(ko.model.name("MasterCheckCode")).toBe(0);
      ko.model.setName(name, foreign);
      expect([ko.model.name("MasterCheckCode"), ko.model.name("MasterCheck")]).toEqual([1, "오류"]);
    }
  });
});
