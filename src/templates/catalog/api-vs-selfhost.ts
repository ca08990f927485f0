import { gpuOwnership } from "../../data";
import { HOSTED_OPEN_MODELS } from "../hosted-open-models";
import type { RowSpec, TemplateSpec } from "../types";
import { apiVsSelfhostSimulation } from "./api-vs-selfhost-simulation";

/**
 * The guide's build-vs-buy question ("Comparing external API and self-hosted models"): one workload through a
 * proprietary API model, through the SAME open model bought from a hosted API, and self-hosted on GPUs, with the
 * people and platform costs around each, a 36-month projection, a budget block and a decision that never misleads.
 */

const OPTIONS = ["API model", "Hosted open model", "Self-hosted"];
const PERIODS = 36;
const ASSUMED = "Assumed (no published source; replace with your own)";

/** Column value for every option column, so that one formula reads the same across the row. */
const each = (formula: string) => ({ api: formula, hosted: formula, selfhost: formula });
/** The budget column picks the chosen option's cell of the same row. */
const chosen = (key: string) => `=IFERROR(CHOOSE({budgetIndex},{${key}:api},{${key}:hosted},{${key}:selfhost}),"choose an option above")`;

const hostedRows: RowSpec[] = HOSTED_OPEN_MODELS.map((entry, index) => ({
  key: `hostedFor${index}`,
  label: entry.openModel,
  values: { api: entry.openModel, hosted: entry.hosted },
  format: "text",
  unit: "provider:model id",
  notes: `${entry.provider}: catalog list price on the price date. Type another provider:model id (see =LLMCOST.MODELS()) to compare a different host.`,
}));
/** Dated street prices of GPUs to buy (src/data/gpu-ownership.json), looked up by the GPU chosen when GPUs are owned. */
const purchaseRows: RowSpec[] = gpuOwnership.purchase.map((entry, index) => ({
  key: `buyPrice${index}`,
  label: entry.gpu,
  values: { api: entry.gpu, selfhost: entry.usd },
  format: { api: "text", selfhost: "money" },
  unit: "USD per GPU",
  notes: `${entry.source} (${entry.as_of})`,
}));
const purchaseRange = (column: string) => `{buyPrice0:${column}}:{buyPrice${gpuOwnership.purchase.length - 1}:${column}}`;
const OWN = gpuOwnership.defaults;

const hostedRange = (column: string) => `{hostedFor0:${column}}:{hostedFor${HOSTED_OPEN_MODELS.length - 1}:${column}}`;

/**
 * Month-1 monthly cost of each option with the volume and the GPU price scaled by the given multiples (placeholders;
 * null leaves that input at its base), for the Low/High range and the sensitivity table.
 */
const rangeCost = (volume: string | null, gpuPrice: string | null) => {
  const v = volume ? `*${volume}` : "";
  const p = gpuPrice ? `*${gpuPrice}` : "";
  const tokens = `{inputTokens}${v},{outBilled}${v}`;
  return {
    api: `=(LLMCOST.INFERENCE({model},${tokens},{requests}${v},{cachedTokens}${v},{discount},{PriceDate},0,{PriceSheet})+{runUsd})*{FxRate}`,
    hosted: `=IFERROR((LLMCOST.INFERENCE({hostedId},${tokens},{requests}${v},{cachedTokens}${v},{discount},{PriceDate},0,{PriceSheet})+{runUsd})*{FxRate},"no hosted price")`,
    selfhost: `=IF({selfOk},(LLMCOST.SELFHOST({openModel},{gpu},${tokens},{gpus},{gpuPrice}${p},{utilization})+{standby}*{replicaMonthly}${p}+{runUsd})*{FxRate},{modelUsd:selfhost})`,
  };
};

/** A sensitivity row: every option's month-1 cost with one input at its low or high case, and the budgeted option's. */
const sensitivity = (key: string, label: string, volume: string | null, gpuPrice: string | null, notes: string): RowSpec => ({
  key,
  label,
  values: { ...rangeCost(volume, gpuPrice), budget: chosen(key) },
  format: "moneyFx",
  unit: "{currency} per month",
  notes,
});

/** A check per option column that is TRUE where the option has no number to check (not hosted, does not fit). */
const numericCheck = (test: string) => each(`=IF(ISNUMBER({monthly}),IFERROR(${test},FALSE()),TRUE())`);

