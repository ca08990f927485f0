import { sheetText } from "../../i18n/sheet-text";
import { API_PRICE_INDEX_EACH } from "../assumptions/price-index";
import { tierChecks, tierRows } from "../blocks/tiers";
import { accountingSections } from "../blocks/accounting";
import type { CellContent, ProjectionRowSpec, RowSpec, SectionSpec, TemplateSpec } from "../types";
import { complaintRedressal } from "./complaint-redressal";
import { embeddingRetrieval } from "./embedding-retrieval";
import { ACQUISITION_SHEET, WIN_BACK_SHEET } from "./martech-lifecycle";
import { sentimentAnalysis } from "./sentiment-analysis";
import { roiBusinessCaseSimulation } from "./roi-business-case-simulation";
import { agrees } from "../blocks/agree";
import { check } from "../blocks/formulas";

const GUIDE_ROI = sheetText("guideChapter2CalculatingRoiTotal");
const ASSUMED = sheetText("assumedNoPublishedSourceReplaceWith");
const PERIODS = 36;
/** The benefit's measures, in the sheet's language: the drop-down, its start value and the formulas comparing it. */
const MEASURES = [sheetText("revenueUplift"), sheetText("salesRoiUplift")];
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
/** The linked sheets, counted by the status text each shows (in the sheet's language, like the pattern). */
const LINKED_COUNT = `COUNTIF({${firstL}S:base}:{${lastL}S:base},"${sheetText("linkedToPattern")}")`;

/** A linked budget figure converted to this sheet's currency; 0 when the sheet is not in the workbook. */
const linkCost = (sheet: string, key: string, name: string): CellContent => ({ link: { sheet, name }, found: `=IF(ISNUMBER({link}),{link}*{FxRate}/{${key}S:low},{link})`, missing: "=0" });

function linkedCostRow(l: (typeof LINKED)[number]): RowSpec {
  return {
    key: `${l.key}C`,
    label: sheetText("sheetWholeCost", { sheet: l.sheet }),
    kind: "calc",
    values: { value: linkCost(l.sheet, l.key, "OneOffCost_Catalog"), low: linkCost(l.sheet, l.key, "MonthlyCost_High"), base: linkCost(l.sheet, l.key, "MonthlyCost_Catalog"), high: linkCost(l.sheet, l.key, "MonthlyCost_Low") },
    format: "moneyFx",
    unit: "{currency}",
    notes: sheetText("oneoffcostCatalogMonthlycostHighMonthlycostCatal"),
  };
}

