import type { Language } from "../i18n/language";
import { CSV_FIELD_LABELS, type CsvField, type UsageFormat } from "../engine/actuals";
import { GROUP_LABELS, type TemplateGroup } from "../templates";

/** Every text of the task pane, one table per language (same keys: the type makes a missing one a type error). */
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
  /** Joins two field labels in "needs one of" messages. */
  or: string;
  onlyOneInput: string;
  /** Reading a file: share of its bytes read and records so far. */
  reading: (percent: number, records: number) => string;
  cancel: string;
  cancelled: string;
  budgetFile: string;
  budgetSummary: (rows: number, by: string, currency: string, rejected: number) => string;
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
  templateOptions: string;
  priceDate: string;
  priceDateHint: string;
  priceDateInvalid: (typed: string) => string;
  currency: CurrencyStrings;
  import: ImportStrings;
  insert: string;
  inserting: string;
  preparing: string;
  inserted: (sheets: string, checks: string) => string;
  recalculating: string;
  unsupported: (set: string, version: string) => string;
  sources: string;
  tokens: TokenStrings;
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

const EN: PaneStrings = {
  subtitle: "The economics of generative AI",
  languageLabel: "Language",
  languageAuto: "As Office",
  templatesTitle: "Insert a model sheet",
  loading: "Loading…",
  groups: GROUP_LABELS,
  templateOptions: "Template options",
  priceDate: "Price date (YYYY-MM-DD)",
  priceDateHint: "ISO date, as on the sheets",
  priceDateInvalid: (typed) => `Price date must be a date written YYYY-MM-DD (got "${typed}").`,
  currency: {
    legend: "Currency of the sheet's money",
    currency: "Currency",
    rateDate: "Rate date (YYYY-MM-DD)",
    rateSource: "Rate source",
    rateSourcePlaceholder: "e.g. central bank reference rate",
    ratePer: (code) => `${code} per 1 USD`,
    usdNote: "Amounts are the catalog's USD list prices.",
    fxNote: (code) => `Amounts will be USD list prices × this rate, formatted in ${code}; the rate, its date and source go on the sheet.`,
    unknown: (code) => `Unknown currency "${code}".`,
    rateMissing: (code) => `Enter the USD → ${code} rate (how many ${code} one US dollar buys): amounts are USD list prices × this rate.`,
    rateDateInvalid: (typed) => `The rate date must be a date written YYYY-MM-DD (got "${typed}").`,
    name: (_code, english) => english,
  },
  import: {
    title: "Import usage…",
    file: "Usage file (read on this machine, never uploaded)",
    format: "Format",
    formats: { auto: "Detect", openai: "OpenAI usage API (JSON)", anthropic: "Anthropic usage report (JSON)", csv: "CSV with a header row", focus: "FOCUS cost and usage export (Azure, AWS, Google Cloud; CSV)", "openai-costs": "OpenAI costs API (JSON)", "anthropic-cost": "Anthropic cost report (JSON)", "anthropic-analytics": "Anthropic usage and cost analytics, cost (JSON)", lines: "LLMCOST monthly lines (CSV, from npm run actuals --lines or docs/sql)" },
    insertSheet: "Insert Budget vs actual sheet",
    insertingSheet: "Inserting Budget vs actual…",
    summary: (rows, format, months, rejected) => `${rows} monthly row${rows === 1 ? "" : "s"} (${format}) for ${months}; ${rejected} record${rejected === 1 ? "" : "s"} could not be read.`,
    noMonth: "no month",
    more: (count) => `… and ${count} more (npm run actuals lists all)`,
    importRows: (rows) => `Import ${rows} rows`,
    source: "Source (re-importing a month from the same source replaces its rows)",
    writing: "Writing the LlmcostActuals table…",
    wrote: (written, address, replaced, total) => `Wrote ${written} rows to ${address} (${replaced} earlier rows of the same months replaced; ${total} in all).`,
    columns: "Columns",
    notInFile: "(not in the file)",
    stillNeeded: (fields) => `Still needed: ${fields}.`,
    fields: CSV_FIELD_LABELS,
    or: " or ",
    onlyOneInput: "only one of input tokens (including cached) and uncached input tokens",
    reading: (percent, records) => `Reading… ${percent}% (${records.toLocaleString("en-US")} records)`,
    cancel: "Cancel",
    cancelled: "Import cancelled: nothing was read into the workbook.",
    budgetFile: "Budget file (CSV: month, model or team, amount, currency; optional)",
    budgetSummary: (rows, by, currency, rejected) => `${rows} budget row${rows === 1 ? "" : "s"} by ${by} in ${currency || "the sheet's currency"}; ${rejected} line${rejected === 1 ? "" : "s"} could not be read. Used when the sheet is inserted or refreshed.`,
    insertCopy: "Insert a new copy instead of refreshing the existing sheet",
    refreshed: (sheet, checks) => `Refreshed ${sheet} in place (your inputs, budget and cells to its right kept). Checks: ${checks}.`,
  },
  insert: "Insert sheet",
  inserting: "Inserting",
  preparing: "Preparing…",
  inserted: (sheets, checks) => `Inserted "${sheets}". Checks: ${checks}.`,
  recalculating: "recalculating",
  unsupported: (set, version) => `Inserting templates needs ${set} ${version} (Excel 2019 or later, Microsoft 365 or Excel on the web). The LLMCOST functions still work in cells.`,
  sources: "Sources",
  tokens: {
    heading: "Token counts of sample texts",
    intro: "Select cells with sample prompts or answers. They are counted here, in the workbook, with the same tokenizer as =LLMCOST.TOKENS; no text is sent anywhere.",
    encoding: "Encoding",
    count: "Count tokens in selection",
    perCell: "Tokens per cell",
    targetPlaceholder: "e.g. D7 or Inputs!D7",
    useActiveCell: "Use active cell",
    insertAverage: "Insert average",
    insertInto: "Insert average into…",
    cellsWithText: "Cells with text",
    totalTokens: "Total tokens",
    averagePerCell: "Average per cell",
    cellLine: (address, tokens, preview) => `${address}: ${tokens} tokens — ${preview}`,
    moreCells: (count) => `… and ${count} more cells`,
    counting: "Counting…",
    emptySelection: "The selection is empty: select the cells with sample texts first.",
    noText: (address) => `No text in ${address}.`,
    counted: (address, total, cells, average, encoding) => `${address}: ${total} tokens in ${cells} cells, ${average} per cell (${encoding}).`,
    countFirst: "Count a selection with text first.",
    wrote: (average, target) => `Wrote ${average} tokens per cell into ${target}.`,
  },
};

