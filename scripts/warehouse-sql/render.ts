/**
 * The warehouse SQL, one source for every engine: scripts/warehouse-sql/focus.sql holds the fold of FOCUS rows into
 * LLMCOST's monthly lines once, written with a few macros (@extract, @like, @month, @month_text, @concat, @float,
 * @int, @source, @columns, @meter, @read_columns, @create_rows, @end) for the places where the dialects differ. This module renders it for Athena/Trino,
 * Redshift, BigQuery and Fabric (T-SQL), each against its cloud's FOCUS export, and for DuckDB (the tests' engine).
 *
 * Why one source: DuckDB cannot run BigQuery or T-SQL, so the files cannot each be run on the fixtures. The rendered
 * DuckDB query is run on the fixtures (test/actuals/sql.test.ts), and every committed file must equal its rendering, so
 * a file whose aggregation drifts fails the test; what differs between files is only the small table below.
 *
 * `npm run sql` writes docs/sql/focus-<engine>.sql; `npm run sql -- --check` fails when a file differs from its rendering.
 */
import { readFileSync, writeFileSync } from "fs";
import path from "path";

export type Engine = "athena" | "redshift" | "bigquery" | "fabric" | "duckdb";
export type Export = "aws" | "azure" | "google";

/** How one engine writes the places where SQL dialects differ. `pattern` is a regular expression's text (RE2 syntax). */
interface Dialect {
  title: string;
  /** node-sql-parser's name for the dialect (the test parses each file with it). */
  parser: string;
  /** Capture group 1 of the first match, or NULL / '' when none (every use is wrapped in nullif/coalesce). */
  extract(text: string, pattern: string): string;
  /** A predicate: the pattern matches somewhere in the text (never NULL: texts are coalesced before). */
  like(text: string, pattern: string): string;
  /** The first day of the timestamp's month, as a date. */
  month(ts: string): string;
  /** The same date as text, yyyy-mm-dd. */
  monthText(ts: string): string;
  concat(parts: string[]): string;
  float: string;
  int: string;
  text: string;
  /** The statement that keeps the read rows for the two queries after it (a view, or a temporary table). */
  createRows(name: string): string;
  /** The end of a statement. */
  end: string;
}

const quoted = (pattern: string) => `'${pattern.replace(/'/g, "''")}'`;

/** Trino (Athena) and DuckDB share these spellings, so the Athena file runs unchanged in DuckDB. */
const trino: Dialect = {
  title: "Amazon Athena / Trino",
  parser: "trino",
  extract: (text, pattern) => `regexp_extract(${text}, ${quoted(pattern)}, 1)`,
  like: (text, pattern) => `coalesce(regexp_extract(${text}, ${quoted(pattern)}, 0), '') <> ''`,
  month: (ts) => `cast(date_trunc('month', ${ts}) AS date)`,
  monthText: (ts) => `cast(cast(date_trunc('month', ${ts}) AS date) AS varchar)`,
  concat: (parts) => parts.join(" || "),
  float: "double",
  int: "bigint",
  text: "varchar",
  createRows: (name) => `CREATE OR REPLACE VIEW ${name} AS`,
  end: ";",
};

