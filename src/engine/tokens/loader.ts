import { notAvailable } from "../errors";
import type { EncodingName } from "./encodings";

/**
 * Loads a BPE tokenizer on first use. The rank tables are megabytes, so each encoding is its own lazy webpack chunk
 * (dist/chunks/tok-*.js), fetched from the add-in's own origin only when a cell first counts tokens with it, then
 * kept for the session. Counting is synchronous once loaded. No text ever leaves the workbook.
 */

/** The part of gpt-tokenizer's encoding API that LLMCOST uses. */
export interface Tokenizer {
  readonly encoding: EncodingName;
  /** Exact token count of a text; special-token markers such as "<|endoftext|>" count as plain text, as the API does for user content. */
  count(text: string): number;
}

interface EncodingApi {
  countTokens(text: string, options?: { disallowedSpecial?: Set<string> }): number;
}

type RankTable = (string | number[])[];

/**
 * The same construction as gpt-tokenizer's own "gpt-tokenizer/encoding/<name>" modules
 * (`GptEncoding.getEncodingApi(name, () => bpeRanks)`), split so that the code every encoding shares is one named
 * chunk (tok-core, ~20 KB) and each rank table its own (tok-o200k, tok-cl100k).
 */
const loadCore = () => import(/* webpackChunkName: "tok-core" */ "gpt-tokenizer/GptEncoding");
const RANKS: Record<EncodingName, () => Promise<{ default: RankTable }>> = {
  o200k_base: () => import(/* webpackChunkName: "tok-o200k" */ "gpt-tokenizer/bpeRanks/o200k_base"),
  cl100k_base: () => import(/* webpackChunkName: "tok-cl100k" */ "gpt-tokenizer/bpeRanks/cl100k_base"),
};

async function importEncoding(encoding: EncodingName): Promise<EncodingApi> {
  const [core, ranks] = await Promise.all([loadCore(), RANKS[encoding]()]);
  return core.GptEncoding.getEncodingApi(encoding, () => ranks.default);
}

/** Treat every special-token marker as ordinary text (gpt-tokenizer's default throws on them). */
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

function tokenizerOf(encoding: EncodingName, api: EncodingApi): Tokenizer {
  const countTokens = api.countTokens;
  return {
    encoding,
    // "<|" starts every special token: only such texts need the options path (which rebuilds the special-token config).
    count: (text: string) => (text.includes("<|") ? countTokens(text, PLAIN_TEXT) : countTokens(text)),
  };
}

const loading = new Map<EncodingName, Promise<Tokenizer>>();
const loaded = new Map<EncodingName, Tokenizer>();

/** The tokenizer if it is already loaded (synchronous), else undefined. */
export function loadedTokenizer(encoding: EncodingName): Tokenizer | undefined {
  return loaded.get(encoding);
}

/**
 * The tokenizer for an encoding, loading its chunk once: concurrent callers share one promise. A failed load is not
 * cached, so the next recalculation retries; it rejects with a not-available engine error.
 */
export function loadTokenizer(encoding: EncodingName): Promise<Tokenizer> {
  const ready = loaded.get(encoding);
  if (ready) return Promise.resolve(ready);
  let promise = loading.get(encoding);
  if (!promise) {
    promise = importEncoding(encoding).then(
      (api) => {
        const tokenizer = tokenizerOf(encoding, api);
        loaded.set(encoding, tokenizer);
        loading.delete(encoding);
        return tokenizer;
      },
      (error: unknown) => {
        loading.delete(encoding);
        const detail = error instanceof Error ? error.message : String(error);
        throw notAvailable("errors.tokenizerLoadFailed", { encoding, detail: detail.slice(0, 120) });
      },
    );
    loading.set(encoding, promise);
  }
  return promise;
}
