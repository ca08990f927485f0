/**
 * The bill's formats: FOCUS in Azure's, AWS's and Google's layouts, OpenAI costs + 2026 usage, Anthropic cost report
 * and usage-and-cost analytics (fixtures written from the providers' documented shapes), and the streaming reader
 * they all go through.
 */
import { readFileSync } from "fs";
import path from "path";
import fc from "fast-check";
import { REJECTIONS_KEPT, UsageStream, focusVersion, linesToCsv, modelFromMeter, parseUsage, tokenKindOf, tokenUnitSize, type UsageRow } from "../../src/engine/actuals";

const fixture = (name: string) => readFileSync(path.join(__dirname, "..", "fixtures", "actuals", name), "utf8");
const find = (rows: UsageRow[], match: Partial<UsageRow>) => rows.filter((row) => Object.entries(match).every(([k, v]) => row[k as keyof UsageRow] === v));
const total = (rows: UsageRow[], field: "billedCost" | "listCost" | "effectiveCost" | "contractedCost") => rows.reduce((sum, row) => sum + (row[field] ?? 0), 0);

describe("FOCUS", () => {
  test("the version is read from the columns; a file without BilledCost, ChargeCategory and ChargePeriodStart is not FOCUS", () => {
    expect(parseUsage(fixture("focus-azure.csv")).focusVersion).toBe("1.2");
    expect(parseUsage(fixture("focus-aws.csv")).focusVersion).toBe("1.2");
    expect(parseUsage(fixture("focus-google.csv")).focusVersion).toBe("1.0");
    expect(focusVersion(["BilledCost", "ChargeCategory", "ChargePeriodStart", "SkuMeter"])).toBe("1.1");
    expect(focusVersion(["BilledCost", "ChargeCategory", "ChargePeriodStart", "ServiceProviderName", "HostProviderName"])).toBe("1.3+");
    expect(focusVersion(["Date", "Model", "BilledCost"])).toBeNull();
  });

  describe("Azure Cost Management (Azure OpenAI)", () => {
    const result = parseUsage(fixture("focus-azure.csv"));
    test("tokens from ConsumedQuantity × the unit's size (1K Tokens, 1M Tokens), kind and model from the meter, team from the tags", () => {
      expect(result.format).toBe("focus");
      const [october] = find(result.rows, { month: "2026-10-01", model: "gpt-4.1-mini", charge: "usage" });
      expect(october).toMatchObject({ provider: "microsoft", team: "Support", tier: "standard", region: "swedencentral", inputTokens: 9_000_000 + 10_000_000, cachedInputTokens: 10_000_000, outputTokens: 4_000_000 });
      expect(october.billedCost).toBeCloseTo(3.6 + 0.9 + 5.76, 9);
      expect(october.listCost).toBeCloseTo(4 + 1 + 6.4, 9);
      expect(october).toMatchObject({ invoiceId: "INV-2026-10-AZ", billingMonth: "2026-10-01" });
      expect(october.invoicedCost).toBeCloseTo(october.billedCost as number, 9);
      const [november] = find(result.rows, { month: "2026-11-01", model: "gpt-4.1-mini" });
      expect(november).toMatchObject({ inputTokens: 6_000_000 + 2_500_000, invoiceId: "", invoicedCost: 0, billingMonth: "2026-11-01" });
    });
    test("provisioned usage keeps contracted and effective costs apart (the commitment); the reservation is a purchase line without tokens", () => {
      const [ptu] = find(result.rows, { model: "gpt-4.1", charge: "usage" });
      expect(ptu).toMatchObject({ tier: "provisioned", team: "Research", inputTokens: 20_000_000, billedCost: 0, contractedCost: 36, effectiveCost: 30, listCost: 40 });
      const [purchase] = find(result.rows, { charge: "purchase" });
      expect(purchase).toMatchObject({ model: "azure openai", inputTokens: 0, outputTokens: 0, billedCost: 120, effectiveCost: 0 });
    });
    test("a non-AI service is skipped and counted with its cost; a unit that is not tokens is rejected with its line", () => {
      expect(result.warnings).toEqual([expect.stringMatching(/^1 rows of other services \(not generative AI\) skipped \(billed 14\.20/)]);
      expect(result.rejected).toEqual([{ line: 10, location: "line 10", reason: expect.stringContaining('ConsumedUnit "Calls", PricingUnit "Calls" is not a token unit'), at: expect.anything(), why: expect.anything() }]);
      expect(result.records).toBe(9);
    });
  });

  describe("AWS Data Exports, FOCUS 1.2 with AWS columns (Bedrock)", () => {
    const result = parseUsage(fixture("focus-aws.csv"));
    test("model and batch tier from x_UsageType; tokens from PricingQuantity × 1000 Tokens (ConsumedUnit 'Units' is no token unit)", () => {
      const [standard] = find(result.rows, { model: "claude-3-5-haiku", tier: "standard" });
      expect(standard).toMatchObject({ provider: "aws", team: "Research", region: "us-east-1", inputTokens: 2_000_000, outputTokens: 500_000, currency: "USD" });
      expect(standard.billedCost).toBeCloseTo(3.6, 9);
      expect(find(result.rows, { model: "claude-3-5-haiku", tier: "batch" })).toEqual([expect.objectContaining({ inputTokens: 1_000_000, billedCost: 0.4 })]);
    });
    test("tax and credit rows are their own lines, with money and no tokens", () => {
      expect(find(result.rows, { charge: "tax" })).toEqual([expect.objectContaining({ billedCost: 0.33, inputTokens: 0, outputTokens: 0, team: "research-prod" })]);
      expect(find(result.rows, { charge: "credit" })).toEqual([expect.objectContaining({ billedCost: -1, inputTokens: 0 })]);
    });
    test("provisioned-throughput hours name no token kind: rejected, not priced as tokens", () => {
      expect(result.rejected).toEqual([{ line: 7, location: "line 7", reason: expect.stringContaining("names no token kind"), at: expect.anything(), why: expect.anything() }]);
    });
  });

  describe("Google Cloud FOCUS export (Vertex AI)", () => {
    const result = parseUsage(fixture("focus-google.csv"));
    test("model from ChargeDescription; PricingQuantity × 1000000 Tokens (ConsumedUnit 'characters' is not used); team from cost-center", () => {
      const [flash] = find(result.rows, { model: "gemini-2.5-flash", charge: "usage" });
      expect(flash).toMatchObject({ provider: "google cloud", team: "Marketing", inputTokens: 3_000_000, outputTokens: 1_000_000 });
      expect(flash.listCost).toBeCloseTo(0.6 + 2.5 + 0.3, 9);
    });
    test("an adjustment is its own line; storage is skipped and counted", () => {
      expect(find(result.rows, { charge: "adjustment" })).toEqual([expect.objectContaining({ billedCost: -0.1, model: "vertex ai" })]);
      expect(result.warnings).toEqual([expect.stringContaining("billed 3.10")]);
      expect(result.rejected).toEqual([]);
    });
  });

  test("units: sizes are read from the unit, never assumed per million; anything else is not a token unit", () => {
    expect(tokenUnitSize("Tokens")).toBe(1);
    expect(tokenUnitSize("1000 Tokens")).toBe(1000);
    expect(tokenUnitSize("1K Tokens")).toBe(1000);
    expect(tokenUnitSize("1,000,000 Tokens")).toBe(1_000_000);
    expect(tokenUnitSize("1M tokens")).toBe(1_000_000);
    expect(tokenUnitSize("Million Tokens")).toBe(1_000_000);
    for (const unit of ["Hours", "Units", "Calls", "characters", "1 Hour", ""]) expect(tokenUnitSize(unit)).toBeNull();
  });

  test("meters: token kind and model", () => {
    expect(tokenKindOf("gpt-4.1-mini Cached Input Global Tokens")).toBe("cached");
    expect(tokenKindOf("Claude Cache Write 1h Input Tokens")).toBe("cacheWrite1h");
    expect(tokenKindOf("cache write tokens")).toBe("cacheWrite");
    expect(tokenKindOf("USE1-Claude-3-5-Haiku-output-tokens")).toBe("output");
    expect(tokenKindOf("Provisioned throughput")).toBeNull();
    expect(modelFromMeter("USE1-Claude-3-5-Haiku-batch-input-tokens")).toBe("claude-3-5-haiku");
    expect(modelFromMeter("Gemini 2.5 Flash Output Tokens")).toBe("gemini-2.5-flash");
  });
});

describe("provider cost endpoints", () => {
  test("OpenAI costs: dollars by line item and project; an unreadable amount is rejected; costs without a line item are kept apart, with a warning", () => {
    const result = parseUsage(fixture("openai-costs.json"));
    expect(result.format).toBe("openai-costs");
    const [mini] = find(result.rows, { model: "gpt-4.1-mini-2025-04-14", team: "proj_support" });
    expect(mini).toMatchObject({ month: "2026-10-01", provider: "openai", tier: "standard", inputTokens: 0, currency: "USD" });
    expect(mini.billedCost).toBeCloseTo(0.88 + 0.1 + 0.64, 9);
    expect(find(result.rows, { model: "(all line items)" })).toEqual([expect.objectContaining({ billedCost: 0.02 })]);
    expect(result.rejected).toEqual([{ location: "page 1, bucket 2, result 1", reason: expect.stringContaining("not a number of dollars"), at: expect.anything(), why: expect.anything() }]);
    expect(result.warnings).toEqual([expect.stringContaining("group_by=line_item")]);
  });

  test("OpenAI costs join the usage on the same line key (month, provider, model, team, tier)", () => {
    const usage = parseUsage(fixture("openai-usage-2026.json")).rows;
    const costs = parseUsage(fixture("openai-costs.json")).rows;
    const key = (r: UsageRow) => [r.month, r.provider, r.model, r.team, r.tier].join("|");
    for (const row of usage) expect(costs.map(key)).toContain(key(row));
  });

  test("OpenAI usage (2026): input_tokens includes cache writes, which are taken out and kept as cache writes; 12-hour writes warned", () => {
    const result = parseUsage(fixture("openai-usage-2026.json"));
    expect(result.format).toBe("openai");
    const [mini] = find(result.rows, { model: "gpt-4.1-mini-2025-04-14" });
    expect(mini).toMatchObject({ inputTokens: 3_000_000, cachedInputTokens: 1_000_000, cacheWriteTokens: 200_000, outputTokens: 400_000, requests: 1500 });
    expect(result.warnings).toEqual([expect.stringContaining("50000 tokens to the 12-hour cache")]);
    const bad = parseUsage(JSON.stringify({ data: [{ start_time: 1790812800, results: [{ object: "organization.usage.completions.result", model: "gpt-4.1", input_tokens: 10, input_cache_write_tokens: 20, output_tokens: 1, num_model_requests: 1 }] }] }));
    expect(bad.rejected).toEqual([expect.objectContaining({ reason: expect.stringContaining("less than the cache-write, audio and image tokens it includes") })]);
  });

  test("Anthropic cost report: amounts are strings of CENTS; region from inference_geo; a number amount is refused, not guessed", () => {
    const result = parseUsage(fixture("anthropic-cost-report.json"));
    expect(result.format).toBe("anthropic-cost");
    const [sonnet] = find(result.rows, { model: "claude-sonnet-4-5-20250929" });
    expect(sonnet).toMatchObject({ team: "wrkspc_support", tier: "standard", region: "global" });
    expect(sonnet.billedCost).toBeCloseTo(13.5, 9);
    expect(find(result.rows, { model: "(web_search)" })).toEqual([expect.objectContaining({ billedCost: 0.15 })]);
    expect(find(result.rows, { model: "claude-haiku-4-5-20251001" })).toEqual([expect.objectContaining({ team: "(default workspace)", tier: "batch", region: "", billedCost: 0.405 })]);
    expect(result.rejected).toEqual([{ location: "page 1, bucket 1, result 5", reason: expect.stringContaining("not a decimal string of cents"), at: expect.anything(), why: expect.anything() }]);
    expect(total(result.rows, "billedCost")).toBeCloseTo(4.5 + 9 + 0.15 + 0.405, 9);
  });

  test("Anthropic usage-and-cost analytics: amount and list_amount in cents, speed and region kept", () => {
    const result = parseUsage(fixture("anthropic-analytics-cost.json"));
    expect(result.format).toBe("anthropic-analytics");
    const [fast] = find(result.rows, { model: "claude-sonnet-4-5-20250929" });
    expect(fast).toMatchObject({ speed: "fast", region: "us", requests: 420 });
    expect(fast.billedCost).toBeCloseTo(12.005, 9);
    expect(fast.listCost).toBeCloseTo(13.5, 9);
  });
});

describe("streaming", () => {
  const whole = (text: string) => parseUsage(text);
  const chunked = (text: string, cuts: number[]) => {
    const stream = new UsageStream();
    let at = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      stream.push(text.slice(at, cut));
      at = cut;
    }
    stream.push(text.slice(at));
    return stream.end();
  };

  test.each(["gateway.csv", "focus-azure.csv", "focus-aws.csv", "unclosed-quote.csv", "control-prefixes.csv"])("%s read in chunks cut anywhere gives what one read gives", (name) => {
    const text = fixture(name);
    const once = whole(text);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }), (cuts) => {
        expect(chunked(text, cuts)).toEqual(once);
      }),
      { numRuns: 150 },
    );
  });

  test(`beyond ${REJECTIONS_KEPT} rejected lines, the rest are counted by reason, never dropped silently`, () => {
    const lines = ["date,model,input_tokens,output_tokens"];
    for (let i = 0; i < REJECTIONS_KEPT + 250; i++) lines.push(`2026-10-01,gpt-4o-mini,${i},oops${i}`);
    lines.push("2026-10-01,gpt-4o-mini,5,5");
    const result = parseUsage(lines.join("\n"));
    expect(result.rows).toEqual([expect.objectContaining({ inputTokens: 5 })]);
    expect(result.rejected).toHaveLength(REJECTIONS_KEPT + 1);
    expect(result.rejected[REJECTIONS_KEPT]).toEqual({ location: "250 more lines", reason: expect.stringContaining("is not a whole number"), at: expect.anything(), why: expect.anything() });
    expect(result.records).toBe(REJECTIONS_KEPT + 251);
  });
});

