import { VECTOR_DB, VECTOR_DB_SOURCE, VECTOR_QUERY_RULE } from "../blocks";
import { decision } from "../blocks/formulas";
import type { CellContent, RowSpec, SectionSpec, TemplateSpec } from "../types";
import { complaintRedressal } from "./complaint-redressal";
import { embeddingRetrieval } from "./embedding-retrieval";
import { portfolioSimulation } from "./martech-simulation";
import { sentimentAnalysis } from "./sentiment-analysis";

/**
 * Exhibit 1 of the guide as a portfolio summary at ONE scope (issue 22): for each lifecycle stage, the API and the
 * self-hosted option as whole cost (model, vector database, people, review and platform), one-off, month 1, model-only
 * month 1, years 1–3, and the benefit where the stage's sheet has one. A stage whose use-case sheet is in the workbook
 * links to that sheet's budget names (green); otherwise this sheet prices it from its own inputs with the SAME chain
 * and the same Assumptions names as the use-case sheet, so that `PortfolioMonthlyCost` is the same figure whichever
 * order the sheets were inserted in (at the use-case sheets' defaults).
 *
 * The value columns carry the probability block's keys (low, base, high, shape, tie) and one more, because the
 * portfolio's simulation (PortfolioMonthlyCost_P10/_P50/_P90) sits on this sheet; every section names its own headers.
 */

/** Sheet names of the use-case templates for the acquisition and win-back stages. */
export const ACQUISITION_SHEET = "Acquisition";
export const WIN_BACK_SHEET = "Win-back";

/** The six value columns, by what the cost sections put in them. */
export const C = { oneOff: "low", monthly: "base", token: "high", year1: "shape", year2: "tie", year3: "extra" } as const;
const COLUMN_KEYS = [C.oneOff, C.monthly, C.token, C.year1, C.year2, C.year3];
const YEARS = [C.oneOff, C.monthly, C.token];

interface Stage {
  key: string;
  label: string;
  sheet: string;
  useCase: string;
  model: string;
  requests: number;
  inTokens: number;
  outTokens: number;
  reviewShare: number;
  reviewMinutes: number;
  ftTokens?: number;
  corpusTokens?: number;
  vectors?: number;
  retrievals?: number;
  queryTokens?: number;
  /** The stage's sheet names a monthly benefit (MonthlyBenefit, PaybackMonths). */
  benefit?: boolean;
  notes: string;
}

const ASSUMED = "Assumed (no published source; replace with your own)";
const SAME = "the use-case sheet's defaults";
/** Each stage's own inputs are its use-case sheet's defaults, so that both insertion orders give the same figures. */
export const STAGES: Stage[] = [
  { key: "acquisition", label: "Acquisition", sheet: ACQUISITION_SHEET, useCase: "Personalised outreach and lead qualification", model: "gpt-4.1-mini", requests: 50_000, inTokens: 1_000, outTokens: 250, reviewShare: 0.05, reviewMinutes: 1, benefit: true, notes: `${ASSUMED}: the guide gives no figures for this stage; ${SAME} (50,000 leads, one message each)` },
  { key: "retention", label: "Retention", sheet: complaintRedressal.sheets[0].name, useCase: "Complaint redressal chatbot (fine-tuned)", model: "ft:gpt-4.1-mini", requests: 150_000, inTokens: 600, outTokens: 600, reviewShare: 0.02, reviewMinutes: 3, ftTokens: 42_000_000, notes: "Guide use case 1: 150,000 users × 1,200 tokens a month, 42M instruction tokens fine-tuned once; the 50/50 input/output split is assumed" },
  { key: "engagement", label: "Engagement", sheet: sentimentAnalysis.sheets[0].name, useCase: "Sentiment analysis with function calling", model: "gpt-4.1-mini", requests: 30_000, inTokens: 300, outTokens: 500, reviewShare: 0.01, reviewMinutes: 1, notes: "Guide use case 2: 30,000 queries, 300 input (incl. function calling) and 500 output tokens each" },
  { key: "retrieval", label: "Engagement: retrieval", sheet: embeddingRetrieval.sheets[0].name, useCase: "Embedding search over the domain corpus", model: "gpt-4.1-mini", requests: 10_000, inTokens: 1_550, outTokens: 300, reviewShare: 0.01, reviewMinutes: 2, corpusTokens: 84_000_000, vectors: 50_000, retrievals: 1, queryTokens: 50, notes: `Guide: 10,000 queries a month over the 84M-token corpus, 50k documents; answer sizes ${SAME}` },
  { key: "winback", label: "Win-back", sheet: WIN_BACK_SHEET, useCase: "Churn-risk re-engagement messages", model: "gpt-4o-mini", requests: 20_000, inTokens: 1_200, outTokens: 160, reviewShare: 0.05, reviewMinutes: 1, benefit: true, notes: `${ASSUMED}: the guide gives no figures for this stage; ${SAME} (20,000 flagged customers, one message each)` },
];

