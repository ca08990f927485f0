import { sheetText } from "../../i18n/sheet-text";
import type { RowSpec, SectionSpec, TemplateSpec } from "../types";
import { complaintRedressal } from "./complaint-redressal";
import { embeddingRetrieval } from "./embedding-retrieval";
import { sentimentAnalysis } from "./sentiment-analysis";

/**
 * Exhibit 1 of the guide: one generative-AI use case per MarTech lifecycle stage, each costed through an API and
 * self-hosted (Chapter 1: "for each case study ... external API and self-hosted"). Where the workbook already has the
 * stage's use-case sheet, the API figures link to that sheet's budget names; elsewhere this sheet's own inputs price it.
 */

/** Sheet names of the use-case templates for the acquisition and win-back stages (templates added in issue 12). */
export const ACQUISITION_SHEET = "Acquisition";
export const WIN_BACK_SHEET = "Win-back";

interface Stage {
  key: string;
  label: string;
  sheet: string;
  useCase: string;
  model: string;
  requests: number;
  inTokens: number;
  outTokens: number;
  notes: string;
}

const ASSUMED = "Assumed (no published source; replace with your own)";
const ASSUMED_IN_A_SENTENCE = "assumed (no published source; replace with your own)";
const STAGES: Stage[] = [
  { key: "acquisition", label: "Acquisition", sheet: ACQUISITION_SHEET, useCase: "Personalised outreach and lead qualification", model: "gpt-4.1-mini", requests: 200_000, inTokens: 300, outTokens: 400, notes: `${ASSUMED}: the guide gives no figures for this stage` },
  { key: "retention", label: "Retention", sheet: complaintRedressal.sheets[0].name, useCase: "Complaint redressal chatbot (fine-tuned)", model: "ft:gpt-4.1-mini", requests: 150_000, inTokens: 600, outTokens: 600, notes: "Guide use case 1: 150,000 users × 1,200 tokens a month; the 50/50 input/output split is assumed" },
  { key: "engagement", label: "Engagement", sheet: sentimentAnalysis.sheets[0].name, useCase: "Sentiment analysis with function calling", model: "gpt-4.1-mini", requests: 30_000, inTokens: 300, outTokens: 500, notes: "Guide use case 2: 30,000 queries, 300 input (incl. function calling) and 500 output tokens each" },
  { key: "retrieval", label: "Engagement: retrieval", sheet: embeddingRetrieval.sheets[0].name, useCase: "Embedding search over the domain corpus", model: "gpt-4.1-mini", requests: 10_000, inTokens: 1_500, outTokens: 300, notes: `Guide: 10,000 queries a month over the 84M-token corpus; answer sizes ${ASSUMED_IN_A_SENTENCE}` },
  { key: "winback", label: "Win-back", sheet: WIN_BACK_SHEET, useCase: "Churn-risk re-engagement messages", model: "gpt-4o-mini", requests: 100_000, inTokens: 250, outTokens: 350, notes: `${ASSUMED}: the guide gives no figures for this stage` },
];

/** The column keys: the costs section reads them as cost columns; the stage-inputs section relabels them. */
const COLUMNS = [
  { key: "oneOffApi", header: "API one-off", input: "Use case", width: 200 },
  { key: "oneOffSelf", header: "Self-hosted one-off", input: "API model", width: 120 },
  { key: "monthlyApi", header: "API monthly", input: "Requests / month" },
  { key: "monthlySelf", header: "Self-hosted monthly", input: "Input tokens / request" },
  { key: "year1Api", header: "API year 1", input: "Output tokens / request" },
  { key: "year1Self", header: "Self-hosted year 1", input: "One-off set-up" },
] as const;

/** Placeholders of a stage's own inputs (its row in the stage-inputs section). */
const own = (stage: Stage) => ({
  model: `{${stage.key}In:oneOffSelf}`,
  requests: `{${stage.key}In:monthlyApi}`,
  input: `{${stage.key}In:monthlyApi}*{${stage.key}In:monthlySelf}`,
  output: `{${stage.key}In:monthlyApi}*{${stage.key}In:year1Api}`,
  oneOff: `{${stage.key}In:year1Self}`,
});

