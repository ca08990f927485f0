import { sheetText } from "../../i18n/sheet-text";
import { UNASSIGNED_TEAM } from "../../engine/actuals/types";
import { isoToExcelSerial } from "../../engine/dates";
import type { ActualsLayout, BudgetRow, LineKey } from "../budget-lines";
import { lineKey } from "../actuals-table";
import { billingRows } from "../../engine/api/tiers";
import { agrees } from "../blocks/agree";
import type { FormatKey, RowSpec, SectionSpec, TemplateSpec, ValueColumn } from "../types";

/**
 * Budget vs actual: recalculates from the LlmcostActuals table (through the workbook names the import keeps over its
 * columns, LlmcostActuals_Model etc.; plain ranges, no structured references). One line per month × provider ×
 * model × team × tier × region × speed × charge kind of the actuals, repriced with LLMCOST.INFERENCE at the usage
 * month's first day, beside what the bill says (provider list, contracted, effective and billed cost, FOCUS's four
 * measures, in the billing currency × its rate).
 *
 * The bridge runs from the budget to the invoice, every step a named output, all adding up to
 * ActualBilledCost_Total − BudgetCost_Total (checked):
 *   budget → volume → price/mix → catalog list (ActualListCost_Total) → provider list → negotiated discount
 *   (contracted − list) → commitment (effective − contracted) → amortisation (billed − effective on billed lines)
 *   → not yet billed (usage without a bill, at its effective cost) → FX (billed at the invoice's rate − at the
 *   budget's rate) → purchases, credits, tax and adjustments → billed.
 * A usage line the catalog cannot price (a model, tier, region or month it has no list price for) is never costed at 0 and
 * never an Excel error: its list cell reads "unpriced" and its flag UNPRICED; the list totals leave it out, and its
 * own step (Variance_Unpriced: its provider list, else the next measure its bill gives) carries it from the catalog
 * list to the invoice, so the bridge still ends at the billed total to the cent. Beside the totals, the count of such
 * lines (Unpriced_Lines) and their billed cost (Unpriced_BilledCost); a check fails while there are any.
 * Where a file gives fewer measures, each missing one is the next one given (contracted = effective = billed for a
 * provider cost report; list = the catalog's for usage only), so a step the files cannot show reads 0, never a guess.
 *
 * Also: a chargeback by team of the billed (or effective, or list: the analyst's choice, stated on the sheet) cost
 * plus shared costs, beside each team's budget; year to date, run-rate to year end and the accrual for usage not yet
 * invoiced at the report month. The lines are laid out from the actuals when the sheet is inserted (the pane reads
 * the table; the CLI a file). Imported texts (models, teams) are written as plain text values ('-prefixed: shown as
 * written, never run as formulas).
 */
const COLUMNS: readonly ValueColumn[] = [
  { key: "month", header: sheetText("month"), width: 100 },
  { key: "provider", header: sheetText("provider"), width: 80 },
  { key: "model", header: sheetText("model"), width: 170 },
  { key: "team", header: sheetText("team"), width: 120 },
  { key: "tier", header: sheetText("tier"), width: 70 },
  { key: "input", header: sheetText("inputTokens"), width: 100 },
  { key: "cached", header: sheetText("cachedInput"), width: 95 },
  { key: "cw5", header: sheetText("cacheWrite5Min"), width: 95 },
  { key: "cw1h", header: sheetText("cacheWrite1H"), width: 95 },
  { key: "output", header: sheetText("outputTokens"), width: 100 },
  { key: "requests", header: sheetText("requests"), width: 85 },
  { key: "web", header: sheetText("webSearches"), width: 80 },
  { key: "pricedAt", header: sheetText("pricedAtTier"), width: 70 },
  { key: "list", header: sheetText("listCost"), width: 110 },
  { key: "billed", header: sheetText("billed"), width: 100 },
  { key: "gap", header: sheetText("gap"), width: 70 },
  { key: "flag", header: sheetText("flag"), width: 75 },
  { key: "key", header: sheetText("lineKey"), width: 130 },
  { key: "region", header: sheetText("region"), width: 90 },
  { key: "speed", header: sheetText("speed"), width: 70 },
  { key: "charge", header: sheetText("charge"), width: 80 },
  { key: "costs", header: sheetText("billGives"), width: 70 },
  { key: "plist", header: sheetText("providerList"), width: 100 },
  { key: "contracted", header: sheetText("contracted"), width: 100 },
  { key: "effective", header: sheetText("effective"), width: 100 },
  { key: "billedPlan", header: sheetText("billedAtBudgetRate"), width: 110 },
  { key: "unbilled", header: sheetText("notYetBilled"), width: 100 },
  { key: "chargeable", header: sheetText("chargedToTeam"), width: 110 },
  { key: "accrual", header: sheetText("accrual"), width: 100 },
  { key: "unpriced", header: sheetText("notRepriced"), width: 100 },
];

/**
 * Helper columns right of the line block, so that no formula grows with the number of billing currencies (the rule:
 * no formula over 250 characters): whether the bill gives each measure (1/0), then each measure of the line in one
 * billing currency converted at its rate, a column per currency, the currencies of one measure side by side, so a
 * measure in the sheet's currency is one SUM over its columns.
 */
const GIVEN_COLUMNS: readonly ValueColumn[] = [
  { key: "givenList", header: sheetText("listGiven"), width: 60 },
  { key: "givenContracted", header: sheetText("contractedGiven"), width: 60 },
  { key: "givenEffective", header: sheetText("effectiveGiven"), width: 60 },
  { key: "givenBilled", header: sheetText("billedGiven"), width: 60 },
];
/** Per-currency amounts: the table column and the rate (the header: sheets "currencyAmountHeader", by kind). */
const CURRENCY_AMOUNTS = {
  planList: { column: "LlmcostActuals_ListCost", rate: "Plan" },
  planContracted: { column: "LlmcostActuals_Contracted", rate: "Plan" },
  planEffective: { column: "LlmcostActuals_Effective", rate: "Plan" },
  planBilled: { column: "LlmcostActuals_Billed", rate: "Plan" },
  actualBilled: { column: "LlmcostActuals_Billed", rate: "Actual" },
  invoiced: { column: "LlmcostActuals_Invoiced", rate: "Actual" },
} as const;
type CurrencyAmount = keyof typeof CURRENCY_AMOUNTS;
const amountKey = (kind: CurrencyAmount, currency: string) => `${kind}${currency}`;

