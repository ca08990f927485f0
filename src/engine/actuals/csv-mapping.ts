import type { Message } from "../../i18n/catalog";
import { because } from "./reasons";
/**
 * Which CSV column holds which usage field. Common spellings (OpenAI, Anthropic, LiteLLM, Helicone, Langfuse and
 * cloud billing exports) are recognised without asking; the pane asks for the rest and remembers the answer per
 * header layout (`headerSignature`).
 */
export const CSV_FIELDS = [
  "date",
  "model",
  "provider",
  "inputTokens",
  "uncachedInputTokens",
  "cachedInputTokens",
  "cacheWriteTokens",
  "outputTokens",
  "requests",
  "billedCost",
  "currency",
  "team",
  "tier",
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Column index per field (absent: not in the file). */
export type CsvMapping = Partial<Record<CsvField, number>>;

/** A field's label, as the import panel names it ("Date or month"): a message (pane.import.fields.*). */
export const fieldLabel = (field: CsvField): Message => because(`pane.import.fields.${field}`);

/** Spellings per field, compared after lower-casing and dropping everything but letters and digits. */
const SPELLINGS: Record<CsvField, string[]> = {
  date: ["date", "day", "month", "period", "usagedate", "usagemonth", "starttime", "startingat", "timestamp", "time", "createdat", "billingperiod", "usagestartdate"],
  model: ["model", "modelname", "modelid", "models", "snapshotid", "deployment", "modelversion"],
  provider: ["provider", "vendor", "apiprovider", "modelprovider", "customllmprovider"],
  inputTokens: ["inputtokens", "prompttokens", "tokensin", "input", "totalinputtokens", "contexttokens"],
  uncachedInputTokens: ["uncachedinputtokens", "inputtokensnoncached", "noncachedinputtokens"],
  cachedInputTokens: ["cachedinputtokens", "inputcachedtokens", "cachedtokens", "cachereadinputtokens", "cachereadtokens", "cachedprompttokens", "promptcachehittokens"],
  cacheWriteTokens: ["cachewritetokens", "cachecreationinputtokens", "cachecreationtokens", "cachewriteinputtokens"],
  outputTokens: ["outputtokens", "completiontokens", "tokensout", "output", "totaloutputtokens", "generatedtokens"],
  requests: ["requests", "numrequests", "nummodelrequests", "requestcount", "calls", "apicalls", "numberofrequests"],
  billedCost: ["cost", "costusd", "billedcost", "spend", "amount", "totalcost", "usd", "amountusd", "charges", "billedamount", "cost$"],
  currency: ["currency", "currencycode"],
  team: ["team", "project", "projectid", "projectname", "costcenter", "costcentre", "department", "workspace", "workspaceid", "workspacename", "team_alias", "teamalias", "teamid", "tag"],
  tier: ["tier", "servicetier", "batch"],
};

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9$]/g, "");

/** The recognised fields of a header row (each column used once, first match wins). */
export function guessMapping(headers: string[]): CsvMapping {
  const mapping: CsvMapping = {};
  const used = new Set<number>();
  for (const field of CSV_FIELDS) {
    const spellings = SPELLINGS[field].map(squash);
    const index = headers.findIndex((header, i) => !used.has(i) && spellings.includes(squash(header)));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

/** A key for "this header layout", under which the pane remembers a mapping. */
export function headerSignature(headers: string[]): string {
  return headers.map((header) => header.trim().toLowerCase()).join("\u001f");
}

/** What a mapping lacks before rows can be read: a date, a model and some token count. */
export function missingFields(mapping: CsvMapping): Message[] {
  const missing: Message[] = [];
  if (mapping.date === undefined) missing.push(fieldLabel("date"));
  if (mapping.model === undefined) missing.push(fieldLabel("model"));
  const tokens: CsvField[] = ["inputTokens", "uncachedInputTokens", "outputTokens"];
  if (tokens.every((field) => mapping[field] === undefined)) missing.push(because("pane.usage.eitherField", { first: fieldLabel("inputTokens"), second: fieldLabel("outputTokens") }));
  if (mapping.inputTokens !== undefined && mapping.uncachedInputTokens !== undefined) missing.push(because("pane.import.onlyOneInput"));
  return missing;
}