function stageInputs(stage: Stage): RowSpec {
  return {
    key: `${stage.key}In`,
    label: stage.label,
    values: { oneOffApi: stage.useCase, oneOffSelf: stage.model, monthlyApi: stage.requests, monthlySelf: stage.inTokens, year1Api: stage.outTokens, year1Self: 15_000 },
    format: { oneOffApi: "text", oneOffSelf: "text", monthlyApi: "count", monthlySelf: "tokens", year1Api: "tokens", year1Self: "money" },
    validation: stage.model.startsWith("ft:") ? undefined : { oneOffSelf: "chatModels" },
    unit: "USD set-up (one-off); volumes per month",
    notes: `${stage.notes}. One-off set-up (integration, evaluation): ${ASSUMED_IN_A_SENTENCE}, about one engineer-month`,
  };
}

function stageCosts(stage: Stage): RowSpec {
  const o = own(stage);
  const link = (name: string, missing: string) => ({ link: { sheet: stage.sheet, name }, missing });
  const monthlyApi = `=LLMCOST.INFERENCE(${o.model},${o.input},${o.output},${o.requests},${o.input}*{cachedShare},{discount},{PriceDate},0,{PriceSheet})*{FxRate}`;
  return {
    key: stage.key,
    label: stage.label,
    values: {
      oneOffApi: link("OneOffCost_Catalog", `=${o.oneOff}*{FxRate}`),
      oneOffSelf: `=(${o.oneOff}+{selfSetup})*{FxRate}`,
      monthlyApi: link("MonthlyCost_Catalog", monthlyApi),
      monthlySelf: `=IF({selfOk},IFERROR(LLMCOST.SELFHOST({openModel},{gpu},${o.input},${o.output},{gpus},{gpuPrice},{utilization})*{FxRate},"no estimate: check the inputs"),{selfStatus})`,
      year1Api: link("Year1Cost_Catalog", `={${stage.key}:oneOffApi}+{${stage.key}:monthlyApi}*{growthMonths}`),
      year1Self: `=IF(ISNUMBER({${stage.key}:monthlySelf}),{${stage.key}:oneOffSelf}+{${stage.key}:monthlySelf}*{growthMonths},{${stage.key}:monthlySelf})`,
    },
    format: "moneyFx",
    unit: "{currency}",
    notes: `API: linked to the sheet "${stage.sheet}" (its _Catalog budget names, green) when the workbook has it, else priced from this sheet's inputs. Self-hosted: GPUs for this stage's volume alone`,
  };
}

function sourceRow(stage: Stage): RowSpec {
  return {
    key: `${stage.key}Source`,
    label: stage.label,
    values: { oneOffApi: { link: { sheet: stage.sheet, name: "MonthlyCost_Catalog" }, found: `="${sheetText("linkedTo", { sheet: "{linkSheet}" })}"`, missing: `="${sheetText("ownInputsNoSheet", { sheet: stage.sheet })}"` } },
    format: "text",
    unit: "",
    notes: "insert the use-case sheet first, then this one, to link them",
  };
}

const first = STAGES[0].key;
const last = STAGES[STAGES.length - 1].key;
const total = (column: string) => `=SUM({${first}:${column}}:{${last}:${column}})`;
/** A self-hosted total: the sum where every stage has a number, else the reason there is none. */
const selfTotal = (column: string) => `=IF(COUNT({${first}:${column}}:{${last}:${column}})=${STAGES.length},SUM({${first}:${column}}:{${last}:${column}}),IF({selfOk},"no estimate: check the inputs",{selfStatus}))`;
const totalTokens = (perRequestColumn: string) => `SUMPRODUCT({${first}In:monthlyApi}:{${last}In:monthlyApi},{${first}In:${perRequestColumn}}:{${last}In:${perRequestColumn}})`;
const sharedHeaders = { oneOffApi: "Value", oneOffSelf: "", monthlyApi: "", monthlySelf: "", year1Api: "", year1Self: "" };

