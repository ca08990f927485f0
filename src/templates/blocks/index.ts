/**
 * What every use-case sheet gets (issue 12), built from a few facts about the sheet's workload:
 *   key outputs first (budget block: one-off, monthly, year 1, 3 years, cost per request), API and self-hosted side by
 *   side, the whole cost (vector database, people and platform), reasoning tokens, a Low/Base/High range with a
 *   sensitivity table, checks that never become errors, a 36-month projection and a readable chart.
 *
 * Value columns: <first> | catalog (API) | selfhost. The first column holds the shared workload inputs (the guide's
 * figures on guide sheets). In the range block the same three columns read Low-cost case | Base | High-cost case.
 */
export { API_COLUMN, SELF_COLUMN, SELF_HOST_CHOICES, type UseCaseSpec } from "./spec";
export { check, named, namedSelf, NOT_PRICED } from "./formulas";
export { agrees } from "./agree";
export { useCaseSheet } from "./sheet";
export { VECTOR_DB, VECTOR_DB_SOURCE, VECTOR_MINIMUM_NOTE, VECTOR_QUERY_RULE } from "./inputs";
export { useCaseSheets, useCaseSimulation, USE_CASE_SCENARIOS } from "./simulation";
