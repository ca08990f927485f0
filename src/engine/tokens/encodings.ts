import { closestIds } from "../closest";
import { invalidValue, notAvailable } from "../errors";

/**
 * Which tokenizer counts a model's tokens. Only the encodings bundled with the add-in (as lazy chunks) are offered:
 * a model whose tokenizer is not available locally is #N/A with advice, never a silent guess.
 */

/** The encodings LLMCOST can count exactly, in the order shown to analysts. */
export const ENCODINGS = ["o200k_base", "cl100k_base"] as const;
export type EncodingName = (typeof ENCODINGS)[number];

export const DEFAULT_ENCODING: EncodingName = "o200k_base";

/** What each encoding is used by, for messages and the task pane. */
export const ENCODING_MODELS: Record<EncodingName, string> = {
  o200k_base: "GPT-4o, GPT-4.1, GPT-4.5, GPT-5, o1/o3/o4, gpt-oss",
  cl100k_base: "GPT-4, GPT-4 Turbo, GPT-3.5 Turbo, OpenAI embeddings",
};

/** Exact OpenAI model ids on cl100k_base (from tiktoken's model table, as gpt-tokenizer 3.4.0 lists them). */
const CL100K_MODELS = new Set(["gpt-4", "gpt-4-32k", "gpt-3.5", "text-embedding-ada-002", "babbage-002", "davinci-002"]);
/** Id prefixes on cl100k_base. "gpt-4-" (with the dash) does not match gpt-4o, gpt-4.1 or gpt-4.5. */
const CL100K_PREFIXES = ["gpt-4-", "gpt-3.5-", "text-embedding-3-"];
/** Id prefixes on o200k_base: every OpenAI model since GPT-4o. gpt-oss uses o200k_harmony, whose ranks are o200k_base's (plain text counts the same). */
const O200K_PREFIXES = [
  "gpt-4o",
  "chatgpt-4o",
  "gpt-4.1",
  "gpt-4.5",
  "gpt-5",
  "gpt-oss",
  "o1",
  "o3",
  "o4",
  "codex-mini",
  "computer-use-preview",
  "gpt-realtime",
  "gpt-audio",
  "gpt-image",
  "omni-moderation",
];
/** Legacy OpenAI models on encodings that are not bundled (p50k_base, r50k_base). */
const LEGACY_OPENAI = /^(text-(davinci|curie|babbage|ada)-|code-(davinci|cushman|search)-|davinci-codex|cushman-codex|text-(similarity|search)-|(ada|babbage|curie|davinci)$)/;

/** Model families with their own tokenizers, which are not available in the add-in. */
const OTHER_FAMILIES: readonly [RegExp, string][] = [
  [/^(anthropic[.:/]|claude)/, "Anthropic Claude"],
  [/^(google[.:/]|gemini|gemma|palm|bison)/, "Google Gemini"],
  [/^(mistral|mixtral|codestral|ministral|pixtral|magistral|devstral|open-mistral|open-mixtral)/, "Mistral"],
  [/^(meta[.:/-]|llama|meta-llama)/, "Meta Llama"],
  [/^(deepseek)/, "DeepSeek"],
  [/^(qwen|qwq)/, "Qwen"],
  [/^(command|cohere|c4ai|aya)/, "Cohere"],
  [/^(grok|x-ai|xai)/, "xAI Grok"],
  [/^(phi-|microsoft[.:/])/, "Microsoft Phi"],
  [/^(amazon[.:/]|nova-|titan)/, "Amazon"],
  [/^(jamba|ai21)/, "AI21"],
  [/^(kimi|moonshot)/, "Moonshot Kimi"],
  [/^(glm|chatglm|zhipu)/, "Zhipu GLM"],
  [/^(yi-|01-ai)/, "01.AI Yi"],
  [/^(falcon|tiiuae)/, "Falcon"],
  [/^(sonar|perplexity)/, "Perplexity"],
];

