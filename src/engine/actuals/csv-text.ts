/** Whole-text CSV reading, kept for callers of the old module: the streaming reader does the work. */
export { detectDelimiter, readCsvRecords } from "./csv-stream";
export interface CsvRecord {
  line: number;
  fields: string[];
}