test.each(["focus-azure.csv", "focus-aws.csv", "focus-google.csv", "gateway.csv", "openai-usage-2026.json", "anthropic-cost-report.json", "anthropic-analytics-cost.json"])("%s: its lines written as LLMCOST lines CSV read back as the same lines", (name) => {
  const once = parseUsage(fixture(name));
  const again = parseUsage(linesToCsv(once.rows));
  expect(again.format).toBe("lines");
  expect(again.rejected).toEqual([]);
  expect(again.rows).toEqual(once.rows);
});

test("a LiteLLM spend log (startTime, model, custom_llm_provider, prompt_tokens, completion_tokens, spend, team_id) maps without asking", () => {
  const log = [
    "request_id,startTime,model,custom_llm_provider,prompt_tokens,completion_tokens,total_tokens,spend,team_id,user,cache_hit,status",
    "chatcmpl-1,2026-10-03T10:00:00.000Z,gpt-4.1-mini,openai,1200,300,1500,0.00096000,support,user1,False,success",
    'chatcmpl-2,2026-10-31T23:59:59.999Z,gpt-4.1-mini,openai,800,200,1000,0.00064000,support,"user 2, contractor",False,success',
    "chatcmpl-3,2026-11-01T00:00:00.000Z,claude-haiku-4-5,anthropic,100,50,150,0.00035000,research,user3,True,success",
  ].join("\n");
  const result = parseUsage(log);
  expect(result.format).toBe("csv");
  expect(result.rejected).toEqual([]);
  expect(find(result.rows, { month: "2026-10-01", team: "support" })).toEqual([expect.objectContaining({ model: "gpt-4.1-mini", provider: "openai", inputTokens: 2000, outputTokens: 500, currency: "USD" })]);
  expect(find(result.rows, { month: "2026-10-01" })[0].billedCost).toBeCloseTo(0.0016, 12);
  expect(find(result.rows, { month: "2026-11-01" })).toEqual([expect.objectContaining({ team: "research", provider: "anthropic" })]);
});
