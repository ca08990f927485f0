import { isoToExcelSerial } from "../../engine/dates";
import type { ActualsLayout, BudgetRow, LineKey } from "../budget-lines";
import { lineKey } from "../actuals-table";
import type { FormatKey, RowSpec, SectionSpec, TemplateSpec, ValueColumn } from "../types";

/**
 * Budget vs actual: recalculates from the LlmcostActuals table (through the workbook names the import keeps over its
 * columns, LlmcostActuals_Model etc.; plain ranges, no structured references). One line per month × provider ×
 * model × team × tier of the actuals, repriced with LLMCOST.INFERENCE at the usage month's first day; billed cost
 * beside it with the gap flagged; the variance against a budget split into volume and price/mix (volume at budget
 * rate + price/mix at actual volume = total, checked); a chargeback by team with shared costs allocated by a driver.
 * The lines are laid out from the actuals when the sheet is inserted (the pane reads the table; the CLI a file).
 */
const COLUMNS: readonly ValueColumn[] = [
  { key: "month", header: "Month", width: 75 },
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
  { key: "discount", header: "Discount", width: 70 },
  { key: "list", header: "List cost", width: 110 },
  { key: "billed", header: "Billed", width: 100 },
  { key: "gap", header: "Gap", width: 70 },
  { key: "flag", header: "Flag", width: 75 },
  { key: "key", header: "Line key", width: 130 },
];
const KEYS = COLUMNS.map((column) => column.key);

