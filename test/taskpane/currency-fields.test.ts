import { readCurrencyChoice } from "../../src/taskpane/currency-fields";

/** The pane's currency choice as render options: a currency other than USD needs a positive rate, never 1 by default. */
function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("the pane's currency choice", () => {
  test("USD needs no rate (and ignores a stale one)", () => {
    expect(readCurrencyChoice(form({ currency: "USD", fxRate: "1400" }))).toEqual({ options: { currency: "USD" } });
  });
  test("another currency without a rate, or with zero or text, asks for the rate", () => {
    for (const fxRate of ["", "0", "-3", "abc"]) {
      expect(readCurrencyChoice(form({ currency: "KRW", fxRate }))).toEqual({ error: "Enter the USD → KRW rate (how many KRW one US dollar buys): amounts are USD list prices × this rate." });
    }
    expect(readCurrencyChoice(form({ currency: "EUR" }))).toHaveProperty("error");
  });
  test("with a rate: the rate, its date and source become render options", () => {
    expect(readCurrencyChoice(form({ currency: "EUR", fxRate: "0.9", fxDate: "2026-10-30", fxSource: "ECB reference rate" }))).toEqual({
      options: { currency: "EUR", fxRate: 0.9, fxDate: "2026-10-30", fxSource: "ECB reference rate" },
    });
    expect(readCurrencyChoice(form({ currency: "KRW", fxRate: " 1400 ", fxDate: "", fxSource: " " }))).toEqual({ options: { currency: "KRW", fxRate: 1400, fxDate: undefined, fxSource: undefined } });
  });
  test("an unknown code is refused", () => {
    expect(readCurrencyChoice(form({ currency: "XYZ", fxRate: "2" }))).toEqual({ error: 'Unknown currency "XYZ".' });
  });
});