const NA = "n/a: not priced (see the rows below)";
const first = STAGES[0].key;
const last = STAGES[STAGES.length - 1].key;
/** A total over the stages' rows with `suffix`: the sum where every stage has a number, else why not (never a partial sum). */
const total = (suffix: string, col: string) => `=IF(COUNT({${first}${suffix}:${col}}:{${last}${suffix}:${col}})=${STAGES.length},SUM({${first}${suffix}:${col}}:{${last}${suffix}:${col}}),"n/a: a stage has no figure (see below)")`;
const stageSum = (suffix: string, col: string) => STAGES.map((s) => `{${s.key}${suffix}:${col}}`).join("+");

/** A cell linked to the stage's sheet name (converted to this sheet's currency), else its own formula. */
function linked(stage: Stage, name: string, own: string): CellContent {
  return { link: { sheet: stage.sheet, name }, found: `=IF(ISNUMBER({link}),{link}*{FxRate}/{${stage.key}Src:${C.monthly}},{link})`, missing: own };
}

// ---------- Each stage's own inputs and its month-1 parts (the use-case sheet's chain) ----------

function workloadRow(s: Stage): RowSpec {
  return {
    key: `${s.key}W`,
    label: s.label,
    values: { [C.oneOff]: s.useCase, [C.monthly]: s.model, [C.token]: s.requests, [C.year1]: s.inTokens, [C.year2]: s.outTokens, [C.year3]: s.reviewShare },
    format: { [C.oneOff]: "text", [C.monthly]: "text", [C.token]: "count", [C.year1]: "tokens", [C.year2]: "tokens", [C.year3]: "percent" },
    validation: s.model.startsWith("ft:") ? undefined : { [C.monthly]: "chatModels" },
    unit: "requests and tokens per month; share reviewed (%)",
    notes: s.notes,
  };
}

function driverRow(s: Stage): RowSpec {
  return {
    key: `${s.key}D`,
    label: s.label,
    values: { [C.oneOff]: s.reviewMinutes, [C.monthly]: s.ftTokens ?? 0, [C.token]: s.corpusTokens ?? 0, [C.year1]: s.vectors ?? 0, [C.year2]: s.retrievals ?? 0, [C.year3]: s.queryTokens ?? 0 },
    format: { [C.oneOff]: "decimal", [C.monthly]: "tokens", [C.token]: "tokens", [C.year1]: "count", [C.year2]: "decimal", [C.year3]: "tokens" },
    unit: "minutes; tokens; vectors; queries per request; tokens per query",
    notes: `${SAME}: review minutes, fine-tuning tokens (one-off), corpus tokens embedded (one-off), vectors stored, retrievals per request, tokens embedded per query`,
  };
}

/** Month-1 parts: API tokens | GPUs (with standby) | vector database | review | logs and per-request extras | vector query price. */
function monthlyParts(s: Stage): RowSpec {
  const w = (c: string) => `{${s.key}W:${c}}`;
  const d = (c: string) => `{${s.key}D:${c}}`;
  const req = w(C.token);
  const inTok = `${req}*${w(C.year1)}`;
  const outTok = `${req}*${w(C.year2)}`;
  const serve = `LLMCOST.SELFHOST({openModel},{gpu},${inTok},${outTok},{gpus},{gpuPrice},{utilization})+StandbyReplicas*{replicaCost}`;
  return {
    key: `${s.key}M`,
    label: s.label,
    values: {
      [C.oneOff]: `=LLMCOST.INFERENCE(${w(C.monthly)},${inTok},${outTok},${req},${inTok}*{cachedShare},{discount},{PriceDate},0,{PriceSheet})*{FxRate}`,
      [C.monthly]: `=IF({selfOk},IFERROR(IF(${outTok}=0,0,${serve})*{FxRate},"no estimate: check the inputs"),{selfStatus})`,
      [C.token]: `=IF(OR(${d(C.year1)}>0,${d(C.year2)}>0),LLMCOST.VECTORSTORE(${d(C.year1)},{vecDims},{vecBytes},{vecGbPrice},${req}*${d(C.year2)},${`{${s.key}M:${C.year3}}`},{vecMinimum})*{FxRate},0)`,
      [C.year1]: `=${req}*${w(C.year3)}*ReviewFactor*${d(C.oneOff)}/{minutesPerHour}*ReviewerCostPerHour*{FxRate}`,
      [C.year2]: `=${req}*((${w(C.year1)}+${w(C.year2)})*{logCost}+IF(${d(C.year3)}>0,LLMCOST.EMBEDDING({embModel},${d(C.year3)},{PriceDate},{PriceSheet}),0))*{FxRate}`,
      [C.year3]: `=MAX({ruMin},{ruPerGb}*${d(C.year1)}*{vecDims}*{vecBytes}/{bytesPerGb})*{vecReadPrice}`,
    },
    format: { [C.oneOff]: "moneyFx", [C.monthly]: "moneyFx", [C.token]: "moneyFx", [C.year1]: "moneyFx", [C.year2]: "moneyFx", [C.year3]: "decimal" },
    unit: "{currency} per month; the vector query price in USD per 1M queries",
    notes: "LLMCOST.INFERENCE; LLMCOST.SELFHOST + StandbyReplicas; LLMCOST.VECTORSTORE; requests × review share × ReviewFactor × minutes × ReviewerCostPerHour; logs and query embeddings per request",
  };
}

