import type { RowSpec, SectionSpec } from "../types";
import { check, named, NOT_PRICED } from "./formulas";

/**
 * Rows shared by the message-writing use cases (acquisition outreach, win-back offers): one chat model writes one
 * message per request, and its output length is counted in words.
 */

/** The chat model picked in the pane (or typed), priced from the catalog. */
export function chatModelSection(): SectionSpec {
  return {
    title: "Inputs — model",
    kind: "inputs",
    rows: [{ key: "model", label: "Chat model", values: { catalog: { choice: "model" } }, unit: "model id", notes: "Pick from the list or type any catalog id (=LLMCOST.MODELS())." }],
  };
}

/** The month's API token cost of `{messages}` messages (named InferenceCost_Catalog). */
export function messageTokenCostRow(): RowSpec {
  return {
    key: "tokenCost",
    label: "API token cost per month (month 1)",
    values: { catalog: named("LLMCOST.INFERENCE({model},{apiIn},{apiOut},{messages},{apiCached},{discount},{PriceDate},0,{PriceSheet})*{FxRate}", NOT_PRICED) },
    names: { catalog: "InferenceCost_Catalog" },
    format: "moneyFx",
    unit: "{currency} per month",
    notes: "LLMCOST.INFERENCE(model, input, output, messages, cached, discount, date)",
  };
}

/** A message with no words would cost nothing and say nothing: the sheet says so. */
export function messageOutputCheck(): RowSpec {
  return { label: "Every message has output", values: { catalog: check("{outPerReq}>0") }, unit: "TRUE/FALSE", notes: "words and words per token are positive" };
}
