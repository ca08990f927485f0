import type { TemplateSpec } from "../types";

const MCKINSEY = "Guide, Chapter 1, citing McKinsey: 3–15% revenue uplift and 10–20% sales ROI uplift";

/** The guide's "first step to tech adoption": ROI of an LLM programme, with a low/base/high scenario switch. */
export const roiBusinessCase: TemplateSpec = {
  id: "roi-business-case",
  title: "ROI business case",
  description: "return on investment, payback and NPV of an LLM programme over 36 months, by scenario",
  group: "planning",
  source: "LLM Economics guide, Chapter 2, Calculating ROI (ROI = net profit from LLM ÷ total cost); McKinsey ranges as cited",
  choices: [{ key: "model", label: "Chat model", list: "chatModels", default: "gpt-4.1-mini" }],
  sheets: [
    {
      name: "ROI business case",
      valueColumns: [
        { key: "value", header: "Selected" },
        { key: "low", header: "Low" },
        { key: "base", header: "Base" },
        { key: "high", header: "High" },
      ],
      sections: [
        {
          title: "Inputs — scenario switch",
          kind: "inputs",
          rows: [
            { key: "scenario", label: "Scenario", values: { value: "Base" }, validation: "scenarios", format: "text", unit: "Low / Base / High", notes: "Drop-down: picks the Low, Base or High column for every driver below" },
            { key: "scenarioNames", label: "Scenario labels", values: { low: "Low", base: "Base", high: "High" }, format: "text", unit: "labels", notes: "The switch matches these labels" },
          ],
        },
        {
          title: "Inputs — benefit drivers",
          kind: "inputs",
          rows: [
            { key: "revenue", label: "Annual revenue in scope", values: { value: 10_000_000 }, format: "money", unit: "USD per year", notes: "Assumption: revenue the use cases can influence" },
            { key: "revenueUplift", label: "Revenue uplift", values: { value: "=CHOOSE({scenarioIndex},{revenueUplift:low},{revenueUplift:base},{revenueUplift:high})", low: 0.03, base: 0.09, high: 0.15 }, format: "percent", unit: "of revenue", notes: `${MCKINSEY}; base = midpoint` },
            { key: "margin", label: "Contribution margin on extra revenue", values: { value: 0.3 }, format: "percent", unit: "of revenue", notes: "Assumption: profit, not revenue, is the benefit" },
            { key: "salesSpend", label: "Annual sales & marketing spend in scope", values: { value: 2_000_000 }, format: "money", unit: "USD per year", notes: "Assumption" },
            { key: "salesRoiUplift", label: "Sales ROI uplift (extra return on that spend)", values: { value: "=CHOOSE({scenarioIndex},{salesRoiUplift:low},{salesRoiUplift:base},{salesRoiUplift:high})", low: 0.1, base: 0.15, high: 0.2 }, format: "percent", unit: "of spend", notes: `${MCKINSEY}; base = midpoint` },
            { key: "ramp", label: "Months to full benefit", values: { value: 6 }, format: "count", unit: "months", notes: "Assumption: linear adoption ramp" },
          ],
        },
        {
          title: "Inputs — costs",
          kind: "inputs",
          rows: [
            { key: "upfront", label: "One-time set-up (integration, fine-tuning, change)", values: { value: 150_000 }, format: "money", unit: "USD", notes: "Assumption: guide's 'initial setup cost (acquisition and integration)'" },
            { key: "staff", label: "Monthly operations (maintenance, staff training)", values: { value: 8_000 }, format: "money", unit: "USD per month", notes: "Assumption: guide's ongoing costs" },
            { key: "model", label: "Model", values: { value: { choice: "model" } }, unit: "model id", notes: "Catalog list prices at the price date" },
            { key: "inputTokens", label: "Input tokens per month", values: { value: 300_000_000 }, format: "tokens", unit: "tokens per month", notes: "Assumption: all use cases together" },
            { key: "outputTokens", label: "Output tokens per month", values: { value: 100_000_000 }, format: "tokens", unit: "tokens per month", notes: "Assumption" },
            { key: "requests", label: "Requests per month", values: { value: 500_000 }, format: "count", unit: "requests per month", notes: "Assumption" },
            { key: "cachedShare", label: "Cached share of input tokens", values: { value: 0 }, format: "percent", unit: "share", notes: "Assumption: no prompt caching (0%)" },
            { key: "discount", label: "Batch / negotiated discount", values: { value: 0 }, format: "percent", unit: "share", notes: "Assumption: list prices (0%)" },
            { key: "discountRate", label: "Discount rate (annual)", values: { value: 0.1 }, format: "percent", unit: "per year", notes: "Assumption: your cost of capital" },
            { key: "monthsPerYear", label: "Months per year (constant)", kind: "constant", values: { value: 12 }, format: "count", unit: "months", notes: "Universal constant" },
          ],
        },
        {
          title: "Calculations",
          kind: "calculations",
          rows: [
            { key: "scenarioIndex", label: "Scenario number", values: { value: "=MATCH({scenario},{scenarioNames:low}:{scenarioNames:high},0)" }, format: "integer", unit: "1 = Low … 3 = High", notes: "position of the chosen scenario" },
            { key: "annualBenefit", label: "Annual benefit at full adoption", values: { value: "=({revenue}*{revenueUplift}*{margin}+{salesSpend}*{salesRoiUplift})*{FxRate}" }, format: "moneyFx", unit: "{currency} per year", notes: "revenue × uplift × margin + spend × sales ROI uplift" },
            { key: "monthlyBenefit", label: "Monthly benefit at full adoption", values: { value: "={annualBenefit}/{monthsPerYear}" }, format: "moneyFx", unit: "{currency} per month", notes: "annual ÷ 12" },
            { key: "apiMonthly", label: "Model API cost per month", values: { value: "=LLMCOST.INFERENCE({model},{inputTokens},{outputTokens},{requests},{inputTokens}*{cachedShare},{discount},{PriceDate})*{FxRate}" }, format: "moneyFx", unit: "{currency} per month", notes: "Formula: =LLMCOST.INFERENCE(model, input, output, requests, cached, discount, date)" },
            { key: "monthlyCost", label: "Monthly running cost", values: { value: "={apiMonthly}+{staff}*{FxRate}" }, format: "moneyFx", unit: "{currency} per month", notes: "API + operations" },
            { key: "upfrontFx", label: "One-time set-up", values: { value: "={upfront}*{FxRate}" }, format: "moneyFx", unit: "{currency}", notes: "in the output currency" },
            { key: "monthlyRate", label: "Monthly discount rate", values: { value: "=(1+{discountRate})^(1/{monthsPerYear})-1" }, format: "percent", unit: "per month", notes: "(1 + annual)^(1/12) − 1" },
          ],
        },
        {
          title: "Outputs (36 months)",
          kind: "outputs",
          rows: [
            { key: "totalBenefit", label: "Total benefit", values: { value: "=SUM({pBenefit:all})" }, format: "moneyFx", unit: "{currency}", notes: "sum of the projection" },
            { key: "totalCost", label: "Total cost (set-up + running)", values: { value: "={upfrontFx}+SUM({pCost:all})" }, format: "moneyFx", unit: "{currency}", notes: "guide: initial and ongoing costs" },
            { key: "roi", label: "Return on investment", values: { value: "=LLMCOST.ROI({totalBenefit},{totalCost})" }, names: { value: "ReturnOnInvestment" }, format: "percent", unit: "ratio", notes: "Formula: =LLMCOST.ROI(benefit, cost) = (benefit − cost) ÷ cost, the guide's formula" },
            { key: "payback", label: "Payback (at full adoption)", values: { value: "=LLMCOST.PAYBACK({upfrontFx},{monthlyBenefit},{monthlyCost})" }, names: { value: "PaybackMonths" }, format: "months", unit: "months", notes: "Formula: =LLMCOST.PAYBACK(upfront, monthly benefit, monthly cost); the ramp delays it (see cumulative row)" },
            { key: "npv", label: "Net present value", values: { value: "=NPV({monthlyRate},{pNet:all})-{upfrontFx}" }, names: { value: "NetPresentValue" }, format: "moneyFx", unit: "{currency}", notes: "Excel's NPV of the monthly net cash flows, less the set-up paid today" },
          ],
        },
        {
          title: "Checks",
          kind: "checks",
          rows: [
            { label: "Scenario recognised", values: { value: "=ISNUMBER({scenarioIndex})" }, unit: "TRUE/FALSE", notes: "the switch holds Low, Base or High" },
            { label: "Cumulative cash ends at benefit − cost", values: { value: "=ROUND(INDEX({pCum:all},1,COLUMNS({pCum:all}))-({totalBenefit}-{totalCost}),2)=0" }, unit: "TRUE/FALSE", notes: "projection and totals agree" },
          ],
        },
      ],
      projection: {
        title: "36-month projection",
        periods: 36,
        periodLabel: "Month",
        rows: [
          { key: "pRamp", label: "Adoption", each: "=MIN(1,{period}/{ramp})", format: "percent", unit: "of full benefit", notes: "linear ramp" },
          { key: "pBenefit", label: "Benefit", each: "={monthlyBenefit}*{pRamp}", format: "moneyFx", unit: "{currency} per month", notes: "full benefit × adoption" },
          { key: "pCost", label: "Running cost", each: "={monthlyCost}", format: "moneyFx", unit: "{currency} per month", notes: "API + operations" },
          { key: "pNet", label: "Net cash flow", each: "={pBenefit}-{pCost}", format: "moneyFx", unit: "{currency} per month", notes: "benefit − cost" },
          { key: "pCum", label: "Cumulative net (after set-up)", first: "={pNet}-{upfrontFx}", each: "={pCum:prev}+{pNet}", format: "moneyFx", unit: "{currency}", notes: "payback where it turns positive" },
        ],
      },
      chart: { type: "Line", title: "Cumulative net cash flow", over: "periods", rows: ["pCum"] },
    },
  ],
};
