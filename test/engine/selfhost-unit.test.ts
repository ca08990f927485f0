import gpus from "../../src/data/gpus.json";
import prices from "../../src/data/gpu-prices.json";
import models from "../../src/data/open-models.json";
import shares from "../../src/data/gpu-efficiency.json";
import ownership from "../../src/data/gpu-ownership.json";
import {
  breakEvenDetail,
  breakEvenMonthlyOutputTokens,
  decodeThroughput,
  gpuIds,
  gpuMemoryGb,
  gpuProviders,
  gpusPerReplica,
  gpuUsdPerHour,
  kvCacheBytesPerToken,
  modelWeightsGb,
  openModelIds,
  PRECISIONS,
  replicaPerformance,
  selfHostFleet,
  selfHostMonthlyUsd,
  SELFHOST_DEFAULTS,
  trainingGpuHours,
} from "../../src/engine/selfhost";
import { kindOf, messageOf } from "../support/engine-errors";



describe("data files", () => {
  test("every row carries a source and an as_of date", () => {
    for (const row of [...gpus, ...prices, ...models, ...shares, ...ownership.purchase, ownership.defaults] as Array<{ source: string; as_of: string }>) {
      expect(row.source.length).toBeGreaterThan(5);
      expect(row.as_of).toMatch(/^\d{4}-\d{2}/);
    }
  });

  test("every GPU family has a BF16 achieved share, and every share is a decimal of peak", () => {
    for (const gpu of gpus) expect(shares.some((row) => row.family === gpu.family && row.compute === "bf16")).toBe(true);
    for (const row of shares) {
      expect(row.gemm_share).toBeGreaterThan(0);
      expect(row.gemm_share).toBeLessThanOrEqual(1);
    }
  });

  test("mixture-of-experts rows: routed parameters are part of the active ones; dense rows have none", () => {
    for (const model of models) {
      if (model.experts === null) expect(model.routed_expert_params_b).toBe(0);
      else {
        expect(model.routed_expert_params_b).toBeGreaterThan(0);
        expect(model.routed_expert_params_b).toBeLessThan(model.active_params_b);
        expect(model.experts_per_token).toBeLessThan(model.experts);
      }
    }
  });

  test("KV values per token per layer are 2 x kv_heads x head_dim except for latent attention", () => {
    for (const model of models) {
      if (model.kv_heads === null) expect(model.id).toBe("deepseek-v3");
      else expect(model.kv_values_per_token_per_layer).toBe(2 * model.kv_heads * model.head_dim);
    }
    expect(models.find((m) => m.id === "deepseek-v3")?.kv_values_per_token_per_layer).toBe(576);
  });

  test("every priced GPU is in the GPU catalog and lists ids for suggestions", () => {
    for (const row of prices) expect(gpuIds()).toContain(row.gpu);
    expect(openModelIds()).toEqual(expect.arrayContaining(["llama-3.1-8b", "llama-3.1-70b", "gpt-oss-120b", "deepseek-v3", "mixtral-8x7b"]));
    expect(gpuProviders()).toEqual(["aws", "azure", "coreweave", "crusoe", "gcp", "lambda", "nebius", "oracle", "runpod", "semianalysis", "spheron", "tensorwave", "vultr"]);
    expect(PRECISIONS).toEqual(expect.arrayContaining(["fp32", "bf16", "fp16", "fp8", "int8", "int4", "fp4"]));
  });
});

