import { sheetText } from "../../i18n/sheet-text";
import type { RowSpec, TemplateSpec } from "../types";
import { complaintRedressal } from "./complaint-redressal";
import { sentimentAnalysis } from "./sentiment-analysis";
import { embeddingRetrieval } from "./embedding-retrieval";
import { ACQUISITION_SHEET, WIN_BACK_SHEET } from "./martech-lifecycle";
import { agrees } from "../blocks/agree";
import { check } from "../blocks/formulas";

/**
 * A prepaid or committed-spend contract with one provider, drawn down month by month by a forecast of list-price token
 * spend: when the commitment is used up, what is left (forfeited or paid as a true-up), what is billed beyond it, and
 * the discount the contract really achieves against paying list prices as you go.
 *
 * Scope: token spend billed by the provider only. A use-case sheet's whole monthly cost (MonthlyCost_Catalog: people,
 * review, vector database, platform) is not drawn against a provider commitment, so the links read each sheet's token
 * cost (MonthlyTokenCost_Catalog), converted from that sheet's currency through both sheets' USD rates.
 */

const PERIODS = 36;
const ASSUMED = sheetText("assumedReplaceWithYourContractSTerms");
const EXAMPLES = sheetText("commitmentExamples");
/** The drop-downs' values in the sheet's language: each list, its start value and every formula comparing it (USD is a code). */
const TREATMENTS = [sheetText("treatmentTrueUp"), sheetText("treatmentForfeit")];
const CONTRACT_CURRENCIES = ["USD", sheetText("contractInSheetCurrency")];
/** Only inside the contract term; later months of the 36 are blank. */
const inTerm = (formula: string) => `=IF({period}>{term},"",${formula})`;
/** Rows the chart draws: #N/A after the term so that Excel leaves a gap instead of a drop to zero. */
const charted = (formula: string) => `=IF({period}>{term},NA(),${formula})`;

interface LinkedSheet {
  key: string;
  sheet: string;
}

/**
 * Use-case sheets whose month-1 token cost (MonthlyTokenCost_Catalog, the name every use-case sheet has) becomes the
 * forecast when they are in the workbook: all five, so that none of the workbook's API spend is silently left out.
 */
const LINKED: LinkedSheet[] = [
  { key: "linkComplaint", sheet: complaintRedressal.sheets[0].name },
  { key: "linkSentiment", sheet: sentimentAnalysis.sheets[0].name },
  { key: "linkEmbedding", sheet: embeddingRetrieval.sheets[0].name },
  { key: "linkAcquisition", sheet: ACQUISITION_SHEET },
  { key: "linkWinBack", sheet: WIN_BACK_SHEET },
];
/** The same cell of every linked sheet's rows, as a list of arguments: {linkComplaintConv},{linkSentimentConv},… */
const linkedCells = (suffix: string) => LINKED.map((linked) => `{${linked.key}${suffix}}`).join(",");

/** Three rows per use-case sheet: its token cost and its USD rate (links, else blank), and the cost in this currency. */
function linkRows(linked: LinkedSheet): RowSpec[] {
  const k = linked.key;
  return [
    { key: k, label: linked.sheet, values: { value: { link: { sheet: linked.sheet, name: "MonthlyTokenCost_Catalog" }, missing: `="${sheetText("notInTheWorkbook")}"` } }, format: "general", unit: sheetText("itsCurrencyPerMonth"), notes: sheetText("theSheetItsTokenCostMonth", { sheet: linked.sheet }) },
    { key: `${k}Rate`, label: sheetText("itsUsdRate"), values: { value: { link: { sheet: linked.sheet, name: "FxRate" }, missing: '=""' } }, format: "decimal", unit: sheetText("perUsd"), notes: sheetText("thatSheetSUsdCurrencyRate") },
    { key: `${k}Conv`, label: sheetText("inThisSheetSCurrency"), values: { value: `=IFERROR(IF(AND(ISNUMBER({${k}}),ISNUMBER({${k}Rate})),{${k}}/{${k}Rate}*{FxRate},""),"")` }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("itsTokenCostItsRateThis") },
  ];
}