/** One-off parts: fine-tuning through the API | fine-tuning self-hosted | corpus embedding | vector writes | API total | self-hosted total. */
function oneOffParts(s: Stage): RowSpec {
  const d = (c: string) => `{${s.key}D:${c}}`;
  const o = (c: string) => `{${s.key}O:${c}}`;
  return {
    key: `${s.key}O`,
    label: s.label,
    values: {
      [C.oneOff]: `=IF(${d(C.monthly)}>0,LLMCOST.FINETUNE(SUBSTITUTE({${s.key}W:${C.monthly}},"ft:",""),${d(C.monthly)},{epochs},{PriceDate},{PriceSheet})*{FxRate},0)`,
      [C.monthly]: `=IF(${d(C.monthly)}>0,IF({selfOk},IFERROR(LLMCOST.TRAINHOURS({openModel},${d(C.monthly)},{gpu},{epochs},{ftMethod})*{gpuPrice}*{FxRate},"no estimate"),{selfStatus}),0)`,
      [C.token]: `=IF(${d(C.token)}>0,LLMCOST.EMBEDDING({embModel},${d(C.token)},{PriceDate},{PriceSheet})*{FxRate},0)`,
      [C.year1]: `=${d(C.year1)}*({vecDims}*{vecBytes}/{bytesPerKb}+1)*{wuPerKb}*{vecWritePrice}/{perMillion}*{FxRate}`,
      [C.year2]: `=${o(C.oneOff)}+${o(C.token)}+${o(C.year1)}`,
      [C.year3]: `=IF(ISNUMBER(${o(C.monthly)}),${o(C.monthly)}+${o(C.token)}+${o(C.year1)},${o(C.monthly)})`,
    },
    format: "moneyFx",
    unit: "{currency}",
    notes: "LLMCOST.FINETUNE of the base model; LLMCOST.TRAINHOURS × GPU price; LLMCOST.EMBEDDING of the corpus; vector writes; the API and self-hosted sums",
  };
}

// ---------- The stage cost tables (whole cost, one scope) ----------

/** Year n of the own-input fallback: the model part × its price index over the year, the rest flat, people and review × the wage index. */
const yearOwn = (s: Stage, model: string, people: string, index: string, y: string) =>
  `${model}*{${index}:${y}}+({${s.key}M:${C.token}}+{${s.key}M:${C.year2}})*{monthsPerYear}+(${people}+{${s.key}M:${C.year1}})*{monthsPerYear}*{wageIndex:${y}}`;

function apiRow(s: Stage): RowSpec {
  const m = (c: string) => `{${s.key}M:${c}}`;
  const own = (formula: string) => `=IFERROR(${formula},"${NA}")`;
  const year = (y: string) => yearOwn(s, m(C.oneOff), "{peopleApi}", "apiIndex", y);
  const oneOff = `{${s.key}O:${C.year2}}+BuildMonthsApi*{loaded}`;
  return {
    key: `${s.key}Api`,
    label: s.label,
    values: {
      [C.oneOff]: linked(s, "OneOffCost_Catalog", own(oneOff)),
      [C.monthly]: linked(s, "MonthlyCost_Catalog", own(`${m(C.oneOff)}+${m(C.token)}+${m(C.year1)}+${m(C.year2)}+{peopleApi}`)),
      [C.token]: linked(s, "MonthlyTokenCost_Catalog", own(m(C.oneOff))),
      [C.year1]: linked(s, "Year1Cost_Catalog", own(`${oneOff}+${year(YEARS[0])}`)),
      [C.year2]: linked(s, "Year2Cost_Catalog", own(year(YEARS[1]))),
      [C.year3]: linked(s, "Year3Cost_Catalog", own(year(YEARS[2]))),
    },
    format: "moneyFx",
    unit: "{currency}",
    notes: `Linked to the sheet "${s.sheet}" (its _Catalog budget names, green) when the workbook has it, else this sheet's own inputs through the same chain`,
  };
}

function selfRow(s: Stage): RowSpec {
  const m = (c: string) => `{${s.key}M:${c}}`;
  const ifNumber = (cell: string, formula: string) => `=IF(ISNUMBER(${cell}),${formula},${cell})`;
  const gpus = m(C.monthly);
  const year = (y: string) => yearOwn(s, gpus, "{peopleSelf}", "gpuIndex", y);
  const oneOff = `{${s.key}O:${C.year3}}`;
  return {
    key: `${s.key}Self`,
    label: s.label,
    values: {
      [C.oneOff]: linked(s, "OneOffCost_SelfHost", ifNumber(oneOff, `${oneOff}+BuildMonthsSelfHost*{loaded}`)),
      [C.monthly]: linked(s, "MonthlyCost_SelfHost", ifNumber(gpus, `${gpus}+${m(C.token)}+${m(C.year1)}+${m(C.year2)}+{peopleSelf}`)),
      [C.token]: linked(s, "MonthlyTokenCost_SelfHost", `=${gpus}`),
      [C.year1]: linked(s, "Year1Cost_SelfHost", `=IF(COUNT(${gpus},${oneOff})=2,${oneOff}+BuildMonthsSelfHost*{loaded}+${year(YEARS[0])},${gpus})`),
      [C.year2]: linked(s, "Year2Cost_SelfHost", ifNumber(gpus, year(YEARS[1]))),
      [C.year3]: linked(s, "Year3Cost_SelfHost", ifNumber(gpus, year(YEARS[2]))),
    },
    format: "moneyFx",
    unit: "{currency}",
    notes: `Each stage on its own GPUs. Linked to the sheet "${s.sheet}" (_SelfHost names) when the workbook has it, else this sheet's own inputs`,
  };
}

