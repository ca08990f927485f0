import type { Rejection } from "./types";

/**
 * The pages of a saved API answer: one page object, an array of pages, or one page per line (JSON Lines, as a
 * paging script appends them). A byte-order mark is ignored. Lines that are not JSON are rejected by number.
 */
export function readJsonPages(text: string): { pages: unknown[]; rejected: Rejection[] } {
  const body = text.replace(/^\uFEFF/, "");
  try {
    const whole = JSON.parse(body);
    return { pages: Array.isArray(whole) ? whole : [whole], rejected: [] };
  } catch {
    // Not one JSON document: try one page per line.
  }
  const pages: unknown[] = [];
  const rejected: Rejection[] = [];
  body.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    try {
      pages.push(JSON.parse(line));
    } catch (error) {
      rejected.push({ line: index + 1, location: `line ${index + 1}`, reason: `not JSON (${(error as Error).message})` });
    }
  });
  return { pages, rejected };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A token count field: a whole number ≥ 0, or 0 when absent or null; otherwise a reason. */
export function countField(record: Record<string, unknown>, field: string): number | string {
  const value = record[field];
  if (value === undefined || value === null) return 0;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) return `${field} is ${JSON.stringify(value)}, not a whole number ≥ 0`;
  return value;
}

/** Reads several count fields; the first bad one becomes the reason. */
export function countFields<K extends string>(record: Record<string, unknown>, fields: readonly K[]): Record<K, number> | string {
  const out = {} as Record<K, number>;
  for (const field of fields) {
    const value = countField(record, field);
    if (typeof value === "string") return value;
    out[field] = value;
  }
  return out;
}

export function textField(record: Record<string, unknown>, field: string): string | null {
  const value = record[field];
  return typeof value === "string" && value !== "" ? value : null;
}
