import { BASE_CURRENCY, CURRENCIES, findCurrency, type RenderOptions } from "../templates";
import type { CurrencyStrings } from "./strings";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The pane's currency choice: a currency from the list and, for any currency but USD, the USD → currency rate with
 * its date and source. The rate is required (the catalog's prices are USD; a rate of 1 would only relabel them), so
 * the pane asks for it instead of inserting.
 */

export type CurrencyOptions = Pick<RenderOptions, "currency" | "fxRate" | "fxDate" | "fxSource">;

function field(label: string, control: HTMLInputElement | HTMLSelectElement): HTMLDivElement {
  const wrapper = document.createElement("div");
  wrapper.className = "field";
  const caption = document.createElement("label");
  caption.htmlFor = control.id;
  caption.textContent = label;
  wrapper.append(caption, control);
  return wrapper;
}

function input(id: string, name: string, type: string): HTMLInputElement {
  const node = document.createElement("input");
  Object.assign(node, { id, name, type, autocomplete: "off" });
  return node;
}

/** The currency select and the rate fields (shown for a currency other than USD). `rateDate`: the default date. */
export function currencyFields(rateDate: string, s: CurrencyStrings): HTMLFieldSetElement {
  const fieldset = document.createElement("fieldset");
  fieldset.className = "currency";
  const legend = document.createElement("legend");
  legend.textContent = s.legend;
  const select = document.createElement("select");
  Object.assign(select, { id: "currency", name: "currency" });
  for (const currency of CURRENCIES) select.append(new Option(`${currency.code} — ${s.name(currency.code, currency.name)} (${currency.symbol})`, currency.code, currency.code === BASE_CURRENCY, currency.code === BASE_CURRENCY));
  const rate = input("fx-rate", "fxRate", "number");
  Object.assign(rate, { min: "0", step: "any", inputMode: "decimal" });
  // ISO text, not <input type=date>: the browser would show the date in its own locale, unlike the sheets.
  const date = input("fx-date", "fxDate", "text");
  Object.assign(date, { value: rateDate, placeholder: "YYYY-MM-DD", pattern: ISO_DATE.source });
  const source = input("fx-source", "fxSource", "text");
  source.placeholder = s.rateSourcePlaceholder;
  const rateLabel = field(s.ratePer(select.value), rate);
  const rateGroup = document.createElement("div");
  rateGroup.className = "fx";
  rateGroup.append(rateLabel, field(s.rateDate, date), field(s.rateSource, source));
  const note = document.createElement("p");
  note.className = "hint";
  const update = () => {
    const code = select.value;
    const usd = code === BASE_CURRENCY;
    rateGroup.hidden = usd;
    (rateLabel.querySelector("label") as HTMLLabelElement).textContent = s.ratePer(code);
    note.textContent = usd ? s.usdNote : s.fxNote(code);
  };
  select.addEventListener("change", update);
  update();
  fieldset.append(legend, field(s.currency, select), rateGroup, note);
  return fieldset;
}

/** The chosen currency as render options, or a message asking for what is missing (never a silent rate of 1). */
export function readCurrencyChoice(form: FormData, s: CurrencyStrings): { options: CurrencyOptions } | { error: string } {
  const code = String(form.get("currency") ?? BASE_CURRENCY);
  const currency = findCurrency(code);
  if (!currency) return { error: s.unknown(code) };
  if (currency.code === BASE_CURRENCY) return { options: { currency: currency.code } };
  const text = String(form.get("fxRate") ?? "").trim();
  const rate = Number(text);
  if (text === "" || !Number.isFinite(rate) || rate <= 0) return { error: s.rateMissing(currency.code) };
  const fxDate = String(form.get("fxDate") ?? "").trim() || undefined;
  if (fxDate && !ISO_DATE.test(fxDate)) return { error: s.rateDateInvalid(fxDate) };
  const fxSource = String(form.get("fxSource") ?? "").trim() || undefined;
  return { options: { currency: currency.code, fxRate: rate, fxDate, fxSource } };
}