const costSection: SectionSpec = {
  title: "Cost by lifecycle stage (API and self-hosted; inputs below)",
  kind: "outputs",
  headers: { label: "Stage" },
  rows: [
    ...STAGES.map(stageCosts),
    {
      key: "portfolio",
      label: "Portfolio (each stage on its own)",
      values: { oneOffApi: total("oneOffApi"), oneOffSelf: total("oneOffSelf"), monthlyApi: total("monthlyApi"), monthlySelf: selfTotal("monthlySelf"), year1Api: total("year1Api"), year1Self: selfTotal("year1Self") },
      names: { oneOffApi: "PortfolioOneOffCost", monthlyApi: "PortfolioMonthlyCost", year1Api: "PortfolioYear1Cost" },
      format: "moneyFx",
      unit: "{currency}",
      notes: "sum of the stages",
    },
    {
      key: "sharedFleet",
      label: "Self-hosted on one shared fleet",
      values: {
        oneOffSelf: "={portfolio:oneOffApi}+{selfSetup}*{FxRate}",
        monthlySelf: `=IF({selfOk},IFERROR(LLMCOST.SELFHOST({openModel},{gpu},${totalTokens("monthlySelf")},${totalTokens("year1Api")},{gpus},{gpuPrice},{utilization})*{FxRate},"no estimate: check the inputs"),{selfStatus})`,
        year1Self: "=IF(ISNUMBER({sharedFleet:monthlySelf}),{sharedFleet:oneOffSelf}+{sharedFleet:monthlySelf}*{growthMonths},{sharedFleet:monthlySelf})",
      },
      names: { monthlySelf: "PortfolioSelfHostedMonthlyCost" },
      format: "moneyFx",
      unit: "{currency}",
      notes: "all stages' tokens on one set of replicas, set up once: an idle replica per stage is the main cost of self-hosting small volumes",
    },
  ],
};

