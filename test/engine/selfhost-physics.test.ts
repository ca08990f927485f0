import {
  attentionFlopsPerQuery,
  computeFormat,
  decodeThroughput,
  findGpu,
  findOpenModel,
  gpuMemoryBytes,
  gpuOwnershipCost,
  gpuOwnershipUsdPerHour,
  gpusPerReplica,
  replicaLatency,
  replicaPerformance,
  selfHostFleet,
  selfHostMonthlyUsd,
  tableGemmShare,
  expertsReached,
  fixedStepSeconds,
  trainingGpuHours,
  decodeContextTokens,
} from "../../src/engine/selfhost";
import { kindOf } from "../support/engine-errors";


describe("memory as the driver reports it", () => {
  test("vendors' 80 / 141 / 180 GB are 81,559 / 143,771 / 183,359 MiB", () => {
    expect(gpuMemoryBytes(findGpu("h100-sxm"))).toBe(81_559 * 2 ** 20);
    expect(gpuMemoryBytes(findGpu("h200"))).toBe(143_771 * 2 ** 20);
    expect(gpuMemoryBytes(findGpu("b200"))).toBe(183_359 * 2 ** 20);
  });

  test("half of one H200 (75.4 GB, not 70.5) holds llama-3.1-70b fp8 with no overhead share", () => {
    // need: 70.55 GB weights + 0.67 GB KV (4096 tokens, fp8) + 1 GB per GPU = 72.2 GB
    expect(gpusPerReplica("llama-3.1-70b", "h200", { precision: "fp8", overheadShare: 0, usableMemoryShare: 0.5 })).toBe(1);
    expect(gpusPerReplica("llama-3.1-70b", "h200", { precision: "fp8", overheadShare: 0, usableMemoryShare: 0.47 })).toBe(2);
  });
});

describe("achieved share of peak per GPU family and compute format", () => {
  test("sourced shares: NVIDIA FP8/BF16 0.7, Blackwell FP4 0.45, MI300X 0.36", () => {
    expect(tableGemmShare(findGpu("h100-sxm"), "fp8")).toBe(0.7);
    expect(tableGemmShare(findGpu("b200"), "fp4")).toBe(0.45);
    expect(tableGemmShare(findGpu("mi300x"), "fp8")).toBe(0.36);
    expect(tableGemmShare(findGpu("a100-80gb"), "tf32")).toBe(tableGemmShare(findGpu("a100-80gb"), "bf16"));
  });

  test("FP4 formats are weight-only (BF16 math) on GPUs without FP4 tensor cores; MXFP4 runs with MXFP8 activations on Blackwell", () => {
    expect(computeFormat(findGpu("h200"), "mxfp4")).toBe("bf16");
    expect(computeFormat(findGpu("h200"), "fp4")).toBe("bf16");
    expect(computeFormat(findGpu("b200"), "mxfp4")).toBe("fp8");
    expect(computeFormat(findGpu("b200"), "fp4")).toBe("fp4");
    expect(computeFormat(findGpu("a100-80gb"), "fp8")).toBe("bf16");
  });

  test("mixed-input GEMMs have their own share where the data has one (MXFP4 weights), else the format's", () => {
    expect(tableGemmShare(findGpu("h100-sxm"), "bf16", "mxfp4")).toBe(0.25);
    expect(tableGemmShare(findGpu("b200"), "fp8", "mxfp4")).toBe(0.25);
    expect(tableGemmShare(findGpu("h100-sxm"), "bf16", "int4")).toBe(tableGemmShare(findGpu("h100-sxm"), "bf16"));
    expect(tableGemmShare(findGpu("a100-80gb"), "bf16", "mxfp4")).toBe(tableGemmShare(findGpu("a100-80gb"), "bf16"));
  });

  test("flop_utilization from Excel replaces the table for every format", () => {
    const options = { gpus: 1, precision: "fp8", inputTokens: 128, outputTokens: 128 };
    const half = decodeThroughput("llama-3.1-8b", "h100-sxm", { ...options, efficiency: { flopUtilization: 0.35 } });
    const table = decodeThroughput("llama-3.1-8b", "h100-sxm", options);
    expect(half).toBeLessThan(table * 0.6);
  });
});

