import type { RowSpec, TemplateSpec } from "../types";
import { complaintRedressal } from "./complaint-redressal";
import { sentimentAnalysis } from "./sentiment-analysis";
import { ACQUISITION_SHEET, WIN_BACK_SHEET } from "./martech-lifecycle";

/**
 * A prepaid or committed-spend contract with one provider, drawn down month by month by a forecast of list-price token
 * spend: when the commitment is used up, what is left (forfeited or paid as a true-up), what is billed beyond it, and
 * the discount the contract really achieves against paying list prices as you go.
 *
 * Scope: token spend billed by the provider only. A use-case sheet's whole monthly cost (MonthlyCost_Catalog: people,
 * review, vector database, platform) is not drawn against a provider commitment, so the links read each sheet's token
 * cost (InferenceCost_Catalog), converted from that sheet's currency through both sheets' USD rates.
 */

const PERIODS = 36;
const ASSUMED = "Assumed (no published source; replace with your contract's terms)";
const EXAMPLES =
  "Examples: OpenAI Scale Tier (token units bought upfront, minimum 30 days, monthly or yearly commitment; usage beyond them billed pay-as-you-go: openai.com/api-scale-tier); Azure OpenAI provisioned throughput (hourly, or monthly / yearly Azure reservations at a term discount: learn.microsoft.com, provisioned-throughput-onboarding); AWS Enterprise Discount Program (private: a committed spend over usually 1–5 years, the shortfall owed at the end; reported by buyer advisers, not published by AWS)";
const TREATMENTS = ["True-up", "Forfeit"];
const CONTRACT_CURRENCIES = ["USD", "Sheet currency"];
/** Only inside the contract term; later months of the 36 are blank. */
const inTerm = (formula: string) => `=IF({period}>{term},"",${formula})`;
/** Rows the chart draws: #N/A after the term so that Excel leaves a gap instead of a drop to zero. */
const charted = (formula: string) => `=IF({period}>{term},NA(),${formula})`;

interface LinkedSheet {
  key: string;
  sheet: string;
}

/** Use-case sheets whose month-1 token cost (InferenceCost_Catalog) becomes the forecast when they are in the workbook. */
const LINKED: LinkedSheet[] = [
  { key: "linkComplaint", sheet: complaintRedressal.sheets[0].name },
  { key: "linkSentiment", sheet: sentimentAnalysis.sheets[0].name },
  { key: "linkAcquisition", sheet: ACQUISITION_SHEET },
  { key: "linkWinBack", sheet: WIN_BACK_SHEET },
];
/** The same cell of every linked sheet's rows, as a list of arguments: {linkComplaintConv},{linkSentimentConv},… */
const linkedCells = (suffix: string) => LINKED.map((linked) => `{${linked.key}${suffix}}`).join(",");

/** Three rows per use-case sheet: its token cost and its USD rate (links, else blank), and the cost in this currency. */
function linkRows(linked: LinkedSheet): RowSpec[] {
  const k = linked.key;
  return [
    { key: k, label: linked.sheet, values: { value: { link: { sheet: linked.sheet, name: "InferenceCost_Catalog" }, missing: '="not in the workbook"' } }, format: "general", unit: "its currency per month", notes: `the sheet "${linked.sheet}": its token cost, month 1 (InferenceCost_Catalog, green when linked)` },
    { key: `${k}Rate`, label: "… its USD rate", values: { value: { link: { sheet: linked.sheet, name: "FxRate" }, missing: '=""' } }, format: "decimal", unit: "per USD", notes: "that sheet's USD → currency rate (FxRate)" },
    { key: `${k}Conv`, label: "… in this sheet's currency", values: { value: `=IFERROR(IF(AND(ISNUMBER({${k}}),ISNUMBER({${k}Rate})),{${k}}/{${k}Rate}*{FxRate},""),"")` }, format: "moneyFx", unit: "{currency} per month", notes: "its token cost ÷ its rate × this sheet's rate" },
  ];
}

