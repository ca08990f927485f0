import { isoToExcelSerial } from "../../engine/dates";
import type { ActualsLayout, BudgetRow, LineKey } from "../budget-lines";
import { lineKey } from "../actuals-table";
import { billingRows } from "../../engine/api/tiers";
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
  { key: "month", header: "Month", width: 100 },
  { key: "provider", header: "Provider", width: 80 },
  { key: "model", header: "Model", width: 170 },
  { key: "team", header: "Team", width: 120 },
  { key: "tier", header: "Tier", width: 70 },
  { key: "input", header: "Input tokens", width: 100 },
  { key: "cached", header: "Cached input", width: 95 },
  { key: "cw5", header: "Cache write 5 min", width: 95 },
  { key: "cw1h", header: "Cache write 1 h", width: 95 },
  { key: "output", header: "Output tokens", width: 100 },
  { key: "requests", header: "Requests", width: 85 },
  { key: "web", header: "Web searches", width: 80 },
  { key: "pricedAt", header: "Priced at tier", width: 70 },
  { key: "list", header: "List cost", width: 110 },
  { key: "billed", header: "Billed", width: 100 },
  { key: "gap", header: "Gap", width: 70 },
  { key: "flag", header: "Flag", width: 75 },
  { key: "key", header: "Line key", width: 130 },
  { key: "region", header: "Region", width: 90 },
  { key: "speed", header: "Speed", width: 70 },
  { key: "charge", header: "Charge", width: 80 },
  { key: "costs", header: "Bill gives", width: 70 },
  { key: "plist", header: "Provider list", width: 100 },
  { key: "contracted", header: "Contracted", width: 100 },
  { key: "effective", header: "Effective", width: 100 },
  { key: "billedPlan", header: "Billed at budget rate", width: 110 },
  { key: "unbilled", header: "Not yet billed", width: 100 },
  { key: "chargeable", header: "Charged to team", width: 110 },
  { key: "accrual", header: "Accrual", width: 100 },
  { key: "unpriced", header: "Not repriced", width: 100 },
];

/**
 * Helper columns right of the line block, so that no formula grows with the number of billing currencies (the rule:
 * no formula over 250 characters): whether the bill gives each measure (1/0), then each measure of the line in one
 * billing currency converted at its rate, a column per currency, the currencies of one measure side by side, so a
 * measure in the sheet's currency is one SUM over its columns.
 */
const GIVEN_COLUMNS: readonly ValueColumn[] = [
  { key: "givenList", header: "List given", width: 60 },
  { key: "givenContracted", header: "Contracted given", width: 60 },
  { key: "givenEffective", header: "Effective given", width: 60 },
  { key: "givenBilled", header: "Billed given", width: 60 },
];
/** Per-currency amounts: the table column, the rate, and how the header names them. */
const CURRENCY_AMOUNTS = {
  planList: { column: "LlmcostActuals_ListCost", rate: "Plan", header: "list at the budget's rate" },
  planContracted: { column: "LlmcostActuals_Contracted", rate: "Plan", header: "contracted at the budget's rate" },
  planEffective: { column: "LlmcostActuals_Effective", rate: "Plan", header: "effective at the budget's rate" },
  planBilled: { column: "LlmcostActuals_Billed", rate: "Plan", header: "billed at the budget's rate" },
  actualBilled: { column: "LlmcostActuals_Billed", rate: "Actual", header: "billed at the invoice's rate" },
  invoiced: { column: "LlmcostActuals_Invoiced", rate: "Actual", header: "invoiced to the report month" },
} as const;
type CurrencyAmount = keyof typeof CURRENCY_AMOUNTS;
const amountKey = (kind: CurrencyAmount, currency: string) => `${kind}${currency}`;

/** The sheet's value columns for these billing currencies. */
function columnsFor(currencies: string[]): ValueColumn[] {
  const amounts = (Object.keys(CURRENCY_AMOUNTS) as CurrencyAmount[]).flatMap((kind) => currencies.map((c) => ({ key: amountKey(kind, c), header: `${c} ${CURRENCY_AMOUNTS[kind].header}`, width: 100 })));
  return [...COLUMNS, ...GIVEN_COLUMNS, ...amounts];
}