/** The sheet's value columns for these billing currencies. */
function columnsFor(currencies: string[]): ValueColumn[] {
  const amounts = (Object.keys(CURRENCY_AMOUNTS) as CurrencyAmount[]).flatMap((kind) => currencies.map((c) => ({ key: amountKey(kind, c), header: sheetText("currencyAmountHeader", { code: c, kind }), width: 100 })));
  return [...COLUMNS, ...GIVEN_COLUMNS, ...amounts];
}

/** The formats of a line row's cells (the helper columns' too). */
function formatsFor(currencies: string[]): Record<string, FormatKey> {
  const amounts = (Object.keys(CURRENCY_AMOUNTS) as CurrencyAmount[]).flatMap((kind) => currencies.map((c) => [amountKey(kind, c), "moneyFx" as FormatKey]));
  return { ...FORMATS, ...Object.fromEntries(GIVEN_COLUMNS.map((c) => [c.key, "integer" as FormatKey])), ...Object.fromEntries(amounts) };
}

/**
 * What a line's list cell and flag read (when the catalog cannot price it; when its bill is off the list by more than
 * the threshold, or not): sheet texts, so that the flags and the COUNTIF/SUMIFS that match them on this sheet are
 * rendered in the sheet's language together.
 */
const UNPRICED = sheetText("lineUnpriced");
const UNPRICED_FLAG = sheetText("flagUnpriced");
const GAP_FLAG = { check: sheetText("flagCheck"), ok: sheetText("checkOk") } as const;

/**
 * The chargeback's drop-downs: the list, the value it starts with and the formulas that compare it are rendered from
 * the same sheet texts (a Korean sheet offers and compares 토큰 / 요청 수 / 고정 비율).
 */
const DRIVER = { tokens: sheetText("driverTokens"), requests: sheetText("driverRequests"), fixedShare: sheetText("driverFixedShare") } as const;
const BASIS = { billed: sheetText("basisBilled"), effective: sheetText("basisEffective"), list: sheetText("basisList") } as const;
/** Whether an input holds one of its drop-down's options (a typo, or the other language's word, does not). */
const listed = (input: string, options: Record<string, string>) => `OR(${Object.values(options).map((option) => `{${input}}="${option}"`).join(",")})`;
const KEYS = COLUMNS.map((column) => column.key);

/** Section headers: the given ones, every other column blank (each section says what its columns hold). */
function headers(label: string, given: Record<string, string>): Record<string, string> {
  return { label, ...Object.fromEntries(KEYS.map((key) => [key, ""])), ...given };
}

const TOKEN_KINDS = ["input", "cached", "cw5", "cw1h", "output", "requests", "web"] as const;
const TABLE_NAME: Record<(typeof TOKEN_KINDS)[number], string> = {
  input: "LlmcostActuals_Input",
  cached: "LlmcostActuals_Cached",
  cw5: "LlmcostActuals_CacheWrite",
  cw1h: "LlmcostActuals_CacheWrite1h",
  output: "LlmcostActuals_Output",
  requests: "LlmcostActuals_Requests",
  web: "LlmcostActuals_WebSearches",
};
/** The bill's measures in the table, with the bit each sets in a line's "Bill gives" cell. */
const MEASURES = { list: ["LlmcostActuals_ListCost", 1], contracted: ["LlmcostActuals_Contracted", 2], effective: ["LlmcostActuals_Effective", 4], billed: ["LlmcostActuals_Billed", 8] } as const;
type Measure = keyof typeof MEASURES;
const MONEY_COLUMNS = ["list", "billed", "plist", "contracted", "effective", "billedPlan", "unbilled", "chargeable", "accrual", "unpriced"];
const TEXT_COLUMNS = ["provider", "model", "team", "tier", "region", "speed", "charge"];
const FORMATS: Record<string, FormatKey> = {
  month: "date",
  ...Object.fromEntries(TEXT_COLUMNS.map((k) => [k, "text"])),
  ...Object.fromEntries(TOKEN_KINDS.map((k) => [k, "tokens"])),
  ...Object.fromEntries(MONEY_COLUMNS.map((k) => [k, "moneyFx"])),
  pricedAt: "text",
  gap: "percent",
  flag: "text",
  costs: "integer",
};
/** Every amount of the sheet is in its currency (USD list prices and billing-currency amounts × their rates); the unit column says which. */
const SHEET_MONEY = "{currency}";
/** A team as the reader sees it: the file's own name, or the sheet's word for none. */
const teamText = (team: string) => (team === UNASSIGNED_TEAM ? sheetText("unassignedTeam") : team);
/** The unit of rows that hold shares (discount, gap) beside amounts: a fixed text, as a percent cell's unit must say (%). */
const MONEY_AND_SHARES = sheetText("theSheetSCurrencyShares");

/**
 * Imported text (a team, a model) as a plain text value: the leading apostrophe is Excel's (and HyperFormula's) mark
 * for "this is text", so a team named "=HYPERLINK(…)", "+cmd" or "-1+2" is shown exactly as written and never run.
 * The apostrophe is not part of the value Excel keeps or shows.
 */
export function plainText(text: string): string {
  return `'${text}`;
}

/** A sum over the table, or 0 before any usage was imported (a sum over an undefined name is #NAME?, which ISNUMBER reads as FALSE). */
const fromTable = (formula: string) => `IF({ActualsFound},${formula},0)`;

/** Row keys of the rates of one billing currency (names must not end in digits: HyperFormula refuses them). */
const rateKey = (kind: "Plan" | "Actual", currency: string) => `Fx${kind}_${currency}`;

/**
 * The one place a line's list price is looked up: LLMCOST.INFERENCE on the line's tokens (5-minute and 1-hour cache
 * writes each at its own price) at the month's catalog prices, at the line's service tier ({Lk:pricedAt}) and priced
 * region, with the tier and region multipliers of src/data/service-tiers.json. A tier or region the provider does not
 * offer for the model is #VALUE!, which the line's IFERROR reads as unpriced.
 */
