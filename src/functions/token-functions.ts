import { countTokensIn, loadTokenizer, loadedTokenizer, resolveEncoding } from "../engine/tokens";
import { toExcelError } from "./excel-errors";
import { optionalText } from "./arguments";

/**
 * Exact number of tokens in a text, counted in the workbook with OpenAI's BPE tokenizer (the text is never sent anywhere).
 * @customfunction TOKENS
 * @helpurl https://localhost:3000/help.html#TOKENS
 * @param text A text, a cell or a range. A range gives the total over its cells; numbers count as their text, empty cells as 0.
 * @param [encoding] If omitted, "o200k_base" (GPT-4o, GPT-4.1, GPT-5, o-series). Or "cl100k_base" (GPT-4, GPT-3.5, OpenAI embeddings), or an OpenAI model id such as "gpt-4o-mini".
 * @returns Tokens.
 */
export function tokens(text: unknown[][], encoding?: string): Promise<number> {
  // Asynchronous only while the encoding's chunk loads (first use); afterwards the count is computed at once.
  try {
    const name = resolveEncoding(optionalText(encoding, "encoding"));
    const tokenizer = loadedTokenizer(name);
    if (tokenizer) return Promise.resolve(countTokensIn(tokenizer, text));
    return loadTokenizer(name)
      .then((loaded) => countTokensIn(loaded, text))
      .catch((error: unknown) => {
        throw toExcelError(error);
      });
  } catch (error) {
    return Promise.reject(toExcelError(error));
  }
}