describe("GPU prices", () => {
  test("median on-demand price for h100-sxm across seven providers", () => {
    // 2.95 nebius, 3.49 runpod, 3.99 lambda, 6.155 coreweave, 6.88 aws, 10.9791 gcp, 12.29 azure -> the fourth
    expect(gpuUsdPerHour("h100-sxm")).toBeCloseTo(6.155, 10);
    expect(gpuUsdPerHour("A100-80GB")).toBeCloseTo(3.4309, 10);
  });

  test("a committed (1-year reserved) H100 costs a third of the hyperscalers' on-demand median; every offer says who sells it", () => {
    expect(gpuUsdPerHour("h100-sxm", null, "committed")).toBe(2.35);
    const onDemand = prices.filter((row) => row.gpu === "h100-sxm" && row.pricing === "on_demand");
    const hyperscalers = onDemand.filter((row) => row.provider_kind === "hyperscaler").map((row) => row.usd_per_gpu_hour);
    const neoclouds = onDemand.filter((row) => row.provider_kind === "neocloud").map((row) => row.usd_per_gpu_hour);
    expect(Math.min(...hyperscalers)).toBeGreaterThan(Math.max(...neoclouds) * 0.99);
    for (const row of prices) expect(["hyperscaler", "neocloud", "marketplace"]).toContain(row.provider_kind);
  });

  test("provider and pricing are case-insensitive", () => {
    expect(gpuUsdPerHour("H100-SXM", "AWS")).toBeCloseTo(6.88, 10);
    expect(gpuUsdPerHour("h100-sxm", "gcp", "SPOT")).toBeCloseTo(6.571, 10);
    expect(gpuUsdPerHour("h100-sxm", "runpod", "community")).toBeCloseTo(2.69, 10);
    expect(gpuUsdPerHour("h100-sxm", null, null)).toBeCloseTo(6.155, 10);
  });

  test("unlisted combinations are not available and say what is listed", () => {
    expect(kindOf(() => gpuUsdPerHour("h100-sxm", "lambda", "spot"))).toBe("not-available");
    expect(messageOf(() => gpuUsdPerHour("h100-sxm", "lambda", "spot"))).toMatch(/gcp spot.*lambda on_demand/);
    expect(kindOf(() => gpuUsdPerHour("mi300x", null, "community"))).toBe("not-available");
    expect(kindOf(() => gpuUsdPerHour("h100-sxm", "oracle"))).toBe("not-available");
    expect(kindOf(() => gpuUsdPerHour("h100-sxm", "aws", "weekly"))).toBe("value");
  });
});

describe("memory", () => {
  test("llama-3.1-70b weights at bf16 are 141.1 GB", () => {
    expect(modelWeightsGb("llama-3.1-70b")).toBeCloseTo(141.1, 10);
    expect(modelWeightsGb("llama-3.1-70b", { precision: "fp8" })).toBeCloseTo(70.55, 10);
    expect(modelWeightsGb("llama-3.1-70b", { precision: "int4" })).toBeCloseTo(35.275, 10);
    expect(modelWeightsGb("llama-3.1-70b", { precision: "fp32" })).toBeCloseTo(282.2, 10);
  });

  test("KV cache per token for llama-3.1-8b is 2 x 32 x 8 x 128 x 2 bytes", () => {
    expect(kvCacheBytesPerToken("llama-3.1-8b")).toBe(131072);
    expect(kvCacheBytesPerToken("llama-3.1-8b", { kvCachePrecision: "fp8" })).toBe(65536);
    // FP8 weights are served with an FP8 cache unless told otherwise.
    expect(kvCacheBytesPerToken("llama-3.1-8b", { precision: "fp8" })).toBe(65536);
    expect(kvCacheBytesPerToken("deepseek-v3", { kvCachePrecision: "bf16" })).toBe(61 * 576 * 2);
  });

  test("gpuMemoryGb adds weights, KV cache and overhead", () => {
    // 16.06 GB weights + 4096 x 131072 B KV + 10% of weights + 1 GB
    expect(gpuMemoryGb("llama-3.1-8b")).toBeCloseTo(16.06 + (4096 * 131072) / 1e9 + 1.606 + 1, 10);
    expect(gpuMemoryGb("llama-3.1-8b", { contextTokens: 8192, concurrentRequests: 4 })).toBeCloseTo(16.06 + (4 * 8192 * 131072) / 1e9 + 1.606 + 1, 10);
    expect(gpuMemoryGb("llama-3.1-8b", { contextTokens: null, concurrentRequests: undefined, precision: null })).toBeCloseTo(gpuMemoryGb("llama-3.1-8b"), 12);
  });

  test("sliding-window layers of gpt-oss hold at most their window; experts default to MXFP4, the rest to BF16", () => {
    const kv = (12 * 4096 + 12 * 128) * 1024 * 2;
    const experts = 2.39e9 * (32 / 4);
    const weights = experts * (4.25 / 8) + (20.9e9 - experts) * 2;
    expect(gpuMemoryGb("gpt-oss-20b")).toBeCloseTo((weights + kv + 0.1 * weights + 1e9) / 1e9, 10);
  });

  test("gpt-oss weights come out at the size of the published checkpoints (12.8 and 60.8 GiB)", () => {
    const gib = (model: string): number => (modelWeightsGb(model) * 1e9) / 2 ** 30;
    expect(Math.abs(gib("gpt-oss-20b") / 12.8 - 1)).toBeLessThan(0.03);
    expect(Math.abs(gib("gpt-oss-120b") / 60.8 - 1)).toBeLessThan(0.03);
    // an asked-for precision applies to every weight
    expect(modelWeightsGb("gpt-oss-20b", { precision: "bf16" })).toBeCloseTo(41.8, 6);
  });

  test("gpusPerReplica picks the smallest of 1, 2, 4, 8", () => {
    expect(gpusPerReplica("llama-3.1-8b", "h100-sxm")).toBe(1);
    expect(gpusPerReplica("llama-3.1-70b", "h100-sxm", { precision: "fp8" })).toBe(2);
    expect(gpusPerReplica("llama-3.1-70b", "h100-sxm")).toBe(4);
    expect(gpusPerReplica("llama-3.1-405b", "h100-sxm", { precision: "fp8" })).toBe(8);
    expect(gpusPerReplica("gpt-oss-120b", "h100-sxm")).toBe(1);
    expect(kindOf(() => gpusPerReplica("llama-3.1-405b", "h100-sxm"))).toBe("number");
    expect(kindOf(() => gpusPerReplica("deepseek-v3", "a100-40gb"))).toBe("number");
  });

  test("context beyond the model's window is impossible", () => {
    expect(kindOf(() => gpuMemoryGb("llama-2-7b", { contextTokens: 8192 }))).toBe("number");
  });
});