export const DIALECTS: Record<Engine, Dialect> = {
  athena: trino,
  duckdb: { ...trino, title: "DuckDB (the tests' engine)", parser: "trino" },
  redshift: {
    title: "Amazon Redshift",
    parser: "redshift",
    // 'p': Perl-compatible patterns (lazy quantifiers, \b); 'e': the first capture group. Backslashes are escapes in
    // Redshift string literals, so each is doubled.
    extract: (text, pattern) => `REGEXP_SUBSTR(${text}, ${quoted(pattern.replace(/\\/g, "\\\\"))}, 1, 1, 'pe')`,
    like: (text, pattern) => `REGEXP_INSTR(${text}, ${quoted(pattern.replace(/\\/g, "\\\\"))}, 1, 1, 0, 'p') > 0`,
    month: (ts) => `cast(date_trunc('month', ${ts}) AS date)`,
    monthText: (ts) => `to_char(date_trunc('month', ${ts}), 'YYYY-MM-DD')`,
    concat: (parts) => parts.join(" || "),
    float: "double precision",
    int: "bigint",
    text: "varchar",
    createRows: (name) => `CREATE OR REPLACE VIEW ${name} AS`,
    end: ";",
  },
  bigquery: {
    title: "Google BigQuery (GoogleSQL)",
    parser: "bigquery",
    // BigQuery's REGEXP_EXTRACT allows at most one capture group (the source's patterns have exactly one); raw strings
    // keep the backslashes.
    extract: (text, pattern) => `REGEXP_EXTRACT(${text}, r${quoted(pattern)})`,
    like: (text, pattern) => `REGEXP_CONTAINS(${text}, r${quoted(pattern)})`,
    month: (ts) => `DATE_TRUNC(DATE(${ts}), MONTH)`,
    monthText: (ts) => `CAST(DATE_TRUNC(DATE(${ts}), MONTH) AS STRING)`,
    concat: (parts) => `CONCAT(${parts.join(", ")})`,
    float: "FLOAT64",
    int: "INT64",
    text: "STRING",
    // a view needs a dataset of yours (the FOCUS export's is read-only); a script's temporary table does not
    createRows: (name) => `CREATE TEMP TABLE ${name} AS`,
    end: ";",
  },
  fabric: {
    title: "Microsoft Fabric Warehouse / SQL Server 2025 / Azure SQL (T-SQL)",
    parser: "transactsql",
    extract: (text, pattern) => `REGEXP_SUBSTR(${text}, ${quoted(pattern)}, 1, 1, 'c', 1)`,
    like: (text, pattern) => `REGEXP_LIKE(${text}, ${quoted(pattern)})`,
    month: (ts) => `DATEFROMPARTS(YEAR(${ts}), MONTH(${ts}), 1)`,
    monthText: (ts) => `CONVERT(char(10), DATEFROMPARTS(YEAR(${ts}), MONTH(${ts}), 1), 23)`,
    concat: (parts) => `CONCAT(${parts.join(", ")})`,
    float: "float",
    int: "bigint",
    text: "nvarchar(4000)",
    createRows: (name) => `CREATE OR ALTER VIEW ${name} AS`,
    // CREATE VIEW must be alone in its batch: GO ends the batch in SSMS, sqlcmd and Fabric's query editor
    end: ";\nGO",
  },
};

/** The FOCUS columns the fold reads, with their kind (a column an export lacks is read as a typed NULL). */
const READ_COLUMNS: [string, "text" | "number" | "time"][] = [
  ["BilledCost", "number"], ["ListCost", "number"], ["ContractedCost", "number"], ["EffectiveCost", "number"],
  ["BillingCurrency", "text"], ["BillingPeriodStart", "time"], ["ChargeCategory", "text"], ["ChargeClass", "text"],
  ["ChargePeriodStart", "time"], ["ConsumedQuantity", "number"], ["ConsumedUnit", "text"], ["PricingQuantity", "number"],
  ["PricingUnit", "text"], ["InvoiceId", "text"], ["ProviderName", "text"], ["RegionId", "text"], ["RegionName", "text"],
  ["ServiceCategory", "text"], ["ServiceName", "text"], ["ServiceSubcategory", "text"], ["SkuPriceDetails", "text"],
  ["SubAccountName", "text"], ["Tags", "text"],
];
/** The meter's columns in the pane's order (src/engine/actuals/focus.ts COLUMNS.meter). */
const METER_COLUMNS = ["SkuMeter", "x_SkuMeterName", "x_UsageType", "x_SkuDescription", "ChargeDescription"];