export const apiVsSelfhost: TemplateSpec = {
  id: "api-vs-selfhost",
  title: "External API vs self-hosted model",
  description: "one workload through an API model, the same open model hosted, and self-hosted on GPUs: 36 months, budget, break-even",
  group: "planning",
  source: "LLM Economics guide, Chapter 1 (Comparing External API and Self-hosted Models) and Chapter 2 (Cost Analysis); LLMCOST API, GPU and open-model catalogs",
  choices: [
    { key: "model", label: "API model", list: "chatModels", default: "gpt-4.1-mini" },
    { key: "openModel", label: "Open model", list: "openModels", default: "llama-3.1-8b" },
    { key: "gpu", label: "GPU", list: "gpus", default: "h100-sxm" },
  ],
  sheets: [
    {
      name: "API vs self-host",
      valueColumns: [
        { key: "api", header: "API model" },
        { key: "hosted", header: "Open model, hosted" },
        { key: "selfhost", header: "Open model, self-hosted", width: 130 },
        { key: "budget", header: "In the budget" },
      ],
      sections: [
        {
          title: "Outputs — decision (inputs and workings below)",
          kind: "outputs",
          rows: [
            { key: "modelCost", label: "Model or GPU cost, month 1", values: { api: "={modelUsd}*{FxRate}", hosted: "=IF(ISNUMBER({modelUsd}),{modelUsd}*{FxRate},{modelUsd})", selfhost: "=IF(ISNUMBER({modelUsd}),{modelUsd}*{FxRate},{modelUsd})" }, names: { api: "ApiMonthlyCost", hosted: "HostedOpenModelMonthlyCost", selfhost: "SelfHostMonthlyCost" }, format: "moneyFx", unit: "{currency} per month", notes: "tokens at list prices, or the GPU fleet; without people and platform" },
            { key: "utilizationOut", label: "Replica utilisation, month 1", values: { selfhost: '=IF(NOT({selfOk}),{modelUsd},IF({capacity}>0,{outBilled}/({replicas}*{capacity}),"no requests"))' }, names: { selfhost: "ReplicaUtilization" }, format: "percent", unit: "share of full load", notes: "month-1 output tokens ÷ (replicas × full-load capacity). Far below the target means you pay for idle GPUs" },
            { key: "breakEvenTokens", label: "Break-even volume (GPU cost vs the API model)", values: { selfhost: '=IF(NOT({selfOk}),{modelUsd},IFERROR(LLMCOST.BREAKEVEN({model},{openModel},{gpu},{ioRatio},{gpus},{gpuAllIn},{utilization},{PriceDate},{PriceSheet}),"never"))' }, names: { selfhost: "BreakEvenTokens" }, format: "tokens", unit: "output tokens per month", notes: "LLMCOST.BREAKEVEN(…): above this volume the GPUs cost less than the API model's tokens (people and platform not included); never: one replica's output is worth less at API prices than the replica costs" },
            { key: "breakEvenMonth", label: "First month self-hosting is cheaper than the API model", values: { selfhost: `=IF(NOT({selfOk}),{modelUsd},IF(COUNT({pCheaper:all})=0,"never",MIN({pCheaper:all})))` }, names: { selfhost: "BreakEvenMonth" }, format: "integer", unit: "month of the projection", notes: `whole running cost (model or GPUs + people and platform) in the ${PERIODS}-month projection below, API and GPU prices falling at the Assumptions rates; the reason where the model does not fit` },
            { key: "breakEvenHosted", label: "First month self-hosting is cheaper than the same model hosted", values: { selfhost: `=IF(NOT({selfOk}),{modelUsd},IF(COUNT({pCheaperHosted:all})=0,"never",MIN({pCheaperHosted:all})))` }, format: "integer", unit: "month of the projection", notes: "like with like: the same open model bought per token from a hosted API" },
            { key: "breakEvenWhole", label: "First month self-hosting has cost less in total, one-offs included", values: { selfhost: `=IF(NOT({selfOk}),{modelUsd},IF(COUNT({pCheaperCum:all})=0,"never",MIN({pCheaperCum:all})))` }, names: { selfhost: "BreakEvenMonthWholeCost" }, format: "integer", unit: "month of the projection", notes: "cumulative whole cost from month 1: set-up (and GPUs bought, when owned) + every month so far, against the API model's; the residual value of owned GPUs is left out (it is realised only when they are sold)" },
            { key: "breakEvenNote", label: "Break-even chart", values: { api: `=IF(ISNUMBER({breakEvenMonth}),"The self-hosted line crosses below the API model's in month "&{breakEvenMonth}&".",{noCrossing})` }, format: "text", unit: "", notes: "why the chart below shows, or does not show, a crossing" },
            { key: "noCrossing", label: "Why the lines do not cross", kind: "calc", values: { api: `=IF(NOT({selfOk}),"No break-even: "&{openModel}&": "&{modelUsd:selfhost}&".","No crossing in ${PERIODS} months: in month ${PERIODS} self-hosting costs "&{lastMonth}&" through the API model.")` }, format: "text", unit: "", notes: "read by the sentence above when there is no break-even month" },
            { key: "lastMonth", label: "Last projected month: self-hosted vs API model", kind: "calc", values: { api: `=IFERROR(TEXT(INDEX({pSelf:all},1,${PERIODS}),{MoneyText}),"?")&" vs "&IFERROR(TEXT(INDEX({pApi:all},1,${PERIODS}),{MoneyText}),"?")` }, format: "text", unit: "", notes: "the two lines' last points, for the sentence above" },
          ],
        },
        {
          title: "Outputs — budget (month 1 steady state; year 1 and 3 years with the growth above)",
          kind: "outputs",
          rows: [
            { key: "oneOff", label: "One-off cost", values: { ...each("={oneOffUsd}*{FxRate}"), budget: chosen("oneOff") }, names: { api: "OneOffCost_Catalog", budget: "OneOffCost_Chosen" }, format: "moneyFx", unit: "{currency}", notes: "set-up; never added to a monthly figure" },
            { key: "monthly", label: "Monthly cost, month 1", values: { api: "=({modelUsd}+{runUsd})*{FxRate}", hosted: "=IF(ISNUMBER({modelUsd}),({modelUsd}+{runUsd})*{FxRate},{modelUsd})", selfhost: "=IF(ISNUMBER({modelUsd}),({modelUsd}+{standbyUsd}+{runUsd})*{FxRate},{modelUsd})", budget: chosen("monthly") }, names: { api: "MonthlyCost_Catalog", budget: "MonthlyCost_Chosen" }, format: "moneyFx", unit: "{currency} per month", notes: "model or GPUs (+ standby replicas) + people and platform" },
            { key: "low", label: "Monthly cost, month 1: low case", values: { ...rangeCost("{volumeLow}", "{gpuPriceLow}"), budget: chosen("low") }, names: { api: "MonthlyCost_Low", budget: "MonthlyCost_Chosen_Low" }, format: "moneyFx", unit: "{currency} per month", notes: "low volume and low GPU price" },
            { key: "high", label: "Monthly cost, month 1: high case", values: { ...rangeCost("{volumeHigh}", "{gpuPriceHigh}"), budget: chosen("high") }, names: { api: "MonthlyCost_High", budget: "MonthlyCost_Chosen_High" }, format: "moneyFx", unit: "{currency} per month", notes: "high volume and high GPU price" },
            { key: "year1", label: "Year-1 cost", values: { api: '=IF(ISNUMBER({monthly}),{oneOff}+SUMIF({pMonth:all},"<="&{monthsPerYear},{pApi:all}),{monthly})', hosted: '=IF(ISNUMBER({monthly}),{oneOff}+SUMIF({pMonth:all},"<="&{monthsPerYear},{pHosted:all}),{monthly})', selfhost: '=IF(ISNUMBER({monthly}),{oneOff}+SUMIF({pMonth:all},"<="&{monthsPerYear},{pSelf:all}),{monthly})', budget: chosen("year1") }, names: { api: "Year1Cost_Catalog", budget: "Year1Cost_Chosen" }, format: "moneyFx", unit: "{currency}", notes: "one-off + the first 12 months of the projection" },
            { key: "threeYear", label: "Three-year cost", values: { api: "=IF(ISNUMBER({monthly}),{oneOff}+SUM({pApi:all}),{monthly})", hosted: "=IF(ISNUMBER({monthly}),{oneOff}+SUM({pHosted:all}),{monthly})", selfhost: "=IF(ISNUMBER({monthly}),{oneOff}+SUM({pSelf:all})-{residualUsd}*{FxRate},{monthly})", budget: chosen("threeYear") }, names: { api: "ThreeYearCost_Catalog", budget: "ThreeYearCost_Chosen" }, format: "moneyFx", unit: "{currency}", notes: `one-off + all ${PERIODS} months; owned GPUs: less their residual value at month ${PERIODS}` },
            { key: "perRequest", label: "Cost per request, month 1", values: { ...each('=IF(AND(ISNUMBER({monthly}),{requests}>0),{monthly}/{requests},IF(ISNUMBER({monthly}),"no requests",{monthly}))'), budget: chosen("perRequest") }, names: { api: "CostPerRequest_Catalog", budget: "CostPerRequest_Chosen" }, format: "moneyFx", unit: "{currency} per request", notes: "monthly cost ÷ requests" },
          ],
        },
        {
          title: "Sensitivity: month-1 cost when one uncertain input moves",
          kind: "outputs",
          rows: [
            sensitivity("volLow", "Workload volume at its low case", "{volumeLow}", null, "volume × low multiple; GPU price at base"),
            sensitivity("volHigh", "Workload volume at its high case", "{volumeHigh}", null, "volume × high multiple"),
            sensitivity("priceLow", "GPU price at its low case", null, "{gpuPriceLow}", "moves self-hosting only: the API options are priced per token"),
            sensitivity("priceHigh", "GPU price at its high case", null, "{gpuPriceHigh}", "GPU price × high multiple"),
            { key: "mover", label: "Input that moves the budgeted cost most", values: { budget: '=IFERROR(IF(ABS({volHigh}-{volLow})>=ABS({priceHigh}-{priceLow}),"workload volume","GPU price"),"n/a")' }, format: "text", unit: "", notes: "the wider of the two swings above" },
          ],
        },
        {
          title: "Inputs — workload (shared by all options)",
          kind: "inputs",
          headers: { api: "Value", hosted: "", selfhost: "", budget: "" },
          rows: [
            { key: "inputTokens", label: "Input tokens per month (month 1)", values: { api: 300_000_000 }, format: "tokens", unit: "tokens per month", notes: `${ASSUMED}: your workload, e.g. the guide's use cases scaled to a product` },
            { key: "outputTokens", label: "Output tokens per month (month 1)", values: { api: 100_000_000 }, format: "tokens", unit: "tokens per month", notes: `${ASSUMED}: visible answer tokens` },
            { key: "requests", label: "Requests per month (month 1)", values: { api: 500_000 }, format: "count", unit: "requests per month", notes: `${ASSUMED}: sets the request size (long-context tiers, request shape on GPUs)` },
            { key: "reasoning", label: "Reasoning tokens per request", values: { api: 0 }, format: "tokens", unit: "tokens per request", notes: "Default 0. Reasoning models (OpenAI o-series and GPT-5, Claude with extended thinking) bill hidden thinking tokens as output tokens; a self-hosted reasoning model generates them too" },
            { key: "growth", label: "Monthly growth of the workload", values: { api: 0.1 }, format: "percent", unit: "per month", notes: `${ASSUMED}: 10% a month, compounding, so that the projection shows how volume changes the decision; 0 for a flat budget` },
          ],
        },
        {
          title: "Inputs — API model",
          kind: "inputs",
          headers: { api: "Value", hosted: "", selfhost: "", budget: "" },
          rows: [
            { key: "model", label: "API model", values: { api: { choice: "model" } }, names: { api: "ApiModel" }, unit: "model id", notes: "Catalog list prices on the price date (pydantic/genai-prices, see =LLMCOST.CATALOG())" },
            { key: "cachedShare", label: "Cached share of input tokens", values: { api: 0 }, format: "percent", unit: "share", notes: "Default 0: no prompt caching. Applies to both API options (billed as input where a model has no cache price)" },
            { key: "discount", label: "Batch / negotiated discount", values: { api: 0 }, format: "percent", unit: "share", notes: "Default 0: list prices. Applies to both API options" },
          ],
        },
        {
          title: "Inputs — open model (hosted and self-hosted)",
          kind: "inputs",
          headers: { api: "", hosted: "", selfhost: "Value", budget: "" },
          rows: [
            { key: "openModel", label: "Open model", values: { selfhost: { choice: "openModel" } }, names: { selfhost: "SelfHostModel" }, unit: "model id", notes: "Open-weight model; architecture from each model's published config.json and model card" },
            { key: "gpu", label: "GPU", values: { selfhost: { choice: "gpu" } }, names: { selfhost: "SelfHostGpu" }, unit: "GPU id", notes: "Memory, bandwidth and peak compute from the vendors' datasheets" },
            { key: "utilization", label: "Target average load of the GPUs", values: { selfhost: 0.6 }, format: "percent", unit: "share of full load", notes: "Default 60%: headroom for peaks (a decimal, 0.6 not 60); see the self-hosting documentation for the sources" },
            { key: "gpuSource", label: "GPUs rented or owned", values: { selfhost: "rented" }, validation: ["rented", "owned"], format: "text", unit: "rented / owned", notes: "Drop-down: rented uses the catalog's on-demand price, owned the cost per GPU-hour below" },
            { key: "ownedPurchase", label: "Owned GPU: purchase price per GPU (0 = catalog price)", values: { selfhost: 0 }, format: "money", unit: "USD per GPU", notes: "0 uses the catalog's dated street price (H100 30,000, H200 35,000, B200 40,000 USD, mid-2026, ±20–40%); other GPUs need a price here. Used only when GPUs are owned" },
            { key: "ownedGpuHour", label: "Owned GPU: cost per GPU-hour (LLMCOST.GPUTCO)", kind: "calc", values: { selfhost: "=IF({ownedPurchase}>0,LLMCOST.GPUTCO({gpu},{ownedPurchase}),LLMCOST.GPUTCO({gpu}))" }, format: "money", unit: "USD per GPU-hour", notes: "Purchase spread over 5 years + board power × PUE 1.2 × 0.08 USD/kWh + 10% of the purchase a year for support and spares (assumed); every hour, idle or busy" },
            { key: "standby", label: "Standby replicas for availability", values: { selfhost: 0 }, format: "count", unit: "replicas", notes: "Default 0: one serving fleet, no failover. Production services usually keep one standby replica (set 1); an API provider carries this cost for you" },
          ],
        },
        {
          title: "Inputs — people and platform",
          kind: "inputs",
          rows: [
            { key: "fteRate", label: "Loaded cost of one engineer", values: { api: 15_000 }, format: "money", unit: "USD per FTE-month", notes: `${ASSUMED}: about a US software developer's median wage (US BLS Occupational Outlook Handbook) plus ~35% on-costs` },
            { key: "setupEffort", label: "Set-up: integration, evaluation set, launch", values: { api: 1, hosted: 1, selfhost: 3 }, format: "decimal", unit: "FTE-months, one-off", notes: `${ASSUMED}. The guide's ROI counts set-up (acquisition, integration); self-hosting adds a serving stack, load tests and autoscaling` },
            { key: "runEffort", label: "Running: monitoring, evaluation and human review, MLOps", values: { api: 0.1, hosted: 0.1, selfhost: 0.5 }, format: "decimal", unit: "FTE, every month", notes: `${ASSUMED}. The guide's ongoing costs (maintenance, staff training); self-hosting adds on-call, upgrades and security patches` },
            { key: "storageEgress", label: "Storage and data transfer", values: { api: 0, hosted: 0, selfhost: 0 }, names: { api: "StorageEgress_Api" }, format: "money", unit: "USD per month", notes: "Default 0: this workload's text is about 1.6 GB a month (~4 bytes per token), under 1 USD of internet egress at 0.09 USD/GB (AWS data-transfer list price). Add logs, backups and model-weight storage where material" },
          ],
        },
        {
          title: "Inputs — range and budget",
          kind: "inputs",
          headers: { api: "Value", hosted: "", selfhost: "", budget: "Value" },
          rows: [
            { key: "volumeLow", label: "Workload volume, low case", values: { api: 0.7 }, names: { api: "VolumeMultiple_Low" }, format: "multiple", unit: "× the base volume", notes: `${ASSUMED}: token forecasts for a new feature are rarely better than −30% / +50%` },
            { key: "volumeHigh", label: "Workload volume, high case", values: { api: 1.5 }, names: { api: "VolumeMultiple_High" }, format: "multiple", unit: "× the base volume", notes: ASSUMED },
            { key: "gpuPriceLow", label: "GPU price, low case", values: { api: 0.7 }, format: "multiple", unit: "× the GPU price", notes: `${ASSUMED}: committed-use or reserved capacity is often ~30% below on-demand` },
            { key: "gpuPriceHigh", label: "GPU price, high case", values: { api: 1.2 }, format: "multiple", unit: "× the GPU price", notes: `${ASSUMED}: scarce capacity or a pricier provider` },
            { key: "budgetChoice", label: "Option in the budget", values: { budget: "API model" }, validation: OPTIONS, format: "text", unit: "option", notes: "Drop-down: which option the budget column (the _Chosen names) reports; the _Catalog names are always the API model" },
          ],
        },
        {
          title: "Calculations",
          kind: "calculations",
          rows: [
            { key: "outBilled", label: "Output tokens per month, incl. reasoning (month 1)", values: { api: "={outputTokens}+{requests}*{reasoning}" }, format: "tokens", unit: "tokens per month", notes: "output + requests × reasoning tokens" },
            { key: "cachedTokens", label: "Cached input tokens per month", values: { api: "={inputTokens}*{cachedShare}" }, format: "tokens", unit: "tokens per month", notes: "input × cached share" },
            { key: "ioRatio", label: "Input : output ratio", values: { api: "=IF({outBilled}>0,{inputTokens}/{outBilled},1)" }, format: "decimal", unit: "input per output token", notes: "passed to BREAKEVEN" },
            { key: "hostedId", label: "Hosted API id of the open model", values: { hosted: `=IFERROR(INDEX(${hostedRange("hosted")},MATCH({openModel},${hostedRange("api")},0)),"none listed")` }, format: "text", unit: "provider:model id", notes: "looked up in the hosted-price list at the bottom of the sheet" },
            { key: "gpus", label: "GPUs per replica", values: { selfhost: '=IFERROR(LLMCOST.GPUCOUNT({openModel},{gpu}),IF(ISNA(LLMCOST.GPUCOUNT({openModel},{gpu})),"unknown model or GPU","does not fit on 8 "&{gpu}&" GPUs"))' }, format: "count", unit: "GPUs", notes: "LLMCOST.GPUCOUNT(model, gpu): fewest GPUs (1, 2, 4 or 8 in one server) that hold the weights and KV cache" },
            { key: "fits", label: "Model fits on one server", values: { selfhost: "=ISNUMBER({gpus})" }, format: "general", unit: "TRUE/FALSE", notes: "FALSE: self-hosting needs more GPUs than one 8-GPU server, or a smaller precision" },
            { key: "rentedPrice", label: "Rented GPU price (catalog median, on demand)", values: { selfhost: "=LLMCOST.GPUPRICE({gpu})" }, format: "money", unit: "USD per GPU-hour", notes: "LLMCOST.GPUPRICE(gpu): median on-demand price across the catalog's cloud providers (dated list prices)" },
            { key: "buyPrice", label: "Owned GPU: purchase price used", values: { selfhost: `=IF({ownedPurchase}>0,{ownedPurchase},IFERROR(INDEX(${purchaseRange("selfhost")},MATCH({gpu},${purchaseRange("api")},0)),"no purchase price: type one above"))` }, format: "money", unit: "USD per GPU", notes: "the price typed above, else the dated street price in the list at the bottom of the sheet" },
            { key: "ownYears", label: "Owned GPU: years of service (constant of GPUTCO)", kind: "constant", values: { selfhost: OWN.years }, format: "integer", unit: "years", notes: `${OWN.source} (${OWN.as_of})` },
            { key: "ownedRunHour", label: "Owned GPU: running cost per GPU-hour (power, support, spares)", values: { selfhost: "={ownedGpuHour}-{buyPrice}/({ownYears}*365*24)" }, format: "money", unit: "USD per GPU-hour", notes: "GPUTCO less the purchase spread over its years: the purchase is a one-off below, not a rate" },
            { key: "gpuPrice", label: "GPU cost used", values: { selfhost: '=IF({gpuSource}="owned",{ownedRunHour},{rentedPrice})' }, format: "money", unit: "USD per GPU-hour", notes: "rented: the hourly price; owned: the running cost only (the purchase is a one-off)" },
            { key: "gpuAllIn", label: "GPU cost per hour, purchase spread over its years", values: { selfhost: '=IF({gpuSource}="owned",{ownedGpuHour},{rentedPrice})' }, format: "money", unit: "USD per GPU-hour", notes: "for the break-even volume, which compares rates" },
            { key: "hours", label: "Hours per month (constant)", values: { selfhost: "=365*24/12" }, format: "decimal", unit: "hours", notes: "365 × 24 ÷ 12 = 730: every replica runs all month, as SELFHOST bills it" },
            { key: "monthsPerYear", label: "Months per year (constant)", kind: "constant", values: { budget: 12 }, format: "integer", unit: "months", notes: "Universal constant: year 1 = months 1 to 12" },
            { key: "replicaMonthly", label: "Cost of one replica for a month", values: { selfhost: "=IF({fits},{gpus}*{gpuPrice}*{hours},0)" }, format: "money", unit: "USD per month", notes: "GPUs × price × hours" },
            { key: "throughput", label: "Throughput of one replica at full load", values: { selfhost: '=IF(AND({fits},{requests}>0),LLMCOST.THROUGHPUT({openModel},{gpu},{gpus},"",{inputTokens}/{requests},{outBilled}/{requests}),0)' }, format: "count", unit: "output tokens per second", notes: "LLMCOST.THROUGHPUT(model, gpu, gpus, precision, input, output per request) at this sheet's average request" },
            { key: "capacity", label: "Output tokens one replica serves in a month at full load", values: { selfhost: "={throughput}*60*60*{hours}" }, format: "tokens", unit: "tokens per month", notes: "throughput × 3,600 seconds per hour × hours" },
            { key: "modelUsd", label: "Model or GPU cost, month 1 (USD)", values: {
              api: "=LLMCOST.INFERENCE({model},{inputTokens},{outBilled},{requests},{cachedTokens},{discount},{PriceDate},0,{PriceSheet})",
              hosted: '=IFERROR(LLMCOST.INFERENCE({hostedId},{inputTokens},{outBilled},{requests},{cachedTokens},{discount},{PriceDate},0,{PriceSheet}),"no hosted price")',
              selfhost: '=IF(NOT({fits}),{gpus},IF(OR({utilization}<=0,{utilization}>1),"target load must be above 0% and at most 100%",IFERROR(LLMCOST.SELFHOST({openModel},{gpu},{inputTokens},{outBilled},{gpus},{gpuPrice},{utilization}),"no self-hosted estimate: check the inputs")))',
            }, format: "money", unit: "USD per month", notes: "API options: =LLMCOST.INFERENCE(…) at list prices on the price date. Self-hosted: =LLMCOST.SELFHOST(…), whole replicas running all month" },
            { key: "selfOk", label: "Self-hosted estimate available", values: { selfhost: "=ISNUMBER({modelUsd})" }, format: "general", unit: "TRUE/FALSE", notes: "FALSE: the model does not fit, or an input is out of range (the cost row says which)" },
            { key: "replicas", label: "Replicas running in month 1", values: { selfhost: "=IF({selfOk},IF({replicaMonthly}>0,ROUND({modelUsd}/{replicaMonthly},0),MAX(1,CEILING({outBilled}/({capacity}*{utilization}),1))),0)" }, format: "count", unit: "replicas", notes: "SELFHOST's cost ÷ the cost of one replica" },
            { key: "peakReplicas", label: "Replicas serving the busiest month", values: { selfhost: `=IF({selfOk},MAX({replicas},ROUND(LLMCOST.SELFHOST({openModel},{gpu},INDEX({pIn:all},1,${PERIODS}),INDEX({pOut:all},1,${PERIODS}),{gpus},1,{utilization})/({gpus}*{hours}),0)),0)` }, format: "count", unit: "replicas", notes: `month 1 or month ${PERIODS}, whichever needs more (SELFHOST at 1 USD per GPU-hour ÷ GPUs ÷ hours)` },
            { key: "purchaseUsd", label: "GPUs bought (owned)", values: { selfhost: '=IF(AND({gpuSource}="owned",{selfOk}),({peakReplicas}+{standby})*{gpus}*{buyPrice},0)' }, format: "money", unit: "USD, one-off", notes: "owned: (busiest month's replicas + standby) × GPUs × purchase price, bought in month 1; 0 when rented" },
            { key: "residualUsd", label: `Residual value of the GPUs bought, month ${PERIODS}`, values: { selfhost: `={purchaseUsd}*(1-GpuPriceDeclinePerYear)^(${PERIODS}/{monthsPerYear:budget})` }, format: "money", unit: "USD", notes: "purchase × (1 − GpuPriceDeclinePerYear (Assumptions))^3: what the GPUs fetch after three years if their price falls like rental prices" },
            { key: "standbyUsd", label: "Standby replicas", values: { selfhost: "={standby}*{replicaMonthly}" }, format: "money", unit: "USD per month", notes: "standby replicas × cost of one replica" },
            { key: "oneOffUsd", label: "Set-up cost (and GPUs bought, when owned)", values: { ...each("={setupEffort}*{fteRate}"), selfhost: "={setupEffort}*{fteRate}+{purchaseUsd}" }, format: "money", unit: "USD, one-off", notes: "FTE-months × loaded cost; self-hosted + the GPUs bought" },
            { key: "runUsd", label: "People and platform, every month", values: each("={runEffort}*{fteRate}+{storageEgress}"), format: "money", unit: "USD per month", notes: "FTE × loaded cost + storage and transfer" },
            { key: "budgetIndex", label: "Option number", values: { budget: `=MATCH({budgetChoice},{"${OPTIONS.join('","')}"},0)` }, format: "integer", unit: "1 to 3", notes: "position of the chosen option" },
          ],
        },
        {
          title: "Inputs — hosted API price of each open model",
          kind: "inputs",
          headers: { label: "Open model", api: "Open model", hosted: "Hosted API id", selfhost: "", budget: "" },
          rows: hostedRows,
        },
        {
          title: "Inputs — purchase price of each GPU (owned)",
          kind: "inputs",
          headers: { label: "GPU", api: "GPU id", hosted: "", selfhost: "USD per GPU", budget: "" },
          rows: purchaseRows,
        },
        {
          title: "Checks",
          kind: "checks",
          rows: [
            { label: "The open model fits on one 8-GPU server", values: { selfhost: "={fits}" }, unit: "TRUE/FALSE", notes: "FALSE: pick a larger GPU, a smaller model or precision" },
            { label: "A self-hosted estimate exists", values: { selfhost: "={selfOk}" }, unit: "TRUE/FALSE", notes: "FALSE: see the self-hosted cost row (model too large, or target load outside 0–100%)" },
            { label: "A hosted price exists for the open model", values: { hosted: "=ISNUMBER({modelUsd})" }, unit: "TRUE/FALSE", notes: "FALSE: add a provider:model id to the hosted-price list" },
            { label: "Costs are not negative", values: numericCheck("{monthly}>=0") as Record<string, string>, unit: "TRUE/FALSE", notes: "monthly cost ≥ 0" },
            { label: "Projection month 1 equals the monthly cost", values: { api: "=IFERROR(ROUND(INDEX({pApi:all},1,1)-{monthly},2)=0,FALSE())", hosted: "=IF(ISNUMBER({monthly}),IFERROR(ROUND(INDEX({pHosted:all},1,1)-{monthly},2)=0,FALSE()),TRUE())", selfhost: "=IF(ISNUMBER({monthly}),IFERROR(ROUND(INDEX({pSelf:all},1,1)-{monthly},2)=0,FALSE()),TRUE())" }, unit: "TRUE/FALSE", notes: "the projection starts from the same workload" },
            { label: "Low ≤ base ≤ high", values: numericCheck("AND({low}<={monthly},{monthly}<={high})") as Record<string, string>, unit: "TRUE/FALSE", notes: "the range brackets the base" },
            { label: "Budget option recognised", values: { budget: "=ISNUMBER({budgetIndex})" }, unit: "TRUE/FALSE", notes: "the drop-down holds one of the three options" },
          ],
        },
      ],
      projection: {
        title: `${PERIODS}-month projection`,
        periods: PERIODS,
        periodLabel: "Month",
        rows: [
          { key: "pMonth", label: "Month number", each: "={period}", format: "integer", unit: "month", notes: "for the year-1 sum" },
          { key: "pIn", label: "Input tokens", first: "={inputTokens}", each: "={pIn:prev}*(1+{growth})", format: "tokens", unit: "tokens per month", notes: "grows at the monthly growth rate" },
          { key: "pOut", label: "Output tokens, incl. reasoning", first: "={outBilled}", each: "={pOut:prev}*(1+{growth})", format: "tokens", unit: "tokens per month", notes: "grows at the monthly growth rate" },
          { key: "pReq", label: "Requests", first: "={requests}", each: "={pReq:prev}*(1+{growth})", format: "count", unit: "requests per month", notes: "grows at the monthly growth rate" },
          { key: "pApiPrice", label: "API price index", each: "=(1-ApiPriceDeclinePerYear)^(({period}-1)/{monthsPerYear})", format: "decimal", unit: "× price date", notes: "ApiPriceDeclinePerYear (Assumptions), compounded monthly" },
          { key: "pGpuPrice", label: "GPU price index", each: '=IF({gpuSource}="owned",1,(1-GpuPriceDeclinePerYear)^(({period}-1)/{monthsPerYear}))', format: "decimal", unit: "× price date", notes: "GpuPriceDeclinePerYear (Assumptions) for rented GPUs; 1 for owned ones (their price is paid)" },
          { key: "pApi", label: "API model", each: "=(LLMCOST.INFERENCE({model},{pIn},{pOut},{pReq},{pIn}*{cachedShare},{discount},{PriceDate},0,{PriceSheet})*{pApiPrice}+{runUsd:api})*{FxRate}", format: "moneyFx", unit: "{currency} per month", notes: "tokens at list prices × the API price index + people and platform" },
          { key: "pHosted", label: "Same open model, hosted", each: "=IFERROR((LLMCOST.INFERENCE({hostedId},{pIn},{pOut},{pReq},{pIn}*{cachedShare},{discount},{PriceDate},0,{PriceSheet})*{pApiPrice}+{runUsd:hosted})*{FxRate},NA())", format: "moneyFx", unit: "{currency} per month", notes: "× the API price index; #N/A (no line) where no hosted price is listed" },
          { key: "pSelf", label: "Self-hosted", each: "=IF({selfOk},(LLMCOST.SELFHOST({openModel},{gpu},{pIn},{pOut},{gpus},{gpuPrice},{utilization})+{standbyUsd})*{pGpuPrice}*{FxRate}+{runUsd:selfhost}*{FxRate},NA())", format: "moneyFx", unit: "{currency} per month", notes: "GPU fleet × the GPU price index + people and platform; #N/A (no line) where the model does not fit" },
          { key: "pCheaper", label: "Self-hosting cheaper than the API model", each: '=IFERROR(IF({pSelf}<{pApi},{period},""),"")', format: "integer", unit: "month number where cheaper", notes: "the first such month is the break-even month" },
          { key: "pCumApi", label: "API model, cumulative with one-offs", first: "={oneOff:api}+{pApi}", each: "={pCumApi:prev}+{pApi}", format: "moneyFx", unit: "{currency}", notes: "set-up + every month so far" },
          { key: "pCumSelf", label: "Self-hosted, cumulative with one-offs", first: "={oneOff:selfhost}+{pSelf}", each: "={pCumSelf:prev}+{pSelf}", format: "moneyFx", unit: "{currency}", notes: "set-up and GPUs bought + every month so far; #N/A where the model does not fit" },
          { key: "pCheaperCum", label: "Self-hosting cheaper in total so far", each: '=IFERROR(IF({pCumSelf}<{pCumApi},{period},""),"")', format: "integer", unit: "month number where cheaper", notes: "the first such month is the whole-cost break-even" },
          { key: "pCheaperHosted", label: "Self-hosting cheaper than the same model hosted", each: '=IFERROR(IF({pSelf}<{pHosted},{period},""),"")', format: "integer", unit: "month number where cheaper", notes: "like with like" },
        ],
      },
      chart: { type: "Line", title: "Monthly running cost by option (see the break-even row for whether the lines cross)", over: "periods", rows: ["pApi", "pHosted", "pSelf"] },
    },
    apiVsSelfhostSimulation(),
  ],
};