describe("engine concurrency cap", () => {
  test("a replica runs at most 1,024 sequences unless told otherwise, even when memory holds more", () => {
    const capped = replicaPerformance("llama-3.1-8b", "h100-sxm", { precision: "fp8", inputTokens: 128, outputTokens: 128 });
    expect(capped.batch).toBe(1024);
    const uncapped = replicaPerformance("llama-3.1-8b", "h100-sxm", { precision: "fp8", inputTokens: 128, outputTokens: 128, maxBatch: 1e6 });
    expect(uncapped.batch).toBeGreaterThan(3000);
    expect(uncapped.outputTokensPerSecond).toBeGreaterThan(capped.outputTokensPerSecond);
  });
});

describe("attention FLOPs", () => {
  test("DeepSeek's latent attention costs 17 MFLOP per cached token; grouped-query attention 4 x heads x head_dim per layer", () => {
    expect(attentionFlopsPerQuery(findOpenModel("deepseek-v3"), 1)).toBe(16_990_208);
    expect(attentionFlopsPerQuery(findOpenModel("llama-3.1-70b"), 1)).toBe(4 * 64 * 128 * 80);
    // gpt-oss: half of the 36 layers see at most 128 tokens
    expect(attentionFlopsPerQuery(findOpenModel("gpt-oss-120b"), 1000)).toBe(4 * 64 * 64 * (18 * 1000 + 18 * 128));
  });

  test("a 32K prompt costs more per token than its matrix products alone explain (prompt attention)", () => {
    const options = { gpus: 2, precision: "fp8" };
    const short = decodeThroughput("llama-3.3-70b", "h200", { ...options, inputTokens: 1024, outputTokens: 1024 });
    const long = decodeThroughput("llama-3.3-70b", "h200", { ...options, inputTokens: 32768, outputTokens: 1024 });
    const gemmOnly = (1024 + 1024) / (32768 + 1024); // output tokens/s would fall with tokens per request
    expect(long / short).toBeLessThan(gemmOnly * 0.9);
  });
});

describe("mixtures of experts", () => {
  const activeShare = (model: string, gpu: string, gpus: number, peakTflops: number, precision?: string): number => {
    const perf = replicaPerformance(model, gpu, { gpus, precision, inputTokens: 1000, outputTokens: 1000 });
    return (perf.outputTokensPerSecond * 2 * 2 * findOpenModel(model).active_params_b * 1e9) / (gpus * peakTflops * 1e12);
  };

  test("measured-like shares of peak on active parameters: far below a dense model's", () => {
    // Measured at 1000/1000 (TensorRT-LLM perf-overview): gpt-oss-120b on H200 0.14 of BF16 peak (MXFP4 experts are
    // dequantised to BF16 on Hopper), DeepSeek on 8 x H200 0.12 of FP8 peak, Llama 3.1 8B FP8 on H100 0.25 of FP8 peak.
    const dense = activeShare("llama-3.1-8b", "h100-sxm", 1, 1979, "fp8");
    const gptOss = activeShare("gpt-oss-120b", "h200", 1, 989);
    expect(dense).toBeGreaterThan(0.2);
    expect(gptOss).toBeGreaterThan(0.1);
    expect(gptOss).toBeLessThan(0.2);
    expect(activeShare("deepseek-v3", "h200", 8, 1979)).toBeLessThan(0.14);
  });

  test("a step reaches k experts per MoE layer for one token and all of them for many (uniform routing)", () => {
    const model = findOpenModel("gpt-oss-120b");
    expect(expertsReached(model, 1)).toBeCloseTo(4, 10);
    expect(expertsReached(model, 64)).toBeGreaterThan(110);
    expect(expertsReached(model, 4096)).toBeCloseTo(128, 6);
    expect(expertsReached(findOpenModel("llama-3.1-8b"), 100)).toBe(0);
  });

  test("one request at a time reads only the experts it uses, not every expert", () => {
    // gpt-oss-120b on one H200: 1.53B BF16 non-expert + 4 experts x 36 layers of MXFP4 = 4.9 GB a token, 1.3 ms at
    // 0.8 x 4.8 TB/s, plus the fixed per-step costs; reading all 128 experts would take 17 ms more.
    const one = replicaLatency("gpt-oss-120b", "h200", { inputTokens: 1000, outputTokens: 1000 });
    const fixed = fixedStepSeconds(findOpenModel("gpt-oss-120b"), findGpu("h200"), 1);
    expect(one.secondsPerOutputToken - fixed).toBeGreaterThan(0.0012);
    expect(one.secondsPerOutputToken - fixed).toBeLessThan(0.002);
  });

  test("gpt-oss experts compute in their own format: GEMMs over MXFP4 weights are slower than the BF16 rest on Hopper", () => {
    const native = decodeThroughput("gpt-oss-20b", "h100-sxm", { inputTokens: 1000, outputTokens: 1000 });
    const allBf16 = decodeThroughput("gpt-oss-20b", "h100-sxm", { precision: "bf16", inputTokens: 1000, outputTokens: 1000 });
    expect(native).toBeLessThan(allBf16);
  });
});

