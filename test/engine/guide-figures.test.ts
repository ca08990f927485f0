import { costAtUsdPerThousand, costAtUsdPerToken, returnOnInvestment, shareOfTokens, volumeTokens } from "../../src/engine";

/** Money to the cent: compare in integer cents so a float slip of one cent fails. */
const cents = (usd: number) => Math.round(usd * 100);

describe("the guide's own arithmetic, to the cent, through the engine", () => {
  test("use case 1: complaint redressal (fine-tuning and inference)", () => {
    const corpus = volumeTokens(6_000_000, 10, 7);
    expect(corpus).toBe(420_000_000);
    const domain = shareOfTokens(corpus, 0.2);
    expect(domain).toBe(84_000_000);
    const instruction = shareOfTokens(domain, 0.5);
    expect(instruction).toBe(42_000_000);
    const fineTune = costAtUsdPerToken(instruction, 0.0001);
    expect(cents(fineTune)).toBe(420_000);
    const users = shareOfTokens(5_000_000, 0.03);
    expect(users).toBe(150_000);
    const inferenceTokens = volumeTokens(users, 1, 1_200);
    expect(inferenceTokens).toBe(180_000_000);
    const inference = costAtUsdPerToken(inferenceTokens, 0.00001);
    expect(cents(inference)).toBe(180_000);
    expect(cents(fineTune + inference)).toBe(600_000);
  });

  test("use case 2: sentiment analysis with function calling", () => {
    const queries = volumeTokens(1_000, 30, 1);
    expect(queries).toBe(30_000);
    const input = volumeTokens(queries, 1, 150) + volumeTokens(queries, 1, 150);
    expect(input).toBe(9_000_000);
    const output = volumeTokens(queries, 1, 500);
    expect(output).toBe(15_000_000);
    expect(input + output).toBe(24_000_000);
    expect(cents(costAtUsdPerToken(input + output, 0.01))).toBe(24_000_000);
  });

  test("embeddings and a vector database", () => {
    const embedding = costAtUsdPerThousand(84_000_000, 0.02);
    expect(cents(embedding)).toBe(168_000);
    const storage = costAtUsdPerThousand(50_000, 0.01); // 50k documents at $0.01 per 1,000 embeddings
    expect(cents(storage)).toBe(50);
    const queries = costAtUsdPerToken(10_000, 0.001); // 10,000 queries at $0.001 each
    expect(cents(queries)).toBe(1_000);
    expect(cents(embedding + storage + queries)).toBe(169_050);
  });

  test("ROI is the guide's (net profit − investment) / investment", () => {
    expect(returnOnInvestment(15_000, 6_000)).toBeCloseTo(1.5, 12);
  });
});
