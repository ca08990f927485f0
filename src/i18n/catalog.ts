/**
 * One catalog per language: message id → ICU MessageFormat text (https://unicode-org.github.io/icu/userguide/format_parse/messages/).
 * A language folder's files each hold one face's messages (errors.json, pane.json, sheets.json) as flat key → text; the
 * id of a message is "<file>.<key>", e.g. "errors.mustBeNumber", "pane.import.title" or "sheets.activeCustomers".
 */
import type errors from "./en/errors.json";
import type pane from "./en/pane.json";
import type sheets from "./en/sheets.json";

export type MessageId = `errors.${keyof typeof errors & string}` | `pane.${keyof typeof pane & string}` | `sheets.${keyof typeof sheets & string}`;
export type ErrorId = Extract<MessageId, `errors.${string}`>;
export type PaneId = Extract<MessageId, `pane.${string}`>;

/** A message to render later, in whatever language is shown then (a parameter may itself be a message). */
export interface Message {
  id: MessageId;
  params?: Params;
}
export type Params = Readonly<Record<string, string | number | Message>>;

export type Catalog = Readonly<Record<string, string>>;

/** The messages of one file of a language folder by id: pane.json's "import.title" → "pane.import.title". */
export function withPrefix(file: "errors" | "pane" | "sheets", messages: Catalog): Catalog {
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [`${file}.${key}`, text]));
}
