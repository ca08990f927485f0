import { BASE_CURRENCY, CURRENCIES, findCurrency, type RenderOptions } from "../templates";

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
export function currencyFields(rateDate: string): HTMLFieldSetElement {
  const fieldset = document.createElement("fieldset");
  fieldset.className = "currency";
  const legend = document.createElement("legend");
  legend.textContent = "Currency of the sheet's money";
  const select = document.createElement("select");
  Object.assign(select, { id: "currency", name: "currency" });
  for (const currency of CURRENCIES) select.append(new Option(`${currency.code} — ${currency.name} (${currency.symbol})`, currency.code, currency.code === BASE_CURRENCY, currency.code === BASE_CURRENCY));
  const rate = input("fx-rate", "fxRate", "number");
  Object.assign(rate, { min: "0", step: "any", inputMode: "decimal" });
  const date = input("fx-date", "fxDate", "date");
  date.value = rateDate;
  const source = input("fx-source", "fxSource", "text");
  source.placeholder = "e.g. central bank reference rate";
  const rateLabel = field("USD → currency rate", rate);
  const rateGroup = document.createElement("div");
  rateGroup.className = "fx";
  rateGroup.append(rateLabel, field("Rate date", date), field("Rate source", source));
  const note = document.createElement("p");
  note.className = "hint";
  const update = () => {
    const code = select.value;
    const usd = code === BASE_CURRENCY;
    rateGroup.hidden = usd;
    (rateLabel.querySelector("label") as HTMLLabelElement).textContent = `${code} per 1 USD`;
    note.textContent = usd ? "Amounts are the catalog's USD list prices." : `Amounts will be USD list prices × this rate, formatted in ${code}; the rate, its date and source go on the sheet.`;
  };
  select.addEventListener("change", update);
  update();
  fieldset.append(legend, field("Currency", select), rateGroup, note);
  return fieldset;
}

/** The chosen currency as render options, or a message asking for what is missing (never a silent rate of 1). */
export function readCurrencyChoice(form: FormData): { options: CurrencyOptions } | { error: string } {
  const code = String(form.get("currency") ?? BASE_CURRENCY);
  const currency = findCurrency(code);
  if (!currency) return { error: `Unknown currency "${code}".` };
  if (currency.code === BASE_CURRENCY) return { options: { currency: currency.code } };
  const text = String(form.get("fxRate") ?? "").trim();
  const rate = Number(text);
  if (text === "" || !Number.isFinite(rate) || rate <= 0) return { error: `Enter the USD → ${currency.code} rate (how many ${currency.code} one US dollar buys): amounts are USD list prices × this rate.` };
  const fxDate = String(form.get("fxDate") ?? "").trim() || undefined;
  const fxSource = String(form.get("fxSource") ?? "").trim() || undefined;
  return { options: { currency: currency.code, fxRate: rate, fxDate, fxSource } };
}
