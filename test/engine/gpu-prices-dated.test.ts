import englishErrors from "../../src/i18n/en/errors.json";
import { catalogDescription, catalogDetailTable } from "../../src/engine/catalog-info";
import { GPU_PRICES, gpuUsdPerHour, offersInForce, selfHostFleet, type GpuPrice } from "../../src/engine/selfhost";
import { kindOf, messageOf } from "../support/engine-errors";

const offer = (provider: string, usd: number, asOf: string, pricing: GpuPrice["pricing"] = "on_demand"): GpuPrice => ({
  provider,
  instance: `${provider} 8x`,
  gpu: "h100-sxm",
  gpus_per_instance: 8,
  usd_per_instance_hour: usd * 8,
  usd_per_gpu_hour: usd,
  pricing,
  region: null,
  as_of: asOf,
  source: "test",
  provider_kind: "neocloud",
});

describe("GPU prices are dated: a budget that names its date keeps its price", () => {
  test("each offer's newest row dated on or before the day is in force; a newer row does not change an older date", () => {
    const rows = [offer("a", 4, "2026-01-10"), offer("b", 6, "2026-03"), offer("a", 3, "2026-09-01")];
    expect(offersInForce(rows, "2026-02-01").map((r) => r.usd_per_gpu_hour)).toEqual([4]);
    expect(offersInForce(rows, "2026-06-30").map((r) => r.usd_per_gpu_hour).sort()).toEqual([4, 6]);
    expect(offersInForce(rows, null).map((r) => r.usd_per_gpu_hour).sort()).toEqual([3, 6]);
    // Adding a later quote for b leaves every earlier date's offers as they were.
    const later = [...rows, offer("b", 2, "2026-12-01")];
    for (const day of ["2026-02-01", "2026-06-30", "2026-10-01"]) expect(offersInForce(later, day)).toEqual(offersInForce(rows, day));
    // A month-only date stands for its first day.
    expect(offersInForce(rows, "2026-02-28").some((r) => r.provider === "b")).toBe(false);
    expect(offersInForce(rows, "2026-03-01").some((r) => r.provider === "b")).toBe(true);
  });

  test("GPUPRICE with as_of uses only the offers in force then; without it the newest, as before", () => {
    const newest = gpuUsdPerHour("h100-sxm");
    expect(gpuUsdPerHour("h100-sxm", null, null, null)).toBe(newest);
    // On 2026-02-01 AWS's (dated 2026-01-21) was the only on-demand H100 price in the catalog.
    expect(gpuUsdPerHour("h100-sxm", null, null, "2026-02-01")).toBe(6.88);
    expect(gpuUsdPerHour("h100-sxm", "aws", null, "2026-02-01")).toBe(6.88);
    expect(kindOf(() => gpuUsdPerHour("h100-sxm", "lambda", null, "2026-02-01"))).toBe("not-available");
    expect(kindOf(() => gpuUsdPerHour("h100-sxm", null, null, "2025-06-30"))).toBe("not-available");
    expect(messageOf(() => gpuUsdPerHour("h100-sxm", null, null, "2025-06-30"))).toMatch(/dated on or before 2025-06-30; its earliest catalog price is dated 2025-10-01/);
  });

  test("a committed price has its history: SemiAnalysis's reserved-H100 index at its October 2025 trough, then March 2026", () => {
    expect(gpuUsdPerHour("h100-sxm", null, "committed", "2026-01-15")).toBe(1.7);
    // Before any on-demand row the committed one is all there is, and the error says so.
    expect(messageOf(() => gpuUsdPerHour("h100-sxm", null, null, "2025-12-01"))).toMatch(/semianalysis committed/);
    expect(gpuUsdPerHour("h100-sxm", null, "committed", "2026-03-05")).toBe(2.35);
    expect(gpuUsdPerHour("h100-sxm", null, "committed")).toBe(2.35);
  });

  test("SELFHOST's default GPU price follows its as_of", () => {
    const dated = selfHostFleet("llama-3.1-8b", "h100-sxm", 1e9, 1e9, { precision: "fp8", asOf: "2026-02-01" });
    expect(dated.usdPerGpuHour).toBe(6.88);
    const newest = selfHostFleet("llama-3.1-8b", "h100-sxm", 1e9, 1e9, { precision: "fp8" });
    expect(newest.usdPerGpuHour).toBe(gpuUsdPerHour("h100-sxm"));
    expect(dated.monthlyUsd / newest.monthlyUsd).toBeCloseTo(6.88 / newest.usdPerGpuHour, 10);
  });

  test("CATALOG() states the GPU prices' dates", () => {
    const dates = GPU_PRICES.map((row) => row.as_of).sort();
    const text = catalogDescription();
    expect(text).toMatch(/GPU rental prices: LLMCOST gpu-prices, \d+ offers from \d+ providers, dated \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}/);
    const day = (d: string): string => (d.length === 7 ? `${d}-01` : d.length === 4 ? `${d}-01-01` : d);
    const days = dates.map(day).sort();
    expect(text).toContain(`dated ${days[0]} to ${days[days.length - 1]}`);
    // CATALOG(TRUE): the same fact as its own row.
    const row = catalogDetailTable().find((r) => r[0] === "GPU rental prices");
    expect(row?.[1]).toContain(`dated ${days[0]} to ${days[days.length - 1]}`);
  });
});

describe("CATALOG() in Korean (issue 24)", () => {
  test("every source and detail reads Korean; ids, versions, dates and numbers stay as the data writes them", () => {
    const english = catalogDescription("en");
    const korean = catalogDescription("ko");
    expect(korean).toContain("API 가격: @pydantic/genai-prices");
    expect(korean).toContain("GPU 임대 가격: LLMCOST gpu-prices");
    expect(korean).toContain("우선순위: 해당 날짜에 유효한 price_sheet 행");
    // the same facts: every number of the English text is in the Korean one
    for (const figure of english.match(/\d[\d.,-]*/g) ?? []) expect(korean).toContain(figure.replace(/,$/, ""));
    // no word of the English messages is left, but ids (function and argument names, units, the catalogs' names)
    const messageWords = new Set(
      Object.entries(englishErrors)
        .filter(([key]) => key.startsWith("catalog"))
        .flatMap(([, text]) => text.replace(/\{[^{}]*\}/g, " ").match(/[A-Za-z]{3,}/g) ?? []),
    );
    const ids = new Set(["LLMCOST", "USD", "GPUPRICE", "SELFHOST", "API", "GPU", "price_sheet", "as_of", "requests", "gpu", "prices", "finetune", "service", "tiers", "model", "lifecycle"]);
    const left = (korean.match(/[A-Za-z_]{3,}/g) ?? []).filter((w) => messageWords.has(w) && !ids.has(w));
    expect([...new Set(left)]).toEqual([]);
    expect(messageWords.size).toBeGreaterThan(40);
    const rows = catalogDetailTable("ko");
    expect(rows[0]).toEqual(["source", "detail"]);
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(["API 가격", "서비스 티어와 지역", "모델 지원 종료", "API 수수료", "우선순위"]));
  });
});
