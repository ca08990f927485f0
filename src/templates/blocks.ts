import vectorDbData from "../data/vector-db-prices.json";
import { GPU_PRICES } from "../engine";
import type { ChoiceSpec, ProjectionRowSpec, ProjectionSpec, RowSpec, SectionSpec, SheetSpec, ValueColumn } from "./types";

/**
 * What every use-case sheet gets (issue 12), built from a few facts about the sheet's workload:
 *   key outputs first (budget block: one-off, monthly, year 1, 3 years, cost per request), API and self-hosted side by
 *   side, the whole cost (vector database, people and platform), reasoning tokens, a Low/Base/High range with a
 *   sensitivity table, checks that never become errors, a 36-month projection and a readable chart.
 *
 * Value columns: <first> | catalog (API) | selfhost. The first column holds the shared workload inputs (the guide's
 * figures on guide sheets). In the range block the same three columns read Low-cost case | Base | High-cost case.
 */

export const API_COLUMN = "catalog";
export const SELF_COLUMN = "selfhost";
const PROJECTION_MONTHS = 36;

/** The vector-database price row the catalog marks as default (dated, sourced). */
interface VectorDbRow {
  provider: string;
  plan: string;
  storage_usd_per_gb_month: number;
  read_usd_per_million_units: number;
  write_usd_per_million_units: number;
  minimum_usd_per_month: number;
  as_of: string;
  source: string;
  note: string;
}
const VECTOR_DB = (vectorDbData.rows as VectorDbRow[]).find((row) => row.provider === vectorDbData.default) as VectorDbRow;
const VECTOR_DB_SOURCE = `${VECTOR_DB.provider} ${VECTOR_DB.plan}, ${VECTOR_DB.source}, as of ${VECTOR_DB.as_of}`;

/** Spread of listed prices for the default GPU, as factors of the median on-demand price (the range's GPU price). */
const DEFAULT_GPU = "h100-sxm";
function gpuSpread(gpu: string): { low: number; high: number; note: string } {
  const rows = GPU_PRICES.filter((row) => row.gpu === gpu);
  const cheapest = new Map<string, number>();
  for (const row of rows.filter((r) => r.pricing === "on_demand")) cheapest.set(row.provider, Math.min(cheapest.get(row.provider) ?? Infinity, row.usd_per_gpu_hour));
  const sorted = [...cheapest.values()].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const low = rows.reduce((best, row) => (row.usd_per_gpu_hour < best.usd_per_gpu_hour ? row : best));
  const high = rows.filter((r) => r.pricing === "on_demand").reduce((best, row) => (row.usd_per_gpu_hour > best.usd_per_gpu_hour ? row : best));
  return {
    low: Math.round((low.usd_per_gpu_hour / median) * 100) / 100,
    high: Math.round((high.usd_per_gpu_hour / median) * 100) / 100,
    note: `GPU price catalog for ${gpu}: lowest listed ${low.provider} ${low.pricing} $${low.usd_per_gpu_hour}/h (${low.source}, ${low.as_of}), highest on-demand ${high.provider} $${high.usd_per_gpu_hour}/h (${high.source}, ${high.as_of}), against the median on-demand price; re-enter for another GPU`,
  };
}
const GPU_SPREAD = gpuSpread(DEFAULT_GPU);

