import * as path from "path";
import { ENGLISH, installCatalog } from "../../src/i18n/messages";
import { resolveSheetTexts } from "../../src/i18n/sheet-text";
import { TEMPLATES, renderTemplate, type RenderedTemplate, type TemplateSpec } from "../../src/templates";
import { assumptionsTemplate, missingAssumptionsTemplate } from "../../src/templates/assumptions/sheet";
import { forecastDemo } from "../../src/templates/blocks/forecast-demo";
import { budgetVsActualTemplate } from "../../src/templates/catalog/budget-vs-actual";
import { layoutOfUsage, parseBudgetCsv } from "../../src/templates/budget-lines";
import { isLanguageNeutral, KEPT_IN_EVERY_LANGUAGE } from "../support/language-neutral";
import { readUsageFile } from "../../scripts/usage-file";
import { readFileSync } from "fs";
import { pseudoCatalog, PSEUDO_LOCALE } from "../support/pseudo-language";

/**
 * The sheets in the pseudo-language (every sheet message's words accented and bracketed ⟦…⟧, made from English): a
 * text a reader sees on any template, the Assumptions sheet, the forecast blocks or Budget vs actual laid out from
 * imported usage either came from a catalog (bracketed) or reads the same in every language (numbers, ids, model ids,
 * currency codes, the texts test/support/language-neutral.ts keeps). Anything else is English no language would replace.
 */
installCatalog(PSEUDO_LOCALE, pseudoCatalog(ENGLISH));

const FIXTURES = path.resolve(__dirname, "../fixtures/actuals");
/** Cells that hold the sheet's own words (inputs and calculations hold data: ids, names, the user's teams). */
const SHOWN_STYLES = new Set(["title", "subtitle", "section", "header", "label", "unit", "note"]);
const LITERAL = /"((?:[^"]|"")*)"/g;
const SAME = new Set(KEPT_IN_EVERY_LANGUAGE);

const fromCatalog = (text: string) => text.includes("⟦");
const CURRENCY_CODE = /^[A-Z]{3}$/;

const unmarked = (text: string) => !fromCatalog(text) && /[A-Za-z]{2,}/.test(text) && !SAME.has(text) && !CURRENCY_CODE.test(text) && !isLanguageNeutral(text);

/** Whether the "…" at `offset` is compared with something (a value a formula matches) or lists array constants. */
function isMatched(formula: string, offset: number, length: number): boolean {
  const before = formula.slice(0, offset).trimEnd();
  const after = formula.slice(offset + length).trimStart();
  const open = formula.lastIndexOf("{", offset);
  return (/[=<>]$/.test(before) && before !== "=") || /^[=<>]/.test(after) || open > formula.lastIndexOf("}", offset);
}

/** Every text the reader sees: names, titles, text cells, chart titles, and the phrases formulas show. */
function shownTexts(rendered: RenderedTemplate): string[] {
  const texts = [rendered.title, rendered.description];
  for (const sheet of rendered.sheets) {
    texts.push(sheet.name);
    if (sheet.chart) texts.push(sheet.chart.title, ...sheet.chart.seriesNames);
    for (const cell of sheet.cells) {
      if (typeof cell.value === "string" && SHOWN_STYLES.has(cell.style ?? "")) texts.push(cell.value);
      // a phrase (with a space) in a formula's literal is shown; a single word may be an argument ("input")
      for (const found of (cell.formula ?? "").matchAll(LITERAL)) {
        const text = found[1].replace(/""/g, '"');
        if (/\S\s+\S/.test(text) && !isMatched(cell.formula ?? "", found.index ?? 0, found[0].length)) texts.push(text);
      }
    }
  }
  return texts;
}

const pseudo = (template: TemplateSpec, options = {}) => renderTemplate(template, options, PSEUDO_LOCALE);

const usage = readUsageFile(path.join(FIXTURES, "gateway.csv"));
const budget = parseBudgetCsv(readFileSync(path.join(FIXTURES, "budget-teams.csv"), "utf8"));
const CASES: [string, RenderedTemplate][] = [
  ...TEMPLATES.map((template): [string, RenderedTemplate] => [template.id, pseudo(template)]),
  ...TEMPLATES.map((template): [string, RenderedTemplate] => [`${template.id} in KRW`, pseudo(template, { currency: "KRW", fxRate: 1400 })]),
  ["the Assumptions sheet", pseudo(assumptionsTemplate)],
  ["the Assumptions sheet's added rows", pseudo(missingAssumptionsTemplate(new Set(["Scenario", "StandbyReplicas"]), "Win-back"))],
  ["the forecast blocks", pseudo(forecastDemo)],
  ["budget-vs-actual with imported actuals and a budget", pseudo(budgetVsActualTemplate(layoutOfUsage(usage.rows, budget.rows)))],
];

describe("pseudo-language sheets: no English left", () => {
  test.each(CASES)("%s: every text a reader sees comes from a catalog", (_name, rendered) => {
    const english = [...new Set(shownTexts(rendered).filter(unmarked))];
    expect(english).toEqual([]);
    expect(shownTexts(rendered).filter(fromCatalog).length).toBeGreaterThan(10);
  });

  test("the gallery's words (title, description, choices) come from the catalog", () => {
    for (const template of TEMPLATES) {
      const shown = resolveSheetTexts(template, PSEUDO_LOCALE);
      expect([shown.title, shown.description, ...shown.choices.map((choice) => choice.label)].filter(unmarked)).toEqual([]);
    }
  });

  test("the check finds English: a label written without a catalog is caught", () => {
    const edited: TemplateSpec = { ...TEMPLATES[1], sheets: [{ ...TEMPLATES[1].sheets[0], name: "Plain English sheet" }] };
    expect(shownTexts(pseudo(edited)).filter(unmarked)).toContain("Plain English sheet");
  });
});
