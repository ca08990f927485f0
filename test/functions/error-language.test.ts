import { loadFunctionsBundle } from "../support/functions-bundle";
import { isCustomFunctionsError } from "../../dev/custom-functions-double";

/**
 * The messages of #VALUE! and #N/A follow the display language: through the shipped dist/functions.js, with
 * Office's display language (or the pane's remembered choice) Korean, the message is Korean; ids, names and values
 * inside it are kept; English Excel sees the engine's English.
 */
const bundle = loadFunctionsBundle();
const HANGUL = /[\uAC00-\uD7A3]/;

async function errorOf(id: string, ...args: unknown[]): Promise<{ code: string; message: string }> {
  let value = bundle.call(id, ...args);
  if (value && typeof (value as Promise<unknown>).then === "function") value = await (value as Promise<unknown>).catch((error) => error);
  if (!isCustomFunctionsError(value)) throw new Error(`${id}: expected a CustomFunctions.Error, got ${String(value)}`);
  return { code: value.code, message: value.message };
}

function withDisplayLanguage(tag: string | undefined): void {
  (globalThis as { Office?: unknown }).Office = tag === undefined ? undefined : { context: { displayLanguage: tag } };
}

/** A call per message shape, with the text its Korean message must keep. */
const CASES: { call: [string, ...unknown[]]; code: string; keeps: string[] }[] = [
  { call: ["INFERENCE", "gpt-4o-mni", 1000, 1000, null, null, null, null], code: "#N/A", keeps: ["gpt-4o-mni", "gpt-4o-mini"] },
  { call: ["PRICE", "gpt-4o-mini", "outptu", null], code: "#VALUE!", keeps: ["outptu", "cache_read"] },
  { call: ["PRICE", "gpt-4o-mini", "input", "yesterday"], code: "#VALUE!", keeps: ["as_of", "yesterday"] },
  { call: ["FINETUNE", "gpt-4.1-mini", 1000, null, "2000-01-01"], code: "#N/A", keeps: ["gpt-4.1-mini", "2000-01-01"] },
  { call: ["INFERENCE", null, 1000, 1000, null, null, null, null], code: "#VALUE!", keeps: ["model"] },
  { call: ["INFERENCE", "gpt-4o-mini", "many", 1000, null, null, null, null], code: "#VALUE!", keeps: ["input_tokens"] },
  { call: ["FINETUNE", "text-embedding-3-small", 1000, null, null], code: "#N/A", keeps: ["text-embedding-3-small"] },
  { call: ["GPUPRICE", "h100-sxm", "nosuchcloud", null], code: "#N/A", keeps: ["nosuchcloud"] },
  { call: ["GPUMEMORY", "llama-3.1-70b", "fp7", null, null, null], code: "#VALUE!", keeps: ["fp7", "bf16"] },
  { call: ["SELFHOST", "llama-3.1-7b", "h100-sxm", 1000, 1000, null, null, null, null, null, null], code: "#N/A", keeps: ["llama-3.1-7b"] },
  { call: ["TOKENS", "some text", "claude-sonnet-4-0"], code: "#N/A", keeps: ["claude-sonnet-4-0", "o200k_base"] },
  { call: ["TOKENS", "some text", "o300k_base"], code: "#VALUE!", keeps: ["o300k_base", "gpt-4o-mini"] },
  // prices as billed (issue 19)
  { call: ["INFERENCE", "gpt-4o-mini", -5, 0, null, null, null, null], code: "#VALUE!", keeps: ["input_tokens", "-5"] },
  { call: ["INFERENCE", "gpt-4o-mini", 10, 0, null, null, 50, null], code: "#VALUE!", keeps: ["discount", "0.5", "50%"] },
  { call: ["INFERENCE", "claude-sonnet-4-5", 500_000, 0, null, null, null, "2026-11-30"], code: "#VALUE!", keeps: ["claude-sonnet-4-5", "200,000", "requests"] },
  { call: ["INFERENCE", "gpt-4o-realtime-preview", 1000, 1000, null, null, null, null], code: "#VALUE!", keeps: ["gpt-4o-realtime-preview", "modality", "40"] },
  { call: ["INFERENCE", "claude-sonnet-4-5", 1000, 1000, 1, null, null, null, null, null, "fast"], code: "#VALUE!", keeps: ["claude-sonnet-4-5", "fast", "batch"] },
  { call: ["INFERENCE", "meta-llama/llama-3.3-70b-instruct", 1000, 1000, 1, null, null, null], code: "#N/A", keeps: ["meta-llama/llama-3.3-70b-instruct", "huggingface_groq"] },
  { call: ["INFERENCE", "gpt-4o-mini", 1000, 1000, 1, null, null, "2024-01-01"], code: "#N/A", keeps: ["gpt-4o-mini", "2024-07-18", "2024-01-01"] },
  { call: ["INFERENCE", "babbage-002", 1000, 1000, 1, null, null, "2026-11-30"], code: "#N/A", keeps: ["babbage-002", "2025-01-27"] },
  { call: ["INFERENCE", "azure:ft:gpt-4.1-mini", 1000, 1000, 1, null, null, null], code: "#N/A", keeps: ["Azure", "price_sheet"] },
  // English in Korean Excel until the messages became catalog entries (issue 24)
  { call: ["GPUTCO", "l4", null, null, null, null, null], code: "#N/A", keeps: ["l4", "h100-sxm", "purchase_usd"] },
  { call: ["INFERENCE", "gpt-4o-mini", 1000, 1000, null, null, null, null, null, [["model", "price_type", "usd_per_mtok"], ["gpt-4o-mini", "bogus", 1]]], code: "#VALUE!", keeps: ["price_sheet", "price_type", "bogus"] },
  { call: ["INFERENCE", "sonar-pro", 1000, 1000, null, null, null, null, null, null], code: "#VALUE!", keeps: ["requests"] },
];