/** Section headers: the given ones, every other column blank (each section says what its columns hold). */
function headers(label: string, given: Record<string, string>): Record<string, string> {
  return { label, ...Object.fromEntries(KEYS.map((key) => [key, given[key] ?? ""])) };
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
const FORMATS: Record<string, FormatKey> = { month: "date", provider: "text", model: "text", team: "text", tier: "text", ...Object.fromEntries(TOKEN_KINDS.map((k) => [k, "tokens"])), discount: "percent", list: "moneyFx", billed: "moneyFx", gap: "percent", flag: "text" };
/** Every amount of the sheet is in its currency (USD list prices and USD bills × {FxRate}); the unit column says which. */
const SHEET_MONEY = "{currency}";
/** The unit of rows that hold shares (discount, gap) beside amounts: a fixed text, as a percent cell's unit must say (%). */
const MONEY_AND_SHARES = "the sheet's currency; shares (%)";

/**
 * Imported text (a team, a model) as a formula that returns exactly that text: written as a value, a team named
 * "=HYPERLINK(…)" would become a formula. Double quotes (HyperFormula reads no "" inside a string), control characters (tab, CR, LF) and "{" (the
 * renderer's placeholder mark) become CHAR(n).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: each becomes CHAR(n)
const NEEDS_CHAR = /([\u0000-\u001f{"])/;

export function textFormula(text: string): string {
  const parts = text.split(NEEDS_CHAR).filter((part) => part !== "");
  if (parts.length === 0) return '=""';
  return "=" + parts.map((part) => (part.length === 1 && NEEDS_CHAR.test(part) ? `CHAR(${part.charCodeAt(0)})` : `"${part}"`)).join("&");
}

/** A sum over the table, or 0 before any usage was imported (a sum over an undefined name is #NAME?, which ISNUMBER reads as FALSE). */
const fromTable = (formula: string) => `IF({ActualsFound},${formula},0)`;

function lineRow(line: LineKey, index: number): RowSpec {
  const k = `L${index + 1}`;
  const crit = `LlmcostActuals_Key,{${k}:key}`;
  const ref = (col: string) => `{${k}:${col}}`;
  const values: RowSpec["values"] = {
    month: isoToExcelSerial(line.month),
    provider: textFormula(line.provider),
    model: textFormula(line.model),
    team: textFormula(line.team),
    tier: textFormula(line.tier),
    key: lineKey(line),
  };
  for (const kind of TOKEN_KINDS) values[kind] = `=${fromTable(`SUMIFS(${TABLE_NAME[kind]},${crit})`)}`;
  values.discount = `=IF(${ref("tier")}="standard",0,IF(OR(${ref("tier")}="batch",${ref("tier")}="flex"),{BatchDiscount},NA()))`;
  // The table's input column excludes cache writes (Anthropic reports them apart); INFERENCE takes the 5-minute
  // writes as part of input_tokens and bills them at the cache-write price (cache_write_tokens).
  const promptTokens = `${ref("input")}+${ref("cw5")}`;
  const requestsArg = `IF(${ref("requests")}>0,${ref("requests")},MAX(1,${promptTokens}))`;
  const inference = `IF(${promptTokens}+${ref("output")}=0,0,LLMCOST.INFERENCE(${ref("model")},${promptTokens},${ref("output")},${requestsArg},${ref("cached")},${ref("discount")},${ref("month")},${ref("cw5")},{PriceSheet}))`;
  const write1h = `IF(${ref("cw1h")}=0,0,LLMCOST.PRICE(${ref("model")},"input",${ref("month")},{PriceSheet})*{CacheWrite1hMultiple}*${ref("cw1h")}/1000000*(1-${ref("discount")}))`;
  values.list = `=(${inference}+${write1h}+${ref("web")}*{WebSearchFeePerThousand}/1000)*{FxRate}`;
  const billedCount = `COUNTIFS(LlmcostActuals_Billed,">=0",${crit})+COUNTIFS(LlmcostActuals_Billed,"<0",${crit})`;
  values.billed = `=IF(${fromTable(billedCount)}=0,"",SUMIFS(LlmcostActuals_Billed,${crit})*{FxRate})`;
  values.gap = `=IF(OR(${ref("billed")}="",${ref("list")}=0),"",${ref("billed")}/${ref("list")}-1)`;
  values.flag = `=IF(${ref("gap")}="","no bill",IF(ABS(${ref("gap")})>{GapThreshold},"CHECK","OK"))`;
  return { key: k, label: `${line.month.slice(0, 7)} ${line.model} · ${line.team}`, kind: "input", values, format: FORMATS, unit: MONEY_AND_SHARES, notes: "Summed from the LlmcostActuals rows with this line key; list cost = INFERENCE at the month's first day (5-minute cache writes at the cache-write price) + 1-hour cache writes + web searches, × FxRate; billed (USD in the files) × FxRate" };
}

/** A range of one column over consecutive keyed rows: "{A1:col}:{An:col}". */
const span = (prefix: string, count: number, col: string) => `{${prefix}1:${col}}:{${prefix}${count}:${col}}`;

/** A sum of a group's line cells, listed: exact whatever the texts hold (no criteria to misread). */
const listed = (members: number[], col: string) => members.map((i) => `{L${i + 1}:${col}}`).join(",");

function monthModelRow(month: string, model: string, index: number, members: number[]): RowSpec {
  const k = `MM${index + 1}`;
  const values: RowSpec["values"] = { month: isoToExcelSerial(month), model: textFormula(model) };
  for (const col of [...TOKEN_KINDS, "list"]) values[col] = `=SUM(${listed(members, col)})`;
  const billed = listed(members, "billed");
  values.billed = `=IF(COUNT(${billed})<COUNTA(${billed}),"",SUM(${billed}))`;
  values.gap = `=IF(OR({${k}:billed}="",{${k}:list}=0),"",{${k}:billed}/{${k}:list}-1)`;
  values.flag = `=IF({${k}:gap}="","no bill",IF(ABS({${k}:gap})>{GapThreshold},"CHECK","OK"))`;
  return { key: k, label: `${month.slice(0, 7)} ${model}`, kind: "input", values, format: FORMATS, unit: MONEY_AND_SHARES, notes: "Sum of its lines above; billed only when every one of them has a bill" };
}

function budgetRow(row: BudgetRow, index: number): RowSpec {
  return {
    key: `B${index + 1}`,
    label: `Budget ${row.month.slice(0, 7)} ${row.model}`,
    kind: "input",
    values: { month: isoToExcelSerial(row.month), model: row.model, input: row.tokens, list: row.amount },
    format: { month: "date", model: "text", input: "tokens", list: "moneyFx" },
    unit: SHEET_MONEY,
    notes: "Your budget: tokens (all kinds) and cost in the sheet's currency for the month and model; link a use-case sheet's MonthlyCost_Catalog here if you keep one",
  };
}

function varianceRow(month: string, index: number, lines: number, budgets: number): RowSpec {
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
      billed: `=${budget("list")}`,
      cw5: `=IF(${r("cached")}=0,${r("list")}-${r("billed")},(${r("input")}-${r("cached")})*${r("billed")}/${r("cached")})`,
      cw1h: `=IF(${r("cached")}=0,0,${r("list")}-${r("input")}*${r("billed")}/${r("cached")})`,
      output: `=${r("list")}-${r("billed")}`,
    },
    format: { month: "date", input: "tokens", cached: "tokens", list: "moneyFx", billed: "moneyFx", cw5: "moneyFx", cw1h: "moneyFx", output: "moneyFx" },
    unit: SHEET_MONEY,
    notes: "Volume = (actual − budget tokens) × budget cost per token; price/mix = actual list cost − actual tokens × budget cost per token (all volume when nothing was budgeted)",
  };
}

