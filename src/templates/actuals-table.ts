/** i18n:sheets ignore-file: the actuals table's headers are its data's column names, read back by the import. */
import { isoToExcelSerial } from "../engine/dates";
import type { UsageRow } from "../engine/actuals/types";

/**
 * The `LlmcostActuals` Excel table: its columns, and the workbook names over each column's data that the
 * budget-vs-actual sheet reads (plain ranges, so that Excel and HyperFormula both evaluate them; the import rewrites
 * them whenever the table changes size). Pure: no Office.js here.
 */
export const ACTUALS_TABLE = "LlmcostActuals";
export const ACTUALS_SHEET = "LLMCOST Actuals";

export interface ActualsColumn {
  header: string;
  /** Workbook name over the column's data, or undefined for columns the sheet does not read. */
  name?: string;
  kind: "month" | "text" | "count" | "money" | "timestamp";
}

export const ACTUALS_COLUMNS: readonly ActualsColumn[] = [
  { header: "Month", name: "LlmcostActuals_Month", kind: "month" },
  { header: "Provider", name: "LlmcostActuals_Provider", kind: "text" },
  { header: "Model", name: "LlmcostActuals_Model", kind: "text" },
  { header: "Team", name: "LlmcostActuals_Team", kind: "text" },
  { header: "Tier", name: "LlmcostActuals_Tier", kind: "text" },
  { header: "Input tokens (incl. cached)", name: "LlmcostActuals_Input", kind: "count" },
  { header: "Cached input tokens", name: "LlmcostActuals_Cached", kind: "count" },
  { header: "Cache-write tokens (5 min)", name: "LlmcostActuals_CacheWrite", kind: "count" },
  { header: "Cache-write tokens (1 h)", name: "LlmcostActuals_CacheWrite1h", kind: "count" },
  { header: "Output tokens", name: "LlmcostActuals_Output", kind: "count" },
  { header: "Requests", name: "LlmcostActuals_Requests", kind: "count" },
  { header: "Web searches", name: "LlmcostActuals_WebSearches", kind: "count" },
  { header: "Billed cost", name: "LlmcostActuals_Billed", kind: "money" },
  { header: "Currency", name: "LlmcostActuals_Currency", kind: "text" },
  { header: "Source", name: "LlmcostActuals_Source", kind: "text" },
  { header: "File", kind: "text" },
  { header: "Imported at", kind: "timestamp" },
  { header: "Line key", name: "LlmcostActuals_Key", kind: "text" },
  // Added for the bill (FOCUS and the providers' cost reports); a table of the 18 columns above is widened in place.
  { header: "Region", name: "LlmcostActuals_Region", kind: "text" },
  { header: "Speed", name: "LlmcostActuals_Speed", kind: "text" },
  { header: "Charge", name: "LlmcostActuals_Charge", kind: "text" },
  { header: "List cost (provider)", name: "LlmcostActuals_ListCost", kind: "money" },
  { header: "Contracted cost", name: "LlmcostActuals_Contracted", kind: "money" },
  { header: "Effective cost", name: "LlmcostActuals_Effective", kind: "money" },
  { header: "Invoiced cost", name: "LlmcostActuals_Invoiced", kind: "money" },
  { header: "Billing period", name: "LlmcostActuals_BillingMonth", kind: "month" },
  { header: "Invoice", kind: "text" },
];
/** The columns of the table before the bill was read (a table with exactly these is widened, its rows kept). */
export const ACTUALS_HEADERS_BEFORE_BILL = ACTUALS_COLUMNS.slice(0, 18).map((column) => column.header);
export const ACTUALS_HEADERS = ACTUALS_COLUMNS.map((column) => column.header);
const SOURCE_COLUMN = ACTUALS_HEADERS.indexOf("Source");
const MONTH_COLUMN = ACTUALS_HEADERS.indexOf("Month");

export const ACTUALS_FORMATS: Record<ActualsColumn["kind"], string> = {
  month: "yyyy-mm",
  text: "General",
  count: "#,##0",
  money: "#,##0.00",
  timestamp: "yyyy-mm-dd hh:mm",
};

