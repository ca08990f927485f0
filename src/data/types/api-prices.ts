/* Generated from src/data/schemas/api-prices.schema.json by `npm run data-types`; do not edit (edit the schema). */

/**
 * How genai-prices recognises a model id (one rule; or/and combine rules). Exactly one key per rule.
 */
export type Match =
  | {
      equals: string;
    }
  | {
      starts_with: string;
    }
  | {
      ends_with: string;
    }
  | {
      contains: string;
    }
  | {
      regex: string;
    }
  | {
      or: Match[];
    }
  | {
      and: Match[];
    };
/**
 * USD per 1M tokens, or a base price with long-context tiers (the price from `start` input tokens per request).
 */
export type TokenPrice =
  | number
  | {
      base: number;
      /**
       * @minItems 1
       */
      tiers: {
        start: number;
        price: number;
      }[];
    };
/**
 * USD per 1M tokens, or a base price with long-context tiers (the price from `start` input tokens per request).
 */
export type TokenPrice1 =
  | number
  | {
      base: number;
      /**
       * @minItems 1
       */
      tiers: {
        start: number;
        price: number;
      }[];
    };
/**
 * USD per 1M tokens, or a base price with long-context tiers (the price from `start` input tokens per request).
 */
export type TokenPrice2 =
  | number
  | {
      base: number;
      /**
       * @minItems 1
       */
      tiers: {
        start: number;
        price: number;
      }[];
    };
/**
 * USD per 1M tokens, or a base price with long-context tiers (the price from `start` input tokens per request).
 */
export type TokenPrice3 =
  | number
  | {
      base: number;
      /**
       * @minItems 1
       */
      tiers: {
        start: number;
        price: number;
      }[];
    };
/**
 * USD per 1M tokens, or a base price with long-context tiers (the price from `start` input tokens per request).
 */
export type TokenPrice4 =
  | number
  | {
      base: number;
      /**
       * @minItems 1
       */
      tiers: {
        start: number;
        price: number;
      }[];
    };
/**
 * USD per 1M tokens, or a base price with long-context tiers (the price from `start` input tokens per request).
 */
export type TokenPrice5 =
  | number
  | {
      base: number;
      /**
       * @minItems 1
       */
      tiers: {
        start: number;
        price: number;
      }[];
    };
/**
 * USD per 1M tokens, or a base price with long-context tiers (the price from `start` input tokens per request).
 */
export type TokenPrice6 =
  | number
  | {
      base: number;
      /**
       * @minItems 1
       */
      tiers: {
        start: number;
        price: number;
      }[];
    };

export interface ApiPrices {
  source: "@pydantic/genai-prices";
  version: string;
  license: string;
  homepage: string;
  note?: string;
  /**
   * Where `npm run catalog -- --data=<file>` built the catalog from instead of the package's bundled data: a path relative to the repository root (the parity tests and `--check` follow it), or a bare file name for a file outside the repository (they cannot).
   */
  data_file?: string;
  /**
   * SHA-256 of that data file, so that a test following it knows it is the file the catalog was built from.
   */
  data_sha256?: string;
  /**
   * @minItems 1
   */
  providers: Provider[];
  /**
   * @minItems 1
   */
  models: CatalogModel[];
}
export interface Provider {
  id: string;
  name: string;
  /**
   * Which bare model ids the package assigns to this provider.
   */
  model_match: Match | null;
  pricing_url: string;
  /**
   * Which provider names the package takes as this provider (aliases such as vertex, xai, mistralai).
   */
  provider_match: Match | null;
  /**
   * Providers whose models this one also sells under the same ids (Azure: OpenAI's).
   */
  fallback_providers: string[];
}
/**
 * One model of a provider (an index into providers) with its dated price history.
 */
export interface CatalogModel {
  provider: number;
  id: string;
  name?: string;
  context?: number;
  deprecated?: boolean;
  match: Match;
  /**
   * @minItems 1
   */
  history: PriceSet[];
}
/**
 * Prices from a start date (null: from the model's release), USD per 1M tokens: input, output, reading from a prompt cache (cache_read), writing to it (cache_write: Anthropic's 5-minute cache; cache_write_1h: the 1-hour cache where listed).
 */
export interface PriceSet {
  from: string | null;
  input?: TokenPrice;
  output?: TokenPrice;
  cache_read?: TokenPrice;
  cache_write?: TokenPrice;
  cache_write_1h?: TokenPrice;
  input_audio?: TokenPrice1;
  output_audio?: TokenPrice2;
  cache_audio_read?: TokenPrice3;
  input_image?: TokenPrice4;
  output_image?: TokenPrice5;
  cache_image_read?: TokenPrice6;
  /**
   * USD per 1,000 requests, on top of tokens (Perplexity's sonar models).
   */
  requests_kcount?: number;
  /**
   * Price keys of the package that no argument counts (web searches, audio or image tokens, ...): not in any cost.
   */
  uncounted_fees?: string[];
}