function sourceRow(s: Stage): RowSpec {
  return {
    key: `${s.key}Src`,
    label: s.label,
    values: {
      [C.oneOff]: { link: { sheet: s.sheet, name: "MonthlyCost_Catalog" }, found: '="linked: {linkSheet}"', missing: `="own inputs (no ${s.sheet} sheet)"` },
      [C.monthly]: { link: { sheet: s.sheet, name: "FxRate" }, found: "={link}", missing: "={FxRate}" },
    },
    format: { [C.oneOff]: "text", [C.monthly]: "decimal" },
    unit: "source; its USD rate",
    notes: "insert the use-case sheet first, then this one, to link it; linked figures are converted from that sheet's rate to this one's",
  };
}

function benefitRow(s: Stage): RowSpec {
  const none = '="none on this stage\'s sheet"';
  const missing = `="n/a: insert the ${s.sheet} sheet"`;
  return {
    key: `${s.key}Ben`,
    label: s.label,
    values: s.benefit
      ? { [C.oneOff]: linked(s, "MonthlyBenefit", missing), [C.monthly]: { link: { sheet: s.sheet, name: "PaybackMonths" }, missing } }
      : { [C.oneOff]: none, [C.monthly]: none },
    format: { [C.oneOff]: "moneyFx", [C.monthly]: "months" },
    unit: "{currency} per month; months",
    notes: s.benefit ? `the sheet "${s.sheet}": MonthlyBenefit and PaybackMonths (API, whole cost)` : "the stage's sheet states costs only",
  };
}

const headersOf = (labels: Record<string, string>, label = "Stage") => ({ label, ...Object.fromEntries(COLUMN_KEYS.map((k) => [k, labels[k] ?? ""])) });
const COST_HEADERS = headersOf({ [C.oneOff]: "One-off", [C.monthly]: "Monthly (month 1)", [C.token]: "Model only, monthly", [C.year1]: "Year 1", [C.year2]: "Year 2", [C.year3]: "Year 3" });
const VALUE = headersOf({ [C.oneOff]: "Value" }, "Item");
const totalRow = (key: string, label: string, suffix: string, names: Record<string, string>, notes: string): RowSpec => ({
  key,
  label,
  values: Object.fromEntries(COLUMN_KEYS.map((c) => [c, total(suffix, c)])),
  names,
  format: "moneyFx",
  unit: "{currency}",
  notes,
});

const SHARED_IN = `SUMPRODUCT({${first}W:${C.token}}:{${last}W:${C.token}},{${first}W:${C.year1}}:{${last}W:${C.year1}})`;
const SHARED_OUT = `SUMPRODUCT({${first}W:${C.token}}:{${last}W:${C.token}},{${first}W:${C.year2}}:{${last}W:${C.year2}})`;
/** The rest of the shared fleet's month: every stage's vector database, review and logs, one team. */
const SHARED_REST = `SUM({${first}M:${C.token}}:{${last}M:${C.year2}})`;

/** Years 1–3 of a summary row, as a range. */
const THREE = (row: string) => `{${row}:${C.year1}},{${row}:${C.year2}},{${row}:${C.year3}}`;