/** A cell value as the table holds it (what Office.js reads back): text, number, or "" for empty. */
export type TableCell = string | number | boolean;

export interface ImportStamp {
  /** The replace key: re-importing a month from the same source replaces that month's rows of that source. */
  source: string;
  file: string;
  /** Excel serial date-time of the import. */
  importedAt: number;
}

/** A normalised usage row as one table row (values, before text escaping). */
export function tableRow(row: UsageRow, stamp: ImportStamp): TableCell[] {
  return [
    isoToExcelSerial(row.month),
    row.provider,
    row.model,
    row.team,
    row.tier,
    row.inputTokens,
    row.cachedInputTokens,
    row.cacheWriteTokens,
    row.cacheWrite1hTokens,
    row.outputTokens,
    row.requests ?? "",
    row.webSearchRequests,
    row.billedCost ?? "",
    row.currency,
    stamp.source,
    stamp.file,
    stamp.importedAt,
    lineKey(row),
    row.region,
    row.speed,
    row.charge,
    row.listCost ?? "",
    row.contractedCost ?? "",
    row.effectiveCost ?? "",
    row.invoicedCost,
    row.billingMonth ? isoToExcelSerial(row.billingMonth) : "",
    row.invoiceId,
  ];
}

/** Default values of the columns added for the bill, for rows of a table written before them. */
export const BILL_COLUMN_DEFAULTS: TableCell[] = ["", "standard", "usage", "", "", "", 0, "", ""];

/**
 * The key the budget-vs-actual sheet sums a line by: a hash of month, provider, model, team, tier, and region, speed
 * and charge kind where they are not the defaults (so that keys written before those existed stay the same),
 * compared case-insensitively, as SUMIFS does. A hash, not the texts: a SUMIFS criterion reads a leading =, <, > as
 * an operator and *, ?, ~ as wildcards, and Excel refuses criteria over 255 characters.
 */
export function lineKey(fields: { month: string; provider: string; model: string; team: string; tier: string; region?: string; speed?: string; charge?: string }): string {
  const extra = [fields.region ?? "", (fields.speed ?? "standard") === "standard" ? "" : (fields.speed as string), (fields.charge ?? "usage") === "usage" ? "" : (fields.charge as string)];
  const parts = [fields.month, fields.provider, fields.model, fields.team, fields.tier, ...(extra.some(Boolean) ? extra : [])];
  const text = parts.map((part) => part.toLowerCase()).join("\u0000");
  return `k${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193)}`;
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Excel's serial date-time of a JavaScript time (UTC). */
export function excelDateTime(time: Date): number {
  return time.getTime() / 86_400_000 + 25569;
}

const sameText = (a: TableCell, b: string) => String(a).trim().toLowerCase() === b.trim().toLowerCase();
const isBlankRow = (row: TableCell[]) => row.every((cell) => cell === "" || cell === null);

/**
 * The table's rows after an import: existing rows, except those of the same source in a month the import covers,
 * then the imported rows. Excel's empty-table placeholder row (all blank) is dropped. Idempotent: importing the same
 * file twice gives the same rows as once.
 */
export function mergeActuals(existing: TableCell[][], imported: TableCell[][], source: string): { rows: TableCell[][]; replaced: number } {
  const months = new Set(imported.map((row) => Number(row[MONTH_COLUMN])));
  const kept = existing.filter((row) => !isBlankRow(row) && !(sameText(row[SOURCE_COLUMN], source) && months.has(Number(row[MONTH_COLUMN]))));
  const replaced = existing.filter((row) => !isBlankRow(row)).length - kept.length;
  return { rows: [...kept, ...imported], replaced };
}

/**
 * A cell as written through Office.js `values`: every text gets Excel's quote prefix ('), so that a text starting
 * with =, +, -, @, a tab or a carriage return (or looking like a number or date) is stored and shown exactly as the
 * file wrote it, never run as a formula. The apostrophe is not part of the value Excel keeps or shows.
 */
export function asWritten(cell: TableCell): TableCell {
  return typeof cell === "string" && cell !== "" ? `'${cell}` : cell;
}