describe("latency", () => {
  test("time to first token is the prompt's prefill; it grows with the prompt", () => {
    const short = replicaLatency("llama-3.1-8b", "h100-sxm", { precision: "fp8", inputTokens: 1000, outputTokens: 200 });
    const long = replicaLatency("llama-3.1-8b", "h100-sxm", { precision: "fp8", inputTokens: 8000, outputTokens: 200 });
    expect(long.timeToFirstTokenSeconds).toBeGreaterThan(short.timeToFirstTokenSeconds * 7);
  });

  test("one request at a time on one H100: weight bytes / bandwidth (8 GB at 2.68 TB/s = 3.0 ms) plus the per-step overhead", () => {
    const one = replicaLatency("llama-3.1-8b", "h100-sxm", { precision: "fp8", inputTokens: 1000, outputTokens: 1000 });
    const fixed = fixedStepSeconds(findOpenModel("llama-3.1-8b"), findGpu("h100-sxm"), 1);
    // 0.3 ms of host overhead and 32 layers x 35 us of kernel floors: 1.42 ms, one GPU so no collectives.
    expect(fixed).toBeCloseTo(0.0003 + 32 * 0.000035, 9);
    expect(one.secondsPerOutputToken - fixed).toBeGreaterThan(0.003);
    expect(one.secondsPerOutputToken - fixed).toBeLessThan(0.0036);
  });

  test("LATENCY and THROUGHPUT run one schedule: at the same concurrency they give the same tokens per second", () => {
    for (const [model, gpu, gpus] of [["llama-3.1-70b", "h100-sxm", 4], ["deepseek-v3", "h200", 8], ["llama-3.1-8b", "l40s", 1]] as const) {
      for (const concurrent of [1, 4, 64]) {
        const shape = { gpus, inputTokens: 2000, outputTokens: 500 };
        const latency = replicaLatency(model, gpu, { ...shape, concurrentRequests: concurrent });
        const throughput = decodeThroughput(model, gpu, { ...shape, maxBatch: concurrent });
        expect(latency.outputTokensPerSecond / throughput).toBeCloseTo(1, 10);
        expect(latency.outputTokensPerSecond * latency.secondsPerOutputToken).toBeCloseTo(concurrent, 8);
      }
    }
  });

  test("time to first token is the step that carries the whole prompt: longer prompts and more requests in flight take longer", () => {
    const at = (inputTokens: number, concurrentRequests: number) =>
      replicaLatency("llama-3.1-70b", "h100-sxm", { gpus: 4, precision: "fp8", inputTokens, outputTokens: 500, concurrentRequests });
    expect(at(2000, 1).timeToFirstTokenSeconds).toBeGreaterThan(at(2000, 1).secondsPerOutputToken);
    expect(at(8000, 1).timeToFirstTokenSeconds).toBeGreaterThan(at(2000, 1).timeToFirstTokenSeconds);
    expect(at(2000, 32).timeToFirstTokenSeconds).toBeGreaterThan(at(2000, 1).timeToFirstTokenSeconds);
    // A 2,000-token prompt on 4 x H100: 2 x 70.6e9 x 2,000 FLOPs at ~0.69 x 4 x 1,979 TFLOPS x 0.7 is ~75 ms of math.
    expect(at(2000, 1).timeToFirstTokenSeconds).toBeGreaterThan(0.05);
    expect(at(2000, 1).timeToFirstTokenSeconds).toBeLessThan(0.2);
  });

  test("a replica over several GPUs pays two collectives per layer at the library's latency for that many GPUs", () => {
    const model = findOpenModel("llama-3.1-70b");
    const h100 = findGpu("h100-sxm");
    // NCCL's model: 6.6 us + 2 x 7 hops x 0.6 us = 15 us per all-reduce at 8 GPUs; 160 of them per step.
    expect(fixedStepSeconds(model, h100, 8) - fixedStepSeconds(model, h100, 1)).toBeCloseTo(160 * 15e-6, 9);
    expect(fixedStepSeconds(model, h100, 2)).toBeLessThan(fixedStepSeconds(model, h100, 4));
    const l40s = findGpu("l40s");
    expect(fixedStepSeconds(model, l40s, 8)).toBeGreaterThan(fixedStepSeconds(model, h100, 8));
  });

  test("spread output lengths hold longer contexts than their mean: input + E[o^2] / (2 E[o]) per decoded token", () => {
    expect(decodeContextTokens({ inputTokens: 800, outputTokens: 4000 })).toBe(2800);
    // Exponentially spread outputs (cv 1): the token-weighted context is input + the mean output.
    expect(decodeContextTokens({ inputTokens: 800, outputTokens: 4000, outputLengthCv: 1 })).toBe(4800);
    // DeepSeek's latent attention is compute-bound, so the longer context slows each step at high concurrency.
    const shape = { gpus: 8, precision: "fp4", inputTokens: 804, outputTokens: 3748, concurrentRequests: 1235 };
    const equal = replicaLatency("deepseek-v3", "b200", shape);
    const spread = replicaLatency("deepseek-v3", "b200", { ...shape, outputLengthCv: 1.253 });
    expect(spread.secondsPerOutputToken / equal.secondsPerOutputToken).toBeGreaterThan(1.15);
    expect(spread.secondsPerOutputToken / equal.secondsPerOutputToken).toBeLessThan(1.45);
    // At one request the weights, not the context, set the step: the spread barely matters.
    const one = { gpus: 8, precision: "fp8", inputTokens: 1000, outputTokens: 1000 };
    const ratio = replicaLatency("llama-3.1-70b", "h100-sxm", { ...one, outputLengthCv: 1 }).secondsPerOutputToken / replicaLatency("llama-3.1-70b", "h100-sxm", one).secondsPerOutputToken;
    expect(ratio).toBeGreaterThan(1);
    expect(ratio).toBeLessThan(1.02);
    expect(kindOf(() => replicaLatency("llama-3.1-8b", "h100-sxm", { outputLengthCv: -0.5 }))).toBe("number");
  });

  test("an FP8 cache is dequantized in decode attention: it slows compute-bound latent attention, and halves grouped-query attention's reads", () => {
    const deepseek = { gpus: 8, precision: "fp4", inputTokens: 804, outputTokens: 3748, concurrentRequests: 1000, outputLengthCv: 1.253 };
    const mlaFp8 = replicaLatency("deepseek-v3", "b200", { ...deepseek, kvCachePrecision: "fp8" }).secondsPerOutputToken;
    const mlaBf16 = replicaLatency("deepseek-v3", "b200", { ...deepseek, kvCachePrecision: "bf16" }).secondsPerOutputToken;
    expect(mlaFp8).toBeGreaterThan(mlaBf16 * 1.1);
    const llama = { gpus: 4, precision: "fp8", inputTokens: 8000, outputTokens: 2000, concurrentRequests: 32 };
    const gqaFp8 = replicaLatency("llama-3.1-70b", "h100-sxm", { ...llama, kvCachePrecision: "fp8" }).secondsPerOutputToken;
    const gqaBf16 = replicaLatency("llama-3.1-70b", "h100-sxm", { ...llama, kvCachePrecision: "bf16" }).secondsPerOutputToken;
    expect(gqaFp8).toBeLessThan(gqaBf16);
  });

  test("more concurrent requests than the KV cache holds is #NUM!", () => {
    expect(kindOf(() => replicaLatency("llama-3.1-70b", "h100-sxm", { gpus: 2, precision: "fp8", inputTokens: 8000, outputTokens: 8000, concurrentRequests: 500 }))).toBe("number");
  });

  test("a latency target SELFHOST cannot meet is #NUM!; one it can meet adds replicas", () => {
    expect(kindOf(() => selfHostMonthlyUsd("llama-3.1-70b", "h100-sxm", 1e9, 1e9, { precision: "fp8", maxSecondsPerToken: 0.001 }))).toBe("number");
    const free = selfHostFleet("llama-3.1-8b", "h100-sxm", 2e11, 2e11, { precision: "fp8" });
    const tight = selfHostFleet("llama-3.1-8b", "h100-sxm", 2e11, 2e11, { precision: "fp8", maxSecondsPerToken: 0.01 });
    expect(tight.batch).toBeLessThan(free.batch);
    expect(tight.replicas).toBeGreaterThan(free.replicas);
  });
});

