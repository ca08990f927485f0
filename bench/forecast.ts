import { TEMPLATES, type LinkContent, type TemplateSpec } from "../src/templates";
import { buildWorkbook } from "../src/templates/workbook";
import { useCaseSimulation, USE_CASE_SCENARIOS } from "../src/templates/blocks/simulation";
import { forecastDemo } from "../src/templates/blocks/forecast-demo";
import { portfolioSimulation } from "../src/templates/catalog/martech-simulation";
import { API_SIMULATION_SHEET, apiVsSelfhostSimulation } from "../src/templates/catalog/api-vs-selfhost-simulation";
import { ROI_SIMULATION_SHEET, roiBusinessCaseSimulation } from "../src/templates/catalog/roi-business-case-simulation";
import { PROMPT_SIMULATION_SHEET, promptTechniquesSimulation } from "../src/templates/catalog/prompt-techniques-simulation";
import { renderTemplate } from "../src/templates";
import { loadIntoEngine, type SheetModel } from "../test/templates/sheet-engine";
import { interleavedTimes, type Repeated } from "./measure";

/**
 * The probability block's cost (issue 20: "a workbook of all templates recalculates within 2× of the same workbook
 * without simulation"). The workbook is every template inserted in order as the pane inserts them (buildWorkbook), so
 * each use-case template (and API vs self-host, the ROI business case and prompt techniques) brings its risk sheet linked to its own sheet; "without" is the same workbook with the
 * simulation sheets left out (and the portfolio without its inline simulation). The figure is the recalculation after every use-case sheet's USD → currency rate
 * changes (every money cell of those sheets, and through the links the risk sheets' unit costs and every output that
 * reads the scenario costs, MMULT(unit costs, factor rows)). Variants show the levers: the number of scenarios and the
 * histogram (one SUMPRODUCT pass over the scenario costs per bin).
 */
export interface ForecastVariant {
  scenarios: number;
  bins: number;
  cells: number;
  ms: Repeated;
  /** Recalculation time with the simulation sheets ÷ without, per interleaved round. */
  ratio: Repeated;
}

export interface ForecastBench {
  simulationSheets: number;
  cellsWithout: number;
  withoutMs: Repeated;
  /** The default (as shipped) first, then the levers. */
  variants: ForecastVariant[];
  aimRatio: number;
  /** The demo sheet alone: recalculation after one driver's Base changes (every scenario redrawn). */
  demoDriverChangeMs: Repeated;
  /** P50 of each simulation sheet, to show the linked chain computes (a text would mean the link failed). */
  p50s: unknown[];
}

/** The risk sheets built by their own function (not a use-case sheet's), by sheet name. */
const OWN_RISK_SHEETS: Record<string, (scenarios: number, bins: number) => TemplateSpec["sheets"][number]> = { [API_SIMULATION_SHEET]: apiVsSelfhostSimulation, [ROI_SIMULATION_SHEET]: roiBusinessCaseSimulation, [PROMPT_SIMULATION_SHEET]: promptTechniquesSimulation };
const ownRiskSheet = (template: TemplateSpec) => OWN_RISK_SHEETS[template.sheets[1]?.name ?? ""];

/** Whether a template has a linked risk sheet: API vs self-host's, the business case's, or a use-case sheet's. */
const hasRiskSheet = (template: TemplateSpec): boolean => ownRiskSheet(template) !== undefined || volumeLinkOf(template) !== undefined;

/** Whether a template sheet is a use-case simulation (its month-1 requests linked from the use-case sheet). */
function volumeLinkOf(template: TemplateSpec): string | undefined {
  const rows = template.sheets[1]?.sections.flatMap((section) => section.rows) ?? [];
  const value = rows.find((row) => row.key === "req1")?.values.low as LinkContent | undefined;
  return value?.link?.name;
}

/** The templates with every simulation sheet rebuilt at `scenarios` and `bins`, or left out (scenarios 0). */
function withSimulations(scenarios: number, bins: number): TemplateSpec[] {
  return TEMPLATES.map((template) => {
    if (template.id === "martech-lifecycle" && scenarios === 0) return withoutPortfolioSimulation(template);
    const own = ownRiskSheet(template);
    if (own) return { ...template, sheets: scenarios === 0 ? [template.sheets[0]] : [template.sheets[0], own(scenarios, bins)] };
    const volume = volumeLinkOf(template);
    if (!volume) return template;
    if (scenarios === 0) return { ...template, sheets: [template.sheets[0]] };
    const simulation = useCaseSimulation({ sheet: template.sheets[0].name, name: template.sheets[1].name, volume, requestUnit: "request", scenarios, bins });
    return { ...template, sheets: [template.sheets[0], simulation] };
  });
}

