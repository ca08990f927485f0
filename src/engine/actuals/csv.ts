import { CSV_FIELD_LABELS, guessMapping, missingFields, type CsvField, type CsvMapping } from "./csv-mapping";
import { readCsvRecords } from "./csv-text";
import { aggregateMonthly, monthOfIsoText, monthOfUnixSeconds, providerOfModel, teamOrUnassigned } from "./normalise";
import type { ParseResult, Rejection, UsageRow } from "./types";

/** A number as spreadsheets export it: "1,234,567", "1 234", "$12.50", "12.5 USD"; null when empty; NaN when unreadable. */
export function readNumber(text: string): number | null {
  let t = text.trim().replace(/[\u00a0\u202f ]/g, "");
  if (t === "") return null;
  t = t.replace(/^[$€£¥]|(?:USD|EUR|GBP|\$)$/gi, "");
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return NaN;
  return Number(t);
}

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

function readRecord(fields: string[], mapping: CsvMapping, width: number): UsageRow | string {
  if (fields.length !== width) return `${fields.length} fields where the header has ${width}`;
  const cell = (field: CsvField) => (mapping[field] === undefined ? "" : (fields[mapping[field] as number] ?? ""));
  const month = readMonth(cell("date"));
  if (month === null) return `date "${cell("date").slice(0, 40)}" is not YYYY-MM-DD, YYYY-MM, an ISO timestamp or Unix seconds`;
  const model = cell("model").trim();
  if (model === "") return "no model";
  const counts = {} as Counts;
  for (const field of COUNT_FIELDS) {
    const value = readNumber(cell(field));
    if (value !== null && (!Number.isInteger(value) || value < 0)) return `${CSV_FIELD_LABELS[field]} "${cell(field).slice(0, 40)}" is not a whole number ≥ 0`;
    counts[field] = value ?? 0;
  }
  const inputTokens = mapping.uncachedInputTokens !== undefined ? counts.uncachedInputTokens + counts.cachedInputTokens : counts.inputTokens;
  if (counts.cachedInputTokens > inputTokens) return `cached input tokens (${counts.cachedInputTokens}) exceed input tokens (${inputTokens}), which include them`;
  const requests = readNumber(cell("requests"));
  if (requests !== null && (!Number.isInteger(requests) || requests < 0)) return `requests "${cell("requests").slice(0, 40)}" is not a whole number ≥ 0`;
  const billed = readNumber(cell("billedCost"));
  if (billed !== null && !Number.isFinite(billed)) return `billed cost "${cell("billedCost").slice(0, 40)}" is not a number`;
  const currency = cell("currency").trim().toUpperCase() || (billed !== null ? "USD" : "");
  return {
    month,
    provider: cell("provider").trim().toLowerCase() || providerOfModel(model),
    model: model.toLowerCase(),
    team: teamOrUnassigned(cell("team")),
    tier: readTier(cell("tier")),
    inputTokens,
    cachedInputTokens: counts.cachedInputTokens,
    cacheWriteTokens: counts.cacheWriteTokens,
    cacheWrite1hTokens: 0,
    outputTokens: counts.outputTokens,
    requests,
    webSearchRequests: 0,
    billedCost: billed,
    currency,
  };
}

export interface CsvPreview {
  headers: string[];
  /** The mapping used: the one given, else the recognised spellings. */
  mapping: CsvMapping;
  /** Fields the mapping still lacks; when any, no rows are read. */
  missing: string[];
}

/** Header row and mapping of a CSV text, without reading the rows (for the pane's mapping step). */
export function previewCsv(text: string, mapping?: CsvMapping): CsvPreview {
  const { records } = readCsvRecords(text);
  const headers = records[0]?.fields.map((h) => h.trim()) ?? [];
  const used = mapping ?? guessMapping(headers);
  return { headers, mapping: used, missing: headers.length === 0 ? ["a header row"] : missingFields(used) };
}

/**
 * Reads a CSV with a header row. Every record that cannot be read is rejected with its line number and reason,
 * never dropped; quoted fields keep their text exactly (a team "=HYPERLINK(…)" stays that text).
 */
export function parseUsageCsv(text: string, mapping?: CsvMapping): ParseResult & { preview: CsvPreview } {
  const { records, error } = readCsvRecords(text);
  const preview = previewCsv(text, mapping);
  const rejected: Rejection[] = [];
  const rows: UsageRow[] = [];
  if (preview.missing.length > 0) {
    rejected.push({ line: 1, location: "line 1 (header)", reason: `no column for: ${preview.missing.join("; ")} (map it in the pane, or rename the header)` });
  } else {
    for (const record of records.slice(1)) {
      const row = readRecord(record.fields, preview.mapping, preview.headers.length);
      if (typeof row === "string") rejected.push({ line: record.line, location: `line ${record.line}`, reason: row });
      else rows.push(row);
    }
  }
  if (error) rejected.push({ line: error.line, location: `line ${error.line}`, reason: `${error.reason}; the rest of the file is not read` });
  return { format: "csv", rows: aggregateMonthly(rows), rejected, warnings: [], preview };
}
