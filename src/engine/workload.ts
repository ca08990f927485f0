import { fraction, nonNegative } from "./validate";

/**
 * The guide's token arithmetic: volumes built up from business drivers, priced per token. Templates write the same
 * steps as Excel formulas; these functions are the engine's statement of them, tested against the guide's figures.
 */

/** Items × units per item × tokens per unit, e.g. complaints × sentences × tokens per sentence. */
export function volumeTokens(items: number, unitsPerItem: number, tokensPerUnit: number): number {
  return nonNegative(items, "items") * nonNegative(unitsPerItem, "units_per_item") * nonNegative(tokensPerUnit, "tokens_per_unit");
}

/** A share of a token volume, e.g. the domain-specific 20% of a corpus. */
export function shareOfTokens(tokens: number, share: number): number {
  return nonNegative(tokens, "tokens") * fraction(share, "share");
}

/** Cost of tokens at a price per single token (the guide's unit) — tokens × USD per token. */
export function costAtUsdPerToken(tokens: number, usdPerToken: number): number {
  return nonNegative(tokens, "tokens") * nonNegative(usdPerToken, "usd_per_token");
}

/** Cost of tokens at a price per 1,000 tokens (the guide's embedding unit). */
export function costAtUsdPerThousand(tokens: number, usdPerThousand: number): number {
  return (nonNegative(tokens, "tokens") / 1000) * nonNegative(usdPerThousand, "usd_per_thousand_tokens");
}
