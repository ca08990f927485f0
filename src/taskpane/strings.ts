import type { CsvField, UsageFormat } from "../engine/actuals";
import { CSV_FIELDS, USAGE_FORMATS } from "../engine/actuals";
import type { Params, PaneId } from "../i18n/catalog";
import { LANGUAGES, REGISTRY, type Language } from "../i18n/languages";
import { t } from "../i18n/messages";
import type { TemplateGroup } from "../templates";

/**
 * The task pane's texts as the panels use them, read from the message catalogs (src/i18n/<language>/pane.json). A
 * language other than English shows English until loadLanguage(language) has resolved (taskpane.ts awaits it).
 */

/** The currency choice's texts (currency-fields.ts). */
export interface CurrencyStrings {
  legend: string;
  currency: string;
  rateDate: string;
  rateSource: string;
  rateSourcePlaceholder: string;
  ratePer: (code: string) => string;
  usdNote: string;
  fxNote: (code: string) => string;
  unknown: (code: string) => string;
  rateMissing: (code: string) => string;
  rateDateInvalid: (typed: string) => string;
  /** A currency's name in the list (the code and symbol are shown beside it). */
  name: (code: string, english: string) => string;
}

/** The "Import usage…" panel's texts (import-panel.ts). */
export interface ImportStrings {
  title: string;
  file: string;
  format: string;
  formats: Record<UsageFormat | "auto", string>;
  insertSheet: string;
  insertingSheet: string;
  summary: (rows: number, format: string, months: string, rejected: number) => string;
  noMonth: string;
  more: (count: number) => string;
  importRows: (rows: number) => string;
  source: string;
  writing: string;
  wrote: (written: number, address: string, replaced: number, total: number) => string;
  columns: string;
  notInFile: string;
  stillNeeded: (fields: string) => string;
  /** Each CSV usage field, as the column-mapping form names it. */
  fields: Record<CsvField, string>;
  /** Reading a file: share of its bytes read and records so far. */
  reading: (percent: number, records: number) => string;
  cancel: string;
  cancelled: string;
  budgetFile: string;
  budgetSummary: (rows: number, by: "model" | "team", currency: string, rejected: number) => string;
  insertCopy: string;
  refreshed: (sheet: string, checks: string) => string;
}

export interface PaneStrings {
  subtitle: string;
  languageLabel: string;
  languageAuto: string;
  templatesTitle: string;
  loading: string;
  groups: Record<TemplateGroup, string>;
  /** The options panel under a chosen card, named by its template. */
  templateOptions: (title: string) => string;
  priceDate: string;
  priceDateHint: string;
  priceDateInvalid: (typed: string) => string;
  currency: CurrencyStrings;
  import: ImportStrings;
  insert: (title: string) => string;
  inserting: string;
  preparing: string;
  inserted: (sheets: string, checks: string) => string;
  assumptionsCreated: (sheet: string) => string;
  assumptionsAdded: (sheet: string, names: string) => string;
  recalculating: string;
  unsupported: (set: string, version: string) => string;
  sources: string;
  tokens: TokenStrings;
  priceDates: PriceDateStrings;
}

/** The price-change view's texts (price-change-panel.ts). */
export interface PriceDateStrings {
  heading: string;
  intro: (today: string) => string;
  review: string;
  reviewing: string;
  none: string;
  sheet: (sheet: string, dates: string, models: string) => string;
  notPinned: string;
  cell: (address: string, label: string, before: string, after: string, change: string) => string;
  unchanged: string;
  notRepriced: (count: number) => string;
  more: (count: number) => string;
  summary: (sheets: number, changed: number) => string;
}

/** The token counter's texts (token-panel.ts). */
export interface TokenStrings {
  heading: string;
  intro: string;
  encoding: string;
  count: string;
  perCell: string;
  targetPlaceholder: string;
  useActiveCell: string;
  insertAverage: string;
  insertInto: string;
  cellsWithText: string;
  totalTokens: string;
  averagePerCell: string;
  cellLine: (address: string, tokens: string, preview: string) => string;
  moreCells: (count: string) => string;
  counting: string;
  emptySelection: string;
  noText: (address: string) => string;
  counted: (address: string, total: string, cells: string, average: string, encoding: string) => string;
  countFirst: string;
  wrote: (average: string, target: string) => string;
}


const GROUPS: TemplateGroup[] = ["acquisition", "retention", "engagement", "win-back", "planning", "reference"];
const FORMATS: (UsageFormat | "auto")[] = ["auto", ...USAGE_FORMATS];

const table = <K extends string>(keys: readonly K[], text: (key: K) => string): Record<K, string> =>
  Object.fromEntries(keys.map((key) => [key, text(key)])) as Record<K, string>;

