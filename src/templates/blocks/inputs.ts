import { defaultVectorDbPrice } from "../../engine";
import type { RowSpec, SectionSpec } from "../types";
import { API_COLUMN, SELF_COLUMN, plural, type UseCaseSpec } from "./spec";

/** The vector-database price row the catalog marks as default (dated, sourced). */
export const VECTOR_DB = defaultVectorDbPrice;
export const VECTOR_DB_SOURCE = `${VECTOR_DB.provider} ${VECTOR_DB.plan}, ${VECTOR_DB.source}, as of ${VECTOR_DB.as_of}`;
/** How a query maps to read units, with the rule's source and how far it is verified. */
export const VECTOR_QUERY_RULE = `${VECTOR_DB.query_rule_source}; ${VECTOR_DB.query_rule_status}`;
/** The plan minimum's note: VECTORSTORE bills at least this each month. */
export const VECTOR_MINIMUM_NOTE = `${VECTOR_DB_SOURCE}: a month's usage below the minimum is billed at the minimum (0 for a plan without one)`;

export function apiInputs(): RowSpec[] {
  return [
    { key: "reasoning", label: "Reasoning tokens per request (hidden)", values: { [API_COLUMN]: 0 }, format: "tokens", unit: "tokens per request", notes: "Default 0. Reasoning models (o-series, gpt-5, Claude with extended thinking) bill their hidden thinking as output tokens (OpenAI and Anthropic API docs): add them here." },
    { key: "cachedShare", label: "Cached share of input tokens", values: { [API_COLUMN]: 0 }, format: "percent", unit: "share", notes: "Assumption: no prompt caching (0%)." },
    { key: "discount", label: "Batch / negotiated discount", values: { [API_COLUMN]: 0 }, format: "percent", unit: "share", notes: "Assumption: list prices (0%)." },
  ];
}

export function selfHostInputs(s: UseCaseSpec): SectionSpec {
  return {
    title: "Inputs — self-hosting (same workload on rented GPUs)",
    kind: "inputs",
    rows: [
      { key: "openModel", label: "Open model", values: { [SELF_COLUMN]: { choice: "openModel" } }, names: { [SELF_COLUMN]: "SelfHostModel" }, unit: "model id", notes: s.selfHostNote ?? "Pick an open-weight model from the list (LLMCOST open-model catalog, sources per model)." },
      { key: "gpu", label: "GPU", values: { [SELF_COLUMN]: { choice: "gpu" } }, names: { [SELF_COLUMN]: "SelfHostGpu" }, unit: "GPU id", notes: "Pick a GPU from the list (LLMCOST GPU catalog: datasheets and dated rental prices)." },
      { key: "utilization", label: "Target average load of a replica", values: { [SELF_COLUMN]: 0.6 }, format: "percent", unit: "share of full load", notes: "Assumption: 60% keeps headroom for traffic peaks and latency (LLMCOST's default for SELFHOST)." },
      { key: "standby", label: "Standby replicas for failover (redundancy)", kind: "calc", values: { [SELF_COLUMN]: fromAssumptions("StandbyReplicas") }, format: "count", unit: "replicas", notes: ASSUMPTIONS_NOTE("StandbyReplicas", "spare replicas (N+1) so that a GPU failure does not stop the service; 0 for a pilot.") },
      { key: "gpus", label: "GPUs per replica", kind: "calc", values: { [SELF_COLUMN]: "=LLMCOST.GPUCOUNT({openModel},{gpu})" }, format: "count", unit: "GPUs", notes: "Formula: fewest GPUs that hold the weights and KV cache; overwrite to plan more." },
      { key: "gpuPrice", label: "GPU price", kind: "calc", values: { [SELF_COLUMN]: "=LLMCOST.GPUPRICE({gpu})*GpuPriceFactor" }, format: "money", unit: "USD per GPU-hour", notes: "Formula: median on-demand rental price across providers in the GPU price catalog × GpuPriceFactor (Assumptions); overwrite with a negotiated rate." },
      { key: "hoursPerMonth", label: "Hours billed per month (constant)", kind: "constant", values: { [SELF_COLUMN]: 730 }, format: "count", unit: "hours", notes: "Constant: 8,760 hours a year ÷ 12; an always-on replica is billed every hour." },
      { key: "secondsPerHour", label: "Seconds per hour (constant)", kind: "constant", values: { [SELF_COLUMN]: 3600 }, format: "count", unit: "seconds", notes: "Constant." },
      { key: "shapeOut", label: "Output tokens per request SELFHOST sizes replicas for (constant)", kind: "constant", values: { [SELF_COLUMN]: 300 }, format: "tokens", unit: "tokens per request", notes: "LLMCOST.SELFHOST turns a month's tokens into requests of 300 output tokens (MLPerf Llama-2-70B average, about 290); the utilisation row uses the same request shape." },
    ],
  };
}

