import { catalogDescription } from "../engine";
import { chooseLanguage, chosenLanguage, displayLanguage, LANGUAGES, type Language } from "../i18n/language";
import { TEMPLATES, choiceList, type TemplateGroup, type TemplateSpec } from "../templates";
import { resolveSheetTexts } from "../i18n/sheet-text";
import { renderForWorkbook, type InsertionRendering } from "../templates/workbook";

import { describeError } from "../excel/excel-messages";
import { loadLanguage, render as renderMessage } from "../i18n/messages";
import { insertTemplateIntoWorkbook, isInsertSupported, REQUIRED_API, type WorkbookFacts } from "../excel/template-writer";
import { LANGUAGE_NAMES, PANE_STRINGS, type PaneStrings } from "./strings";
import { renderTokenPanel } from "./token-panel";
import { currencyFields, readCurrencyChoice } from "./currency-fields";
import { renderImportPanel } from "./import-panel";
import { renderPriceChangePanel } from "./price-change-panel";
import { el } from "./dom";

const GROUP_ORDER: TemplateGroup[] = ["acquisition", "retention", "engagement", "win-back", "planning", "reference"];

function todayIso(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The template gallery: grouped by lifecycle stage, options for the chosen template, Insert, progress and errors.
 * Texts, and the sheets it inserts, are in `language`.
 */
export function renderGallery(root: HTMLElement, supported: boolean, language: Language = "en"): void {
  const s = PANE_STRINGS[language];
  root.innerHTML = "";
  let selected: TemplateSpec | undefined;
  const cards = new Map<string, HTMLButtonElement>();
  const options = el("form", { className: "options", hidden: true });
  const optionsTitle = el("h3", { className: "options-title", id: "template-options-title" });
  options.setAttribute("aria-labelledby", optionsTitle.id);
  // Read by screen readers as it changes, and focused when an insertion ends (tabIndex -1: focusable from code only).
  const status = el("p", { className: "status", id: "template-status", tabIndex: -1 });
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");

  for (const group of GROUP_ORDER) {
    const templates = TEMPLATES.filter((t) => t.group === group).map((t) => resolveSheetTexts(t, language));
    if (templates.length === 0) continue;
    const titleId = `group-${group}`;
    const list = el("ul", { className: "gallery" });
    list.setAttribute("aria-labelledby", titleId);
    for (const template of templates) {
      const card = el("button", { type: "button", className: "card" }, el("strong", {}, template.title), el("span", {}, template.description));
      card.setAttribute("aria-pressed", "false");
      card.addEventListener("click", () => select(template));
      cards.set(template.id, card);
      list.append(el("li", {}, card));
    }
    root.append(el("h3", { className: "group-title", id: titleId }, s.groups[group]), list);
  }
  root.append(options, status);
  if (!supported) {
    status.className = "status error";
    status.textContent = s.unsupported(REQUIRED_API.set, REQUIRED_API.version);
  }

  /** The chosen card's options, Insert and status, right under that card (not below all the cards, off-screen). */
  function select(template: TemplateSpec): void {
    selected = template;
    for (const [id, card] of cards) card.setAttribute("aria-pressed", String(id === template.id));
    const card = cards.get(template.id) as HTMLButtonElement;
    card.parentElement?.append(options, status);
    options.hidden = false;
    options.innerHTML = "";
    optionsTitle.textContent = s.templateOptions(template.title);
    options.append(optionsTitle);
    for (const choice of template.choices) {
      const id = `choice-${choice.key}`;
      const select = el("select", { id, name: choice.key });
      for (const item of choiceList(choice.list)) select.append(el("option", { value: item, selected: item === choice.default }, item));
      options.append(el("div", { className: "field" }, el("label", { htmlFor: id }, choice.label), select));
    }
    // ISO text, not <input type=date>: the browser would show the date in its own locale (11/30/2026), unlike the sheets.
    const date = el("input", { id: "price-date", name: "priceDate", type: "text", value: todayIso(), required: true, pattern: ISO_DATE.source, placeholder: "YYYY-MM-DD", title: s.priceDateHint, autocomplete: "off" });
    const insert = el("button", { type: "submit", className: "primary", disabled: !supported }, s.insert(template.title));
    options.append(
      el("div", { className: "field" }, el("label", { htmlFor: "price-date" }, s.priceDate), date),
      currencyFields(date.value, s.currency),
      insert,
    );
    status.className = "status";
    status.textContent = "";
    options.scrollIntoView({ block: "nearest" });
  }

  options.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!selected) return;
    const form = new FormData(options);
    const choices: Record<string, string> = {};
    for (const choice of selected.choices) choices[choice.key] = String(form.get(choice.key) ?? choice.default);
    const priceDate = String(form.get("priceDate") ?? "").trim() || todayIso();
    if (!ISO_DATE.test(priceDate)) {
      status.className = "status error";
      status.textContent = s.priceDateInvalid(priceDate);
      return;
    }
    const currency = readCurrencyChoice(form, s.currency);
    if ("error" in currency) {
      status.className = "status error";
      status.textContent = currency.error;
      options.querySelector<HTMLInputElement>("#fx-rate")?.focus();
      return;
    }
    const button = options.querySelector<HTMLButtonElement>("button[type=submit]");
    if (button) button.disabled = true;
    status.className = "status";
    const progress = el("progress");
    progress.setAttribute("aria-label", s.inserting);
    status.replaceChildren(progress, el("span", {}, ` ${s.preparing}`));
    try {
      const template = TEMPLATES.find((t) => t.id === selected?.id) ?? selected;
      // Rendered once the writer has read the workbook: cells link to the use-case sheets already there, and the LLMCOST
      // formulas take the organisation price sheet where the workbook has one.
      // The Assumptions it reads come with it: a new Assumptions sheet, or only the drivers an existing one lacks.
      let inserted: InsertionRendering | undefined;
      const render = (workbook: WorkbookFacts) => (inserted = renderForWorkbook(template, { choices, priceDate, ...currency.options }, language, workbook));
      const result = await insertTemplateIntoWorkbook(render, (message) => status.replaceChildren(progress, el("span", {}, ` ${renderMessage(message, language)}`)));
      status.className = "status ok";
      status.textContent = s.inserted(result.sheets.filter((_name, i) => !isAssumptionsPart(inserted, i)).join(", "), String(result.masterCheck ?? s.recalculating)) + assumptionsNote(inserted, result.sheets, s);
    } catch (error) {
      status.className = "status error";
      status.textContent = describeError(error, language);
    } finally {
      if (button) button.disabled = !supported;
      // The outcome is what the user needs next: focus it (screen readers read it; the pane scrolls to it).
      status.focus();
    }
  });
}

