import type { Message, MessageId, Params } from "../../i18n/catalog";
import { render } from "../../i18n/messages";
import type { Rejection } from "./types";

/**
 * The importers' texts are messages (docs/i18n.md): a reader returns a reason as a message id with parameters, and
 * a rejection or warning keeps it (`at`, `why`, `notes`) beside its English text (`location`, `reason`, `warnings`:
 * what the CLI prints and the tests read). The pane renders the messages in its own language.
 */
export type UsageMessageId = Extract<MessageId, `pane.usage.${string}`>;

/** A reason or warning of the importers. Numbers are passed as text, so a locale does not group them. */
export const because = (id: UsageMessageId | "pane.import.onlyOneInput" | `pane.import.fields.${string}`, params?: Params): Message => (params ? { id: id as MessageId, params } : { id: id as MessageId });

/** A reader's answer that is a reason (a message), not a row. */
export const isReason = (value: unknown): value is Message => typeof value === "object" && value !== null && "id" in value;

export const lineAt = (line: number): Message => because("pane.usage.at.line", { line: String(line) });

/** A rejected record: where and why, as messages and in English. */
export function rejection(at: Message, why: Message, line?: number): Rejection {
  return { ...(line === undefined ? {} : { line }), location: render(at), reason: render(why), at, why };
}

/** Several messages (at least one) as one, "a; b; c" (or "a, b, c"), in whatever language it is rendered. */
export function listOf(items: Message[], joined: "pane.usage.list" | "pane.usage.listComma" = "pane.usage.list"): Message {
  if (items.length === 1) return items[0];
  return because(joined, { first: items[0], rest: listOf(items.slice(1), joined) });
}

/** The warnings of a result: the messages, and their English. */
export function warningsOf(notes: Message[]): { warnings: string[]; notes: Message[] } {
  return { warnings: notes.map((note) => render(note)), notes };
}

/** A text of the file quoted in a reason, cut short. */
export const excerpt = (text: string, length = 40): string => text.slice(0, length);
