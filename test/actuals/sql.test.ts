/**
 * The warehouse SQL (docs/sql/focus-athena.sql, Athena/Trino) run with DuckDB on the AWS FOCUS fixture: its result,
 * read as LLMCOST's monthly-lines CSV, gives the same lines as the pane's import of the file, line by line; and what it
 * leaves out is what the pane rejects or skips. DuckDB runs the file unchanged (its functions here match Trino's).
 */
import { readFileSync } from "fs";
import path from "path";
import { DuckDBInstance } from "@duckdb/node-api";
import { LINE_COLUMNS, parseUsage, type UsageRow } from "../../src/engine/actuals";

const root = path.join(__dirname, "..", "..");
const fixture = (name: string) => path.join(root, "test", "fixtures", "actuals", name);

async function runSql(file: string, table: string, csv: string): Promise<Record<string, unknown>[][]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run("SET TimeZone = 'UTC'");
  await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_csv('${csv.replace(/'/g, "''")}', header = true, auto_detect = true)`);
  const statements = readFileSync(file, "utf8")
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
    .filter(Boolean);
  const results: Record<string, unknown>[][] = [];
  for (const statement of statements) results.push((await connection.runAndReadAll(statement)).getRowObjects() as Record<string, unknown>[]);
  connection.closeSync();
  return results;
}

const cellText = (value: unknown) => (value === null || value === undefined ? "" : typeof value === "object" ? String(value) : String(value));
const toCsv = (rows: Record<string, unknown>[]) => [LINE_COLUMNS.join(","), ...rows.map((row) => LINE_COLUMNS.map((c) => JSON.stringify(cellText(row[c]))).join(","))].join("\n");
const order = (rows: UsageRow[]) => [...rows].sort((a, b) => JSON.stringify([a.month, a.model, a.tier, a.charge, a.team]).localeCompare(JSON.stringify([b.month, b.model, b.tier, b.charge, b.team])));

test("docs/sql/focus-athena.sql on the AWS FOCUS export gives the pane's lines, line by line", async () => {
  const [, lines, leftOut] = await runSql(path.join(root, "docs", "sql", "focus-athena.sql"), "focus_1_2_aws", fixture("focus-aws.csv"));
  const fromSql = parseUsage(toCsv(lines));
  expect(fromSql.format).toBe("lines");
  expect(fromSql.rejected).toEqual([]);
  const pane = parseUsage(readFileSync(fixture("focus-aws.csv"), "utf8"));
  const a = order(fromSql.rows);
  const b = order(pane.rows);
  expect(a.length).toBe(b.length);
  a.forEach((row, i) => {
    const { billedCost, listCost, contractedCost, effectiveCost, invoicedCost, ...rest } = row;
    const { billedCost: b1, listCost: b2, contractedCost: b3, effectiveCost: b4, invoicedCost: b5, ...expected } = b[i];
    expect(rest).toEqual(expected);
    for (const [got, want] of [[billedCost, b1], [listCost, b2], [contractedCost, b3], [effectiveCost, b4], [invoicedCost, b5]] as [number | null, number | null][]) {
      if (want === null) expect(got).toBeNull();
      else expect(got as number).toBeCloseTo(want, 9);
    }
  });
  // what the SQL leaves out is what the pane rejects (the provisioned-throughput hours) and skips (none here)
  expect(leftOut.map((row) => [row.reason, Number(row.rows_left_out)])).toEqual([["rejected: the meter names no token kind", pane.rejected.length]]);
  expect(pane.rejected).toEqual([expect.objectContaining({ reason: expect.stringContaining("names no token kind") })]);
});
