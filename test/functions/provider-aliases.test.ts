import { loadFunctionsBundle } from "../support/functions-bundle";
import { errorOf, numberOf } from "../support/cell-values";

/**
 * Provider names through the built dist/functions.js (issue 19): every name an analyst types for a provider
 * (`bedrock`, `amazon-bedrock`, `vertex`, `gcp`, `azure-openai`, ...) means that provider, alike in `provider:model`
 * prefixes and in COMPARE's and MODELS' filters; a prefix that names no provider is an error naming it, never
 * another provider's price. Plain model names under `aws:` price AWS's Bedrock entry.
 */
const bundle = loadFunctionsBundle();
const call = bundle.call;
const TODAY = "2026-11-30";

/** INFERENCE over 100 requests (so long-context tiers know the request size), omitted arguments null as Excel passes them. */
function inference(model: string, input: number, output: number, region: string | null = null) {
  return call("INFERENCE", model, input, output, 100, null, null, TODAY, null, null, null, region, null, null);
}

const ALIASES: Record<string, string[]> = {
  aws: ["bedrock", "Bedrock", "amazon-bedrock", "amazon_bedrock", "Amazon Bedrock", "aws-bedrock", "AWS Bedrock"],
  google: ["vertex", "vertex-ai", "vertex_ai", "Vertex AI", "google-vertex", "google-vertex-ai", "gcp", "google-ai-studio"],
  azure: ["azure-openai", "azure_openai", "Azure OpenAI", "azure-ai-foundry", "microsoft-foundry", "Microsoft Azure"],
  "x-ai": ["xai", "x.ai", "x-ai"],
};

describe("a provider prefix means that provider, by any name", () => {
  // Claude Sonnet 4.5 on Bedrock in-region: 3.3 / 16.5 USD per 1M (AWS's 10% regional premium); Vertex global: 3 / 15.
  const AWS_SONNET = 3.3 + 16.5;

  test("bedrock:claude-sonnet-4-5 is AWS's price, not Google Vertex's", () => {
    expect(numberOf(inference("aws:claude-sonnet-4-5", 1e6, 1e6))).toBeCloseTo(AWS_SONNET, 12);
    for (const alias of ALIASES.aws) {
      expect([alias, numberOf(inference(`${alias}:claude-sonnet-4-5`, 1e6, 1e6))]).toEqual([alias, numberOf(inference("aws:claude-sonnet-4-5", 1e6, 1e6))]);
    }
    expect(numberOf(inference("vertex:claude-sonnet-4-5", 1e6, 1e6))).toBeCloseTo(3 + 15, 12);
  });

  test("aws:claude-haiku-4-5 names AWS's in-region entry, as its Bedrock id does", () => {
    const bedrockId = numberOf(inference("anthropic.claude-haiku-4-5-20251001-v1:0", 1e6, 1e6));
    expect(bedrockId).toBeCloseTo(1.1 + 5.5, 12);
    expect(numberOf(inference("aws:claude-haiku-4-5", 1e6, 1e6))).toBe(bedrockId);
    expect(numberOf(inference("bedrock:claude-haiku-4-5-20251001", 1e6, 1e6))).toBe(bedrockId);
    // the global profile stays one region argument away
    expect(numberOf(inference("aws:claude-haiku-4-5", 1e6, 1e6, "global"))).toBeCloseTo(1 + 5, 12);
  });

  test.each(Object.entries(ALIASES))("every alias of %s prices as its id does", (id, aliases) => {
    const model = { aws: "claude-sonnet-4-6", google: "gemini-2.5-pro", azure: "gpt-4o", "x-ai": "grok-4" }[id] as string;
    const expected = numberOf(inference(`${id}:${model}`, 1e6, 1e6));
    for (const alias of aliases) expect([alias, numberOf(inference(`${alias}:${model}`, 1e6, 1e6))]).toEqual([alias, expected]);
  });

  test("azure-openai:gpt-4o is Azure's offer, not OpenAI's (the package's openai alias would take it)", () => {
    const table = call("MODELS", "azure-openai", TODAY) as unknown[][];
    expect(table.find((row) => row[0] === "azure:gpt-4o")?.[1]).toBe("azure");
  });

  test("an unknown prefix is #N/A naming it, never another provider's entry that contains the rest", () => {
    for (const text of ["foo:claude-sonnet-4-5", "bedrok:claude-sonnet-4-5", "awz:claude-haiku-4-5"]) {
      const error = errorOf(inference(text, 1e6, 1e6));
      expect(error.code).toBe("#N/A");
      expect(error.message).toMatch(new RegExp(`Unknown provider "${text.split(":")[0]}"`));
    }
    // ids that carry a colon themselves still price
    expect(numberOf(inference("amazon.nova-lite-v1:0", 1e6, 1e6))).toBeCloseTo(0.06 + 0.24, 12);
    expect(numberOf(inference("us.anthropic.claude-sonnet-4-5-20250929-v1:0", 1e6, 1e6))).toBeCloseTo(AWS_SONNET, 12);
  });
});

describe("provider filters take the same names", () => {
  test.each(Object.entries(ALIASES))("MODELS and COMPARE filtered by any alias of %s list that provider's offers", (id, aliases) => {
    const canonical = call("MODELS", id, TODAY) as unknown[][];
    expect(canonical.length).toBeGreaterThan(1);
    for (const alias of aliases) {
      const listed = call("MODELS", alias, TODAY) as unknown[][];
      expect([alias, listed.length]).toEqual([alias, canonical.length]);
      expect(listed.slice(1).every((row) => row[1] === id)).toBe(true);
    }
    const compared = call("COMPARE", 1e6, 1e6, 1, aliases[0], 5, TODAY) as unknown[][];
    expect(compared).toEqual(call("COMPARE", 1e6, 1e6, 1, id, 5, TODAY));
  });

  test("an unknown provider filter is #N/A naming it", () => {
    const error = errorOf(call("MODELS", "bedrok", TODAY));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/Unknown provider "bedrok"/);
  });
});

describe("PROVISIONED prices pay-as-you-go through the same resolution", () => {
  test("a bare Claude id on a Bedrock reservation compares with AWS's own pay-as-you-go entry", () => {
    const table = call("PROVISIONED", "claude-haiku-4-5", 1e9, 1e8, null, "bedrock-reserved", null, TODAY, null, null) as unknown[][];
    const payg = numberOf(table[1][4]);
    const global = call("INFERENCE", "aws:claude-haiku-4-5", 1e9, 1e8, null, null, null, TODAY, null, null, null, "global", null, null);
    expect(payg).toBeCloseTo(numberOf(global), 9);
    expect(payg).toBeCloseTo(1e3 * 1 + 1e2 * 5, 9); // Haiku 4.5's global profile: 1 / 5 USD per 1M
  });
});
