import "../support/languages";
import { TEMPLATES, renderTemplate, type RenderedTemplate } from "../../src/templates";
import { KEPT_IN_EVERY_LANGUAGE, needsKorean } from "../support/language-neutral";
import { defaultFxSource } from "../../src/templates/options";
import { hasSheetText, resolveSheetText, resolveSheetTexts } from "../../src/i18n/sheet-text";
import koSheets from "../../src/i18n/ko/sheets.json";
import enSheets from "../../src/i18n/en/sheets.json";
import { sheetTextIn } from "../support/languages";
import { isError, loadIntoEngine } from "./sheet-engine";
import { apiPriceFacts } from "../../src/engine";
import { priceTableSource } from "../../src/templates/catalog/price-table";

/**
 * Every template in Korean: the same sheet as in English (cells, formulas, formats, named ranges, figures) with its
 * words from the Korean sheet catalog (src/i18n/ko/sheets.json). A text left in English fails the first test, which
 * lists them.
 */
const HANGUL = /[\uAC00-\uD7A3]/;
const LITERAL = /"((?:[^"]|"")*)"/g;
const WORD_STYLES = new Set(["title", "subtitle", "section", "header", "label", "unit", "note"]);

function wordsOf(rendered: RenderedTemplate): string[] {
  const texts = rendered.sheets.flatMap((sheet) => [
    sheet.name,
    ...sheet.cells.filter((cell) => typeof cell.value === "string" && WORD_STYLES.has(cell.style ?? "")).map((cell) => cell.value as string),
    ...(sheet.chart ? [sheet.chart.title, ...sheet.chart.seriesNames] : []),
  ]);
  return [rendered.title, rendered.description, ...texts];
}

/** Every Korean text of a sheet message whose English is `english` (a word may be a header and a switch value). */
const koreanOf = (english: string): string[] => Object.entries(enSheets as Record<string, string>).filter(([, text]) => text === english).map(([key]) => (koSheets as Record<string, string>)[key]);

const korean = new Map(TEMPLATES.map((template) => [template.id, renderTemplate(template, {}, "ko")]));
const english = new Map(TEMPLATES.map((template) => [template.id, renderTemplate(template)]));