/** The pane's texts in one language (computed when asked, so a language loaded later is read then). */
export function paneStrings(language: Language): PaneStrings {
  const s = (id: PaneId, params?: Params) => t(id, params, language);
  return {
    subtitle: s("pane.subtitle"),
    languageLabel: s("pane.languageLabel"),
    languageAuto: s("pane.languageAuto"),
    templatesTitle: s("pane.templatesTitle"),
    loading: s("pane.loading"),
    groups: table(GROUPS, (group) => s(`pane.groups.${group}`)),
    templateOptions: (title) => s("pane.templateOptions", { title }),
    priceDate: s("pane.priceDate"),
    priceDateHint: s("pane.priceDateHint"),
    priceDateInvalid: (typed) => s("pane.priceDateInvalid", { typed }),
    currency: {
      legend: s("pane.currency.legend"),
      currency: s("pane.currency.currency"),
      rateDate: s("pane.currency.rateDate"),
      rateSource: s("pane.currency.rateSource"),
      rateSourcePlaceholder: s("pane.currency.rateSourcePlaceholder"),
      ratePer: (code) => s("pane.currency.ratePer", { code }),
      usdNote: s("pane.currency.usdNote"),
      fxNote: (code) => s("pane.currency.fxNote", { code }),
      unknown: (code) => s("pane.currency.unknown", { code }),
      rateMissing: (code) => s("pane.currency.rateMissing", { code }),
      rateDateInvalid: (typed) => s("pane.currency.rateDateInvalid", { typed }),
      name: (code, english) => s("pane.currency.name", { code, english }),
    },
    import: {
      title: s("pane.import.title"),
      file: s("pane.import.file"),
      format: s("pane.import.format"),
      formats: table(FORMATS, (format) => s(`pane.import.formats.${format}`)),
      insertSheet: s("pane.import.insertSheet"),
      insertingSheet: s("pane.import.insertingSheet"),
      summary: (rows, format, months, rejected) => s("pane.import.summary", { rows: String(rows), rowCount: rows, format, months, rejected: String(rejected), rejectedCount: rejected }),
      noMonth: s("pane.import.noMonth"),
      more: (count) => s("pane.import.more", { count: String(count) }),
      importRows: (rows) => s("pane.import.importRows", { rows: String(rows) }),
      source: s("pane.import.source"),
      writing: s("pane.import.writing"),
      wrote: (written, address, replaced, total) => s("pane.import.wrote", { written: String(written), address, replaced: String(replaced), total: String(total) }),
      columns: s("pane.import.columns"),
      notInFile: s("pane.import.notInFile"),
      stillNeeded: (fields) => s("pane.import.stillNeeded", { fields }),
      fields: table(CSV_FIELDS, (field: CsvField) => s(`pane.import.fields.${field}`)),
      reading: (percent, records) => s("pane.import.reading", { percent: String(percent), records: records.toLocaleString(language === "ko" ? "ko-KR" : "en-US") }),
      cancel: s("pane.import.cancel"),
      cancelled: s("pane.import.cancelled"),
      budgetFile: s("pane.import.budgetFile"),
      budgetSummary: (rows, by, currency, rejected) => s("pane.import.budgetSummary", { rows: String(rows), rowCount: rows, by, currency: currency || s("pane.import.sheetCurrency"), rejected: String(rejected), rejectedCount: rejected }),
      insertCopy: s("pane.import.insertCopy"),
      refreshed: (sheet, checks) => s("pane.import.refreshed", { sheet, checks }),
    },
    insert: (title) => s("pane.insert", { title }),
    inserting: s("pane.inserting"),
    preparing: s("pane.preparing"),
    inserted: (sheets, checks) => s("pane.inserted", { sheets, checks }),
    assumptionsCreated: (sheet) => s("pane.assumptionsCreated", { sheet }),
    assumptionsAdded: (sheet, names) => s("pane.assumptionsAdded", { sheet, names }),
    recalculating: s("pane.recalculating"),
    unsupported: (set, version) => s("pane.unsupported", { set, version }),
    sources: s("pane.sources"),
    tokens: {
      heading: s("pane.tokens.heading"),
      intro: s("pane.tokens.intro"),
      encoding: s("pane.tokens.encoding"),
      count: s("pane.tokens.count"),
      perCell: s("pane.tokens.perCell"),
      targetPlaceholder: s("pane.tokens.targetPlaceholder"),
      useActiveCell: s("pane.tokens.useActiveCell"),
      insertAverage: s("pane.tokens.insertAverage"),
      insertInto: s("pane.tokens.insertInto"),
      cellsWithText: s("pane.tokens.cellsWithText"),
      totalTokens: s("pane.tokens.totalTokens"),
      averagePerCell: s("pane.tokens.averagePerCell"),
      cellLine: (address, tokens, preview) => s("pane.tokens.cellLine", { address, tokens, preview }),
      moreCells: (count) => s("pane.tokens.moreCells", { count }),
      counting: s("pane.tokens.counting"),
      emptySelection: s("pane.tokens.emptySelection"),
      noText: (address) => s("pane.tokens.noText", { address }),
      counted: (address, total, cells, average, encoding) => s("pane.tokens.counted", { address, total, cells, average, encoding }),
      countFirst: s("pane.tokens.countFirst"),
      wrote: (average, target) => s("pane.tokens.wrote", { average, target }),
    },
    priceDates: {
      heading: s("pane.priceDates.heading"),
      intro: (today) => s("pane.priceDates.intro", { today }),
      review: s("pane.priceDates.review"),
      reviewing: s("pane.priceDates.reviewing"),
      none: s("pane.priceDates.none"),
      sheet: (sheet, dates, models) => s("pane.priceDates.sheet", { sheet, dates, models }),
      notPinned: s("pane.priceDates.notPinned"),
      cell: (address, label, before, after, change) => s("pane.priceDates.cell", { address, label: label || "none", before, after, change }),
      unchanged: s("pane.priceDates.unchanged"),
      notRepriced: (count) => s("pane.priceDates.notRepriced", { count }),
      more: (count) => s("pane.priceDates.more", { count: String(count) }),
      summary: (sheets, changed) => s("pane.priceDates.summary", { sheets, changed }),
    },
  };
}

/** The pane's texts by language, read when a language is asked for (PANE_STRINGS.ko after loadLanguage("ko")). */
export const PANE_STRINGS = Object.defineProperties(
  {} as Record<Language, PaneStrings>,
  Object.fromEntries(LANGUAGES.map((language) => [language, { enumerable: true, get: () => paneStrings(language) }])),
);

/** Each language named in its own language, for the pane's language choice. */
export const LANGUAGE_NAMES = table(LANGUAGES, (language) => REGISTRY[language].name) as Record<Language, string>;