const summary: SectionSpec = {
  title: "Portfolio — whole cost of every stage at one scope (details below)",
  kind: "outputs",
  headers: headersOf({ [C.oneOff]: "One-off", [C.monthly]: "Monthly (month 1)", [C.token]: "Model only, monthly", [C.year1]: "Year 1", [C.year2]: "Year 2", [C.year3]: "Year 3" }, "Option"),
  rows: [
    totalRow("portfolio", "API, each stage on its own", "Api", { [C.oneOff]: "PortfolioOneOffCost", [C.monthly]: "PortfolioMonthlyCost", [C.token]: "PortfolioMonthlyTokenCost", [C.year1]: "PortfolioYear1Cost", [C.year2]: "PortfolioYear2Cost", [C.year3]: "PortfolioYear3Cost" }, "Whole cost: model, vector database, people, review and platform. Model only: API tokens. Sum of the stages below"),
    totalRow("portfolioSelf", "Self-hosted, each stage on its own GPUs", "Self", { [C.oneOff]: "PortfolioOneOffCost_SelfHost", [C.monthly]: "PortfolioMonthlyCost_SelfHost", [C.token]: "PortfolioMonthlyTokenCost_SelfHost", [C.year1]: "PortfolioYear1Cost_SelfHost", [C.year2]: "PortfolioYear2Cost_SelfHost", [C.year3]: "PortfolioYear3Cost_SelfHost" }, "Whole cost, the same scope as the API row. Model only: GPU replicas with standby"),
    {
      key: "shared",
      label: "Self-hosted on one shared fleet (own inputs)",
      values: {
        [C.oneOff]: `=IF(COUNT({sharedGpu})=1,${stageSum("O", C.year3)}+({stages}*BuildMonthsApi+MAX(0,BuildMonthsSelfHost-BuildMonthsApi))*{loaded},{sharedGpu})`,
        [C.monthly]: "=IF(ISNUMBER({sharedGpu}),{sharedGpu}+{sharedRest}+{peopleSelf},{sharedGpu})",
        [C.token]: "={sharedGpu}",
        [C.year1]: `=IF(ISNUMBER({shared:${C.oneOff}}),{shared:${C.oneOff}}+{sharedYear:${YEARS[0]}},{sharedGpu})`,
        [C.year2]: `=IF(ISNUMBER({sharedGpu}),{sharedYear:${YEARS[1]}},{sharedGpu})`,
        [C.year3]: `=IF(ISNUMBER({sharedGpu}),{sharedYear:${YEARS[2]}},{sharedGpu})`,
      },
      names: { [C.monthly]: "PortfolioSelfHostedMonthlyCost", [C.token]: "PortfolioSelfHostedMonthlyTokenCost" },
      format: "moneyFx",
      unit: "{currency}",
      notes: "Whole cost: every stage's tokens on one set of replicas, one serving team, each stage's integration and the serving stack built once; an idle replica per stage is the main cost of self-hosting small volumes",
    },
    { key: "gap", label: "3-year cost, API − self-hosted on one fleet", values: { [C.oneOff]: `=IF(COUNT(${THREE("portfolio")},${THREE("shared")})<6,"n/a",SUM(${THREE("portfolio")})-SUM(${THREE("shared")}))` }, format: "moneyFx", unit: "{currency}", notes: "years 1–3 of both; n/a unless both are numbers" },
    { key: "cheaper", label: "Cheaper over 3 years (whole cost)", values: { [C.oneOff]: decision("{gap}", `SUM(${THREE("portfolio")})`, `SUM(${THREE("shared")})`, "API", "Self-hosted") },
      format: "text", unit: "option", notes: "API or self-hosted on one fleet; about the same within Materiality (Assumptions); n/a unless both are numbers" },
    { key: "benefitTotal", label: "Monthly benefit of the stages whose sheets state one", values: { [C.oneOff]: `=SUM({${first}Ben:${C.oneOff}}:{${last}Ben:${C.oneOff}})` }, names: { [C.oneOff]: "PortfolioMonthlyBenefit" }, format: "moneyFx", unit: "{currency} per month", notes: "sum of the linked stages' MonthlyBenefit; a stage whose sheet is not in the workbook adds nothing (its row says so)" },
  ],
};

const sharedInputs: SectionSpec = {
  title: "Inputs — shared (own-input stages; the use-case sheets' defaults)",
  kind: "inputs",
  headers: VALUE,
  rows: [
    { key: "cachedShare", label: "Cached share of input tokens", values: { [C.oneOff]: 0 }, format: "percent", unit: "share", notes: "Default 0: no prompt caching, as on the use-case sheets" },
    { key: "discount", label: "Batch / negotiated discount", values: { [C.oneOff]: 0 }, format: "percent", unit: "share", notes: "Default 0: list prices" },
    { key: "openModel", label: "Open model (self-hosted)", values: { [C.oneOff]: { choice: "openModel" } }, unit: "model id", notes: "Open-weight model; architecture from its published config.json and model card" },
    { key: "gpu", label: "GPU", values: { [C.oneOff]: { choice: "gpu" } }, unit: "GPU id", notes: "Vendor datasheets; rented at the catalog's median on-demand price × GpuPriceFactor (Assumptions)" },
    { key: "utilization", label: "Target average load of the GPUs", values: { [C.oneOff]: 0.6 }, format: "percent", unit: "share of full load", notes: "Default 60%: headroom for peaks (a decimal)" },
    { key: "epochs", label: "Training epochs (fine-tuning)", values: { [C.oneOff]: 1 }, format: "count", unit: "passes", notes: "Guide use case 1 prices one pass" },
    { key: "ftMethod", label: "Fine-tuning method (self-hosted)", values: { [C.oneOff]: "lora" }, validation: ["lora", "full"], unit: "method", notes: "LoRA adapters (arXiv 2106.09685), as on the complaint sheet" },
    { key: "embModel", label: "Embedding model", values: { [C.oneOff]: "text-embedding-3-small" }, validation: "embeddingModels", unit: "model id", notes: "The embeddings sheet's default" },
    { key: "vecDims", label: "Embedding dimensions", values: { [C.oneOff]: 1536 }, format: "count", unit: "dimensions", notes: "text-embedding-3-small's default 1,536 (OpenAI embeddings docs)" },
    { key: "vecBytes", label: "Bytes per dimension", values: { [C.oneOff]: 4 }, format: "count", unit: "bytes", notes: "float32 vectors (4 bytes)" },
    { key: "vecGbPrice", label: "Vector storage price", values: { [C.oneOff]: VECTOR_DB.storage_usd_per_gb_month }, format: "money", unit: "USD per GB-month", notes: VECTOR_DB_SOURCE },
    { key: "vecReadPrice", label: "Vector read price", values: { [C.oneOff]: VECTOR_DB.read_usd_per_million_units }, format: "money", unit: "USD per 1M read units", notes: VECTOR_DB_SOURCE },
    { key: "vecWritePrice", label: "Vector write price", values: { [C.oneOff]: VECTOR_DB.write_usd_per_million_units }, format: "money", unit: "USD per 1M write units", notes: VECTOR_DB_SOURCE },
    { key: "vecMinimum", label: "Vector plan minimum", values: { [C.oneOff]: VECTOR_DB.minimum_usd_per_month }, format: "money", unit: "USD per month", notes: VECTOR_DB_SOURCE },
    { key: "ruPerGb", label: "Read units per query per GB of index", values: { [C.oneOff]: VECTOR_DB.query_read_units_per_gb }, format: "decimal", unit: "read units per GB", notes: VECTOR_QUERY_RULE },
    { key: "ruMin", label: "Minimum read units per query", values: { [C.oneOff]: VECTOR_DB.query_minimum_read_units }, format: "decimal", unit: "read units", notes: "same source" },
    { key: "wuPerKb", label: "Write units per KB written", values: { [C.oneOff]: 1 }, format: "decimal", unit: "write units per KB", notes: "Assumption: 1 write unit per KB of vector plus about 1 KB of metadata" },
    { key: "bytesPerToken", label: "Bytes of text per token", values: { [C.oneOff]: 4 }, format: "decimal", unit: "bytes per token", notes: "About 4 characters of English per token (OpenAI tokenizer help)" },
    { key: "retention", label: "Months of logs kept", values: { [C.oneOff]: 12 }, format: "count", unit: "months", notes: "Assumption: prompts and answers kept a year, as on the use-case sheets" },
    { key: "storagePrice", label: "Object storage price", values: { [C.oneOff]: 0.023 }, format: "money", unit: "USD per GB-month", notes: "Amazon S3 Standard, us-east-1, first 50 TB (aws.amazon.com/s3/pricing)" },
    { key: "egressPrice", label: "Data transfer out", values: { [C.oneOff]: 0.09 }, format: "money", unit: "USD per GB", notes: "AWS data transfer out to the internet, first 10 TB a month (aws.amazon.com/ec2/pricing/on-demand)" },
  ],
};

