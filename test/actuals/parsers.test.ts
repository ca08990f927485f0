import { readFileSync } from "fs";
import path from "path";
import { detectUsageFormat, guessMapping, headerSignature, parseAnthropicUsage, parseOpenAiUsage, parseUsage, parseUsageCsv, readNumber, type UsageRow } from "../../src/engine/actuals";

const fixture = (name: string) => readFileSync(path.join(__dirname, "..", "fixtures", "actuals", name), "utf8");
const find = (rows: UsageRow[], match: Partial<UsageRow>) => rows.filter((row) => Object.entries(match).every(([k, v]) => row[k as keyof UsageRow] === v));

describe("OpenAI Usage API pages", () => {
  const result = parseOpenAiUsage(fixture("openai-completions.json"));

  test("input_tokens includes input_cached_tokens: kept as the total, cached given apart (INFERENCE's convention)", () => {
    const [support] = find(result.rows, { model: "gpt-4o-mini-2024-07-18", team: "proj_support" });
    // two daily buckets of October summed into one monthly row
    expect(support).toMatchObject({ month: "2026-10-01", provider: "openai", tier: "standard", inputTokens: 1_500_000, cachedInputTokens: 300_000, outputTokens: 350_000, requests: 2000, billedCost: null });
  });

  test("batch: true becomes the batch tier; project_id is the team", () => {
    expect(find(result.rows, { model: "gpt-4.1" })).toEqual([expect.objectContaining({ tier: "batch", team: "proj_marketing", inputTokens: 800_000, requests: 400 })]);
  });

  test("a result without a model and one whose cached tokens exceed its input are rejected with where and why", () => {
    expect(result.rejected).toEqual([
      { location: "page 1, bucket 1, result 3", reason: expect.stringContaining("group_by=model"), at: expect.anything(), why: expect.anything() },
      { location: "page 1, bucket 2, result 2", reason: expect.stringContaining("input_cached_tokens (200) exceeds input_tokens (100)"), at: expect.anything(), why: expect.anything() },
    ]);
    expect(result.rows).toHaveLength(2);
  });

  test("JSON Lines of several pages: embeddings read, other usage kinds and a broken line rejected", () => {
    const pages = parseOpenAiUsage(fixture("openai-pages.jsonl"));
    expect(find(pages.rows, { model: "text-embedding-3-small" })).toEqual([expect.objectContaining({ month: "2026-11-01", team: "proj_search", inputTokens: 9_000_000, outputTokens: 0, requests: 300 })]);
    expect(pages.rows).toHaveLength(2);
    expect(pages.rejected).toEqual([
      { line: 3, location: "line 3", reason: expect.stringContaining("not JSON"), at: expect.anything(), why: expect.anything() },
      { location: "page 2, bucket 1, result 2", reason: expect.stringContaining("organization.usage.images.result"), at: expect.anything(), why: expect.anything() },
    ]);
  });

  test("audio tokens are read with a warning, not silently priced as text", () => {
    const page = { data: [{ start_time: 1790812800, results: [{ object: "organization.usage.completions.result", input_tokens: 10, output_tokens: 5, input_audio_tokens: 7, num_model_requests: 1, model: "gpt-4o-audio-preview" }] }] };
    const parsed = parseOpenAiUsage(JSON.stringify(page));
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.warnings).toEqual([expect.stringContaining("audio or image tokens (7 in, 0 out)")]);
    // input_tokens includes the audio tokens: taken out of the text input
    expect(parsed.rows[0]).toMatchObject({ inputTokens: 3, outputTokens: 5 });
  });
});

describe("Anthropic messages usage report", () => {
  const result = parseAnthropicUsage(fixture("anthropic-messages.json"));

  test("input = uncached + cache reads; cache writes by lifetime; web searches; no request count", () => {
    const [sonnet] = find(result.rows, { model: "claude-sonnet-4-5-20250929" });
    expect(sonnet).toEqual({
      month: "2026-10-01",
      provider: "anthropic",
      model: "claude-sonnet-4-5-20250929",
      team: "wrkspc_support",
      tier: "standard",
      inputTokens: 1_500_000 + 200_000 + 500_000 + 100_000,
      cachedInputTokens: 300_000,
      cacheWriteTokens: 75_000,
      cacheWrite1hTokens: 100_000,
      outputTokens: 600_000,
      requests: null,
      webSearchRequests: 15,
      billedCost: null,
      currency: "",
      region: "",
      speed: "standard",
      charge: "usage",
      listCost: null,
      contractedCost: null,
      effectiveCost: null,
      invoicedCost: 0,
      billingMonth: "",
      invoiceId: "",
    });
  });

  test("workspace_id null is the default workspace; service_tier batch kept", () => {
    expect(find(result.rows, { model: "claude-haiku-4-5-20251001" })).toEqual([expect.objectContaining({ team: "(default workspace)", tier: "batch", inputTokens: 400_000 })]);
  });

  test("negative counts and missing models are rejected with their place", () => {
    expect(result.rejected).toEqual([
      { location: "page 1, bucket 1, result 3", reason: "uncached_input_tokens is -5, not a whole number ≥ 0", at: expect.anything(), why: expect.anything() },
      { location: "page 1, bucket 2, result 2", reason: expect.stringContaining("group_by[]=model"), at: expect.anything(), why: expect.anything() },
    ]);
  });
});