describe("errors", () => {
  test("unknown ids are not available, with the closest ids", () => {
    expect(kindOf(() => gpuMemoryGb("llama-3.1-8"))).toBe("not-available");
    expect(messageOf(() => gpuMemoryGb("llama-3.1-8"))).toMatch(/Closest: llama-3\.1-8b/);
    expect(kindOf(() => gpusPerReplica("llama-3.1-8b", "h100"))).toBe("not-available");
    expect(messageOf(() => gpuUsdPerHour("h100-sxn"))).toMatch(/Unknown GPU "h100-sxn"\. Closest: h100-sxm/);
    expect(kindOf(() => trainingGpuHours("gpt-5", 1e9, "h100-sxm"))).toBe("not-available");
  });

  test("bad choices are value errors", () => {
    expect(kindOf(() => gpuMemoryGb("llama-3.1-8b", { precision: "fp7" }))).toBe("value");
    expect(kindOf(() => trainingGpuHours("llama-3.1-8b", 1e9, "h100-sxm", { method: "qlora" }))).toBe("value");
    expect(kindOf(() => gpuMemoryGb(42 as unknown as string))).toBe("value");
    expect(kindOf(() => decodeThroughput("llama-3.1-8b", "h100-sxm", { inputTokens: Number.NaN }))).toBe("value");
  });

  test("impossible numbers are number errors", () => {
    expect(kindOf(() => selfHostMonthlyUsd("llama-3.1-8b", "h100-sxm", -1, 100))).toBe("number");
    expect(kindOf(() => selfHostMonthlyUsd("llama-3.1-8b", "h100-sxm", 1, 100, { utilization: 1.5 }))).toBe("number");
    expect(kindOf(() => trainingGpuHours("llama-3.1-8b", -5, "h100-sxm"))).toBe("number");
    expect(kindOf(() => decodeThroughput("llama-3.1-8b", "h100-sxm", { outputTokens: 0 }))).toBe("number");
    expect(kindOf(() => decodeThroughput("llama-3.1-70b", "h100-sxm", { gpus: 1 }))).toBe("number");
    expect(kindOf(() => gpuMemoryGb("llama-3.1-8b", { concurrentRequests: 1.5 }))).toBe("number");
  });
});

