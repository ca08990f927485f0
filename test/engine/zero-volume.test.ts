import { inferenceCost } from "../../src/engine/api/costs";

/** Issue 22: a stage switched off (0 requests, 0 tokens) costs 0; a request count of 0 with tokens is still refused. */
describe("INFERENCE at zero volume", () => {
  test("0 tokens and 0 requests cost 0", () => {
    expect(inferenceCost("gpt-4.1-mini", { inputTokens: 0, outputTokens: 0, requests: 0 }, "2026-11-01")).toBe(0);
  });
  test("tokens over 0 requests are still an error, and an unknown model still is", () => {
    expect(() => inferenceCost("gpt-4.1-mini", { inputTokens: 10, outputTokens: 0, requests: 0 }, "2026-11-01")).toThrow(/requests/);
    expect(() => inferenceCost("no-such-model", { inputTokens: 0, outputTokens: 0, requests: 0 }, "2026-11-01")).toThrow();
  });
});