/** "query" → "queries", "message" → "messages". */
const plural = (unit: string) => (/[^aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : `${unit}s`);

/** One decimal share moved by `step`, kept inside [0.05, 0.95]. */
const clampShare = (value: number) => Math.round(Math.min(0.95, Math.max(0.05, value)) * 1000) / 1000;

export interface UseCaseSpec {
  /** Sheet name (≤ 26 characters). */
  name: string;
  /** The shared-input column: the guide's figures, or "Input" where the guide gives none. */
  firstColumn: ValueColumn;
  /** Row key of requests per month in month 1 (a shared input or calculation). */
  requests: string;
  /** What one request is, for "cost per …" (e.g. "conversation", "query", "lead"). */
  requestUnit: string;
  /** Row keys of input and visible output tokens per request (API side; reasoning tokens are added by the block). */
  inPerRequest: string;
  outPerRequest: string;
  /** Defaults of those two, for the range's Low/High input share. */
  defaultInPerRequest: number;
  defaultOutPerRequest: number;
  /** Formula fragment naming the API model, e.g. {model} or "ft:"&{model}. */
  apiModel: string;
  /** The template's own sections, in order: workload inputs (incl. the model choice row), then calculations, then outputs. */
  inputs: SectionSpec[];
  calculations: RowSpec[];
  outputs: SectionSpec[];
  checks: RowSpec[];
  /** One-off costs in the sheet's currency (formula fragments) and the label of what they are. */
  oneOff: { catalog: string; selfhost: string; notes: string };
  /** Extra recurring cost per request in the sheet's currency (row key, both columns or first), e.g. query embeddings. */
  extraPerRequest?: string;
  /** Vector database defaults: vectors stored and retrieval queries per request (0 when the use case retrieves nothing). */
  vectors: { stored: number | string; storedNote: string; perRequest: number; perRequestNote: string; dimensions?: number | string; dimensionsNote?: string };
  /** Human review defaults for this use case. */
  review: { share: number; minutes: number; note: string };
  /** The guide's own budget figures where it gives them (formula fragments in the sheet's currency). */
  guide?: { oneOff: string; monthly: string };
  /** Self-hosting of the model only applies when there is generation: default true. */
  selfHostNote?: string;
}

/** The choices every use-case sheet offers beside its API model: an open model and a GPU for the self-hosted column. */
export const SELF_HOST_CHOICES: ChoiceSpec[] = [
  { key: "openModel", label: "Open model (self-hosted)", list: "openModels", default: "llama-3.1-8b" },
  { key: "gpu", label: "GPU (self-hosted)", list: "gpus", default: DEFAULT_GPU },
];

// ---------- Formula fragments (one place for each cost, reused by the month-1 rows, the projection and the range) ----------

const fx = "{FxRate}";
/** API token cost in the sheet's currency for `req` requests of `inTok` input and `outTok` visible output tokens each. */
function apiTokens(s: UseCaseSpec, req: string, inTok: string, outTok: string, cached: string): string {
  return `LLMCOST.INFERENCE(${s.apiModel},${req}*${inTok},${req}*(${outTok}+{reasoning}),${req},${req}*${inTok}*${cached},{discount},{PriceDate})*${fx}`;
}
/** Self-hosted replicas serving the same tokens, plus the standby replicas kept for failover; nothing when nothing is generated. */
function selfTokens(req: string, inTok: string, outTok: string, gpuPrice: string): string {
  const serve = `LLMCOST.SELFHOST({openModel},{gpu},${req}*${inTok},${req}*(${outTok}+{reasoning}),{gpus},${gpuPrice},{utilization})`;
  return `IF(${req}*(${outTok}+{reasoning})=0,0,${serve}+{standby}*{gpus}*${gpuPrice}*{hoursPerMonth})*${fx}`;
}
/** Vector database bill: storage + reads, topped up to the plan minimum; 0 when nothing is stored or read. */
function vectorDb(req: string): string {
  return `IF({vecUsed},MAX({vecMinimum}*${fx},{vecStorage}+${req}*{vecReadPerRequest}),0)`;
}
/** People and platform, recurring: engineering/MLOps (fixed) + review, storage and egress (per request). */
function people(col: string, req: string, s: UseCaseSpec): string {
  const extra = s.extraPerRequest ? `+${req}*{${s.extraPerRequest}}` : "";
  return `{engineering:${col}}+${req}*{otherPerRequest:${col}}${extra}`;
}
function apiMonthly(s: UseCaseSpec, req: string, inTok: string, outTok: string, cached: string): string {
  return `${apiTokens(s, req, inTok, outTok, cached)}+${vectorDb(req)}+${people(API_COLUMN, req, s)}`;
}
function selfMonthly(s: UseCaseSpec, req: string, inTok: string, outTok: string, gpuPrice: string): string {
  return `${selfTokens(req, inTok, outTok, gpuPrice)}+${vectorDb(req)}+${people(SELF_COLUMN, req, s)}`;
}
/** A check never becomes an error (the master check must stay readable): an error reads FALSE. */
export const check = (condition: string) => `=IFERROR(${condition},FALSE())`;
/** What a named output says when its model is unknown, not priced, or does not fit. */
export const NOT_PRICED = "n/a: not priced (see the rows above)";

/** A named output never is an error: a short text says why there is no number. */
export const named = (formula: string, why: string) => `=IFERROR(${formula},"${why}")`;
/** The self-hosted column's reason: the model does not fit on one 8-GPU node, or something else is not priced. */
const SELF_WHY = 'IF(ISNUMBER({gpus}),"n/a: see the rows below","does not fit on 8 × "&{gpu})';
const namedSelf = (formula: string) => `=IFERROR(${formula},${SELF_WHY})`;

// ---------- Sections ----------

function keyOutputs(s: UseCaseSpec): SectionSpec {
  const first = s.firstColumn.key;
  const g = s.guide;
  const unit = `{currency} per ${s.requestUnit}`;
  return {
    title: "Key outputs (budget; details below)",
    kind: "outputs",
    rows: [
      {
        key: "oneOff",
        label: "One-off cost (set-up, training, indexing)",
        values: { ...(g ? { [first]: `=${g.oneOff}` } : {}), [API_COLUMN]: named(s.oneOff.catalog, "n/a: see the rows below"), [SELF_COLUMN]: namedSelf(s.oneOff.selfhost) },
        names: { ...(g ? { [first]: "OneOffCost_Guide" } : {}), [API_COLUMN]: "OneOffCost_Catalog", [SELF_COLUMN]: "OneOffCost_SelfHost" },
        format: "moneyFx",
        unit: "{currency}",
        notes: `Paid once, never added into a month. ${s.oneOff.notes}`,
      },
      {
        key: "monthly",
        label: "Monthly cost (recurring, month 1)",
        values: { ...(g ? { [first]: `=${g.monthly}` } : {}), [API_COLUMN]: named("{monthlyTotal}", "n/a: see the rows below"), [SELF_COLUMN]: namedSelf("{monthlyTotal}") },
        names: { ...(g ? { [first]: "MonthlyCost_Guide" } : {}), [API_COLUMN]: "MonthlyCost_Catalog", [SELF_COLUMN]: "MonthlyCost_SelfHost" },
        format: "moneyFx",
        unit: "{currency} per month",
        notes: "Steady state in the first month: model (tokens or GPU replicas), vector database, people and platform.",
      },
      {
        key: "year1",
        label: "Year-1 cost (one-off + 12 months with growth)",
        values: {
          ...(g ? { [first]: "={oneOff}+{monthly}*{monthsPerYear}" } : {}),
          [API_COLUMN]: named("{oneOff}+SUMIF({pYear:all},1,{pApi:all})", "n/a: see the rows below"),
          [SELF_COLUMN]: namedSelf("{oneOff}+SUMIF({pYear:all},1,{pSelf:all})"),
        },
        names: { ...(g ? { [first]: "Year1Cost_Guide" } : {}), [API_COLUMN]: "Year1Cost_Catalog", [SELF_COLUMN]: "Year1Cost_SelfHost" },
        format: "moneyFx",
        unit: "{currency}",
        notes: "One-off + the first 12 months of the projection (right). The guide's column: its one-off + 12 × its monthly figure (the guide assumes no growth).",
      },
      {
        key: "year3",
        label: "3-year cost (one-off + 36 months)",
        values: { [API_COLUMN]: named("{oneOff}+SUM({pApi:all})", "n/a: see the rows below"), [SELF_COLUMN]: namedSelf("{oneOff}+SUM({pSelf:all})") },
        names: { [API_COLUMN]: "ThreeYearCost_Catalog", [SELF_COLUMN]: "ThreeYearCost_SelfHost" },
        format: "moneyFx",
        unit: "{currency}",
        notes: "One-off + all 36 months of the projection.",
      },
      {
        key: "perRequest",
        label: `Cost per ${s.requestUnit} (month 1, recurring)`,
        values: {
          ...(g ? { [first]: `=IF({${s.requests}}>0,{monthly}/{${s.requests}},"no ${plural(s.requestUnit)}")` } : {}),
          [API_COLUMN]: named(`IF({${s.requests}}>0,{monthly}/{${s.requests}},"no ${plural(s.requestUnit)}")`, "n/a: see the rows below"),
          [SELF_COLUMN]: namedSelf(`IF({${s.requests}}>0,{monthly}/{${s.requests}},"no ${plural(s.requestUnit)}")`),
        },
        names: { ...(g ? { [first]: "CostPerRequest_Guide" } : {}), [API_COLUMN]: "CostPerRequest_Catalog", [SELF_COLUMN]: "CostPerRequest_SelfHost" },
        format: "moneyFx",
        unit,
        notes: `Monthly cost ÷ ${plural(s.requestUnit)} in month 1 (one-off excluded).`,
      },
      {
        key: "utilizationShown",
        label: "Replica utilisation (self-hosted, month 1)",
        values: { [SELF_COLUMN]: namedSelf("IF({replicas}=0,0,{apiOut}/({replicas}*{capacity}))") },
        names: { [SELF_COLUMN]: "ReplicaUtilization" },
        format: "general",
        unit: "share of full load (0.6 = 60%)",
        notes: "Shown unrounded so that a tiny load never reads 0. Output tokens ÷ (replicas × full-load capacity). Far below the target load means you pay for idle GPUs: the API is usually cheaper at this volume.",
      },
      {
        key: "cheaper",
        label: "Cheaper over 3 years",
        values: { [API_COLUMN]: '=IFERROR(IF({year3:catalog}<={year3:selfhost},"API","Self-hosted"),"n/a")' },
        format: "text",
        unit: "option",
        notes: "Compares the 3-year costs of the two columns, people and platform included.",
      },
    ],
  };
}

function apiInputs(): RowSpec[] {
  return [
    { key: "reasoning", label: "Reasoning tokens per request (hidden)", values: { [API_COLUMN]: 0 }, format: "tokens", unit: "tokens per request", notes: "Default 0. Reasoning models (o-series, gpt-5, Claude with extended thinking) bill their hidden thinking as output tokens (OpenAI and Anthropic API docs): add them here." },
    { key: "cachedShare", label: "Cached share of input tokens", values: { [API_COLUMN]: 0 }, format: "percent", unit: "share", notes: "Assumption: no prompt caching (0%)." },
    { key: "discount", label: "Batch / negotiated discount", values: { [API_COLUMN]: 0 }, format: "percent", unit: "share", notes: "Assumption: list prices (0%)." },
  ];
}

function selfHostInputs(s: UseCaseSpec): SectionSpec {
  return {
    title: "Inputs — self-hosting (same workload on rented GPUs)",
    kind: "inputs",
    rows: [
      { key: "openModel", label: "Open model", values: { [SELF_COLUMN]: { choice: "openModel" } }, unit: "model id", notes: s.selfHostNote ?? "Pick an open-weight model from the list (LLMCOST open-model catalog, sources per model)." },
      { key: "gpu", label: "GPU", values: { [SELF_COLUMN]: { choice: "gpu" } }, unit: "GPU id", notes: "Pick a GPU from the list (LLMCOST GPU catalog: datasheets and dated rental prices)." },
      { key: "utilization", label: "Target average load of a replica", values: { [SELF_COLUMN]: 0.6 }, format: "percent", unit: "share of full load", notes: "Assumption: 60% keeps headroom for traffic peaks and latency (LLMCOST's default for SELFHOST)." },
      { key: "standby", label: "Standby replicas for failover (redundancy)", values: { [SELF_COLUMN]: 1 }, format: "count", unit: "replicas", notes: "Assumption: one spare replica (N+1) so that a GPU failure does not stop the service; 0 for a pilot. An API's redundancy is in its price." },
      { key: "gpus", label: "GPUs per replica", kind: "calc", values: { [SELF_COLUMN]: "=LLMCOST.GPUCOUNT({openModel},{gpu})" }, format: "count", unit: "GPUs", notes: "Formula: fewest GPUs that hold the weights and KV cache; overwrite to plan more." },
      { key: "gpuPrice", label: "GPU price", kind: "calc", values: { [SELF_COLUMN]: "=LLMCOST.GPUPRICE({gpu})" }, format: "money", unit: "USD per GPU-hour", notes: "Formula: median on-demand rental price across providers in the GPU price catalog; overwrite with a negotiated rate." },
      { key: "hoursPerMonth", label: "Hours billed per month (constant)", kind: "calc", values: { [SELF_COLUMN]: "=730" }, format: "count", unit: "hours", notes: "Constant: 8,760 hours a year ÷ 12; an always-on replica is billed every hour." },
      { key: "secondsPerHour", label: "Seconds per hour (constant)", kind: "calc", values: { [SELF_COLUMN]: "=3600" }, format: "count", unit: "seconds", notes: "Constant." },
    ],
  };
}

function vectorInputs(s: UseCaseSpec): SectionSpec {
  const v = s.vectors;
  return {
    title: "Inputs — vector database (same managed database in both columns)",
    kind: "inputs",
    rows: [
      { key: "vectors", label: "Vectors stored", values: { [API_COLUMN]: v.stored }, format: "count", unit: "vectors", notes: v.storedNote },
      { key: "retrievals", label: "Retrieval queries per request", values: { [API_COLUMN]: v.perRequest }, format: "decimal", unit: "queries per request", notes: v.perRequestNote },
      { key: "vecDims", label: "Embedding dimensions", values: { [API_COLUMN]: v.dimensions ?? 1536 }, format: "count", unit: "dimensions", notes: v.dimensionsNote ?? "text-embedding-3-small's default 1,536 (OpenAI embeddings docs); change with the embedding model." },
      { key: "vecBytes", label: "Bytes per dimension", values: { [API_COLUMN]: 4 }, format: "count", unit: "bytes", notes: "float32 vectors (4 bytes)." },
      { key: "vecGbPrice", label: "Storage price", values: { [API_COLUMN]: VECTOR_DB.storage_usd_per_gb_month }, format: "money", unit: "USD per GB-month", notes: VECTOR_DB_SOURCE },
      { key: "vecReadPrice", label: "Read price", values: { [API_COLUMN]: VECTOR_DB.read_usd_per_million_units }, format: "money", unit: "USD per 1M read units", notes: VECTOR_DB_SOURCE },
      { key: "vecWritePrice", label: "Write price", values: { [API_COLUMN]: VECTOR_DB.write_usd_per_million_units }, format: "money", unit: "USD per 1M write units", notes: VECTOR_DB_SOURCE },
      { key: "vecMinimum", label: "Plan minimum", values: { [API_COLUMN]: VECTOR_DB.minimum_usd_per_month }, format: "money", unit: "USD per month", notes: `${VECTOR_DB_SOURCE}: a month's usage below the minimum is billed at the minimum. ${VECTOR_DB.note}.` },
      { key: "ruPerGb", label: "Read units per query per GB of index", values: { [API_COLUMN]: 1 }, format: "decimal", unit: "read units per GB", notes: "Assumption: Pinecone bills a query in read units that grow with the namespace size (docs.pinecone.io, Understanding cost); check the usage field of real responses." },
      { key: "ruMin", label: "Minimum read units per query", values: { [API_COLUMN]: 0.25 }, format: "decimal", unit: "read units", notes: "Assumption: a small namespace still costs a fraction of a read unit per query." },
      { key: "wuPerKb", label: "Write units per KB written", values: { [API_COLUMN]: 1 }, format: "decimal", unit: "write units per KB", notes: "Assumption: writes are billed by size; 1 write unit per KB of vector plus about 1 KB of metadata." },
      { key: "bytesPerGb", label: "Bytes per GB (constant)", kind: "calc", values: { [API_COLUMN]: "=1000000000" }, format: "count", unit: "bytes", notes: "Constant: GB = 10^9 bytes, as vector databases bill." },
      { key: "perMillion", label: "Units per million (constant)", kind: "calc", values: { [API_COLUMN]: "=1000000" }, format: "count", unit: "units", notes: "Constant." },
    ],
  };
}

function peopleInputs(s: UseCaseSpec): SectionSpec {
  return {
    title: "Inputs — people and platform",
    kind: "inputs",
    rows: [
      { key: "salary", label: "Engineer salary (annual)", values: { [API_COLUMN]: 132_270 }, format: "money", unit: "USD per year", notes: "US Bureau of Labor Statistics, OEWS May 2023: median annual wage of software developers (15-1252), $132,270. Use your own." },
      { key: "wageShare", label: "Wages as a share of total employer cost", values: { [API_COLUMN]: 0.7 }, format: "percent", unit: "share", notes: "About 70% in US private industry (BLS Employer Costs for Employee Compensation); the rest is benefits and payroll taxes." },
      { key: "fte", label: "Engineering and MLOps effort", values: { [API_COLUMN]: 0.25, [SELF_COLUMN]: 0.75 }, format: "decimal", unit: "full-time equivalents", notes: "Assumption: a quarter of an engineer to run an API integration (prompts, monitoring, updates); three quarters to also run GPU serving (deploys, on-call, upgrades)." },
      { key: "setupMonths", label: "Set-up and integration effort (one-off)", values: { [API_COLUMN]: 1, [SELF_COLUMN]: 2 }, format: "decimal", unit: "person-months", notes: "Assumption: one person-month to integrate an API; two to stand up serving too. The guide's ROI section counts set-up and integration as one-off costs." },
      { key: "reviewShare", label: "Requests reviewed by a person", values: { [API_COLUMN]: s.review.share }, format: "percent", unit: "share of requests", notes: s.review.note },
      { key: "reviewMinutes", label: "Minutes per review", values: { [API_COLUMN]: s.review.minutes }, format: "decimal", unit: "minutes", notes: "Assumption: a person reads the request and the answer and labels it." },
      { key: "reviewRate", label: "Reviewer cost", values: { [API_COLUMN]: 30 }, format: "money", unit: "USD per hour", notes: "Assumption: loaded hourly cost of a trained reviewer; use your own." },
      { key: "bytesPerToken", label: "Bytes of text per token", values: { [API_COLUMN]: 4 }, format: "decimal", unit: "bytes per token", notes: "About 4 characters of English per token (OpenAI tokenizer help); 1 byte per character." },
      { key: "retention", label: "Months of logs kept", values: { [API_COLUMN]: 12 }, format: "count", unit: "months", notes: "Assumption: prompts and answers kept a year for audit and evaluation (steady state)." },
      { key: "storagePrice", label: "Object storage price", values: { [API_COLUMN]: 0.023 }, format: "money", unit: "USD per GB-month", notes: "Amazon S3 Standard, us-east-1, first 50 TB (aws.amazon.com/s3/pricing)." },
      { key: "egressPrice", label: "Data transfer out", values: { [API_COLUMN]: 0.09 }, format: "money", unit: "USD per GB", notes: "AWS data transfer out to the internet, first 10 TB a month (aws.amazon.com/ec2/pricing/on-demand)." },
      { key: "monthsPerYear", label: "Months per year (constant)", kind: "calc", values: { [API_COLUMN]: "=12" }, format: "count", unit: "months", notes: "Constant." },
      { key: "minutesPerHour", label: "Minutes per hour (constant)", kind: "calc", values: { [API_COLUMN]: "=60" }, format: "count", unit: "minutes", notes: "Constant." },
    ],
  };
}

function growthInput(s: UseCaseSpec): SectionSpec {
  return {
    title: "Inputs — time",
    kind: "inputs",
    rows: [{ key: "growth", label: "Monthly growth of requests", values: { [s.firstColumn.key]: 0 }, format: "percent", unit: "per month", notes: "Default 0 (the guide's volumes are flat). Compounds monthly in the projection." }],
  };
}

function blockCalculations(s: UseCaseSpec): RowSpec[] {
  const r = `{${s.requests}}`;
  const inTok = `{${s.inPerRequest}}`;
  const outTok = `{${s.outPerRequest}}`;
  const extra = s.extraPerRequest ? `+${r}*{${s.extraPerRequest}}` : "";
  return [
    { key: "apiIn", label: "Input tokens per month", values: { [API_COLUMN]: `=${r}*${inTok}` }, format: "tokens", unit: "tokens per month", notes: "requests × input tokens per request" },
    { key: "apiOut", label: "Output tokens per month (incl. reasoning)", values: { [API_COLUMN]: `=${r}*(${outTok}+{reasoning})` }, format: "tokens", unit: "tokens per month", notes: "requests × (visible output + reasoning tokens)" },
    { key: "apiCached", label: "Cached input tokens per month", values: { [API_COLUMN]: "={apiIn}*{cachedShare}" }, format: "tokens", unit: "tokens per month", notes: "input tokens × cached share" },
    { key: "loadedMonthly", label: "Loaded cost of one engineer", values: { [API_COLUMN]: "={salary}/{monthsPerYear}/{wageShare}*{FxRate}" }, format: "moneyFx", unit: "{currency} per month", notes: "salary ÷ 12 ÷ wage share" },
    { key: "replicaCost", label: "One replica running all month", values: { [SELF_COLUMN]: "={gpus}*{gpuPrice}*{hoursPerMonth}*{FxRate}" }, format: "moneyFx", unit: "{currency} per month", notes: "GPUs × price × 730 hours" },
    { key: "capacity", label: "Full-load capacity of one replica", values: { [SELF_COLUMN]: `=IF(${outTok}+{reasoning}>0,LLMCOST.THROUGHPUT({openModel},{gpu},{gpus},"",${inTok},${outTok}+{reasoning})*{secondsPerHour}*{hoursPerMonth},0)` }, format: "tokens", unit: "output tokens per month", notes: "LLMCOST.THROUGHPUT (output tokens per second at full load for this request shape) × seconds in a month" },
    { key: "vecGb", label: "Vector index size", values: { [API_COLUMN]: "={vectors}*{vecDims}*{vecBytes}/{bytesPerGb}" }, format: "decimal", unit: "GB", notes: "vectors × dimensions × bytes" },
    { key: "vecUsed", label: "Vector database in use", values: { [API_COLUMN]: "=OR({vectors}>0,{retrievals}>0)" }, unit: "TRUE/FALSE", notes: "no vectors and no retrieval: no database, no minimum" },
    { key: "vecStorage", label: "Vector storage", values: { [API_COLUMN]: "=LLMCOST.VECTORSTORE({vectors},{vecDims},{vecBytes},{vecGbPrice})*{FxRate}" }, format: "moneyFx", unit: "{currency} per month", notes: "LLMCOST.VECTORSTORE(vectors, dimensions, bytes, USD per GB-month)" },
    { key: "vecReadPerRequest", label: "Vector reads per request", values: { [API_COLUMN]: "={retrievals}*MAX({ruMin},{ruPerGb}*{vecGb})*{vecReadPrice}/{perMillion}*{FxRate}" }, format: "moneyFx", unit: `{currency} per ${s.requestUnit}`, notes: "retrievals × read units per query × read price" },
    { key: "vecWrites", label: "Vector writes (indexing, one-off)", values: { [API_COLUMN]: "={vectors}*({vecDims}*{vecBytes}/1000+1)*{wuPerKb}*{vecWritePrice}/{perMillion}*{FxRate}" }, format: "moneyFx", unit: "{currency}", notes: "vectors × (KB of vector + 1 KB metadata) × write units per KB × write price (1,000 bytes per KB)" },
    {
      key: "otherPerRequest",
      label: "Review, log storage and egress per request",
      values: {
        [API_COLUMN]: "=({reviewShare}*{reviewMinutes}/{minutesPerHour}*{reviewRate}+({" + s.inPerRequest + "}+{" + s.outPerRequest + "}+{reasoning})*{bytesPerToken}/{bytesPerGb}*({retention}*{storagePrice}+{egressPrice}))*{FxRate}",
        [SELF_COLUMN]: "=({reviewShare}*{reviewMinutes}/{minutesPerHour}*{reviewRate}+({" + s.inPerRequest + "}+{" + s.outPerRequest + "}+{reasoning})*{bytesPerToken}/{bytesPerGb}*({retention}*{storagePrice}+{egressPrice}))*{FxRate}",
      },
      format: "moneyFx",
      unit: `{currency} per ${s.requestUnit}`,
      notes: "review share × minutes × hourly cost + logged bytes × (months kept × storage price + egress price)",
    },
    { key: "setup", label: "Set-up and integration (one-off)", values: { [API_COLUMN]: "={setupMonths}*{loadedMonthly:catalog}", [SELF_COLUMN]: "={setupMonths}*{loadedMonthly:catalog}" }, format: "moneyFx", unit: "{currency}", notes: "person-months × loaded monthly cost" },
    // Month-1 parts, one row each, in both columns (the chart draws these rows).
    {
      key: "modelCost",
      label: "Model: API tokens / GPU replicas",
      values: { [API_COLUMN]: `=${apiTokens(s, r, inTok, outTok, "{cachedShare}")}`, [SELF_COLUMN]: `=${selfTokens(r, inTok, outTok, "{gpuPrice}")}` },
      format: "moneyFx",
      unit: "{currency} per month",
      notes: "API: LLMCOST.INFERENCE at list prices on the price date. Self-hosted: LLMCOST.SELFHOST (whole replicas, 730 h) plus standby replicas.",
    },
    { key: "vecTotal", label: "Vector database", values: { [API_COLUMN]: `=${vectorDb(r)}`, [SELF_COLUMN]: `=${vectorDb(r)}` }, format: "moneyFx", unit: "{currency} per month", notes: "storage + reads, at least the plan minimum" },
    { key: "engineering", label: "Engineering and MLOps", values: { [API_COLUMN]: "={fte}*{loadedMonthly:catalog}", [SELF_COLUMN]: "={fte}*{loadedMonthly:catalog}" }, format: "moneyFx", unit: "{currency} per month", notes: "FTE × loaded monthly cost" },
    { key: "reviewEtc", label: "Review, logs and egress", values: { [API_COLUMN]: `=${r}*{otherPerRequest}${extra}`, [SELF_COLUMN]: `=${r}*{otherPerRequest}${extra}` }, format: "moneyFx", unit: "{currency} per month", notes: s.extraPerRequest ? "requests × per-request cost (incl. the use case's own per-request cost above)" : "requests × per-request cost" },
    { key: "monthlyTotal", label: "Monthly cost, month 1", values: { [API_COLUMN]: "={modelCost}+{vecTotal}+{engineering}+{reviewEtc}", [SELF_COLUMN]: "={modelCost}+{vecTotal}+{engineering}+{reviewEtc}" }, format: "moneyFx", unit: "{currency} per month", notes: "sum of the four parts above" },
    { key: "replicas", label: "Replicas serving (excl. standby)", values: { [SELF_COLUMN]: "=MAX(0,ROUND(({modelCost}-{standby}*{replicaCost})/{replicaCost},0))" }, format: "count", unit: "replicas", notes: "serving cost ÷ one replica's cost (0 when there is nothing to serve)" },
  ];
}

type RangeKey = "rTok" | "rShare" | "rCache" | "rGrowth" | "rGpu";
/** Which range column (Low-cost case, Base, High-cost case) each uncertain input is read from. */
type Pick = (key: RangeKey) => string;

function rangeSection(s: UseCaseSpec): SectionSpec[] {
  const [low, base, high] = [s.firstColumn.key, API_COLUMN, SELF_COLUMN];
  const r = `{${s.requests}}`;
  const inShare = clampShare(s.defaultInPerRequest / (s.defaultInPerRequest + s.defaultOutPerRequest));
  const headers = { label: "Uncertain input / result", [low]: "Low-cost case", [base]: "Base", [high]: "High-cost case" };
  const shape = (p: Pick) => ({ inTok: `{rTok:${p("rTok")}}*{rShare:${p("rShare")}}`, outTok: `{rTok:${p("rTok")}}*(1-{rShare:${p("rShare")}})` });
  const grown = (p: Pick) => `${r}*(1+{rGrowth:${p("rGrowth")}})^11`;
  const api1 = (p: Pick) => apiMonthly(s, r, shape(p).inTok, shape(p).outTok, `{rCache:${p("rCache")}}`);
  const self1 = (p: Pick) => selfMonthly(s, r, shape(p).inTok, shape(p).outTok, `{rGpu:${p("rGpu")}}`);
  const api12 = (p: Pick) => apiMonthly(s, grown(p), shape(p).inTok, shape(p).outTok, `{rCache:${p("rCache")}}`);
  const self12 = (p: Pick) => selfMonthly(s, grown(p), shape(p).inTok, shape(p).outTok, `{rGpu:${p("rGpu")}}`);
  const all = (c: string): Pick => () => c;
  const only = (moved: RangeKey, c: string): Pick => (key) => (key === moved ? c : base);
  const perColumn = (cost: (p: Pick) => string, why: string) => Object.fromEntries([low, base, high].map((c) => [c, named(cost(all(c)), why)]));
  const swing = (key: RangeKey, cost: (p: Pick) => string) => `=IFERROR(ABS(${cost(only(key, high))}-(${cost(only(key, low))})),0)`;
  const inputs: [RangeKey, string][] = [
    ["rTok", "Tokens per request"],
    ["rShare", "Input share"],
    ["rCache", "Cached share"],
    ["rGrowth", "Monthly growth"],
    ["rGpu", "GPU price"],
  ];
  const swings = (col: string) => inputs.map(([k]) => `{sens_${k}:${col}}`).join(",");
  const largest = (col: string) => `=${inputs.map(([key, label]) => `IF({sens_${key}:${col}}=MAX(${swings(col)}),"${label}",`).join("")}"none"${")".repeat(inputs.length)}`;
  return [
    {
      title: "Range — Low / Base / High of the uncertain inputs",
      kind: "inputs",
      headers,
      rows: [
        { key: "rTokFactor", label: "Tokens per request, as a factor of Base", values: { [low]: 0.5, [base]: "=1", [high]: 1.5 }, format: "decimal", unit: "× base", notes: "Assumption: half to one and a half times the base length (prompts and answers vary widely before launch)." },
        { key: "rTok", label: "Tokens per request (input + visible output)", kind: "calc", values: { [low]: `={rTokFactor}*{rTok:${base}}`, [base]: `={${s.inPerRequest}}+{${s.outPerRequest}}`, [high]: `={rTokFactor}*{rTok:${base}}` }, format: "tokens", unit: "tokens per request", notes: "Base: the sheet's input + output tokens per request" },
        { key: "rShare", label: "Input share of those tokens", values: { [low]: clampShare(inShare + 0.15), [base]: `=IF({${s.inPerRequest}}+{${s.outPerRequest}}=0,0,{${s.inPerRequest}}/({${s.inPerRequest}}+{${s.outPerRequest}}))`, [high]: clampShare(inShare - 0.15) }, format: "percent", unit: "share", notes: "Assumption: ±15 points around the default split; output tokens cost more, so the low-cost case has more input." },
        { key: "rCache", label: "Cached share of input tokens", values: { [low]: 0.5, [base]: "={cachedShare}", [high]: 0 }, format: "percent", unit: "share", notes: "Assumption: a shared system prompt cached for half the input in the low-cost case." },
        { key: "rGrowth", label: "Monthly growth of requests", values: { [low]: 0, [base]: "={growth}", [high]: 0.05 }, format: "percent", unit: "per month", notes: "Assumption: flat to 5% a month." },
        { key: "rGpuFactor", label: "GPU price, as a factor of Base", values: { [low]: GPU_SPREAD.low, [base]: "=1", [high]: GPU_SPREAD.high }, format: "decimal", unit: "× base", notes: GPU_SPREAD.note },
        { key: "rGpu", label: "GPU price", kind: "calc", values: { [low]: "={rGpuFactor}*{gpuPrice}", [base]: "={gpuPrice}", [high]: "={rGpuFactor}*{gpuPrice}" }, format: "money", unit: "USD per GPU-hour", notes: "Base: the self-hosting GPU price above" },
        { key: "rApi1", label: "API: monthly cost, month 1", kind: "output", values: perColumn(api1, "n/a: see the rows above"), names: { [low]: "MonthlyCost_Low", [high]: "MonthlyCost_High" }, format: "moneyFx", unit: "{currency} per month", notes: "Every uncertain input at its column's value; Base equals the monthly cost above." },
        { key: "rSelf1", label: "Self-hosted: monthly cost, month 1", kind: "output", values: Object.fromEntries([low, base, high].map((c) => [c, namedSelf(self1(all(c)))])), names: { [low]: "MonthlyCost_SelfHost_Low", [high]: "MonthlyCost_SelfHost_High" }, format: "moneyFx", unit: "{currency} per month", notes: "Same, self-hosted." },
        { key: "rApi12", label: "API: monthly cost, month 12", kind: "output", values: perColumn(api12, "n/a"), format: "moneyFx", unit: "{currency} per month", notes: "After 11 months at the column's growth." },
        { key: "rSelf12", label: "Self-hosted: monthly cost, month 12", kind: "output", values: perColumn(self12, "n/a"), format: "moneyFx", unit: "{currency} per month", notes: "After 11 months at the column's growth." },
      ],
    },
    {
      title: "Sensitivity — month-12 cost swing when one input moves from Low to High",
      kind: "outputs",
      headers: { label: "Input moved (others at Base)", [low]: "API swing", [base]: "Self-hosted swing", [high]: "" },
      rows: [
        ...inputs.map(([key, label]): RowSpec => ({
          key: `sens_${key}`,
          label,
          values: { [low]: swing(key, api12), [base]: swing(key, self12) },
          format: "moneyFx",
          unit: "{currency} per month",
          notes: "|cost with this input at High − cost with it at Low|, every other input at Base",
        })),
        { key: "largest", label: "Moves the month-12 cost most", values: { [low]: largest(low), [base]: largest(base) }, format: "text", unit: "input", notes: "the largest swing in each column" },
      ],
    },
  ];
}

function blockChecks(s: UseCaseSpec): RowSpec[] {
  const [low, base, high] = [s.firstColumn.key, API_COLUMN, SELF_COLUMN];
  return [
    { label: "Named outputs are numbers", values: { [API_COLUMN]: check("AND(ISNUMBER({oneOff}),ISNUMBER({monthly}),ISNUMBER({year1}),ISNUMBER({year3}))"), [SELF_COLUMN]: check("AND(ISNUMBER({oneOff}),ISNUMBER({monthly}),ISNUMBER({year1}),ISNUMBER({year3}),ISNUMBER({utilizationShown}))") }, unit: "TRUE/FALSE", notes: "FALSE: a model is unknown, not priced, or does not fit on 8 GPUs (see the rows above)" },
    { label: "Monthly cost equals projection month 1", values: { [API_COLUMN]: check("ROUND(INDEX({pApi:all},1,1)-{monthlyTotal},2)=0"), [SELF_COLUMN]: check("ROUND(INDEX({pSelf:all},1,1)-{monthlyTotal},2)=0") }, unit: "TRUE/FALSE", notes: "the projection starts from the same month" },
    { label: "Range: Low ≤ Base ≤ High", values: { [API_COLUMN]: check(`AND({rApi1:${low}}<={rApi1:${base}}+0.005,{rApi1:${base}}<={rApi1:${high}}+0.005)`), [SELF_COLUMN]: check(`AND({rSelf1:${low}}<={rSelf1:${base}}+0.005,{rSelf1:${base}}<={rSelf1:${high}}+0.005)`) }, unit: "TRUE/FALSE", notes: "FALSE: a Low or High input sits on the wrong side of Base" },
    { label: "Range Base equals the monthly cost", values: { [API_COLUMN]: check(`ROUND({rApi1:${base}}-{monthlyTotal:catalog},2)=0`), [SELF_COLUMN]: check(`ROUND({rSelf1:${base}}-{monthlyTotal:selfhost},2)=0`) }, unit: "TRUE/FALSE", notes: "the range is built on the same formulas" },
    { label: "Utilisation within the target", values: { [SELF_COLUMN]: check("{utilizationShown}<={utilization}+0.05") }, unit: "TRUE/FALSE", notes: "replicas sized so average load stays near or below the target" },
  ];
}

function projection(s: UseCaseSpec): ProjectionSpec {
  const inTok = `{${s.inPerRequest}}`;
  const outTok = `{${s.outPerRequest}}`;
  const rows: ProjectionRowSpec[] = [
    { key: "pYear", label: "Year", each: "=ROUNDUP({period}/{monthsPerYear},0)", format: "integer", unit: "year", notes: "month ÷ 12, rounded up" },
    { key: "pReq", label: `${plural(s.requestUnit)[0].toUpperCase()}${plural(s.requestUnit).slice(1)}`, first: `={${s.requests}}`, each: "={pReq:prev}*(1+{growth})", format: "count", unit: "per month", notes: "grows at the monthly growth rate" },
    { key: "pApi", label: "API: monthly cost", each: `=${apiMonthly(s, "{pReq}", inTok, outTok, "{cachedShare}")}`, format: "moneyFx", unit: "{currency} per month", notes: "tokens at list prices + vector database + people and platform" },
    { key: "pSelf", label: "Self-hosted: monthly cost", each: `=${selfMonthly(s, "{pReq}", inTok, outTok, "{gpuPrice}")}`, format: "moneyFx", unit: "{currency} per month", notes: "GPU replicas (+ standby) + vector database + people and platform" },
  ];
  return { title: "36-month projection", periods: PROJECTION_MONTHS, periodLabel: "Month", rows };
}

/** One use-case sheet: key outputs first, then inputs, calculations, outputs, range, checks; projection to the right. */
export function useCaseSheet(s: UseCaseSpec): SheetSpec {
  const [inputsFirst, ...inputsRest] = s.inputs;
  return {
    name: s.name,
    valueColumns: [s.firstColumn, { key: API_COLUMN, header: "API (catalog)" }, { key: SELF_COLUMN, header: "Self-hosted" }],
    sections: [
      keyOutputs(s),
      inputsFirst,
      growthInput(s),
      ...inputsRest,
      { title: "Inputs — API", kind: "inputs", rows: apiInputs() },
      selfHostInputs(s),
      vectorInputs(s),
      peopleInputs(s),
      { title: "Calculations", kind: "calculations", rows: [...s.calculations, ...blockCalculations(s)] },
      ...s.outputs,
      ...rangeSection(s),
      { title: "Checks", kind: "checks", rows: [...s.checks, ...blockChecks(s)] },
    ],
    projection: projection(s),
    // Whole monthly costs of the two options stay within one order of magnitude (people and platform are in both),
    // so one linear axis reads well; a crossing, where there is one, shows as the lines crossing.
    chart: { type: "Line", title: "Whole monthly cost over 36 months: API vs self-hosted", over: "periods", rows: ["pApi", "pSelf"] },
  };
}