describe("throughput", () => {
  test("default shape and GPU count are documented defaults", () => {
    const perf = replicaPerformance("llama-3.1-8b", "h100-sxm", { precision: "fp8" });
    expect(perf.gpus).toBe(1);
    expect(decodeThroughput("llama-3.1-8b", "h100-sxm", { precision: "fp8", inputTokens: 1000, outputTokens: 1000, gpus: 1 })).toBeCloseTo(perf.outputTokensPerSecond, 8);
    expect(replicaPerformance("llama-3.1-70b", "h100-sxm", { precision: "fp8" }).gpus).toBe(2);
  });

  test("a memory-bound decode scales with bandwidth efficiency", () => {
    const slow = decodeThroughput("llama-3.1-8b", "h100-sxm", { precision: "fp8", inputTokens: 2048, outputTokens: 2048, maxBatch: 1, efficiency: { bandwidthUtilization: 0.4 } });
    const fast = decodeThroughput("llama-3.1-8b", "h100-sxm", { precision: "fp8", inputTokens: 2048, outputTokens: 2048, maxBatch: 1, efficiency: { bandwidthUtilization: 0.8 } });
    // The fixed per-step costs (host overhead, kernel floors) do not depend on bandwidth; everything else but the
    // prompt's attention FLOPs (compute, not bandwidth) halves: very nearly 2x.
    const fixed = SELFHOST_DEFAULTS.stepOverheadSeconds + 32 * SELFHOST_DEFAULTS.layerOverheadSeconds;
    expect((1 / slow - fixed) / (1 / fast - fixed)).toBeGreaterThan(1.99);
    expect((1 / slow - fixed) / (1 / fast - fixed)).toBeLessThanOrEqual(2);
    // Batch 1: one step reads 8 GB at 2.68 TB/s (3.0 ms, a little more for the KV cache) plus the fixed 1.42 ms.
    expect(1 / fast - fixed).toBeGreaterThan(0.003);
    expect(1 / fast - fixed).toBeLessThan(0.0033);
  });
});

describe("fleet cost", () => {
  const hours = SELFHOST_DEFAULTS.hoursPerMonth;

  test("zero tokens still cost one idle replica", () => {
    expect(selfHostMonthlyUsd("llama-3.1-8b", "h100-sxm", 0, 0)).toBeCloseTo(6.155 * hours, 8);
    expect(selfHostMonthlyUsd("llama-3.1-70b", "h100-sxm", 0, 0, { precision: "fp8", usdPerGpuHour: 2 })).toBeCloseTo(2 * 2 * hours, 8);
  });

  test("the fleet agrees with decodeThroughput for the same request shape", () => {
    const tps = decodeThroughput("llama-3.1-8b", "h100-sxm", { precision: "fp8", inputTokens: 900, outputTokens: 300, gpus: 1 });
    const month = hours * 3600;
    // Exactly 10 replicas' worth of full-load output at utilization 1.
    const fleet = selfHostFleet("llama-3.1-8b", "h100-sxm", 3 * 10 * tps * month, 10 * tps * month, { precision: "fp8", utilization: 1, gpus: 1, requestOutputTokens: 300 });
    expect(fleet.request.inputTokens).toBeCloseTo(900, 8);
    expect(fleet.request.outputTokens).toBe(300);
    expect(fleet.replicaSecondsNeeded / month).toBeCloseTo(10, 8);
    expect(fleet.replicas).toBeGreaterThanOrEqual(10);
    expect(fleet.replicas).toBeLessThanOrEqual(11);
  });

  test("utilization below 1 needs more replicas", () => {
    const volume = { input: 2e10, output: 1e10 };
    const full = selfHostFleet("llama-3.1-8b", "h100-sxm", volume.input, volume.output, { utilization: 1 });
    const sixty = selfHostFleet("llama-3.1-8b", "h100-sxm", volume.input, volume.output);
    expect(sixty.replicas).toBe(Math.max(1, Math.ceil(full.replicaSecondsNeeded / (hours * 3600 * 0.6))));
    expect(sixty.monthlyUsd).toBeGreaterThanOrEqual(full.monthlyUsd);
  });

  test("very input-heavy volumes become more requests, not impossible ones", () => {
    const fleet = selfHostFleet("llama-3.1-8b", "h100-sxm", 1e12, 1, {});
    expect(fleet.request.inputTokens + fleet.request.outputTokens).toBeCloseTo(16384, 6);
    expect(Number.isFinite(fleet.monthlyUsd)).toBe(true);
  });
});