describe("templates in Korean (--lang=ko, the pane's 한국어)", () => {
  test("every text of every template is Korean (the English left is listed)", () => {
    const missing = new Set<string>();
    for (const template of TEMPLATES) {
      for (const text of wordsOf(korean.get(template.id)!)) if (needsKorean(text)) missing.add(text);
      for (const choice of resolveSheetTexts(template, "ko").choices) if (needsKorean(choice.label)) missing.add(choice.label);
    }
    expect([...missing]).toEqual([]);
  });

  test.each(TEMPLATES.map((t) => t.id))("%s: same cells, formulas, formats, names and validations as in English; only words differ", (id) => {
    const ko = korean.get(id)!;
    const en = english.get(id)!;
    expect(ko.names.map(({ name, address }) => ({ name, address }))).toEqual(en.names.map(({ name, address }) => ({ name, address })));
    expect(ko.masterCheck.address).toBe(en.masterCheck.address);
    ko.sheets.forEach((sheet, index) => {
      const source = en.sheets[index];
      expect(sheet.cells.map((c) => c.address)).toEqual(source.cells.map((c) => c.address));
      sheet.cells.forEach((cell, i) => {
        const original = source.cells[i];
        // a formula's text literals may be words (a unit after the Currency cell, the currency note, a message): the
        // formula is the same without them, and each literal is either unchanged or Korean (what the formulas compute
        // is checked in HyperFormula below)
        const skeleton = (formula?: string) => formula?.replace(LITERAL, '""');
        expect({ address: cell.address, formula: skeleton(cell.formula), format: cell.format, style: cell.style }).toEqual({ address: original.address, formula: skeleton(original.formula), format: original.format, style: original.style });
        const literals = (formula?: string) => [...(formula ?? "").matchAll(LITERAL)].map((found) => found[1]);
        const changed = literals(cell.formula).filter((literal, i) => literal !== literals(original.formula)[i]);
        expect(changed.filter((literal) => !HANGUL.test(literal))).toEqual([]);
        // the default rate source is the renderer's own words (an input the user may overwrite): Korean too
        const expected = original.value === resolveSheetText(defaultFxSource(undefined), "en") ? resolveSheetText(defaultFxSource(undefined), "ko") : original.value;
        // an input that describes (a use case's name) is a sheet text too: its Korean, or the value itself
        if (typeof original.value !== "string" || !WORD_STYLES.has(original.style ?? "")) expect([expected, ...(typeof expected === "string" ? [sheetTextIn(expected, "ko"), ...koreanOf(expected)] : [])]).toContainEqual(cell.value);
      });
      // a drop-down offers the same choices: the English ones, or (a switch its own formulas compare) their Korean
      expect(sheet.validations.map(({ address, list }) => ({ address, count: list.length }))).toEqual(source.validations.map(({ address, list }) => ({ address, count: list.length })));
      sheet.validations.forEach((validation, v) => validation.list.forEach((choice, i) => expect([source.validations[v].list[i], ...koreanOf(source.validations[v].list[i])]).toContain(choice)));
      expect(sheet.tables).toEqual(source.tables);
      expect(sheet.usedRange).toBe(source.usedRange);
      expect(sheet.chart?.dataRange).toBe(source.chart?.dataRange);
    });
  });

  test("sheet names are Korean, unique and valid Excel names with room for \" (99)\"", () => {
    const names = [...korean.values()].flatMap((rendered) => rendered.sheets.map((sheet) => sheet.name));
    for (const name of names) {
      expect(name).toMatch(HANGUL);
      expect(name.length).toBeLessThanOrEqual(26);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  test("the guide's terms: 미세 조정, 토큰, 추론, 자체 호스팅, 투자 수익률 appear where the sheets speak of them", () => {
    const all = [...korean.values()].flatMap(wordsOf).join("\n");
    for (const term of ["미세 조정", "토큰", "추론", "자체 호스팅", "투자 수익률", "임베딩", "벡터 데이터베이스"]) expect(all).toContain(term);
    expect(all).not.toMatch(/파인튜닝|파인 튜닝/); // the guide says 미세 조정
  });

  test("every Korean sheet text is Korean", () => {
    // a text that only arranges its parameters ("{source} ({date})") has no words of its own
    const words = (text: string) => {
      let bare = text;
      for (let before = ""; before !== bare; ) [before, bare] = [bare, bare.replace(/\{[^{}]*\}/g, "")];
      return bare;
    };
    const notKorean = Object.entries(koSheets as Record<string, string>).filter(([, text]) => !HANGUL.test(text) && /[A-Za-z]{2,}/.test(words(text))).map(([key]) => key);
    expect(notKorean).toEqual([]);
  });
});

describe("the translation layer", () => {
  const spec = TEMPLATES.find((t) => t.id === "sentiment-analysis")!;
  test("a text written in English without a sheet text is reported; ids, numbers and paths are not", () => {
    const edited = { ...spec, title: "A brand-new title", source: "Pinecone price (as of 2026-11-04)", choices: [{ ...spec.choices[0], label: "gpt-4o-mini" }] };
    const shown = resolveSheetTexts(edited, "ko");
    expect([shown.title, shown.source, shown.choices[0].label].filter(needsKorean)).toEqual(["A brand-new title", "Pinecone price (as of 2026-11-04)"]);
    expect(shown.title).toBe("A brand-new title"); // kept in English, never dropped
    expect(needsKorean("src/data/gpus.json")).toBe(false);
    expect(needsKorean("1,200")).toBe(false);
    expect(needsKorean("Break-even")).toBe(true);
  });
  test("the gallery's words (title, description, choices) are rendered in both languages, no sheet text left", () => {
    for (const template of TEMPLATES) {
      for (const language of ["en", "ko"] as const) {
        const { title, description, choices } = resolveSheetTexts(template, language);
        expect([title, description, ...choices.map((choice) => choice.label)].filter(hasSheetText)).toEqual([]);
      }
    }
  });
});

describe("Korean sheets compute the same figures (HyperFormula with the shipped functions.js)", () => {
  const cents = (value: unknown) => Math.round((value as number) * 100) / 100;
  test.each(TEMPLATES.map((t) => t.id))("%s: every number equals the English sheet's, master check OK", (id) => {
    const ko = loadIntoEngine(korean.get(id)!);
    const en = loadIntoEngine(english.get(id)!);
    const englishValues = en.allValues();
    const koreanValues = ko.allValues();
    expect(koreanValues.length).toBe(englishValues.length);
    koreanValues.forEach((cell, index) => {
      const original = englishValues[index].value;
      if (typeof original === "number" || typeof original === "boolean") expect({ at: cell.address, value: cell.value }).toEqual({ at: englishValues[index].address, value: original });
    });
    expect(ko.name("MasterCheck", korean.get(id)!.sheets[0].name)).toBe("정상");
    expect(ko.name("MasterCheckCode", korean.get(id)!.sheets[0].name)).toBe(0);
  });

  test("the guide's figures to the cent on the Korean sheets", () => {
    const named = (id: string, name: string) => {
      const rendered = korean.get(id)!;
      return cents(loadIntoEngine(rendered).name(name, rendered.sheets[0].name));
    };
    expect(named("complaint-redressal", "TotalCost_Guide")).toBe(6000);
    expect(named("sentiment-analysis", "InferenceCost_Guide")).toBe(240_000);
    expect(named("embedding-retrieval", "TotalCost_Guide")).toBe(1690.5);
  });
});

describe("the title block in Korean, in won (--lang=ko --currency=KRW --fx=1400)", () => {
  const options = { currency: "KRW", fxRate: 1400 };
  const rendered = (id: string) => renderTemplate(TEMPLATES.find((t) => t.id === id)!, options, "ko");

  test.each(TEMPLATES.map((t) => t.id))("%s: every title-block text is Korean, no cell is an error, the master check reads OK", (id) => {
    const sheet = rendered(id).sheets[0];
    const model = loadIntoEngine(rendered(id));
    const titleBlock = model.allValues().filter((cell) => cell.sheet === sheet.name && Number(/\d+$/.exec(cell.address)![0]) <= 10);
    for (const cell of titleBlock) {
      const style = sheet.cells.find((c) => c.address === cell.address)?.style ?? "";
      // Words are Korean, but for texts kept as they are on purpose (the price sheet's column headers, read by the functions).
      if (typeof cell.value === "string" && WORD_STYLES.has(style) && !KEPT_IN_EVERY_LANGUAGE.includes(cell.value)) expect({ at: cell.address, text: cell.value }).toEqual({ at: cell.address, text: expect.stringMatching(HANGUL) });
    }
    expect(model.allValues().filter((cell) => isError(cell.value))).toEqual([]);
    expect(model.name("MasterCheck", sheet.name)).toBe("정상");
    expect(model.name("MasterCheckCode", sheet.name)).toBe(0);
  });

  test("the currency note and rate unit are formulas that speak Korean, and say so when the Currency cell changes", () => {
    const sheet = rendered("sentiment-analysis").sheets[0];
    const model = loadIntoEngine(rendered("sentiment-analysis"));
    const notes = () => model.allValues().filter((cell) => cell.sheet === sheet.name && /^[C-Z]+[56]$/.test(cell.address)).map((cell) => String(cell.value));
    expect(notes()).toEqual(expect.arrayContaining(["KRW(1 USD당)", "금액 셀은 삽입 시 선택한 KRW(₩) 서식입니다.", "KRW 금액 = USD 정가 × 이 환율(카탈로그 가격은 USD)."]));
    model.set(rendered("sentiment-analysis").names.find((n) => n.name === "Currency")!.address, "EUR", sheet.name);
    expect(notes()).toEqual(expect.arrayContaining(["EUR(1 USD당)", "서식은 아직 삽입 시 통화인 KRW(₩) 기준입니다. 금액을 EUR(으)로 표시하려면 시트를 그 통화로 다시 삽입하세요."]));
    // the master check says it in Korean; its code, which formulas compare, is the English sheet's
    expect(model.name("MasterCheck", sheet.name)).toBe("서식이 KRW 기준");
    expect(model.name("MasterCheckCode", sheet.name)).toBe(2);
  });

  test("the rate source says in Korean that it was entered at insertion; a source the user typed stays as typed", () => {
    const source = (fxSource?: string) => renderTemplate(TEMPLATES[0], { ...options, fxSource }, "ko").sheets[0].cells.find((c) => c.address.endsWith("7") && c.style === "input" && typeof c.value === "string")?.value;
    expect(source()).toMatch(/^삽입 시 입력한 환율/);
    expect(source("Bank of Korea, 2026-11-27")).toBe("Bank of Korea, 2026-11-27");
  });

  test("formula messages speak Korean; a drop-down compared on its own sheet is matched in Korean; ids stay", () => {
    const formulas = (id: string) => rendered(id).sheets.flatMap((sheet) => sheet.cells.map((cell) => cell.formula ?? "")).join("\n");
    expect(formulas("api-vs-selfhost")).toContain('"호스팅 가격 없음"');
    expect(formulas("api-vs-selfhost")).toMatch(/MATCH\(\$?[A-Z]+\$?\d+,\{"API 모델","호스팅된 오픈 모델","자체 호스팅"\},0\)/);
    expect(formulas("roi-business-case")).toContain('="영업 투자 수익률 증가율"');
    expect(formulas("commitment-planner")).toContain('="정산"');
    expect(formulas("martech-lifecycle")).toContain('"자체 입력(감성 분석 시트 없음)"');
    expect(formulas("complaint-redressal")).toMatch(/LLMCOST\.PRICE\([^)]*"training"/);
    const acquisition = rendered("acquisition");
    const at = (name: string) => acquisition.names.find((n) => n.name === name && n.sheet === acquisition.sheets[0].name)!.address.replace(/\$/g, "");
    const cell = (name: string) => acquisition.sheets[0].cells.find((c) => c.address === at(name))?.formula ?? "";
    // the master check's words are Korean; its code compares no word
    expect(cell("MasterCheck")).toBe(`=CHOOSE(${at("MasterCheckCode")}+1,"정상","오류","서식이 KRW 기준")`);
    expect(cell("MasterCheckCode")).toMatch(/^=IFERROR\(IF\(AND\([^"]*\),IF\(Currency="KRW",0,2\),1\),1\)$/);
  });

  test("the guide's figures × 1,400 to the won", () => {
    const named = (id: string, name: string) => {
      const sheet = rendered(id);
      return Math.round(loadIntoEngine(sheet).name(name, sheet.sheets[0].name) as number);
    };
    expect(named("complaint-redressal", "TotalCost_Guide")).toBe(6000 * 1400);
    expect(named("sentiment-analysis", "InferenceCost_Guide")).toBe(240_000 * 1400);
    expect(named("embedding-retrieval", "TotalCost_Guide")).toBe(1690.5 * 1400);
  });
});

describe("the price table's source line", () => {
  const facts = apiPriceFacts("2026-11-01");
  test("is a sheet text whose parameters are the catalog's facts: the same versions, counts and dates in English and in Korean", () => {
    const en = resolveSheetText(priceTableSource(facts), "en");
    const ko = resolveSheetText(priceTableSource(facts), "ko");
    for (const fact of [facts.source, facts.version, facts.inForce, facts.finetuneAsOf, ...facts.scheduled.map(([date]) => date)]) {
      expect(en).toContain(fact);
      expect(ko).toContain(fact);
    }
    expect(en).toContain(`${facts.models} models from ${facts.providers} providers`);
    expect(ko).toContain(`제공업체 ${facts.providers}곳의 모델 ${facts.models}개`);
    // no English word is left but the source's and the price sheet's own names
    expect(ko.replace(facts.source, "").replace(facts.license, "").replace(/LLMCOST finetune-prices|price_sheet|API/g, "")).not.toMatch(/[A-Za-z]{2,}/);
  });
  test("says when no change is scheduled", () => {
    expect(resolveSheetText(priceTableSource({ ...facts, scheduled: [] }), "ko")).toContain("예정된 변경 없음");
    expect(resolveSheetText(priceTableSource({ ...facts, scheduled: [["2027-01-01", 3]] }), "en")).toContain("date (models changing): 2027-01-01 (3)");
  });
});
