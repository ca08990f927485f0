import { catalogDescription, resolveApiModel } from "../../engine";
import { CHAT_MODELS, EMBEDDING_MODELS } from "../lists";
import type { RowSpec, TemplateSpec } from "../types";

function providerOf(model: string): string {
  try {
    return resolveApiModel(model).provider.id;
  } catch {
    return "";
  }
}

function priceRow(model: string): RowSpec {
  return {
    label: model,
    kind: "input",
    values: {
      provider: providerOf(model),
      input: { catalogPrice: model, priceType: "input" },
      output: { catalogPrice: model, priceType: "output" },
      cached: { catalogPrice: model, priceType: "cache_read" },
      asOf: { date: "priceDate" },
    },
    format: { provider: "text", input: "usdPerMtok", output: "usdPerMtok", cached: "usdPerMtok", asOf: "date" },
    unit: "USD per 1M tokens",
    notes: "LLMCOST catalog list price on the as-of date; overwrite with a negotiated price and say so here",
  };
}

/** An editable Excel table of catalog list prices on a date, for look-ups and negotiated prices. */
export const priceTable: TemplateSpec = {
  id: "price-table",
  title: "Model price table",
  description: "list prices per 1M tokens of popular models on the price date, as an editable Excel table",
  group: "reference",
  source: catalogDescription(),
  choices: [],
  sheets: [
    {
      name: "Price table",
      valueColumns: [
        { key: "provider", header: "Provider" },
        { key: "input", header: "Input" },
        { key: "output", header: "Output" },
        { key: "cached", header: "Cached input" },
        { key: "asOf", header: "As of" },
      ],
      sections: [
        {
          title: "Prices (values: edit freely; look up with XLOOKUP/INDEX-MATCH on the Model column)",
          kind: "inputs",
          table: "LlmcostPrices",
          headers: { label: "Model" },
          rows: [...CHAT_MODELS, ...EMBEDDING_MODELS].map(priceRow),
        },
        {
          title: "Checks",
          kind: "checks",
          rows: [{ label: "No negative prices", values: { input: '=COUNTIF({first:input}:{last:cached},"<0")=0' }, unit: "TRUE/FALSE", notes: "prices ≥ 0" }],
        },
      ],
    },
  ],
};

// First and last data rows for the check's range.
const rows = priceTable.sheets[0].sections[0].rows;
rows[0].key = "first";
rows[rows.length - 1].key = "last";
