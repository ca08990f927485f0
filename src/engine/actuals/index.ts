import type { CsvMapping } from "./csv-mapping";
import { detectJsonFormat } from "./json-formats";
import { UsageStream, type StreamResult } from "./stream";
import type { UsageFormat } from "./types";

export * from "./types";
export { parseOpenAiUsage } from "./openai";
export { parseAnthropicUsage } from "./anthropic";
export { parseOpenAiCosts, parseAnthropicCostReport, parseAnthropicAnalyticsCost } from "./cost-reports";
export { previewCsv, headerOf, readNumber, type CsvPreview } from "./csv";
export { parseUsageCsv } from "./stream";
export { CSV_FIELDS, fieldLabel, guessMapping, headerSignature, missingFields, type CsvField, type CsvMapping } from "./csv-mapping";
export { aggregateMonthly, monthOfIsoText } from "./normalise";
export { UsageFold } from "./fold";
export { CsvStream } from "./csv-stream";
export { UsageStream, REJECTIONS_KEPT, type StreamResult, type UsageStreamOptions } from "./stream";
export { LINE_COLUMNS, linesToCsv, isLinesHeader } from "./lines-csv";
export { because, isReason, listOf, rejection } from "./reasons";
export { focusVersion, tokenUnitSize, tokenKindOf, modelFromMeter } from "./focus";

/** The format of a usage file from its content: provider API answers by their fields; FOCUS by its header; else CSV. */
export function detectUsageFormat(text: string): UsageFormat {
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("{") || head.startsWith("[")) return detectJsonFormat(text);
  const stream = new UsageStream();
  stream.push(text.slice(0, 65_536).split(/\r?\n/, 1)[0] + "\n");
  return stream.end().format;
}

/** Parses a whole usage text in the given (or detected) format, in one streaming pass. */
export function parseUsage(text: string, format?: UsageFormat, mapping?: CsvMapping): StreamResult {
  const stream = new UsageStream({ format, mapping });
  stream.push(text);
  return stream.end();
}
