import { TEMPLATES, renderTemplate, currencyByCode, moneyFormat, type RenderedTemplate, type TemplateSpec } from "../../src/templates";
import { formatValue } from "../../dev/excel-double/number-format";
import { loadIntoEngine } from "./sheet-engine";

/**
 * One money rule on every sheet (src/templates/formats.ts), checked on what the analyst sees: each template inserted in
 * USD and in KRW, recalculated (HyperFormula with the shipped functions.js), every money cell shown through numfmt
 * (Excel's number-format rules, as the preview shows it).
 */
const rowOf = (address: string) => Number(address.replace(/^[A-Z]+/, ""));
const USD = moneyFormat(currencyByCode("USD"));
const KRW = moneyFormat(currencyByCode("KRW"));
/** A count a row could be labelled in: never the unit of a money row (the unit's part before "per"). */
const COUNT_WORDS = /\b(tokens?|requests?|quer(y|ies)|messages?|conversations?|customers?|users?|embeddings?|GPUs?|replicas?|FTE)\b/i;
/** What a money row's label may name a count with: the money of it ("API: token cost", "Monthly cost swing when tokens per request move"). */
const MONEY_WORDS = /\b(costs?|prices?|spend|fees?|budgets?|savings?|revenue|margin|amounts?|benefits?|values?|billed|bill|invoice|charge[sd]?|swing)\b/i;
/** A count word in a label, not inside a model id ("text-embedding-3-small" names a model, not embeddings). */
const LABEL_COUNT = new RegExp(`(?<![\\w-])(${COUNT_WORDS.source.replace(/\\b/g, "")})(?![\\w-])`, "i");
/** The part of a label or unit that says what the figure is: before " per " (a cost per request is money), a comma or a semicolon. */
const headOf = (text: string) => text.split(/ per |,|;/)[0];

interface MoneyCell {
  where: string;
  value: unknown;
  format: string;
  text: string;
  unit: string;
  label: string;
}

function moneyCells(rendered: RenderedTemplate): MoneyCell[] {
  const model = loadIntoEngine(rendered);
  return rendered.sheets.flatMap((sheet) => {
    const units = new Map(sheet.cells.filter((c) => c.style === "unit").map((c) => [rowOf(c.address), c.address]));
    const labels = new Map(sheet.cells.filter((c) => c.style === "label").map((c) => [rowOf(c.address), c.address]));
    return sheet.cells
      .filter((cell) => cell.format === USD || cell.format === KRW)
      .map((cell) => {
        const value = model.at(cell.address, sheet.name);
        const unitAt = units.get(rowOf(cell.address));
        const labelAt = labels.get(rowOf(cell.address));
        const label = labelAt ? String(model.at(labelAt, sheet.name)) : "";
        return { where: `${sheet.name}!${cell.address}`, value, format: cell.format as string, text: formatValue(value, cell.format).text, unit: unitAt ? String(model.at(unitAt, sheet.name)) : "", label };
      });
  });
}

const decimals = (text: string) => /\.(\d+)/.exec(text)?.[1].length ?? 0;

describe.each(TEMPLATES.map((t) => [t.id]))("%s: money as shown", (id) => {
  const template = TEMPLATES.find((t) => t.id === id)!;
  const usd = moneyCells(renderTemplate(template));
  const krw = moneyCells(renderTemplate(template, { currency: "KRW", fxRate: 1400 }));

  test("in USD: $10 or more shows at most 2 decimals; below $10 a non-zero amount never reads $0.00", () => {
    expect(usd.length).toBeGreaterThan(0);
    for (const cell of usd.filter((c) => typeof c.value === "number")) {
      const value = cell.value as number;
      if (Math.abs(value) >= 10) expect({ where: cell.where, decimals: decimals(cell.text) <= 2 }).toEqual({ where: cell.where, decimals: true });
      else if (Math.abs(value) >= 1e-6) expect({ where: cell.where, text: cell.text }).not.toEqual({ where: cell.where, text: expect.stringMatching(/^\(?\$0\.00\)?$/) });
    }
  });

  test("in KRW: ₩0 reads ₩0, ₩100 or more whole won, below ₩100 the decimals the amount has (₩0.987, never ₩1)", () => {
    for (const cell of krw.filter((c) => c.format === KRW && typeof c.value === "number")) {
      const value = cell.value as number;
      if (value === 0) expect({ where: cell.where, text: cell.text }).toEqual({ where: cell.where, text: "₩0" });
      else if (Math.abs(value) >= 100) expect({ where: cell.where, text: cell.text }).toEqual({ where: cell.where, text: expect.stringMatching(/^\(?₩[\d,]+\)?$/) });
      else if (value > 0) expect({ where: cell.where, shown: Number(cell.text.replace(/[₩,]/g, "")) }).toEqual({ where: cell.where, shown: expect.closeTo(value, 6) });
    }
  });

  test("every money cell's unit names the currency its format shows, and no count", () => {
    for (const [cells, sheetCode] of [[usd, "USD"], [krw, "KRW"]] as const) {
      for (const cell of cells) {
        const shows = cell.format === KRW ? "KRW" : "USD";
        const head = headOf(cell.unit);
        // "the sheet's currency" names it too, where the format is the sheet's own.
        const named = head.includes(shows) || (shows === sheetCode && /\bcurrency\b/.test(head));
        expect({ where: cell.where, sheet: sheetCode, unit: cell.unit, currency: named, count: COUNT_WORDS.test(head) }).toEqual({ where: cell.where, sheet: sheetCode, unit: cell.unit, currency: true, count: false });
      }
    }
  });

  test("every money row's label names no count, unless it names the money of it (a token cost, not tokens)", () => {
    const labelled = usd.filter((cell) => cell.label !== "");
    expect(labelled.length).toBeGreaterThan(0);
    const countAlone = labelled.filter((cell) => LABEL_COUNT.test(headOf(cell.label)) && !MONEY_WORDS.test(headOf(cell.label)));
    expect([...new Set(countAlone.map((cell) => `${cell.where.replace(/\d+$/, "")}: ${cell.label}`))]).toEqual([]);
  });
});

test("a sentence quotes amounts in the sheet's money: TEXT(x,{MoneyText}) reads ₩17,160,885 vs ₩13,116,155 (대 on a Korean sheet)", () => {
  const sentence: TemplateSpec = {
    id: "sentence",
    title: "Sentence",
    description: "a sentence quoting two amounts",
    group: "reference",
    source: "test",
    choices: [],
    sheets: [
      {
        name: "Sentence",
        valueColumns: [{ key: "value", header: "Value" }],
        sections: [
          {
            title: "Outputs",
            kind: "outputs",
            rows: [
              { key: "self", label: "Self-hosted", values: { value: "=12257.775*{FxRate}" }, format: "moneyFx", unit: "{currency} per month" },
              { key: "api", label: "API", values: { value: "=9368.68214285714*{FxRate}" }, format: "moneyFx", unit: "{currency} per month" },
              { key: "line", label: "Last month", values: { value: '=TEXT({self},{MoneyText})&" vs "&TEXT({api},{MoneyText})' }, format: "text" },
            ],
          },
        ],
      },
    ],
  };
  const shown = (options: Parameters<typeof renderTemplate>[1]) => {
    const rendered = renderTemplate(sentence, options);
    const line = rendered.sheets[0].cells.find((c) => c.formula?.includes("TEXT("))!;
    return loadIntoEngine(rendered).at(line.address);
  };
  expect(shown({ currency: "KRW", fxRate: 1400 })).toBe("₩17,160,885 vs ₩13,116,155");
  expect(shown({})).toBe("$12,257.78 vs $9,368.68");
});
