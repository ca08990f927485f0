/**
 * The warehouse SQL (docs/sql/focus-<engine>.sql, all rendered from scripts/warehouse-sql/focus.sql) against the pane's
 * FOCUS import, line by line:
 * - every committed file is exactly its rendering (a file edited by hand, or a source changed without `npm run sql`,
 *   fails here), and parses in its own dialect with node-sql-parser;
 * - the DuckDB rendering of each file's export columns runs on that cloud's FOCUS fixture and gives the pane's lines, and
 *   what it leaves out is what the pane rejects or skips;
 * - the Athena file runs unchanged in DuckDB (Trino's spellings used there are DuckDB's too).
 * So the engines differ only by the small dialect table in scripts/warehouse-sql/render.ts, which the parse checks.
 */
import { readFileSync } from "fs";
import path from "path";
import { DuckDBInstance } from "@duckdb/node-api";
import { Parser } from "node-sql-parser";
import { LINE_COLUMNS, parseUsage, type UsageRow } from "../../src/engine/actuals";
import { DIALECTS, EXPORTS, FILES, OUT_DIR, captureGroups, renderFocusSql, statementsOf, type Export } from "../../scripts/warehouse-sql/render";

const root = path.join(__dirname, "..", "..");
const fixture = (exp: Export) => path.join(root, "test", "fixtures", "actuals", `focus-${exp}.csv`);
const TEST_TABLE = "focus_rows";

async function runSql(sql: string, table: string, csv: string): Promise<Record<string, unknown>[][]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run("SET TimeZone = 'UTC'");
  await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_csv('${csv.replace(/'/g, "''")}', header = true, auto_detect = true)`);
  const results: Record<string, unknown>[][] = [];
  for (const statement of statementsOf(sql)) results.push((await connection.runAndReadAll(statement)).getRowObjects() as Record<string, unknown>[]);
  connection.closeSync();
  return results;
}

const cellText = (value: unknown) => (value === null || value === undefined ? "" : String(value));
const toCsv = (rows: Record<string, unknown>[]) => [LINE_COLUMNS.join(","), ...rows.map((row) => LINE_COLUMNS.map((c) => JSON.stringify(cellText(row[c]))).join(","))].join("\n");
const order = (rows: UsageRow[]) => [...rows].sort((a, b) => JSON.stringify([a.month, a.model, a.tier, a.charge, a.team]).localeCompare(JSON.stringify([b.month, b.model, b.tier, b.charge, b.team])));
const MONEY = ["billedCost", "listCost", "contractedCost", "effectiveCost", "invoicedCost"] as const;

function expectSameLines(fromSqlRows: UsageRow[], paneRows: UsageRow[]): void {
  const a = order(fromSqlRows);
  const b = order(paneRows);
  expect(a.length).toBe(b.length);
  a.forEach((row, i) => {
    const strip = (r: UsageRow) => Object.fromEntries(Object.entries(r).filter(([k]) => !(MONEY as readonly string[]).includes(k)));
    expect(strip(row)).toEqual(strip(b[i]));
    for (const key of MONEY) {
      const want = b[i][key];
      if (want === null) expect(row[key]).toBeNull();
      else expect(row[key] as number).toBeCloseTo(want, 9);
    }
  });
}

/** Runs a rendering on a fixture and checks it against the pane's import of the same file. */
async function expectPaneLines(sql: string, table: string, exp: Export): Promise<void> {
  const [, lines, leftOut] = await runSql(sql, table, fixture(exp));
  const fromSql = parseUsage(toCsv(lines));
  expect(fromSql.format).toBe("lines");
  expect(fromSql.rejected).toEqual([]);
  const pane = parseUsage(readFileSync(fixture(exp), "utf8"));
  expect(fromSql.rows.length).toBeGreaterThan(0);
  expectSameLines(fromSql.rows, pane.rows);
  // what the SQL leaves out is what the pane rejects, reason by reason (the pane's messages are ids: compare counts)
  const rejectedLeftOut = leftOut.filter((row) => String(row.reason).startsWith("rejected")).reduce((n, row) => n + Number(row.rows_left_out), 0);
  expect(rejectedLeftOut).toBe(pane.rejected.length);
}

describe.each(FILES)("docs/sql/$file", ({ file, engine, export: exp }) => {
  const committed = readFileSync(path.join(OUT_DIR, file), "utf8");

  test("is its rendering from scripts/warehouse-sql/focus.sql (npm run sql)", () => {
    expect(committed).toBe(renderFocusSql(engine, exp));
  });

  test(`parses in its dialect (${DIALECTS[engine].parser})`, () => {
    const parser = new Parser();
    const statements = statementsOf(committed);
    expect(statements).toHaveLength(3);
    const database = DIALECTS[engine].parser;
    for (const statement of statements) {
      // node-sql-parser's T-SQL grammar takes a view of one column only ("CREATE VIEW v AS SELECT x, y" fails there, while
      // SQL Server takes it): the view's head is parsed over a one-column body, and its body as the query it is.
      const view = engine === "fabric" ? /^(CREATE OR ALTER VIEW \w+ AS)\s+([\s\S]*)$/.exec(statement) : null;
      if (view) {
        expect(() => parser.astify(`${view[1]} SELECT x AS y FROM t`, { database })).not.toThrow();
        expect(() => parser.astify(view[2], { database })).not.toThrow();
      } else expect(() => parser.astify(statement, { database })).not.toThrow();
    }
  });

  test(`its fold, rendered for DuckDB with the ${exp} export's columns, gives the pane's lines on focus-${exp}.csv`, async () => {
    await expectPaneLines(renderFocusSql("duckdb", exp).replace(new RegExp(EXPORTS[exp].source.replace(/[.*+?^${}()|[\]\\`]/g, "\\$&"), "g"), TEST_TABLE), TEST_TABLE, exp);
  });
});

test("the Athena file runs unchanged in DuckDB on the AWS FOCUS export and gives the pane's lines", async () => {
  await expectPaneLines(readFileSync(path.join(OUT_DIR, "focus-athena.sql"), "utf8"), EXPORTS.aws.source, "aws");
  // the AWS fixture has a row the pane rejects (provisioned-throughput hours): the left-out count above is not 0 = 0
  expect(parseUsage(readFileSync(fixture("aws"), "utf8")).rejected).toHaveLength(1);
});

test("a dialect's pattern with other than one capture group is refused (BigQuery's REGEXP_EXTRACT allows one)", () => {
  expect(captureGroups("^([0-9]+(?:\\.[0-9]+)?)")).toBe(1);
  expect(captureGroups("^(([0-9]+)(\\.[0-9]+)?)")).toBe(3);
  expect(captureGroups("[(]x\\(")).toBe(0);
  expect(() => renderFocusSql("bigquery", "google", "SELECT @extract(a, '^(x)(y)') FROM t@end")).toThrow(/exactly one capture group/);
});

test("a parser that knows the dialect refuses another engine's spelling (the parse check can fail)", () => {
  const parser = new Parser();
  expect(() => parser.astify("SELECT CAST(NULL AS BIGINT) AS x", { database: "bigquery" })).toThrow();
});
