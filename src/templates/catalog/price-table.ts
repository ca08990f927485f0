import { sheetText } from "../../i18n/sheet-text";
import { apiPriceFacts, finetuneRows, type ApiPriceFacts, isoToExcelSerial, pricePerMillion, resolveApiModel, SHEET_PRICE_TYPES } from "../../engine";
import { CHAT_MODELS, EMBEDDING_MODELS } from "../lists";
import { PRICE_SHEET_NAME, PRICE_SHEET_TABLE } from "../price-sheet";
import { DEFAULT_PRICE_DATE } from "../render";
import type { RowSpec, TemplateSpec } from "../types";

type ListedType = "input" | "output" | "cache_read" | "cache_write";
const CHAT_PRICE_TYPES: ListedType[] = ["input", "output", "cache_read", "cache_write"];

function providerOf(model: string): string {
  try {
    return resolveApiModel(model).provider.id;
  } catch {
    return "";
  }
}

/** Whether the catalog lists this price today: the sheet lists only prices a budget can be given. */
function listed(model: string, type: ListedType): boolean {
  try {
    pricePerMillion(model, type, DEFAULT_PRICE_DATE);
    return true;
  } catch {
    return false;
  }
}

function priceRow(model: string, type: ListedType): RowSpec {
  return {
    label: model,
    kind: "input",
    values: {
      price_type: type,
      usd_per_mtok: { catalogPrice: model, priceType: type },
      valid_from: { date: "priceDate" },
      provider: providerOf(model),
    },
    format: { price_type: "text", usd_per_mtok: "usdPerMtok", valid_from: "date", valid_to: "date", provider: "text" },
    validation: { price_type: [...SHEET_PRICE_TYPES] },
    unit: sheetText("usdPer1mTokens"),
    notes: sheetText("llmcostCatalogListPriceOnThe"),
  };
}

const rows: RowSpec[] = [
  ...CHAT_MODELS.flatMap((model) => CHAT_PRICE_TYPES.filter((type) => listed(model, type)).map((type) => priceRow(model, type))),
  ...EMBEDDING_MODELS.filter((model) => listed(model, "input")).map((model) => priceRow(model, "input")),
];
/**
 * Fine-tuning base models that can no longer be trained: shown as retired, with the day new runs ended, and never as
 * a price for the price date. They stay out of the table, so no formula takes them for a current price.
 */
const retiredRows: RowSpec[] = finetuneRows.flatMap((row) => (row.retired ? [{ model: row.base_model, ended: row.retired, provider: row.provider }] : [])).map(({ model, ended, provider }) => ({
  label: model,
  kind: "constant",
  values: { price_type: "training", usd_per_mtok: "retired", valid_to: isoToExcelSerial(ended), provider },
  format: { price_type: "text", usd_per_mtok: "text", valid_to: "date", provider: "text" },
  unit: sheetText("notPriced"),
  notes: sheetText("retiredNewFineTuningRunsEnded", { ended }),
}));

rows[0].key = "first";
rows[rows.length - 1].key = "last";

/**
 * The table's source line in the sheet's language: the API catalog's and the fine-tuning file's facts (versions, counts,
 * dates) as parameters of one sheet text (=LLMCOST.CATALOG() and the pane's sources line say the same facts in the
 * engine's English, with the sources the table does not use).
 */
export function priceTableSource(facts: ApiPriceFacts = apiPriceFacts()): string {
  const { scheduled, ...rest } = facts;
  return sheetText("priceTableSource", { ...rest, scheduledCount: scheduled.length, scheduled: scheduled.map(([date, models]) => `${date} (${models})`).join(", ") });
}

/**
 * The organisation price sheet: an Excel table (LlmcostPrices) in the layout LLMCOST's price_sheet argument reads,
 * pre-filled with the catalog's list prices on the price date and marked as such. Negotiated prices, validity dates
 * and internal models are edited or added as rows; a workbook-scoped name refers to the table so that templates
 * inserted later pass it to their LLMCOST formulas.
 */
export const priceTable: TemplateSpec = {
  id: "price-table",
  title: sheetText("organisationPriceSheet"),
  description: sheetText("yourPricesPer1mTokensPre", { name: PRICE_SHEET_NAME }),
  group: "reference",
  source: priceTableSource(),
  choices: [],
  sheets: [
    {
      name: sheetText("priceTable"),
      valueColumns: [
        { key: "price_type", header: "price_type" },
        { key: "usd_per_mtok", header: "usd_per_mtok" },
        { key: "valid_from", header: "valid_from" },
        { key: "valid_to", header: "valid_to" },
        { key: "provider", header: "provider" },
      ],
      sections: [
        {
          title: sheetText("pricesARowInForceOn"),
          kind: "inputs",
          table: PRICE_SHEET_TABLE,
          workbookName: PRICE_SHEET_NAME,
          headers: { label: "model" },
          rows,
        },
        {
          title: sheetText("retiredFineTuningBaseModelsNot"),
          kind: "inputs",
          rows: retiredRows,
        },
        {
          title: sheetText("checks"),
          kind: "checks",
          rows: [{ label: sheetText("noNegativePrices"), values: { usd_per_mtok: '=COUNTIF({first:usd_per_mtok}:{last:usd_per_mtok},"<0")=0' }, unit: "TRUE/FALSE", notes: sheetText("prices0") }],
        },
      ],
    },
  ],
};
