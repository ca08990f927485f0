import { detectUsageFormat, headerOf, headerSignature, parseUsage, previewCsv, type CsvMapping, type CsvPreview, type ParseResult, type Rejection, type StreamResult, type UsageFormat } from "../engine/actuals";
import type { Language } from "../i18n/languages";
import { t } from "../i18n/messages";
import { excelDateTime, tableRow, type ImportStamp, type TableCell } from "../templates/actuals-table";

/**
 * The pane's import step without the DOM: read a file's text into rows, rejected records and (for CSV) the column
 * mapping, remembered per header layout. Nothing is written here; the pane writes only after the analyst confirms.
 */
export interface PreparedImport extends ParseResult {
  file: string;
  /** The replace key offered to the analyst (re-importing a month from this source replaces its rows). */
  source: string;
  csv?: CsvPreview;
  months: string[];
}

export interface MappingStore {
  get(signature: string): CsvMapping | undefined;
  set(signature: string, mapping: CsvMapping): void;
}

const STORAGE_PREFIX = "llmcost.csvMapping.";

/** Mappings kept in the pane's localStorage (on this machine only), one per header layout. */
export function storageMappingStore(storage: Pick<Storage, "getItem" | "setItem">): MappingStore {
  return {
    get(signature) {
      try {
        const text = storage.getItem(STORAGE_PREFIX + signature);
        return text ? (JSON.parse(text) as CsvMapping) : undefined;
      } catch {
        return undefined;
      }
    },
    set(signature, mapping) {
      try {
        storage.setItem(STORAGE_PREFIX + signature, JSON.stringify(mapping));
      } catch {
        // storage full or disabled: the mapping is asked again next time
      }
    },
  };
}

const SOURCES: Partial<Record<UsageFormat, string>> = {
  openai: "OpenAI usage API",
  anthropic: "Anthropic usage report",
  "openai-costs": "OpenAI costs API",
  "anthropic-cost": "Anthropic cost report",
  "anthropic-analytics": "Anthropic cost analytics",
};

export function defaultSource(format: UsageFormat, file: string): string {
  return SOURCES[format] ?? `${format === "focus" ? "FOCUS" : format === "lines" ? "Lines" : "CSV"} ${file}`;
}

/**
 * The CSV mapping to read a file with, from its first bytes (the pane reads only them before streaming the file):
 * the one given, else the one remembered for its header layout; undefined for JSON (no mapping).
 */
export function mappingFor(head: string, store: MappingStore, mapping?: CsvMapping): CsvMapping | undefined {
  if (mapping) return mapping;
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("{") || text.startsWith("[")) return undefined;
  return store.get(headerSignature(headerOf(head)));
}

/** A rejected record as the pane lists it, "where: why", in the pane's language. */
export function rejectionText(rejection: Pick<Rejection, "at" | "why">, language: Language | string): string {
  return t("pane.usage.rejection", { at: rejection.at, why: rejection.why }, language);
}

/** What the streamed reading of a file gives, ready for review (the pane's worker path). */
export function preparedFromResult(result: StreamResult, file: string): PreparedImport {
  const months = [...new Set(result.rows.map((row) => row.month.slice(0, 7)))].sort();
  return { ...result, file, source: defaultSource(result.format, file), months };
}

/** Parses a file's text; a CSV uses the mapping given, else the one remembered for its header layout, else the guess. */
export function prepareImport(text: string, file: string, format: UsageFormat | "auto", store: MappingStore, mapping?: CsvMapping): PreparedImport {
  const resolved = format === "auto" ? detectUsageFormat(text) : format;
  let csv: CsvPreview | undefined;
  let used = mapping;
  if (resolved === "csv") {
    const headers = previewCsv(text).headers;
    used = mapping ?? store.get(headerSignature(headers));
    csv = previewCsv(text, used);
    used = csv.mapping;
  }
  const parsed = parseUsage(text, resolved, used);
  const months = [...new Set(parsed.rows.map((row) => row.month.slice(0, 7)))].sort();
  return { ...parsed, file, source: defaultSource(resolved, file), ...(csv ? { csv } : {}), months };
}

/** Rows for the table, stamped with the source, file and time of the import; remembers a CSV mapping that worked. */
export function confirmImport(prepared: PreparedImport, source: string, store: MappingStore, now: Date = new Date()): TableCell[][] {
  if (prepared.csv && prepared.rows.length > 0) store.set(headerSignature(prepared.csv.headers), prepared.csv.mapping);
  const stamp: ImportStamp = { source: source.trim() || prepared.source, file: prepared.file, importedAt: excelDateTime(now) };
  return prepared.rows.map((row) => tableRow(row, stamp));
}