/** Exhibit 1 of the guide: the MarTech lifecycle portfolio. */
export const martechLifecycle: TemplateSpec = {
  id: "martech-lifecycle",
  title: "MarTech lifecycle portfolio",
  description: "one-off, monthly and year-1 cost of one use case per lifecycle stage, through an API and self-hosted",
  group: "planning",
  source: "LLM Economics guide, Chapter 1 (Exhibit 1: the MarTech lifecycle; each case costed with an external API and self-hosted); catalog prices from LLMCOST",
  choices: [
    { key: "openModel", label: "Open model (self-hosted)", list: "openModels", default: "llama-3.1-8b" },
    { key: "gpu", label: "GPU", list: "gpus", default: "h100-sxm" },
  ],
  sheets: [
    {
      name: "MarTech lifecycle",
      valueColumns: COLUMNS.map(({ key, header, ...rest }) => ({ key, header, ...("width" in rest ? { width: rest.width } : {}) })),
      sections: [
        costSection,
        {
          title: "Where each stage's API figures come from",
          kind: "outputs",
          headers: { label: "Stage", ...sharedHeaders, oneOffApi: "Source" },
          rows: STAGES.map(sourceRow),
        },
        {
          title: "Inputs — shared",
          kind: "inputs",
          headers: sharedHeaders,
          rows: [
            { key: "cachedShare", label: "Cached share of input tokens", values: { oneOffApi: 0 }, format: "percent", unit: "share", notes: "Default 0: no prompt caching (own-input stages only)" },
            { key: "discount", label: "Batch / negotiated discount", values: { oneOffApi: 0 }, format: "percent", unit: "share", notes: "Default 0: list prices (own-input stages only)" },
            { key: "growth", label: "Monthly growth of every stage", values: { oneOffApi: 0 }, format: "percent", unit: "per month", notes: "Default 0: a flat year. Year 1 = one-off + month 1 × Σ(1 + growth)^(m−1); linked stages use their own sheet's growth" },
            { key: "openModel", label: "Open model (self-hosted)", values: { oneOffApi: { choice: "openModel" } }, unit: "model id", notes: "Open-weight model; architecture from its published config.json and model card" },
            { key: "gpu", label: "GPU", values: { oneOffApi: { choice: "gpu" } }, unit: "GPU id", notes: "Vendor datasheets; rented at the catalog's median on-demand price" },
            { key: "utilization", label: "Target average load of the GPUs", values: { oneOffApi: 0.6 }, format: "percent", unit: "share of full load", notes: "Default 60%: headroom for peaks (a decimal)" },
            { key: "selfSetup", label: "Extra one-off set-up to self-host, per stage", values: { oneOffApi: 30_000 }, format: "money", unit: "USD", notes: `${ASSUMED}: about two engineer-months for a serving stack, load tests and autoscaling` },
          ],
        },
        {
          title: "Inputs — each stage's own workload (used where no use-case sheet is linked; always for self-hosting)",
          kind: "inputs",
          headers: { label: "Stage", ...Object.fromEntries(COLUMNS.map((c) => [c.key, c.input])) },
          rows: STAGES.map(stageInputs),
        },
        {
          title: "Calculations",
          kind: "calculations",
          headers: sharedHeaders,
          rows: [
            { key: "monthsPerYear", label: "Months per year (constant)", kind: "constant", values: { oneOffApi: 12 }, format: "integer", unit: "months", notes: "Universal constant" },
            { key: "growthMonths", label: "Months of month-1 cost in year 1", values: { oneOffApi: "=IF({growth}=0,{monthsPerYear},((1+{growth})^{monthsPerYear}-1)/{growth})" }, format: "decimal", unit: "months", notes: "Σ (1 + growth)^(m−1) over 12 months; for self-hosting an upper bound (replicas are added in whole steps)" },
            { key: "gpus", label: "GPUs per replica", values: { oneOffApi: '=IFERROR(LLMCOST.GPUCOUNT({openModel},{gpu}),IF(ISNA(LLMCOST.GPUCOUNT({openModel},{gpu})),"unknown model or GPU","does not fit on 8 "&{gpu}&" GPUs"))' }, format: "count", unit: "GPUs", notes: "LLMCOST.GPUCOUNT(model, gpu)" },
            { key: "fits", label: "Model fits on one server", values: { oneOffApi: "=ISNUMBER({gpus})" }, format: "general", unit: "TRUE/FALSE", notes: "FALSE: pick a larger GPU or a smaller model" },
            { key: "selfStatus", label: "Self-hosting status", values: { oneOffApi: '=IF(NOT({fits}),{gpus},IF(OR({utilization}<=0,{utilization}>1),"target load must be above 0% and at most 100%","OK"))' }, format: "text", unit: "", notes: "OK, or why the self-hosted columns have no figure" },
            { key: "selfOk", label: "Self-hosted estimate possible", values: { oneOffApi: '={selfStatus}="OK"' }, format: "general", unit: "TRUE/FALSE", notes: "the model fits and the target load is valid" },
            { key: "gpuPrice", label: "GPU price", values: { oneOffApi: "=LLMCOST.GPUPRICE({gpu})" }, format: "money", unit: "USD per GPU-hour", notes: "LLMCOST.GPUPRICE(gpu): catalog median on-demand price" },
          ],
        },
        {
          title: "Checks",
          kind: "checks",
          rows: [
            { label: "Portfolio equals the stages", values: { monthlyApi: `=IFERROR(ROUND({portfolio:monthlyApi}-(${STAGES.map((s) => `{${s.key}:monthlyApi}`).join("+")}),2)=0,FALSE())` }, unit: "TRUE/FALSE", notes: "total − parts = 0" },
            { label: "Year 1 covers the one-off and twelve months", values: { year1Api: "=IFERROR({portfolio:year1Api}>={portfolio:oneOffApi}+{portfolio:monthlyApi},FALSE())" }, unit: "TRUE/FALSE", notes: "year 1 ≥ one-off + month 1" },
            { label: "Self-hosted figures available", values: { monthlySelf: "=ISNUMBER({portfolio:monthlySelf})" }, unit: "TRUE/FALSE", notes: "FALSE: the self-hosted columns say why (model too large for one server, or target load outside 0–100%)" },
          ],
        },
      ],
      chart: { type: "BarClustered", title: "API monthly cost by lifecycle stage (self-hosted costs are in the table: one idle GPU replica outweighs these bars)", over: "values", rows: STAGES.map((s) => s.key), columns: ["monthlyApi"] },
    },
  ],
};
