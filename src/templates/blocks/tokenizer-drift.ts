import { sheetText } from "../../i18n/sheet-text";
import { dataText } from "../data-text";
import { link } from "./link";
import { driverNote, forecastDriver } from "./drivers";
import type { FixedInput, UncertainDriver } from "./probability";

/**
 * Tokenizer drift as an uncertain driver (issue 20), shared by every risk sheet whose API model is a choice: Claude
 * Opus 4.7's tokenizer emits 1.0–1.35× the tokens of earlier Claude tokenizers for the same text
 * (src/data/forecast-drivers.json, sourced on the sheet), so token counts made with another tokenizer understate its
 * bill. The range is the data file's when the linked model is Opus 4.7 and 1 / 1 / 1 (no draw) for any other model.
 */
export const TOKENIZER_DRIFT = forecastDriver("tokenizer-drift-claude-opus-4-7");

/** TRUE when the linked model id is billed with the Opus 4.7 tokenizer (the catalog spells it with a dash or a dot). */
export const OPUS_47_TOKENIZER = '=OR(ISNUMBER(SEARCH("opus-4-7",{link})),ISNUMBER(SEARCH("opus-4.7",{link})))';

/** The driver (key "drift", × the sheet's token counts), reading the three fixed rows below. */
export const TOKENIZER_DRIFT_DRIVER: UncertainDriver = {
  key: "drift",
  label: sheetText("tokenizerDriftTheSheetSToken"),
  unit: sheetText("tokens"),
  format: "decimal",
  low: "={driftLow}",
  base: "={driftBase}",
  high: "={driftHigh}",
  notes: sheetText("claudeOpus47OnlyDriftNote", { source: driverNote(TOKENIZER_DRIFT) }),
};

/** The fixed rows the driver reads: whether the sheet's model (its named cell ApiModel) is Opus 4.7, and the range or 1. */
export function tokenizerDriftFixed(sheet: string): FixedInput[] {
  const d = TOKENIZER_DRIFT;
  const range = (key: string, label: string, value: number, notes: string): FixedInput => ({ key, label, value: `=IF({driftOn},${value},1)`, unit: sheetText("tokens"), format: "decimal", notes });
  return [
    { key: "driftOn", label: sheetText("apiModelBilledWithTheClaude"), value: link(sheet, "ApiModel", OPUS_47_TOKENIZER, "=FALSE()"), unit: "TRUE/FALSE", format: "general", notes: sheetText("linkedToTheSheetSApi") },
    range("driftLow", sheetText("tokenizerDriftLow"), d.low, sheetText("sentence", { text: d.applies_to ? dataText("forecastDriverAppliesToTokenizerDrift", d.applies_to) : d.label })),
    range("driftBase", sheetText("tokenizerDriftBase"), d.base, d.notes ? dataText("forecastDriverNotesTokenizerDrift", d.notes) : driverNote(d)),
    range("driftHigh", sheetText("tokenizerDriftHigh"), d.high, sheetText("anthropicClaudeOpus47Migration", { date: d.source_date })),
  ];
}
