import type { Message } from "../../i18n/catalog";
import { because } from "./reasons";

/**
 * RFC 4180 CSV read as a stream: text arrives in chunks of any size (a File's stream, a Node read stream) and each
 * complete record is handed on at once with the line it starts on, so nothing but the current partial record is
 * kept. Quoted fields may hold the delimiter, quotes ("") and line breaks, also across chunk boundaries; CRLF, LF or
 * CR end a record; a byte-order mark is dropped; blank lines are skipped. The delimiter is a comma, or a semicolon
 * or tab when the header line has more of those than commas (European spreadsheets save so).
 *
 * Speed: a line without a quote is split in one call (the common case of logs and billing exports); only lines with
 * a quote go through the character-by-character state machine.
 */
export type RecordSink = (fields: string[], line: number) => void;

export interface CsvStreamError {
  line: number;
  reason: Message;
}

/** A quoted field still open after this much text is taken as never closed (the rest of the file is not read). */
const MAX_OPEN_QUOTE = 16 * 1024 * 1024;

export function detectDelimiter(firstLine: string): string {
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const candidates = [",", ";", "\t"].sort((a, b) => count(b) - count(a));
  return count(candidates[0]) > 0 ? candidates[0] : ",";
}

export class CsvStream {
  private pending = "";
  private line = 1;
  private delimiter: string | null = null;
  private crOnly: boolean | null = null;
  private started = false;
  private error: CsvStreamError | null = null;

  constructor(private readonly sink: RecordSink) {}

  push(chunk: string): void {
    if (this.error || chunk === "") return;
    if (!this.started) {
      this.started = true;
      chunk = chunk.replace(/^\uFEFF/, "");
    }
    if (this.crOnly === null) {
      // A file whose records end with CR alone (old Mac exports) has its CRs read as line feeds; decided at the
      // first line break seen whole (a chunk may end between a CR and its LF).
      const text = this.pending + chunk;
      const brk = text.search(/\r|\n/);
      if (brk < 0 || (text[brk] === "\r" && brk + 1 === text.length)) {
        this.pending = text;
        return;
      }
      this.crOnly = text[brk] === "\r" && text[brk + 1] !== "\n";
      this.pending = "";
      chunk = text;
    }
    if (this.crOnly) chunk = chunk.replace(/\r/g, "\n");
    this.consume(this.pending + chunk, false);
  }

  /** Reads the last record (a file need not end with a line break); returns the error that stopped the reading, if any. */
  end(): CsvStreamError | null {
    if (!this.error && this.pending !== "") this.consume(this.pending, true);
    this.pending = "";
    return this.error;
  }

  private consume(buffer: string, final: boolean): void {
    if (this.delimiter === null) {
      const firstBreak = buffer.search(/\r|\n/);
      if (firstBreak < 0 && !final) {
        this.pending = buffer;
        return;
      }
      this.delimiter = detectDelimiter(firstBreak < 0 ? buffer : buffer.slice(0, firstBreak));
    }
    const delimiter = this.delimiter;
    let pos = 0;
    const length = buffer.length;
    let quote = -2; // where the next quote is (−1: none left), found once and reused until passed
    while (pos < length) {
      let nl = buffer.indexOf("\n", pos);
      if (nl < 0) {
        if (!final) break;
        nl = length;
      }
      if (quote !== -1 && quote < pos) quote = buffer.indexOf('"', pos);
      if (quote < 0 || quote > nl) {
        let end = nl;
        if (end > pos && buffer.charCodeAt(end - 1) === 13) end--;
        if (end > pos) this.sink(buffer.slice(pos, end).split(delimiter), this.line);
        this.line++;
        pos = nl + 1;
        continue;
      }
      const next = this.quotedRecord(buffer, pos, final);
      if (next < 0) break; // the record continues in the next chunk
      pos = next;
      if (this.error) return;
    }
    this.pending = pos < length ? buffer.slice(pos) : "";
    if (!final && this.pending.length > MAX_OPEN_QUOTE) {
      this.error = { line: this.line, reason: because("pane.usage.unclosedQuote") };
      this.pending = "";
    }
  }

  /** Reads one record that holds a quote, from `start`; returns where the next record starts, or −1 when the buffer ends first. */
  private quotedRecord(buffer: string, start: number, final: boolean): number {
    const delimiter = this.delimiter as string;
    const fields: string[] = [];
    let field = "";
    let quoted = false;
    let touched = false;
    let breaks = 0;
    let i = start;
    for (; i < buffer.length; i++) {
      const ch = buffer[i];
      if (quoted) {
        if (ch === '"') {
          if (buffer[i + 1] === '"') {
            field += '"';
            i++;
          } else if (i + 1 === buffer.length && !final) return -1; // "" may be split across chunks
          else quoted = false;
        } else {
          if (ch === "\n") breaks++;
          field += ch;
        }
        continue;
      }
      if (ch === '"' && field === "") {
        quoted = true;
        touched = true;
      } else if (ch === delimiter) {
        fields.push(field);
        field = "";
        touched = true;
      } else if (ch === "\n" || ch === "\r") {
        if (ch === "\r" && buffer[i + 1] === "\n") i++;
        else if (ch === "\r" && i + 1 === buffer.length && !final) return -1;
        fields.push(field);
        if (touched) this.sink(fields, this.line);
        this.line += breaks + 1;
        return i + 1;
      } else {
        field += ch;
        touched = true;
      }
    }
    if (!final) return -1;
    if (quoted) {
      this.error = { line: this.line, reason: because("pane.usage.unclosedQuote") };
      return buffer.length;
    }
    fields.push(field);
    if (touched) this.sink(fields, this.line);
    this.line += breaks + 1;
    return buffer.length;
  }
}

/** Every record of a whole text (small files: budgets, previews), with the first error if any. */
export function readCsvRecords(text: string): { records: { line: number; fields: string[] }[]; error?: CsvStreamError } {
  const records: { line: number; fields: string[] }[] = [];
  const stream = new CsvStream((fields, line) => records.push({ line, fields }));
  stream.push(text);
  const error = stream.end();
  return error ? { records, error } : { records };
}
