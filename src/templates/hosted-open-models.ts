import { sheetText } from "../i18n/sheet-text";
/**
 * The same open-weight model sold per token by a hosted inference provider, as a catalog id (`provider:model`), for
 * each open model that can be self-hosted. This lets a sheet compare self-hosting with buying the SAME model as an
 * API, not only with a different proprietary model. Rule: Together AI where it lists the model (directly or through
 * Hugging Face inference providers), else another provider that lists the exact version. A test checks that every
 * id is priced in the catalog on the default price date.
 */
export interface HostedOpenModel {
  openModel: string;
  hosted: string;
  provider: string;
}

export const HOSTED_OPEN_MODELS: readonly HostedOpenModel[] = [
  { openModel: "llama-2-7b", hosted: "together:meta-llama/Llama-2-7b-chat-hf", provider: "Together AI" },
  { openModel: "llama-2-13b", hosted: "together:meta-llama/Llama-2-13b-chat-hf", provider: "Together AI" },
  { openModel: "llama-2-70b", hosted: "together:meta-llama/Llama-2-70b-chat-hf", provider: "Together AI" },
  { openModel: "llama-3.1-8b", hosted: "together:meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", provider: "Together AI (Turbo, FP8)" },
  { openModel: "llama-3.1-70b", hosted: "together:meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo", provider: "Together AI (Turbo, FP8)" },
  { openModel: "llama-3.1-405b", hosted: "together:meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo", provider: "Together AI (Turbo, FP8)" },
  { openModel: "llama-3.3-70b", hosted: "together:meta-llama/Llama-3.3-70B-Instruct-Turbo", provider: "Together AI (Turbo, FP8)" },
  { openModel: "mistral-7b", hosted: "ovhcloud:Mistral-7B-Instruct-v0.3", provider: sheetText("ovhcloudAiEndpointsAsSelfHosted", { version: "v0.3" }) },
  { openModel: "mixtral-8x7b", hosted: "together:mistralai/Mixtral-8x7B-Instruct-v0.1", provider: "Together AI" },
  { openModel: "qwen2.5-7b", hosted: "huggingface_together:Qwen/Qwen2.5-7B-Instruct", provider: "Together AI via Hugging Face" },
  { openModel: "qwen2.5-72b", hosted: "novita:qwen/qwen-2.5-72b-instruct", provider: "Novita AI" },
  { openModel: "gpt-oss-20b", hosted: "huggingface_together:openai/gpt-oss-20b", provider: "Together AI via Hugging Face" },
  { openModel: "gpt-oss-120b", hosted: "huggingface_together:openai/gpt-oss-120b", provider: "Together AI via Hugging Face" },
  { openModel: "deepseek-v3", hosted: "huggingface_together:deepseek-ai/DeepSeek-V3", provider: "Together AI via Hugging Face" },
];
