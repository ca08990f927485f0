import {
  breakEvenMonthlyOutputTokens,
  chatPricesPerMtok,
  parseAsOf,
  decodeThroughput,
  gpuMemoryGb,
  gpusPerReplica,
  gpuUsdPerHour,
  gpuOwnershipUsdPerHour,
  replicaLatency,
  selfHostMonthlyUsd,
  trainingGpuHours,
  type EfficiencyOptions,
  type MemoryOptions,
} from "../engine";
import { excelNumber, excelTable } from "./excel-errors";
import { optionalDate, optionalNumber, optionalText, requiredNumber, requiredText } from "./arguments";
import { parsePriceSheet } from "../engine/api/price-sheet";

/** The two efficiency overrides Excel exposes; both FLOP shares (prefill and decode) follow flop_utilization. */
function efficiencyOverrides(bandwidth_utilization: unknown, flop_utilization: unknown): EfficiencyOptions {
  return {
    bandwidthUtilization: optionalNumber(bandwidth_utilization, "bandwidth_utilization"),
    flopUtilization: optionalNumber(flop_utilization, "flop_utilization"),
  };
}

/** The memory arguments GPUMEMORY and GPUCOUNT share, as the engine takes them. */
function memoryOptions(precision: unknown, context_tokens: unknown, concurrent_requests: unknown, overhead_share: unknown, kv_precision: unknown): MemoryOptions {
  return {
    precision: optionalText(precision, "precision"),
    kvCachePrecision: optionalText(kv_precision, "kv_precision"),
    contextTokens: optionalNumber(context_tokens, "context_tokens"),
    concurrentRequests: optionalNumber(concurrent_requests, "concurrent_requests"),
    overheadShare: optionalNumber(overhead_share, "overhead_share"),
  };
}

/**
 * Rental price of one GPU for one hour, from the dated GPU price catalog.
 * @customfunction GPUPRICE
 * @helpurl https://localhost:3000/help.html#GPUPRICE
 * @param gpu GPU id, e.g. "h100-sxm", "a100-80gb", "l40s".
 * @param [provider] If omitted, the median on-demand price across the catalog's providers. A provider, e.g. "aws", "runpod", "lambda".
 * @param [pricing] If omitted, "on_demand". One of "on_demand", "spot", "community", "committed" (1-year reserved; where listed).
 * @param [as_of] If omitted, the newest prices in the bundled catalog. A date (or ISO text YYYY-MM-DD): the offers in force then, so a saved budget keeps its price when newer prices are added.
 * @returns USD per GPU-hour.
 */
export function gpuprice(gpu: string, provider?: string, pricing?: string, as_of?: unknown): number {
  return excelNumber(() =>
    gpuUsdPerHour(requiredText(gpu, "gpu"), optionalText(provider, "provider"), optionalText(pricing, "pricing"), parseAsOf(optionalDate(as_of, "as_of"))),
  );
}

/**
 * GPU memory needed to serve an open-weight model: weights, KV cache for every concurrent sequence, runtime overhead.
 * @customfunction GPUMEMORY
 * @helpurl https://localhost:3000/help.html#GPUMEMORY
 * @param model Open-weight model id, e.g. "llama-3.1-70b", "mixtral-8x7b", "gpt-oss-120b".
 * @param [precision] If omitted, the model's native precision (bf16 for most). One of "fp32", "bf16", "fp16", "fp8", "int8", "int4", "fp4", "mxfp4".
 * @param [context_tokens] If omitted, 4096. Tokens held in the KV cache per sequence (prompt plus output).
 * @param [concurrent_requests] If omitted, 1. Sequences served at the same time.
 * @param [overhead_share] If omitted, 0.1. Runtime overhead (activations, CUDA graphs, buffers) as a share of weight memory; 1 GB per GPU is added on top.
 * @param [kv_precision] If omitted, fp8 when the weights are fp8 or fp4, fp32 for fp32, otherwise bf16 (2 bytes per value). Format of the KV cache: "bf16", "fp16", "fp8", "fp32".
 * @returns GB (10^9 bytes) of GPU memory.
 */