const constant = (key: string, label: string, value: number, unit: string): RowSpec => ({ key, label, kind: "constant", values: { [C.oneOff]: value }, format: "count", unit, notes: "Universal constant" });
const yearHeaders = headersOf({ [C.oneOff]: "Year 1", [C.monthly]: "Year 2", [C.token]: "Year 3" }, "Item");
const perYear = (formula: string) => Object.fromEntries(YEARS.map((y) => [y, formula]));

const calculations: SectionSpec[] = [
  {
    title: "Calculations — shared",
    kind: "calculations",
    headers: VALUE,
    rows: [
      constant("monthsPerYear", "Months per year (constant)", 12, "months"),
      constant("minutesPerHour", "Minutes per hour (constant)", 60, "minutes"),
      constant("hoursPerMonth", "Hours billed per month (constant)", 730, "hours"),
      constant("bytesPerGb", "Bytes per GB (constant)", 1_000_000_000, "bytes"),
      constant("bytesPerKb", "Bytes per KB (constant)", 1000, "bytes"),
      constant("perMillion", "Units per million (constant)", 1_000_000, "units"),
      constant("stages", "Lifecycle stages (constant)", STAGES.length, "stages"),
      { key: "gpus", label: "GPUs per replica", values: { [C.oneOff]: '=IFERROR(LLMCOST.GPUCOUNT({openModel},{gpu}),IF(ISNA(LLMCOST.GPUCOUNT({openModel},{gpu})),"unknown model or GPU","does not fit on 8 "&{gpu}&" GPUs"))' }, format: "count", unit: "GPUs", notes: "LLMCOST.GPUCOUNT(model, gpu)" },
      { key: "fits", label: "Model fits on one server", values: { [C.oneOff]: "=ISNUMBER({gpus})" }, format: "general", unit: "TRUE/FALSE", notes: "FALSE: pick a larger GPU or a smaller model" },
      { key: "selfStatus", label: "Self-hosting status", values: { [C.oneOff]: '=IF(NOT({fits}),{gpus},IF(OR({utilization}<=0,{utilization}>1),"target load must be above 0% and at most 100%","OK"))' }, format: "text", unit: "", notes: "OK, or why the self-hosted figures say n/a" },
      { key: "selfOk", label: "Self-hosted estimate possible", values: { [C.oneOff]: '={selfStatus}="OK"' }, format: "general", unit: "TRUE/FALSE", notes: "the model fits and the target load is valid" },
      { key: "gpuPrice", label: "GPU price", values: { [C.oneOff]: "=LLMCOST.GPUPRICE({gpu})*GpuPriceFactor" }, format: "money", unit: "USD per GPU-hour", notes: "LLMCOST.GPUPRICE(gpu): catalog median on-demand price × GpuPriceFactor (Assumptions)" },
      { key: "replicaCost", label: "One replica running all month", values: { [C.oneOff]: "=IF({selfOk},{gpus}*{gpuPrice}*{hoursPerMonth},0)" }, format: "money", unit: "USD per month", notes: "GPUs × price × 730 hours (a standby replica costs this)" },
      { key: "loaded", label: "Loaded cost of one engineer", values: { [C.oneOff]: "=LoadedCostPerFteMonth*{FxRate}" }, format: "moneyFx", unit: "{currency} per month", notes: "LoadedCostPerFteMonth (Assumptions) × the rate" },
      { key: "peopleApi", label: "People running one API stage", values: { [C.oneOff]: "=RunFteApi*{loaded}" }, format: "moneyFx", unit: "{currency} per month", notes: "RunFteApi (Assumptions) × loaded cost, as on each use-case sheet" },
      { key: "peopleSelf", label: "People running one self-hosted stage (or the shared fleet)", values: { [C.oneOff]: "=RunFteSelfHost*{loaded}" }, format: "moneyFx", unit: "{currency} per month", notes: "RunFteSelfHost (Assumptions) × loaded cost" },
      { key: "logCost", label: "Log storage and egress per token", values: { [C.oneOff]: "={bytesPerToken}/{bytesPerGb}*({retention}*{storagePrice}+{egressPrice})" }, format: "money", unit: "USD per token", notes: "bytes per token ÷ bytes per GB × (months kept × storage + egress)" },
      { key: "sharedIn", label: "Shared fleet: input tokens of every stage", values: { [C.oneOff]: `=${SHARED_IN}` }, format: "tokens", unit: "tokens per month", notes: "Σ requests × input tokens" },
      { key: "sharedOut", label: "Shared fleet: output tokens of every stage", values: { [C.oneOff]: `=${SHARED_OUT}` }, format: "tokens", unit: "tokens per month", notes: "Σ requests × output tokens" },
      { key: "sharedGpu", label: "Shared fleet: GPUs for every stage's tokens", values: { [C.oneOff]: '=IF({selfOk},IFERROR(IF({sharedOut}=0,0,LLMCOST.SELFHOST({openModel},{gpu},{sharedIn},{sharedOut},{gpus},{gpuPrice},{utilization})+StandbyReplicas*{replicaCost})*{FxRate},"no estimate: check the inputs"),{selfStatus})' }, format: "moneyFx", unit: "{currency} per month", notes: "LLMCOST.SELFHOST of all stages' tokens + StandbyReplicas once" },
      { key: "sharedRest", label: "Shared fleet: vector databases, review, logs", values: { [C.oneOff]: `=${SHARED_REST}` }, format: "moneyFx", unit: "{currency} per month", notes: "every stage's own-input vector database, review and per-request costs" },
    ],
  },
  {
    title: "Calculations — price and wage indices summed over each year (flat volume)",
    kind: "calculations",
    headers: yearHeaders,
    rows: [
      { key: "yearNumber", label: "Year", kind: "constant", values: { [YEARS[0]]: 1, [YEARS[1]]: 2, [YEARS[2]]: 3 }, format: "integer", unit: "year", notes: "Years of the projection" },
      { key: "apiIndex", label: "API price index, summed over the year's months", values: perYear("=IF(ApiPriceDeclinePerYear=0,{monthsPerYear},(1-ApiPriceDeclinePerYear)^({yearNumber}-1)*ApiPriceDeclinePerYear/(1-(1-ApiPriceDeclinePerYear)^(1/{monthsPerYear})))") , format: "decimal", unit: "months at month-1 prices", notes: "Σ (1 − ApiPriceDeclinePerYear)^((m − 1) ÷ 12) over the year's 12 months, as the use-case projections compound it" },
      { key: "gpuIndex", label: "GPU price index, summed over the year's months", values: perYear("=IF(GpuPriceDeclinePerYear=0,{monthsPerYear},(1-GpuPriceDeclinePerYear)^({yearNumber}-1)*GpuPriceDeclinePerYear/(1-(1-GpuPriceDeclinePerYear)^(1/{monthsPerYear})))"), format: "decimal", unit: "months at month-1 prices", notes: "same with GpuPriceDeclinePerYear" },
      { key: "wageIndex", label: "Wage index in the year", values: perYear("=(1+WageInflation)^({yearNumber}-1)"), format: "decimal", unit: "× month 1", notes: "WageInflation (Assumptions), once a year" },
      { key: "sharedYear", label: "Shared fleet: whole cost of the year", values: perYear(`=IF(ISNUMBER({sharedGpu}),{sharedGpu}*{gpuIndex}+SUM({${first}M:${C.token}}:{${last}M:${C.token}},{${first}M:${C.year2}}:{${last}M:${C.year2}})*{monthsPerYear}+({peopleSelf}+SUM({${first}M:${C.year1}}:{${last}M:${C.year1}}))*{monthsPerYear}*{wageIndex},0)`), format: "moneyFx", unit: "{currency}", notes: "GPUs × GPU index + vector databases and logs × 12 + (team + review) × 12 × wage index" },
    ],
  },
  { title: "Own-input stages: month-1 parts", kind: "calculations", headers: headersOf({ [C.oneOff]: "API tokens", [C.monthly]: "GPUs (with standby)", [C.token]: "Vector database", [C.year1]: "Review", [C.year2]: "Logs, query embeddings", [C.year3]: "Vector query price" }), rows: STAGES.map(monthlyParts) },
  { title: "Own-input stages: one-off parts", kind: "calculations", headers: headersOf({ [C.oneOff]: "Fine-tuning (API)", [C.monthly]: "Fine-tuning (self-hosted)", [C.token]: "Corpus embedding", [C.year1]: "Vector writes", [C.year2]: "API one-off parts", [C.year3]: "Self-hosted one-off parts" }), rows: STAGES.map(oneOffParts) },
];

