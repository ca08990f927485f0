import { accountingSections } from "../blocks/accounting";
import type { CellContent, ProjectionRowSpec, RowSpec, SectionSpec, TemplateSpec } from "../types";
import { complaintRedressal } from "./complaint-redressal";
import { embeddingRetrieval } from "./embedding-retrieval";
import { ACQUISITION_SHEET, WIN_BACK_SHEET } from "./martech-lifecycle";
import { sentimentAnalysis } from "./sentiment-analysis";

const MCKINSEY = "Guide, Chapter 1, citing McKinsey: companies investing in generative AI report 3–15% revenue uplift and 10–20% sales ROI uplift";
const GUIDE_ROI = "Guide, Chapter 2 (Calculating ROI): total cost = initial set-up (acquisition, integration) + operating costs (maintenance, staff training)";
const ASSUMED = "Assumed (no published source; replace with your own)";
const PERIODS = 36;
const MEASURES = ["Revenue uplift", "Sales ROI uplift"];
const SCENARIOS = ["low", "base", "high"] as const;

/**
 * The guide's "first step to tech adoption": ROI, payback, NPV and IRR of an LLM programme over 36 months (issue 22).
 * Its costs are the budget blocks of the use-case sheets in the workbook (whole cost, converted to this sheet's rate),
 * else its own inputs (the sheet says which). Low / Base / High are the business case's downside, base and upside:
 * benefit AND cost move (Low: low benefit with the sheets' high-cost case and the high contingency). The model's token
 * cost follows adoption; the rest runs from month 1. The accounting view (blocks/accounting.ts) shows P&L beside cash.
 */

/** The use-case sheets whose budget names the business case reads. */
const LINKED = [
  { key: "lAcq", sheet: ACQUISITION_SHEET },
  { key: "lCmp", sheet: complaintRedressal.sheets[0].name },
  { key: "lSnt", sheet: sentimentAnalysis.sheets[0].name },
  { key: "lEmb", sheet: embeddingRetrieval.sheets[0].name },
  { key: "lWin", sheet: WIN_BACK_SHEET },
];
const firstL = LINKED[0].key;
const lastL = LINKED[LINKED.length - 1].key;
const LINKED_COUNT = `COUNTIF({${firstL}S:base}:{${lastL}S:base},"linked*")`;

/** A linked budget figure converted to this sheet's currency; 0 when the sheet is not in the workbook. */
const linkCost = (sheet: string, key: string, name: string): CellContent => ({ link: { sheet, name }, found: `=IF(ISNUMBER({link}),{link}*{FxRate}/{${key}S:low},{link})`, missing: "=0" });

function linkedCostRow(l: (typeof LINKED)[number]): RowSpec {
  return {
    key: `${l.key}C`,
    label: l.sheet,
    kind: "calc",
    values: { value: linkCost(l.sheet, l.key, "OneOffCost_Catalog"), low: linkCost(l.sheet, l.key, "MonthlyCost_High"), base: linkCost(l.sheet, l.key, "MonthlyCost_Catalog"), high: linkCost(l.sheet, l.key, "MonthlyCost_Low") },
    format: "moneyFx",
    unit: "{currency}",
    notes: "OneOffCost_Catalog | MonthlyCost_High | MonthlyCost_Catalog | MonthlyCost_Low of that sheet (whole cost, green when linked; 0 when absent)",
  };
}

function linkedSourceRow(l: (typeof LINKED)[number]): RowSpec {
  return {
    key: `${l.key}S`,
    label: l.sheet,
    kind: "calc",
    values: {
      value: linkCost(l.sheet, l.key, "MonthlyTokenCost_Catalog"),
      low: { link: { sheet: l.sheet, name: "FxRate" }, missing: "={FxRate}" },
      base: { link: { sheet: l.sheet, name: "MonthlyCost_Catalog" }, found: '="linked: {linkSheet}"', missing: '="not in the workbook"' },
    },
    format: { value: "moneyFx", low: "decimal", base: "text" },
    unit: "{currency} per month (the model alone); its USD rate; source",
    notes: "MonthlyTokenCost_Catalog (the model alone) and FxRate of that sheet",
  };
}

/** A row with the Selected column following the scenario switch and one formula per scenario column. */
const scenarioRow = (key: string, label: string, formula: (col: string) => string, format: RowSpec["format"], unit: string, notes: string): RowSpec => ({
  key,
  label,
  values: { value: `=CHOOSE({scenarioIndex},{${key}:low},{${key}:base},{${key}:high})`, ...Object.fromEntries(SCENARIOS.map((c) => [c, formula(c)])) },
  format,
  unit,
  notes,
});

