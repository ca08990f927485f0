import { apiCatalog } from "./api/catalog";
import { finetuneRows } from "./api/prices";
import { defaultVectorDbPrice } from "./api/costs";

let newestDate: string | undefined;
function newestApiPriceDate(): string {
  if (newestDate !== undefined) return newestDate;
  let newest = "";
  for (const model of apiCatalog.models) for (const entry of model.history) if (entry.from !== null && entry.from > newest) newest = entry.from;
  newestDate = newest;
  return newest;
}

/** CATALOG: which sources price this workbook, their versions and newest dates — for a budget's audit trail. */
export function catalogDescription(extraSources: string[] = []): string {
  const finetuneNewest = finetuneRows.map((row) => row.as_of).sort().slice(-1)[0];
  return [
    `API prices: ${apiCatalog.source} ${apiCatalog.version} (${apiCatalog.license}), ${apiCatalog.models.length} models from ${apiCatalog.providers.length} providers, newest price change ${newestApiPriceDate()}`,
    `fine-tuning prices: LLMCOST finetune-prices (${finetuneRows.length} models, as of ${finetuneNewest})`,
    `vector storage: ${defaultVectorDbPrice.provider} ${defaultVectorDbPrice.plan} ${defaultVectorDbPrice.storage_usd_per_gb_month} USD/GB-month (as of ${defaultVectorDbPrice.as_of})`,
    ...extraSources,
  ].join("; ");
}
