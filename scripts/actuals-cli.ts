/**
 * npm run actuals -- <file> [<file> …] [--format=openai|anthropic|csv]
 *   prints the normalised usage rows as JSON ({ format, rows, rejected, warnings } per file), read locally.
 *   Exit code 0 when every record was read, 1 when some were rejected, 2 on a usage error.
 */
import { readFileSync } from "fs";
import path from "path";
import { parseUsage, type UsageFormat } from "../src/engine/actuals";
import { linesOfUsage, parseBudgetCsv } from "../src/templates/budget-lines";
import type { TemplateSpec } from "../src/templates";
import { budgetVsActualTemplate } from "../src/templates/catalog/budget-vs-actual";

const FORMATS: UsageFormat[] = ["openai", "anthropic", "csv"];

export function main(argv: string[], out: (text: string) => void = (t) => process.stdout.write(t), err: (text: string) => void = (t) => process.stderr.write(t)): number {
  const files = argv.filter((arg) => !arg.startsWith("--"));
  const formatFlag = argv.find((arg) => arg.startsWith("--format="))?.slice("--format=".length);
  if (files.length === 0 || (formatFlag !== undefined && !FORMATS.includes(formatFlag as UsageFormat))) {
    err(`usage: npm run actuals -- <file> [--format=${FORMATS.join("|")}]\n`);
    return 2;
  }
  const results = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      err(`cannot read ${file}: ${(error as Error).message}\n`);
      return 2;
    }
    const parsed = parseUsage(text, formatFlag as UsageFormat | undefined);
    results.push({ file: path.basename(file), ...parsed });
    for (const rejection of parsed.rejected) err(`${path.basename(file)} ${rejection.location}: ${rejection.reason}\n`);
  }
  out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + "\n");
  return results.some((result) => result.rejected.length > 0) ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

/**
 * For `npm run template -- budget-vs-actual --actuals=<file> [--budget=<file>]`: the template laid out from a usage
 * file (and a budget CSV: month, model, tokens, amount). Rejected records are reported through `err`.
 */
export function budgetVsActualFromFiles(actualsFile: string, budgetFile: string | undefined, err: (text: string) => void): TemplateSpec {
  const usage = parseUsage(readFileSync(actualsFile, "utf8"));
  for (const rejection of usage.rejected) err(`${path.basename(actualsFile)} ${rejection.location}: ${rejection.reason}\n`);
  const budget = budgetFile ? parseBudgetCsv(readFileSync(budgetFile, "utf8")) : { rows: [], rejected: [] };
  for (const rejection of budget.rejected) err(`${path.basename(budgetFile ?? "")} line ${rejection.line}: ${rejection.reason}\n`);
  return budgetVsActualTemplate({ lines: linesOfUsage(usage.rows), budget: budget.rows });
}
