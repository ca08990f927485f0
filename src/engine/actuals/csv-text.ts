/**
 * RFC 4180 CSV records with the line each starts on: quoted fields may hold commas, quotes ("") and line breaks;
 * CRLF, LF or CR end a record; a byte-order mark is dropped; blank lines are skipped. The delimiter is a comma,
 * or a semicolon or tab when the header line has more of those than commas (European spreadsheets save so).
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export function detectDelimiter(firstLine: string): string {
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const candidates = [",", ";", "\t"].sort((a, b) => count(b) - count(a));
  return count(candidates[0]) > 0 ? candidates[0] : ",";
}

export function readCsvRecords(text: string): { records: CsvRecord[]; error?: { line: number; reason: string } } {
  const body = text.replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(body.split(/\r\n|\n|\r/, 1)[0] ?? "");
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false; // the record has any character (blank lines are skipped)
  const endRecord = () => {
    fields.push(field);
    if (touched) records.push({ line: start, fields });
    fields = [];
    field = "";
    touched = false;
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n" || (ch === "\r" && body[i + 1] !== "\n")) line++;
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
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else {
      field += ch;
      touched = true;
    }
  }
  if (quoted) return { records, error: { line: start, reason: "a quoted field is never closed" } };
  endRecord();
  return { records };
}
