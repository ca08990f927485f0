import { describeError } from "../excel/excel-messages";
import { reviewPriceDates, type SheetPriceDates } from "../excel/price-date-review";
import type { Language } from "../i18n/language";
import { el } from "./dom";
import type { PriceDateStrings } from "./strings";

/**
 * The price-change view: for the open workbook, each sheet's pinned price date, its models, and what its LLMCOST cost
 * cells would show at today's prices. Read-only: it reads the workbook when asked and writes nothing; the analyst
 * moves a date on the sheet when they choose to.
 */

/** How the panel reaches the workbook: Excel.run in Office, the Excel double in tests and the preview. */
export type ReviewRun = (today: string) => Promise<SheetPriceDates[]>;

const officeReview: ReviewRun = (today) => Excel.run((context) => reviewPriceDates(context, today));

/** Cells listed per sheet before "… and N more". */
const MAX_CELLS = 12;

function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** A cell's value as the pane shows it: six significant digits, grouped (the cell's own currency and unit). */
function amount(value: number, language: Language): string {
  return value.toLocaleString(language === "ko" ? "ko-KR" : "en-US", { maximumSignificantDigits: 6 });
}

function change(before: number, after: number, s: PriceDateStrings, language: Language): string {
  if (Math.abs(after - before) <= 1e-12 * Math.max(1, Math.abs(before))) return s.unchanged;
  const share = before === 0 ? null : (after - before) / Math.abs(before);
  const signed = (after > before ? "+" : "−") + amount(Math.abs(after - before), language);
  return share === null ? signed : `${signed}, ${share > 0 ? "+" : "−"}${Math.abs(share * 100).toFixed(1)}%`;
}

function sheetBlock(review: SheetPriceDates, s: PriceDateStrings, language: Language): HTMLElement {
  const dates = review.priceDates.length > 0 ? review.priceDates.join(", ") : s.notPinned;
  const item = el("li", { className: "price-date-sheet" }, el("strong", {}, s.sheet(review.sheet, dates, review.models.join(", "))));
  item.dataset.sheet = review.sheet;
  const cells = el("ul", { className: "price-date-cells" });
  for (const cell of review.cells.slice(0, MAX_CELLS)) {
    const line = el("li", {}, s.cell(cell.address, cell.label, amount(cell.before, language), amount(cell.after, language), change(cell.before, cell.after, s, language)));
    line.dataset.address = cell.address;
    cells.append(line);
  }
  if (review.cells.length > MAX_CELLS) cells.append(el("li", {}, s.more(review.cells.length - MAX_CELLS)));
  item.append(cells);
  if (review.notRepriced > 0) item.append(el("p", { className: "note" }, s.notRepriced(review.notRepriced)));
  return item;
}

export function renderPriceChangePanel(container: HTMLElement, s: PriceDateStrings, language: Language, review: ReviewRun = officeReview, today: () => string = localToday): void {
  container.innerHTML = "";
  const button = el("button", { type: "button", className: "ms-Button" }, s.review);
  const status = el("p", { className: "status" });
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  const list = el("ul", { className: "price-date-sheets" });
  container.append(el("h2", {}, s.heading), el("p", { className: "note" }, s.intro(today())), button, status, list);

  button.addEventListener("click", async () => {
    button.disabled = true;
    status.className = "status";
    status.textContent = s.reviewing;
    list.replaceChildren();
    try {
      const sheets = await review(today());
      const changed = sheets.reduce((n, sheet) => n + sheet.cells.filter((c) => change(c.before, c.after, s, language) !== s.unchanged).length, 0);
      status.className = "status ok";
      status.textContent = sheets.length === 0 ? s.none : s.summary(sheets.length, changed);
      list.replaceChildren(...sheets.map((sheet) => sheetBlock(sheet, s, language)));
    } catch (error) {
      status.className = "status error";
      status.textContent = describeError(error, language);
    } finally {
      button.disabled = false;
    }
  });
}
