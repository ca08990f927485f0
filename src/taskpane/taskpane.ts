import { catalogDescription } from "../engine";
import { GROUP_LABELS, TEMPLATES, choiceList, renderTemplate, type TemplateGroup, type TemplateSpec } from "../templates";
import { insertTemplateIntoWorkbook, isInsertSupported, REQUIRED_API } from "../templates/writer";
import { renderTokenPanel } from "./token-panel";

const GROUP_ORDER: TemplateGroup[] = ["acquisition", "retention", "engagement", "win-back", "planning", "reference"];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function todayIso(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The template gallery: grouped by lifecycle stage, options for the chosen template, Insert, progress and errors. */
export function renderGallery(root: HTMLElement, supported: boolean): void {
  root.innerHTML = "";
  let selected: TemplateSpec | undefined;
  const cards = new Map<string, HTMLButtonElement>();
  const options = el("form", { className: "options", hidden: true });
  options.setAttribute("aria-label", "Template options");
  const status = el("p", { className: "status" });
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");

  for (const group of GROUP_ORDER) {
    const templates = TEMPLATES.filter((t) => t.group === group);
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
    root.append(el("h3", { className: "group-title", id: titleId }, GROUP_LABELS[group]), list);
  }
  root.append(options, status);
  if (!supported) {
    status.className = "status error";
    status.textContent = `Inserting templates needs ${REQUIRED_API.set} ${REQUIRED_API.version} (Excel 2019 or later, Microsoft 365 or Excel on the web). The LLMCOST functions still work in cells.`;
  }

  function select(template: TemplateSpec): void {
    selected = template;
    for (const [id, card] of cards) card.setAttribute("aria-pressed", String(id === template.id));
    options.hidden = false;
    options.innerHTML = "";
    for (const choice of template.choices) {
      const id = `choice-${choice.key}`;
      const select = el("select", { id, name: choice.key });
      for (const item of choiceList(choice.list)) select.append(el("option", { value: item, selected: item === choice.default }, item));
      options.append(el("div", { className: "field" }, el("label", { htmlFor: id }, choice.label), select));
    }
    const date = el("input", { id: "price-date", name: "priceDate", type: "date", value: todayIso(), required: true });
    const currency = el("input", { id: "currency", name: "currency", type: "text", value: "USD", maxLength: 3, autocomplete: "off" });
    const insert = el("button", { type: "submit", className: "primary", disabled: !supported }, "Insert sheet");
    options.append(
      el("div", { className: "field" }, el("label", { htmlFor: "price-date" }, "Price date"), date),
      el("div", { className: "field" }, el("label", { htmlFor: "currency" }, "Currency (rate set on the sheet, default 1)"), currency),
      insert,
    );
    status.className = "status";
    status.textContent = "";
  }

  options.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!selected) return;
    const form = new FormData(options);
    const choices: Record<string, string> = {};
    for (const choice of selected.choices) choices[choice.key] = String(form.get(choice.key) ?? choice.default);
    const button = options.querySelector<HTMLButtonElement>("button[type=submit]");
    if (button) button.disabled = true;
    status.className = "status";
    const progress = el("progress");
    progress.setAttribute("aria-label", "Inserting");
    status.replaceChildren(progress, el("span", {}, " Preparing…"));
    try {
      const renderOptions = { choices, priceDate: String(form.get("priceDate") || todayIso()), currency: String(form.get("currency") || "USD").toUpperCase() };
      const template = selected;
      renderTemplate(template, renderOptions); // a bad option fails here, before Excel is touched
      // Rendered again once the writer knows whether the workbook has an organisation price sheet ({PriceSheet}).
      const rendered = (workbook: { priceSheet: string }) => renderTemplate(template, { ...renderOptions, priceSheet: workbook.priceSheet });
      const result = await insertTemplateIntoWorkbook(rendered, (message) => status.replaceChildren(progress, el("span", {}, ` ${message}`)));
      status.className = "status ok";
      status.textContent = `Inserted "${result.sheets.join(", ")}". Checks: ${String(result.masterCheck ?? "recalculating")}.`;
    } catch (error) {
      status.className = "status error";
      status.textContent = error instanceof Error ? error.message : String(error);
    } finally {
      if (button) button.disabled = !supported;
    }
  });
}

function start(): void {
  const app = document.getElementById("app");
  const sources = document.getElementById("sources");
  if (sources) sources.textContent = `Sources — ${catalogDescription()}`;
  if (app) renderGallery(app, isInsertSupported());
  const tokenPanel = document.getElementById("token-panel");
  if (tokenPanel) renderTokenPanel(tokenPanel);
}

Office.onReady(() => start());
