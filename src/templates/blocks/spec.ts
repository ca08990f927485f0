import { sheetText } from "../../i18n/sheet-text";
import type { ChoiceSpec, RowSpec, SectionSpec, ValueColumn } from "../types";

export const API_COLUMN = "catalog";
export const SELF_COLUMN = "selfhost";
/** The self-hosted column's default GPU (and the GPU whose listed price spread sets the range's GPU price). */
export const DEFAULT_GPU = "h100-sxm";

export interface UseCaseSpec {
  /** Sheet name (≤ 26 characters). */
  name: string;
  /** The shared-input column: the guide's figures, or "Input" where the guide gives none. */
  firstColumn: ValueColumn;
  /** Row key of requests per month in month 1 (a shared input or calculation). */
  requests: string;
  /** What one request is, for "cost per …": a word the sheet messages know in every language (their `unit` select). */
  requestUnit: RequestUnit;
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
  /** The growth cap as a formula of the sheet's own inputs (e.g. every owner once a month), with its note. */
  cap?: { formula: string; note: string };
  /** Otherwise the cap input's default (requests per month). */
  capDefault?: number;
  /** Note on the open-model row (what the self-hosted column serves). */
  selfHostNote?: string;
}

/** The choices every use-case sheet offers beside its API model: an open model and a GPU for the self-hosted column. */
/** The request words of the use cases (sheets.json selects on them: "{unit, select, query {…} …}"). */
export type RequestUnit = "message" | "query" | "conversation" | "request";

export const SELF_HOST_CHOICES: ChoiceSpec[] = [
  { key: "openModel", label: sheetText("openModelSelfHosted"), list: "openModels", default: "llama-3.1-8b" },
  { key: "gpu", label: sheetText("gpuSelfHosted"), list: "gpus", default: DEFAULT_GPU },
];

