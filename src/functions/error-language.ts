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
  [/^No (.*?)price for GPU (.+?)\. Listed for \2: (.*)\.$/s, (what, gpu, offers) => `GPU ${gpu}의 ${what.trim()} 가격이 없습니다. ${gpu}에 등록된 가격: ${offers}.`],
  [/^"(.*)" uses a legacy encoding \(p50k_base or r50k_base\) that is not bundled; use "(.+)" or "(.+)" as an approximation\.$/s, (model, a, b) => `"${model}"은(는) 포함되지 않은 구형 인코딩(p50k_base 또는 r50k_base)을 씁니다. 근사치로 "${a}" 또는 "${b}"를 쓰세요.`],
  [/^No local tokenizer for (.+?) model "(.*)"; use "(.+)" as an approximation \(.+'s own tokenizer counts differently\)\.$/s, (family, model, encoding) => `${family} 모델 "${model}"의 로컬 토크나이저가 없습니다. 근사치로 "${encoding}"를 쓰세요(${family} 자체 토크나이저는 다르게 셉니다).`],
  [/^No local tokenizer for "(.*)"; use "(.+)" as an approximation\. Encodings: (.*)\. Closest: (.*)\.$/s, (model, encoding, list, closest) => `"${model}"의 로컬 토크나이저가 없습니다. 근사치로 "${encoding}"를 쓰세요. 인코딩: ${list}. 가장 가까운 id: ${closest}.`],
  [/^The (.+) tokenizer could not be loaded \((.*)\); recalculate to retry\.$/s, (encoding, detail) => `${encoding} 토크나이저를 불러오지 못했습니다(${detail}). 다시 계산하면 재시도합니다.`],
  [/^text holds a number that is not finite\.$/, () => "text에 유한하지 않은 숫자가 있습니다."],
  [/^text holds an error or a value that is not text, a number or TRUE\/FALSE; fix that cell or leave it out of the range\.$/, () => "text에 오류 값이나 텍스트·숫자·TRUE/FALSE가 아닌 값이 있습니다. 해당 셀을 고치거나 범위에서 빼세요."],
  [/^(\w+) is a count of tokens, 0 or more \(got (.+)\)\.$/, (name, value) => `${name}: 토큰 수는 0 이상이어야 합니다(입력값 ${value}).`],
  [/^discount is a share: 0\.5 for 50% \(got (.+)\)\.$/, (value) => `discount는 비율입니다: 50%는 0.5로 입력하세요(입력값 ${value}).`],
  [/^cached_input_tokens \((.+)\), cache_write_tokens \((.+)\) and cache_write_1h_tokens \((.+)\) are parts of input_tokens \((.+)\): together they cannot exceed it\.$/, (read, write, write1h, input) => `cached_input_tokens(${read}), cache_write_tokens(${write}), cache_write_1h_tokens(${write1h})는 input_tokens(${input})의 일부이므로 합이 그보다 클 수 없습니다.`],
  [/^(.+) bills requests above ([\d,]+) input tokens at (.+) USD per 1M instead of (.+): input_tokens \((.+)\) cross it, so give requests \(the average request size decides the tier\)\.$/, (label, threshold, tier, base, input) => `${label}: 입력 토큰이 ${threshold}개를 넘는 요청은 100만 토큰당 ${base} USD 대신 ${tier} USD로 청구됩니다. input_tokens(${input})가 이를 넘으므로 requests를 입력하세요(평균 요청 크기가 구간을 정합니다).`],
  [/^(.+) lists no 1-hour cache write price: give those tokens as cache_write_tokens \(or input\) instead\.$/, (label) => `${label}: 1시간 캐시 쓰기 가격이 없습니다. 그 토큰은 cache_write_tokens(또는 입력)로 입력하세요.`],
  [/^(.+) is priced by the price sheet alone: a service_tier or region has no catalog price to apply to; put the tier's price in the sheet instead\.$/, (label) => `${label}: 가격표로만 가격이 정해지므로 service_tier나 region을 적용할 카탈로그 가격이 없습니다. 그 등급의 가격을 가격표에 넣으세요.`],
  [/^(.+) has no (service_tier|region) "(.*)"( on (.+))?\. (.+) offers for it: (.*)\.$/s, (model, kind, value, _on, date, provider, offered) => `${model}: ${kind} "${value}"${date ? `(${date} 기준)` : ""}이(가) 없습니다. ${provider}가 이 모델에 제공하는 것: ${offered}.`],
  [/^(.+) bills (.+) apart from text: give modality "text", "audio", "image" or input\/output such as "text\/image"\.$/s, (label, listed) => `${label}: ${listed.replace(/audio/g, "오디오").replace(/image/g, "이미지").replace(/ input/g, " 입력").replace(/ output/g, " 출력")}을(를) 텍스트와 따로 청구합니다. modality에 "text", "audio", "image" 또는 "text/image" 같은 입력/출력을 입력하세요.`],
  [/^modality "(.*)" is not one of text, audio, image, or input\/output such as "text\/image"\.$/, (value) => `modality "${value}"는 text, audio, image 또는 "text/image" 같은 입력/출력이어야 합니다.`],
  [/^(.+) lists no (audio|image) (input|output) price(; it bills (.+))?\.$/s, (label, modality, side, _b, listed) => `${label}: ${modality === "audio" ? "오디오" : "이미지"} ${side === "input" ? "입력" : "출력"} 가격이 없습니다${listed ? `(청구 항목: ${listed})` : ""}.`],
  [/^"(.*)" is sold by several resellers at different prices \(input \/ output USD per 1M\): (.*)\. Write one of them as provider:model\.$/s, (query, list) => `"${query}"는 여러 재판매업체가 서로 다른 가격으로 판매합니다(입력 / 출력, 100만 토큰당 USD): ${list}. provider:model 형식으로 하나를 지정하세요.`],
  [/^(.+) was retired on (.+) \((.+)\); there is no price on (.+)\.$/, (model, retired, source, date) => `${model}는 ${retired}에 서비스가 종료되었습니다(${source}). ${date}의 가격은 없습니다.`],
  [/^(.+) is priced from (.+) \(its first dated release\); there is no price on (.+)\.$/, (model, from, date) => `${model}의 가격은 ${from}(날짜가 붙은 첫 출시)부터 있습니다. ${date}의 가격은 없습니다.`],
  [/^price_sheet row (\d+), column provider: "(.*)" is not a provider in the catalog\. Use an id \((.*)\) or a name such as "Azure OpenAI" or "Vertex AI"\.$/s, (row, value, ids) => `price_sheet ${row}행, provider 열: "${value}"는 카탈로그의 제공업체가 아닙니다. id(${ids}) 또는 "Azure OpenAI", "Vertex AI" 같은 이름을 쓰세요.`],
  [/^Azure bills a fine-tuned deployment an hourly hosting fee/, () => "Azure는 미세 조정된 배포에 호출 여부와 관계없이 시간당 호스팅 요금을 청구하며(learn.microsoft.com, Azure OpenAI 미세 조정 비용 관리), 학습도 Azure 자체 요금으로 청구합니다. LLMCOST에는 출처가 있는 Azure 미세 조정·호스팅 가격이 없어 계산할 수 없습니다. 계약 가격을 price_sheet(모델 ft:<base>)에 넣고 호스팅 시간 × 시간당 요금을 더하세요."],
  [/^No priced chat model is sold at (.+?)( by (.+))?\.$/, (asked, _b, provider) => `${asked}로 판매되는, 가격이 있는 채팅 모델이 없습니다${provider ? `(제공업체 ${provider})` : ""}.`],
  [/^from_date is required: the price date your budget keeps\.$/, () => "from_date: 필수 인수입니다. 예산이 고정한 가격 기준일을 입력하세요."],
  [/^to_date \((.+)\) is before from_date \((.+)\)\.$/, (to, from) => `to_date(${to})가 from_date(${from})보다 앞섭니다.`],
  [/^as_of must be a date between 1900-01-01 and 9999-12-31 \(got (.+)\)\.$/, (value) => `as_of: 1900-01-01부터 9999-12-31 사이의 날짜여야 합니다(입력값 ${value}).`],
  [/^(\w+) must be TRUE or FALSE\.$/, (name) => `${name}: TRUE 또는 FALSE여야 합니다.`],
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