const BENEFIT = `=IF({benefitMeasure}="${MEASURES[1]}",{salesSpend}*{salesRoiUplift},{revenue}*{revenueUplift}*{margin})*{FxRate}`;
const npv = (flows: string, column: string) => `=IFERROR(NPV({monthlyRate},{${flows}:all})-{upfrontUsed:${column}},"n/a: see the cost rows")`;
const irr = (rows: string) => `=IFERROR((1+IRR({${rows}A:all2}))^{monthsPerYear}-1,"n/a: no rate of return")`;
const scenarioNet = (column: string, cost: string) => `={monthlyBenefit:${column}}*{pRamp}-{${cost}}`;
const costEach = (column: string) => `=({fixedUsed:${column}}*{pWage}+{tokensUsed}*{pRamp}*{pApiIndex})*(1+{contingency:${column}})`;

/** IRR reads two rows: month 0 (the set-up) and months 1–35 in the first, month 36 alone in the second (text is skipped). */
const IRR_LABEL: Record<string, string> = { value: "selected", low: "Low", base: "Base", high: "High" };
function irrRows(key: string, net: string, column: string): ProjectionRowSpec[] {
  return [
    { key: `${key}A`, label: `Cash flows for IRR, ${IRR_LABEL[column]}: month 0, then months 1–35`, first: `=-{upfrontUsed:${column}}`, each: `={${net}:prev}`, format: "moneyFx", unit: "{currency}", notes: "shifted one month: the set-up is paid at month 0" },
    { key: `${key}B`, label: `… and month 36, ${IRR_LABEL[column]}`, first: `=INDEX({${net}:all},1,COLUMNS({${net}:all}))`, each: '=""', format: "moneyFx", unit: "{currency}", notes: "IRR reads the two rows in order and skips the blanks" },
  ];
}

const accounting = accountingSections({
  years: ["low", "base", "high"],
  lines: [
    { key: "setup", label: "Set-up and integration (with contingency)", kind: "development", cash: ["={upfrontUsed:value}", 0, 0], notes: "The one-off used above, spent in year 1." },
    { key: "running", label: "Running cost: model API, people, operations (with contingency)", kind: "running", cash: ["=SUMIF({pYear:all},1,{pCost:all})", "=SUMIF({pYear:all},2,{pCost:all})", "=SUMIF({pYear:all},3,{pCost:all})"], notes: "The projection's running cost of each year (selected scenario)." },
  ],
}).map((section): SectionSpec => (section.headers ? { ...section, headers: { ...section.headers, value: "" } } : section));

