import type { Language } from "../i18n/language";
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
  insert: string;
  inserting: string;
  preparing: string;
  inserted: (sheets: string, checks: string) => string;
  recalculating: string;
  unsupported: (set: string, version: string) => string;
  sources: string;
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
  },
  insert: "Insert sheet",
  inserting: "Inserting",
  preparing: "Preparing…",
  inserted: (sheets, checks) => `Inserted "${sheets}". Checks: ${checks}.`,
  recalculating: "recalculating",
  unsupported: (set, version) => `Inserting templates needs ${set} ${version} (Excel 2019 or later, Microsoft 365 or Excel on the web). The LLMCOST functions still work in cells.`,
  sources: "Sources",
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
  },
  insert: "시트 삽입",
  inserting: "삽입 중",
  preparing: "준비 중…",
  inserted: (sheets, checks) => `"${sheets}" 시트를 삽입했습니다. 검증: ${checks}.`,
  recalculating: "다시 계산 중",
  unsupported: (set, version) => `템플릿을 삽입하려면 ${set} ${version}이(가) 필요합니다(Excel 2019 이상, Microsoft 365 또는 웹용 Excel). LLMCOST 함수는 셀에서 그대로 작동합니다.`,
  sources: "출처",
};

export const PANE_STRINGS: Record<Language, PaneStrings> = { en: EN, ko: KO };

/** Each language named in its own language, for the pane's language choice. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", ko: "한국어" };