describe("training precision", () => {
  test("fp8 divides by the FP8 peak at 0.37; fp4 (nvfp4) is FP8 sped up by the measured 1.2x, and needs FP4 tensor cores", () => {
    const one = { gpus: 1 };
    expect(trainingGpuHours("llama-3.1-8b", 1e9, "h100-sxm", { ...one, precision: "fp8" })).toBeCloseTo((6 * 8.03e9 * 1e9) / (1979e12 * 0.37) / 3600, 8);
    const fp8 = trainingGpuHours("llama-3.1-8b", 1e9, "b200", { ...one, precision: "fp8" });
    expect(trainingGpuHours("llama-3.1-8b", 1e9, "b200", { ...one, precision: "fp4" })).toBeCloseTo(fp8 / 1.2, 8);
    expect(trainingGpuHours("llama-3.1-8b", 1e9, "b200", { precision: "NVFP4" })).toBe(trainingGpuHours("llama-3.1-8b", 1e9, "b200", { precision: "fp4" }));
    expect(kindOf(() => trainingGpuHours("llama-3.1-8b", 1e9, "h100-sxm", { precision: "fp4" }))).toBe("value");
    expect(kindOf(() => trainingGpuHours("llama-3.1-8b", 1e9, "h100-sxm", { precision: "fp16x" }))).toBe("value");
  });
});

describe("owning a GPU", () => {
  test("h100-sxm at the catalog defaults: 30,000 over 5 years + 0.7 kW x 1.2 x 0.08 + 10% a year", () => {
    const cost = gpuOwnershipCost("h100-sxm");
    expect(cost.capexUsdPerHour).toBeCloseTo(30000 / (5 * 8760), 10);
    expect(cost.powerUsdPerHour).toBeCloseTo(0.7 * 1.2 * 0.08, 10);
    expect(cost.opexUsdPerHour).toBeCloseTo(3000 / 8760, 10);
    expect(cost.usdPerGpuHour).toBeCloseTo(1.0946, 3);
  });

  test("a GPU without a catalog purchase price needs purchase_usd; a PUE below 1 is impossible", () => {
    expect(kindOf(() => gpuOwnershipUsdPerHour("mi300x"))).toBe("not-available");
    expect(gpuOwnershipUsdPerHour("mi300x", { purchaseUsd: 15000 })).toBeGreaterThan(0);
    expect(kindOf(() => gpuOwnershipUsdPerHour("h100-sxm", { pue: 0.9 }))).toBe("number");
  });
});