export function vectorInputs(s: UseCaseSpec): SectionSpec {
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
      { key: "vecMinimum", label: "Plan minimum", values: { [API_COLUMN]: VECTOR_DB.minimum_usd_per_month }, format: "money", unit: "USD per month", notes: `${VECTOR_MINIMUM_NOTE}. ${VECTOR_DB.note}.` },
      { key: "ruPerGb", label: "Read units per query per GB of index", values: { [API_COLUMN]: VECTOR_DB.query_read_units_per_gb }, format: "decimal", unit: "read units per GB", notes: `${VECTOR_QUERY_RULE}; check the usage field of real responses.` },
      { key: "ruMin", label: "Minimum read units per query", values: { [API_COLUMN]: VECTOR_DB.query_minimum_read_units }, format: "decimal", unit: "read units", notes: "A small index still costs a fraction of a read unit per query (same source)." },
      { key: "wuPerKb", label: "Write units per KB written", values: { [API_COLUMN]: 1 }, format: "decimal", unit: "write units per KB", notes: "Assumption: writes are billed by size; 1 write unit per KB of vector plus about 1 KB of metadata." },
      { key: "bytesPerGb", label: "Bytes per GB (constant)", kind: "constant", values: { [API_COLUMN]: 1000000000 }, format: "count", unit: "bytes", notes: "Constant: GB = 10^9 bytes, as vector databases bill." },
      { key: "perMillion", label: "Units per million (constant)", kind: "constant", values: { [API_COLUMN]: 1000000 }, format: "count", unit: "units", notes: "Constant." },
    ],
  };
}

/** A driver read from the Assumptions sheet (green, like every link to another sheet): one home per assumption. */
const fromAssumptions = (name: string) => `=${name}`;
const ASSUMPTIONS_NOTE = (name: string, what: string) => `From Assumptions (${name}): ${what} Change it there; every sheet that uses it moves.`;

export function peopleInputs(s: UseCaseSpec): SectionSpec {
  return {
    title: "Inputs — people and platform",
    kind: "inputs",
    rows: [
      { key: "fte", label: "Engineering and MLOps effort", kind: "calc", values: { [API_COLUMN]: fromAssumptions("RunFteApi"), [SELF_COLUMN]: fromAssumptions("RunFteSelfHost") }, format: "decimal", unit: "full-time equivalents", notes: ASSUMPTIONS_NOTE("RunFteApi, RunFteSelfHost", "running effort of an API integration and of GPU serving.") },
      { key: "setupMonths", label: "Set-up and integration effort (one-off)", kind: "calc", values: { [API_COLUMN]: fromAssumptions("BuildMonthsApi"), [SELF_COLUMN]: fromAssumptions("BuildMonthsSelfHost") }, format: "decimal", unit: "person-months", notes: ASSUMPTIONS_NOTE("BuildMonthsApi, BuildMonthsSelfHost", "build effort; the guide's ROI section counts set-up and integration as one-off costs.") },
      { key: "reviewShare", label: "Requests reviewed by a person", values: { [API_COLUMN]: s.review.share }, names: { [API_COLUMN]: "ReviewShare" }, format: "percent", unit: "share of requests", notes: s.review.note },
      { key: "reviewMinutes", label: "Minutes per review", values: { [API_COLUMN]: s.review.minutes }, names: { [API_COLUMN]: "ReviewMinutes" }, format: "decimal", unit: "minutes", notes: "Assumption: a person reads the request and the answer and labels it." },
      { key: "reviewRate", label: "Reviewer cost", kind: "calc", values: { [API_COLUMN]: fromAssumptions("ReviewerCostPerHour") }, format: "money", unit: "USD per hour", notes: ASSUMPTIONS_NOTE("ReviewerCostPerHour", "loaded hourly cost of a trained reviewer.") },
      { key: "bytesPerToken", label: "Bytes of text per token", values: { [API_COLUMN]: 4 }, format: "decimal", unit: "bytes per token", notes: "About 4 characters of English per token (OpenAI tokenizer help); 1 byte per character." },
      { key: "retention", label: "Months of logs kept", values: { [API_COLUMN]: 12 }, format: "count", unit: "months", notes: "Assumption: prompts and answers kept a year for audit and evaluation (steady state)." },
      { key: "storagePrice", label: "Object storage price", values: { [API_COLUMN]: 0.023 }, format: "money", unit: "USD per GB-month", notes: "Amazon S3 Standard, us-east-1, first 50 TB (aws.amazon.com/s3/pricing)." },
      { key: "egressPrice", label: "Data transfer out", values: { [API_COLUMN]: 0.09 }, format: "money", unit: "USD per GB", notes: "AWS data transfer out to the internet, first 10 TB a month (aws.amazon.com/ec2/pricing/on-demand)." },
      { key: "monthsPerYear", label: "Months per year (constant)", kind: "constant", values: { [API_COLUMN]: 12 }, format: "count", unit: "months", notes: "Constant." },
      { key: "minutesPerHour", label: "Minutes per hour (constant)", kind: "constant", values: { [API_COLUMN]: 60 }, format: "count", unit: "minutes", notes: "Constant." },
    ],
  };
}

export function growthInput(s: UseCaseSpec): SectionSpec {
  return {
    title: "Inputs — time",
    kind: "inputs",
    rows: [
      { key: "growth", label: "Monthly growth of requests", values: { [s.firstColumn.key]: 0 }, names: { [s.firstColumn.key]: "MonthlyGrowth" }, format: "percent", unit: "per month", notes: "Default 0 (the guide's volumes are flat). Compounds monthly in the projection, up to the cap below." },
      s.cap
        ? { key: "cap", label: `Most ${plural(s.requestUnit)} per month (growth cap)`, kind: "calc", values: { [s.firstColumn.key]: s.cap.formula }, format: "count", unit: "per month", notes: s.cap.note }
        : { key: "cap", label: `Most ${plural(s.requestUnit)} per month (growth cap)`, values: { [s.firstColumn.key]: s.capDefault ?? 10_000_000 }, format: "count", unit: "per month", notes: "Assumption: the addressable population's monthly volume; growth stops here and the projection says so." },
    ],
  };
}