export function gpumemory(model: string, precision?: string, context_tokens?: number, concurrent_requests?: number, overhead_share?: number, kv_precision?: string): number {
  return excelNumber(() =>
    gpuMemoryGb(requiredText(model, "model"), memoryOptions(precision, context_tokens, concurrent_requests, overhead_share, kv_precision)),
  );
}

/**
 * GPUs in one replica of a model (1, 2, 4 or 8 in one node: one copy of the weights), using 90% of each GPU's memory as the driver reports it. A system of several replicas needs this many GPUs per replica.
 * @customfunction GPUCOUNT
 * @helpurl https://localhost:3000/help.html#GPUCOUNT
 * @param model Open-weight model id, e.g. "llama-3.1-70b".
 * @param gpu GPU id, e.g. "h100-sxm".
 * @param [precision] If omitted, the model's native precision (bf16 for most). One of "fp32", "bf16", "fp16", "fp8", "int8", "int4", "fp4", "mxfp4".
 * @param [context_tokens] If omitted, 4096. Tokens held in the KV cache per sequence.
 * @param [concurrent_requests] If omitted, 1. Sequences served at the same time.
 * @param [overhead_share] If omitted, 0.1. Runtime overhead as a share of weight memory; 1 GB per GPU is added on top.
 * @param [usable_memory_share] If omitted, 0.9. Share of each GPU's memory the serving engine may use (a decimal).
 * @param [kv_precision] If omitted, fp8 when the weights are fp8 or fp4, fp32 for fp32, otherwise bf16. Format of the KV cache: "bf16", "fp16", "fp8", "fp32".
 * @returns GPUs per replica; #NUM! if even 8 cannot hold it.
 */
export function gpucount(model: string, gpu: string, precision?: string, context_tokens?: number, concurrent_requests?: number, overhead_share?: number, usable_memory_share?: number, kv_precision?: string): number {
  return excelNumber(() =>
    gpusPerReplica(requiredText(model, "model"), requiredText(gpu, "gpu"), {
      ...memoryOptions(precision, context_tokens, concurrent_requests, overhead_share, kv_precision),
      usableMemoryShare: optionalNumber(usable_memory_share, "usable_memory_share"),
    }),
  );
}

/**
 * Output tokens per second of one replica (the GPUs holding one copy of the weights) at full load, from a roofline of memory bandwidth and compute plus each step's fixed costs (kernel floors, collectives between GPUs). A system of N replicas serves N times this.
 * @customfunction THROUGHPUT
 * @helpurl https://localhost:3000/help.html#THROUGHPUT
 * @param model Open-weight model id, e.g. "llama-3.1-8b".
 * @param gpu GPU id, e.g. "h100-sxm".
 * @param [gpus] If omitted, the fewest GPUs that hold the model (GPUCOUNT). GPUs in one replica (tensor or expert parallel), not in the whole system.
 * @param [precision] If omitted, the model's native precision (bf16 for most). One of "fp32", "bf16", "fp16", "fp8", "int8", "int4", "fp4", "mxfp4".
 * @param [input_tokens] If omitted, 1000. Prompt tokens per request.
 * @param [output_tokens] If omitted, 1000. Output tokens per request.
 * @param [bandwidth_utilization] If omitted, 0.8. Share of datasheet memory bandwidth achieved.
 * @param [flop_utilization] If omitted, the published share for the GPU family and precision (0.7 for NVIDIA FP8/BF16, 0.45 for Blackwell FP4, 0.36 for AMD MI300X). Share of dense tensor peak reached by large matrix products.
 * @param [kv_precision] If omitted, fp8 when the weights are fp8 or fp4, fp32 for fp32, otherwise bf16. Format of the KV cache: "bf16", "fp16", "fp8", "fp32".
 * @param [max_concurrent_requests] If omitted, 1024 (vLLM's default max_num_seqs on data-centre GPUs). Most requests the serving engine runs at once on the replica.
 * @returns Output tokens per second of one replica.
 */