function repricingCall(ref: (col: string) => string, region: string): string {
  const tokens = `(${ref("input")}+${ref("cw5")}+${ref("cw1h")})`;
  const requestsArg = `IF(${ref("requests")}>0,${ref("requests")},MAX(1,${tokens}))`;
  const inference = `IF(${tokens}+${ref("output")}=0,0,LLMCOST.INFERENCE(${ref("model")},${tokens},${ref("output")},${requestsArg},${ref("cached")},0,${ref("month")},${ref("cw5")},{PriceSheet},${ref("pricedAt")},"${region}",${ref("cw1h")}))`;
  return `(${inference}+${ref("web")}*{WebSearchFeePerThousand}/1000)*{FxRate}`;
}

/**
 * The region a line is priced at: its region where the provider prices regions by that name (Anthropic inference_geo
 * "us", OpenAI's regional endpoints, Bedrock's profiles), else "" (the global list price): a cloud region from a bill
 * (FOCUS "us-east-1", "swedencentral") names where the cloud ran it, not a price the provider lists apart.
 */
function pricedRegion(line: LineKey): string {
  const region = (line.region ?? "").toLowerCase();
  return billingRows.some((row) => row.kind === "region" && row.provider === line.provider && row.name === region) ? region : "";
}

/** The service tier a line is priced at: provisioned throughput at pay-as-you-go list ("standard"), Anthropic's fast mode (speed "fast") at the provider's "fast" tier, else its own tier. */
function pricedTier(ref: (col: string) => string): string {
  return `=IF(${ref("tier")}="provisioned","standard",IF(${ref("speed")}="fast","fast",${ref("tier")}))`;
}

interface Ctx {
  currencies: string[];
}

function lineRow(line: LineKey, index: number, ctx: Ctx): RowSpec {
  const k = `L${index + 1}`;
  const crit = `LlmcostActuals_Key,{${k}:key}`;
  const ref = (col: string) => `{${k}:${col}}`;
  const usage = (line.charge ?? "usage") === "usage";
  const values: RowSpec["values"] = {
    month: isoToExcelSerial(line.month),
    provider: plainText(line.provider),
    model: plainText(line.model),
    team: plainText(line.team),
    tier: plainText(line.tier),
    region: plainText(line.region ?? ""),
    speed: plainText(line.speed ?? "standard"),
    charge: plainText(line.charge ?? "usage"),
    key: lineKey(line),
  };
  for (const kind of TOKEN_KINDS) values[kind] = `=${fromTable(`SUMIFS(${TABLE_NAME[kind]},${crit})`)}`;
  const givenKey = { list: "givenList", contracted: "givenContracted", effective: "givenEffective", billed: "givenBilled" } as const;
  for (const m of Object.keys(MEASURES) as Measure[]) values[givenKey[m]] = `=${fromTable(`SIGN(COUNTIFS(${MEASURES[m][0]},">=0",${crit})+COUNTIFS(${MEASURES[m][0]},"<0",${crit}))`)}`;
  values.costs = `=${(Object.keys(MEASURES) as Measure[]).map((m) => `${ref(givenKey[m])}*${MEASURES[m][1]}`).join("+")}`;
  const has = (m: Measure) => `${ref(givenKey[m])}=1`;
  for (const kind of Object.keys(CURRENCY_AMOUNTS) as CurrencyAmount[]) {
    const { column, rate } = CURRENCY_AMOUNTS[kind];
    const extra = kind === "invoiced" ? `,LlmcostActuals_BillingMonth,"<="&{ReportMonth}` : "";
    for (const c of ctx.currencies) values[amountKey(kind, c)] = `=${fromTable(`SUMIFS(${column},${crit},LlmcostActuals_Currency,"${c}"${extra})*{${rateKey(rate, c)}}`)}`;
  }
  /** One measure of the line in the sheet's currency: the sum of its per-currency columns. */
  const sumOf = (kind: CurrencyAmount) => (ctx.currencies.length === 0 ? "0" : `SUM(${ref(amountKey(kind, ctx.currencies[0]))}:${ref(amountKey(kind, ctx.currencies[ctx.currencies.length - 1]))})`);
  const planOf: Record<Measure, CurrencyAmount> = { list: "planList", contracted: "planContracted", effective: "planEffective", billed: "planBilled" };
  const at = (m: Measure, rate: "Plan" | "Actual") => sumOf(rate === "Actual" && m === "billed" ? "actualBilled" : planOf[m]);
  values.billed = `=IF(${has("billed")},${at("billed", "Actual")},"")`;
  values.gap = `=IF(OR(${ref("billed")}="",NOT(ISNUMBER(${ref("list")}))),"",IF(${ref("list")}=0,"",${ref("billed")}/${ref("list")}-1))`;
  values.flag = `=IF(NOT(ISNUMBER(${ref("list")})),"${UNPRICED_FLAG}",IF(${ref("gap")}="","${sheetText("noBill")}",IF(ABS(${ref("gap")})>{GapThreshold},"${GAP_FLAG.check}","${GAP_FLAG.ok}")))`;
  const invoicedBy = sumOf("invoiced");
  if (usage) {
    values.pricedAt = pricedTier(ref);
    values.list = `=IFERROR(${repricingCall(ref, pricedRegion(line))},"${UNPRICED}")`;
    // Unpriced (list is text): the provider list, else the next measure the bill gives, else 0 (no bill, flagged).
    const next = `IF(${has("contracted")},${at("contracted", "Plan")},IF(${has("effective")},${at("effective", "Plan")},IF(${has("billed")},${at("billed", "Plan")},0)))`;
    values.plist = `=IF(${has("list")},${at("list", "Plan")},IF(ISNUMBER(${ref("list")}),${ref("list")},${next}))`;
    values.unpriced = `=IF(ISNUMBER(${ref("list")}),0,${ref("plist")})`;
    values.contracted = `=IF(${has("contracted")},${at("contracted", "Plan")},IF(${has("effective")},${at("effective", "Plan")},IF(${has("billed")},${at("billed", "Plan")},${ref("plist")})))`;
    values.effective = `=IF(${has("effective")},${at("effective", "Plan")},IF(${has("billed")},${at("billed", "Plan")},${ref("contracted")}))`;
    values.billedPlan = `=IF(${has("billed")},${at("billed", "Plan")},0)`;
    values.unbilled = `=IF(${has("billed")},0,${ref("effective")})`;
    values.chargeable = `=IF({ChargebackBasis}="${BASIS.list}",IF(ISNUMBER(${ref("list")}),${ref("list")},${ref("plist")}),IF(OR({ChargebackBasis}="${BASIS.effective}",NOT(${has("billed")})),${ref("effective")},${ref("billed")}))`;
    values.accrual = `=IF(${ref("month")}>{ReportMonth},0,IF(${has("billed")},${ref("billed")},${ref("effective")})-(${invoicedBy}))`;
  } else {
    // A purchase, credit, tax or adjustment: money only, its own bridge step; none of it is volume or price.
    values.pricedAt = "";
    for (const col of ["list", "plist", "contracted", "effective", "billedPlan", "unbilled", "unpriced"]) values[col] = 0;
    const billed = `N(${ref("billed")})`;
    values.chargeable = line.charge === "purchase" ? `=IF({ChargebackBasis}="${BASIS.billed}",${billed},0)` : `=IF({ChargebackBasis}="${BASIS.list}",0,${billed})`;
    values.accrual = `=IF(${ref("month")}>{ReportMonth},0,${billed}-(${invoicedBy}))`;
  }
  const label = sheetText("actualsLineLabel", { month: line.month.slice(0, 7), model: line.model, team: teamText(line.team), kind: usage ? "usage" : "charge", charge: line.charge ?? "" });
  return {
    key: k,
    label,
    kind: "input",
    values,
    format: formatsFor(ctx.currencies),
    unit: MONEY_AND_SHARES,
    notes: usage
      ? sheetText("summedFromTheLlmcostactualsRowsWith")
      : "A purchase, credit, tax or adjustment of the bill: money only, never volume; charged to teams on the billed basis (purchases) or billed and effective bases (the others)",
  };
}