describe("CSV with a header row", () => {
  const result = parseUsageCsv(fixture("gateway.csv"));

  test("BOM, CRLF, blank lines, quoted commas and thousands separators are read; common spellings need no mapping", () => {
    expect(result.preview.missing).toEqual([]);
    expect(result.preview.headers[0]).toBe("Date");
    const [support] = find(result.rows, { month: "2026-10-01", team: "Support" });
    expect(support).toMatchObject({ model: "gpt-4o-mini", provider: "openai", inputTokens: 1_000_000, cachedInputTokens: 200_000, outputTokens: 250_000, requests: 1200, billedCost: 0.29, currency: "USD" });
    expect(find(result.rows, { team: "Sales, EMEA" })).toHaveLength(1);
    expect(find(result.rows, { month: "2026-11-01" })).toEqual([expect.objectContaining({ billedCost: 1.02, team: "+cmd" })]);
  });

  test("formula-looking text stays exactly the text of the file", () => {
    expect(find(result.rows, { team: '=HYPERLINK("http://example.invalid","x")' })).toHaveLength(1);
  });

  test("every unreadable row is listed with its line number and reason", () => {
    expect(result.rejected).toEqual([
      { line: 6, location: "line 6", reason: expect.stringContaining('"lots" is not a whole number'), at: expect.anything(), why: expect.anything() },
      { line: 7, location: "line 7", reason: expect.stringContaining('date "10/22/2026"'), at: expect.anything(), why: expect.anything() },
      { line: 8, location: "line 8", reason: "no model", at: expect.anything(), why: expect.anything() },
      { line: 9, location: "line 9", reason: "7 fields where the header has 9", at: expect.anything(), why: expect.anything() },
      { line: 10, location: "line 10", reason: expect.stringContaining('"-10" is not a whole number'), at: expect.anything(), why: expect.anything() },
    ]);
    expect(result.rows).toHaveLength(4);
  });

  test("an unknown layout reads nothing and says which columns it needs; a given mapping reads it", () => {
    const text = fixture("semicolon-unknown-owner.csv");
    const unknown = parseUsageCsv(text);
    expect(unknown.rows).toEqual([]);
    expect(unknown.rejected).toEqual([expect.objectContaining({ line: 1, reason: expect.stringContaining("Date or month") })]);
    const mapped = parseUsageCsv(text, { date: 0, model: 1, inputTokens: 2, outputTokens: 3, team: 4 });
    expect(mapped.rows).toEqual([expect.objectContaining({ month: "2026-10-01", model: "gpt-4o", inputTokens: 100, outputTokens: 200, team: "@ops", provider: "openai", requests: null })]);
    expect(headerSignature(["When", " Model name"])).toBe(headerSignature(["when", "model name"]));
  });

  test("an unclosed quote is reported at the line it starts on", () => {
    const broken = parseUsageCsv(fixture("unclosed-quote.csv"));
    expect(broken.rejected).toEqual([expect.objectContaining({ line: 2, reason: expect.stringContaining("never closed") })]);
  });

  test("tab and carriage-return prefixed text kept as written", () => {
    const parsed = parseUsageCsv(fixture("control-prefixes.csv"));
    expect(parsed.rows.map((row) => row.team).sort()).toEqual(["\rCR", "\tTab", "-1+2"].sort());
  });

  test("numbers as exported: thousands separators, currency signs; ambiguous decimal commas refused", () => {
    expect(readNumber("1,234,567")).toBe(1234567);
    expect(readNumber(" $12.50 ")).toBe(12.5);
    expect(readNumber("1 234")).toBe(1234);
    expect(readNumber("")).toBeNull();
    expect(readNumber("1,5")).toBeNaN();
  });

  test("uncached input columns are added to cache reads (Anthropic console spelling)", () => {
    const mapping = guessMapping(["date", "model", "uncached_input_tokens", "cache_read_input_tokens", "cache_creation_input_tokens", "output_tokens"]);
    const parsed = parseUsageCsv("date,model,uncached_input_tokens,cache_read_input_tokens,cache_creation_input_tokens,output_tokens\n2026-10-01,claude-haiku-4-5,100,50,20,10\n", mapping);
    expect(parsed.rows).toEqual([expect.objectContaining({ inputTokens: 150, cachedInputTokens: 50, cacheWriteTokens: 20, provider: "anthropic" })]);
  });
});

test("format detection by content", () => {
  expect(detectUsageFormat(fixture("openai-completions.json"))).toBe("openai");
  expect(detectUsageFormat(fixture("anthropic-messages.json"))).toBe("anthropic");
  expect(detectUsageFormat(fixture("gateway.csv"))).toBe("csv");
  expect(parseUsage(fixture("anthropic-messages.json")).format).toBe("anthropic");
});
