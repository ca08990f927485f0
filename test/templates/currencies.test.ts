import { CURRENCIES, TEMPLATES, currencyByCode, findTemplate, renderTemplate, type RenderedTemplate, type RenderOptions } from "../../src/templates";
import { isError, loadIntoEngine } from "./sheet-engine";

/**
 * Currencies done right: a sheet's money is formatted in the currency chosen at insertion and in no other (except
 * USD prices and inputs whose unit says USD), every amount is the USD amount × the rate on the sheet, a rate is never
 * assumed, and a later change of the Currency cell is shown plainly. Recalculated in HyperFormula with the shipped
 * functions (dist/functions.js: `npm run build` first).
 */
const KRW: RenderOptions = { currency: "KRW", fxRate: 1400 };
const EUR: RenderOptions = { currency: "EUR", fxRate: 0.9 };

describe("currencies as data", () => {
  test("symbols and minor units agree with the ICU data Node ships (CLDR en, ISO 4217)", () => {
    for (const currency of CURRENCIES) {
      const format = new Intl.NumberFormat("en", { style: "currency", currency: currency.code });
      expect([currency.code, format.formatToParts(1).find((part) => part.type === "currency")?.value]).toEqual([currency.code, currency.symbol]);
      expect([currency.code, format.resolvedOptions().maximumFractionDigits]).toEqual([currency.code, currency.minorUnits]);
    }
  });
  test("no two currencies share a symbol", () => {
    expect(new Set(CURRENCIES.map((c) => c.symbol)).size).toBe(CURRENCIES.length);
  });
});

describe("inserting in a currency", () => {
  const sentiment = findTemplate("sentiment-analysis")!;
  test("a currency other than USD without a rate is refused with a clear message (never a silent 1)", () => {
    expect(() => renderTemplate(sentiment, { currency: "EUR" })).toThrow("A USD → EUR exchange rate is needed");
    expect(() => renderTemplate(sentiment, { currency: "KRW", fxRate: 0 })).toThrow("The USD → KRW rate must be a positive number (got 0)");
    expect(() => renderTemplate(sentiment, { currency: "KRW", fxRate: Number.NaN })).toThrow("must be a positive number");
    expect(() => renderTemplate(sentiment, { currency: "USD", fxRate: 1.1 })).toThrow("The USD → USD rate is 1");
  });
  test("an unknown currency names the known ones", () => {
    expect(() => renderTemplate(sentiment, { currency: "XYZ", fxRate: 2 })).toThrow('Unknown currency "XYZ". Known: USD, EUR, GBP, JPY, KRW');
  });
  test("the rate is an input with its date and source beside it, and the sheet says amounts are USD list prices × rate", () => {
    const rendered = renderTemplate(sentiment, { ...KRW, fxDate: "2026-10-30", fxSource: "Bank of Korea reference rate" });
    const cells = new Map(rendered.sheets[0].cells.map((c) => [c.address, c]));
    const notes = notesColumn(rendered);
    expect(cells.get("B5")).toMatchObject({ value: "KRW", style: "input" });
    expect(cells.get("B6")).toMatchObject({ value: 1400, style: "input" });
    expect(cells.get(`${notes}6`)?.value).toBe("Money in KRW = USD list prices × this rate (the catalog prices in USD).");
    expect(cells.get("B7")).toMatchObject({ value: 46325, style: "input", format: "yyyy-mm-dd" });
    expect(cells.get(`${notes}7`)).toMatchObject({ value: "Bank of Korea reference rate", style: "input" });
    expect(rendered.names.find((n) => n.name === "FxRateDate")?.address).toBe("$B$7");
    expect(rendered.options).toMatchObject({ currency: "KRW", fxRate: 1400, fxDate: "2026-10-30", fxSource: "Bank of Korea reference rate" });
  });
  test("codes are read in any case; the rate date defaults to the price date and the source asks to be filled in", () => {
    const rendered = renderTemplate(sentiment, { currency: " eur ", fxRate: 0.9, priceDate: "2026-09-01" });
    expect(rendered.options).toMatchObject({ currency: "EUR", fxDate: "2026-09-01" });
    expect(rendered.options.fxSource).toMatch(/type its source here/);
  });
});

/** The unit text of a row (a formula unit follows the Currency cell, so it is in the sheet's currency). */
function unitOf(rendered: RenderedTemplate, sheetIndex: number, row: number): string {
  const unit = rendered.sheets[sheetIndex].cells.find((c) => c.style === "unit" && Number(c.address.replace(/^[A-Z]+/, "")) === row);
  return unit?.formula !== undefined ? "{currency}" : String(unit?.value ?? "");
}

const SYMBOLS = /\[\$([^\]]+?)(?:-[0-9A-Fa-z-]+)?\]/g;