/** Each cloud's FOCUS export: the table to replace, and the read columns it does not have (its fixture's header). */
export const EXPORTS: Record<Export, { title: string; source: string; lacks: string[] }> = {
  aws: { title: 'AWS Data Exports "FOCUS 1.2 with AWS columns" (Amazon Bedrock)', source: "focus_1_2_aws", lacks: ["x_SkuMeterName", "x_SkuDescription"] },
  azure: { title: "Azure Cost Management FOCUS export (Azure OpenAI, AI Foundry)", source: "dbo.focus_costs", lacks: ["RegionName", "x_UsageType", "x_SkuDescription"] },
  google: {
    title: "Google Cloud's FOCUS export to BigQuery (Vertex AI)",
    source: "`your-project.gcp_billing_immutable_ACCOUNT_LOCATION.gcp_billing_export_focus_ACCOUNT`",
    lacks: ["InvoiceId", "ServiceSubcategory", "SkuMeter", "SkuPriceDetails", "x_UsageType", "x_SkuMeterName", "x_SkuDescription"],
  },
};

/** The committed files: one per engine, each against the export of its cloud. */
export const FILES: { file: string; engine: Exclude<Engine, "duckdb">; export: Export }[] = [
  { file: "focus-athena.sql", engine: "athena", export: "aws" },
  { file: "focus-redshift.sql", engine: "redshift", export: "aws" },
  { file: "focus-bigquery.sql", engine: "bigquery", export: "google" },
  { file: "focus-fabric.sql", engine: "fabric", export: "azure" },
];

const root = path.join(__dirname, "..", "..");
export const SOURCE = path.join(root, "scripts", "warehouse-sql", "focus.sql");
export const OUT_DIR = path.join(root, "docs", "sql");

/** Capturing groups in a pattern: "(" not escaped, not in a character class, not "(?". */
export function captureGroups(pattern: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(" && pattern[i + 1] !== "?") count++;
  }
  return count;
}

/** The end of the balanced argument list opened at `open` (skipping string literals), and its top-level arguments. */
function argumentsAt(sql: string, open: number): { args: string[]; end: number } {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < sql.length; i++) {
    const c = sql[i];
    if (c === "'") {
      i = sql.indexOf("'", i + 1);
      while (sql[i + 1] === "'") i = sql.indexOf("'", i + 2);
      if (i < 0) break;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) {
      args.push(sql.slice(start, i).trim());
      return { args, end: i + 1 };
    } else if (c === "," && depth === 1) {
      args.push(sql.slice(start, i).trim());
      start = i + 1;
    }
  }
  throw new Error(`Unbalanced macro arguments at ${sql.slice(open, open + 60)}`);
}

/** The text of a pattern argument, which must be one plain string literal. */
function patternOf(argument: string): string {
  const m = /^'((?:[^']|'')*)'$/.exec(argument);
  if (!m) throw new Error(`A pattern must be a string literal: ${argument}`);
  return m[1].replace(/''/g, "'");
}

function meterOf(exp: Export): string {
  const present = METER_COLUMNS.filter((c) => !EXPORTS[exp].lacks.includes(c));
  return present.map((c, i) => (i === present.length - 1 ? `f.${c}` : `nullif(f.${c}, '')`)).join(", ");
}

function columnsOf(d: Dialect, exp: Export): string {
  const typeOf = { text: d.text, number: d.float, time: d.text } as const;
  return READ_COLUMNS.map(([name, kind]) => {
    if (!EXPORTS[exp].lacks.includes(name)) return `f.${name}`;
    if (kind === "time") throw new Error(`${exp} lacks the time column ${name}`);
    return `cast(NULL AS ${typeOf[kind]}) AS ${name}`;
  }).join(",\n    ");
}

