import type { Message } from "../../i18n/catalog";
import { fieldLabel, guessMapping, missingFields, type CsvField, type CsvMapping } from "./csv-mapping";
import { CsvStream } from "./csv-stream";
import { readNumber } from "./numbers";
import { emptyRow, monthOfIsoText, monthOfUnixSeconds, providerOfModel, teamOrUnassigned } from "./normalise";
import { because, excerpt } from "./reasons";
import type { UsageRow } from "./types";

export { readNumber };

function readMonth(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{10}$/.test(trimmed)) return monthOfUnixSeconds(Number(trimmed));
  return monthOfIsoText(trimmed);
}

function readTier(text: string): string {
  const t = text.trim().toLowerCase();
  if (t === "" || t === "false" || t === "default" || t === "0") return "standard";
  if (t === "true" || t === "1") return "batch";
  return t;
}

type Counts = Record<"inputTokens" | "uncachedInputTokens" | "cachedInputTokens" | "cacheWriteTokens" | "outputTokens", number>;
const COUNT_FIELDS = ["inputTokens", "uncachedInputTokens", "cachedInputTokens", "cacheWriteTokens", "outputTokens"] as const;

function readRecord(fields: string[], mapping: CsvMapping, width: number): UsageRow | Message {
  if (fields.length !== width) return because("pane.usage.fieldCount", { fields: String(fields.length), width: String(width) });
  const cell = (field: CsvField) => (mapping[field] === undefined ? "" : (fields[mapping[field] as number] ?? ""));
  const month = readMonth(cell("date"));
  if (month === null) return because("pane.usage.csvBadDate", { text: excerpt(cell("date")) });
  const model = cell("model").trim();
  if (model === "") return because("pane.usage.csvNoModel");
  const counts = {} as Counts;
  for (const field of COUNT_FIELDS) {
    const value = readNumber(cell(field));
    if (value !== null && (!Number.isInteger(value) || value < 0)) return because("pane.usage.csvNotWholeCount", { field: fieldLabel(field), text: excerpt(cell(field)) });
    counts[field] = value ?? 0;
  }
  const inputTokens = mapping.uncachedInputTokens !== undefined ? counts.uncachedInputTokens + counts.cachedInputTokens : counts.inputTokens;
  if (counts.cachedInputTokens > inputTokens) return because("pane.usage.csvCachedExceeds", { cached: String(counts.cachedInputTokens), input: String(inputTokens) });
  const requests = readNumber(cell("requests"));
  if (requests !== null && (!Number.isInteger(requests) || requests < 0)) return because("pane.usage.csvBadRequests", { text: excerpt(cell("requests")) });
  const billed = readNumber(cell("billedCost"));
  if (billed !== null && !Number.isFinite(billed)) return because("pane.usage.csvBadBilled", { text: excerpt(cell("billedCost")) });
  const currency = cell("currency").trim().toUpperCase() || (billed !== null ? "USD" : "");
  return emptyRow({
    month,
    provider: cell("provider").trim().toLowerCase() || providerOfModel(model),
    model: model.toLowerCase(),
    team: teamOrUnassigned(cell("team")),
    tier: readTier(cell("tier")),
    inputTokens,
    cachedInputTokens: counts.cachedInputTokens,
    cacheWriteTokens: counts.cacheWriteTokens,
    outputTokens: counts.outputTokens,
    requests,
    billedCost: billed,
    currency,
  });
}

/** A row reader for one header layout and mapping (streaming: one record at a time). */
export function csvReader(headers: string[], mapping: CsvMapping): (fields: string[]) => UsageRow | Message {
  return (fields) => readRecord(fields, mapping, headers.length);
}

export interface CsvPreview {
  headers: string[];
  /** The mapping used: the one given, else the recognised spellings. */
  mapping: CsvMapping;
  /** Fields the mapping still lacks; when any, no rows are read. */
  missing: Message[];
}

/** The first record of a CSV text (its header), read from the text's start only. */
export function headerOf(text: string): string[] {
  let header: string[] | null = null;
  const stream = new CsvStream((fields) => {
    if (header === null) header = fields;
  });
  for (let at = 0; header === null && at < text.length; at += 65_536) stream.push(text.slice(at, at + 65_536));
  if (header === null) stream.end();
  return (header ?? ([] as string[])).map((h: string) => h.trim());
}

/** Header row and mapping of a CSV text, without reading the rows (for the pane's mapping step). */
export function previewCsv(text: string, mapping?: CsvMapping): CsvPreview {
  return previewOfHeaders(headerOf(text), mapping);
}

export function previewOfHeaders(headers: string[], mapping?: CsvMapping): CsvPreview {
  const used = mapping ?? guessMapping(headers);
  return { headers, mapping: used, missing: headers.length === 0 ? [because("pane.usage.headerRow")] : missingFields(used) };
}