function linkedSourceRow(l: (typeof LINKED)[number]): RowSpec {
  return {
    key: `${l.key}S`,
    label: sheetText("sheetTokenCostRateSource", { sheet: l.sheet }),
    kind: "calc",
    values: {
      value: linkCost(l.sheet, l.key, "MonthlyTokenCost_Catalog"),
      low: { link: { sheet: l.sheet, name: "FxRate" }, missing: "={FxRate}" },
      base: { link: { sheet: l.sheet, name: "MonthlyCost_Catalog" }, found: `="${sheetText("linkedTo", { sheet: "{linkSheet}" })}"`, missing: `="${sheetText("notInTheWorkbook")}"` },
    },
    format: { value: "moneyFx", low: "decimal", base: "text" },
    unit: sheetText("currencyPerMonthTheModelAlone"),
    notes: sheetText("monthlytokencostCatalogTheModelAloneAnd"),
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

const BENEFIT = `=IF({benefitMeasure}="${MEASURES[1]}",{salesSpend}*{salesRoiUplift},{revenue}*{revenueUplift}*{margin})`;
const npv = (flows: string, column: string) => `=IFERROR(NPV({monthlyRate},{${flows}:all})-{upfrontUsed:${column}},"${sheetText("nASeeTheCostRows")}")`;
const irr = (rows: string) => `=IFERROR((1+IRR({${rows}A:all2}))^{monthsPerYear}-1,"${sheetText("nANoRateOfReturn")}")`;
const scenarioNet = (column: string, cost: string) => `={monthlyBenefit:${column}}*{pRamp}-{${cost}}`;
const costEach = (column: string) => `=({fixedUsed:${column}}*{pWage}+{tokensUsed}*{pRamp}*{pApiIndex})*(1+{contingency:${column}})`;

/** IRR reads two rows: month 0 (the set-up) and months 1–35 in the first, month 36 alone in the second (text is skipped). */
function irrRows(key: string, net: string, column: string): ProjectionRowSpec[] {
  return [
    { key: `${key}A`, label: sheetText("cashFlowsForIrrMonth0", { column }), first: `=-{upfrontUsed:${column}}`, each: `={${net}:prev}`, format: "moneyFx", unit: "{currency}", notes: sheetText("shiftedOneMonthTheSetUp") },
    { key: `${key}B`, label: sheetText("andMonth36Column", { column }), first: `=INDEX({${net}:all},1,COLUMNS({${net}:all}))`, each: '=""', format: "moneyFx", unit: "{currency}", notes: sheetText("irrReadsTheTwoRowsIn") },
  ];
}

/** The Base figures the risk sheet (roi-business-case-simulation.ts) reads: the 36-month sums its three-year chain multiplies, and the total it must equal. */
const riskLinkRows: RowSpec[] = [
  { key: "wageSum", label: sheetText("wageIndexSummedOver36Months"), values: { value: "=SUM({pWage:all})" }, names: { value: "WageIndex_Sum" }, format: "decimal", unit: sheetText("monthsAtMonth1Wages"), notes: sheetText("roiWageIndexSumNotes") },
  { key: "adoptedApiSum", label: sheetText("roiAdoptedApiIndexSum"), values: { value: "=SUMPRODUCT({pRamp:all},{pApiIndex:all})" }, names: { value: "AdoptedApiIndex_Sum" }, format: "decimal", unit: sheetText("roiMonthsAtFullAdoption"), notes: sheetText("roiAdoptedApiIndexSumNotes") },
  { key: "fullBenefitYears", label: sheetText("roiFullBenefitYears"), values: { value: "=SUM({pRamp:all})/{monthsPerYear}" }, names: { value: "FullBenefitYears" }, format: "decimal", unit: sheetText("roiYearsAtFullBenefit"), notes: sheetText("roiFullBenefitYearsNotes") },
  { key: "threeYearBenefitBase", label: sheetText("roiThreeYearBenefitAtBase"), values: { value: "={annualBenefit:base}*{fullBenefitYears}" }, names: { value: "ThreeYearBenefit_Base" }, format: "moneyFx", unit: "{currency}", notes: sheetText("roiThreeYearBenefitAtBaseNotes") },
  { key: "threeYearBase", label: sheetText("roiThreeYearCostAtBase"), values: { value: "={upfrontUsed:base}+SUM({pCostBase:all})" }, names: { value: "ThreeYearCost_Base" }, format: "moneyFx", unit: "{currency}", notes: sheetText("roiThreeYearCostAtBaseNotes") },
];

const accounting = accountingSections({
  years: ["low", "base", "high"],
  lines: [
    { key: "setup", label: sheetText("setUpAndIntegrationWithContingency"), kind: "development", cash: ["={upfrontUsed:value}", 0, 0], notes: sheetText("theOneOffUsedAboveSpent") },
    { key: "running", label: sheetText("runningCostModelApiPeopleOperations"), kind: "running", cash: ["=SUMIF({pYear:all},1,{pCost:all})", "=SUMIF({pYear:all},2,{pCost:all})", "=SUMIF({pYear:all},3,{pCost:all})"], notes: sheetText("theProjectionSRunningCostOf") },
  ],
}).map((section): SectionSpec => (section.headers ? { ...section, headers: { ...section.headers, value: "" } } : section));

/** The guide's "first step to tech adoption": ROI of an LLM programme, with a Low/Base/High scenario switch. */
export const roiBusinessCase: TemplateSpec = {
  id: "roi-business-case",
  title: sheetText("roiBusinessCase"),
  description: sheetText("returnOnInvestmentPaybackNpvAnd"),
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
            { key: "roi", label: sheetText("returnOnInvestment"), values: { value: `=IFERROR(LLMCOST.ROI({totalBenefit},{totalCost}),"${sheetText("nANoCost")}")` }, names: { value: "ReturnOnInvestment" }, format: "percent", unit: sheetText("ratio"), notes: sheetText("llmcostRoiBenefitCostBenefitCost") },
            { key: "payback", label: sheetText("paybackMonthTheCumulativeCashFlow"), values: { value: `=IF(COUNT({pPayback:all})=0,"${sheetText("never")}",MIN({pPayback:all}))` }, names: { value: "PaybackMonths" }, format: "months", unit: sheetText("months"), notes: sheetText("readFromTheCumulativeCashFlow2", { periods: String(PERIODS) }) },
            { key: "simplePayback", label: sheetText("paybackAtFullAdoptionIgnoringThe"), values: { value: `=IFERROR(LLMCOST.PAYBACK({upfrontUsed},{monthlyBenefit},{monthlyCost}),"${sheetText("never")}")` }, format: "months", unit: sheetText("months"), notes: sheetText("llmcostPaybackSetUpMonthlyBenefit") },
            { key: "npv", label: sheetText("netPresentValue"), values: { value: npv("pNet", "value"), low: npv("pNetLow", "low"), base: npv("pNetBase", "base"), high: npv("pNetHigh", "high") }, names: { value: "NetPresentValue", low: "NetPresentValue_Low", high: "NetPresentValue_High" }, format: "moneyFx", unit: "{currency}", notes: sheetText("excelSNpvOfTheMonthly2") },
            { key: "irr", label: sheetText("internalRateOfReturnAnnual"), values: { value: irr("iSel"), low: irr("iLow"), base: irr("iBase"), high: irr("iHigh") }, names: { value: "InternalRateOfReturn", low: "InternalRateOfReturn_Low", high: "InternalRateOfReturn_High" }, format: "percent", unit: sheetText("perYear"), notes: sheetText("excelSIrrOfTheSet") },
            { key: "totalBenefit", label: sheetText("totalBenefit"), values: { value: "=SUM({pBenefit:all})" }, format: "moneyFx", unit: "{currency}", notes: sheetText("sumOfTheProjection") },
            { key: "totalCost", label: sheetText("totalCostSetUpRunningWith"), values: { value: `=IFERROR({upfrontUsed}+SUM({pCost:all}),"${sheetText("nASeeTheCostRows")}")` }, format: "moneyFx", unit: "{currency}", notes: GUIDE_ROI },
            { key: "costsFrom", label: sheetText("costsReadFrom"), values: { value: `=IF(${LINKED_COUNT}>0,"${sheetText("theUseCaseSheetsInThe")}"&${LINKED_COUNT}&")","${sheetText("ownInputsBelowNoUseCase")}")` }, format: "text", unit: sheetText("source"), notes: sheetText("insertTheUseCaseSheetsFirst2") },
          ],
        },
        {
          title: sheetText("inputsScenarioSwitch"),
          kind: "inputs",
          rows: [
            { key: "scenario", label: sheetText("scenario"), values: { value: sheetText("scenarioBase") }, validation: "scenarios", format: "text", unit: sheetText("lowBaseHighValues"), notes: sheetText("dropDownPicksTheLowDownside") },
            { key: "scenarioNames", label: sheetText("scenarioLabels"), values: { low: sheetText("scenarioLow"), base: sheetText("scenarioBase"), high: sheetText("scenarioHigh") }, format: "text", unit: sheetText("labels"), notes: sheetText("theSwitchMatchesTheseLabels") },
          ],
        },
        {
          title: sheetText("inputsBenefitOneMeasureSoThat"),
          kind: "inputs",
          rows: [
            { key: "benefitMeasure", label: sheetText("benefitMeasuredAs"), values: { value: MEASURES[0] }, validation: MEASURES, format: "text", unit: sheetText("measure"), notes: sheetText("dropDownBothMckinseyFiguresMeasure") },
            { key: "revenue", label: sheetText("annualRevenueInScope"), values: { value: { usd: 10_000_000 } }, format: "moneyFx", unit: sheetText("currencyPerYear"), notes: sheetText("revenueTheUseCasesCanInfluence2", { assumed: ASSUMED }) },
            { key: "revenueUplift", label: sheetText("revenueUplift"), values: { value: "=CHOOSE({scenarioIndex},{revenueUplift:low},{revenueUplift:base},{revenueUplift:high})", low: 0.03, base: 0.09, high: 0.15 }, format: "percent", unit: sheetText("ofRevenue"), notes: sheetText("mckinseyRevenueUpliftBaseMidpoint") },
            { key: "margin", label: sheetText("contributionMarginOnExtraRevenue"), values: { value: 0.3 }, format: "percent", unit: sheetText("ofRevenue"), notes: sheetText("theGuideSNetProfitFrom2", { assumed: ASSUMED }) },
            { key: "salesSpend", label: sheetText("annualSalesMarketingSpendInScope"), values: { value: { usd: 2_000_000 } }, format: "moneyFx", unit: sheetText("currencyPerYear"), notes: sheetText("usedOnlyWhenTheBenefitIs2", { assumed: ASSUMED }) },
            { key: "salesRoiUplift", label: sheetText("salesRoiUpliftExtraProfitPer"), values: { value: "=CHOOSE({scenarioIndex},{salesRoiUplift:low},{salesRoiUplift:base},{salesRoiUplift:high})", low: 0.1, base: 0.15, high: 0.2 }, format: "percent", unit: sheetText("ofSpend"), notes: sheetText("mckinseyRevenueUpliftBaseMidpoint") },
            { key: "ramp", label: sheetText("monthsToFullBenefit"), values: { value: 6 }, names: { value: "RampMonths" }, format: "count", unit: sheetText("months"), notes: sheetText("assumedLinearAdoptionRampTheGuide", { assumed: ASSUMED }) },
          ],
        },
        {
          title: sheetText("costsFromTheUseCaseSheets"),
          kind: "calculations",
          headers: { label: sheetText("sheet"), value: sheetText("oneOff"), low: sheetText("monthlyHighCostCase"), base: sheetText("monthlyScenarioSwitch"), high: sheetText("monthlyLowCostCase") },
          rows: LINKED.map(linkedCostRow),
        },
        {
          title: sheetText("theirModelCostRateAndSource"),
          kind: "calculations",
          headers: { label: sheetText("sheet"), value: sheetText("modelOnlyMonthly"), low: sheetText("itsUsdRate2"), base: sheetText("sourceHeader"), high: "" },
          rows: LINKED.map(linkedSourceRow),
        },
        {
          title: sheetText("inputsOwnCostsAsTheGuide"),
          kind: "inputs",
          rows: [
            { key: "upfront", label: sheetText("setUpAcquisitionAndIntegrationOne"), values: { value: { usd: 150_000 } }, format: "moneyFx", unit: sheetText("currencyOneOff"), notes: sheetText("twoSentencesNoStop", { first: ASSUMED, second: GUIDE_ROI }) },
            { key: "maintenance", label: sheetText("operationsAndMaintenance"), values: { value: { usd: 5_000 } }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("monitoringEvaluationPromptAndModelUpkeep2", { assumed: ASSUMED }) },
            { key: "training", label: sheetText("staffTraining"), values: { value: { usd: 3_000 } }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("theGuideCountsStaffTrainingAs2", { assumed: ASSUMED }) },
            { key: "model", label: sheetText("model"), values: { value: { choice: "model" } }, unit: sheetText("modelId"), notes: sheetText("catalogListPricesOnThePrice2") },
            { key: "inputTokens", label: sheetText("inputTokensPerMonth"), values: { value: 300_000_000 }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("assumedAllUseCasesTogetherAtFull", { assumed: ASSUMED }) },
            { key: "outputTokens", label: sheetText("outputTokensPerMonth2"), values: { value: 100_000_000 }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: ASSUMED },
            { key: "requests", label: sheetText("requestsPerMonth"), values: { value: 500_000 }, format: "count", unit: sheetText("requestsPerMonth2"), notes: ASSUMED },
            { key: "cachedShare", label: sheetText("cachedShareOfInputTokens"), values: { value: 0 }, format: "percent", unit: sheetText("share"), notes: sheetText("default0NoPromptCaching") },
            { key: "discount", label: sheetText("batchNegotiatedDiscount"), values: { value: 0 }, format: "percent", unit: sheetText("share"), notes: sheetText("default0ListPrices") },
            ...tierRows({ cols: ["value"], model: "{model}", inTok: "{inputTokens}/MAX(1,{requests})", outTok: "{outputTokens}/MAX(1,{requests})", cachedTok: "{inputTokens}/MAX(1,{requests})*{cachedShare}" }),
          ],
        },
        {
          title: sheetText("calculations"),
          kind: "calculations",
          rows: [
            { key: "scenarioIndex", label: sheetText("scenarioNumber"), values: { value: "=MATCH({scenario},{scenarioNames:low}:{scenarioNames:high},0)" }, format: "integer", unit: sheetText("oneLowThreeHigh"), notes: sheetText("positionOfTheChosenScenario") },
            { key: "monthsPerYear", label: sheetText("monthsPerYearConstant"), kind: "constant", values: { value: 12 }, format: "integer", unit: sheetText("months"), notes: sheetText("universalConstant2") },
            { key: "annualBenefit", label: sheetText("annualBenefitAtFullAdoption"), values: { value: BENEFIT, low: BENEFIT, base: BENEFIT, high: BENEFIT }, names: { low: "AnnualBenefit_Low", base: "AnnualBenefit_Base", high: "AnnualBenefit_High" }, format: "moneyFx", unit: sheetText("currencyPerYear"), notes: sheetText("theChosenMeasureOnlyRevenueUplift") },
            { key: "otherBenefit", label: sheetText("byTheOtherMeasureCrossCheck"), values: { value: `=IF({benefitMeasure}="${MEASURES[1]}",{revenue}*{revenueUplift}*{margin},{salesSpend}*{salesRoiUplift})` }, format: "moneyFx", unit: sheetText("currencyPerYear"), notes: sheetText("theSameEffectMeasuredTheOther") },
            { key: "monthlyBenefit", label: sheetText("monthlyBenefitAtFullAdoption"), values: { value: "={annualBenefit}/{monthsPerYear}", low: "={annualBenefit}/{monthsPerYear}", base: "={annualBenefit}/{monthsPerYear}", high: "={annualBenefit}/{monthsPerYear}" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("annual12") },
            { key: "apiMonthly", label: sheetText("ownInputsModelApiCostPer"), values: { value: "=LLMCOST.INFERENCE({model},{inputTokens},{outputTokens},{requests},{inputTokens}*{cachedShare},{discount},{PriceDate},0,{PriceSheet})*{FxRate}*{tierMix}" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("llmcostInferenceModelInputOutputRequests2") },
            { key: "ownFactor", label: sheetText("ownInputsRunningCostByScenario"), values: { low: "=LoadedCostPerFteMonth_High/LoadedCostPerFteMonth_Base", base: "=1", high: "=LoadedCostPerFteMonth_Low/LoadedCostPerFteMonth_Base" }, format: "decimal", unit: sheetText("base2"), notes: sheetText("theLoadedCostOfAnEngineer") },
            { key: "linkedCount", label: sheetText("useCaseSheetsRead"), values: { value: `=${LINKED_COUNT}` }, format: "count", unit: sheetText("sheets"), notes: sheetText("sheetsAboveWhoseBudgetNamesAre") },
            { key: "tokensUsed", label: sheetText("modelCostPerMonthAtFull"), values: { value: `=IF({linkedCount}>0,SUM({${firstL}S:value}:{${lastL}S:value}),{apiMonthly})` }, names: { value: "TokenCostPerMonth_Base" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("theLinkedSheetsMonthlytokencostCatalogElse") },
            scenarioRow("wholeUsed", sheetText("wholeRunningCostPerMonthAt"), (c) => `=IF({linkedCount}>0,SUM({${firstL}C:${c}}:{${lastL}C:${c}}),({maintenance}+{training})*{ownFactor:${c}}+{apiMonthly})`, "moneyFx", sheetText("currencyPerMonth"), sheetText("theLinkedSheetsMonthlyWholeCost")),
            { ...scenarioRow("fixedUsed", sheetText("ofWhichNotFollowingAdoption"), (c) => `={wholeUsed:${c}}-{tokensUsed}`, "moneyFx", sheetText("currencyPerMonth"), sheetText("peopleReviewPlatformOperationsFromMonth")), names: { base: "FixedCostPerMonth_Base" } },
            scenarioRow("contingency", sheetText("contingency"), (c) => `=${c === "low" ? "Contingency_High" : c === "high" ? "Contingency_Low" : "Contingency"}`, "percent", sheetText("shareOfCost"), sheetText("contingencyAssumptionsTheHighCaseOn")),
            { key: "oneOffUsed", label: sheetText("roiOneOffBeforeContingency"), values: { value: `=IF({linkedCount}>0,SUM({${firstL}C:value}:{${lastL}C:value}),{upfront})` }, names: { value: "OneOffCost_Base" }, format: "moneyFx", unit: "{currency}", notes: sheetText("roiOneOffBeforeContingencyNotes") },
            scenarioRow("upfrontUsed", sheetText("oneOffSetUpWithContingency"), (c) => `={oneOffUsed}*(1+{contingency:${c}})`, "moneyFx", "{currency}", sheetText("theLinkedSheetsOneoffcostCatalogElse")),
            { ...scenarioRow("monthlyCost", sheetText("runningCostPerMonthAtFull"), (c) => `=({fixedUsed:${c}}+{tokensUsed})*(1+{contingency:${c}})`, "moneyFx", sheetText("currencyPerMonth"), sheetText("fixedModel1Contingency")), names: { base: "MonthlyCost_Base" } },
            { key: "monthlyRate", label: sheetText("monthlyDiscountRate"), values: { value: "=(1+DiscountRate)^(1/{monthsPerYear})-1" }, format: "percent", unit: sheetText("perMonth"), notes: sheetText("discountrateAssumptions1Annual112") },
            ...riskLinkRows,
          ],
        },
        ...accounting,
        {
          title: sheetText("checks"),
          kind: "checks",
          rows: [
            // the own-input model's tiers matter only while its cost is used: no linked sheet supplies the costs
            ...tierChecks(["value"], "{linkedCount}=0"),
            { label: sheetText("scenarioRecognised"), values: { value: "=ISNUMBER({scenarioIndex})" }, unit: "TRUE/FALSE", notes: sheetText("theSwitchHoldsLowBaseOr2") },
            { label: sheetText("benefitMeasureRecognised"), values: { value: `=OR({benefitMeasure}="${MEASURES[0]}",{benefitMeasure}="${MEASURES[1]}")` }, unit: "TRUE/FALSE", notes: sheetText("oneOfTheTwoMeasures") },
            { label: sheetText("everyLinkedCostIsANumber"), values: { value: `=IFERROR(COUNT({${firstL}C:value}:{${lastL}C:high},{${firstL}S:value}:{${lastL}S:value})=${LINKED.length * 5},FALSE())` }, unit: "TRUE/FALSE", notes: sheetText("falseALinkedSheetShowsN2") },
            { label: sheetText("cumulativeCashEndsAtBenefitCost"), values: { value: check(agrees("INDEX({pCum:all},1,COLUMNS({pCum:all}))", "{totalBenefit}-{totalCost}", "{totalBenefit}+{totalCost}")) }, unit: "TRUE/FALSE", notes: sheetText("projectionAndTotalsAgree") },
            { label: sheetText("paybackAgreesWithTheCumulativeCash"), values: { value: "=IFERROR(IF(ISNUMBER({payback}),INDEX({pCum:all},1,MAX(1,CEILING({payback},1)))>=0,INDEX({pCum:all},1,COLUMNS({pCum:all}))<0),FALSE())" }, unit: "TRUE/FALSE", notes: sheetText("nonNegativeInThePaybackMonth") },
            { label: sheetText("npvLowBaseHigh"), values: { value: "=IFERROR(AND({npv:low}<={npv:base},{npv:base}<={npv:high}),FALSE())" }, unit: "TRUE/FALSE", notes: sheetText("theScenariosAreOrdered") },
            { label: sheetText("accountingCashTheProjectionSCost"), values: { value: "=IFERROR(ABS({accCash:low}+{accCash:base}+{accCash:high}-{totalCost})<=0.000001*MAX(1,{totalCost}),FALSE())" }, unit: "TRUE/FALSE", notes: sheetText("theAccountingViewSCashOver") },
          ],
        },
      ],
      projection: {
        title: sheetText("monthProjectionSelectedScenarioThenThe", { periods: String(PERIODS) }),
        periods: PERIODS,
        periodLabel: sheetText("month"),
        rows: [
          { key: "pYear", label: sheetText("year"), each: "=ROUNDUP({period}/{monthsPerYear},0)", format: "integer", unit: sheetText("year4"), notes: sheetText("month12RoundedUp") },
          { key: "pRamp", label: sheetText("adoption"), each: "=IF({ramp}<=0,1,MIN(1,{period}/{ramp}))", format: "percent", unit: sheetText("ofFullBenefit"), notes: sheetText("linearRamp0MonthsFullAdoption") },
          { key: "pApiIndex", label: sheetText("apiPriceIndex"), each: API_PRICE_INDEX_EACH, format: "decimal", unit: sheetText("priceDate"), notes: sheetText("apipricedeclineperyearAssumptionsCompoundedMonth") },
          { key: "pWage", label: sheetText("wageIndex"), each: "=(1+WageInflation)^INT(({period}-1)/{monthsPerYear})", format: "decimal", unit: sheetText("month1"), notes: sheetText("wageinflationAssumptionsOnceAYear") },
          { key: "pCostLow", label: sheetText("runningCostLowHighCostCase"), each: costEach("low"), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("fixedWageIndexModelAdoptionApi") },
          { key: "pCostBase", label: sheetText("runningCostBase"), each: costEach("base"), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("sameBaseColumn") },
          { key: "pCostHigh", label: sheetText("runningCostHighLowCostCase"), each: costEach("high"), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("sameHighColumn") },
          { key: "pBenefit", label: sheetText("benefit"), each: "={monthlyBenefit}*{pRamp}", format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("fullBenefitAdoption") },
          { key: "pCost", label: sheetText("runningCost"), each: "=CHOOSE({scenarioIndex},{pCostLow},{pCostBase},{pCostHigh})", format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("theSelectedScenarioSRowAbove") },
          { key: "pNet", label: sheetText("netCashFlow"), each: "={pBenefit}-{pCost}", format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("benefitCost") },
          { key: "pCum", label: sheetText("cumulativeNetCashFlowAfterSet"), first: "={pNet}-{upfrontUsed}", each: "={pCum:prev}+{pNet}", format: "moneyFx", unit: "{currency}", notes: sheetText("paybackWhereItTurnsNonNegative"), name: "CumulativeCashFlow" },
          { key: "pPayback", label: sheetText("paybackMonthWhereTheCumulativeTurns"), first: '=IF({pCum}>=0,IF({pCum}+{upfrontUsed}>0,{period}-{pCum}/({pCum}+{upfrontUsed}),{period}-1),"")', each: '=IF(AND({pCum:prev}<0,{pCum}>=0),{period}-{pCum}/({pCum}-{pCum:prev}),"")', format: "months", unit: sheetText("months"), notes: sheetText("linearInterpolationWithinTheMonthBefore") },
          { key: "pNetLow", label: sheetText("netCashFlowLow"), each: scenarioNet("low", "pCostLow"), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("lowColumnSBenefitAdoptionIts") },
          { key: "pNetBase", label: sheetText("netCashFlowBase"), each: scenarioNet("base", "pCostBase"), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("baseColumn") },
          { key: "pNetHigh", label: sheetText("netCashFlowHigh"), each: scenarioNet("high", "pCostHigh"), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("highColumn") },
          ...irrRows("iSel", "pNet", "value"),
          ...irrRows("iLow", "pNetLow", "low"),
          ...irrRows("iBase", "pNetBase", "base"),
          ...irrRows("iHigh", "pNetHigh", "high"),
        ],
      },
      chart: { type: "Line", title: sheetText("cumulativeNetCashFlowPaybackWhere"), over: "periods", rows: ["pCum"] },
    },
    roiBusinessCaseSimulation(),
  ],
};
