import type { TemplateSpec } from "../types";

const MCKINSEY = "Guide, Chapter 1, citing McKinsey: companies investing in generative AI report 3–15% revenue uplift and 10–20% sales ROI uplift";
const GUIDE_ROI = "Guide, Chapter 2 (Calculating ROI): total cost = initial set-up (acquisition, integration) + operating costs (maintenance, staff training)";
const ASSUMED = "Assumed (no published source; replace with your own)";
const PERIODS = 36;
const MEASURES = ["Revenue uplift", "Sales ROI uplift"]; // i18n:sheets ignore: the values its formulas compare

/** Net cash flow of one scenario column in a projection month: full monthly benefit × adoption − running cost. */
const scenarioNet = (column: string) => `={monthlyBenefit:${column}}*{pRamp}-{pCost}`;
const BENEFIT = `=IF({benefitMeasure}="${MEASURES[1]}",{salesSpend}*{salesRoiUplift},{revenue}*{revenueUplift}*{margin})*{FxRate}`;
const npv = (flows: string) => `=NPV({monthlyRate},{${flows}:all})-{upfrontFx}`;

/** The guide's "first step to tech adoption": ROI of an LLM programme, with a Low/Base/High scenario switch. */
export const roiBusinessCase: TemplateSpec = {
  id: "roi-business-case",
  title: "ROI business case",
  description: "return on investment, payback and NPV of an LLM programme over 36 months, by scenario",
  group: "planning",
  source: "LLM Economics guide, Chapter 2, Calculating ROI (ROI = net profit from LLM ÷ total cost); McKinsey ranges as cited in Chapter 1",
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
          title: `Outputs (${PERIODS} months; inputs and workings below)`,
          kind: "outputs",
          rows: [
            { key: "roi", label: "Return on investment", values: { value: '=IFERROR(LLMCOST.ROI({totalBenefit},{totalCost}),"no cost entered")' }, names: { value: "ReturnOnInvestment" }, format: "percent", unit: "ratio", notes: "LLMCOST.ROI(benefit, cost) = (benefit − cost) ÷ cost, the guide's formula" },
            { key: "payback", label: "Payback: month the cumulative cash flow turns non-negative", values: { value: '=IF(COUNT({pPayback:all})=0,"never",MIN({pPayback:all}))' }, names: { value: "PaybackMonths" }, format: "months", unit: "months", notes: `read from the cumulative cash-flow row below (CumulativeCashFlow), interpolated within the month, with the adoption ramp; never: not within ${PERIODS} months` },
            { key: "simplePayback", label: "Payback at full adoption, ignoring the ramp (for comparison)", values: { value: '=IFERROR(LLMCOST.PAYBACK({upfrontFx},{monthlyBenefit},{monthlyCost}),"never")' }, format: "months", unit: "months", notes: "LLMCOST.PAYBACK(set-up, monthly benefit, monthly cost): shorter than the payback above whenever adoption ramps up" },
            { key: "npv", label: "Net present value", values: { value: npv("pNet"), low: npv("pNetLow"), base: npv("pNetBase"), high: npv("pNetHigh") }, names: { value: "NetPresentValue", low: "NetPresentValue_Low", high: "NetPresentValue_High" }, format: "moneyFx", unit: "{currency}", notes: "Excel's NPV of the monthly net cash flows at the monthly discount rate, less the set-up paid today; Low, Base and High side by side" },
            { key: "totalBenefit", label: "Total benefit", values: { value: "=SUM({pBenefit:all})" }, format: "moneyFx", unit: "{currency}", notes: "sum of the projection" },
            { key: "totalCost", label: "Total cost (set-up + running)", values: { value: "={upfrontFx}+SUM({pCost:all})" }, format: "moneyFx", unit: "{currency}", notes: GUIDE_ROI },
          ],
        },
        {
          title: "Inputs — scenario switch",
          kind: "inputs",
          rows: [
            { key: "scenario", label: "Scenario", values: { value: "Base" }, validation: "scenarios", format: "text", unit: "Low / Base / High", notes: "Drop-down: picks the Low, Base or High column for every driver below" },
            { key: "scenarioNames", label: "Scenario labels", values: { low: "Low", base: "Base", high: "High" }, format: "text", unit: "labels", notes: "The switch matches these labels" },
          ],
        },
        {
          title: "Inputs — benefit (one measure, so that nothing is counted twice)",
          kind: "inputs",
          rows: [
            { key: "benefitMeasure", label: "Benefit measured as", values: { value: MEASURES[0] }, validation: MEASURES, format: "text", unit: "measure", notes: "Drop-down. Both McKinsey figures measure the same sales effect (more revenue from the same selling effort); adding both would count it twice" },
            { key: "revenue", label: "Annual revenue in scope", values: { value: 10_000_000 }, format: "money", unit: "USD per year", notes: `${ASSUMED}: revenue the use cases can influence` },
            { key: "revenueUplift", label: "Revenue uplift", values: { value: "=CHOOSE({scenarioIndex},{revenueUplift:low},{revenueUplift:base},{revenueUplift:high})", low: 0.03, base: 0.09, high: 0.15 }, format: "percent", unit: "of revenue", notes: `${MCKINSEY}; base = midpoint` },
            { key: "margin", label: "Contribution margin on extra revenue", values: { value: 0.3 }, format: "percent", unit: "of revenue", notes: `${ASSUMED}: the guide's net profit from LLMs is profit, not revenue` },
            { key: "salesSpend", label: "Annual sales & marketing spend in scope", values: { value: 2_000_000 }, format: "money", unit: "USD per year", notes: `${ASSUMED}: used only when the benefit is measured as sales ROI uplift` },
            { key: "salesRoiUplift", label: "Sales ROI uplift (extra profit per unit of spend)", values: { value: "=CHOOSE({scenarioIndex},{salesRoiUplift:low},{salesRoiUplift:base},{salesRoiUplift:high})", low: 0.1, base: 0.15, high: 0.2 }, format: "percent", unit: "of spend", notes: `${MCKINSEY}; base = midpoint` },
            { key: "ramp", label: "Months to full benefit", values: { value: 6 }, names: { value: "RampMonths" }, format: "count", unit: "months", notes: `${ASSUMED}: linear adoption ramp (the guide: validate with the business before scaling)` },
          ],
        },
        {
          title: "Inputs — costs, as the guide defines them",
          kind: "inputs",
          rows: [
            { key: "upfront", label: "Set-up: acquisition and integration (one-off)", values: { value: 150_000 }, format: "money", unit: "USD, one-off", notes: `${ASSUMED}. ${GUIDE_ROI}` },
            { key: "maintenance", label: "Operations and maintenance", values: { value: 5_000 }, format: "money", unit: "USD per month", notes: `${ASSUMED}: monitoring, evaluation, prompt and model upkeep (guide: ongoing maintenance)` },
            { key: "training", label: "Staff training", values: { value: 3_000 }, format: "money", unit: "USD per month", notes: `${ASSUMED}: the guide counts staff training as an operating (recurring) cost` },
            { key: "model", label: "Model", values: { value: { choice: "model" } }, unit: "model id", notes: "Catalog list prices on the price date" },
            { key: "inputTokens", label: "Input tokens per month", values: { value: 300_000_000 }, format: "tokens", unit: "tokens per month", notes: `${ASSUMED}: all use cases together` },
            { key: "outputTokens", label: "Output tokens per month", values: { value: 100_000_000 }, format: "tokens", unit: "tokens per month", notes: ASSUMED },
            { key: "requests", label: "Requests per month", values: { value: 500_000 }, format: "count", unit: "requests per month", notes: ASSUMED },
            { key: "cachedShare", label: "Cached share of input tokens", values: { value: 0 }, format: "percent", unit: "share", notes: "Default 0: no prompt caching" },
            { key: "discount", label: "Batch / negotiated discount", values: { value: 0 }, format: "percent", unit: "share", notes: "Default 0: list prices" },
            { key: "discountRate", label: "Discount rate (annual)", values: { value: 0.1 }, format: "percent", unit: "per year", notes: `${ASSUMED}: your cost of capital` },
          ],
        },
        {
          title: "Calculations",
          kind: "calculations",
          rows: [
            { key: "scenarioIndex", label: "Scenario number", values: { value: "=MATCH({scenario},{scenarioNames:low}:{scenarioNames:high},0)" }, format: "integer", unit: "1 = Low … 3 = High", notes: "position of the chosen scenario" },
            { key: "monthsPerYear", label: "Months per year (constant)", kind: "constant", values: { value: 12 }, format: "integer", unit: "months", notes: "Universal constant" },
            { key: "annualBenefit", label: "Annual benefit at full adoption", values: { value: BENEFIT, low: BENEFIT, base: BENEFIT, high: BENEFIT }, format: "moneyFx", unit: "{currency} per year", notes: "the chosen measure only: revenue × uplift × margin, or spend × sales ROI uplift" },
            { key: "otherBenefit", label: "… by the other measure (cross-check, not added)", values: { value: `=IF({benefitMeasure}="${MEASURES[1]}",{revenue}*{revenueUplift}*{margin},{salesSpend}*{salesRoiUplift})*{FxRate}` }, format: "moneyFx", unit: "{currency} per year", notes: "the same effect measured the other way: far apart means one set of inputs is off" },
            { key: "monthlyBenefit", label: "Monthly benefit at full adoption", values: { value: "={annualBenefit}/{monthsPerYear}", low: "={annualBenefit}/{monthsPerYear}", base: "={annualBenefit}/{monthsPerYear}", high: "={annualBenefit}/{monthsPerYear}" }, format: "moneyFx", unit: "{currency} per month", notes: "annual ÷ 12" },
            { key: "apiMonthly", label: "Model API cost per month", values: { value: "=LLMCOST.INFERENCE({model},{inputTokens},{outputTokens},{requests},{inputTokens}*{cachedShare},{discount},{PriceDate},0,{PriceSheet})*{FxRate}" }, format: "moneyFx", unit: "{currency} per month", notes: "LLMCOST.INFERENCE(model, input, output, requests, cached, discount, date)" },
            { key: "monthlyCost", label: "Monthly running cost", values: { value: "={apiMonthly}+({maintenance}+{training})*{FxRate}" }, format: "moneyFx", unit: "{currency} per month", notes: "API + maintenance + staff training" },
            { key: "upfrontFx", label: "One-off set-up", values: { value: "={upfront}*{FxRate}" }, format: "moneyFx", unit: "{currency}", notes: "in the output currency" },
            { key: "monthlyRate", label: "Monthly discount rate", values: { value: "=(1+{discountRate})^(1/{monthsPerYear})-1" }, format: "percent", unit: "per month", notes: "(1 + annual)^(1/12) − 1" },
          ],
        },
        {
          title: "Checks",
          kind: "checks",
          rows: [
            { label: "Scenario recognised", values: { value: "=ISNUMBER({scenarioIndex})" }, unit: "TRUE/FALSE", notes: "the switch holds Low, Base or High" },
            { label: "Benefit measure recognised", values: { value: `=OR({benefitMeasure}="${MEASURES[0]}",{benefitMeasure}="${MEASURES[1]}")` }, unit: "TRUE/FALSE", notes: "one of the two measures" },
            { label: "Cumulative cash ends at benefit − cost", values: { value: "=IFERROR(ROUND(INDEX({pCum:all},1,COLUMNS({pCum:all}))-({totalBenefit}-{totalCost}),2)=0,FALSE())" }, unit: "TRUE/FALSE", notes: "projection and totals agree" },
            { label: "Payback agrees with the cumulative cash flow", values: { value: "=IFERROR(IF(ISNUMBER({payback}),INDEX({pCum:all},1,MAX(1,CEILING({payback},1)))>=0,INDEX({pCum:all},1,COLUMNS({pCum:all}))<0),FALSE())" }, unit: "TRUE/FALSE", notes: "non-negative in the payback month; still negative at the end when never" },
            { label: "NPV Low ≤ Base ≤ High", values: { value: "=IFERROR(AND({npv:low}<={npv:base},{npv:base}<={npv:high}),FALSE())" }, unit: "TRUE/FALSE", notes: "the scenarios are ordered" },
          ],
        },
      ],
      projection: {
        title: `${PERIODS}-month projection (selected scenario, then the three scenarios' net cash flows)`,
        periods: PERIODS,
        periodLabel: "Month",
        rows: [
          { key: "pRamp", label: "Adoption", each: "=IF({ramp}<=0,1,MIN(1,{period}/{ramp}))", format: "percent", unit: "of full benefit", notes: "linear ramp; 0 months: full adoption from month 1" },
          { key: "pBenefit", label: "Benefit", each: "={monthlyBenefit}*{pRamp}", format: "moneyFx", unit: "{currency} per month", notes: "full benefit × adoption" },
          { key: "pCost", label: "Running cost", each: "={monthlyCost}", format: "moneyFx", unit: "{currency} per month", notes: "API + maintenance + staff training" },
          { key: "pNet", label: "Net cash flow", each: "={pBenefit}-{pCost}", format: "moneyFx", unit: "{currency} per month", notes: "benefit − cost" },
          { key: "pCum", label: "Cumulative net cash flow (after set-up)", first: "={pNet}-{upfrontFx}", each: "={pCum:prev}+{pNet}", format: "moneyFx", unit: "{currency}", notes: "payback where it turns non-negative", name: "CumulativeCashFlow" },
          { key: "pPayback", label: "Payback month (where the cumulative turns non-negative)", first: '=IF({pCum}>=0,IF({pCum}+{upfrontFx}>0,{period}-{pCum}/({pCum}+{upfrontFx}),{period}-1),"")', each: '=IF(AND({pCum:prev}<0,{pCum}>=0),{period}-{pCum}/({pCum}-{pCum:prev}),"")', format: "months", unit: "months", notes: "linear interpolation within the month; before month 1 the cumulative is −set-up" },
          { key: "pNetLow", label: "Net cash flow, Low", each: scenarioNet("low"), format: "moneyFx", unit: "{currency} per month", notes: "Low column's benefit × adoption − cost" },
          { key: "pNetBase", label: "Net cash flow, Base", each: scenarioNet("base"), format: "moneyFx", unit: "{currency} per month", notes: "Base column" },
          { key: "pNetHigh", label: "Net cash flow, High", each: scenarioNet("high"), format: "moneyFx", unit: "{currency} per month", notes: "High column" },
        ],
      },
      chart: { type: "Line", title: "Cumulative net cash flow (payback where it crosses zero)", over: "periods", rows: ["pCum"] },
    },
  ],
};