function teamRow(team: string, index: number, teams: number, members: number[]): RowSpec {
  const k = `T${index + 1}`;
  const byTeam = (col: string) => `SUM(${listed(members, col)})`;
  const r = (col: string) => `{${k}:${col}}`;
  const share = `IF({AllocationDriver}="tokens",IF(SUM(${span("T", teams, "input")})=0,0,${r("input")}/SUM(${span("T", teams, "input")})),IF({AllocationDriver}="requests",IF(SUM(${span("T", teams, "requests")})=0,0,${r("requests")}/SUM(${span("T", teams, "requests")})),${r("discount")}))`;
  return {
    key: k,
    label: `Chargeback ${team}`,
    kind: "input",
    values: {
      team: textFormula(team),
      input: `=${["input", "cw5", "cw1h", "output"].map(byTeam).join("+")}`,
      requests: `=${byTeam("requests")}`,
      discount: Number((1 / teams).toFixed(6)),
      list: `=${byTeam("list")}`,
      gap: `=${share}`,
      billed: `=${r("gap")}*{SharedCost}*{FxRate}`,
      flag: `=${r("list")}+${r("billed")}`,
    },
    format: { team: "text", input: "tokens", requests: "count", discount: "percent", list: "moneyFx", gap: "percent", billed: "moneyFx", flag: "moneyFx" },
    unit: MONEY_AND_SHARES,
    notes: "Fixed share (blue) is used when the driver is \"fixed share\"; shares must add up to 100%",
  };
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item).toLowerCase())) seen.set(key(item).toLowerCase(), item);
  return [...seen.values()];
}

