import { apiCatalog } from "../../src/engine/api/catalog";
import { inferenceCost, type InferenceWorkload } from "../../src/engine/api/costs";

/**
 * INFERENCE prices a plain text workload at flat prices from a price card worked out once per dated price set (the
 * hot path of a budget column). Saying modality "text" takes the general path instead; for every catalog model and
 * every dated price it lists, both must give the very same figure.
 */
const WORKLOADS: InferenceWorkload[] = [
  { inputTokens: 9_000_000, outputTokens: 15_000_000 },
  { inputTokens: 9_000_000, outputTokens: 15_000_000, requests: 30_000, cachedInputTokens: 3_000_000, cacheWriteTokens: 1_000_000, discount: 0.2 },
  { inputTokens: 1_234_567, outputTokens: 0, requests: 7 },
  { inputTokens: 0, outputTokens: 0 },
];

function outcome(run: () => number): number | string {
  try {
    return run();
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

test("the flat price card gives the general path's figure for every catalog model, date and workload", () => {
  let compared = 0;
  for (const model of apiCatalog.models) {
    const name = `${apiCatalog.providers[model.provider].id}:${model.id}`;
    for (const asOf of [null, ...model.history.map((prices) => prices.from).filter((from): from is string => from !== null)]) {
      for (const workload of WORKLOADS) {
        const fast = outcome(() => inferenceCost(name, workload, asOf));
        if (typeof fast !== "number") continue; // a model whose tokens need a modality, or not priced then
        expect(Object.is(fast, inferenceCost(name, { ...workload, modality: "text" }, asOf))).toBe(true);
        compared++;
      }
    }
  }
  expect(compared).toBeGreaterThan(1000);
});
