import {
  breakEvenMonthlyOutputTokens,
  chatPricesPerMtok,
  parseAsOf,
  decodeThroughput,
  gpuMemoryGb,
  gpusPerReplica,
  gpuUsdPerHour,
  selfHostMonthlyUsd,
  trainingGpuHours,
  type EfficiencyOptions,
  type MemoryOptions,
} from "../engine";
import { excelNumber } from "./excel-errors";
import { optionalDate, optionalNumber, optionalText, requiredNumber, requiredText } from "./arguments";
import { parsePriceSheet } from "../engine/api/price-sheet";

/** The two efficiency overrides Excel exposes; both FLOP shares (prefill and decode) follow flop_utilization. */
function efficiencyOverrides(bandwidth_utilization: unknown, flop_utilization: unknown): EfficiencyOptions {
  const flops = optionalNumber(flop_utilization, "flop_utilization");
  return {
    bandwidthUtilization: optionalNumber(bandwidth_utilization, "bandwidth_utilization"),
    decodeFlopUtilization: flops,
    prefillFlopUtilization: flops,
  };
}

/** The memory arguments GPUMEMORY and GPUCOUNT share, as the engine takes them. */
function memoryOptions(precision: unknown, context_tokens: unknown, concurrent_requests: unknown, overhead_share: unknown): MemoryOptions {
  return {
    precision: optionalText(precision, "precision"),
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
 * @param [pricing] If omitted, "on_demand". One of "on_demand", "spot", "community" (where the provider lists it).
 * @returns USD per GPU-hour.
 */
export function gpuprice(gpu: string, provider?: string, pricing?: string): number {
  return excelNumber(() => gpuUsdPerHour(requiredText(gpu, "gpu"), optionalText(provider, "provider"), optionalText(pricing, "pricing")));
}

/**
 * GPU memory needed to serve an open-weight model: weights, KV cache for every concurrent sequence, runtime overhead.
 * @customfunction GPUMEMORY
 * @helpurl https://localhost:3000/help.html#GPUMEMORY
 * @param model Open-weight model id, e.g. "llama-3.1-70b", "mixtral-8x7b", "gpt-oss-120b".
 * @param [precision] If omitted, the model's native precision (bf16 for most). One of "fp32", "bf16", "fp16", "fp8", "int8", "int4", "fp4".
 * @param [context_tokens] If omitted, 4096. Tokens held in the KV cache per sequence (prompt plus output).
 * @param [concurrent_requests] If omitted, 1. Sequences served at the same time.
 * @param [overhead_share] If omitted, 0.1. Runtime overhead (activations, CUDA graphs, buffers) as a share of weight memory; 1 GB per GPU is added on top.
 * @returns GB of GPU memory.
 */
export function gpumemory(model: string, precision?: string, context_tokens?: number, concurrent_requests?: number, overhead_share?: number): number {
  return excelNumber(() =>
    gpuMemoryGb(requiredText(model, "model"), memoryOptions(precision, context_tokens, concurrent_requests, overhead_share)),
  );
}

/**
 * GPUs needed for one replica of a model (1, 2, 4 or 8 in one node), using 90% of each GPU's memory.
 * @customfunction GPUCOUNT
 * @helpurl https://localhost:3000/help.html#GPUCOUNT
 * @param model Open-weight model id, e.g. "llama-3.1-70b".
 * @param gpu GPU id, e.g. "h100-sxm".
 * @param [precision] If omitted, the model's native precision (bf16 for most). One of "fp32", "bf16", "fp16", "fp8", "int8", "int4", "fp4".
 * @param [context_tokens] If omitted, 4096. Tokens held in the KV cache per sequence.
 * @param [concurrent_requests] If omitted, 1. Sequences served at the same time.
 * @param [overhead_share] If omitted, 0.1. Runtime overhead as a share of weight memory; 1 GB per GPU is added on top.
 * @param [usable_memory_share] If omitted, 0.9. Share of each GPU's memory the serving engine may use (a decimal).
 * @returns GPUs per replica; #NUM! if even 8 cannot hold it.
 */
export function gpucount(model: string, gpu: string, precision?: string, context_tokens?: number, concurrent_requests?: number, overhead_share?: number, usable_memory_share?: number): number {
  return excelNumber(() =>
    gpusPerReplica(requiredText(model, "model"), requiredText(gpu, "gpu"), {
      ...memoryOptions(precision, context_tokens, concurrent_requests, overhead_share),
      usableMemoryShare: optionalNumber(usable_memory_share, "usable_memory_share"),
    }),
  );
}

/**
 * Output tokens per second of one replica at full load, from a roofline of memory bandwidth and compute.
 * @customfunction THROUGHPUT
 * @helpurl https://localhost:3000/help.html#THROUGHPUT
 * @param model Open-weight model id, e.g. "llama-3.1-8b".
 * @param gpu GPU id, e.g. "h100-sxm".
 * @param [gpus] If omitted, the fewest GPUs that hold the model (GPUCOUNT). GPUs per replica (tensor parallel).
 * @param [precision] If omitted, the model's native precision (bf16 for most). One of "fp32", "bf16", "fp16", "fp8", "int8", "int4", "fp4".
 * @param [input_tokens] If omitted, 1000. Prompt tokens per request.
 * @param [output_tokens] If omitted, 1000. Output tokens per request.
 * @param [bandwidth_utilization] If omitted, 0.8. Share of datasheet memory bandwidth achieved.
 * @param [flop_utilization] If omitted, 0.6. Share of dense tensor peak achieved by prefill and decode.
 * @returns Output tokens per second.
 */
export function throughput(model: string, gpu: string, gpus?: number, precision?: string, input_tokens?: number, output_tokens?: number, bandwidth_utilization?: number, flop_utilization?: number): number {
  return excelNumber(() =>
    decodeThroughput(requiredText(model, "model"), requiredText(gpu, "gpu"), {
      gpus: optionalNumber(gpus, "gpus"),
      precision: optionalText(precision, "precision"),
      inputTokens: optionalNumber(input_tokens, "input_tokens"),
      outputTokens: optionalNumber(output_tokens, "output_tokens"),
      efficiency: efficiencyOverrides(bandwidth_utilization, flop_utilization),
    }),
  );
}

/**
 * Monthly cost of serving a monthly token volume on rented GPUs: whole replicas running 730 hours a month, sized to keep average load at the utilization target.
 * @customfunction SELFHOST
 * @helpurl https://localhost:3000/help.html#SELFHOST
 * @param model Open-weight model id, e.g. "llama-3.1-70b".
 * @param gpu GPU id, e.g. "h100-sxm".
 * @param input_tokens Input tokens per month.
 * @param output_tokens Output tokens per month.
 * @param [gpus] If omitted, the fewest GPUs that hold the model with long requests. GPUs per replica.
 * @param [usd_per_gpu_hour] If omitted, the catalog's median on-demand price for that GPU (GPUPRICE).
 * @param [utilization] If omitted, 0.6. Average load as a share of full-load throughput (a decimal, 0.6 not 60).
 * @param [precision] If omitted, the model's native precision (bf16 for most). One of "fp32", "bf16", "fp16", "fp8", "int8", "int4", "fp4".
 * @param [bandwidth_utilization] If omitted, 0.8. Share of datasheet memory bandwidth achieved.
 * @param [flop_utilization] If omitted, 0.6. Share of dense tensor peak achieved.
 * @returns USD per month.
 */
export function selfhost(model: string, gpu: string, input_tokens: number, output_tokens: number, gpus?: number, usd_per_gpu_hour?: number, utilization?: number, precision?: string, bandwidth_utilization?: number, flop_utilization?: number): number {
  return excelNumber(() =>
    selfHostMonthlyUsd(requiredText(model, "model"), requiredText(gpu, "gpu"), requiredNumber(input_tokens, "input_tokens"), requiredNumber(output_tokens, "output_tokens"), {
      gpus: optionalNumber(gpus, "gpus"),
      usdPerGpuHour: optionalNumber(usd_per_gpu_hour, "usd_per_gpu_hour"),
      utilization: optionalNumber(utilization, "utilization"),
      precision: optionalText(precision, "precision"),
      efficiency: efficiencyOverrides(bandwidth_utilization, flop_utilization),
    }),
  );
}

/**
 * GPU-hours to train or fine-tune an open-weight model: about 6 × parameters × tokens FLOPs (less for LoRA) at a model FLOP utilization.
 * @customfunction TRAINHOURS
 * @helpurl https://localhost:3000/help.html#TRAINHOURS
 * @param model Open-weight model id, e.g. "llama-3.1-8b".
 * @param training_tokens Training tokens per epoch.
 * @param gpu GPU id, e.g. "h100-sxm".
 * @param [epochs] If omitted, 1. Passes over the training tokens.
 * @param [method] If omitted, "full". One of "full", "lora", "pretrain".
 * @param [mfu] If omitted, 0.4. Model FLOP utilization against dense BF16 peak (a decimal).
 * @returns GPU-hours.
 */
export function trainhours(model: string, training_tokens: number, gpu: string, epochs?: number, method?: string, mfu?: number): number {
  return excelNumber(() =>
    trainingGpuHours(requiredText(model, "model"), requiredNumber(training_tokens, "training_tokens"), requiredText(gpu, "gpu"), {
      epochs: optionalNumber(epochs, "epochs"),
      method: optionalText(method, "method"),
      mfu: optionalNumber(mfu, "mfu"),
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
  as_of?: any,
  price_sheet?: any[][],
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
    });
  });
}
