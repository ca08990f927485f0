import { csvReader, previewOfHeaders, type CsvPreview } from "./csv";
import type { CsvMapping } from "./csv-mapping";
import { CsvStream } from "./csv-stream";
import { focusReader, focusVersion, type FocusRead, type FocusSkip } from "./focus";
import { UsageFold } from "./fold";
import { parseJsonUsage, detectJsonFormat } from "./json-formats";
import { isLinesHeader, linesReader } from "./lines-csv";
import type { Message } from "../../i18n/catalog";
import { because, isReason, lineAt, listOf, rejection, warningsOf } from "./reasons";
import type { ParseResult, Rejection, UsageFormat, UsageRow } from "./types";

/**
 * A usage file read as a stream, in one pass: `push` each chunk of text as it arrives (a File's stream in the pane's
 * worker, a read stream in the CLI), then `end` for the monthly lines. CSV files (gateway logs, FOCUS exports) are
 * folded row by row into their lines, so memory does not grow with the file; only the first
 * `REJECTIONS_KEPT` rejections are kept in full, the rest counted by reason (never dropped silently). Provider API
 * answers (JSON pages, small by nature) are gathered and read at the end.
 *
 * The format is the one given, else detected: JSON by its fields, FOCUS by its header (BilledCost, ChargeCategory,
 * ChargePeriodStart), else a CSV with a header row read through the column mapping.
 */
export const REJECTIONS_KEPT = 1_000;

export interface UsageStreamOptions {
  format?: UsageFormat;
  /** CSV column mapping; absent: the recognised spellings. */
  mapping?: CsvMapping;
}

export interface StreamResult extends ParseResult {
  csv?: CsvPreview;
  /** The FOCUS version the header shows (FOCUS files). */
  focusVersion?: string;
}

type RowRead = UsageRow | Message | FocusRead;

export class UsageStream {
  private mode: "unknown" | "json" | "csv" = "unknown";
  private readonly jsonParts: string[] = [];
  private csv: CsvStream | null = null;
  private reader: ((fields: string[]) => RowRead) | null = null;
  private headerRejection: Message | null = null;
  private format: UsageFormat | undefined;
  private preview: CsvPreview | undefined;
  private version: string | undefined;
  private readonly fold = new UsageFold();
  private readonly rejected: Rejection[] = [];
  /** Rejections past the first REJECTIONS_KEPT, counted by kind of reason (its id), with the first of each. */
  private readonly moreRejected = new Map<string, { count: number; why: Message }>();
  private readonly skipped = new Map<FocusSkip["what"], { rows: number; billed: number }>();
  /** Data records read so far (for a progress bar: with the bytes read, an estimate of what is left). */
  records = 0;

  constructor(private readonly options: UsageStreamOptions = {}) {
    this.format = options.format;
  }

  push(chunk: string): void {
    if (this.mode === "unknown") {
      const head = chunk.replace(/^\uFEFF/, "").trimStart();
      if (head === "") return;
      const json = this.format ? !["csv", "focus", "lines"].includes(this.format) : head.startsWith("{") || head.startsWith("[");
      this.mode = json ? "json" : "csv";
      if (!json) this.csv = new CsvStream((fields, line) => this.record(fields, line));
    }
    if (this.mode === "json") this.jsonParts.push(chunk);
    else this.csv?.push(chunk);
  }

  end(): StreamResult {
    if (this.mode === "json") {
      const text = this.jsonParts.join("");
      const format = this.format ?? detectJsonFormat(text);
      const parsed = parseJsonUsage(text, format);
      return { ...parsed, records: parsed.rows.length + parsed.rejected.length };
    }
    const error = this.csv?.end() ?? null;
    if (this.headerRejection) this.rejected.unshift(rejection(because("pane.usage.at.header"), this.headerRejection, 1));
    if (error) this.reject(error.line, because("pane.usage.restNotRead", { reason: error.reason }));
    const rejected = [...this.rejected, ...[...this.moreRejected.values()].map(({ count, why }) => rejection(because("pane.usage.at.more", { count: String(count) }), why))];
    const notes = [...this.skipped].map(([what, s]) => because("pane.usage.skipped", { rows: String(s.rows), what, billed: s.billed.toFixed(2) }));
    return {
      format: this.format ?? "csv",
      rows: this.fold.rows(),
      rejected,
      ...warningsOf(notes),
      records: this.records,
      ...(this.preview ? { csv: this.preview } : {}),
      ...(this.version ? { focusVersion: this.version } : {}),
    };
  }

  private record(fields: string[], line: number): void {
    if (this.reader === null && this.headerRejection === null) {
      this.header(fields.map((h) => h.trim()));
      return;
    }
    if (this.reader === null) return; // the header could not be read: nothing is
    this.records++;
    const row = this.reader(fields);
    if (isReason(row)) this.reject(line, row);
    else if ("skipped" in row) {
      const s = this.skipped.get(row.what) ?? { rows: 0, billed: 0 };
      s.rows++;
      s.billed += row.billed;
      this.skipped.set(row.what, s);
    } else this.fold.add(row);
  }

  private header(headers: string[]): void {
    if ((this.format === undefined || this.format === "lines") && isLinesHeader(headers)) {
      this.format = "lines";
      this.reader = linesReader(headers);
      return;
    }
    if (this.format === "lines") {
      this.headerRejection = because("pane.usage.notLines");
      return;
    }
    const version = this.format === "csv" ? null : focusVersion(headers);
    if (version !== null) {
      this.format = "focus";
      this.version = version;
      this.reader = focusReader(headers);
      return;
    }
    if (this.format === "focus") {
      this.headerRejection = because("pane.usage.notFocus");
      return;
    }
    this.format = "csv";
    this.preview = previewOfHeaders(headers, this.options.mapping);
    if (this.preview.missing.length > 0) {
      this.headerRejection = because("pane.usage.noColumnFor", { fields: listOf(this.preview.missing) });
      return;
    }
    this.reader = csvReader(headers, this.preview.mapping);
  }

  private reject(line: number, why: Message): void {
    if (this.rejected.length < REJECTIONS_KEPT) this.rejected.push(rejection(lineAt(line), why, line));
    else {
      const more = this.moreRejected.get(why.id);
      if (more) more.count++;
      else this.moreRejected.set(why.id, { count: 1, why });
    }
  }
}

/**
 * Reads a CSV with a header row in one streaming pass. Every record that cannot be read is rejected with its line
 * number and reason, never dropped; quoted fields keep their text exactly (a team "=HYPERLINK(…)" stays that text).
 */
export function parseUsageCsv(text: string, mapping?: CsvMapping): ParseResult & { preview: CsvPreview } {
  const stream = new UsageStream({ format: "csv", mapping });
  stream.push(text);
  const result = stream.end();
  return { ...result, preview: result.csv ?? previewOfHeaders([], mapping) };
}