describe.each([
  ["USD", { currency: "USD" }],
  ["EUR", EUR],
  ["KRW", KRW],
] as [string, RenderOptions][])("every template in %s", (code, options) => {
  const currency = currencyByCode(code);
  test.each(TEMPLATES.map((t) => [t.id]))("%s: money shows the sheet's currency only; USD only where the unit says USD", (id) => {
    const rendered = renderTemplate(findTemplate(id)!, options);
    let sheetMoney = 0;
    rendered.sheets.forEach((sheet, sheetIndex) => {
      for (const cell of sheet.cells) {
        const symbols = [...(cell.format ?? "").matchAll(SYMBOLS)].map((m) => m[1]);
        if (symbols.length === 0) continue;
        const row = Number(cell.address.replace(/^[A-Z]+/, ""));
        const unit = unitOf(rendered, sheetIndex, row);
        for (const symbol of symbols) {
          if (symbol === currency.symbol) sheetMoney++;
          else expect({ cell: cell.address, symbol, unit: unit.startsWith("USD") }).toEqual({ cell: cell.address, symbol: "$", unit: true });
        }
        if (code !== "USD" && symbols.includes(currency.symbol)) expect(symbols).not.toContain("$");
      }
    });
    if (id !== "price-table") expect(sheetMoney).toBeGreaterThan(0);
  });
});

describe.each([
  ["EUR", EUR],
  ["KRW", KRW],
] as [string, RenderOptions][])("amounts in %s are the USD amounts × the rate, to the cent", (code, options) => {
  test.each(TEMPLATES.map((t) => [t.id]))("%s", (id) => {
    const template = findTemplate(id)!;
    const usd = renderTemplate(template);
    const other = renderTemplate(template, options);
    const usdModel = loadIntoEngine(usd);
    const otherModel = loadIntoEngine(other);
    const moneyFormat = (sheetIndex: number) => other.sheets[sheetIndex].cells.filter((c) => c.format?.includes(`[$${currencyByCode(code).symbol}`));
    let compared = 0;
    other.sheets.forEach((sheet, sheetIndex) => {
      for (const cell of moneyFormat(sheetIndex)) {
        const base = usdModel.at(cell.address, sheet.name);
        const converted = otherModel.at(cell.address, sheet.name);
        expect({ cell: cell.address, error: isError(converted) }).toEqual({ cell: cell.address, error: isError(base) });
        if (typeof base !== "number") continue;
        expect({ cell: cell.address, diff: Math.abs((converted as number) - base * (options.fxRate as number)) < 0.005 }).toEqual({ cell: cell.address, diff: true });
        compared++;
      }
    });
    if (id !== "price-table") expect(compared).toBeGreaterThan(0);
    expect(otherModel.at(other.masterCheck.address, other.masterCheck.sheet)).toBe("OK");
  });
  test("the guide's figures × rate", () => {
    const rate = options.fxRate as number;
    const named = (id: string) => {
      const model = loadIntoEngine(renderTemplate(findTemplate(id)!, options));
      return (name: string) => Math.round((model.name(name) as number) * 100) / 100;
    };
    const complaint = named("complaint-redressal");
    expect([complaint("FineTuneCost_Guide"), complaint("InferenceCost_Guide"), complaint("TotalCost_Guide")]).toEqual([4200 * rate, 1800 * rate, 6000 * rate].map((v) => Math.round(v * 100) / 100));
    expect(named("sentiment-analysis")("InferenceCost_Guide")).toBe(Math.round(240_000 * rate * 100) / 100);
    expect(named("embedding-retrieval")("TotalCost_Guide")).toBe(Math.round(1690.5 * rate * 100) / 100);
  });
});

/** The unit column sits just before the notes column. */
function unitColumn(rendered: ReturnType<typeof renderTemplate>): string {
  const notes = notesColumn(rendered);
  return String.fromCharCode(notes.charCodeAt(notes.length - 1) - 1);
}

/** The title block's notes sit in the sheet's "Source / notes" column, whose letter depends on its value columns. */
function notesColumn(rendered: ReturnType<typeof renderTemplate>): string {
  const header = rendered.sheets[0].cells.find((c) => /^[A-Z]+10$/.test(c.address) && c.value === "Source / notes");
  if (!header) throw new Error("no Source / notes header in row 10");
  return header.address.replace(/\d+$/, "");
}

describe("changing the Currency cell after insertion", () => {
  test("the sheet says plainly that the formats still show the insertion currency, and the master check stops reading OK", () => {
    const rendered = renderTemplate(findTemplate("sentiment-analysis")!, KRW);
    const model = loadIntoEngine(rendered);
    const notes = notesColumn(rendered);
    expect(model.at(`${notes}5`)).toBe("Money cells are formatted in KRW (₩), chosen at insertion.");
    expect(model.name("MasterCheck")).toBe("OK");
    model.set("B5", "EUR");
    expect(model.at(`${notes}5`)).toBe("Formats still show KRW (₩), the currency at insertion: insert the sheet again in EUR to format money in it.");
    expect(model.name("MasterCheck")).toBe("FORMATS SHOW KRW");
    expect(model.at(`${unitColumn(rendered)}6`)).toBe("EUR per USD");
  });
});
