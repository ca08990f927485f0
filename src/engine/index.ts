/** The public face of the calculation engine: every formula of LLMCOST, with no knowledge of Excel. */
export * from "./errors";
export { parseAsOf, isoToExcelSerial } from "./dates";
export { resolveApiModel, apiModelNames, apiCatalog } from "./api/catalog";
export { pricePerMillion, inferencePrices, chatPricesPerMtok, trainingPricePerMtok, finetuneRows, PRICE_TYPES } from "./api/prices";
export { inferenceCost, finetuneCost, embeddingCost, vectorStoreCost, defaultVectorDbPrice } from "./api/costs";
export type { InferenceWorkload } from "./api/costs";
export { modelsTable, compareTable } from "./api/tables";
export type { Cell, Table } from "./api/tables";
export { returnOnInvestment, paybackMonths } from "./roi";
export { catalogDescription } from "./catalog-info";
export * from "./selfhost";