/** A range of one column over consecutive keyed rows: "{A1:col}:{An:col}". */
const span = (prefix: string, count: number, col: string) => `{${prefix}1:${col}}:{${prefix}${count}:${col}}`;

/** A sum of a group's line cells, listed: exact whatever the texts hold (no criteria to misread); 0 for no member. */
const listedSum = (members: number[], col: string) => (members.length === 0 ? "0" : `SUM(${members.map((i) => `{L${i + 1}:${col}}`).join(",")})`);

function monthModelRow(month: string, model: string, index: number, members: number[]): RowSpec {
  const k = `MM${index + 1}`;
  const values: RowSpec["values"] = { month: isoToExcelSerial(month), model: plainText(model) };
  for (const col of TOKEN_KINDS) values[col] = `=${listedSum(members, col)}`;
  const lists = members.map((i) => `{L${i + 1}:list}`).join(",");
  // the priced lines' sum; "unpriced" when none of its lines is priced (never a 0 that is not one)
  values.list = `=IF(COUNT(${lists})=0,"${UNPRICED}",SUM(${lists}))`;
  const billed = members.map((i) => `{L${i + 1}:billed}`).join(",");
  values.billed = `=IF(COUNT(${billed})<COUNTA(${billed}),"",SUM(${billed}))`;
  values.gap = `=IF(OR({${k}:billed}="",COUNT(${lists})<${members.length}),"",IF({${k}:list}=0,"",{${k}:billed}/{${k}:list}-1))`;
  values.flag = `=IF(COUNT(${lists})<${members.length},"${UNPRICED_FLAG}",IF({${k}:gap}="","${sheetText("noBill")}",IF(ABS({${k}:gap})>{GapThreshold},"${GAP_FLAG.check}","${GAP_FLAG.ok}")))`;
  return { key: k, label: `${month.slice(0, 7)} ${model}`, kind: "input", values, format: FORMATS, unit: MONEY_AND_SHARES, notes: sheetText("sumOfItsLinesAboveBilled") };
}

function budgetRow(row: BudgetRow, index: number): RowSpec {
  const k = `B${index + 1}`;
  return {
    key: k,
    label: sheetText("budgetLineLabel", { month: row.month.slice(0, 7), line: row.model || row.team }),
    kind: "input",
    values: { month: isoToExcelSerial(row.month), model: plainText(row.model), team: plainText(row.team), input: row.tokens ?? 0, list: row.amount, billed: `={${k}:list}*{BudgetFxRate}` },
    format: { month: "date", model: "text", team: "text", input: "tokens", list: "general", billed: "moneyFx" },
    unit: SHEET_MONEY,
    notes: sheetText("yourBudgetForTheMonthBy"),
  };
}

function varianceRow(month: string, index: number, lines: number, budgets: number, members: number[]): RowSpec {
  const k = `M${index + 1}`;
  const byMonth = (col: string) => `SUMIFS(${span("L", lines, col)},${span("L", lines, "month")},{${k}:month})`;
  const budget = (col: string) => (budgets === 0 ? "0" : `SUMIFS(${span("B", budgets, col)},${span("B", budgets, "month")},{${k}:month})`);
  const r = (col: string) => `{${k}:${col}}`;
  return {
    key: k,
    label: sheetText("varianceOfMonth", { month: month.slice(0, 7) }),
    kind: "input",
    values: {
      month: isoToExcelSerial(month),
      input: `=${["input", "cw5", "cw1h", "output"].map(byMonth).join("+")}`,
      cached: `=${budget("input")}`,
      list: `=${byMonth("list")}`,
      billed: `=${budget("billed")}`,
      cw5: `=IF(${r("cached")}=0,${r("list")}-${r("billed")},(${r("input")}-${r("cached")})*${r("billed")}/${r("cached")})`,
      cw1h: `=IF(${r("cached")}=0,0,${r("list")}-${r("input")}*${r("billed")}/${r("cached")})`,
      output: `=${r("list")}-${r("billed")}`,
      plist: `=${listedSum(members, "billed")}`,
      effective: `=${r("plist")}+${listedSum(members, "unbilled")}`,
      accrual: `=${listedSum(members, "accrual")}`,
    },
    format: { month: "date", input: "tokens", cached: "tokens", list: "moneyFx", billed: "moneyFx", cw5: "moneyFx", cw1h: "moneyFx", output: "moneyFx", plist: "moneyFx", effective: "moneyFx", accrual: "moneyFx" },
    unit: SHEET_MONEY,
    notes: sheetText("volumeActualBudgetTokensBudgetCost"),
  };
}

