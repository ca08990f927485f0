/** Exact token counts with OpenAI's BPE tokenizers, run locally and loaded on first use. */
export { ENCODINGS, ENCODING_MODELS, DEFAULT_ENCODING, resolveEncoding } from "./encodings";
export type { EncodingName } from "./encodings";
export { loadTokenizer, loadedTokenizer } from "./loader";
export type { Tokenizer } from "./loader";
export { cellText, countCell, countTokensIn, summarizeSample } from "./count";
export type { SampleCellCount, SampleSummary } from "./count";