/** Currency names in Korean as Korean banks list them. */
const CURRENCY_NAMES_KO: Record<string, string> = {
  USD: "미국 달러",
  EUR: "유로",
  GBP: "영국 파운드",
  JPY: "일본 엔",
  KRW: "대한민국 원",
  CNY: "중국 위안",
  INR: "인도 루피",
  CAD: "캐나다 달러",
  AUD: "호주 달러",
  CHF: "스위스 프랑",
  SGD: "싱가포르 달러",
  HKD: "홍콩 달러",
};

const KO: PaneStrings = {
  subtitle: "생성형 AI의 경제학",
  languageLabel: "언어",
  languageAuto: "Office 설정",
  templatesTitle: "모델 시트 삽입",
  loading: "불러오는 중…",
  // the guide's stages of the customer lifecycle (고객 생애 주기): 획득, 유지, 참여, 되찾기
  groups: { acquisition: "획득", retention: "유지", engagement: "참여", "win-back": "되찾기", planning: "계획 및 비용 최적화", reference: "참고 자료" },
  templateOptions: "템플릿 옵션",
  priceDate: "가격 기준일 (YYYY-MM-DD)",
  priceDateHint: "시트와 같은 ISO 날짜",
  priceDateInvalid: (typed) => `가격 기준일은 YYYY-MM-DD 형식의 날짜여야 합니다(입력값 "${typed}").`,
  currency: {
    legend: "시트 금액의 통화",
    currency: "통화",
    rateDate: "환율 기준일 (YYYY-MM-DD)",
    rateSource: "환율 출처",
    rateSourcePlaceholder: "예: 한국은행 매매기준율",
    ratePer: (code) => `1 USD당 ${code}`,
    usdNote: "금액은 카탈로그의 USD 정가입니다.",
    fxNote: (code) => `금액은 USD 정가 × 이 환율이며 ${code} 형식으로 표시됩니다. 환율과 기준일, 출처가 시트에 기록됩니다.`,
    unknown: (code) => `알 수 없는 통화 "${code}"입니다.`,
    rateMissing: (code) => `USD → ${code} 환율(1달러로 살 수 있는 ${code})을 입력하세요. 금액은 USD 정가 × 이 환율입니다.`,
    rateDateInvalid: (typed) => `환율 기준일은 YYYY-MM-DD 형식의 날짜여야 합니다(입력값 "${typed}").`,
    name: (code, english) => CURRENCY_NAMES_KO[code] ?? english,
  },
  import: {
    title: "사용량 가져오기…",
    file: "사용량 파일(이 컴퓨터에서만 읽으며 업로드하지 않음)",
    format: "형식",
    formats: { auto: "자동 감지", openai: "OpenAI 사용량 API(JSON)", anthropic: "Anthropic 사용량 보고서(JSON)", csv: "머리글 행이 있는 CSV", focus: "FOCUS 비용·사용량 내보내기(Azure, AWS, Google Cloud, CSV)", "openai-costs": "OpenAI 비용 API(JSON)", "anthropic-cost": "Anthropic 비용 보고서(JSON)", "anthropic-analytics": "Anthropic 사용량·비용 분석, 비용(JSON)", lines: "LLMCOST 월별 라인(CSV, npm run actuals --lines 또는 docs/sql 결과)" },
    insertSheet: "예산 대비 실적 시트 삽입",
    insertingSheet: "예산 대비 실적 시트 삽입 중…",
    summary: (rows, format, months, rejected) => `월별 ${rows}행(${format}), 대상 월: ${months}. 읽을 수 없는 레코드 ${rejected}건.`,
    noMonth: "없음",
    more: (count) => `… 외 ${count}건(전체 목록은 npm run actuals)`,
    importRows: (rows) => `${rows}행 가져오기`,
    source: "출처(같은 출처에서 같은 월을 다시 가져오면 그 월의 행을 바꿉니다)",
    writing: "LlmcostActuals 표에 쓰는 중…",
    wrote: (written, address, replaced, total) => `${address}에 ${written}행을 썼습니다(같은 월의 이전 행 ${replaced}개 교체, 전체 ${total}행).`,
    columns: "열 매핑",
    notInFile: "(파일에 없음)",
    stillNeeded: (fields) => `아직 필요한 열: ${fields}.`,
    fields: {
      date: "날짜 또는 월",
      model: "모델",
      provider: "제공업체",
      inputTokens: "입력 토큰(캐시 포함)",
      uncachedInputTokens: "캐시 제외 입력 토큰(캐시분 별도)",
      cachedInputTokens: "캐시된 입력 토큰(캐시 읽기)",
      cacheWriteTokens: "캐시 쓰기 토큰",
      outputTokens: "출력 토큰",
      requests: "요청 수",
      billedCost: "청구 비용",
      currency: "통화",
      team: "팀 / 프로젝트",
      tier: "서비스 등급(standard, batch, …)",
    },
    or: " 또는 ",
    onlyOneInput: "입력 토큰(캐시 포함)과 캐시 제외 입력 토큰 중 하나만",
    reading: (percent, records) => `읽는 중… ${percent}% (레코드 ${records.toLocaleString("ko-KR")}건)`,
    cancel: "취소",
    cancelled: "가져오기를 취소했습니다: 통합 문서에는 아무것도 쓰지 않았습니다.",
    budgetFile: "예산 파일(CSV: 월, 모델 또는 팀, 금액, 통화; 선택)",
    budgetSummary: (rows, by, currency, rejected) => `${by === "team" ? "팀" : "모델"}별 예산 ${rows}행, 통화 ${currency || "시트 통화"}; 읽을 수 없는 줄 ${rejected}개. 시트를 삽입하거나 새로 고칠 때 사용합니다.`,
    insertCopy: "기존 시트를 새로 고치지 않고 새 사본으로 삽입",
    refreshed: (sheet, checks) => `${sheet} 시트를 그 자리에서 새로 고쳤습니다(입력값, 예산, 오른쪽 셀 유지). 검증: ${checks}.`,
  },
  insert: "시트 삽입",
  inserting: "삽입 중",
  preparing: "준비 중…",
  inserted: (sheets, checks) => `"${sheets}" 시트를 삽입했습니다. 검증: ${checks}.`,
  recalculating: "다시 계산 중",
  unsupported: (set, version) => `템플릿을 삽입하려면 ${set} ${version}이(가) 필요합니다(Excel 2019 이상, Microsoft 365 또는 웹용 Excel). LLMCOST 함수는 셀에서 그대로 작동합니다.`,
  sources: "출처",
  tokens: {
    heading: "샘플 텍스트의 토큰 수",
    intro: "샘플 프롬프트나 답변이 있는 셀을 선택하세요. =LLMCOST.TOKENS와 같은 토크나이저로 이 통합 문서 안에서 셉니다. 텍스트는 어디로도 전송되지 않습니다.",
    encoding: "인코딩",
    count: "선택 영역의 토큰 세기",
    perCell: "셀별 토큰",
    targetPlaceholder: "예: D7 또는 Inputs!D7",
    useActiveCell: "활성 셀 사용",
    insertAverage: "평균 입력",
    insertInto: "평균을 입력할 셀…",
    cellsWithText: "텍스트가 있는 셀",
    totalTokens: "전체 토큰",
    averagePerCell: "셀당 평균",
    cellLine: (address, tokens, preview) => `${address}: ${tokens}토큰 — ${preview}`,
    moreCells: (count) => `… 외 ${count}개 셀`,
    counting: "세는 중…",
    emptySelection: "선택 영역이 비어 있습니다. 먼저 샘플 텍스트가 있는 셀을 선택하세요.",
    noText: (address) => `${address}에 텍스트가 없습니다.`,
    counted: (address, total, cells, average, encoding) => `${address}: 셀 ${cells}개에 ${total}토큰, 셀당 ${average}토큰 (${encoding}).`,
    countFirst: "먼저 텍스트가 있는 선택 영역을 세세요.",
    wrote: (average, target) => `셀당 ${average}토큰을 ${target}에 입력했습니다.`,
  },
};

export const PANE_STRINGS: Record<Language, PaneStrings> = { en: EN, ko: KO };

/** Each language named in its own language, for the pane's language choice. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", ko: "한국어" };
