import { sheetText } from "../../i18n/sheet-text";
import type { RowSpec, SectionSpec } from "../types";
import { check, named, NOT_PRICED } from "./formulas";

/**
 * Rows shared by the message-writing use cases (acquisition outreach, win-back offers): one chat model writes one
 * message per request, and its output length is counted in words.
 */

/** The chat model picked in the pane (or typed), priced from the catalog. */
export function chatModelSection(): SectionSpec {
  return {
    title: sheetText("inputsModel"),
    kind: "inputs",
    rows: [{ key: "model", label: sheetText("chatModel"), values: { catalog: { choice: "model" } }, names: { catalog: "ApiModel" }, unit: sheetText("modelId"), notes: sheetText("pickFromTheListOrType") }],
  };
}

/** The month's API token cost of `{messages}` messages (named InferenceCost_Catalog). */
export function messageTokenCostRow(): RowSpec {
  return {
    key: "tokenCost",
    label: sheetText("apiTokenCostPerMonthMonth"),
    values: { catalog: named("LLMCOST.INFERENCE({model},{apiIn},{apiOut},{messages},{apiCached},{discount},{PriceDate},0,{PriceSheet})*{FxRate}*{tierMix}", NOT_PRICED) },
    names: { catalog: "InferenceCost_Catalog" },
    format: "moneyFx",
    unit: sheetText("currencyPerMonth"),
    notes: sheetText("llmcostInferenceModelInputOutputMessages"),
  };
}

/** A message with no words would cost nothing and say nothing: the sheet says so. */
export function messageOutputCheck(): RowSpec {
  return { label: sheetText("everyMessageHasOutput"), values: { catalog: check("{outPerReq}>0") }, unit: "TRUE/FALSE", notes: sheetText("wordsAndWordsPerTokenAre") };
}
