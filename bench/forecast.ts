import { TEMPLATES, renderTemplate, type RenderedTemplate, type TemplateSpec, type WorkbookName } from "../src/templates";
import { probabilitySheet } from "../src/templates/blocks/probability";
import { forecastDemo } from "../src/templates/blocks/forecast-demo";
import { forecastDriver } from "../src/templates/blocks/drivers";
import { loadIntoEngine, type SheetModel } from "../test/templates/sheet-engine";
import { interleavedTimes, type Repeated } from "./measure";

/**
 * The probability block's cost (issue 20: "a workbook of all templates recalculates within 2× of the same workbook
 * without simulation"). Until the block is wired into the use-case sheets, each use-case sheet gets a simulation sheet
 * of its own here that reads its MonthlyCost_Catalog (a link, as the wiring will) and draws 1,000 scenarios of three
 * factors on it; the figure is the recalculation after every use-case sheet's USD → currency rate changes (every money
 * cell of those sheets, and through the link every scenario's cost). Variants show the levers: the histogram (one
 * COUNTIF pass over the scenarios per bin) and the number of scenarios.
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
  /** The default (1,000 scenarios, 10 bins) first, then the levers: no histogram, fewer scenarios. */
  variants: ForecastVariant[];
  aimRatio: number;
  /** The demo sheet alone: recalculation after one driver's Base changes (every scenario redrawn). */
  demoDriverChangeMs: Repeated;
  /** P50 of each simulation sheet, to show the linked chain computes (a text would mean the link failed). */
  p50s: unknown[];
}

const USE_CASES = ["acquisition", "complaint-redressal", "sentiment-analysis", "embedding-retrieval", "win-back"];

/** One workbook from several rendered templates (their sheets and names side by side). */
function merge(rendered: RenderedTemplate[]): RenderedTemplate {
  return { ...rendered[0], sheets: rendered.flatMap((r) => r.sheets), names: rendered.flatMap((r) => r.names) };
}

/** The names a use-case sheet puts in the workbook, as the writer reads them back for links. */
function workbookNamesOf(rendered: RenderedTemplate): WorkbookName[] {
  return rendered.names.filter((n) => !n.workbook).map((n) => ({ sheet: n.sheet, name: n.name, refersTo: `='${n.sheet.replace(/'/g, "''")}'!${n.address}` }));
}

/** A simulation sheet on a use-case sheet's monthly cost: volume and people factors (tied) and tokenizer drift. */
function simulationFor(useCase: RenderedTemplate, scenarios: number, bins: number): TemplateSpec {
  const drift = forecastDriver("tokenizer-drift-claude-opus-4-7");
  const factor = (key: string, label: string, low: number, high: number) => ({ key, label, unit: "× base", format: "decimal" as const, low, base: 1, high, notes: "Bench-only range." });
  const sheet = probabilitySheet({
    name: `Sim ${useCase.id}`.slice(0, 26),
    scope: "whole cost",
    drivers: [
      factor("volume", "Volume factor", 0.8, 1.3),
      { ...factor("drift", "Tokenizer drift", drift.low, drift.high), base: drift.base },
      { ...factor("people", "People factor", 0.7, 1.5), tie: { to: "volume", correlation: 0.7, notes: "bench" } },
    ],
    fixed: [
      { key: "baseMonthly", label: "Monthly cost at Base", value: { link: { sheet: useCase.sheets[0].name, name: "MonthlyCost_Catalog" }, missing: 0 }, unit: "{currency} per month", format: "moneyFx", notes: "Linked to the use-case sheet." },
      { key: "noOneOff", label: "One-off cost", value: 0, unit: "{currency}", format: "moneyFx", notes: "Bench-only." },
      { key: "months", label: "Months in three years", value: 36, unit: "months", format: "integer", notes: "Universal constant.", constant: true },
    ],
    monthlyCost: "={baseMonthly}*{volume}*({drift}+{people})/2",
    threeYearCost: { oneOff: "noOneOff", months: "months" },
    budget: { value: 1_000_000, basis: "Three years", notes: "Bench-only." },
    scenarios,
    bins,
  });
  return { id: `sim-${useCase.id}`, title: "Simulation", description: "bench", group: "planning", source: "bench", choices: [], sheets: [sheet] };
}

/** Every use-case sheet's rate flips between two values in one batch: every money cell recalculates. */
function flipRates(model: SheetModel, sheets: string[]): () => void {
  let flip = 0;
  return () => {
    const rate = flip++ % 2 ? 1 : 1.1;
    model.hf.batch(() => sheets.forEach((sheet) => model.set("B6", rate, sheet)));
  };
}

const VARIANTS = [
  { scenarios: 1000, bins: 10 },
  { scenarios: 1000, bins: 0 },
  { scenarios: 250, bins: 10 },
];

export function measureForecast(rounds = 5): ForecastBench {
  const all = TEMPLATES.map((template) => renderTemplate(template));
  const useCases = all.filter((r) => USE_CASES.includes(r.id));
  const useCaseSheets = useCases.map((r) => r.sheets[0].name);
  const cells = (r: RenderedTemplate[]) => r.reduce((n, t) => n + t.sheets.reduce((m, s) => m + s.cells.length, 0), 0);
  const without = loadIntoEngine(merge(all));
  const bodies: Record<string, () => void> = { without: flipRates(without, useCaseSheets) };
  const models: SheetModel[] = [without];
  const built = VARIANTS.map(({ scenarios, bins }) => {
    const sims = useCases.map((useCase) => renderTemplate(simulationFor(useCase, scenarios, bins), { workbookNames: workbookNamesOf(useCase) }));
    const model = loadIntoEngine(merge([...all, ...sims]));
    models.push(model);
    bodies[`${scenarios}/${bins}`] = flipRates(model, useCaseSheets);
    return { scenarios, bins, cells: cells([...all, ...sims]), sims, model };
  });
  for (const body of Object.values(bodies)) body(); // warm-up
  const times = interleavedTimes(bodies, rounds);
  const p50s = built[0].sims.map((sim) => built[0].model.name("MonthlyCost_P50", sim.sheets[0].name));
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
    simulationSheets: useCases.length,
    cellsWithout: cells(all),
    withoutMs: times.without.ms,
    variants: built.map(({ scenarios, bins, cells: n }) => ({ scenarios, bins, cells: n, ms: times[`${scenarios}/${bins}`].ms, ratio: times[`${scenarios}/${bins}`].ratioToFirst })),
    aimRatio: 2,
    demoDriverChangeMs: demoTimes.demo.ms,
    p50s,
  };
}
