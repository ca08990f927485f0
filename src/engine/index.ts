/** The public face of the calculation engine: every formula of LLMCOST, with no knowledge of Excel. */
export * from "./errors";
export { parseAsOf, isoToExcelSerial } from "./dates";
export { resolveApiModel, apiModelNames, apiCatalog } from "./api/catalog";
export { pricePerMillion, inferencePrices, pricesFor, chatPricesPerMtok, trainingPricePerMtok, fineTunedBase, finetuneRows, PRICE_TYPES } from "./api/prices";
export { inferenceCost, finetuneCost, embeddingCost, billedPrices, billedPricePerMillion } from "./api/costs";
export type { Billing } from "./api/tiers";
export { priceChangeTable, PRICE_CHANGE_HEADER } from "./api/price-change";
export { vectorStoreCost, defaultVectorDbPrice, defaultUsdPerMillionQueries } from "./api/vector-store";
export type { VectorStoreOptions } from "./api/vector-store";
export { parsePriceSheet, PRICE_SHEET_COLUMNS, SHEET_PRICE_TYPES } from "./api/price-sheet";
export type { PriceSheet, PriceSheetRow } from "./api/price-sheet";
export type { InferenceWorkload } from "./api/costs";
export { modelsTable, compareTable } from "./api/tables";
export type { Cell, Table } from "./api/tables";
export { returnOnInvestment, paybackMonths } from "./roi";
export { catalogDescription, catalogDetailTable } from "./catalog-info";
export * from "./selfhost";