const checks: SectionSpec = {
  title: "Checks",
  kind: "checks",
  rows: [
    { label: "Portfolio equals the stages", values: { [C.monthly]: `=IFERROR(ROUND({portfolio:${C.monthly}}-(${stageSum("Api", C.monthly)}),2)=0,FALSE())` }, unit: "TRUE/FALSE", notes: "total − parts = 0" },
    { label: "Model-only cost within the whole cost", values: { [C.token]: `=IFERROR(AND({portfolio:${C.token}}<={portfolio:${C.monthly}}+0.005,{portfolioSelf:${C.token}}<={portfolioSelf:${C.monthly}}+0.005),FALSE())` }, unit: "TRUE/FALSE", notes: "the model is one part of the whole cost" },
    { label: "Year 1 covers the one-off and a month", values: { [C.year1]: `=IFERROR({portfolio:${C.year1}}>={portfolio:${C.oneOff}}+{portfolio:${C.monthly}}-0.005,FALSE())` }, unit: "TRUE/FALSE", notes: "year 1 ≥ one-off + month 1" },
    { label: "Self-hosted figures available", values: { [C.monthly]: `=AND(ISNUMBER({portfolioSelf:${C.monthly}}),ISNUMBER({shared:${C.monthly}}))` }, unit: "TRUE/FALSE", notes: "FALSE: the self-hosted rows say why (model too large for one server, or target load outside 0–100%)" },
  ],
};

