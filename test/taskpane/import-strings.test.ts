import { CSV_FIELDS, missingFields } from "../../src/engine/actuals";
import { PANE_STRINGS, type ImportStrings } from "../../src/taskpane/strings";
import { loadLanguage, render } from "../../src/i18n/messages";

/** The "Import usage…" panel speaks the pane's language, including the engine's "still needed" column messages. */
const EN = PANE_STRINGS.en.import;
let KO: ImportStrings;
beforeAll(async () => {
  await loadLanguage("ko"); // the Korean pane texts are their own chunk
  KO = PANE_STRINGS.ko.import;
});

describe("the import panel's texts", () => {
  test("every Korean field label differs from the English one and names a CSV field", () => {
    for (const field of CSV_FIELDS) expect(KO.fields[field]).not.toBe(EN.fields[field]);
    expect(Object.keys(KO.fields).sort()).toEqual([...CSV_FIELDS].sort());
  });

  test("the engine's 'still needed' messages come out in Korean, and unchanged in English", () => {
    const missing = [...missingFields({}), ...missingFields({ date: 0, model: 1, inputTokens: 2, uncachedInputTokens: 3 })];
    expect(missing.length).toBeGreaterThanOrEqual(4);
    expect(missing.map((message) => render(message, "ko"))).toEqual(["날짜 또는 월", "모델", "입력 토큰(캐시 포함) 또는 출력 토큰", "입력 토큰(캐시 포함)과 캐시 제외 입력 토큰 중 하나만"]);
    expect(missing.map((message) => render(message, "en"))).toEqual(["Date or month", "Model", "Input tokens (including cached) or Output tokens", "only one of input tokens (including cached) and uncached input tokens"]);
    // the field labels are the mapping form's own texts
    expect(render(missing[0], "ko")).toBe(KO.fields.date);
  });

  test("the review summary and outcome messages", () => {
    expect(KO.summary(3, "csv", "2026-10, 2026-11", 1)).toBe("월별 3행(csv), 대상 월: 2026-10, 2026-11. 읽을 수 없는 레코드 1건.");
    expect(EN.summary(1, "openai", "2026-10", 2)).toBe("1 monthly row (openai) for 2026-10; 2 records could not be read.");
    expect(KO.wrote(4, "LlmcostActuals!A1:T5", 0, 4)).toContain("4행을 썼습니다");
  });
});
