/**
 * npm run actuals -- <file> [<file> …] [--format=openai|anthropic|csv|focus|openai-costs|anthropic-cost|anthropic-analytics|lines] [--lines]
 *   prints the monthly lines as JSON ({ format, rows, rejected, warnings, records } per file), read locally in one
 *   streaming pass (the format is detected when omitted); with --lines, as LLMCOST's monthly-lines CSV (the lines of
 *   every file, which the pane imports as they are). Exit code 0 when every record was read, 1 when some were
 *   rejected, 2 on a usage error.
 */
import path from "path";
import { USAGE_FORMATS, linesToCsv, type UsageFormat } from "../src/engine/actuals";
import { readUsageFile } from "./usage-file";

const FORMATS: readonly UsageFormat[] = USAGE_FORMATS;

export function main(argv: string[], out: (text: string) => void = (t) => process.stdout.write(t), err: (text: string) => void = (t) => process.stderr.write(t)): number {
  const files = argv.filter((arg) => !arg.startsWith("--"));
  const formatFlag = argv.find((arg) => arg.startsWith("--format="))?.slice("--format=".length);
  if (files.length === 0 || (formatFlag !== undefined && !FORMATS.includes(formatFlag as UsageFormat))) {
    err(`usage: npm run actuals -- <file> [--format=${FORMATS.join("|")}]\n`);
    return 2;
  }
  const results = [];
  for (const file of files) {
    let parsed;
    try {
      parsed = readUsageFile(file, { format: formatFlag as UsageFormat | undefined });
    } catch (error) {
      err(`cannot read ${file}: ${(error as Error).message}\n`);
      return 2;
    }
    results.push({ file: path.basename(file), ...parsed });
    for (const rejection of parsed.rejected) err(`${path.basename(file)} ${rejection.location}: ${rejection.reason}\n`);
    for (const warning of parsed.warnings) err(`${path.basename(file)}: ${warning}\n`);
  }
  if (argv.includes("--lines")) out(linesToCsv(results.flatMap((result) => result.rows)));
  else out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + "\n");
  return results.some((result) => result.rejected.length > 0) ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
