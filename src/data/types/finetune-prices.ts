/* Generated from src/data/schemas/finetune-prices.schema.json by `npm run data-types`; do not edit (edit the schema). */

export interface FinetunePrices {
  description: string;
  /**
   * Fine-tuning prices by base model.
   *
   * @minItems 1
   */
  rows: FinetunePriceRow[];
}
/**
 * One model's fine-tuning prices, USD per 1M tokens: training, and calling the fine-tuned model (null: no cached-input price).
 */
export interface FinetunePriceRow {
  provider: string;
  base_model: string;
  training_usd_per_mtok: number;
  ft_input_usd_per_mtok: number;
  ft_cached_input_usd_per_mtok: number | null;
  ft_output_usd_per_mtok: number;
  /**
   * The day the provider stopped new fine-tuning runs of this base model: listed for old workbooks, never offered as a current choice.
   */
  retired?: string;
  status: "verified" | "secondary" | "unverified";
  /**
   * When the figure was read: YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day.
   */
  as_of: string;
  /**
   * Where the figure comes from (a page, a datasheet, a paper).
   */
  source: string;
}
