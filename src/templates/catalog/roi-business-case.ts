import { sheetText } from "../../i18n/sheet-text";
import type { TemplateSpec } from "../types";

const MCKINSEY = "Guide, Chapter 1, citing McKinsey: companies investing in generative AI report 3–15% revenue uplift and 10–20% sales ROI uplift";
const GUIDE_ROI = sheetText("guideChapter2CalculatingRoiTotal");
const ASSUMED = sheetText("assumedNoPublishedSourceReplaceWith");
const PERIODS = 36;
const MEASURES = ["Revenue uplift", "Sales ROI uplift"]; // i18n:sheets ignore: the values its formulas compare

/** Net cash flow of one scenario column in a projection month: full monthly benefit × adoption − running cost. */
const scenarioNet = (column: string) => `={monthlyBenefit:${column}}*{pRamp}-{pCost}`;
const BENEFIT = `=IF({benefitMeasure}="${MEASURES[1]}",{salesSpend}*{salesRoiUplift},{revenue}*{revenueUplift}*{margin})*{FxRate}`;
const npv = (flows: string) => `=NPV({monthlyRate},{${flows}:all})-{upfrontFx}`;

/** The guide's "first step to tech adoption": ROI of an LLM programme, with a Low/Base/High scenario switch. */
export const roiBusinessCase: TemplateSpec = {
  id: "roi-business-case",
  title: sheetText("roiBusinessCase"),
  description: sheetText("returnOnInvestmentPaybackAndNpv"),
  group: "planning",
  source: sheetText("llmEconomicsGuideChapter2Calculating"),
  choices: [{ key: "model", label: sheetText("chatModel"), list: "chatModels", default: "gpt-4.1-mini" }],
  sheets: [
    {
      name: sheetText("roiBusinessCase"),
      valueColumns: [
        { key: "value", header: sheetText("selected") },
        { key: "low", header: sheetText("low") },
        { key: "base", header: sheetText("base") },
        { key: "high", header: sheetText("high") },
      ],
      sections: [
        {
          title: sheetText("outputsMonthsInputsAndWorkingsBelow", { periods: String(PERIODS) }),
          kind: "outputs",
          rows: [
            { key: "roi", label: sheetText("returnOnInvestment"), values: { value: `=IFERROR(LLMCOST.ROI({totalBenefit},{totalCost}),"${sheetText("noCostEntered")}")` }, names: { value: "ReturnOnInvestment" }, format: "percent", unit: sheetText("ratio"), notes: sheetText("llmcostRoiBenefitCostBenefitCost") },
            { key: "payback", label: sheetText("paybackMonthTheCumulativeCashFlow"), values: { value: '=IF(COUNT({pPayback:all})=0,"never",MIN({pPayback:all}))' }, names: { value: "PaybackMonths" }, format: "months", unit: sheetText("months"), notes: sheetText("readFromTheCumulativeCashFlow", { periods: String(PERIODS) }) },
            { key: "simplePayback", label: sheetText("paybackAtFullAdoptionIgnoringThe"), values: { value: '=IFERROR(LLMCOST.PAYBACK({upfrontFx},{monthlyBenefit},{monthlyCost}),"never")' }, format: "months", unit: sheetText("months"), notes: sheetText("llmcostPaybackSetUpMonthlyBenefit") },
            { key: "npv", label: sheetText("netPresentValue"), values: { value: npv("pNet"), low: npv("pNetLow"), base: npv("pNetBase"), high: npv("pNetHigh") }, names: { value: "NetPresentValue", low: "NetPresentValue_Low", high: "NetPresentValue_High" }, format: "moneyFx", unit: "{currency}", notes: sheetText("excelSNpvOfTheMonthly") },
            { key: "totalBenefit", label: sheetText("totalBenefit"), values: { value: "=SUM({pBenefit:all})" }, format: "moneyFx", unit: "{currency}", notes: sheetText("sumOfTheProjection") },
            { key: "totalCost", label: sheetText("totalCostSetUpRunning"), values: { value: "={upfrontFx}+SUM({pCost:all})" }, format: "moneyFx", unit: "{currency}", notes: GUIDE_ROI },
          ],
        },
        {
          title: sheetText("inputsScenarioSwitch"),
          kind: "inputs",
          rows: [
            { key: "scenario", label: sheetText("scenario"), values: { value: "Base" }, validation: "scenarios", format: "text", unit: "Low / Base / High", notes: sheetText("dropDownPicksTheLowBase") },
            { key: "scenarioNames", label: sheetText("scenarioLabels"), values: { low: "Low", base: "Base", high: "High" }, format: "text", unit: sheetText("labels"), notes: sheetText("theSwitchMatchesTheseLabels") },
          ],
        },
        {
          title: sheetText("inputsBenefitOneMeasureSoThat"),
          kind: "inputs",
          rows: [
            { key: "benefitMeasure", label: sheetText("benefitMeasuredAs"), values: { value: MEASURES[0] }, validation: MEASURES, format: "text", unit: sheetText("measure"), notes: sheetText("dropDownBothMckinseyFiguresMeasure") },
            { key: "revenue", label: sheetText("annualRevenueInScope"), values: { value: 10_000_000 }, format: "money", unit: sheetText("usdPerYear"), notes: sheetText("revenueTheUseCasesCanInfluence", { assumed: ASSUMED }) },
            { key: "revenueUplift", label: sheetText("revenueUplift"), values: { value: "=CHOOSE({scenarioIndex},{revenueUplift:low},{revenueUplift:base},{revenueUplift:high})", low: 0.03, base: 0.09, high: 0.15 }, format: "percent", unit: sheetText("ofRevenue"), notes: `${MCKINSEY}; base = midpoint` },
            { key: "margin", label: sheetText("contributionMarginOnExtraRevenue"), values: { value: 0.3 }, format: "percent", unit: sheetText("ofRevenue"), notes: sheetText("theGuideSNetProfitFrom", { assumed: ASSUMED }) },
            { key: "salesSpend", label: sheetText("annualSalesMarketingSpendInScope"), values: { value: 2_000_000 }, format: "money", unit: sheetText("usdPerYear"), notes: sheetText("usedOnlyWhenTheBenefitIs", { assumed: ASSUMED }) },
            { key: "salesRoiUplift", label: sheetText("salesRoiUpliftExtraProfitPer"), values: { value: "=CHOOSE({scenarioIndex},{salesRoiUplift:low},{salesRoiUplift:base},{salesRoiUplift:high})", low: 0.1, base: 0.15, high: 0.2 }, format: "percent", unit: sheetText("ofSpend"), notes: `${MCKINSEY}; base = midpoint` },
            { key: "ramp", label: sheetText("monthsToFullBenefit"), values: { value: 6 }, names: { value: "RampMonths" }, format: "count", unit: sheetText("months"), notes: sheetText("linearAdoptionRampTheGuideValidate", { assumed: ASSUMED }) },
          ],
        },
        {
          title: sheetText("inputsCostsAsTheGuideDefines"),
          kind: "inputs",
          rows: [
            { key: "upfront", label: sheetText("setUpAcquisitionAndIntegrationOne"), values: { value: 150_000 }, format: "money", unit: sheetText("usdOneOff"), notes: `${ASSUMED}. ${GUIDE_ROI}` },
            { key: "maintenance", label: sheetText("operationsAndMaintenance"), values: { value: 5_000 }, format: "money", unit: sheetText("usdPerMonth"), notes: sheetText("monitoringEvaluationPromptAndModelUpkeep", { assumed: ASSUMED }) },
            { key: "training", label: sheetText("staffTraining"), values: { value: 3_000 }, format: "money", unit: sheetText("usdPerMonth"), notes: sheetText("theGuideCountsStaffTrainingAs", { assumed: ASSUMED }) },
            { key: "model", label: sheetText("model"), values: { value: { choice: "model" } }, unit: sheetText("modelId"), notes: sheetText("catalogListPricesOnThePrice2") },
            { key: "inputTokens", label: sheetText("inputTokensPerMonth"), values: { value: 300_000_000 }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("allUseCasesTogether", { assumed: ASSUMED }) },
            { key: "outputTokens", label: sheetText("outputTokensPerMonth2"), values: { value: 100_000_000 }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: ASSUMED },
            { key: "requests", label: sheetText("requestsPerMonth"), values: { value: 500_000 }, format: "count", unit: sheetText("requestsPerMonth2"), notes: ASSUMED },
            { key: "cachedShare", label: sheetText("cachedShareOfInputTokens"), values: { value: 0 }, format: "percent", unit: sheetText("share"), notes: sheetText("default0NoPromptCaching") },
            { key: "discount", label: sheetText("batchNegotiatedDiscount"), values: { value: 0 }, format: "percent", unit: sheetText("share"), notes: sheetText("default0ListPrices") },
            { key: "discountRate", label: sheetText("discountRateAnnual"), values: { value: 0.1 }, format: "percent", unit: sheetText("perYear"), notes: sheetText("yourCostOfCapital2", { assumed: ASSUMED }) },
          ],
        },
        {
          title: sheetText("calculations"),
          kind: "calculations",
          rows: [
            { key: "scenarioIndex", label: sheetText("scenarioNumber"), values: { value: "=MATCH({scenario},{scenarioNames:low}:{scenarioNames:high},0)" }, format: "integer", unit: "1 = Low … 3 = High", notes: sheetText("positionOfTheChosenScenario") },
            { key: "monthsPerYear", label: sheetText("monthsPerYearConstant"), kind: "constant", values: { value: 12 }, format: "integer", unit: sheetText("months"), notes: sheetText("universalConstant2") },
            { key: "annualBenefit", label: sheetText("annualBenefitAtFullAdoption"), values: { value: BENEFIT, low: BENEFIT, base: BENEFIT, high: BENEFIT }, format: "moneyFx", unit: sheetText("currencyPerYear"), notes: sheetText("theChosenMeasureOnlyRevenueUplift") },
            { key: "otherBenefit", label: sheetText("byTheOtherMeasureCrossCheck"), values: { value: `=IF({benefitMeasure}="${MEASURES[1]}",{revenue}*{revenueUplift}*{margin},{salesSpend}*{salesRoiUplift})*{FxRate}` }, format: "moneyFx", unit: sheetText("currencyPerYear"), notes: sheetText("theSameEffectMeasuredTheOther") },
            { key: "monthlyBenefit", label: sheetText("monthlyBenefitAtFullAdoption"), values: { value: "={annualBenefit}/{monthsPerYear}", low: "={annualBenefit}/{monthsPerYear}", base: "={annualBenefit}/{monthsPerYear}", high: "={annualBenefit}/{monthsPerYear}" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("annual12") },
            { key: "apiMonthly", label: sheetText("modelApiCostPerMonth"), values: { value: "=LLMCOST.INFERENCE({model},{inputTokens},{outputTokens},{requests},{inputTokens}*{cachedShare},{discount},{PriceDate},0,{PriceSheet})*{FxRate}" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("llmcostInferenceModelInputOutputRequests") },
            { key: "monthlyCost", label: sheetText("monthlyRunningCost"), values: { value: "={apiMonthly}+({maintenance}+{training})*{FxRate}" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("apiMaintenanceStaffTraining") },
            { key: "upfrontFx", label: sheetText("oneOffSetUp"), values: { value: "={upfront}*{FxRate}" }, format: "moneyFx", unit: "{currency}", notes: sheetText("inTheOutputCurrency") },
            { key: "monthlyRate", label: sheetText("monthlyDiscountRate"), values: { value: "=(1+{discountRate})^(1/{monthsPerYear})-1" }, format: "percent", unit: sheetText("perMonth"), notes: sheetText("t1Annual1121") },
          ],
        },
        {
          title: sheetText("checks"),
          kind: "checks",
          rows: [
            { label: sheetText("scenarioRecognised"), values: { value: "=ISNUMBER({scenarioIndex})" }, unit: "TRUE/FALSE", notes: sheetText("theSwitchHoldsLowBaseOr2") },
            { label: sheetText("benefitMeasureRecognised"), values: { value: `=OR({benefitMeasure}="${MEASURES[0]}",{benefitMeasure}="${MEASURES[1]}")` }, unit: "TRUE/FALSE", notes: sheetText("oneOfTheTwoMeasures") },
            { label: sheetText("cumulativeCashEndsAtBenefitCost"), values: { value: "=IFERROR(ROUND(INDEX({pCum:all},1,COLUMNS({pCum:all}))-({totalBenefit}-{totalCost}),2)=0,FALSE())" }, unit: "TRUE/FALSE", notes: sheetText("projectionAndTotalsAgree") },
            { label: sheetText("paybackAgreesWithTheCumulativeCash"), values: { value: "=IFERROR(IF(ISNUMBER({payback}),INDEX({pCum:all},1,MAX(1,CEILING({payback},1)))>=0,INDEX({pCum:all},1,COLUMNS({pCum:all}))<0),FALSE())" }, unit: "TRUE/FALSE", notes: sheetText("nonNegativeInThePaybackMonth") },
            { label: sheetText("npvLowBaseHigh"), values: { value: "=IFERROR(AND({npv:low}<={npv:base},{npv:base}<={npv:high}),FALSE())" }, unit: "TRUE/FALSE", notes: sheetText("theScenariosAreOrdered") },
          ],
        },
      ],
      projection: {
        title: sheetText("monthProjectionSelectedScenarioThenThe", { periods: String(PERIODS) }),
        periods: PERIODS,
        periodLabel: sheetText("month"),
        rows: [
          { key: "pRamp", label: sheetText("adoption"), each: "=IF({ramp}<=0,1,MIN(1,{period}/{ramp}))", format: "percent", unit: sheetText("ofFullBenefit"), notes: sheetText("linearRamp0MonthsFullAdoption") },
          { key: "pBenefit", label: sheetText("benefit"), each: "={monthlyBenefit}*{pRamp}", format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("fullBenefitAdoption") },
          { key: "pCost", label: sheetText("runningCost"), each: "={monthlyCost}", format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("apiMaintenanceStaffTraining") },
          { key: "pNet", label: sheetText("netCashFlow"), each: "={pBenefit}-{pCost}", format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("benefitCost") },
          { key: "pCum", label: sheetText("cumulativeNetCashFlowAfterSet"), first: "={pNet}-{upfrontFx}", each: "={pCum:prev}+{pNet}", format: "moneyFx", unit: "{currency}", notes: sheetText("paybackWhereItTurnsNonNegative"), name: "CumulativeCashFlow" },
          { key: "pPayback", label: sheetText("paybackMonthWhereTheCumulativeTurns"), first: '=IF({pCum}>=0,IF({pCum}+{upfrontFx}>0,{period}-{pCum}/({pCum}+{upfrontFx}),{period}-1),"")', each: '=IF(AND({pCum:prev}<0,{pCum}>=0),{period}-{pCum}/({pCum}-{pCum:prev}),"")', format: "months", unit: sheetText("months"), notes: sheetText("linearInterpolationWithinTheMonthBefore") },
          { key: "pNetLow", label: sheetText("netCashFlowLow"), each: scenarioNet("low"), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("lowColumnSBenefitAdoptionCost") },
          { key: "pNetBase", label: sheetText("netCashFlowBase"), each: scenarioNet("base"), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("baseColumn") },
          { key: "pNetHigh", label: sheetText("netCashFlowHigh"), each: scenarioNet("high"), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("highColumn") },
        ],
      },
      chart: { type: "Line", title: sheetText("cumulativeNetCashFlowPaybackWhere"), over: "periods", rows: ["pCum"] },
    },
  ],
};