/** The guide's "first step to tech adoption": ROI of an LLM programme, with a Low/Base/High scenario switch. */
export const roiBusinessCase: TemplateSpec = {
  id: "roi-business-case",
  title: "ROI business case",
  description: "return on investment, payback, NPV and IRR of an LLM programme over 36 months, by scenario, with its P&L beside cash",
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
            { key: "roi", label: "Return on investment", values: { value: '=IFERROR(LLMCOST.ROI({totalBenefit},{totalCost}),"n/a: no cost")' }, names: { value: "ReturnOnInvestment" }, format: "percent", unit: "ratio", notes: "LLMCOST.ROI(benefit, cost) = (benefit − cost) ÷ cost, the guide's formula" },
            { key: "payback", label: "Payback: month the cumulative cash flow turns non-negative", values: { value: '=IF(COUNT({pPayback:all})=0,"never",MIN({pPayback:all}))' }, names: { value: "PaybackMonths" }, format: "months", unit: "months", notes: `read from the cumulative cash-flow row below (CumulativeCashFlow), interpolated within the month, with the adoption ramp; never: not within ${PERIODS} months` },
            { key: "simplePayback", label: "Payback at full adoption, ignoring the ramp (for comparison)", values: { value: '=IFERROR(LLMCOST.PAYBACK({upfrontUsed},{monthlyBenefit},{monthlyCost}),"never")' }, format: "months", unit: "months", notes: "LLMCOST.PAYBACK(set-up, monthly benefit, monthly cost): shorter than the payback above whenever adoption ramps up" },
            { key: "npv", label: "Net present value", values: { value: npv("pNet", "value"), low: npv("pNetLow", "low"), base: npv("pNetBase", "base"), high: npv("pNetHigh", "high") }, names: { value: "NetPresentValue", low: "NetPresentValue_Low", high: "NetPresentValue_High" }, format: "moneyFx", unit: "{currency}", notes: "Excel's NPV of the monthly net cash flows at DiscountRate (Assumptions), less the set-up paid today; Low (downside), Base and High (upside) side by side" },
            { key: "irr", label: "Internal rate of return (annual)", values: { value: irr("iSel"), low: irr("iLow"), base: irr("iBase"), high: irr("iHigh") }, names: { value: "InternalRateOfReturn", low: "InternalRateOfReturn_Low", high: "InternalRateOfReturn_High" }, format: "percent", unit: "per year", notes: "Excel's IRR of the set-up (month 0) and the 36 monthly net cash flows, compounded to a year; n/a where the flows never change sign" },
            { key: "totalBenefit", label: "Total benefit", values: { value: "=SUM({pBenefit:all})" }, format: "moneyFx", unit: "{currency}", notes: "sum of the projection" },
            { key: "totalCost", label: "Total cost (set-up + running, with contingency)", values: { value: '=IFERROR({upfrontUsed}+SUM({pCost:all}),"n/a: see the cost rows")' }, format: "moneyFx", unit: "{currency}", notes: GUIDE_ROI },
            { key: "costsFrom", label: "Costs read from", values: { value: `=IF(${LINKED_COUNT}>0,"the use-case sheets in the workbook ("&${LINKED_COUNT}&")","own inputs below (no use-case sheet in the workbook)")` }, format: "text", unit: "source", notes: "insert the use-case sheets first, then this one, to read their budget blocks" },
          ],
        },
        {
          title: "Inputs — scenario switch",
          kind: "inputs",
          rows: [
            { key: "scenario", label: "Scenario", values: { value: "Base" }, validation: "scenarios", format: "text", unit: "Low / Base / High", notes: "Drop-down: picks the Low (downside), Base or High (upside) column for the benefit and the cost" },
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
            { key: "ramp", label: "Months to full benefit", values: { value: 6 }, names: { value: "RampMonths" }, format: "count", unit: "months", notes: `${ASSUMED}: linear adoption ramp (the guide: validate with the business before scaling); 0 = full adoption from month 1` },
          ],
        },
        {
          title: "Costs from the use-case sheets in the workbook (whole cost, this sheet's currency)",
          kind: "calculations",
          headers: { label: "Sheet", value: "One-off", low: "Monthly, high-cost case", base: "Monthly (Scenario switch)", high: "Monthly, low-cost case" },
          rows: LINKED.map(linkedCostRow),
        },
        {
          title: "… their model cost, rate and source",
          kind: "calculations",
          headers: { label: "Sheet", value: "Model only, monthly", low: "Its USD rate", base: "Source", high: "" },
          rows: LINKED.map(linkedSourceRow),
        },
        {
          title: "Inputs — own costs, as the guide defines them (used when no use-case sheet is in the workbook)",
          kind: "inputs",
          rows: [
            { key: "upfront", label: "Set-up: acquisition and integration (one-off)", values: { value: 150_000 }, format: "money", unit: "USD, one-off", notes: `${ASSUMED}. ${GUIDE_ROI}` },
            { key: "maintenance", label: "Operations and maintenance", values: { value: 5_000 }, format: "money", unit: "USD per month", notes: `${ASSUMED}: monitoring, evaluation, prompt and model upkeep (guide: ongoing maintenance)` },
            { key: "training", label: "Staff training", values: { value: 3_000 }, format: "money", unit: "USD per month", notes: `${ASSUMED}: the guide counts staff training as an operating (recurring) cost` },
            { key: "model", label: "Model", values: { value: { choice: "model" } }, unit: "model id", notes: "Catalog list prices on the price date" },
            { key: "inputTokens", label: "Input tokens per month", values: { value: 300_000_000 }, format: "tokens", unit: "tokens per month", notes: `${ASSUMED}: all use cases together, at full adoption` },
            { key: "outputTokens", label: "Output tokens per month", values: { value: 100_000_000 }, format: "tokens", unit: "tokens per month", notes: ASSUMED },
            { key: "requests", label: "Requests per month", values: { value: 500_000 }, format: "count", unit: "requests per month", notes: ASSUMED },
            { key: "cachedShare", label: "Cached share of input tokens", values: { value: 0 }, format: "percent", unit: "share", notes: "Default 0: no prompt caching" },
            { key: "discount", label: "Batch / negotiated discount", values: { value: 0 }, format: "percent", unit: "share", notes: "Default 0: list prices" },
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
            { key: "apiMonthly", label: "Own inputs: model API cost per month", values: { value: "=LLMCOST.INFERENCE({model},{inputTokens},{outputTokens},{requests},{inputTokens}*{cachedShare},{discount},{PriceDate},0,{PriceSheet})*{FxRate}" }, format: "moneyFx", unit: "{currency} per month", notes: "LLMCOST.INFERENCE(model, input, output, requests, cached, discount, date), at full adoption" },
            { key: "ownFactor", label: "Own inputs: running cost by scenario, × Base", values: { low: "=LoadedCostPerFteMonth_High/LoadedCostPerFteMonth_Base", base: "=1", high: "=LoadedCostPerFteMonth_Low/LoadedCostPerFteMonth_Base" }, format: "decimal", unit: "× base", notes: "the loaded cost of an engineer's range (Assumptions): maintenance and training are people's work" },
            { key: "linkedCount", label: "Use-case sheets read", values: { value: `=${LINKED_COUNT}` }, format: "count", unit: "sheets", notes: "sheets above whose budget names are linked" },
            { key: "tokensUsed", label: "Model cost per month at full adoption (follows adoption)", values: { value: `=IF({linkedCount}>0,SUM({${firstL}S:value}:{${lastL}S:value}),{apiMonthly})` }, format: "moneyFx", unit: "{currency} per month", notes: "the linked sheets' MonthlyTokenCost_Catalog, else the own inputs' API cost" },
            scenarioRow("wholeUsed", "Whole running cost per month at full adoption", (c) => `=IF({linkedCount}>0,SUM({${firstL}C:${c}}:{${lastL}C:${c}}),({maintenance}+{training})*{FxRate}*{ownFactor:${c}}+{apiMonthly})`, "moneyFx", "{currency} per month", "the linked sheets' monthly whole cost (Low: their high-cost case), else maintenance + training + API"),
            scenarioRow("fixedUsed", "… of which not following adoption", (c) => `={wholeUsed:${c}}-{tokensUsed}`, "moneyFx", "{currency} per month", "people, review, platform, operations: from month 1"),
            scenarioRow("contingency", "Contingency", (c) => `=${c === "low" ? "Contingency_High" : c === "high" ? "Contingency_Low" : "Contingency"}`, "percent", "share of cost", "Contingency (Assumptions): the high case on the downside, the low case on the upside, the selected value on Base"),
            scenarioRow("upfrontUsed", "One-off set-up with contingency", (c) => `=IF({linkedCount}>0,SUM({${firstL}C:value}:{${lastL}C:value}),{upfront}*{FxRate})*(1+{contingency:${c}})`, "moneyFx", "{currency}", "the linked sheets' OneOffCost_Catalog, else the own set-up, × (1 + contingency)"),
            scenarioRow("monthlyCost", "Running cost per month at full adoption, with contingency", (c) => `=({fixedUsed:${c}}+{tokensUsed})*(1+{contingency:${c}})`, "moneyFx", "{currency} per month", "(fixed + model) × (1 + contingency)"),
            { key: "monthlyRate", label: "Monthly discount rate", values: { value: "=(1+DiscountRate)^(1/{monthsPerYear})-1" }, format: "percent", unit: "per month", notes: "DiscountRate (Assumptions): (1 + annual)^(1/12) − 1" },
          ],
        },
        ...accounting,
        {
          title: "Checks",
          kind: "checks",
          rows: [
            { label: "Scenario recognised", values: { value: "=ISNUMBER({scenarioIndex})" }, unit: "TRUE/FALSE", notes: "the switch holds Low, Base or High" },
            { label: "Benefit measure recognised", values: { value: `=OR({benefitMeasure}="${MEASURES[0]}",{benefitMeasure}="${MEASURES[1]}")` }, unit: "TRUE/FALSE", notes: "one of the two measures" },
            { label: "Every linked cost is a number", values: { value: `=IFERROR(COUNT({${firstL}C:value}:{${lastL}C:high},{${firstL}S:value}:{${lastL}S:value})=${LINKED.length * 5},FALSE())` }, unit: "TRUE/FALSE", notes: "FALSE: a linked sheet shows n/a (a model not priced, or a self-hosted model that does not fit)" },
            { label: "Cumulative cash ends at benefit − cost", values: { value: "=IFERROR(ROUND(INDEX({pCum:all},1,COLUMNS({pCum:all}))-({totalBenefit}-{totalCost}),2)=0,FALSE())" }, unit: "TRUE/FALSE", notes: "projection and totals agree" },
            { label: "Payback agrees with the cumulative cash flow", values: { value: "=IFERROR(IF(ISNUMBER({payback}),INDEX({pCum:all},1,MAX(1,CEILING({payback},1)))>=0,INDEX({pCum:all},1,COLUMNS({pCum:all}))<0),FALSE())" }, unit: "TRUE/FALSE", notes: "non-negative in the payback month; still negative at the end when never" },
            { label: "NPV Low ≤ Base ≤ High", values: { value: "=IFERROR(AND({npv:low}<={npv:base},{npv:base}<={npv:high}),FALSE())" }, unit: "TRUE/FALSE", notes: "the scenarios are ordered" },
            { label: "Accounting cash = the projection's cost", values: { value: "=IFERROR(ABS({accCash:low}+{accCash:base}+{accCash:high}-{totalCost})<=0.000001*MAX(1,{totalCost}),FALSE())" }, unit: "TRUE/FALSE", notes: "the accounting view's cash over 3 years is the total cost above" },
          ],
        },
      ],
      projection: {
        title: `${PERIODS}-month projection (selected scenario, then the three scenarios' net cash flows)`,
        periods: PERIODS,
        periodLabel: "Month",
        rows: [
          { key: "pYear", label: "Year", each: "=ROUNDUP({period}/{monthsPerYear},0)", format: "integer", unit: "year", notes: "month ÷ 12, rounded up" },
          { key: "pRamp", label: "Adoption", each: "=IF({ramp}<=0,1,MIN(1,{period}/{ramp}))", format: "percent", unit: "of full benefit", notes: "linear ramp; 0 months: full adoption from month 1" },
          { key: "pApiIndex", label: "API price index", each: "=(1-ApiPriceDeclinePerYear)^(({period}-1)/{monthsPerYear})", format: "decimal", unit: "× price date", notes: "ApiPriceDeclinePerYear (Assumptions), compounded monthly" },
          { key: "pWage", label: "Wage index", each: "=(1+WageInflation)^INT(({period}-1)/{monthsPerYear})", format: "decimal", unit: "× month 1", notes: "WageInflation (Assumptions), once a year" },
          { key: "pCostLow", label: "Running cost, Low (high-cost case)", each: costEach("low"), format: "moneyFx", unit: "{currency} per month", notes: "(fixed × wage index + model × adoption × API price index) × (1 + contingency)" },
          { key: "pCostBase", label: "Running cost, Base", each: costEach("base"), format: "moneyFx", unit: "{currency} per month", notes: "same, Base column" },
          { key: "pCostHigh", label: "Running cost, High (low-cost case)", each: costEach("high"), format: "moneyFx", unit: "{currency} per month", notes: "same, High column" },
          { key: "pBenefit", label: "Benefit", each: "={monthlyBenefit}*{pRamp}", format: "moneyFx", unit: "{currency} per month", notes: "full benefit × adoption" },
          { key: "pCost", label: "Running cost", each: "=CHOOSE({scenarioIndex},{pCostLow},{pCostBase},{pCostHigh})", format: "moneyFx", unit: "{currency} per month", notes: "the selected scenario's row above: the model follows adoption" },
          { key: "pNet", label: "Net cash flow", each: "={pBenefit}-{pCost}", format: "moneyFx", unit: "{currency} per month", notes: "benefit − cost" },
          { key: "pCum", label: "Cumulative net cash flow (after set-up)", first: "={pNet}-{upfrontUsed}", each: "={pCum:prev}+{pNet}", format: "moneyFx", unit: "{currency}", notes: "payback where it turns non-negative", name: "CumulativeCashFlow" },
          { key: "pPayback", label: "Payback month (where the cumulative turns non-negative)", first: '=IF({pCum}>=0,IF({pCum}+{upfrontUsed}>0,{period}-{pCum}/({pCum}+{upfrontUsed}),{period}-1),"")', each: '=IF(AND({pCum:prev}<0,{pCum}>=0),{period}-{pCum}/({pCum}-{pCum:prev}),"")', format: "months", unit: "months", notes: "linear interpolation within the month; before month 1 the cumulative is −set-up" },
          { key: "pNetLow", label: "Net cash flow, Low", each: scenarioNet("low", "pCostLow"), format: "moneyFx", unit: "{currency} per month", notes: "Low column's benefit × adoption − its cost" },
          { key: "pNetBase", label: "Net cash flow, Base", each: scenarioNet("base", "pCostBase"), format: "moneyFx", unit: "{currency} per month", notes: "Base column" },
          { key: "pNetHigh", label: "Net cash flow, High", each: scenarioNet("high", "pCostHigh"), format: "moneyFx", unit: "{currency} per month", notes: "High column" },
          ...irrRows("iSel", "pNet", "value"),
          ...irrRows("iLow", "pNetLow", "low"),
          ...irrRows("iBase", "pNetBase", "base"),
          ...irrRows("iHigh", "pNetHigh", "high"),
        ],
      },
      chart: { type: "Line", title: "Cumulative net cash flow (payback where it crosses zero)", over: "periods", rows: ["pCum"] },
    },
  ],
};
