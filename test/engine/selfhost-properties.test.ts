import fc from "fast-check";
import {
  gpuIds,
  gpuMemoryGb,
  gpusPerReplica,
  kvCacheBytesPerToken,
  kvCacheCapacityGb,
  OPEN_MODELS,
  openModelIds,
  PRECISIONS,
  selfHostMonthlyUsd,
  selfHostFleet,
  decodeThroughput,
  gpuOwnershipUsdPerHour,
  replicaLatency,
} from "../../src/engine/selfhost";
import { EngineError } from "../../src/engine/errors";

/** (model, gpu, precision) triples that fit on at most 8 GPUs at the fleet's default request size. */
const deployable: Array<[string, string, string]> = [];
for (const model of openModelIds()) {
  for (const gpu of ["h100-sxm", "a100-80gb", "l40s", "b200"]) {
    for (const precision of ["bf16", "fp8", "int4"]) {
      try {
        gpusPerReplica(model, gpu, { precision, contextTokens: 16384 });
        deployable.push([model, gpu, precision]);
      } catch {
        // does not fit: not a deployment
      }
    }
  }
}

const tokens = fc.double({ min: 0, max: 1e12, noNaN: true });

describe("self-hosting properties", () => {
  test("there are deployable combinations to test", () => {
    expect(deployable.length).toBeGreaterThan(30);
  });

  test("more tokens never cost less", () => {
    fc.assert(
      fc.property(fc.constantFrom(...deployable), tokens, tokens, tokens, tokens, ([model, gpu, precision], input, output, moreIn, moreOut) => {
        const base = selfHostMonthlyUsd(model, gpu, input, output, { precision });
        const more = selfHostMonthlyUsd(model, gpu, input + moreIn, output + moreOut, { precision });
        expect(Number.isFinite(base)).toBe(true);
        expect(more).toBeGreaterThanOrEqual(base);
      }),
      { numRuns: 400 },
    );
  });

  test("more input alone, or more output alone, never costs less", () => {
    fc.assert(
      fc.property(fc.constantFrom(...deployable), tokens, tokens, tokens, ([model, gpu, precision], input, output, extra) => {
        const base = selfHostMonthlyUsd(model, gpu, input, output, { precision });
        expect(selfHostMonthlyUsd(model, gpu, input + extra, output, { precision })).toBeGreaterThanOrEqual(base);
        expect(selfHostMonthlyUsd(model, gpu, input, output + extra, { precision })).toBeGreaterThanOrEqual(base);
      }),
      { numRuns: 300 },
    );
  });

  test("more output at the same input never costs less, though the inferred prompts get shorter (CI counterexample)", () => {
    // 14.2e9 input tokens: with no output, prompt-only requests of 16,384; with 279M output, 300-token answers to
    // 15,227-token prompts, whose attention costs less per prompt token. The fleet once fell from 3 replicas to 2.
    const options = { precision: "int4" };
    const base = selfHostMonthlyUsd("deepseek-v3", "a100-80gb", 14181039478.42255, 0, options);
    expect(selfHostMonthlyUsd("deepseek-v3", "a100-80gb", 14181039478.42255, 279394168.7541254, options)).toBeGreaterThanOrEqual(base);
    for (const share of [0.01, 0.03, 0.07, 0.14, 0.3, 1]) {
      expect(selfHostMonthlyUsd("deepseek-v3", "a100-80gb", 1e10, 1e10 * share, options)).toBeGreaterThanOrEqual(
        selfHostMonthlyUsd("deepseek-v3", "a100-80gb", 1e10, 1e10 * share * 0.7, options),
      );
    }
  });

  test("a given output per request is that shape's cost: the floor for guessed shapes does not apply", () => {
    const month = 730 * 3600;
    const shaped = selfHostFleet("llama-3.1-8b", "h100-sxm", 9e9, 3e9, { precision: "fp8", requestOutputTokens: 300 });
    const guessed = selfHostFleet("llama-3.1-8b", "h100-sxm", 9e9, 3e9, { precision: "fp8" });
    expect(shaped.request).toEqual(guessed.request);
    // The guess is sized for the costlier same-input, less-output workload (prompt-only requests of 16,384).
    expect(guessed.replicaSecondsNeeded).toBeGreaterThan(shaped.replicaSecondsNeeded);
    expect(shaped.replicaSecondsNeeded / month).toBeGreaterThan(0);
  });

  test("more GPUs never reduce the memory available", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...openModelIds()),
        fc.constantFrom(...gpuIds()),
        fc.constantFrom(...PRECISIONS),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 0, max: 16 }),
        (model, gpu, precision, gpus, more) => {
          expect(kvCacheCapacityGb(model, gpu, { precision, gpus: gpus + more })).toBeGreaterThanOrEqual(kvCacheCapacityGb(model, gpu, { precision, gpus }));
        },
      ),
    );
  });

  test("a bigger model (more parameters and no smaller KV cache) never needs less memory", () => {
    const pairs: Array<[string, string]> = [];
    for (const a of OPEN_MODELS) {
      for (const b of OPEN_MODELS) {
        if (a.params_b <= b.params_b && kvCacheBytesPerToken(a.id, { precision: "bf16" }) <= kvCacheBytesPerToken(b.id, { precision: "bf16" })) {
          if (a.sliding_window_layers <= b.sliding_window_layers || a.sliding_window_layers === 0) pairs.push([a.id, b.id]);
        }
      }
    }
    expect(pairs.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.constantFrom(...PRECISIONS),
        fc.integer({ min: 0, max: 4096 }),
        fc.integer({ min: 1, max: 64 }),
        ([small, big], precision, contextTokens, concurrentRequests) => {
          const options = { precision, kvCachePrecision: "bf16", contextTokens, concurrentRequests };
          expect(gpuMemoryGb(big, options)).toBeGreaterThanOrEqual(gpuMemoryGb(small, options));
        },
      ),
    );
  });

  test("memory grows with context and with concurrency", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...openModelIds()),
        fc.constantFrom(...PRECISIONS),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        (model, precision, context, moreContext, concurrent, moreConcurrent) => {
          const base = gpuMemoryGb(model, { precision, contextTokens: context, concurrentRequests: concurrent });
          expect(gpuMemoryGb(model, { precision, contextTokens: context + moreContext, concurrentRequests: concurrent })).toBeGreaterThan(base);
          expect(gpuMemoryGb(model, { precision, contextTokens: context + 1, concurrentRequests: concurrent + moreConcurrent })).toBeGreaterThan(base);
        },
      ),
    );
  });

  test("throughput is finite and positive, and higher efficiency never lowers it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...deployable),
        fc.integer({ min: 0, max: 8000 }),
        fc.integer({ min: 1, max: 4000 }),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        ([model, gpu, precision], inputTokens, outputTokens, utilization) => {
          const low = decodeThroughput(model, gpu, { precision, inputTokens, outputTokens, efficiency: { bandwidthUtilization: utilization, flopUtilization: utilization } });
          const high = decodeThroughput(model, gpu, { precision, inputTokens, outputTokens, efficiency: { bandwidthUtilization: utilization + 0.1, flopUtilization: utilization + 0.1 } });
          expect(low).toBeGreaterThan(0);
          expect(Number.isFinite(high)).toBe(true);
          expect(high).toBeGreaterThanOrEqual(low);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("LATENCY: the time per output token grows with concurrency", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...deployable),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 64 }),
        ([model, gpu, precision], inputTokens, outputTokens, concurrent, more) => {
          const options = { precision, inputTokens, outputTokens };
          try {
            const fewer = replicaLatency(model, gpu, { ...options, concurrentRequests: concurrent });
            const busier = replicaLatency(model, gpu, { ...options, concurrentRequests: concurrent + more });
            expect(busier.secondsPerOutputToken).toBeGreaterThan(fewer.secondsPerOutputToken);
            expect(busier.outputTokensPerSecond).toBeGreaterThan(0);
          } catch (error) {
            // only when the KV cache cannot hold that many requests
            expect((error as EngineError).kind).toBe("number");
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test("LATENCY: at concurrency 1 the throughput is about 1 / time per output token", () => {
    fc.assert(
      fc.property(fc.constantFrom(...deployable), fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 1000, max: 4000 }), ([model, gpu, precision], inputTokens, outputTokens) => {
        const one = replicaLatency(model, gpu, { precision, inputTokens, outputTokens });
        const product = one.outputTokensPerSecond * one.secondsPerOutputToken;
        expect(product).toBeLessThanOrEqual(1);
        expect(product).toBeGreaterThan(0.8); // the prompt's prefill is the only difference
      }),
      { numRuns: 200 },
    );
  });

  test("a latency target never lowers SELFHOST (it only adds replicas), or says it cannot be met", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...deployable),
        tokens,
        tokens,
        fc.double({ min: 0.002, max: 0.5, noNaN: true }),
        ([model, gpu, precision], input, output, maxSecondsPerToken) => {
          const free = selfHostMonthlyUsd(model, gpu, input, output, { precision });
          try {
            expect(selfHostMonthlyUsd(model, gpu, input, output, { precision, maxSecondsPerToken })).toBeGreaterThanOrEqual(free);
          } catch (error) {
            expect((error as EngineError).kind).toBe("number");
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test("GPUTCO grows with the purchase price and with the power price", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...gpuIds()),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (gpu, purchaseUsd, morePurchase, usdPerKwh, morePower) => {
          const base = gpuOwnershipUsdPerHour(gpu, { purchaseUsd, usdPerKwh });
          expect(gpuOwnershipUsdPerHour(gpu, { purchaseUsd: purchaseUsd + morePurchase, usdPerKwh })).toBeGreaterThan(base);
          expect(gpuOwnershipUsdPerHour(gpu, { purchaseUsd, usdPerKwh: usdPerKwh + morePower })).toBeGreaterThan(base);
        },
      ),
    );
  });
});