/** A committed-spend or prepaid contract against the forecast it is meant to cover. */
export const commitmentPlanner: TemplateSpec = {
  id: "commitment-planner",
  title: "Commitment planner",
  description: "a prepaid or committed-spend contract drawn down month by month: shortfall or true-up, overage, effective discount",
  group: "planning",
  source: "Your contract's terms; forecast at catalog list prices (linked use-case sheets) or your own figure",
  choices: [],
  sheets: [
    {
      name: "Commitment planner",
      valueColumns: [
        { key: "value", header: "Value", width: 130 },
      ],
      sections: [
        {
          title: "Key outputs (token spend with this provider over the contract term; inputs and workings below)",
          kind: "outputs",
          rows: [
            { key: "decision", label: "Does the commitment pay?", values: { value: '=IF(AND(ISNUMBER({payg}),ISNUMBER({total})),IF(ABS({saving})<={band},"About the same",IF({saving}>0,"Commitment pays","Pay as you go")),"n/a: check the inputs")' }, names: { value: "CommitmentDecision" }, format: "text", unit: "decision", notes: "Commitment pays, or Pay as you go, when the saving is larger than the materiality threshold × the larger total; About the same inside it" },
            { key: "saving", label: "Saving from the commitment (pay-as-you-go − contract)", values: { value: "={payg}-{total}" }, names: { value: "CommitmentSaving" }, format: "moneyFx", unit: "{currency}", notes: "negative: the commitment costs more than paying list prices as you go" },
            { key: "effective", label: "Effective discount achieved vs list", values: { value: '=IF({payg}>0,1-{total}/{payg},"n/a: no forecast spend")' }, names: { value: "CommitmentEffectiveDiscount" }, format: "percent", unit: "share", notes: "1 − contract total ÷ pay-as-you-go total: the contract discount when the commitment is used exactly; lower when some is unused or overage is billed at list; negative when the commitment costs more" },
            { key: "total", label: "Contract total cost (commitment + overage)", values: { value: "={commitFx}+{overage}" }, names: { value: "CommitmentTotalCost" }, format: "moneyFx", unit: "{currency}", notes: "the whole commitment is paid (used, forfeited or trued up) plus usage beyond it" },
            { key: "payg", label: "Pay-as-you-go total cost (the same usage at list prices)", values: { value: "=SUM({pList:all})" }, names: { value: "PayAsYouGoTotalCost" }, format: "moneyFx", unit: "{currency}", notes: "the forecast over the term at list prices, no commitment" },
            { key: "shortfall", label: "Shortfall: commitment unused at term end", values: { value: "=MAX(0,{commitFx}-{drawn})" }, names: { value: "CommitmentShortfall" }, format: "moneyFx", unit: "{currency}", notes: "0 when the forecast uses the whole commitment" },
            { key: "shortfallAs", label: "The shortfall is", values: { value: '=IF({shortfall}<=0,"no shortfall",IF({treatment}="True-up","paid as a true-up at term end","forfeited (prepaid, unused)"))' }, format: "text", unit: "text", notes: "from the treatment input" },
            { key: "overage", label: "Overage: usage beyond the commitment", values: { value: "=SUM({pOver:all})" }, names: { value: "CommitmentOverage" }, format: "moneyFx", unit: "{currency}", notes: "billed at list less the overage discount" },
            { key: "burn", label: "Months to use up the commitment", values: { value: '=IF({commitFx}<=0,"n/a: no commitment",IF(COUNT({pBurn:all})=0,"not within the term",MIN({pBurn:all})))' }, names: { value: "CommitmentBurnMonths" }, format: "months", unit: "months", notes: "interpolated within the month; not within the term: a shortfall is left" },
            { key: "used", label: "Commitment used", values: { value: '=IF({commitFx}>0,{drawn}/{commitFx},"n/a: no commitment")' }, names: { value: "CommitmentUtilization" }, format: "percent", unit: "share", notes: "drawn ÷ committed" },
          ],
        },
        {
          title: "Inputs — the contract",
          kind: "inputs",
          rows: [
            { key: "provider", label: "Provider", values: { value: "OpenAI" }, names: { value: "CommitmentProvider" }, format: "text", unit: "name", notes: `For the record only: the figures come from the inputs below. ${EXAMPLES}` },
            { key: "contractCurrency", label: "Contract currency", values: { value: CONTRACT_CURRENCIES[0] }, names: { value: "ContractCurrency" }, validation: CONTRACT_CURRENCIES, format: "text", unit: "USD / Sheet currency", notes: "Drop-down: USD (converted at the rate in the title block) or the sheet's own currency (no conversion). OpenAI, Anthropic and AWS price in USD" },
            { key: "commitAmount", label: "Committed amount over the term", values: { value: 300_000 }, names: { value: "CommitmentAmount" }, format: "count", unit: "contract currency", notes: `${ASSUMED}: the whole term's commitment (prepaid credits, or the spend promised)` },
            { key: "term", label: "Term", values: { value: PERIODS }, names: { value: "CommitmentTermMonths" }, format: "count", unit: "months (1–36)", notes: "AWS EDP terms are usually 3 years (1–5) as reported by buyer advisers; OpenAI Scale Tier and Azure reservations: a month or a year" },
            { key: "discount", label: "Discount off list on committed usage", values: { value: 0.1 }, names: { value: "CommitmentDiscount" }, format: "percent", unit: "share", notes: `${ASSUMED}. Negotiated, not published: AWS EDP discounts are reported at about 5–25% by buyer advisers; OpenAI cited a 12% Scale Tier saving vs pay-as-you-go at launch (2024)` },
            { key: "startDate", label: "Start date", values: { value: { date: "priceDate" } }, names: { value: "CommitmentStart" }, format: "date", unit: "date", notes: "Default: the price date. Dates each month of the burn table" },
            { key: "treatment", label: "Unused commitment at term end", values: { value: TREATMENTS[0] }, names: { value: "CommitmentTreatment" }, validation: TREATMENTS, format: "text", unit: "True-up / Forfeit", notes: "Drop-down. True-up: committed spend billed as used, the shortfall paid at term end (EDP-style). Forfeit: prepaid, the unused balance is lost. The total is the same; the cash falls in different months" },
            { key: "overDiscount", label: "Discount off list beyond the commitment (overage)", values: { value: 0 }, names: { value: "OverageDiscount" }, format: "percent", unit: "share", notes: "Default 0: usage beyond the commitment at list prices (Scale Tier spills over to pay-as-you-go). Where the contract discount also covers overage, type the contract discount" },
            { key: "materiality", label: "Materiality threshold", values: { value: 0.05 }, names: { value: "MaterialityThreshold" }, format: "percent", unit: "share", notes: `${ASSUMED}: a saving smaller than this share of the larger total reads About the same` },
          ],
        },
        {
          title: "Inputs — the forecast (used when no use-case sheet is linked)",
          kind: "inputs",
          rows: [
            { key: "ownMonthly", label: "Token spend at list prices, month 1", values: { value: 7_000 }, names: { value: "ForecastListSpendMonthOne" }, format: "money", unit: "USD per month", notes: `${ASSUMED}: what this provider would bill at list prices in the first month` },
            { key: "growth", label: "Monthly growth of the spend", values: { value: 0.02 }, names: { value: "ForecastGrowth" }, format: "percent", unit: "per month", notes: `${ASSUMED}; negative for a declining workload. Also applied to linked use-case sheets' month 1` },
          ],
        },
        {
          title: "Forecast from use-case sheets in the workbook (token cost only, month 1)",
          kind: "calculations",
          rows: LINKED.flatMap(linkRows),
        },
        {
          title: "Calculations",
          kind: "calculations",
          rows: [
            { key: "contractFx", label: "Sheet currency per contract currency unit", values: { value: `=IF({contractCurrency}="${CONTRACT_CURRENCIES[0]}",{FxRate},1)` }, format: "decimal", unit: "rate", notes: "the title block's rate for a USD contract, else 1" },
            { key: "commitFx", label: "Committed amount", values: { value: "={commitAmount}*{contractFx}" }, format: "moneyFx", unit: "{currency}", notes: "in the sheet's currency" },
            { key: "linkedCount", label: "Use-case sheets linked", values: { value: `=COUNT(${linkedCells("Conv")})` }, format: "count", unit: "sheets", notes: "sheets above whose token cost is a number" },
            { key: "forecast1", label: "Forecast used: token spend at list prices, month 1", values: { value: `=IF({linkedCount}>0,SUM(${linkedCells("Conv")}),{ownMonthly}*{FxRate})` }, names: { value: "ForecastListSpend" }, format: "moneyFx", unit: "{currency} per month", notes: "the linked sheets' sum, else the input above × the rate" },
            { key: "forecastFrom", label: "Forecast from", values: { value: '=IF({linkedCount}>0,"linked use-case sheets","own input (no use-case sheet linked)")' }, format: "text", unit: "text", notes: "insert the use-case sheets first, then this one, to link them" },
            { key: "band", label: "Materiality band", values: { value: "={materiality}*MAX({payg},{total})" }, format: "moneyFx", unit: "{currency}", notes: "threshold × the larger of the two totals: a smaller saving reads About the same" },
            { key: "drawn", label: "Drawn from the commitment over the term", values: { value: "=SUM({pDraw:all})" }, names: { value: "CommitmentDrawn" }, format: "moneyFx", unit: "{currency}", notes: "usage at the contract price, up to the commitment" },
          ],
        },
        {
          title: "Checks",
          kind: "checks",
          rows: [
            { label: "Drawn + shortfall = commitment", values: { value: "=IFERROR(ROUND({drawn}+{shortfall}-{commitFx},2)=0,FALSE())" }, unit: "TRUE/FALSE", notes: "the burn table adds up" },
            { label: "Cash paid over the term = contract total", values: { value: "=IFERROR(ROUND(SUM({pPaid:all})-{total},2)=0,FALSE())" }, unit: "TRUE/FALSE", notes: "monthly payments add up, either treatment" },
            { label: "Term is 1–36 whole months", values: { value: `=IFERROR(AND({term}>=1,{term}<=${PERIODS},{term}=INT({term})),FALSE())` }, unit: "TRUE/FALSE", notes: `the burn table has ${PERIODS} months` },
            { label: "Discounts are from 0 to under 100%", values: { value: "=IFERROR(AND({discount}>=0,{discount}<1,{overDiscount}>=0,{overDiscount}<1),FALSE())" }, unit: "TRUE/FALSE", notes: "a 100% discount is not a commitment" },
            { label: "Commitment and forecast are not negative", values: { value: "=IFERROR(AND({commitAmount}>=0,{forecast1}>=0,{growth}>-1),FALSE())" }, unit: "TRUE/FALSE", notes: "zero is allowed" },
            { label: "Contract currency and treatment recognised", values: { value: `=AND(OR({contractCurrency}="${CONTRACT_CURRENCIES[0]}",{contractCurrency}="${CONTRACT_CURRENCIES[1]}"),OR({treatment}="${TREATMENTS[0]}",{treatment}="${TREATMENTS[1]}"))` }, unit: "TRUE/FALSE", notes: "values from the drop-downs" },
            { label: "Every linked sheet's token cost is priced", values: { value: `=IFERROR(COUNT(${linkedCells("Rate")})={linkedCount},FALSE())` }, unit: "TRUE/FALSE", notes: "FALSE: a linked sheet shows n/a (its model is not priced)" },
          ],
        },
      ],
      projection: {
        title: `Burn table (${PERIODS} months; months after the term are blank)`,
        periods: PERIODS,
        periodLabel: "Month",
        rows: [
          { key: "pDate", label: "Month starting", each: inTerm("EDATE({startDate},{period}-1)"), format: "date", unit: "date", notes: "start date + months" },
          { key: "pList", label: "Usage at list prices", each: inTerm("{forecast1}*(1+{growth})^({period}-1)"), format: "moneyFx", unit: "{currency} per month", notes: "the forecast with growth" },
          { key: "pUse", label: "Usage at the contract price", each: inTerm("{pList}*(1-{discount})"), format: "moneyFx", unit: "{currency} per month", notes: "list × (1 − discount)" },
          { key: "pDraw", label: "Drawn from the commitment", first: inTerm("MIN({commitFx},{pUse})"), each: inTerm("MIN({pBalance:prev},{pUse})"), format: "moneyFx", unit: "{currency} per month", notes: "usage, up to the remaining balance" },
          { key: "pBalance", label: "Remaining balance", first: inTerm("{commitFx}-{pDraw}"), each: inTerm("{pBalance:prev}-{pDraw}"), format: "moneyFx", unit: "{currency}", notes: "at month end; what is left after the last month is the shortfall" },
          { key: "pOver", label: "Overage billed", each: inTerm("IF({pUse}>{pDraw},({pUse}-{pDraw})/(1-{discount})*(1-{overDiscount}),0)"), format: "moneyFx", unit: "{currency} per month", notes: "usage not covered, back at list, less the overage discount" },
          { key: "pPaid", label: "Cash paid", each: inTerm('IF({treatment}="True-up",{pDraw}+IF({period}={term},{shortfall},0),IF({period}=1,{commitFx},0))+{pOver}'), format: "moneyFx", unit: "{currency} per month", notes: "True-up: usage as billed and the shortfall in the last month; Forfeit: the whole commitment in month 1; overage as it comes" },
          { key: "pBurn", label: "Month the commitment runs out", first: '=IF(AND({period}<={term},{commitFx}>0,{pBalance}<=0),{period}-1+{commitFx}/{pUse},"")', each: '=IF(AND({period}<={term},N({pBalance:prev})>0,{pBalance}<=0),{period}-1+{pBalance:prev}/{pUse},"")', format: "months", unit: "months", notes: "interpolated within the month" },
          { key: "pCumUse", label: "Cumulative usage at the contract price", first: charted("{pUse}"), each: charted("{pCumUse:prev}+{pUse}"), format: "moneyFx", unit: "{currency}", notes: "the burn: where it crosses the commitment, the commitment is used up (#N/A after the term: a gap in the chart)" },
          { key: "pCommitLine", label: "Commitment", each: charted("{commitFx}"), format: "moneyFx", unit: "{currency}", notes: "the committed amount, for the chart" },
        ],
      },
      chart: { type: "Line", title: "Burn vs commitment (cumulative usage at the contract price)", over: "periods", rows: ["pCumUse", "pCommitLine"] },
    },
  ],
};
