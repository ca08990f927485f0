/**
 * npm run template -- --list                 prints the template ids
 * npm run template -- <id> [<id> …] [--model=x] [--gpu=x] [--openModel=x] [--date=YYYY-MM-DD] [--lang=ko]
 *                         [--currency=EUR --fx=0.9 [--fx-date=YYYY-MM-DD] [--fx-source=text]]
 *                                            prints ONE workbook as JSON: the templates inserted in that order, each
 *                                            rendered as the pane renders it (links to the sheets inserted before it,
 *                                            the price sheet), plus the Assumptions sheet the first insertion creates;
 *                                            a currency other than USD needs --fx (USD → currency rate), never 1 by default
 * npm run template -- budget-vs-actual --actuals=<usage file> [--budget=<budget csv>]   laid out from those files,
 *                                            with the LlmcostActuals table and its names: the dump recalculates alone
 */
import { TEMPLATES, findTemplate, type RenderOptions, type TemplateSpec } from "../src/templates";
import { buildWorkbook } from "../src/templates/workbook";
import { LANGUAGES, type Language } from "../src/i18n/language";
import { loadLanguage } from "../src/i18n/messages";
import { actualsForDump, type ActualsDump } from "./actuals-dump";

export function main(argv: string[], out: (text: string) => void = (t) => process.stdout.write(t), err: (text: string) => void = (t) => process.stderr.write(t)): number {
  const positional = argv.filter((arg) => !arg.startsWith("--"));
  const flags = new Map(argv.filter((arg) => arg.startsWith("--")).map((arg) => {
    const [key, ...rest] = arg.slice(2).split("=");
    return [key, rest.join("=")] as [string, string];
  }));
  if (flags.has("list") || positional.length === 0) {
    if (!flags.has("list")) err("usage: npm run template -- --list | <id> [--model=…] [--date=YYYY-MM-DD] [--currency=KRW --fx=1400]\n");
    out(TEMPLATES.map((template) => template.id).join("\n") + "\n");
    return flags.has("list") ? 0 : 1;
  }
  const templates: TemplateSpec[] = [];
  let actuals: ActualsDump | undefined;
  for (const id of positional) {
    let template = findTemplate(id);
    // budget-vs-actual --actuals=<file> [--budget=<file>]: laid out from the files, dumped with the actuals table (actuals-dump.ts)
    if (template?.id === "budget-vs-actual" && flags.get("actuals") && !actuals) {
      actuals = actualsForDump(flags.get("actuals") as string, flags.get("budget"), err);
      template = actuals.template;
    }
    if (!template) {
      err(`unknown template "${id}"; known: ${TEMPLATES.map((t) => t.id).join(", ")}\n`);
      return 2;
    }
    templates.push(template);
  }
  const lang = flags.get("lang") || "en";
  if (!LANGUAGES.includes(lang as Language)) {
    err(`unknown --lang "${lang}"; known: ${LANGUAGES.join(", ")}\n`);
    return 2;
  }
  // --model, --gpu, … apply to every template that offers that choice.
  const choices: Record<string, string> = {};
  for (const choice of templates.flatMap((t) => t.choices)) {
    const value = flags.get(choice.key);
    if (value) choices[choice.key] = value;
  }
  try {
    const workbook = buildWorkbook(templates, { choices, priceDate: flags.get("date") || undefined, ...currencyOptions(flags) }, lang as Language);
    out(JSON.stringify(actuals ? actuals.attach(workbook) : workbook, null, 2) + "\n");
    return 0;
  } catch (error) {
    err(`${(error as Error).message}\n`);
    return 3;
  }
}

/** --currency, --fx (a number), --fx-date, --fx-source as render options; a malformed --fx is an error. */
function currencyOptions(flags: Map<string, string>): RenderOptions {
  const fx = flags.get("fx");
  const fxRate = fx ? Number(fx) : undefined;
  if (fx && !Number.isFinite(fxRate)) throw new Error(`--fx must be a number, the USD → currency rate (got "${fx}").`);
  return { currency: flags.get("currency") || undefined, fxRate, fxDate: flags.get("fx-date") || undefined, fxSource: flags.get("fx-source") || undefined };
}

/** The languages' sheet texts are loaded first, as the pane loads them (main renders synchronously). */
export async function loadLanguages(): Promise<void> {
  await Promise.all(LANGUAGES.map((language) => loadLanguage(language)));
}

if (require.main === module) void loadLanguages().then(() => (process.exitCode = main(process.argv.slice(2))));