describe("#VALUE! and #N/A messages follow the display language (through dist/functions.js)", () => {
  afterEach(() => withDisplayLanguage(undefined));

  test.each(CASES.map((c) => [c.call[0], c.call.slice(1).join(", "), c] as const))("%s(%s): Korean in Korean Office, English otherwise", async (_id, _args, c) => {
    withDisplayLanguage("en-US");
    const english = await errorOf(...c.call);
    expect(english.code).toBe(c.code);
    expect(english.message).not.toMatch(HANGUL);
    withDisplayLanguage("ko-KR");
    const korean = await errorOf(...c.call);
    expect(korean.code).toBe(c.code);
    expect(korean.message).toMatch(HANGUL);
    for (const kept of c.keeps) {
      expect(english.message).toContain(kept);
      expect(korean.message).toContain(kept);
    }
  });

  test("without Office (or with another language) messages stay English", async () => {
    withDisplayLanguage(undefined);
    expect((await errorOf("INFERENCE", "gpt-4o-mni", 1, 1, null, null, null, null)).message).toMatch(/^Unknown model "gpt-4o-mni"\. Closest: /);
    withDisplayLanguage("de-DE");
    expect((await errorOf("INFERENCE", "gpt-4o-mni", 1, 1, null, null, null, null)).message).toMatch(/^Unknown model/);
  });

  test("errors without a message (#NUM!, #DIV/0!) keep none in either language", async () => {
    withDisplayLanguage("ko-KR");
    expect(await errorOf("ROI", 1, 0)).toEqual({ code: "#DIV/0!", message: "" });
  });
});

describe("table functions' header rows follow the display language; the data below does not (through dist/functions.js)", () => {
  afterEach(() => withDisplayLanguage(undefined));

  test.each([
    ["MODELS", ["openai", null], ["모델", "제공사", "입력 (USD/1M)", "출력 (USD/1M)", "캐시 읽기 (USD/1M)", "컨텍스트 창", "상태"]],
    ["COMPARE", [1e6, 1e5, null, null, 3, null], ["모델", "제공사", "USD", "상태"]],
    ["PRICECHANGE", ["deepseek-v4-pro", "2026-08-01", null], ["날짜", "가격 유형", "이전 (USD/1M)", "새 가격 (USD/1M)", "변화 (비율, 0.1 = 10%)", "상태"]],
    ["CATALOG", [true], ["출처", "내용"]],
    ["LATENCY", ["llama-3.1-8b", "h100-sxm", null, null, null, null, null], ["첫 토큰까지 시간(초)", "출력 토큰당 시간(초)", "초당 출력 토큰(복제본)"]],
  ] as const)("%s: Korean header in Korean Office, the same data rows as in English", (id, args, korean) => {
    const english = bundle.call(id, ...args) as unknown[][];
    withDisplayLanguage("ko-KR");
    const shown = bundle.call(id, ...args) as unknown[][];
    expect(shown[0]).toEqual(korean);
    expect(shown[0]).toHaveLength(english[0].length);
    expect(english.length).toBeGreaterThan(1);
    if (id !== "CATALOG") expect(shown.slice(1)).toEqual(english.slice(1)); // CATALOG's detail is prose: Korean too
  });

  test("PRICECHANGE with no change says so in the display language", () => {
    withDisplayLanguage("ko-KR");
    const rows = bundle.call("PRICECHANGE", "gpt-4o-mini", "2099-01-01", null) as unknown[][];
    expect(rows[1][0]).toMatch(/^2099-01-01 이후 openai:gpt-4o-mini의 가격 변경 없음$/);
  });
});
