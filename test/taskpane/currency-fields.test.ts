import { readCurrencyChoice } from "../../src/taskpane/currency-fields";
import { PANE_STRINGS, type CurrencyStrings } from "../../src/taskpane/strings";
import { loadLanguage } from "../../src/i18n/messages";

const EN = PANE_STRINGS.en.currency;
let KO: CurrencyStrings;
beforeAll(async () => {
  await loadLanguage("ko"); // the Korean pane texts are their own chunk
  KO = PANE_STRINGS.ko.currency;
});

/** The pane's currency choice as render options: a currency other than USD needs a positive rate, never 1 by default. */
function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("the pane's currency choice", () => {
  test("USD needs no rate (and ignores a stale one)", () => {
    expect(readCurrencyChoice(form({ currency: "USD", fxRate: "1400" }), EN)).toEqual({ options: { currency: "USD" } });
  });
  test("another currency without a rate, or with zero or text, asks for the rate", () => {
    for (const fxRate of ["", "0", "-3", "abc"]) {
      expect(readCurrencyChoice(form({ currency: "KRW", fxRate }), EN)).toEqual({ error: "Enter the USD → KRW rate (how many KRW one US dollar buys): amounts are USD list prices × this rate." });
    }
    expect(readCurrencyChoice(form({ currency: "EUR" }), EN)).toHaveProperty("error");
  });
  test("with a rate: the rate, its date and source become render options", () => {
    expect(readCurrencyChoice(form({ currency: "EUR", fxRate: "0.9", fxDate: "2026-10-30", fxSource: "ECB reference rate" }), EN)).toEqual({
      options: { currency: "EUR", fxRate: 0.9, fxDate: "2026-10-30", fxSource: "ECB reference rate" },
    });
    expect(readCurrencyChoice(form({ currency: "KRW", fxRate: " 1400 ", fxDate: "", fxSource: " " }), EN)).toEqual({ options: { currency: "KRW", fxRate: 1400, fxDate: undefined, fxSource: undefined } });
  });
  test("a rate date that is not ISO YYYY-MM-DD is refused, as the price date is", () => {
    expect(readCurrencyChoice(form({ currency: "EUR", fxRate: "0.9", fxDate: "30/10/2026" }), EN)).toEqual({ error: 'The rate date must be a date written YYYY-MM-DD (got "30/10/2026").' });
  });
  test("the messages follow the pane's language", () => {
    expect(readCurrencyChoice(form({ currency: "KRW" }), KO)).toEqual({ error: "USD → KRW 환율(1달러로 살 수 있는 KRW)을 입력하세요. 금액은 USD 정가 × 이 환율입니다." });
  });
  test("an unknown code is refused", () => {
    expect(readCurrencyChoice(form({ currency: "XYZ", fxRate: "2" }), EN)).toEqual({ error: 'Unknown currency "XYZ".' });
  });
});
