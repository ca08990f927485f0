import type { Language } from "../i18n/language";

/**
 * Messages of #VALUE! and #N/A in the display language, translated in this one place at the Excel boundary: the
 * engine keeps writing English, each pattern below matches one engine message shape, and a message no pattern
 * matches (a new one) falls back to English. Ids, names and values quoted in a message are kept as they are.
 */
type Translation = [pattern: RegExp, korean: (...parts: string[]) => string];

/** Nouns the engine puts into its messages ("Unknown GPU ..."): Korean where Korean has a word. */
const KIND: Record<string, string> = { model: "모델", "open-weight model": "오픈 웨이트 모델", provider: "제공업체", encoding: "인코딩" };
const kind = (word: string) => KIND[word] ?? word;

const KOREAN: Translation[] = [
  [/^Unknown (.+?) "(.*)"\. Closest: (.*)\.$/s, (what, value, closest) => `알 수 없는 ${kind(what)} "${value}". 가장 가까운 id: ${closest}.`],
  [/^Unknown encoding "(.*)"\. Use one of: (.*), or an OpenAI model id such as "gpt-4o-mini"\.$/s, (value, list) => `알 수 없는 인코딩 "${value}". 다음 중 하나를 쓰거나 "gpt-4o-mini" 같은 OpenAI 모델 id를 쓰세요: ${list}.`],
  [/^Unknown (.+?) "(.*)"\. Use one of: (.*)\.$/s, (what, value, list) => `알 수 없는 ${kind(what)} "${value}". 다음 중 하나를 쓰세요: ${list}.`],
  [/^Unknown model: a text of (\d+) characters is not a model id \(ids are short names such as "gpt-4o-mini"\)\.$/, (n) => `알 수 없는 모델: ${n}자 길이의 텍스트는 모델 id가 아닙니다(id는 "gpt-4o-mini" 같은 짧은 이름입니다).`],
  [/^(\w+) is required: give it as text, e\.g\. "gpt-4o-mini"\.$/, (name) => `${name}: 필수 인수입니다. 텍스트로 입력하세요(예: "gpt-4o-mini").`],
  [/^(\w+) must be a number\.$/, (name) => `${name}: 숫자여야 합니다.`],
  [/^(\w+) must be text\.$/, (name) => `${name}: 텍스트여야 합니다.`],
  [/^(\w+) must be text, one of: (.*)\.$/, (name, list) => `${name}: 다음 중 하나인 텍스트여야 합니다: ${list}.`],
  [/^precision must be text: bf16, fp8 or fp4\.$/, () => `precision: bf16, fp8, fp4 중 하나인 텍스트여야 합니다.`],
  [/^method must be text: full, lora or pretrain\.$/, () => `method: full, lora, pretrain 중 하나인 텍스트여야 합니다.`],
  [/^(.+?) must be an id given as text\.$/, (what) => `${kind(what)}: 텍스트로 된 id여야 합니다.`],
  [/^(\w+) must be a date or ISO text YYYY-MM-DD \(got "(.*)"\)\.$/s, (name, value) => `${name}: 날짜 또는 ISO 텍스트 YYYY-MM-DD여야 합니다(입력값 "${value}").`],
  [/^(\w+) must be a date or ISO text YYYY-MM-DD\.$/, (name) => `${name}: 날짜 또는 ISO 텍스트 YYYY-MM-DD여야 합니다.`],
  [/^No priced chat models match\.$/, () => "조건에 맞는, 가격이 있는 채팅 모델이 없습니다."],
  [/^No priced models( for (.+?))?( on (.+))?\.$/, (_f, provider, _o, date) => `가격이 있는 모델이 없습니다${provider ? ` (제공업체 ${provider})` : ""}${date ? ` (${date} 기준)` : ""}.`],
  [/^(.+) has no price on (.+): its first listed price starts (.+)\.$/, (label, date, first) => `${label}: ${date}의 가격이 없습니다. 첫 가격은 ${first}부터입니다.`],
  [/^(.+) has no (.+) price in the catalog \(an unpriced model is not free\)\.$/, (label, type) => `${label}: 카탈로그에 ${type} 가격이 없습니다(가격이 없는 모델은 무료가 아닙니다).`],
  [/^Fine-tuned (.+) prices are listed as of (.+); none is known for (.+)\.$/, (model, listed, date) => `미세 조정된 ${model}의 가격은 ${listed} 기준으로 등록되어 있으며, ${date}의 가격은 알 수 없습니다.`],
  [/^The fine-tuning price of (.+) is listed as of (.+); none is known for (.+)\.$/, (model, listed, date) => `${model}의 미세 조정 가격은 ${listed} 기준으로 등록되어 있으며, ${date}의 가격은 알 수 없습니다.`],
  [/^No fine-tuning price for "(.*)"\. Fine-tunable models: (.*)\.$/s, (model, known) => `"${model}"의 미세 조정 가격이 없습니다. 미세 조정 가능한 모델: ${known}.`],
  [/^No price for GPU (.+?) dated on or before (.+?); its earliest catalog price is dated (.+)\.$/, (gpu, date, first) => `GPU ${gpu}: ${date} 이전 날짜의 가격이 없습니다. 카탈로그의 첫 가격은 ${first} 기준입니다.`],
  [/^No (.*?)price for GPU (.+?)\. Listed for \2: (.*)\.$/s, (what, gpu, offers) => `GPU ${gpu}의 ${what.trim()} 가격이 없습니다. ${gpu}에 등록된 가격: ${offers}.`],
  [/^"(.*)" uses a legacy encoding \(p50k_base or r50k_base\) that is not bundled; use "(.+)" or "(.+)" as an approximation\.$/s, (model, a, b) => `"${model}"은(는) 포함되지 않은 구형 인코딩(p50k_base 또는 r50k_base)을 씁니다. 근사치로 "${a}" 또는 "${b}"를 쓰세요.`],
  [/^No local tokenizer for (.+?) model "(.*)"; use "(.+)" as an approximation \(.+'s own tokenizer counts differently\)\.$/s, (family, model, encoding) => `${family} 모델 "${model}"의 로컬 토크나이저가 없습니다. 근사치로 "${encoding}"를 쓰세요(${family} 자체 토크나이저는 다르게 셉니다).`],
  [/^No local tokenizer for "(.*)"; use "(.+)" as an approximation\. Encodings: (.*)\. Closest: (.*)\.$/s, (model, encoding, list, closest) => `"${model}"의 로컬 토크나이저가 없습니다. 근사치로 "${encoding}"를 쓰세요. 인코딩: ${list}. 가장 가까운 id: ${closest}.`],
  [/^The (.+) tokenizer could not be loaded \((.*)\); recalculate to retry\.$/s, (encoding, detail) => `${encoding} 토크나이저를 불러오지 못했습니다(${detail}). 다시 계산하면 재시도합니다.`],
  [/^text holds a number that is not finite\.$/, () => "text에 유한하지 않은 숫자가 있습니다."],
  [/^text holds an error or a value that is not text, a number or TRUE\/FALSE; fix that cell or leave it out of the range\.$/, () => "text에 오류 값이나 텍스트·숫자·TRUE/FALSE가 아닌 값이 있습니다. 해당 셀을 고치거나 범위에서 빼세요."],
  [/^LLMCOST could not compute a number for these arguments\.$/, () => "LLMCOST가 이 인수들로 숫자를 계산하지 못했습니다."],
  [/^LLMCOST could not compute this: (.*)$/s, (detail) => `LLMCOST가 계산하지 못했습니다: ${detail}`],
];

/** The message in that language; English when the language is English or no translation matches. */
export function localizeErrorMessage(message: string, language: Language): string {
  if (language !== "ko") return message;
  for (const [pattern, korean] of KOREAN) {
    const match = pattern.exec(message);
    if (match) return korean(...match.slice(1).map((part) => part ?? ""));
  }
  return message;
}