/** The portfolio without its inline simulation (its sections and scenario columns), for the "without" workbook. */
function withoutPortfolioSimulation(template: TemplateSpec): TemplateSpec {
  const [sheet, ...rest] = template.sheets;
  const sections = sheet.sections.filter((section) => !portfolioSimulation.sections.includes(section));
  return { ...template, sheets: [{ ...sheet, sections, projection: undefined }, ...rest] };
}

/** Every use-case sheet's rate flips between two values in one batch: every money cell recalculates. */
function flipRates(model: SheetModel, sheets: string[]): () => void {
  let flip = 0;
  return () => {
    const rate = flip++ % 2 ? 1 : 1.1;
    model.hf.batch(() => sheets.forEach((sheet) => model.set("B6", rate, sheet)));
  };
}

/** The default as shipped, then the levers: more scenarios, no histogram (each key distinct: a body per variant). */
const VARIANTS = [
  { scenarios: USE_CASE_SCENARIOS, bins: 10 },
  { scenarios: 2 * USE_CASE_SCENARIOS, bins: 10 },
  { scenarios: 4 * USE_CASE_SCENARIOS, bins: 10 },
  { scenarios: USE_CASE_SCENARIOS, bins: 0 },
];

export function measureForecast(rounds = 5): ForecastBench {
  const cells = (wb: ReturnType<typeof buildWorkbook>) => wb.sheets.reduce((m, s) => m + s.cells.length, 0);
  const plain = buildWorkbook(withSimulations(0, 0), {}, "en");
  const useCaseSheets = plain.inserted.filter((i) => hasRiskSheet(TEMPLATES.find((t) => t.id === i.id)!)).map((i) => i.sheets[0]);
  const without = loadIntoEngine(plain);
  const bodies: Record<string, () => void> = { without: flipRates(without, useCaseSheets) };
  const models: SheetModel[] = [without];
  const built = VARIANTS.map(({ scenarios, bins }) => {
    const wb = buildWorkbook(withSimulations(scenarios, bins), {}, "en");
    const model = loadIntoEngine(wb);
    models.push(model);
    bodies[`${scenarios}/${bins}`] = flipRates(model, useCaseSheets);
    return { scenarios, bins, cells: cells(wb), sims: wb.inserted.filter((i) => i.sheets.length > 1 && hasRiskSheet(TEMPLATES.find((t) => t.id === i.id)!)).map((i) => i.sheets[1]), model };
  });
  for (const body of Object.values(bodies)) body(); // warm-up
  const times = interleavedTimes(bodies, rounds);
  const p50s = built[0].sims.map((sim) => built[0].model.name("MonthlyCost_P50", sim));
  for (const model of models) model.hf.destroy();

  const demo = renderTemplate(forecastDemo);
  const demoModel = loadIntoEngine(demo);
  const baseCell = demo.sheets[0].cells.find((c) => c.value === "Requests per month" && /^A\d+$/.test(c.address));
  let flip = 0;
  const changeDriver = () => demoModel.set(`C${baseCell?.address.slice(1)}`, flip++ % 2 ? 100_000 : 105_000);
  changeDriver();
  const demoTimes = interleavedTimes({ demo: changeDriver }, rounds);
  demoModel.hf.destroy();

  return {
    simulationSheets: useCaseSheets.length,
    cellsWithout: cells(plain),
    withoutMs: times.without.ms,
    variants: built.map(({ scenarios, bins, cells: n }) => ({ scenarios, bins, cells: n, ms: times[`${scenarios}/${bins}`].ms, ratio: times[`${scenarios}/${bins}`].ratioToFirst })),
    aimRatio: 2,
    demoDriverChangeMs: demoTimes.demo.ms,
    p50s,
  };
}

/** `ts-node bench/forecast.ts`: section 9 alone (the whole bench is heavy). */
if (require.main === module) {
  const f = measureForecast();
  console.log(JSON.stringify({ ...f, withoutMs: f.withoutMs, variants: f.variants.map((v) => ({ scenarios: v.scenarios, bins: v.bins, cells: v.cells, ms: v.ms, ratio: v.ratio })) }, null, 1));
}