export function throughput(model: string, gpu: string, gpus?: number, precision?: string, input_tokens?: number, output_tokens?: number, bandwidth_utilization?: number, flop_utilization?: number, kv_precision?: string, max_concurrent_requests?: number): number {
  return excelNumber(() =>
    decodeThroughput(requiredText(model, "model"), requiredText(gpu, "gpu"), {
      gpus: optionalNumber(gpus, "gpus"),
      precision: optionalText(precision, "precision"),
      kvCachePrecision: optionalText(kv_precision, "kv_precision"),
      inputTokens: optionalNumber(input_tokens, "input_tokens"),
      outputTokens: optionalNumber(output_tokens, "output_tokens"),
      maxBatch: optionalNumber(max_concurrent_requests, "max_concurrent_requests"),
      efficiency: efficiencyOverrides(bandwidth_utilization, flop_utilization),
    }),
  );
}

/**
 * Monthly cost of serving a monthly token volume on rented (or owned: pass GPUTCO as usd_per_gpu_hour) GPUs: whole replicas running 730 hours a month, as many as keep average load at the utilization target.
 * @customfunction SELFHOST
 * @helpurl https://localhost:3000/help.html#SELFHOST
 * @param model Open-weight model id, e.g. "llama-3.1-70b".
 * @param gpu GPU id, e.g. "h100-sxm".
 * @param input_tokens Input tokens per month.
 * @param output_tokens Output tokens per month.
 * @param [gpus] If omitted, the fewest GPUs that hold the model with long requests. GPUs per replica (one copy of the weights); the function adds replicas.
 * @param [usd_per_gpu_hour] If omitted, the catalog's median on-demand price for that GPU (GPUPRICE). For owned GPUs, GPUTCO.
 * @param [utilization] If omitted, 0.6. Average load as a share of full-load throughput (a decimal, 0.6 not 60).
 * @param [precision] If omitted, the model's native precision (bf16 for most). One of "fp32", "bf16", "fp16", "fp8", "int8", "int4", "fp4", "mxfp4".
 * @param [bandwidth_utilization] If omitted, 0.8. Share of datasheet memory bandwidth achieved.
 * @param [flop_utilization] If omitted, the published share for the GPU family and precision (see THROUGHPUT). Share of dense tensor peak reached by large matrix products.
 * @param [kv_precision] If omitted, fp8 when the weights are fp8 or fp4, fp32 for fp32, otherwise bf16. Format of the KV cache.
 * @param [max_concurrent_requests] If omitted, 1024. Most requests the serving engine runs at once on one replica.
 * @param [max_seconds_per_token] If omitted, no latency target. Longest time between output tokens a user may see (seconds, e.g. 0.05); replicas then run fewer requests at once, so more of them are needed.
 * @param [as_of] If omitted, the newest GPU prices in the bundled catalog. A date (or ISO text YYYY-MM-DD) whose GPU prices the default usd_per_gpu_hour uses, so a saved budget stays reproducible.
 * @param [output_tokens_per_request] If omitted, the request shape is guessed from the volumes (300 output tokens per request, the prompt at the month's input/output ratio) and sized conservatively, so that more output never costs less. Output tokens per request, reasoning tokens included: the cost is then that exact shape's (prompt = input_tokens / output_tokens x this; requests over 16,384 tokens are costed as 16,384 in the same proportions).
 * @returns USD per month.
 */
export function selfhost(model: string, gpu: string, input_tokens: number, output_tokens: number, gpus?: number, usd_per_gpu_hour?: number, utilization?: number, precision?: string, bandwidth_utilization?: number, flop_utilization?: number, kv_precision?: string, max_concurrent_requests?: number, max_seconds_per_token?: number, as_of?: unknown, output_tokens_per_request?: number): number {
  return excelNumber(() =>
    selfHostMonthlyUsd(requiredText(model, "model"), requiredText(gpu, "gpu"), requiredNumber(input_tokens, "input_tokens"), requiredNumber(output_tokens, "output_tokens"), {
      gpus: optionalNumber(gpus, "gpus"),
      usdPerGpuHour: optionalNumber(usd_per_gpu_hour, "usd_per_gpu_hour"),
      utilization: optionalNumber(utilization, "utilization"),
      precision: optionalText(precision, "precision"),
      kvCachePrecision: optionalText(kv_precision, "kv_precision"),
      maxBatch: optionalNumber(max_concurrent_requests, "max_concurrent_requests"),
      maxSecondsPerToken: optionalNumber(max_seconds_per_token, "max_seconds_per_token"),
      efficiency: efficiencyOverrides(bandwidth_utilization, flop_utilization),
      asOf: parseAsOf(optionalDate(as_of, "as_of")),
      requestOutputTokens: optionalNumber(output_tokens_per_request, "output_tokens_per_request"),
    }),
  );
}