describe("training", () => {
  test("full fine-tuning on one GPU is 6 x params x tokens over peak x MFU", () => {
    const one = { gpus: 1 };
    const expected = (6 * 6.74e9 * 2e12) / (312e12 * 0.4) / 3600;
    expect(trainingGpuHours("llama-2-7b", 2e12, "a100-80gb", one)).toBeCloseTo(expected, 6);
    expect(trainingGpuHours("llama-2-7b", 2e12, "a100-80gb", { ...one, method: "pretrain" })).toBeCloseTo(expected, 6);
    expect(trainingGpuHours("llama-2-7b", 1e12, "a100-80gb", { ...one, epochs: 2 })).toBeCloseTo(expected, 6);
    expect(trainingGpuHours("llama-2-7b", 2e12, "a100-80gb", { ...one, method: "LoRA" })).toBeCloseTo(expected * 0.8, 6);
    expect(trainingGpuHours("llama-2-7b", 2e12, "a100-80gb", { ...one, mfu: 0.5 })).toBeCloseTo((expected * 0.4) / 0.5, 6);
  });

  test("mixtures of experts train at their active parameter count, at the MoE MFU (0.18)", () => {
    expect(trainingGpuHours("mixtral-8x7b", 1e9, "h100-sxm", { gpus: 1 })).toBeCloseTo((6 * 12.9e9 * 1e9) / (989e12 * 0.18) / 3600, 8);
  });

  test("more GPUs cost more GPU-hours: 8 -> 64 -> 512 (a fixed global batch gives each GPU less to hide its exchange behind)", () => {
    const at = (gpus: number): number => trainingGpuHours("llama-3.1-8b", 1e9, "h100-sxm", { precision: "fp8", gpus });
    expect(at(8)).toBeGreaterThan(at(1));
    expect(at(64)).toBeGreaterThan(at(8) * 1.1);
    expect(at(512)).toBeGreaterThan(at(64));
    // One node over NVLink costs under 1% more than one GPU; 64 GPUs over 400 Gb/s links about a third more.
    expect(at(8) / at(1)).toBeLessThan(1.01);
    expect(at(64) / at(8)).toBeGreaterThan(1.2);
    expect(at(64) / at(8)).toBeLessThan(1.45);
    expect(kindOf(() => trainingGpuHours("llama-3.1-8b", 1e9, "h100-sxm", { gpus: 0 }))).toBe("number");
    expect(kindOf(() => trainingGpuHours("llama-3.1-8b", 1e9, "h100-sxm", { gpus: 2.5 }))).toBe("number");
  });
});

describe("break-even", () => {
  const base = { model: "llama-3.1-8b", gpu: "h100-sxm", precision: "fp8", inputOutputRatio: 3 };

  test("an expensive API is beaten above replica cost / API cost per output token", () => {
    const options = { ...base, apiInputUsdPerMtok: 3, apiOutputUsdPerMtok: 15 };
    const detail = breakEvenDetail(options);
    expect(detail.valueRatio).toBeGreaterThan(2);
    const perToken = (3 * 3 + 15) / 1e6;
    expect(breakEvenMonthlyOutputTokens(options)).toBeCloseTo((6.155 * 730) / perToken, 0);
    const x = detail.alwaysCheaperAbove;
    for (const volume of [x, x * 1.01, x * 3.7, x * 50, x * 1234.5]) {
      expect(selfHostMonthlyUsd("llama-3.1-8b", "h100-sxm", 3 * volume, volume, { precision: "fp8" })).toBeLessThanOrEqual(((3 * 3 * volume + 15 * volume) / 1e6) * (1 + 1e-9));
    }
    expect(selfHostMonthlyUsd("llama-3.1-8b", "h100-sxm", 3 * x * 0.99, x * 0.99, { precision: "fp8" })).toBeGreaterThan(((3 * 3 + 15) * x * 0.99) / 1e6);
  });

  test("a cheap API is never beaten", () => {
    const options = { ...base, apiInputUsdPerMtok: 0.01, apiOutputUsdPerMtok: 0.02 };
    expect(kindOf(() => breakEvenMonthlyOutputTokens(options))).toBe("number");
    expect(messageOf(() => breakEvenMonthlyOutputTokens(options))).toMatch(/never beats the API/);
  });

  test("when one replica is only slightly cheaper, the break-even waits for the steps to stop mattering", () => {
    const first = breakEvenDetail({ ...base, apiInputUsdPerMtok: 3, apiOutputUsdPerMtok: 15 });
    // Scale the API price so that a full replica is worth 1.6x its cost: region 2 is not cheaper throughout (needs 2x), region 3 is (needs 1.5x).
    const scale = 1.6 / first.valueRatio;
    const detail = breakEvenDetail({ ...base, apiInputUsdPerMtok: 3 * scale, apiOutputUsdPerMtok: 15 * scale });
    expect(detail.valueRatio).toBeCloseTo(1.6, 8);
    expect(detail.alwaysCheaperAbove).toBeCloseTo(2 * detail.firstCheaperAt, 0);
  });
});
