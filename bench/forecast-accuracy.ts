import { TEMPLATES, type LinkContent, type TemplateSpec } from "../src/templates";
import { buildWorkbook } from "../src/templates/workbook";
import { useCaseSimulation } from "../src/templates/blocks/simulation";
import { loadIntoEngine } from "../test/templates/sheet-engine";

/**
 * How many scenarios the use-case simulation sheets need (docs/forecasting.md, "Choosing N"): each use-case template's
 * percentiles and budget probability at N scenarios against N = 2,000, in the workbook the pane builds.
 * `npx ts-node --transpile-only bench/forecast-accuracy.ts`
 */
const OUTPUTS = ["MonthlyCost_P10", "MonthlyCost_P50", "MonthlyCost_P90", "ThreeYearCost_P10", "ThreeYearCost_P50", "ThreeYearCost_P90", "ProbabilityOverBudget"];
const SIZES = [250, 500, 1000, 2000];

function atScenarios(template: TemplateSpec, scenarios: number): TemplateSpec {
  const rows = template.sheets[1].sections.flatMap((section) => section.rows);
  const volume = (rows.find((row) => row.key === "req1")?.values.low as LinkContent).link.name;
  return { ...template, sheets: [template.sheets[0], useCaseSimulation({ sheet: template.sheets[0].name, name: template.sheets[1].name, volume, requestUnit: "request", scenarios, bins: 0 })] };
}

const useCases = TEMPLATES.filter((t) => t.sheets[1]?.sections.some((s) => s.rows.some((r) => r.key === "req1")));
const report: Record<string, Record<number, Record<string, number>>> = {};
for (const template of useCases) {
  report[template.id] = {};
  for (const n of SIZES) {
    const wb = buildWorkbook([atScenarios(template, n)], {}, "en");
    const model = loadIntoEngine(wb);
    report[template.id][n] = Object.fromEntries(OUTPUTS.map((name) => [name, model.name(name, wb.sheets[1].name) as number]));
    model.hf.destroy();
  }
}
for (const [id, bySize] of Object.entries(report)) {
  const ref = bySize[2000];
  for (const n of SIZES.slice(0, -1)) {
    const worst = Math.max(...OUTPUTS.filter((o) => o !== "ProbabilityOverBudget").map((o) => Math.abs(bySize[n][o] / ref[o] - 1)));
    const prob = Math.abs(bySize[n].ProbabilityOverBudget - ref.ProbabilityOverBudget);
    console.log(`${id.padEnd(22)} N=${String(n).padStart(4)}: largest percentile gap ${(worst * 100).toFixed(2)}%, budget probability ${(bySize[n].ProbabilityOverBudget * 100).toFixed(1)}% vs ${(ref.ProbabilityOverBudget * 100).toFixed(1)}% (${(prob * 100).toFixed(1)} points)`);
  }
}
