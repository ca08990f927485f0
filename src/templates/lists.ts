import { sheetText } from "../i18n/sheet-text";
import { finetuneRows, gpuIds, openModelIds } from "../engine";
import type { ChoiceList } from "./types";

/**
 * Drop-down lists for template inputs and the task pane. The API catalog holds hundreds of names; these are curated
 * popular current models (a test checks that each one resolves in the catalog). Excel limits a literal validation
 * list to 255 characters, which a test also checks.
 */
export const CHAT_MODELS = [
  "gpt-4.1-mini",
  "gpt-4.1",
  "gpt-4.1-nano",
  "gpt-4o-mini",
  "gpt-4o",
  "gpt-5",
  "gpt-5-mini",
  "gpt-5-nano",
  "o4-mini",
  "claude-sonnet-4-5",
  "claude-haiku-4-5",
  "claude-opus-4-1",
  "gemini-2.5-pro",
  "gemini-2.5-flash",
  "gemini-2.5-flash-lite",
  "mistral-large",
  "mistral-small",
  "deepseek-chat",
];

export const EMBEDDING_MODELS = ["text-embedding-3-small", "text-embedding-3-large", "text-embedding-ada-002", "gemini-embedding-001", "mistral-embed"];

/**
 * Base models with a fine-tuning (training) price in src/data/finetune-prices.json that can still be fine-tuned: a
 * retired base model (davinci-002, babbage-002: new runs ended 2024-10-28) is never offered as if current.
 */
export const FINETUNE_MODELS = finetuneRows.filter((row) => row.training_usd_per_mtok !== null && !row.retired).map((row) => row.base_model);
/** Retired fine-tuning base models and the day new runs ended. */
export const RETIRED_FINETUNE_MODELS: Record<string, string> = Object.fromEntries(finetuneRows.flatMap((row) => (row.retired ? [[row.base_model, row.retired]] : [])));

export const OPEN_MODEL_IDS = openModelIds();
export const GPU_IDS = gpuIds();
/** The scenario switch's values, in the sheet's language (every formula that compares them is rendered from the same sheet texts). */
export const SCENARIOS: readonly string[] = [sheetText("scenarioLow"), sheetText("scenarioBase"), sheetText("scenarioHigh")];

export function choiceList(list: ChoiceList): string[] {
  switch (list) {
    case "chatModels":
      return CHAT_MODELS;
    case "finetuneModels":
      return FINETUNE_MODELS;
    case "embeddingModels":
      return EMBEDDING_MODELS;
    case "openModels":
      return OPEN_MODEL_IDS;
    case "gpus":
      return GPU_IDS;
    case "scenarios":
      return [...SCENARIOS];
  }
}
