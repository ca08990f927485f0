import { invalidValue } from "../errors";
import type { PriceSet, TokenPrice } from "./catalog";
import { labelText, type DatedPrices } from "./prices";

/**
 * The modality of a workload's tokens. Models whose catalog entry lists audio or image prices bill those tokens
 * apart from text (gpt-4o-realtime-preview: 40 / 80 USD per 1M audio tokens against 5 / 20 for text); such a model
 * priced without saying the modality is #VALUE! naming it, never silently at text rates.
 */
export const MODALITIES = ["text", "audio", "image"] as const;
type Modality = (typeof MODALITIES)[number];

const PRICE_KEYS: Record<Exclude<Modality, "text">, { input: keyof PriceSet; output: keyof PriceSet; cacheRead: keyof PriceSet }> = {
  audio: { input: "input_audio", output: "output_audio", cacheRead: "cache_audio_read" },
  image: { input: "input_image", output: "output_image", cacheRead: "cache_image_read" },
};

/** "audio input, image output" for the prices a model lists besides text. */
function listedModalities(prices: PriceSet): string[] {
  const listed: string[] = [];
  for (const [modality, keys] of Object.entries(PRICE_KEYS)) {
    if (prices[keys.input] !== undefined) listed.push(`${modality} input (${describe(prices[keys.input] as TokenPrice)} USD per 1M)`);
    if (prices[keys.output] !== undefined) listed.push(`${modality} output (${describe(prices[keys.output] as TokenPrice)} USD per 1M)`);
  }
  return listed;
}

const describe = (price: TokenPrice) => (typeof price === "number" ? price : price.base);

function parseModality(text: string): { input: Modality; output: Modality } {
  const parts = text.trim().toLowerCase().split("/").map((part) => part.trim());
  const valid = (part: string): part is Modality => (MODALITIES as readonly string[]).includes(part);
  if ((parts.length === 1 || parts.length === 2) && parts.every(valid)) return { input: parts[0] as Modality, output: (parts[1] ?? parts[0]) as Modality };
  throw invalidValue("errors.unknownModality", { value: text.slice(0, 40), allowed: MODALITIES.join(", ") });
}

/** Models whose very purpose is audio or image tokens, whatever their entry lists for output. */
const AUDIO_OR_IMAGE_MODEL = /(transcribe|realtime|audio|image|live|sonic|voice|tts)/;

/**
 * Whether omitting the modality would price such tokens at text rates: the model produces audio or images (it lists
 * an audio or image output price), or its id names an audio or image model (`gpt-4o-transcribe`). A text model that
 * also takes audio input at its own price (`gemini-2.5-flash`) is priced as text unless the modality says otherwise.
 */
export function needsModality(dated: DatedPrices): boolean {
  const { prices } = dated;
  if (prices.output_audio !== undefined || prices.output_image !== undefined) return true;
  const hasOther = prices.input_audio !== undefined || prices.input_image !== undefined;
  return hasOther && AUDIO_OR_IMAGE_MODEL.test((dated.modelId ?? labelText(dated.label)).toLowerCase());
}

/** Prices with the input and output prices of the modality in place of text's; #VALUE! where the model lists none. */
export function modalityPrices(dated: DatedPrices, modality: string | null): DatedPrices {
  if ((modality === null || modality.trim() === "") && !needsModality(dated)) return dated; // text, as it always was
  const listed = listedModalities(dated.prices);
  if (modality === null || modality.trim() === "") {
    throw invalidValue("errors.modalityRequired", { label: dated.label, listed: listed.join(", ") });
  }
  const wanted = parseModality(modality);
  const prices: PriceSet = { ...dated.prices };
  const take = (side: "input" | "output", as: Modality) => {
    if (as === "text") return;
    const key = PRICE_KEYS[as][side];
    const price = dated.prices[key];
    if (price === undefined) throw invalidValue("errors.modalityPriceMissing", { label: dated.label, modality: as, side, listed: listed.length ? listed.join(", ") : "none" });
    (prices as unknown as Record<string, TokenPrice>)[side] = price as TokenPrice;
    if (side === "input") {
      const cacheRead = dated.prices[PRICE_KEYS[as].cacheRead];
      if (cacheRead === undefined) delete prices.cache_read;
      else prices.cache_read = cacheRead as TokenPrice;
      delete prices.cache_write;
      delete prices.cache_write_1h;
    }
  };
  take("input", wanted.input);
  take("output", wanted.output);
  return wanted.input === "text" && wanted.output === "text" ? dated : { ...dated, label: { id: "errors.labelModality", params: { label: dated.label, input: wanted.input, output: wanted.output } }, prices };
}