function teamRow(team: string, index: number, teams: number, members: number[], budgetMembers: number[]): RowSpec {
  const k = `T${index + 1}`;
  const r = (col: string) => `{${k}:${col}}`;
  const share = `IF({AllocationDriver}="${DRIVER.tokens}",IF(SUM(${span("T", teams, "input")})=0,0,${r("input")}/SUM(${span("T", teams, "input")})),IF({AllocationDriver}="${DRIVER.requests}",IF(SUM(${span("T", teams, "requests")})=0,0,${r("requests")}/SUM(${span("T", teams, "requests")})),${r("pricedAt")}))`;
  const budget = budgetMembers.length === 0 ? "0" : `SUM(${budgetMembers.map((i) => `{B${i + 1}:billed}`).join(",")})`;
  return {
    key: k,
    label: sheetText("chargebackTeam", { team: teamText(team) }),
    kind: "input",
    values: {
      team: plainText(team),
      input: `=${["input", "cw5", "cw1h", "output"].map((col) => listedSum(members, col)).join("+")}`,
      requests: `=${listedSum(members, "requests")}`,
      pricedAt: Number((1 / teams).toFixed(6)),
      list: `=${listedSum(members, "chargeable")}`,
      gap: `=${share}`,
      billed: `=${r("gap")}*{SharedCost}`,
      flag: `=${r("list")}+${r("billed")}`,
      plist: `=${budget}`,
      contracted: `=IF(${budgetMembers.length}=0,"",${r("flag")}-${r("plist")})`,
    },
    format: { team: "text", input: "tokens", requests: "count", pricedAt: "percent", list: "moneyFx", gap: "percent", billed: "moneyFx", flag: "moneyFx", plist: "moneyFx", contracted: "moneyFx" },
    unit: MONEY_AND_SHARES,
    notes: sheetText("directCostOnTheChosenBasis", { fixedShare: DRIVER.fixedShare }),
  };
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item).toLowerCase())) seen.set(key(item).toLowerCase(), item);
  return [...seen.values()];
}

function rateRows(currencies: string[]): RowSpec[] {
  return currencies.flatMap((c): RowSpec[] => {
    const fallback = c === "USD" ? "={FxRate}" : `=IF({Currency}="${c}",1,0)`;
    return [
      {
        key: rateKey("Actual", c),
        label: sheetText("oneCurrencyInTheSheetSCurrency", { code: c, rate: "invoice" }),
        // beside the rate, what the checks add up over the currencies (so no check grows with their number)
        values: {
          month: fallback,
          list: `=${fromTable(`SUMIFS(LlmcostActuals_Billed,LlmcostActuals_Currency,"${c}")*{${rateKey("Actual", c)}:month}`)}`,
          billed: `=${fromTable(`COUNTIF(LlmcostActuals_Currency,"${c}")`)}`,
          plist: `=IF(AND({${rateKey("Actual", c)}:month}>0,{${rateKey("Plan", c)}:month}>0),1,0)`,
        },
        names: { month: rateKey("Actual", c) },
        format: { month: "general", list: "moneyFx", billed: "integer", plist: "integer" },
        unit: "{currency}", notes: sheetText("theRateAtWhichTheBillIsBooked", { code: c, usd: c === "USD" ? "yes" : "no" }) },
      { key: rateKey("Plan", c), label: sheetText("oneCurrencyInTheSheetSCurrency", { code: c, rate: "budget" }), values: { month: `={${rateKey("Actual", c)}}` }, names: { month: rateKey("Plan", c) }, format: "general" as FormatKey, unit: "{currency}", notes: sheetText("theRateTheBudgetAssumedThe") },
    ];
  });
}