/** The formats of a line row's cells (the helper columns' too). */
function formatsFor(currencies: string[]): Record<string, FormatKey> {
  const amounts = (Object.keys(CURRENCY_AMOUNTS) as CurrencyAmount[]).flatMap((kind) => currencies.map((c) => [amountKey(kind, c), "moneyFx" as FormatKey]));
  return { ...FORMATS, ...Object.fromEntries(GIVEN_COLUMNS.map((c) => [c.key, "integer" as FormatKey])), ...Object.fromEntries(amounts) };
}

/** What a line's list cell and flag read when the catalog cannot price it (one word each: formulas match them). */
const UNPRICED = "unpriced";
const UNPRICED_FLAG = "UNPRICED";
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
/** The unit of rows that hold shares (discount, gap) beside amounts: a fixed text, as a percent cell's unit must say (%). */
const MONEY_AND_SHARES = "the sheet's currency; shares (%)";

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
  values.flag = `=IF(NOT(ISNUMBER(${ref("list")})),"${UNPRICED_FLAG}",IF(${ref("gap")}="","no bill",IF(ABS(${ref("gap")})>{GapThreshold},"CHECK","OK")))`;
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
    values.chargeable = `=IF({ChargebackBasis}="list",IF(ISNUMBER(${ref("list")}),${ref("list")},${ref("plist")}),IF(OR({ChargebackBasis}="effective",NOT(${has("billed")})),${ref("effective")},${ref("billed")}))`;
    values.accrual = `=IF(${ref("month")}>{ReportMonth},0,IF(${has("billed")},${ref("billed")},${ref("effective")})-(${invoicedBy}))`;
  } else {
    // A purchase, credit, tax or adjustment: money only, its own bridge step; none of it is volume or price.
    values.pricedAt = "";
    for (const col of ["list", "plist", "contracted", "effective", "billedPlan", "unbilled", "unpriced"]) values[col] = 0;
    const billed = `N(${ref("billed")})`;
    values.chargeable = line.charge === "purchase" ? `=IF({ChargebackBasis}="billed",${billed},0)` : `=IF({ChargebackBasis}="list",0,${billed})`;
    values.accrual = `=IF(${ref("month")}>{ReportMonth},0,${billed}-(${invoicedBy}))`;
  }
  const label = `${line.month.slice(0, 7)} ${line.model} · ${line.team}${usage ? "" : ` · ${line.charge}`}`;
  return {
    key: k,
    label,
    kind: "input",
    values,
    format: formatsFor(ctx.currencies),
    unit: MONEY_AND_SHARES,
    notes: usage
      ? "Summed from the LlmcostActuals rows with this line key; list cost = INFERENCE at the month's first day, at the line's priced tier (provisioned at standard, speed fast at the fast tier) and region (where the provider prices it by that name, e.g. Anthropic us; a cloud region from a bill at the global list price) (5-minute and 1-hour cache writes at their prices) + web searches, × FxRate; provider list, contracted, effective and billed in the billing currency × its rate (bill gives: 1 list, 2 contracted, 4 effective, 8 billed; a measure not given is the next one given). \"unpriced\" (flag UNPRICED): the catalog has no list price for the line's model, tier, region or month (INFERENCE in a cell of its own says which); the line is left out of the list totals and carried by its own bridge step at its provider list, else its bill"
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
  values.flag = `=IF(COUNT(${lists})<${members.length},"${UNPRICED_FLAG}",IF({${k}:gap}="","no bill",IF(ABS({${k}:gap})>{GapThreshold},"CHECK","OK")))`;
  return { key: k, label: `${month.slice(0, 7)} ${model}`, kind: "input", values, format: FORMATS, unit: MONEY_AND_SHARES, notes: "Sum of its lines above; billed only when every one of them has a bill; list cost of its priced lines only (UNPRICED when any is not)" };
}

function budgetRow(row: BudgetRow, index: number): RowSpec {
  const k = `B${index + 1}`;
  return {
    key: k,
    label: `Budget ${row.month.slice(0, 7)} ${row.model || row.team}`,
    kind: "input",
    values: { month: isoToExcelSerial(row.month), model: plainText(row.model), team: plainText(row.team), input: row.tokens ?? 0, list: row.amount, billed: `={${k}:list}*{BudgetFxRate}` },
    format: { month: "date", model: "text", team: "text", input: "tokens", list: "general", billed: "moneyFx" },
    unit: SHEET_MONEY,
    notes: "Your budget for the month, by model or by team: tokens (all kinds; 0 when you budget an amount only) and the amount in the budget's currency (input above), shown in the sheet's currency at the budget's rate",
  };
}