/** Expands the macros of one piece of SQL (comments copied as they are: they may hold quotes and "@"). */
function expand(sql: string, d: Dialect, exp: Export): string {
  let out = "";
  for (let i = 0; i < sql.length; ) {
    if (sql.startsWith("--", i)) {
      const eol = sql.indexOf("\n", i);
      const end = eol < 0 ? sql.length : eol;
      out += sql.slice(i, end);
      i = end;
      continue;
    }
    const macro = /^@([a-z_]+)/.exec(sql.slice(i, i + 40));
    if (!macro) {
      out += sql[i++];
      continue;
    }
    const name = macro[1];
    const after = i + macro[0].length;
    const simple: Record<string, string> = {
      float: d.float, int: d.int, end: d.end, source: EXPORTS[exp].source, meter: meterOf(exp), columns: columnsOf(d, exp),
    };
    if (name in simple) {
      out += simple[name];
      i = after;
      continue;
    }
    if (sql[after] !== "(") throw new Error(`Unknown macro @${name}`);
    const { args, end } = argumentsAt(sql, after);
    const inner = args.map((a) => expand(a, d, exp));
    out += call(name, inner, args, d);
    i = end;
  }
  return out;
}

function call(name: string, inner: string[], raw: string[], d: Dialect): string {
  switch (name) {
    case "extract": {
      const pattern = patternOf(raw[1]);
      if (captureGroups(pattern) !== 1) throw new Error(`@extract needs exactly one capture group: ${pattern}`);
      return d.extract(inner[0], pattern);
    }
    case "like":
      return d.like(inner[0], patternOf(raw[1]));
    case "month":
      return d.month(inner[0]);
    case "month_text":
      return d.monthText(inner[0]);
    case "concat":
      return d.concat(inner);
    case "read_columns":
      // the src columns by name (T-SQL parsers refuse "s.*" in a view's select)
      return [...READ_COLUMNS.map(([column]) => column), "meter_lc", "consumed_unit", "pricing_unit"].map((c) => `${raw[0]}.${c}`).join(",\n    ");
    case "create_rows":
      return d.createRows(raw[0]);
    default:
      throw new Error(`Unknown macro @${name}`);
  }
}

/** The fold for one engine against one export's columns. */
export function renderFocusSql(engine: Engine, exp: Export, source = readFileSync(SOURCE, "utf8")): string {
  const d = DIALECTS[engine];
  const header = [
    "-- LLMCOST: a month of FOCUS cost-and-usage rows folded into LLMCOST's monthly lines, in the warehouse.",
    `-- Dialect: ${d.title}. Export: ${EXPORTS[exp].title}.`,
    "-- GENERATED by `npm run sql` from scripts/warehouse-sql/focus.sql (one source for every engine): edit that file.",
    "-- The result has the columns of LLMCOST's monthly-lines CSV (docs/sql/README.md): save it as CSV and import it in",
    "-- the task pane (format \"LLMCOST monthly lines\", detected) or check it with `npm run actuals -- <file>`.",
  ].join("\n");
  const body = expand(source.replace(/@source\b/g, EXPORTS[exp].source), d, exp);
  return `${header}\n${body.trimEnd()}\n`;
}

/** The statements of a rendering, for a client that runs one at a time (comments and GO separators dropped). */
export function statementsOf(sql: string): string[] {
  return sql
    .replace(/^\s*GO\s*$/gm, "")
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
    .filter(Boolean);
}

function main(check: boolean): void {
  const stale: string[] = [];
  for (const { file, engine, export: exp } of FILES) {
    const target = path.join(OUT_DIR, file);
    const text = renderFocusSql(engine, exp);
    let current = "";
    try {
      current = readFileSync(target, "utf8");
    } catch {
      current = "";
    }
    if (current === text) continue;
    if (check) stale.push(file);
    else writeFileSync(target, text);
  }
  if (stale.length > 0) {
    console.error(`Out of date (run npm run sql): ${stale.join(", ")}`);
    process.exitCode = 1;
  }
}

if (require.main === module) main(process.argv.includes("--check"));