export function budgetVsActualTemplate(layout: ActualsLayout): TemplateSpec {
  const lines = layout.lines.length > 0 ? layout.lines : EXAMPLE_LAYOUT.lines;
  const budget = layout.budget;
  const ctx: Ctx = { currencies: layout.currencies ?? (layout.lines.length > 0 ? ["USD"] : EXAMPLE_LAYOUT.currencies ?? []) };
  // the rate rows' cells of one column, first currency to last (the checks' sums over the currencies)
  const rateSpan = (col: string) => `{${rateKey("Actual", ctx.currencies[0])}:${col}}:{${rateKey("Actual", ctx.currencies[ctx.currencies.length - 1])}:${col}}`;
  const overRates = (col: string) => (ctx.currencies.length === 0 ? "0" : `SUM(${rateSpan(col)})`);
  const pairs = unique(lines.map((l) => ({ month: l.month, model: l.model })), (p) => `${p.month}|${p.model}`);
  const months = unique([...lines.map((l) => l.month), ...budget.map((b) => b.month)], (m) => m).sort();
  const teams = unique([...lines.map((l) => l.team), ...budget.filter((b) => b.team !== "").map((b) => b.team)], (t) => t);
  const n = lines.length;
  const t = teams.length;
  const membersOf = (belongs: (line: LineKey) => boolean) => lines.flatMap((line, i) => (belongs(line) ? [i] : []));
  const usageLines = membersOf((l) => (l.charge ?? "usage") === "usage");
  const otherLines = membersOf((l) => (l.charge ?? "usage") !== "usage");
  const lastMonth = [...lines.map((l) => l.month)].sort().pop() as string;
  const budgetCurrency = budget.find((b) => b.currency !== "")?.currency;
  const sum = (prefix: string, count: number, col: string) => `=SUM(${span(prefix, count, col)})`;
  const input = (key: string, label: string, value: number | string, format: FormatKey, unit: string, notes: string, extra: Partial<RowSpec> = {}): RowSpec => ({ key, label, values: { month: value }, names: { month: key }, format, unit, notes, ...extra });
  // Outputs sit in column B (like the inputs), so the key ones read on the first screen.
  const output = (key: string, label: string, formula: string, name: string, notes: string): RowSpec => ({ key, label, values: { month: formula }, names: { month: name }, format: "moneyFx", unit: SHEET_MONEY, notes });
  const steps = ["VolumeTotal", "PriceMixTotal", "UnpricedTotal", "ListGapTotal", "DiscountTotal", "CommitmentTotal", "AmortisationTotal", "NotBilledTotal", "FxTotal", "OtherTotal"];
  const sections: SectionSpec[] = [
    {
      title: sheetText("keyOutputsTheBridgeFromBudget"),
      kind: "outputs",
      headers: headers(sheetText("output"), { month: sheetText("amountHeader") }),
      rows: [
        output("BudgetTotal", sheetText("budget"), budget.length === 0 ? "=0" : sum("B", budget.length, "billed"), "BudgetCost_Total", sheetText("sumOfTheBudgetLinesIn")),
        output("VolumeTotal", sheetText("plusVolumeVariance"), sum("M", months.length, "cw5"), "Variance_Volume", sheetText("moreOrFewerTokensThanPlanned")),
        output("PriceMixTotal", sheetText("plusPriceMixVariance"), sum("M", months.length, "cw1h"), "Variance_PriceMix", sheetText("differentPricesOrModelsThanPlanned")),
        output("ActualTotal", sheetText("equalsActualListCostCatalog"), sum("L", n, "list"), "ActualListCost_Total", sheetText("everyLineRepricedWithInferenceAt")),
        output("UnpricedTotal", sheetText("plusLinesNotRepricedAtTheir"), sum("L", n, "unpriced"), "Variance_Unpriced", sheetText("theLinesNotRepricedEnterThe")),
        output("ListGapTotal", sheetText("plusProviderListAboveTheCatalog"), `=SUM(${span("L", n, "plist")})-{ActualTotal}-{UnpricedTotal}`, "Variance_ListPrice", sheetText("theBillSListCostFocus")),
        output("DiscountTotal", sheetText("plusNegotiatedDiscountContractedList"), `=SUM(${span("L", n, "contracted")})-SUM(${span("L", n, "plist")})`, "Variance_Discount", sheetText("negativeTheContractSPricesBelow")),
        output("CommitmentTotal", sheetText("plusCommitmentEffectEffectiveContracted"), `=SUM(${span("L", n, "effective")})-SUM(${span("L", n, "contracted")})`, "Variance_Commitment", sheetText("negativeUsageCoveredByReservationsOr")),
        output("AmortisationTotal", sheetText("plusBilledEffectiveOnBilledUsage"), `=SUM(${span("L", n, "billedPlan")})-SUM(${span("L", n, "effective")})+SUM(${span("L", n, "unbilled")})`, "Variance_Amortisation", sheetText("usageAPrepaidCommitmentCoversIs")),
        output("NotBilledTotal", sheetText("lessUsageNotBilledInThe"), `=-SUM(${span("L", n, "unbilled")})`, "Variance_NotYetBilled", sheetText("usageNoImportedFileBillsUsage")),
        output("FxTotal", sheetText("plusFxBilledAtTheInvoice"), `=${listedSum(usageLines, "billed")}-SUM(${span("L", n, "billedPlan")})`, "Variance_Fx", sheetText("t0UntilTheBudgetSRates")),
        output("OtherTotal", sheetText("plusPurchasesCreditsTaxAndAdjustments"), `=${listedSum(otherLines, "billed")}`, "Variance_OtherCharges", sheetText("theBillSNonUsageLines")),
        output("BilledTotal", sheetText("equalsBilledCostTheInvoice"), sum("L", n, "billed"), "ActualBilledCost_Total", sheetText("whatTheFilesBillFocusBilledcost")),
        output("BilledVarianceTotal", sheetText("varianceToTheInvoiceBilledBudget"), "={BilledTotal}-{BudgetTotal}", "Variance_Billed", sheetText("positiveOverBudgetAsInvoicedThe")),
        output("VarianceTotal", sheetText("varianceToListActualListBudget"), "={ActualTotal}-{BudgetTotal}", "Variance_Total", sheetText("positiveOverBudgetAtCatalogList")),
        output("RunRate", sheetText("runRateForecastToYearEnd"), "={YearToDate}/MONTH({ReportMonth})*12", "Forecast_YearEnd", sheetText("yearToDateItsMonthlyAverage")),
        output("BudgetYear", sheetText("budgetFullYear"), budget.length === 0 ? "=0" : `=SUMIFS(${span("B", budget.length, "billed")},${span("B", budget.length, "month")},">="&DATE(YEAR({ReportMonth}),1,1),${span("B", budget.length, "month")},"<="&DATE(YEAR({ReportMonth}),12,31))`, "Budget_Year", sheetText("budgetLinesOfTheReportMonth")),
        { key: "UnpricedLines", label: sheetText("linesNotRepricedNotInThe"), values: { month: `=COUNTIF(${span("L", n, "flag")},"${UNPRICED_FLAG}")` }, names: { month: "Unpriced_Lines" }, format: "count", unit: sheetText("lines"), notes: sheetText("usageLinesWhoseModelTierRegion") },
      ],
    },
    {
      title: sheetText("inputs"),
      kind: "inputs",
      headers: headers(sheetText("input"), { month: sheetText("value"), list: sheetText("billedInTheFilesAtThisRate"), billed: sheetText("tableRowsInThisCurrency"), plist: sheetText("bothRatesGiven10") }),
      rows: [
        { key: "ActualsFound", label: sheetText("usageImportedLlmcostactualsTableFound"), kind: "calc", values: { month: "=ISNUMBER(SUM(LlmcostActuals_Input))" }, names: { month: "ActualsFound" }, unit: "TRUE/FALSE", notes: sheetText("falseImportUsageFromTheTask") },
        input("GapThreshold", sheetText("flagABilledVsListGap"), 0.1, "percent", sheetText("share"), sheetText("gapsAboveThisShareAreFlagged")),
        input("WebSearchFeePerThousand", sheetText("webSearchFee"), 10, "money", sheetText("usdPer1000Searches"), sheetText("anthropicWebSearchTool10Per")),
        input("SharedCost", sheetText("sharedCostsToChargeBack"), 0, "moneyFx", sheetText("currencyOverThePeriod"), sheetText("selfHostedFleetEGLlmcost")),
        input("AllocationDriver", sheetText("allocateSharedCostsBy"), DRIVER.tokens, "text", Object.values(DRIVER).join(" / "), sheetText("driverOfTheChargebackEachTeam"), { validation: Object.values(DRIVER) }),
        input("ChargebackBasis", sheetText("chargeTeamsTheirLines"), BASIS.billed, "text", Object.values(BASIS).join(" / "), sheetText("billedTheInvoiceUsageNotYet", BASIS), { validation: Object.values(BASIS) }),
        input("ReportMonth", sheetText("reportMonthYearToDateAccrual"), isoToExcelSerial(lastMonth), "date", sheetText("date"), sheetText("theMonthBeingClosedYearTo")),
        input("BudgetCurrency", sheetText("budgetCurrency"), budgetCurrency ? budgetCurrency : "={Currency}", "text", sheetText("isoCode"), budgetCurrency ? sheetText("fromTheBudgetFile") : sheetText("theSheetSCurrencyUntilYou")),
        input("BudgetFxRate", sheetText("t1BudgetCurrencyInTheSheet"), `=IF({BudgetCurrency}={Currency},1,IF({BudgetCurrency}="USD",{FxRate},0))`, "general", "{currency}", sheetText("t1WhenTheBudgetIsIn")),
        ...rateRows(ctx.currencies),
      ],
    },
    {
      title: sheetText("budgetTypeYourPlanPerMonth"),
      kind: "inputs",
      headers: headers(sheetText("budgetLine"), { month: sheetText("month"), model: sheetText("model"), team: sheetText("team"), input: sheetText("budgetTokens"), list: sheetText("amountBudgetCurrency"), billed: sheetText("inTheSheetSCurrency") }),
      rows: budget.map(budgetRow),
    },
    {
      title: sheetText("actualUsageByLineRepricedAt"),
      kind: "calculations",
      headers: headers(sheetText("lineHeader"), Object.fromEntries(columnsFor(ctx.currencies).map((c) => [c.key, c.header]))),
      rows: lines.map((line, i) => lineRow(line, i, ctx)),
    },
    {
      title: sheetText("byMonthAndModel"),
      kind: "calculations",
      headers: headers(sheetText("monthModel"), { ...Object.fromEntries(COLUMNS.slice(0, 18).map((c) => [c.key, c.header])), provider: "", team: "", tier: "", pricedAt: "" }),
      rows: pairs.map((p, i) => monthModelRow(p.month, p.model, i, membersOf((l) => l.month === p.month && l.model.toLowerCase() === p.model.toLowerCase()))),
    },
    {
      title: sheetText("varianceVsBudgetByMonthVolume"),
      kind: "calculations",
      headers: headers(sheetText("month"), { month: sheetText("month"), input: sheetText("actualTokens"), cached: sheetText("budgetTokens"), cw5: sheetText("volumeVariance"), cw1h: sheetText("priceMixVariance"), output: sheetText("totalVariance"), list: sheetText("actualListCost"), billed: sheetText("budgetCost"), plist: sheetText("billed"), effective: sheetText("costIncurred"), accrual: sheetText("accrual") }),
      rows: months.map((m, i) => varianceRow(m, i, n, budget.length, membersOf((l) => l.month === m))),
    },
    {
      title: sheetText("chargebackByTeamDirectCostOn"),
      kind: "calculations",
      headers: headers(sheetText("team"), { team: sheetText("team"), input: sheetText("tokensHeader"), requests: sheetText("requests"), pricedAt: sheetText("fixedShare"), list: sheetText("directCost"), gap: sheetText("shareUsed"), billed: sheetText("sharedCostAllocated"), flag: sheetText("charge"), plist: sheetText("teamBudget"), contracted: sheetText("overUnderBudget") }),
      rows: [
        ...teams.map((team, i) =>
          teamRow(
            team,
            i,
            t,
            membersOf((l) => l.team.toLowerCase() === team.toLowerCase()),
            budget.flatMap((b, j) => (b.team !== "" && b.team.toLowerCase() === team.toLowerCase() ? [j] : [])),
          ),
        ),
        { key: "AllocationRule", label: sheetText("allocationRule"), values: { team: `="${sheetText("teamsAreChargedTheirLines")}"&{ChargebackBasis}&"${sheetText("costPlusSharedCostsOf")}"&TEXT({SharedCost},{MoneyText})&"${sheetText("sharedCostBy")}"&{AllocationDriver}&"${sheetText("shareUsedTimesSharedCosts")}"` }, notes: sheetText("theRuleAsApplied") },
      ],
    },
    {
      title: sheetText("outputsTheClose"),
      kind: "outputs",
      headers: headers(sheetText("output"), { month: sheetText("amountHeader") }),
      rows: [
        { key: "UnpricedBilled", label: sheetText("billedCostOfLinesNotRepriced"), values: { month: `=SUMIFS(${span("L", n, "billed")},${span("L", n, "flag")},"${UNPRICED_FLAG}")` }, names: { month: "Unpriced_BilledCost" }, format: "moneyFx", unit: SHEET_MONEY, notes: sheetText("whatTheBillChargesForThose") },
        output("ChargedTotal", sheetText("chargedToTeams"), sum("T", t, "flag"), "Chargeback_Total", sheetText("directCostOnTheChosenBasis2")),
        output("AccrualTotal", sheetText("accrualUsageToTheReportMonth"), sum("L", n, "accrual"), "Accrual_NotInvoiced", sheetText("costOfUsageUpToThe")),
        output("YearToDate", sheetText("costIncurredYearToDate"), `=SUMIFS(${span("M", months.length, "effective")},${span("M", months.length, "month")},">="&DATE(YEAR({ReportMonth}),1,1),${span("M", months.length, "month")},"<="&{ReportMonth})`, "Actual_YearToDate", sheetText("billedNotYetBilledJanuaryTo")),
        output("BudgetYearToDate", sheetText("budgetYearToDate"), budget.length === 0 ? "=0" : `=SUMIFS(${span("B", budget.length, "billed")},${span("B", budget.length, "month")},">="&DATE(YEAR({ReportMonth}),1,1),${span("B", budget.length, "month")},"<="&{ReportMonth})`, "Budget_YearToDate", sheetText("budgetLinesOfJanuaryToThe")),
      ],
    },
    {
      title: sheetText("checks"),
      kind: "checks",
      rows: [
        { label: sheetText("volumePriceMixVarianceToList"), values: { list: `=${agrees("{VolumeTotal}+{PriceMixTotal}", "{VarianceTotal}", "{ActualTotal}")}` }, unit: "TRUE/FALSE", notes: sheetText("toTheCent") },
        // the steps' sum on a row of its own, so that the check with its tolerance stays under 250 characters
        { key: "bridgeSteps", label: sheetText("theBridgeSStepsSummed"), kind: "calc", values: { list: `=${steps.map((s) => `{${s}}`).join("+")}` }, format: "moneyFx", unit: SHEET_MONEY, notes: sheetText("volumeToOtherTheStepsBetween") },
        { label: sheetText("theBridgeSStepsAddUp"), values: { list: `=${agrees("{bridgeSteps}", "{BilledTotal}-{BudgetTotal}", "{BilledTotal}")}` }, unit: "TRUE/FALSE", notes: sheetText("toTheCentActualbilledcostTotalBudgetcost") },
        { label: sheetText("everyImportedTokenIsOnA"), values: { list: `=${fromTable(`SUM(LlmcostActuals_Input,LlmcostActuals_Output,LlmcostActuals_CacheWrite,LlmcostActuals_CacheWrite1h)`)}=SUM(${["input", "output", "cw5", "cw1h"].map((c) => span("L", n, c)).join(",")})` }, unit: "TRUE/FALSE", notes: sheetText("falseAfterImportingNewMonthsModels") },
        { label: sheetText("everyBilledAmountIsOnA"), values: { list: `=${agrees(overRates("list"), "{BilledTotal}")}` }, unit: "TRUE/FALSE", notes: sheetText("falseAfterImportingANewBill") },
        { label: sheetText("everyUsageLineIsRepricedAt"), values: { list: `={UnpricedLines}=0` }, unit: "TRUE/FALSE", notes: sheetText("falseLinesFlaggedUnpricedModelTier") },
        { label: sheetText("monthModelRowsAddUpTo"), values: { list: `=${agrees(`SUM(${span("MM", pairs.length, "list")})`, "{ActualTotal}")}` }, unit: "TRUE/FALSE", notes: sheetText("toTheCent") },
        { label: sheetText("chargesAddUpToTheLines"), values: { list: `=${agrees("{ChargedTotal}", `SUM(${span("L", n, "chargeable")})+{SharedCost}`, "{ChargedTotal}")}` }, unit: "TRUE/FALSE", notes: sheetText("falseWhenTheDriverSTotal") },
        { label: sheetText("fixedSharesAddUpTo100"), values: { list: `=OR({AllocationDriver}<>"${DRIVER.fixedShare}",ABS(SUM(${span("T", t, "pricedAt")})-1)<0.000001)` }, unit: "TRUE/FALSE", notes: "" },
        { label: sheetText("driverAndBasisAreOptions"), values: { list: `=AND(${listed("AllocationDriver", DRIVER)},${listed("ChargebackBasis", BASIS)})` }, unit: "TRUE/FALSE", notes: sheetText("falseAWordTheFormulasDo") },
        {
          label: sheetText("everyAmountSCurrencyHasA"),
          values: { list: `=AND(IF({ActualsFound},${overRates("billed")}+COUNTBLANK(LlmcostActuals_Currency)=ROWS(LlmcostActuals_Currency),1=1),${ctx.currencies.length === 0 ? "" : `MIN(${rateSpan("plist")})=1,`}{BudgetFxRate}>0)` },
          unit: "TRUE/FALSE",
          notes: sheetText("ratesAboveForEachBillingCurrency"),
        },
      ],
    },
  ];
  return {
    id: "budget-vs-actual",
    title: sheetText("budgetVsActual"),
    description: sheetText("importedProviderUsageRepricedAtList"),
    group: "planning",
    source: sheetText("yourUsageAndBillingFilesLlmcostactuals"),
    choices: [],
    sheets: [{ name: sheetText("budgetVsActual"), valueColumns: columnsFor(ctx.currencies), sections, chart: { type: "ColumnClustered", title: sheetText("budgetToInvoiceBridge"), over: "values", rows: ["BudgetTotal", "VolumeTotal", "PriceMixTotal", "ActualTotal", "UnpricedTotal", "ListGapTotal", "DiscountTotal", "CommitmentTotal", "AmortisationTotal", "NotBilledTotal", "FxTotal", "OtherTotal", "BilledTotal"], columns: ["month"] } }],
  };
}

/** Laid out for two example lines until usage is imported (the pane and the CLI lay it out from the actuals). */
export const EXAMPLE_LAYOUT: ActualsLayout = {
  lines: [
    { month: "2026-10-01", provider: "openai", model: "gpt-4.1-mini", team: UNASSIGNED_TEAM, tier: "standard" },
    { month: "2026-10-01", provider: "anthropic", model: "claude-sonnet-4-5", team: UNASSIGNED_TEAM, tier: "standard" },
  ],
  budget: [
    { month: "2026-10-01", model: "gpt-4.1-mini", team: "", tokens: 0, amount: 0, currency: "" },
    { month: "2026-10-01", model: "claude-sonnet-4-5", team: "", tokens: 0, amount: 0, currency: "" },
  ],
  currencies: ["USD"],
};

export const budgetVsActual: TemplateSpec = budgetVsActualTemplate(EXAMPLE_LAYOUT);
