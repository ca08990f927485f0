import { formatValue } from "../../dev/excel-double/number-format";
import { HyperFormula } from "hyperformula";
import { EXCEL_LIKE_CONFIG } from "../../dev/hyperformula-config";
import { currencyByCode, moneyFormat } from "../../src/templates";
import { moneyTextFormat } from "../../src/templates/formats";

/**
 * The preview shows a cell as Excel would: the size-adaptive money formats the templates write (conditions,
 * parentheses, red, currency brackets), and Excel's section rules that they rely on.
 */
const show = (value: number, code: string) => formatValue(value, moneyFormat(currencyByCode(code)));

describe("money formats as Excel shows them", () => {
  test("from 10 up (with minor units): the usual two decimals and never more", () => {
    expect(show(10, "USD").text).toBe("$10.00");
    expect(show(126.181228, "USD").text).toBe("$126.18");
    expect(show(1234.5, "USD").text).toBe("$1,234.50");
    expect(show(10_000_000, "USD").text).toBe("$10,000,000.00");
    expect(show(432_000, "EUR").text).toBe("€432,000.00");
  });
  test("below 10: the usual two decimals, more only where the value has them, so it never reads 0", () => {
    expect(show(9.999, "USD").text).toBe("$9.999");
    expect(show(2.5, "USD").text).toBe("$2.50");
    expect(show(0.00092, "USD").text).toBe("$0.00092");
    expect(show(0.000828, "EUR").text).toBe("€0.000828");
    expect(show(0.0000012, "GBP").text).toBe("£0.000001");
    expect(show(0, "USD").text).toBe("$0.00");
  });
  test("negatives: red, in parentheses, no minus sign", () => {
    expect(show(-4477.77, "USD")).toEqual({ text: "($4,477.77)", color: "red" });
    expect(show(-0.5, "EUR")).toEqual({ text: "(€0.50)", color: "red" });
    expect(show(-1400, "KRW")).toEqual({ text: "(₩1,400)", color: "red" });
  });
  test("KRW and JPY: whole units from 100 up; below 100 the digits the value has, and zero is ₩0", () => {
    expect(show(1288.4, "KRW").text).toBe("₩1,288");
    expect(show(100, "KRW").text).toBe("₩100");
    expect(show(17_160_885.4, "KRW").text).toBe("₩17,160,885");
    expect(show(0, "KRW").text).toBe("₩0");
    expect(show(0.987, "KRW").text).toBe("₩0.987");
    expect(show(1.29, "KRW").text).toBe("₩1.29");
    expect(show(99.5, "KRW").text).toBe("₩99.5");
    expect(show(0.5, "JPY").text).toBe("¥0.5");
    expect(show(336_000_000, "KRW").text).toBe("₩336,000,000");
  });
  test("symbols that share a sign carry their prefix; letter symbols are followed by a space", () => {
    expect(show(12.5, "CAD").text).toBe("CA$12.50");
    expect(show(2.5, "CHF").text).toBe("CHF 2.50");
    expect(show(2500, "CNY").text).toBe("CN¥2,500.00");
  });
});

describe("Excel's section rules", () => {
  test("the section a value falls in by its condition", () => {
    expect(formatValue(5, '[<10]"small";[<100]"medium";"large"').text).toBe("small");
    expect(formatValue(50, '[<10]"small";[<100]"medium";"large"').text).toBe("medium");
    expect(formatValue(500, '[<10]"small";[<100]"medium";"large"').text).toBe("large");
    expect(formatValue(1.5, "[=1.5]0.0;0").text).toBe("1.5");
  });
  test("a value in the second section shows without its sign, even when a condition sent it there", () => {
    expect(formatValue(-2, "[>=-1]0;0").text).toBe("2");
    expect(formatValue(-5, "0.00;(0.00)").text).toBe("(5.00)");
  });
  test("a negative value keeps its minus sign in a section whose condition does not say it is for negatives", () => {
    expect(formatValue(-5, "[>=10]0;[>=0]0.0;0.00").text).toBe("-5.00");
    expect(formatValue(-5, "[>=10]0;0.0").text).toBe("-5.0");
  });
  test("a section whose condition is for negatives ([<0], [<=-1]) shows them without the sign, as Excel does", () => {
    expect(formatValue(-5, "[<0]0.0;0").text).toBe("5.0");
    expect(formatValue(-5, "[<=-1](0.0);0").text).toBe("(5.0)");
  });
  test("formats without conditions are unchanged: sections by sign, percent, multiples", () => {
    expect(formatValue(-3, "#,##0;[Red]-#,##0")).toEqual({ text: "-3", color: "red" });
    expect(formatValue(0, "0.0;-0.0;\"zero\"").text).toBe("zero");
    expect(formatValue(0.125, "0.0%").text).toBe("12.5%");
    expect(formatValue(8695.65, '#,##0.0"x"').text).toBe("8,695.7x");
  });
  test("General: up to 11 characters, scientific beyond", () => {
    expect(formatValue(1234567.891, "General").text).toBe("1234567.891");
    expect(formatValue(123456789012, "General").text).toBe("1.23457E+11");
    expect(formatValue(1 / 3, undefined).text).toBe("0.333333333");
  });
  test("text: @ shows text and numbers as they are", () => {
    expect(formatValue("abc", '@" x"').text).toBe("abc x");
    expect(formatValue(12.5, "@").text).toBe("12.5");
  });
  test("dates: Excel serials, with Excel's 1900 leap-year day; before 1900 a row of #", () => {
    expect(formatValue(44927, "yyyy-mm-dd").text).toBe("2023-01-01");
    expect(formatValue(44927.5, "m/d/yyyy hh:mm").text).toBe("1/1/2023 12:00");
    expect(formatValue(60, "yyyy-mm-dd").text).toBe("1900-02-29");
    expect(formatValue(-1, "yyyy-mm-dd").text).toBe("##########");
  });
  test("a currency bracket's locale id does not change the separators (Excel takes them from the system)", () => {
    expect(formatValue(1234567, "[$CHF-807] #,##0").text).toBe("CHF 1,234,567");
    expect(show(4477.77, "CHF").text).toBe("CHF 4,477.77");
  });
});

describe("TEXT() in the formula engine follows the same rules (dev/hyperformula-text.ts)", () => {
  test("a sentence's amount in the sheet's money format; errors pass through; text stays text", () => {
    const hf = HyperFormula.buildFromArray([['=TEXT(17160885.4,"[$₩-412]#,##0")', '=TEXT(1234.5,"[$$-409]#,##0.00")', '=TEXT(0.25,"0.0%")', '=TEXT("abc","0")', '=TEXT(1/0,"0")', '=TEXT(,"0")']], EXCEL_LIKE_CONFIG);
    const [row] = hf.getSheetValues(0);
    expect(row.slice(0, 4)).toEqual(["₩17,160,885", "$1,234.50", "25.0%", "abc"]);
    expect((row[4] as { value: string }).value).toBe("#DIV/0!");
    expect(row[5]).toBe("0");
    hf.destroy();
  });
  test("{MoneyText} is the sheet currency's large-amount format, quoted for TEXT()", () => {
    expect(moneyTextFormat(currencyByCode("KRW"))).toBe('"[$₩-412]#,##0"');
    expect(moneyTextFormat(currencyByCode("USD"))).toBe('"[$$-409]#,##0.00"');
    expect(moneyTextFormat(currencyByCode("CHF"))).toBe('"[$CHF-807] #,##0.00"');
  });
});