/**
 * Latency of one replica serving requests of one shape: spills a header row and one row with time to first token (s), time per output token (s) and the replica's output tokens/s at that concurrency, on the same schedule as THROUGHPUT (fixed per-step costs included).
 * @customfunction LATENCY
 * @helpurl https://localhost:3000/help.html#LATENCY
 * @param model Open-weight model id, e.g. "llama-3.1-8b".
 * @param gpu GPU id, e.g. "h100-sxm".
 * @param [gpus] If omitted, the fewest GPUs that hold the model (GPUCOUNT). GPUs in one replica.
 * @param [precision] If omitted, the model's native precision (bf16 for most). One of "fp32", "bf16", "fp16", "fp8", "int8", "int4", "fp4", "mxfp4".
 * @param [input_tokens] If omitted, 1000. Prompt tokens per request.
 * @param [output_tokens] If omitted, 1000. Output tokens per request.
 * @param [concurrent_requests] If omitted, 1. Requests in flight on the replica at once.
 * @returns A header row and one row: time to first token (s), time per output token (s), output tokens/s of the replica.
 */
export function latency(model: string, gpu: string, gpus?: number, precision?: string, input_tokens?: number, output_tokens?: number, concurrent_requests?: number): unknown[][] {
  return excelTable(() => {
    const result = replicaLatency(requiredText(model, "model"), requiredText(gpu, "gpu"), {
      gpus: optionalNumber(gpus, "gpus"),
      precision: optionalText(precision, "precision"),
      inputTokens: optionalNumber(input_tokens, "input_tokens"),
      outputTokens: optionalNumber(output_tokens, "output_tokens"),
      concurrentRequests: optionalNumber(concurrent_requests, "concurrent_requests"),
    });
    return [
      ["time to first token (s)", "time per output token (s)", "output tokens/s (replica)"],
      [result.timeToFirstTokenSeconds, result.secondsPerOutputToken, result.outputTokensPerSecond],
    ];
  });
}

/**
 * USD per GPU-hour of owning a GPU: its purchase price spread over its life, its power at board power x PUE, and yearly operating costs. Pass it as usd_per_gpu_hour to SELFHOST or BREAKEVEN to compare buying with renting.
 * @customfunction GPUTCO
 * @helpurl https://localhost:3000/help.html#GPUTCO
 * @param gpu GPU id, e.g. "h100-sxm".
 * @param [purchase_usd] If omitted, the catalog's dated street price for that GPU (h100-sxm, h200, b200; #N/A for others). USD paid per GPU.
 * @param [years] If omitted, 5. Years the purchase is spread over.
 * @param [usd_per_kwh] If omitted, 0.08. Electricity price in USD per kWh.
 * @param [pue] If omitted, 1.2. Power usage effectiveness of the data centre (facility power / IT power, at least 1).
 * @param [yearly_opex_share] If omitted, 0.1. Yearly cost of support, spares, host server share and rack space, as a share of the purchase price (a decimal).
 * @returns USD per GPU-hour, every hour of the GPU's life.
 */
export function gputco(gpu: string, purchase_usd?: number, years?: number, usd_per_kwh?: number, pue?: number, yearly_opex_share?: number): number {
  return excelNumber(() =>
    gpuOwnershipUsdPerHour(requiredText(gpu, "gpu"), {
      purchaseUsd: optionalNumber(purchase_usd, "purchase_usd"),
      years: optionalNumber(years, "years"),
      usdPerKwh: optionalNumber(usd_per_kwh, "usd_per_kwh"),
      pue: optionalNumber(pue, "pue"),
      yearlyOpexShare: optionalNumber(yearly_opex_share, "yearly_opex_share"),
    }),
  );
}