export function budgetVsActualTemplate(layout: ActualsLayout): TemplateSpec {
  const lines = layout.lines.length > 0 ? layout.lines : EXAMPLE_LAYOUT.lines;
  const budget = layout.budget;
  const pairs = unique(lines.map((l) => ({ month: l.month, model: l.model })), (p) => `${p.month}|${p.model}`);
  const months = unique([...lines.map((l) => l.month), ...budget.map((b) => b.month)], (m) => m).sort();
  const teams = unique(lines.map((l) => l.team), (t) => t);
  const n = lines.length;
  const t = teams.length;
  const membersOf = (belongs: (line: LineKey) => boolean) => lines.flatMap((line, i) => (belongs(line) ? [i] : []));
  const sum = (prefix: string, count: number, col: string) => `=SUM(${span(prefix, count, col)})`;
  const input = (key: string, label: string, value: number | string, format: FormatKey, unit: string, notes: string, extra: Partial<RowSpec> = {}): RowSpec => ({ key, label, values: { month: value }, names: { month: key }, format, unit, notes, ...extra });
  const sections: SectionSpec[] = [
    {
      title: "Inputs",
      kind: "inputs",
      headers: headers("Input", { month: "Value" }),
      rows: [
        { key: "ActualsFound", label: "Usage imported (LlmcostActuals table found)", kind: "calc", values: { month: "=ISNUMBER(SUM(LlmcostActuals_Input))" }, names: { month: "ActualsFound" }, unit: "TRUE/FALSE", notes: "FALSE: import usage from the task pane (Import usage…), then insert this sheet again; until then actuals count as 0" },
        input("GapThreshold", "Flag a billed-vs-list gap above", 0.1, "percent", "share", "Gaps above this share are flagged CHECK (10% is where the issue's analysts triage by hand)"),
        input("BatchDiscount", "Batch / flex discount off list", 0.5, "percent", "share", "OpenAI Batch API and flex processing, Anthropic Message Batches: 50% off list token prices (openai.com/api/pricing, docs.anthropic.com batch processing; as of 2025). Other tiers (priority, scale) are not in the catalog: their lines show #N/A"),
        input("CacheWrite1hMultiple", "1-hour cache write price, × input price", 2, "multiple", "× input price", "Anthropic prompt caching: 1-hour cache writes cost 2× the base input price (docs.anthropic.com prompt caching, as of 2025); 5-minute writes use the catalog's cache-write price"),
        input("WebSearchFeePerThousand", "Web search fee", 10, "money", "USD per 1,000 searches", "Anthropic web search tool: $10 per 1,000 searches (platform.claude.com web search tool docs, as of 2025)"),
        input("SharedCost", "Shared costs to charge back", 0, "money", "USD over the period", "Self-hosted fleet (e.g. =LLMCOST.SELFHOST(...) × months), platform fees, idle capacity: allocated to teams below"),
        input("AllocationDriver", "Allocate shared costs by", "tokens", "text", "tokens / requests / fixed share", "Driver of the chargeback: each team's share of tokens, of requests, or the fixed shares typed in the chargeback table", { validation: ["tokens", "requests", "fixed share"] }),
      ],
    },
    {
      title: "Budget (type your plan: tokens of all kinds and cost per month and model)",
      kind: "inputs",
      headers: headers("Budget line", { month: "Month", model: "Model", input: "Budget tokens", list: "Budget cost" }),
      rows: budget.map(budgetRow),
    },
    {
      title: "Actual usage by line, repriced at list prices of the usage month (from the LlmcostActuals table)",
      kind: "calculations",
      headers: headers("Line", Object.fromEntries(COLUMNS.map((c) => [c.key, c.header]))),
      rows: lines.map(lineRow),
    },
    {
      title: "By month and model",
      kind: "calculations",
      headers: headers("Month × model", { ...Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])), provider: "", team: "", tier: "", discount: "" }),
      rows: pairs.map((p, i) => monthModelRow(p.month, p.model, i, membersOf((l) => l.month === p.month && l.model.toLowerCase() === p.model.toLowerCase()))),
    },
    {
      title: "Variance vs budget by month (volume + price/mix = total)",
      kind: "calculations",
      headers: headers("Month", { month: "Month", input: "Actual tokens", cached: "Budget tokens", cw5: "Volume variance", cw1h: "Price/mix variance", output: "Total variance", list: "Actual list cost", billed: "Budget cost" }),
      rows: months.map((m, i) => varianceRow(m, i, n, budget.length)),
    },
    {
      title: "Chargeback by team (direct list cost + allocated shared costs)",
      kind: "calculations",
      headers: headers("Team", { team: "Team", input: "Tokens", requests: "Requests", discount: "Fixed share", list: "Direct list cost", gap: "Share used", billed: "Shared cost allocated", flag: "Charge" }),
      rows: [
        ...teams.map((team, i) => teamRow(team, i, t, membersOf((l) => l.team.toLowerCase() === team.toLowerCase()))),
        { key: "AllocationRule", label: "Allocation rule", values: { team: `="Shared costs of "&TEXT({SharedCost},"0.00")&" USD go to teams by "&{AllocationDriver}&": share used × shared costs, added to each team's direct list cost"` }, notes: "The rule, as applied" },
      ],
    },
    {
      title: "Outputs",
      kind: "outputs",
      headers: headers("Output", { list: "Amount" }),
      rows: [
        { key: "BudgetTotal", label: "Budget", values: { list: budget.length === 0 ? "=0" : sum("B", budget.length, "list") }, names: { list: "BudgetCost_Total" }, format: "moneyFx", unit: SHEET_MONEY, notes: "Sum of the budget lines" },
        { key: "VolumeTotal", label: "Plus volume variance", values: { list: sum("M", months.length, "cw5") }, names: { list: "Variance_Volume" }, format: "moneyFx", unit: SHEET_MONEY, notes: "More (or fewer) tokens than planned, at the budget's cost per token" },
        { key: "PriceMixTotal", label: "Plus price/mix variance", values: { list: sum("M", months.length, "cw1h") }, names: { list: "Variance_PriceMix" }, format: "moneyFx", unit: SHEET_MONEY, notes: "Different prices or models than planned, at the actual volume" },
        { key: "ActualTotal", label: "Equals actual list cost", values: { list: sum("L", n, "list") }, names: { list: "ActualListCost_Total" }, format: "moneyFx", unit: SHEET_MONEY, notes: "Every line repriced with INFERENCE at its month's list prices" },
        { key: "VarianceTotal", label: "Total variance (actual − budget)", values: { list: "={ActualTotal}-{BudgetTotal}" }, names: { list: "Variance_Total" }, format: "moneyFx", unit: SHEET_MONEY, notes: "Positive: over budget" },
        { key: "BilledTotal", label: "Billed cost (where the files give one)", values: { list: sum("L", n, "billed") }, names: { list: "ActualBilledCost_Total" }, format: "moneyFx", unit: SHEET_MONEY, notes: "From the files' cost columns (USD) × FxRate; provider usage APIs give none" },
        { key: "ChargedTotal", label: "Charged to teams", values: { list: sum("T", t, "flag") }, format: "moneyFx", unit: SHEET_MONEY, notes: "Direct list cost + shared costs" },
      ],
    },
    {
      title: "Checks",
      kind: "checks",
      rows: [
        { label: "Volume + price/mix = total variance", values: { list: "=ABS({VolumeTotal}+{PriceMixTotal}-{VarianceTotal})<0.005" }, unit: "TRUE/FALSE", notes: "to the cent" },
        { label: "Every imported token is on a line of this sheet", values: { list: `=${fromTable(`SUM(LlmcostActuals_Input,LlmcostActuals_Output,LlmcostActuals_CacheWrite,LlmcostActuals_CacheWrite1h)`)}=SUM(${["input", "output", "cw5", "cw1h"].map((c) => span("L", n, c)).join(",")})` }, unit: "TRUE/FALSE", notes: "FALSE after importing new months, models or teams: insert the sheet again to lay them out" },
        { label: "Month × model rows add up to the lines", values: { list: `=ABS(SUM(${span("MM", pairs.length, "list")})-{ActualTotal})<0.005` }, unit: "TRUE/FALSE", notes: "to the cent" },
        { label: "Charges add up to list cost + shared costs", values: { list: "=ABS({ChargedTotal}-{ActualTotal}-{SharedCost}*{FxRate})<0.005" }, unit: "TRUE/FALSE", notes: "FALSE when the driver's total is 0 (no tokens or requests counted) or fixed shares miss 100%" },
        { label: "Fixed shares add up to 100% (when chosen)", values: { list: `=OR({AllocationDriver}<>"fixed share",ABS(SUM(${span("T", t, "discount")})-1)<0.000001)` }, unit: "TRUE/FALSE", notes: "" },
        { label: "Billed costs are in USD", values: { list: '=IF({ActualsFound},COUNTIF(LlmcostActuals_Currency,"USD")+COUNTBLANK(LlmcostActuals_Currency)=ROWS(LlmcostActuals_Currency),NOT({ActualsFound}))' }, unit: "TRUE/FALSE", notes: "Other currencies are not converted: convert the file first" },
      ],
    },
  ];
  return {
    id: "budget-vs-actual",
    title: "Budget vs actual",
    description: "imported provider usage repriced at list prices, the gap to the bill, the variance to budget split into volume and price/mix, and a chargeback by team",
    group: "planning",
    source: "Your usage files (LlmcostActuals table, imported locally) and the LLMCOST catalog's list prices on each usage month",
    choices: [],
    sheets: [{ name: "Budget vs actual", valueColumns: COLUMNS, sections, chart: { type: "ColumnClustered", title: "Budget to actual bridge", over: "values", rows: ["BudgetTotal", "VolumeTotal", "PriceMixTotal", "ActualTotal"], columns: ["list"] } }],
  };
}

/** Laid out for two example lines until usage is imported (the pane and the CLI lay it out from the actuals). */
export const EXAMPLE_LAYOUT: ActualsLayout = {
  lines: [
    { month: "2026-10-01", provider: "openai", model: "gpt-4.1-mini", team: "(unassigned)", tier: "standard" },
    { month: "2026-10-01", provider: "anthropic", model: "claude-sonnet-4-5", team: "(unassigned)", tier: "standard" },
  ],
  budget: [
    { month: "2026-10-01", model: "gpt-4.1-mini", tokens: 0, amount: 0 },
    { month: "2026-10-01", model: "claude-sonnet-4-5", tokens: 0, amount: 0 },
  ],
};

export const budgetVsActual: TemplateSpec = budgetVsActualTemplate(EXAMPLE_LAYOUT);