/** Exhibit 1 of the guide: the MarTech lifecycle portfolio. */
export const martechLifecycle: TemplateSpec = {
  id: "martech-lifecycle",
  title: "MarTech lifecycle portfolio",
  description: "one-off, monthly and years 1–3 whole cost of one use case per lifecycle stage, through an API and self-hosted, with P10/P50/P90",
  group: "planning",
  source: "LLM Economics guide, Chapter 1 (Exhibit 1: the MarTech lifecycle; each case costed with an external API and self-hosted); catalog prices from LLMCOST",
  choices: [
    { key: "openModel", label: "Open model (self-hosted)", list: "openModels", default: "llama-3.1-8b" },
    { key: "gpu", label: "GPU", list: "gpus", default: "h100-sxm" },
  ],
  sheets: [
    {
      name: "MarTech lifecycle",
      // 80pt each: the label column and one-off, monthly, model only and years 1–3 fit the first screen at 1366×768
      valueColumns: COLUMN_KEYS.map((key, i) => ({ key, header: ["One-off", "Monthly", "Model only", "Year 1", "Year 2", "Year 3"][i], width: 80 })),
      sections: [
        summary,
        { title: "API — whole cost by stage", kind: "outputs", headers: COST_HEADERS, rows: STAGES.map(apiRow) },
        { title: "Self-hosted — whole cost by stage (each on its own GPUs)", kind: "outputs", headers: COST_HEADERS, rows: STAGES.map(selfRow) },
        { title: "Benefit by stage (from the stage's sheet)", kind: "outputs", headers: headersOf({ [C.oneOff]: "Monthly benefit", [C.monthly]: "Payback (months)" }), rows: STAGES.map(benefitRow) },
        { title: "Where each stage's figures come from", kind: "outputs", headers: headersOf({ [C.oneOff]: "Source", [C.monthly]: "Its USD rate" }), rows: STAGES.map(sourceRow) },
        ...portfolioSimulation.sections,
        sharedInputs,
        { title: "Inputs — each stage's workload (used where no use-case sheet is linked; always for the shared fleet)", kind: "inputs", headers: headersOf({ [C.oneOff]: "Use case", [C.monthly]: "API model", [C.token]: "Requests / month", [C.year1]: "Input tokens / request", [C.year2]: "Output tokens / request", [C.year3]: "Share reviewed" }), rows: STAGES.map(workloadRow) },
        { title: "Inputs — each stage's other cost drivers", kind: "inputs", headers: headersOf({ [C.oneOff]: "Review minutes", [C.monthly]: "Fine-tuning tokens", [C.token]: "Corpus tokens", [C.year1]: "Vectors stored", [C.year2]: "Retrievals / request", [C.year3]: "Tokens / query" }), rows: STAGES.map(driverRow) },
        ...calculations,
        checks,
      ],
      projection: portfolioSimulation.projection,
      chart: { type: "BarClustered", title: "Whole monthly cost by lifecycle stage: API", over: "values", rows: STAGES.map((s) => `${s.key}Api`), columns: [C.monthly] },
    },
  ],
};