/** Names offered when an encoding or model is not recognised. */
const SUGGESTIONS: readonly string[] = [
  ...ENCODINGS,
  "gpt-4o",
  "gpt-4o-mini",
  "gpt-4.1",
  "gpt-4.1-mini",
  "gpt-4.1-nano",
  "gpt-5",
  "gpt-5-mini",
  "gpt-5-nano",
  "o1",
  "o3",
  "o3-mini",
  "o4-mini",
  "gpt-4",
  "gpt-4-turbo",
  "gpt-3.5-turbo",
  "text-embedding-3-small",
  "text-embedding-3-large",
  "text-embedding-ada-002",
];

function shown(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * The model id without a provider or fine-tune prefix: "openai:gpt-4o-mini", "azure/gpt-4o" → "gpt-4o-mini", "gpt-4o";
 * "ft:gpt-4o-mini-2024-07-18:org::id" → "gpt-4o-mini-2024-07-18". A prefix that names a family ("anthropic:") is kept.
 */
function bareModel(id: string): string {
  let model = id;
  if (model.startsWith("ft:")) model = model.slice(3).split(":")[0];
  const separator = model.search(/[:/]/);
  if (separator > 0) {
    const provider = model.slice(0, separator);
    const rest = model.slice(separator + 1);
    if (["openai", "azure", "azure-openai", "openrouter"].includes(provider)) return bareModel(rest);
  }
  return model;
}

function modelEncoding(model: string): EncodingName | null {
  if (CL100K_MODELS.has(model) || CL100K_PREFIXES.some((prefix) => model.startsWith(prefix))) return "cl100k_base";
  if (O200K_PREFIXES.some((prefix) => model === prefix || model.startsWith(`${prefix}-`) || (prefix.length > 2 && model.startsWith(prefix)))) {
    return "o200k_base";
  }
  return null;
}

/**
 * The encoding to count with: an encoding name, or a model id mapped to its encoding (case-insensitive).
 * Omitted (null) → o200k_base. Throws #N/A (not-available) for models without a local tokenizer, #VALUE! for an
 * unknown encoding name.
 */
export function resolveEncoding(encodingOrModel: string | null | undefined): EncodingName {
  if (encodingOrModel === null || encodingOrModel === undefined || encodingOrModel.trim() === "") return DEFAULT_ENCODING;
  const known = resolved.get(encodingOrModel);
  if (known) return known;
  const encoding = resolveUncached(encodingOrModel);
  if (resolved.size < 1000) resolved.set(encodingOrModel, encoding);
  return encoding;
}

/** Names already resolved (a sheet repeats the same few thousands of times). Errors are not cached. */
const resolved = new Map<string, EncodingName>();

function resolveUncached(encodingOrModel: string): EncodingName {
  const wanted = encodingOrModel.trim().toLowerCase();
  const encoding = ENCODINGS.find((name) => name === wanted);
  if (encoding) return encoding;
  const model = bareModel(wanted);
  const mapped = modelEncoding(model);
  if (mapped) return mapped;
  if (LEGACY_OPENAI.test(model)) {
    throw notAvailable("errors.legacyEncoding", { model: shown(encodingOrModel), encoding: DEFAULT_ENCODING });
  }
  const family = OTHER_FAMILIES.find(([pattern]) => pattern.test(wanted) || pattern.test(model));
  if (family) {
    throw notAvailable("errors.noTokenizerForFamily", { family: family[1], model: shown(encodingOrModel), encoding: DEFAULT_ENCODING });
  }
  if (/(_base|_harmony|_edit)$|^[pr]50k|^cl100k|^o200k/.test(wanted)) {
    throw invalidValue("errors.unknownEncoding", { value: shown(encodingOrModel), list: ENCODINGS.join(", ") });
  }
  const closest = closestIds(wanted, SUGGESTIONS);
  throw notAvailable("errors.noTokenizer", {
    model: shown(encodingOrModel),
    encoding: DEFAULT_ENCODING,
    list: ENCODINGS.join(", "),
    closest: closest.join(", "),
  });
}