/** Whether the i-th written sheet is the Assumptions sheet (created or completed), not one of the template's own. */
function isAssumptionsPart(inserted: InsertionRendering | undefined, index: number): boolean {
  const outcome = inserted?.assumptions;
  return outcome !== undefined && (outcome.created || outcome.added.length > 0) && index === (inserted?.sheets.length ?? 0) - 1;
}

/** What the insertion did to the Assumptions sheet, said after the sheets it inserted (nothing when it had everything). */
function assumptionsNote(inserted: InsertionRendering | undefined, sheets: string[], s: PaneStrings): string {
  const outcome = inserted?.assumptions;
  if (!outcome) return "";
  const sheet = sheets[sheets.length - 1];
  if (outcome.created) return s.assumptionsCreated(sheet);
  return outcome.added.length > 0 ? s.assumptionsAdded(sheet, outcome.added.join(", ")) : "";
}

/** The pane's own static texts (elements marked data-text="key" in taskpane.html). */
function applyStaticTexts(s: PaneStrings, language: Language): void {
  document.documentElement.lang = language;
  for (const node of document.querySelectorAll<HTMLElement>("[data-text]")) {
    const text = s[node.dataset.text as keyof PaneStrings];
    if (typeof text === "string") node.textContent = text;
  }
}

/** The language choice in the header: "As Office" or a language; the choice is remembered and redraws the pane. */
function renderLanguageChoice(select: HTMLSelectElement, s: PaneStrings, onChange: () => void): void {
  const chosen = chosenLanguage();
  select.replaceChildren(
    el("option", { value: "", selected: chosen === null }, s.languageAuto),
    ...LANGUAGES.map((language) => el("option", { value: language, selected: chosen === language }, LANGUAGE_NAMES[language])),
  );
  select.onchange = () => {
    chooseLanguage((select.value || null) as Language | null);
    onChange();
  };
}

/** Draws the pane in the display language, once that language's texts have arrived (their own chunk). */
async function start(): Promise<void> {
  const language = displayLanguage();
  await loadLanguage(language);
  if (language !== displayLanguage()) return; // the choice changed while loading: the newer start() draws
  const s = PANE_STRINGS[language];
  applyStaticTexts(s, language);
  const choice = document.getElementById("language") as HTMLSelectElement | null;
  if (choice) renderLanguageChoice(choice, s, () => void start());
  const app = document.getElementById("app");
  const sources = document.getElementById("sources");
  if (sources) sources.textContent = `${s.sources} — ${catalogDescription(language)}`;
  if (app) renderGallery(app, isInsertSupported(), language);
  const tokenPanel = document.getElementById("token-panel");
  // Drawn again only when the language changes (a redraw forgets the last count).
  if (tokenPanel && tokenPanel.dataset.language !== language) {
    renderTokenPanel(tokenPanel, s.tokens);
    tokenPanel.dataset.language = language;
  }
  const importPanel = document.getElementById("import-panel");
  if (importPanel) renderImportPanel(importPanel, language);
  const priceDates = document.getElementById("price-dates-panel");
  if (priceDates) renderPriceChangePanel(priceDates, s.priceDates, language);
}

Office.onReady(() => start());
