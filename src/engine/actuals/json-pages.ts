import type { Message } from "../../i18n/catalog";
import { because, isReason, lineAt, rejection } from "./reasons";
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
      rejected.push(rejection(lineAt(index + 1), because("pane.usage.notJson", { detail: (error as Error).message }), index + 1));
    }
  });
  return { pages, rejected };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A token count field: a whole number ≥ 0, or 0 when absent or null; otherwise a reason. */
export function countField(record: Record<string, unknown>, field: string, prefix = ""): number | Message {
  const value = record[field];
  if (value === undefined || value === null) return 0;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) return because("pane.usage.notWholeCount", { field: prefix + field, value: String(JSON.stringify(value)) });
  return value;
}

/** Reads several count fields (named with `prefix` in a reason: "cache_creation."); the first bad one becomes the reason. */
export function countFields<K extends string>(record: Record<string, unknown>, fields: readonly K[], prefix = ""): Record<K, number> | Message {
  const out = {} as Record<K, number>;
  for (const field of fields) {
    const value = countField(record, field, prefix);
    if (typeof value !== "number") return value;
    out[field] = value;
  }
  return out;
}

export function textField(record: Record<string, unknown>, field: string): string | null {
  const value = record[field];
  return typeof value === "string" && value !== "" ? value : null;
}

/**
 * Walks the pages of a usage API answer: each page's `data` buckets, each bucket's `results`. `monthOf` reads a
 * bucket's month (null: not a bucket); `read` turns a result into a row or a reason. Unreadable parts are rejected
 * with their place ("page 1, bucket 2, result 3").
 */
export function readBuckets<Row>(
  pages: unknown[],
  rejected: Rejection[],
  monthOf: (bucket: Record<string, unknown>) => string | null,
  read: (result: unknown, month: string, location: Message) => Row | Message,
  what: { page: "openaiUsage" | "anthropicUsage" | "openaiCosts" | "anthropicCost"; bucket: string },
): Row[] {
  const rows: Row[] = [];
  pages.forEach((page, p) => {
    const where = { page: String(p + 1) };
    if (!isRecord(page) || !Array.isArray(page.data)) {
      rejected.push(rejection(because("pane.usage.at.page", where), because("pane.usage.notPage", { page: what.page })));
      return;
    }
    page.data.forEach((bucket, b) => {
      const at = { ...where, bucket: String(b + 1) };
      const month = isRecord(bucket) && Array.isArray(bucket.results) ? monthOf(bucket) : null;
      if (month === null) {
        rejected.push(rejection(because("pane.usage.at.bucket", at), because("pane.usage.notBucket", { field: what.bucket })));
        return;
      }
      ((bucket as Record<string, unknown>).results as unknown[]).forEach((result, r) => {
        const location = because("pane.usage.at.result", { ...at, result: String(r + 1) });
        const row = read(result, month, location);
        if (isReason(row)) rejected.push(rejection(location, row));
        else rows.push(row);
      });
    });
  });
  return rows;
}
