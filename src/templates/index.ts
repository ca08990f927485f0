import type { TemplateSpec } from "./types";
import { acquisition } from "./catalog/acquisition";
import { complaintRedressal } from "./catalog/complaint-redressal";
import { sentimentAnalysis } from "./catalog/sentiment-analysis";
import { embeddingRetrieval } from "./catalog/embedding-retrieval";
import { apiVsSelfhost } from "./catalog/api-vs-selfhost";
import { roiBusinessCase } from "./catalog/roi-business-case";
import { martechLifecycle } from "./catalog/martech-lifecycle";
import { priceTable } from "./catalog/price-table";
import { promptTechniques } from "./catalog/prompt-techniques";
import { winBack } from "./catalog/win-back";
import { budgetVsActual } from "./catalog/budget-vs-actual";
import { commitmentPlanner } from "./catalog/commitment-planner";

export * from "./types";
export { renderTemplate, DEFAULT_PRICE_DATE, ADDIN_VERSION } from "./render";
export { FORMAT_CODES, moneyFormat } from "./formats";
export { CURRENCIES, BASE_CURRENCY, findCurrency, currencyByCode, type Currency } from "./currencies";
export { choiceList, CHAT_MODELS, EMBEDDING_MODELS, FINETUNE_MODELS, OPEN_MODEL_IDS, GPU_IDS } from "./lists";

/** Every template, in gallery order. Add new templates here (one file each under catalog/). */
export const TEMPLATES: TemplateSpec[] = [acquisition, complaintRedressal, sentimentAnalysis, embeddingRetrieval, winBack, apiVsSelfhost, roiBusinessCase, martechLifecycle, promptTechniques, priceTable, budgetVsActual, commitmentPlanner];

export function findTemplate(id: string): TemplateSpec | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