/** A committed-spend or prepaid contract against the forecast it is meant to cover. */
export const commitmentPlanner: TemplateSpec = {
  id: "commitment-planner",
  title: sheetText("commitmentPlanner"),
  description: sheetText("aPrepaidOrCommittedSpendContract"),
  group: "planning",
  source: sheetText("yourContractSTermsForecastAt"),
  choices: [],
  sheets: [
    {
      name: sheetText("commitmentPlanner"),
      valueColumns: [
        { key: "value", header: sheetText("value"), width: 130 },
      ],
      sections: [
        {
          title: sheetText("keyOutputsTokenSpendWithThis"),
          kind: "outputs",
          rows: [
            { key: "decision", label: sheetText("doesTheCommitmentPay"), values: { value: `=IF(AND(ISNUMBER({payg}),ISNUMBER({total})),IF(ABS({saving})<={band},"${sheetText("aboutTheSame2")}",IF({saving}>0,"${sheetText("commitmentPays")}","${sheetText("payAsYouGo")}")),"${sheetText("nACheckTheInputs")}")` }, names: { value: "CommitmentDecision" }, format: "text", unit: sheetText("decision"), notes: sheetText("commitmentPaysOrPayAsYou") },
            { key: "saving", label: sheetText("savingFromTheCommitmentPayAs"), values: { value: "={payg}-{total}" }, names: { value: "CommitmentSaving" }, format: "moneyFx", unit: "{currency}", notes: sheetText("negativeTheCommitmentCostsMoreThan") },
            { key: "effective", label: sheetText("effectiveDiscountAchievedVsList"), values: { value: `=IF({payg}>0,1-{total}/{payg},"${sheetText("nANoForecastSpend")}")` }, names: { value: "CommitmentEffectiveDiscount" }, format: "percent", unit: sheetText("share"), notes: sheetText("t1ContractTotalPayAsYou") },
            { key: "total", label: sheetText("contractTotalCostCommitmentOverage"), values: { value: "={commitFx}+{overage}" }, names: { value: "CommitmentTotalCost" }, format: "moneyFx", unit: "{currency}", notes: sheetText("theWholeCommitmentIsPaidUsed") },
            { key: "payg", label: sheetText("payAsYouGoTotalCost"), values: { value: "=SUM({pList:all})" }, names: { value: "PayAsYouGoTotalCost" }, format: "moneyFx", unit: "{currency}", notes: sheetText("theForecastOverTheTermAt") },
            { key: "shortfall", label: sheetText("shortfallCommitmentUnusedAtTermEnd"), values: { value: "=MAX(0,{commitFx}-{drawn})" }, names: { value: "CommitmentShortfall" }, format: "moneyFx", unit: "{currency}", notes: sheetText("t0WhenTheForecastUsesThe") },
            { key: "shortfallAs", label: sheetText("theShortfallIs"), values: { value: `=IF({shortfall}<=0,"${sheetText("noShortfall")}",IF({treatment}="${TREATMENTS[0]}","${sheetText("paidAsATrueUpAt")}","${sheetText("forfeitedPrepaidUnused")}"))` }, format: "text", unit: sheetText("text"), notes: sheetText("fromTheTreatmentInput") },
            { key: "overage", label: sheetText("overageUsageBeyondTheCommitment"), values: { value: "=SUM({pOver:all})" }, names: { value: "CommitmentOverage" }, format: "moneyFx", unit: "{currency}", notes: sheetText("billedAtListLessTheOverage") },
            { key: "burn", label: sheetText("monthsToUseUpTheCommitment"), values: { value: `=IF({commitFx}<=0,"${sheetText("nANoCommitment")}",IF(COUNT({pBurn:all})=0,"${sheetText("notWithinTheTerm")}",MIN({pBurn:all})))` }, names: { value: "CommitmentBurnMonths" }, format: "months", unit: sheetText("months"), notes: sheetText("interpolatedWithinTheMonthNotWithin") },
            { key: "used", label: sheetText("commitmentUsed"), values: { value: `=IF({commitFx}>0,{drawn}/{commitFx},"${sheetText("nANoCommitment")}")` }, names: { value: "CommitmentUtilization" }, format: "percent", unit: sheetText("share"), notes: sheetText("drawnCommitted") },
          ],
        },
        {
          title: sheetText("inputsTheContract"),
          kind: "inputs",
          rows: [
            { key: "provider", label: sheetText("provider"), values: { value: "OpenAI" }, names: { value: "CommitmentProvider" }, format: "text", unit: sheetText("name"), notes: sheetText("forTheRecordOnlyTheFigures", { examples: EXAMPLES }) },
            { key: "contractCurrency", label: sheetText("contractCurrency"), values: { value: CONTRACT_CURRENCIES[0] }, names: { value: "ContractCurrency" }, validation: CONTRACT_CURRENCIES, format: "text", unit: sheetText("usdSheetCurrency"), notes: sheetText("dropDownUsdConvertedAtThe") },
            { key: "commitAmount", label: sheetText("committedAmountOverTheTerm"), values: { value: 300_000 }, names: { value: "CommitmentAmount" }, format: "count", unit: sheetText("contractCurrency2"), notes: sheetText("assumedTheWholeTermSCommitment", { assumed: ASSUMED }) },
            { key: "term", label: sheetText("term"), values: { value: PERIODS }, names: { value: "CommitmentTermMonths" }, format: "count", unit: sheetText("months136"), notes: sheetText("awsEdpTermsAreUsually3") },
            { key: "discount", label: sheetText("discountOffListOnCommittedUsage"), values: { value: 0.1 }, names: { value: "CommitmentDiscount" }, format: "percent", unit: sheetText("share"), notes: sheetText("assumedNegotiatedNotPublishedAwsEdp", { assumed: ASSUMED }) },
            { key: "startDate", label: sheetText("startDate"), values: { value: { date: "priceDate" } }, names: { value: "CommitmentStart" }, format: "date", unit: sheetText("date"), notes: sheetText("defaultThePriceDateDatesEach") },
            { key: "treatment", label: sheetText("unusedCommitmentAtTermEnd"), values: { value: TREATMENTS[0] }, names: { value: "CommitmentTreatment" }, validation: TREATMENTS, format: "text", unit: sheetText("trueUpForfeit"), notes: sheetText("dropDownTrueUpCommittedSpend") },
            { key: "overDiscount", label: sheetText("discountOffListBeyondTheCommitment"), values: { value: 0 }, names: { value: "OverageDiscount" }, format: "percent", unit: sheetText("share"), notes: sheetText("default0UsageBeyondTheCommitment") },
            { key: "materiality", label: sheetText("materialityThreshold"), values: { value: 0.05 }, names: { value: "MaterialityThreshold" }, format: "percent", unit: sheetText("share"), notes: sheetText("assumedASavingSmallerThanThisShare", { assumed: ASSUMED, aboutTheSame: sheetText("aboutTheSame2") }) },
          ],
        },
        {
          title: sheetText("inputsTheForecastUsedWhenNo"),
          kind: "inputs",
          rows: [
            { key: "ownMonthly", label: sheetText("tokenSpendAtListPricesMonth"), values: { value: { usd: 7_000 } }, names: { value: "ForecastListSpendMonthOne" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("assumedWhatThisProviderWouldBill", { assumed: ASSUMED }) },
            { key: "growth", label: sheetText("monthlyGrowthOfTheSpend"), values: { value: 0.02 }, names: { value: "ForecastGrowth" }, format: "percent", unit: sheetText("perMonth"), notes: sheetText("assumedNegativeForADecliningWorkload", { assumed: ASSUMED }) },
          ],
        },
        {
          title: sheetText("forecastFromUseCaseSheetsIn"),
          kind: "calculations",
          rows: LINKED.flatMap(linkRows),
        },
        {
          title: sheetText("calculations"),
          kind: "calculations",
          rows: [
            { key: "contractFx", label: sheetText("sheetCurrencyPerContractCurrencyUnit"), values: { value: `=IF({contractCurrency}="${CONTRACT_CURRENCIES[0]}",{FxRate},1)` }, format: "decimal", unit: sheetText("rate"), notes: sheetText("theTitleBlockSRateFor") },
            { key: "commitFx", label: sheetText("committedAmount"), values: { value: "={commitAmount}*{contractFx}" }, format: "moneyFx", unit: "{currency}", notes: sheetText("inTheSheetSCurrency2") },
            { key: "linkedCount", label: sheetText("useCaseSheetsLinked"), values: { value: `=COUNT(${linkedCells("Conv")})` }, format: "count", unit: sheetText("sheets"), notes: sheetText("sheetsAboveWhoseTokenCostIs") },
            { key: "forecast1", label: sheetText("forecastUsedTokenSpendAtList"), values: { value: `=IF({linkedCount}>0,SUM(${linkedCells("Conv")}),{ownMonthly})` }, names: { value: "ForecastListSpend" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("theLinkedSheetsSumElseThe") },
            { key: "forecastFrom", label: sheetText("forecastFrom"), values: { value: `=IF({linkedCount}>0,"${sheetText("linkedUseCaseSheets")}","${sheetText("ownInputNoUseCaseSheet")}")` }, format: "text", unit: sheetText("text"), notes: sheetText("insertTheUseCaseSheetsFirst") },
            { key: "band", label: sheetText("materialityBand"), values: { value: "={materiality}*MAX({payg},{total})" }, format: "moneyFx", unit: "{currency}", notes: sheetText("thresholdTheLargerOfTheTwo") },
            { key: "drawn", label: sheetText("drawnFromTheCommitmentOverThe"), values: { value: "=SUM({pDraw:all})" }, names: { value: "CommitmentDrawn" }, format: "moneyFx", unit: "{currency}", notes: sheetText("usageAtTheContractPriceUp") },
          ],
        },
        {
          title: sheetText("checks"),
          kind: "checks",
          rows: [
            { label: sheetText("drawnShortfallCommitment"), values: { value: check(agrees("{drawn}+{shortfall}", "{commitFx}")) }, unit: "TRUE/FALSE", notes: sheetText("theBurnTableAddsUp") },
            { label: sheetText("cashPaidOverTheTermContract"), values: { value: check(agrees("SUM({pPaid:all})", "{total}")) }, unit: "TRUE/FALSE", notes: sheetText("monthlyPaymentsAddUpEitherTreatment") },
            { label: sheetText("termIs136WholeMonths"), values: { value: `=IFERROR(AND({term}>=1,{term}<=${PERIODS},{term}=INT({term})),FALSE())` }, unit: "TRUE/FALSE", notes: sheetText("theBurnTableHasMonths", { periods: String(PERIODS) }) },
            { label: sheetText("discountsAreFrom0ToUnder"), values: { value: "=IFERROR(AND({discount}>=0,{discount}<1,{overDiscount}>=0,{overDiscount}<1),FALSE())" }, unit: "TRUE/FALSE", notes: sheetText("a100DiscountIsNotA") },
            { label: sheetText("commitmentAndForecastAreNotNegative"), values: { value: "=IFERROR(AND({commitAmount}>=0,{forecast1}>=0,{growth}>-1),FALSE())" }, unit: "TRUE/FALSE", notes: sheetText("zeroIsAllowed") },
            { label: sheetText("contractCurrencyAndTreatmentRecognised"), values: { value: `=AND(OR({contractCurrency}="${CONTRACT_CURRENCIES[0]}",{contractCurrency}="${CONTRACT_CURRENCIES[1]}"),OR({treatment}="${TREATMENTS[0]}",{treatment}="${TREATMENTS[1]}"))` }, unit: "TRUE/FALSE", notes: sheetText("valuesFromTheDropDowns") },
            { label: sheetText("everyLinkedSheetSTokenCost"), values: { value: `=IFERROR(COUNT(${linkedCells("Rate")})={linkedCount},FALSE())` }, unit: "TRUE/FALSE", notes: sheetText("falseALinkedSheetShowsN") },
          ],
        },
      ],
      projection: {
        title: sheetText("burnTableMonthsMonthsAfterThe", { periods: String(PERIODS) }),
        periods: PERIODS,
        periodLabel: sheetText("month"),
        rows: [
          { key: "pDate", label: sheetText("monthStarting"), each: inTerm("EDATE({startDate},{period}-1)"), format: "date", unit: sheetText("date"), notes: sheetText("startDateMonths") },
          { key: "pList", label: sheetText("usageAtListPrices"), each: inTerm("{forecast1}*(1+{growth})^({period}-1)"), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("theForecastWithGrowth") },
          { key: "pUse", label: sheetText("usageAtTheContractPrice"), each: inTerm("{pList}*(1-{discount})"), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("list1Discount") },
          { key: "pDraw", label: sheetText("drawnFromTheCommitment"), first: inTerm("MIN({commitFx},{pUse})"), each: inTerm("MIN({pBalance:prev},{pUse})"), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("usageUpToTheRemainingBalance") },
          { key: "pBalance", label: sheetText("remainingBalance"), first: inTerm("{commitFx}-{pDraw}"), each: inTerm("{pBalance:prev}-{pDraw}"), format: "moneyFx", unit: "{currency}", notes: sheetText("atMonthEndWhatIsLeft") },
          { key: "pOver", label: sheetText("overageBilled"), each: inTerm("IF({pUse}>{pDraw},({pUse}-{pDraw})/(1-{discount})*(1-{overDiscount}),0)"), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("usageNotCoveredBackAtList") },
          { key: "pPaid", label: sheetText("cashPaid"), each: inTerm(`IF({treatment}="${TREATMENTS[0]}",{pDraw}+IF({period}={term},{shortfall},0),IF({period}=1,{commitFx},0))+{pOver}`), format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("trueUpUsageAsBilledAnd") },
          { key: "pBurn", label: sheetText("monthTheCommitmentRunsOut"), first: '=IF(AND({period}<={term},{commitFx}>0,{pBalance}<=0),{period}-1+{commitFx}/{pUse},"")', each: '=IF(AND({period}<={term},N({pBalance:prev})>0,{pBalance}<=0),{period}-1+{pBalance:prev}/{pUse},"")', format: "months", unit: sheetText("months"), notes: sheetText("interpolatedWithinTheMonth") },
          { key: "pCumUse", label: sheetText("cumulativeUsageAtTheContractPrice"), first: charted("{pUse}"), each: charted("{pCumUse:prev}+{pUse}"), format: "moneyFx", unit: "{currency}", notes: sheetText("theBurnWhereItCrossesThe") },
          { key: "pCommitLine", label: sheetText("commitment"), each: charted("{commitFx}"), format: "moneyFx", unit: "{currency}", notes: sheetText("theCommittedAmountForTheChart") },
        ],
      },
      chart: { type: "Line", title: sheetText("burnVsCommitmentCumulativeUsageAt"), over: "periods", rows: ["pCumUse", "pCommitLine"] },
    },
  ],
};