/**
 * GPU-hours to train or fine-tune an open-weight model: about 6 × active parameters × tokens FLOPs (less for LoRA) at a model FLOP utilization of the training precision's peak.
 * @customfunction TRAINHOURS
 * @helpurl https://localhost:3000/help.html#TRAINHOURS
 * @param model Open-weight model id, e.g. "llama-3.1-8b".
 * @param training_tokens Training tokens per epoch.
 * @param gpu GPU id, e.g. "h100-sxm".
 * @param [epochs] If omitted, 1. Passes over the training tokens.
 * @param [method] If omitted, "full". One of "full", "lora", "pretrain".
 * @param [mfu] If omitted, 0.4 of BF16 peak or 0.37 of FP8 peak for dense models, 0.15 for mixtures of experts (on active parameters). Model FLOP utilization against the dense peak of the training precision (a decimal).
 * @param [precision] If omitted, "bf16". One of "bf16", "fp8", "fp4" or "nvfp4" (only where the GPU has FP4 tensor cores; 1.2x faster than fp8, as measured in MLPerf Training v5.1). Format the matrix products train in.
 * @param [gpus] If omitted, 8 (one node). GPUs the run spans: more GPUs cost more GPU-hours (gradient exchange, pipeline bubbles).
 * @returns GPU-hours.
 */
export function trainhours(model: string, training_tokens: number, gpu: string, epochs?: number, method?: string, mfu?: number, precision?: string, gpus?: number): number {
  return excelNumber(() =>
    trainingGpuHours(requiredText(model, "model"), requiredNumber(training_tokens, "training_tokens"), requiredText(gpu, "gpu"), {
      epochs: optionalNumber(epochs, "epochs"),
      method: optionalText(method, "method"),
      mfu: optionalNumber(mfu, "mfu"),
      precision: optionalText(precision, "precision"),
      gpus: optionalNumber(gpus, "gpus"),
    }),
  );
}

/**
 * Monthly output tokens above which self-hosting an open model is cheaper than calling an API model.
 * @customfunction BREAKEVEN
 * @helpurl https://localhost:3000/help.html#BREAKEVEN
 * @param api_model API model id, e.g. "gpt-4o".
 * @param model Open-weight model id to self-host, e.g. "llama-3.1-70b".
 * @param gpu GPU id, e.g. "h100-sxm".
 * @param [input_output_ratio] If omitted, 1. Input tokens per output token in the workload.
 * @param [gpus] If omitted, the fewest GPUs that hold the model with long requests. GPUs per replica.
 * @param [usd_per_gpu_hour] If omitted, the catalog's median on-demand price for that GPU (GPUPRICE).
 * @param [utilization] If omitted, 0.6. Average load as a share of full-load throughput.
 * @param [as_of] If omitted, the newest API prices in the bundled catalog. A date (or ISO text YYYY-MM-DD) whose API prices to use.
 * @param [price_sheet] If omitted, the API model's catalog list prices. A range with headers model, price_type, usd_per_mtok (optional: valid_from, valid_to, provider, note): its rows in force on as_of override them.
 * @param [output_tokens_per_request] If omitted, the request shape is guessed (300 output tokens per request, as SELFHOST) and sized conservatively. Output tokens per request, reasoning tokens included: replicas are then sized for that exact shape (prompt = input_output_ratio x this).
 * @returns Output tokens per month; #NUM! if self-hosting never is cheaper.
 */
export function breakeven(
  api_model: string,
  model: string,
  gpu: string,
  input_output_ratio?: number,
  gpus?: number,
  usd_per_gpu_hour?: number,
  utilization?: number,
  as_of?: unknown,
  price_sheet?: unknown[][],
  output_tokens_per_request?: number,
): number {
  return excelNumber(() => {
    const api = chatPricesPerMtok(requiredText(api_model, "api_model"), parseAsOf(optionalDate(as_of, "as_of")), parsePriceSheet(price_sheet));
    return breakEvenMonthlyOutputTokens({
      apiInputUsdPerMtok: api.input,
      apiOutputUsdPerMtok: api.output,
      model: requiredText(model, "model"),
      gpu: requiredText(gpu, "gpu"),
      inputOutputRatio: optionalNumber(input_output_ratio, "input_output_ratio"),
      gpus: optionalNumber(gpus, "gpus"),
      usdPerGpuHour: optionalNumber(usd_per_gpu_hour, "usd_per_gpu_hour"),
      utilization: optionalNumber(utilization, "utilization"),
      requestOutputTokens: optionalNumber(output_tokens_per_request, "output_tokens_per_request"),
    });
  });
}