function varianceRow(month: string, index: number, lines: number, budgets: number, members: number[]): RowSpec {
  const k = `M${index + 1}`;
  const byMonth = (col: string) => `SUMIFS(${span("L", lines, col)},${span("L", lines, "month")},{${k}:month})`;
  const budget = (col: string) => (budgets === 0 ? "0" : `SUMIFS(${span("B", budgets, col)},${span("B", budgets, "month")},{${k}:month})`);
  const r = (col: string) => `{${k}:${col}}`;
  return {
    key: k,
    label: `Variance ${month.slice(0, 7)}`,
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
    notes: "Volume = (actual − budget tokens) × budget cost per token; price/mix = actual list cost − actual tokens × budget cost per token (all volume when no tokens were budgeted); cost incurred = billed + usage not yet billed at its effective cost",
  };
}

function teamRow(team: string, index: number, teams: number, members: number[], budgetMembers: number[]): RowSpec {
  const k = `T${index + 1}`;
  const r = (col: string) => `{${k}:${col}}`;
  const share = `IF({AllocationDriver}="tokens",IF(SUM(${span("T", teams, "input")})=0,0,${r("input")}/SUM(${span("T", teams, "input")})),IF({AllocationDriver}="requests",IF(SUM(${span("T", teams, "requests")})=0,0,${r("requests")}/SUM(${span("T", teams, "requests")})),${r("pricedAt")}))`;
  const budget = budgetMembers.length === 0 ? "0" : `SUM(${budgetMembers.map((i) => `{B${i + 1}:billed}`).join(",")})`;
  return {
    key: k,
    label: `Chargeback ${team}`,
    kind: "input",
    values: {
      team: plainText(team),
      input: `=${["input", "cw5", "cw1h", "output"].map((col) => listedSum(members, col)).join("+")}`,
      requests: `=${listedSum(members, "requests")}`,
      pricedAt: Number((1 / teams).toFixed(6)),
      list: `=${listedSum(members, "chargeable")}`,
      gap: `=${share}`,
      billed: `=${r("gap")}*{SharedCost}*{FxRate}`,
      flag: `=${r("list")}+${r("billed")}`,
      plist: `=${budget}`,
      contracted: `=IF(${budgetMembers.length}=0,"",${r("flag")}-${r("plist")})`,
    },
    format: { team: "text", input: "tokens", requests: "count", pricedAt: "percent", list: "moneyFx", gap: "percent", billed: "moneyFx", flag: "moneyFx", plist: "moneyFx", contracted: "moneyFx" },
    unit: MONEY_AND_SHARES,
    notes: "Direct cost on the chosen basis + shared costs by the driver; fixed share (blue) is used when the driver is \"fixed share\" (shares must add up to 100%); over budget when positive",
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
        label: `1 ${c} in the sheet's currency, at the invoice`,
        // beside the rate, what the checks add up over the currencies (so no check grows with their number)
        values: {
          month: fallback,
          list: `=${fromTable(`SUMIFS(LlmcostActuals_Billed,LlmcostActuals_Currency,"${c}")*{${rateKey("Actual", c)}:month}`)}`,
          billed: `=${fromTable(`COUNTIF(LlmcostActuals_Currency,"${c}")`)}`,
          plist: `=IF(AND({${rateKey("Actual", c)}:month}>0,{${rateKey("Plan", c)}:month}>0),1,0)`,
        },
        names: { month: rateKey("Actual", c) },
        format: { month: "general", list: "moneyFx", billed: "integer", plist: "integer" },
        unit: "{currency}", notes: `The rate at which the ${c} bill is booked${c === "USD" ? " (the sheet's USD rate until you type another)" : "; type it (0 until then, and the rates check fails) unless the sheet is in " + c}` },
      { key: rateKey("Plan", c), label: `1 ${c} in the sheet's currency, as budgeted`, values: { month: `={${rateKey("Actual", c)}}` }, names: { month: rateKey("Plan", c) }, format: "general" as FormatKey, unit: "{currency}", notes: "The rate the budget assumed; the difference to the invoice's rate is the FX step (0 until you type the budget's rate)" },
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
      title: "Key outputs: the bridge from budget to invoice, the variances and the year (details below)",
      kind: "outputs",
      headers: headers("Output", { month: "Amount" }),
      rows: [
        output("BudgetTotal", "Budget", budget.length === 0 ? "=0" : sum("B", budget.length, "billed"), "BudgetCost_Total", "Sum of the budget lines, in the sheet's currency at the budget's rate"),
        output("VolumeTotal", "Plus volume variance", sum("M", months.length, "cw5"), "Variance_Volume", "More (or fewer) tokens than planned, at the budget's cost per token"),
        output("PriceMixTotal", "Plus price/mix variance", sum("M", months.length, "cw1h"), "Variance_PriceMix", "Different prices or models than planned, at the actual volume"),
        output("ActualTotal", "Equals actual list cost (catalog)", sum("L", n, "list"), "ActualListCost_Total", "Every line repriced with INFERENCE at its month's list prices; lines the catalog cannot price are left out (counted below)"),
        output("UnpricedTotal", "Plus lines not repriced, at their provider list (else their bill)", sum("L", n, "unpriced"), "Variance_Unpriced", "The lines not repriced enter the bridge here, at the bill's list cost, else its contracted, effective or billed cost; the steps below carry them to the invoice like any line"),
        output("ListGapTotal", "Plus provider list above the catalog's", `=SUM(${span("L", n, "plist")})-{ActualTotal}-{UnpricedTotal}`, "Variance_ListPrice", "The bill's list cost (FOCUS ListCost, Anthropic list_amount) minus the catalog's: 0 where the files give no list cost"),
        output("DiscountTotal", "Plus negotiated discount (contracted − list)", `=SUM(${span("L", n, "contracted")})-SUM(${span("L", n, "plist")})`, "Variance_Discount", "Negative: the contract's prices below list. Where a file gives only the billed amount (provider cost reports, gateways), the whole gap to list shows here"),
        output("CommitmentTotal", "Plus commitment effect (effective − contracted)", `=SUM(${span("L", n, "effective")})-SUM(${span("L", n, "contracted")})`, "Variance_Commitment", "Negative: usage covered by reservations or savings plans at their amortised cost, below the contracted price"),
        output("AmortisationTotal", "Plus billed − effective on billed usage", `=SUM(${span("L", n, "billedPlan")})-SUM(${span("L", n, "effective")})+SUM(${span("L", n, "unbilled")})`, "Variance_Amortisation", "Usage a prepaid commitment covers is billed 0 while its effective cost carries the amortisation; the purchase itself is billed below (purchases)"),
        output("NotBilledTotal", "Less usage not billed in the files", `=-SUM(${span("L", n, "unbilled")})`, "Variance_NotYetBilled", "Usage no imported file bills (usage reports without their cost report, months not yet invoiced), at its effective cost: import the cost report or FOCUS export to bill it"),
        output("FxTotal", "Plus FX (billed at the invoice's rate − at the budget's)", `=${listedSum(usageLines, "billed")}-SUM(${span("L", n, "billedPlan")})`, "Variance_Fx", "0 until the budget's rates (inputs) differ from the invoice's"),
        output("OtherTotal", "Plus purchases, credits, tax and adjustments", `=${listedSum(otherLines, "billed")}`, "Variance_OtherCharges", "The bill's non-usage lines (FOCUS ChargeCategory Purchase, Credit, Tax, Adjustment), at the invoice's rate"),
        output("BilledTotal", "Equals billed cost (the invoice)", sum("L", n, "billed"), "ActualBilledCost_Total", "What the files bill (FOCUS BilledCost, provider cost reports, gateway costs) × the invoice's rate; provider usage APIs give none"),
        output("BilledVarianceTotal", "Variance to the invoice (billed − budget)", "={BilledTotal}-{BudgetTotal}", "Variance_Billed", "Positive: over budget, as invoiced; the steps above add up to it"),
        output("VarianceTotal", "Variance to list (actual list − budget)", "={ActualTotal}-{BudgetTotal}", "Variance_Total", "Positive: over budget, at catalog list prices"),
        output("RunRate", "Run-rate forecast to year end", "={YearToDate}/MONTH({ReportMonth})*12", "Forecast_YearEnd", "Year to date + its monthly average × the months left (months without imported usage count as 0)"),
        output("BudgetYear", "Budget, full year", budget.length === 0 ? "=0" : `=SUMIFS(${span("B", budget.length, "billed")},${span("B", budget.length, "month")},">="&DATE(YEAR({ReportMonth}),1,1),${span("B", budget.length, "month")},"<="&DATE(YEAR({ReportMonth}),12,31))`, "Budget_Year", "Budget lines of the report month's year"),
        { key: "UnpricedLines", label: "Lines not repriced (not in the catalog)", values: { month: `=COUNTIF(${span("L", n, "flag")},"${UNPRICED_FLAG}")` }, names: { month: "Unpriced_Lines" }, format: "count", unit: "lines", notes: "Usage lines whose model, tier, region or month the catalog has no list price for (flag UNPRICED): not in the list cost above, never costed at 0" },
      ],
    },
    {
      title: "Inputs",
      kind: "inputs",
      headers: headers("Input", { month: "Value", list: "Billed in the files, at this rate", billed: "Table rows in this currency", plist: "Both rates given (1/0)" }),
      rows: [
        { key: "ActualsFound", label: "Usage imported (LlmcostActuals table found)", kind: "calc", values: { month: "=ISNUMBER(SUM(LlmcostActuals_Input))" }, names: { month: "ActualsFound" }, unit: "TRUE/FALSE", notes: "FALSE: import usage from the task pane (Import usage…), then insert this sheet again; until then actuals count as 0" },
        input("GapThreshold", "Flag a billed-vs-list gap above", 0.1, "percent", "share", "Gaps above this share are flagged CHECK (10% is where the issue's analysts triage by hand)"),
        input("WebSearchFeePerThousand", "Web search fee", 10, "money", "USD per 1,000 searches", "Anthropic web search tool: $10 per 1,000 searches (platform.claude.com web search tool docs, as of 2025)"),
        input("SharedCost", "Shared costs to charge back", 0, "money", "USD over the period", "Self-hosted fleet (e.g. =LLMCOST.SELFHOST(...) × months), platform fees, idle capacity: allocated to teams below"),
        input("AllocationDriver", "Allocate shared costs by", "tokens", "text", "tokens / requests / fixed share", "Driver of the chargeback: each team's share of tokens, of requests, or the fixed shares typed in the chargeback table", { validation: ["tokens", "requests", "fixed share"] }),
        input("ChargebackBasis", "Charge teams their lines'", "billed", "text", "billed / effective / list", "billed: the invoice (usage not yet billed at its effective cost; purchases, credits, tax and adjustments as billed); effective: commitments amortised into the usage they cover; list: the catalog's list prices", { validation: ["billed", "effective", "list"] }),
        input("ReportMonth", "Report month (year to date, accrual)", isoToExcelSerial(lastMonth), "date", "date", "The month being closed: year to date runs to it, and usage up to it not on an invoice of a billing period up to it is accrued (the latest month imported, until you change it)"),
        input("BudgetCurrency", "Budget currency", budgetCurrency ? budgetCurrency : "={Currency}", "text", "ISO code", budgetCurrency ? "From the budget file" : "The sheet's currency until you type the budget's (a budget file with a currency column sets it)"),
        input("BudgetFxRate", "1 budget currency in the sheet's currency", `=IF({BudgetCurrency}={Currency},1,IF({BudgetCurrency}="USD",{FxRate},0))`, "general", "{currency}", "1 when the budget is in the sheet's currency, the sheet's USD rate for a USD budget; any other currency: type the rate the budget was made at (0 until then, and the rates check fails)"),
        ...rateRows(ctx.currencies),
      ],
    },
    {
      title: "Budget (type your plan: per month, by model or by team, the amount in the budget's currency and, if you plan them, tokens)",
      kind: "inputs",
      headers: headers("Budget line", { month: "Month", model: "Model", team: "Team", input: "Budget tokens", list: "Amount (budget currency)", billed: "In the sheet's currency" }),
      rows: budget.map(budgetRow),
    },
    {
      title: "Actual usage by line, repriced at list prices of the usage month, beside the bill (from the LlmcostActuals table)",
      kind: "calculations",
      headers: headers("Line", Object.fromEntries(columnsFor(ctx.currencies).map((c) => [c.key, c.header]))),
      rows: lines.map((line, i) => lineRow(line, i, ctx)),
    },
    {
      title: "By month and model",
      kind: "calculations",
      headers: headers("Month × model", { ...Object.fromEntries(COLUMNS.slice(0, 18).map((c) => [c.key, c.header])), provider: "", team: "", tier: "", pricedAt: "" }),
      rows: pairs.map((p, i) => monthModelRow(p.month, p.model, i, membersOf((l) => l.month === p.month && l.model.toLowerCase() === p.model.toLowerCase()))),
    },
    {
      title: "Variance vs budget by month (volume + price/mix = total), billed and incurred",
      kind: "calculations",
      headers: headers("Month", { month: "Month", input: "Actual tokens", cached: "Budget tokens", cw5: "Volume variance", cw1h: "Price/mix variance", output: "Total variance", list: "Actual list cost", billed: "Budget cost", plist: "Billed", effective: "Cost incurred", accrual: "Accrual" }),
      rows: months.map((m, i) => varianceRow(m, i, n, budget.length, membersOf((l) => l.month === m))),
    },
    {
      title: "Chargeback by team (direct cost on the chosen basis + allocated shared costs), against each team's budget",
      kind: "calculations",
      headers: headers("Team", { team: "Team", input: "Tokens", requests: "Requests", pricedAt: "Fixed share", list: "Direct cost", gap: "Share used", billed: "Shared cost allocated", flag: "Charge", plist: "Team budget", contracted: "Over (+) / under (−) budget" }),
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
        { key: "AllocationRule", label: "Allocation rule", values: { team: `="Teams are charged their lines' "&{ChargebackBasis}&" cost, plus shared costs of "&TEXT({SharedCost},"0.00")&" USD by "&{AllocationDriver}&": share used × shared costs"` }, notes: "The rule, as applied" },
      ],
    },
    {
      title: "Outputs: the close",
      kind: "outputs",
      headers: headers("Output", { month: "Amount" }),
      rows: [
        { key: "UnpricedBilled", label: "Billed cost of lines not repriced", values: { month: `=SUMIFS(${span("L", n, "billed")},${span("L", n, "flag")},"${UNPRICED_FLAG}")` }, names: { month: "Unpriced_BilledCost" }, format: "moneyFx", unit: SHEET_MONEY, notes: "What the bill charges for those lines (0 where no file bills them)" },
        output("ChargedTotal", "Charged to teams", sum("T", t, "flag"), "Chargeback_Total", "Direct cost on the chosen basis + shared costs"),
        output("AccrualTotal", "Accrual: usage to the report month not yet invoiced", sum("L", n, "accrual"), "Accrual_NotInvoiced", "Cost of usage up to the report month (billed, else effective) minus what invoices of billing periods up to it carry (FOCUS InvoiceId); provider cost reports carry no invoice, so their amounts accrue until the FOCUS export or invoice is imported"),
        output("YearToDate", "Cost incurred, year to date", `=SUMIFS(${span("M", months.length, "effective")},${span("M", months.length, "month")},">="&DATE(YEAR({ReportMonth}),1,1),${span("M", months.length, "month")},"<="&{ReportMonth})`, "Actual_YearToDate", "Billed + not yet billed, January to the report month"),
        output("BudgetYearToDate", "Budget, year to date", budget.length === 0 ? "=0" : `=SUMIFS(${span("B", budget.length, "billed")},${span("B", budget.length, "month")},">="&DATE(YEAR({ReportMonth}),1,1),${span("B", budget.length, "month")},"<="&{ReportMonth})`, "Budget_YearToDate", "Budget lines of January to the report month"),
      ],
    },
    {
      title: "Checks",
      kind: "checks",
      rows: [
        { label: "Volume + price/mix = variance to list", values: { list: "=ABS({VolumeTotal}+{PriceMixTotal}-{VarianceTotal})<0.005" }, unit: "TRUE/FALSE", notes: "to the cent" },
        { label: "The bridge's steps add up to billed − budget", values: { list: `=ABS(${steps.map((s) => `{${s}}`).join("+")}-({BilledTotal}-{BudgetTotal}))<0.005` }, unit: "TRUE/FALSE", notes: "to the cent: ActualBilledCost_Total − BudgetCost_Total" },
        { label: "Every imported token is on a line of this sheet", values: { list: `=${fromTable(`SUM(LlmcostActuals_Input,LlmcostActuals_Output,LlmcostActuals_CacheWrite,LlmcostActuals_CacheWrite1h)`)}=SUM(${["input", "output", "cw5", "cw1h"].map((c) => span("L", n, c)).join(",")})` }, unit: "TRUE/FALSE", notes: "FALSE after importing new months, models or teams: insert the sheet again to lay them out" },
        { label: "Every billed amount is on a line of this sheet", values: { list: `=ABS(${overRates("list")}-{BilledTotal})<0.005` }, unit: "TRUE/FALSE", notes: "FALSE after importing a new bill: insert the sheet again" },
        { label: "Every usage line is repriced at the catalog's list prices", values: { list: `={UnpricedLines}=0` }, unit: "TRUE/FALSE", notes: "FALSE: lines flagged UNPRICED (model, tier, region or month not in the catalog): their cost is in the bridge at the bill's amounts (Variance_Unpriced), not at list; give the model's price in the PriceSheet input or correct the model name" },
        { label: "Month × model rows add up to the lines", values: { list: `=ABS(SUM(${span("MM", pairs.length, "list")})-{ActualTotal})<0.005` }, unit: "TRUE/FALSE", notes: "to the cent" },
        { label: "Charges add up to the lines' direct cost + shared costs", values: { list: `=ABS({ChargedTotal}-SUM(${span("L", n, "chargeable")})-{SharedCost}*{FxRate})<0.005` }, unit: "TRUE/FALSE", notes: "FALSE when the driver's total is 0 (no tokens or requests counted) or fixed shares miss 100%" },
        { label: "Fixed shares add up to 100% (when chosen)", values: { list: `=OR({AllocationDriver}<>"fixed share",ABS(SUM(${span("T", t, "pricedAt")})-1)<0.000001)` }, unit: "TRUE/FALSE", notes: "" },
        {
          label: "Every amount's currency has a rate",
          values: { list: `=AND(IF({ActualsFound},${overRates("billed")}+COUNTBLANK(LlmcostActuals_Currency)=ROWS(LlmcostActuals_Currency),1=1),${ctx.currencies.length === 0 ? "" : `MIN(${rateSpan("plist")})=1,`}{BudgetFxRate}>0)` },
          unit: "TRUE/FALSE",
          notes: "Rates above for each billing currency and for the budget's: FALSE when a rate is 0 or an amount is in a currency laid out after this sheet was inserted",
        },
      ],
    },
  ];
  return {
    id: "budget-vs-actual",
    title: "Budget vs actual",
    description: "imported provider usage repriced at list prices beside the bill, the bridge from budget to invoice (volume, price/mix, list, discount, commitment, FX, other charges), a chargeback by team, year to date and accrual",
    group: "planning",
    source: "Your usage and billing files (LlmcostActuals table, imported locally) and the LLMCOST catalog's list prices on each usage month",
    choices: [],
    sheets: [{ name: "Budget vs actual", valueColumns: columnsFor(ctx.currencies), sections, chart: { type: "ColumnClustered", title: "Budget to invoice bridge", over: "values", rows: ["BudgetTotal", "VolumeTotal", "PriceMixTotal", "ActualTotal", "UnpricedTotal", "ListGapTotal", "DiscountTotal", "CommitmentTotal", "AmortisationTotal", "NotBilledTotal", "FxTotal", "OtherTotal", "BilledTotal"], columns: ["month"] } }],
  };
}

/** Laid out for two example lines until usage is imported (the pane and the CLI lay it out from the actuals). */
export const EXAMPLE_LAYOUT: ActualsLayout = {
  lines: [
    { month: "2026-10-01", provider: "openai", model: "gpt-4.1-mini", team: "(unassigned)", tier: "standard" },
    { month: "2026-10-01", provider: "anthropic", model: "claude-sonnet-4-5", team: "(unassigned)", tier: "standard" },
  ],
  budget: [
    { month: "2026-10-01", model: "gpt-4.1-mini", team: "", tokens: 0, amount: 0, currency: "" },
    { month: "2026-10-01", model: "claude-sonnet-4-5", team: "", tokens: 0, amount: 0, currency: "" },
  ],
  currencies: ["USD"],
};

export const budgetVsActual: TemplateSpec = budgetVsActualTemplate(EXAMPLE_LAYOUT);
