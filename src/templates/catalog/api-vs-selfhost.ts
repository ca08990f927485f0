import type { TemplateSpec } from "../types";

/** The guide's build-vs-buy question: one workload through an API model and through a self-hosted open model. */
export const apiVsSelfhost: TemplateSpec = {
  id: "api-vs-selfhost",
  title: "External API vs self-hosted model",
  description: "monthly cost of one workload through an API and on rented GPUs, 24-month projection and break-even",
  group: "planning",
  source: "LLM Economics guide, Comparing external API and self-hosted models; LLMCOST API, GPU and open-model catalogs",
  choices: [
    { key: "model", label: "API model", list: "chatModels", default: "gpt-4.1-mini" },
    { key: "openModel", label: "Open model", list: "openModels", default: "llama-3.1-8b" },
    { key: "gpu", label: "GPU", list: "gpus", default: "h100-sxm" },
  ],
  sheets: [
    {
      name: "API vs self-host",
      valueColumns: [
        { key: "api", header: "API" },
        { key: "selfhost", header: "Self-hosted" },
      ],
      sections: [
        {
          title: "Inputs — workload (shared)",
          kind: "inputs",
          rows: [
            { key: "inputTokens", label: "Input tokens per month (month 1)", values: { api: 300_000_000 }, format: "tokens", unit: "tokens per month", notes: "Assumption: your workload; e.g. the guide's use cases scaled up" },
            { key: "outputTokens", label: "Output tokens per month (month 1)", values: { api: 100_000_000 }, format: "tokens", unit: "tokens per month", notes: "Assumption" },
            { key: "requests", label: "Requests per month (month 1)", values: { api: 500_000 }, format: "count", unit: "requests per month", notes: "Assumption: sets request size (long-context tiers)" },
            { key: "growth", label: "Monthly growth of the workload", values: { api: 0.1 }, format: "percent", unit: "per month", notes: "Assumption: compounding growth" },
          ],
        },
        {
          title: "Inputs — API",
          kind: "inputs",
          rows: [
            { key: "model", label: "API model", values: { api: { choice: "model" } }, unit: "model id", notes: "Catalog list prices at the price date" },
            { key: "cachedShare", label: "Cached share of input tokens", values: { api: 0 }, format: "percent", unit: "share", notes: "Assumption: no prompt caching (0%)" },
            { key: "discount", label: "Batch / negotiated discount", values: { api: 0 }, format: "percent", unit: "share", notes: "Assumption: list prices (0%)" },
          ],
        },
        {
          title: "Inputs — self-hosting",
          kind: "inputs",
          rows: [
            { key: "openModel", label: "Open model", values: { selfhost: { choice: "openModel" } }, unit: "model id", notes: "src/data/open-models.json" },
            { key: "gpu", label: "GPU", values: { selfhost: { choice: "gpu" } }, unit: "GPU id", notes: "src/data/gpus.json" },
            { key: "utilization", label: "Utilization of the GPUs", values: { selfhost: 0.6 }, format: "percent", unit: "share", notes: "Assumption: 60% average load (decimal, not 60)" },
            { key: "gpus", label: "GPUs per replica", kind: "calc", values: { selfhost: "=LLMCOST.GPUCOUNT({openModel},{gpu})" }, format: "count", unit: "GPUs", notes: "Formula: =LLMCOST.GPUCOUNT(model, gpu): fewest GPUs that hold the weights and KV cache; overwrite to plan more" },
            { key: "gpuPrice", label: "GPU price", kind: "calc", values: { selfhost: "=LLMCOST.GPUPRICE({gpu})" }, format: "money", unit: "USD per GPU-hour", notes: "Formula: =LLMCOST.GPUPRICE(gpu): catalog on-demand rate; overwrite with a negotiated rate" },
          ],
        },
        {
          title: "Calculations",
          kind: "calculations",
          rows: [
            { key: "cachedTokens", label: "Cached input tokens per month", values: { api: "={inputTokens}*{cachedShare}" }, format: "tokens", unit: "tokens per month", notes: "input × cached share" },
            { key: "ioRatio", label: "Input : output ratio", values: { api: "={inputTokens}/{outputTokens}" }, format: "decimal", unit: "input per output token", notes: "passed to BREAKEVEN" },
            { key: "throughput", label: "Throughput per replica", values: { selfhost: "=LLMCOST.THROUGHPUT({openModel},{gpu},{gpus})" }, format: "count", unit: "output tokens per second", notes: "Formula: =LLMCOST.THROUGHPUT(model, gpu, gpus)" },
          ],
        },
        {
          title: "Outputs",
          kind: "outputs",
          rows: [
            {
              key: "monthly",
              label: "Monthly cost (month 1)",
              values: {
                api: "=LLMCOST.INFERENCE({model},{inputTokens},{outputTokens},{requests},{cachedTokens},{discount},{PriceDate})*{FxRate}",
                selfhost: "=LLMCOST.SELFHOST({openModel},{gpu},{inputTokens},{outputTokens},{gpus},{gpuPrice},{utilization})*{FxRate}",
              },
              names: { api: "ApiMonthlyCost", selfhost: "SelfHostMonthlyCost" },
              format: "moneyFx",
              unit: "{currency} per month",
              notes: "API: =LLMCOST.INFERENCE(…). Self-hosted: =LLMCOST.SELFHOST(model, gpu, input, output, gpus, USD/GPU-hour, utilization)",
            },
            {
              key: "breakEven",
              label: "Break-even output tokens per month",
              values: { selfhost: "=LLMCOST.BREAKEVEN({model},{openModel},{gpu},{ioRatio},{gpus},{gpuPrice},{utilization},{PriceDate})" },
              names: { selfhost: "BreakEvenTokens" },
              format: "tokens",
              unit: "output tokens per month",
              notes: "Formula: =LLMCOST.BREAKEVEN(api model, open model, gpu, ratio, gpus, price, utilization, price date): above this volume self-hosting is cheaper (API at list prices on the price date)",
            },
            { key: "cum24", label: "Cumulative cost over the projection", values: { api: "=SUM({apiCost:all})", selfhost: "=SUM({selfCost:all})" }, format: "moneyFx", unit: "{currency}", notes: "sum of the monthly projection below" },
          ],
        },
        {
          title: "Checks",
          kind: "checks",
          rows: [
            { label: "Costs are not negative", values: { api: "={monthly}>=0", selfhost: "={monthly}>=0" }, unit: "TRUE/FALSE", notes: "monthly cost ≥ 0" },
            { label: "Projection month 1 equals the outputs", values: { api: "=ROUND(INDEX({apiCost:all},1,1)-{monthly},2)=0", selfhost: "=ROUND(INDEX({selfCost:all},1,1)-{monthly},2)=0" }, unit: "TRUE/FALSE", notes: "the projection starts from the same workload" },
          ],
        },
      ],
      projection: {
        title: "24-month projection",
        periods: 24,
        periodLabel: "Month",
        rows: [
          { key: "pIn", label: "Input tokens", first: "={inputTokens}", each: "={pIn:prev}*(1+{growth})", format: "tokens", unit: "tokens per month", notes: "grows at the monthly growth rate" },
          { key: "pOut", label: "Output tokens", first: "={outputTokens}", each: "={pOut:prev}*(1+{growth})", format: "tokens", unit: "tokens per month", notes: "grows at the monthly growth rate" },
          { key: "pReq", label: "Requests", first: "={requests}", each: "={pReq:prev}*(1+{growth})", format: "count", unit: "requests per month", notes: "grows at the monthly growth rate" },
          { key: "apiCost", label: "API cost", each: "=LLMCOST.INFERENCE({model},{pIn},{pOut},{pReq},{pIn}*{cachedShare},{discount},{PriceDate})*{FxRate}", format: "moneyFx", unit: "{currency} per month", notes: "API list prices at the price date" },
          { key: "selfCost", label: "Self-hosted cost", each: "=LLMCOST.SELFHOST({openModel},{gpu},{pIn},{pOut},{gpus},{gpuPrice},{utilization})*{FxRate}", format: "moneyFx", unit: "{currency} per month", notes: "GPU-hours needed for the month's tokens" },
          { key: "saving", label: "Saving from self-hosting", each: "={apiCost}-{selfCost}", format: "moneyFx", unit: "{currency} per month", notes: "positive: self-hosting is cheaper" },
        ],
      },
      chart: { type: "Line", title: "API vs self-hosted monthly cost (break-even where the lines cross)", over: "periods", rows: ["apiCost", "selfCost"] },
    },
  ],
};
