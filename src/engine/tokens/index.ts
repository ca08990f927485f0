/** Exact token counts with OpenAI's BPE tokenizers, run locally and loaded on first use. */
export { ENCODINGS, ENCODING_MODELS, DEFAULT_ENCODING, resolveEncoding } from "./encodings";
export type { EncodingName } from "./encodings";
export { loadTokenizer, loadedTokenizer } from "./loader";
export type { Tokenizer } from "./loader";
export { cellText, countCell, countTokensIn, summarizeSample } from "./count";
export type { SampleCellCount, SampleSummary } from "./count";

import { resolveEncoding } from "./encodings";
import { countTokensIn } from "./count";
import { loadTokenizer, loadedTokenizer } from "./loader";

/**
 * Tokens in a value or a range with an encoding or a model's encoding (null → o200k_base). Resolves synchronously
 * computed counts once the tokenizer is loaded; the first call per encoding waits for its chunk.
 */
export async function countTokens(values: unknown, encodingOrModel: string | null): Promise<number> {
  const encoding = resolveEncoding(encodingOrModel);
  const tokenizer = loadedTokenizer(encoding) ?? (await loadTokenizer(encoding));
  return countTokensIn(tokenizer, values);
}
