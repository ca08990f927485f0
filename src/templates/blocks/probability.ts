import { sheetText } from "../../i18n/sheet-text";
import { namesOf, type CellContent, type CellNames, type FormatKey, type ProjectionRowSpec, type RowSpec, type SectionSpec, type SheetSpec } from "../types";

/**
 * The probability block (issue 20): a simulation sheet that turns each uncertain driver's Low / Base / High into a
 * distribution (PERT or triangular, chosen on the sheet), draws N scenarios from a DETERMINISTIC low-discrepancy point
 * set (Hammersley: the first driver stratified at (n − ½) / N, the others the Halton radical inverse of n in bases 2,
 * 3, 5, …, computed by formula from the scenario number — no RAND, so the same workbook gives the same figures on
 * every recalculation and every machine), runs the caller's one cost chain per scenario and reads P10 / P50 / P90,
 * the probability of exceeding a budget and a histogram.
 *
 * Scenarios are the sheet's projection (one column each, `{period}` is the scenario number); the driver table, the
 * outputs and the histogram are sections above it. Drivers can be tied (rank correlation through a Gaussian copula:
 * z = ρ·z(tied-to) + √(1 − ρ²)·z(own point), quantile level Φ(z)), so that volume and people move together.
 * See docs/forecasting.md.
 */

export type Distribution = "PERT" | "Triangular";
export const DISTRIBUTIONS: readonly Distribution[] = ["PERT", "Triangular"];
export const BUDGET_BASES = ["Monthly", "Three years"] as const;
/** The budget basis as the sheet shows it, in its language: the drop-down, the start value and the formula that compares it. */
const BASIS_TEXT: Record<(typeof BUDGET_BASES)[number], string> = { Monthly: sheetText("budgetBasisMonthly"), "Three years": sheetText("budgetBasisThreeYears") };
export const DEFAULT_SCENARIOS = 1000;
export const DEFAULT_BINS = 10;

/** Halton bases of the second, third, … driver (the first is stratified): at most 11 drivers. */
const HALTON_BASES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29] as const;

/** The value columns of a simulation sheet. Sections other than the driver table use the first as "Value". */
export const SIM_COLUMNS = { low: "low", base: "base", high: "high", shape: "shape", tie: "tie" } as const;
const { low: LOW, base: BASE, high: HIGH, shape: SHAPE, tie: TIE } = SIM_COLUMNS;

export interface UncertainDriver {
  /** Key of the per-scenario draw: the cost formulas use {key}. Letters, digits, underscores. */
  key: string;
  label: string;
  unit: string;
  format: FormatKey;
  /** Low, most likely (Base) and High: literals (inputs), formulas (workbook names such as the Assumptions sheet's,
   * this sheet's rows as placeholders) or links to another sheet's named cell. */
  low: CellContent;
  base: CellContent;
  high: CellContent;
  /** Default PERT; the sheet's drop-down changes it. */
  distribution?: Distribution;
  /** Where the range comes from (an input needs a source). */
  notes: string;
  /** Tie this driver to an EARLIER driver: rank correlation through a Gaussian copula, ρ an input on the sheet. */
  tie?: { to: string; correlation: number; notes: string };
}

/** A fixed figure the cost chain reads (a unit cost, a constant): one row, its value in the first column. */
export interface FixedInput {
  key: string;
  label: string;
  value: CellContent;
  unit: string;
  format: FormatKey;
  notes: string;
  /** A universal constant (months in three years): locked, not an input. */
  constant?: boolean;
}

export interface ProbabilitySpec {
  /** Sheet name (≤ 26 characters). */
  name: string;
  drivers: UncertainDriver[];
  fixed: FixedInput[];
  /** One scenario's monthly cost: a formula over {driver} draws and {fixed} rows (e.g. "={volume}*{costPerRequest}+{fte}*{costPerFte}"). */
  monthlyCost: string;
  /**
   * One scenario's three-year cost. Either a formula over {scMonthly} (that scenario's monthly cost), draws and fixed
   * rows, computed per scenario; or, where it is one-off + months × the monthly cost with both fixed (growth and price
   * decline deterministic), those two fixed rows' keys: then no second row of 1,000 cells is needed, because a
   * percentile of an increasing function is that function of the percentile (ThreeYearCost_P50 = one-off + months ×
   * MonthlyCost_P50 exactly), and the budget test becomes monthly cost > (budget − one-off) ÷ months.
   */
  threeYearCost: string | { oneOff: string; months: string };
  /** What the costs are (scope said in the labels): e.g. "whole cost" or "token cost only". */
  scope: string;
  budget: { value: CellContent; basis: (typeof BUDGET_BASES)[number]; notes: string };
  scenarios?: number;
  /** Histogram bins (default 10); 0 leaves the histogram and its chart out. */
  bins?: number;
  /**
   * Put before every name the block defines (e.g. "Portfolio": PortfolioMonthlyCost_P50), where the block shares a
   * sheet whose own names would otherwise be confused with a use-case sheet's (MonthlyCost_P50 of one stage).
   */
  namePrefix?: string;
  /**
   * Further output rows after the cost's (e.g. the business case's net benefit): their formulas may read the scenario
   * costs as {scMonthly:all} / {scThreeYear:all} and a draw's row as {key:all}, written as the cost outputs are.
   */
  moreOutputs?: RowSpec[];
  /** Further check rows after the block's own (e.g. that the all-Base chain ties to the sheet it draws from). */
  moreChecks?: RowSpec[];
}

/** One term of a cost chain: a unit cost (a fixed row, in the sheet's currency) times the product of drawn drivers. */
export interface CostTerm {
  unitCost: string;
  drivers: string[];
}

/**
 * The cost of one scenario as a linear combination of unit costs, "={volume}*{tokens}*{tokenCost}+{fte}*{fteCost}":
 * unit costs are computed once in fixed rows, so each of the 1,000 scenario cells reads few cells (the bench's figure
 * depends on it: a scenario cell that re-derives prices and the rate costs several times more to recalculate).
 */
export function linearCost(terms: CostTerm[]): string {
  if (terms.length === 0) throw new Error("linearCost: no term");
  return `=${terms.map((term) => [...term.drivers, term.unitCost].map((key) => `{${key}}`).join("*")).join("+")}`;
}

const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;
const inKey = (key: string) => `${key}_in`;
const shapeKey = (key: string) => `${key}_ab`;
const pointKey = (key: string) => `${key}_u`;
const scoreKey = (key: string) => `${key}_z`;
const levelKey = (key: string) => `${key}_q`;
const baseKey = (key: string) => `${key}_seq`;
const productKey = (keys: string[]) => `pr_${keys.join("_")}`;
/** The row of a cost row's scenarios sorted from lowest to highest (one spilled SORT), which every pass reads. */
const ascendingKey = (costRow: string) => `${costRow}Asc`;

/** Digits of the radical inverse: enough for every scenario number up to `scenarios` in base `base`. */
function digitCount(base: number, scenarios: number): number {
  let digits = 1;
  while (base ** digits <= scenarios) digits++;
  return digits;
}

/** The Halton radical inverse of the scenario number in base {b}: Σ digit_k / b^(k+1), one SUMPRODUCT over the digit positions. */
function radicalInverse(base: number, scenarios: number, baseRef: string): string {
  const positions = `{${Array.from({ length: digitCount(base, scenarios) }, (_, k) => k).join(",")}}`;
  return `=SUMPRODUCT(MOD(INT({period}/${baseRef}^${positions}),${baseRef})/${baseRef}^(${positions}+1))`;
}

function validate(spec: ProbabilitySpec): void {
  const keys = new Set<string>();
  const all = [...spec.drivers.map((d) => d.key), ...spec.fixed.map((f) => f.key)];
  for (const key of all) {
    if (!IDENT.test(key)) throw new Error(`${spec.name}: key "${key}" is not an identifier`);
    if (keys.has(key)) throw new Error(`${spec.name}: key "${key}" used twice`);
    keys.add(key);
  }
  if (spec.scenarios !== undefined && !(Number.isInteger(spec.scenarios) && spec.scenarios >= 10)) throw new Error(`${spec.name}: scenarios must be a whole number of at least 10`);
  if (spec.bins !== undefined && !(Number.isInteger(spec.bins) && spec.bins >= 0)) throw new Error(`${spec.name}: bins must be a whole number`);
  if (spec.drivers.length === 0) throw new Error(`${spec.name}: no uncertain driver`);
  if (spec.drivers.length > HALTON_BASES.length + 1) throw new Error(`${spec.name}: at most ${HALTON_BASES.length + 1} drivers`);
  spec.drivers.forEach((driver, index) => {
    if (!driver.tie) return;
    const target = spec.drivers.findIndex((d) => d.key === driver.tie?.to);
    if (target < 0 || target >= index) throw new Error(`${spec.name}: ${driver.key} is tied to ${driver.tie.to}, which is not an earlier driver`);
    if (Math.abs(driver.tie.correlation) > 1) throw new Error(`${spec.name}: correlation of ${driver.key} outside [-1, 1]`);
  });
}

/** The driver table (inputs): Low | Base | High | distribution | correlation with the tied driver. */
function driverSection(spec: ProbabilitySpec): SectionSpec {
  const labelOf = new Map(spec.drivers.map((d) => [d.key, d.label]));
  return {
    title: sheetText("uncertainDriversLowBaseMostLikely"),
    kind: "inputs",
    headers: { label: sheetText("driver"), [LOW]: sheetText("low"), [BASE]: sheetText("baseMostLikely"), [HIGH]: sheetText("high"), [SHAPE]: sheetText("distribution"), [TIE]: sheetText("rankCorrelation") },
    rows: spec.drivers.map(
      (d): RowSpec => ({
        key: inKey(d.key),
        label: d.label,
        values: { [LOW]: d.low, [BASE]: d.base, [HIGH]: d.high, [SHAPE]: d.distribution ?? "PERT", ...(d.tie ? { [TIE]: d.tie.correlation } : {}) },
        format: { [LOW]: d.format, [BASE]: d.format, [HIGH]: d.format, [SHAPE]: "text", [TIE]: "decimal" },
        validation: { [SHAPE]: [...DISTRIBUTIONS] },
        unit: d.unit,
        notes: d.tie ? sheetText("driverNotesTiedTo", { notes: d.notes, driver: labelOf.get(d.tie.to) ?? d.tie.to, why: d.tie.notes }) : d.notes,
      }),
    ),
  };
}

function fixedSection(spec: ProbabilitySpec): SectionSpec {
  return {
    title: sheetText("fixedInputsOfTheCostChain"),
    kind: "inputs",
    inputNameColumn: "Value",
    headers: { label: sheetText("item"), [LOW]: sheetText("value"), [BASE]: "", [HIGH]: "", [SHAPE]: "", [TIE]: "" },
    rows: [
      ...spec.fixed.map((f): RowSpec => ({ key: f.key, label: f.label, kind: f.constant ? "constant" : "input", values: { [LOW]: f.value }, format: f.format, unit: f.unit, notes: f.notes })),
      { key: "budget", label: sheetText("budget"), values: { [LOW]: spec.budget.value }, names: { [LOW]: "CostBudget" }, format: "moneyFx", unit: "{currency}", notes: spec.budget.notes },
      { key: "budgetBasis", label: sheetText("budgetAppliesTo"), values: { [LOW]: BASIS_TEXT[spec.budget.basis] }, names: { [LOW]: "BudgetBasis" }, format: "text", validation: BUDGET_BASES.map((basis) => BASIS_TEXT[basis]), unit: sheetText("monthlyThreeYears"), notes: sheetText("monthlyTheBudgetIsComparedWith") },
    ],
  };
}

/** Constants of the method: scenario count, percentile levels, each driver's sequence base. */
function methodSection(spec: ProbabilitySpec, scenarios: number): SectionSpec {
  return {
    title: sheetText("methodConstants"),
    kind: "calculations",
    headers: { label: sheetText("constant2"), [LOW]: "P10", [BASE]: "P50", [HIGH]: "P90", [SHAPE]: "", [TIE]: "" },
    rows: [
      { key: "pct", label: sheetText("percentileLevels"), kind: "constant", values: { [LOW]: 0.1, [BASE]: 0.5, [HIGH]: 0.9 }, format: "percent", unit: sheetText("level"), notes: sheetText("p10P50MedianAndP90Of") },
      { key: "scenarios", label: sheetText("scenarios"), kind: "constant", values: { [LOW]: scenarios }, format: "count", unit: sheetText("scenarios2"), notes: sheetText("oneColumnEachInTheScenario") },
      ...spec.drivers.map(
        (d, index): RowSpec =>
          index === 0
            ? { key: baseKey(d.key), label: sheetText("sequenceOfDriver", { driver: d.label }), kind: "constant", values: { [LOW]: 0 }, format: "integer", unit: sheetText("t0Stratified"), notes: sheetText("hammersleySFirstDimensionScenarioN") }
            : { key: baseKey(d.key), label: sheetText("sequenceOfDriver", { driver: d.label }), kind: "constant", values: { [LOW]: HALTON_BASES[index - 1] }, format: "integer", unit: sheetText("haltonBase"), notes: sheetText("radicalInverseOfTheScenarioNumber") },
      ),
    ],
  };
}

/** PERT's beta shape per driver (α, β) and the mode's place between Low and High (the triangular split). */
function shapeSection(spec: ProbabilitySpec): SectionSpec {
  const ref = (d: UncertainDriver, col: string) => `{${inKey(d.key)}:${col}}`;
  return {
    title: sheetText("distributionParameters"),
    kind: "calculations",
    headers: { label: sheetText("driver"), [LOW]: "PERT α", [BASE]: "PERT β", [HIGH]: sheetText("modePosition"), [SHAPE]: "", [TIE]: "" },
    rows: spec.drivers.map((d): RowSpec => {
      const [a, m, b] = [ref(d, LOW), ref(d, BASE), ref(d, HIGH)];
      const spread = `IF(${b}=${a},0.5,(${m}-${a})/(${b}-${a}))`;
      return {
        key: shapeKey(d.key),
        label: sheetText("driverShape", { driver: d.label }),
        values: { [LOW]: `=1+4*{${shapeKey(d.key)}:${HIGH}}`, [BASE]: `=1+4*(1-{${shapeKey(d.key)}:${HIGH}})`, [HIGH]: `=${spread}` },
        format: "decimal",
        unit: sheetText("modeLowHighLow"),
        notes: sheetText("pert14MAB"),
      };
    }),
  };
}

/** The quantile of one driver at level u: its Low when the range is empty, else PERT or triangular as chosen. */
function drawFormula(d: UncertainDriver, u: string): string {
  const ref = (col: string) => `{${inKey(d.key)}:${col}}`;
  const [a, m, b, shape] = [ref(LOW), ref(BASE), ref(HIGH), ref(SHAPE)];
  const split = `{${shapeKey(d.key)}:${HIGH}}`;
  const triangular = `IF(${u}<${split},${a}+SQRT(${u}*(${b}-${a})*(${m}-${a})),${b}-SQRT((1-${u})*(${b}-${a})*(${b}-${m})))`;
  const pert = `BETA.INV(${u},{${shapeKey(d.key)}:${LOW}},{${shapeKey(d.key)}:${BASE}},${a},${b})`;
  return `=IF(${b}=${a},${a},IF(${shape}="Triangular",${triangular},${pert}))`;
}

/** Per scenario: each driver's point, its normal score where ties need one, its quantile level and its draw; then the costs. */
function scenarioRows(spec: ProbabilitySpec, scenarios: number): ProjectionRowSpec[] {
  const rows: ProjectionRowSpec[] = [];
  const scored = new Set<string>();
  for (const d of spec.drivers) if (d.tie) scored.add(d.tie.to).add(d.key);
  spec.drivers.forEach((d, index) => {
    const seq = `{${baseKey(d.key)}}`;
    const point = index === 0 ? `=({period}-0.5)/{scenarios}` : radicalInverse(HALTON_BASES[index - 1], scenarios, seq);
    rows.push({ key: pointKey(d.key), label: sheetText("driverSequencePoint", { driver: d.label }), each: point, format: "decimal", unit: "0–1", notes: index === 0 ? "(n − ½) ÷ N" : sheetText("haltonRadicalInverseOfN") });
    let level = `{${pointKey(d.key)}}`;
    if (scored.has(d.key)) {
      const own = `NORM.S.INV({${pointKey(d.key)}})`;
      const rho = `{${inKey(d.key)}:${TIE}}`;
      const score = d.tie ? `=${rho}*{${scoreKey(d.tie.to)}}+SQRT(1-${rho}^2)*${own}` : `=${own}`;
      rows.push({ key: scoreKey(d.key), label: sheetText("driverNormalScore", { driver: d.label }), each: score, format: "decimal", unit: "z", notes: d.tie ? sheetText("theTiedDriverSScore1") : sheetText("ofThePointSharedWithThe") });
      if (d.tie) {
        rows.push({ key: levelKey(d.key), label: sheetText("driverQuantileLevel", { driver: d.label }), each: `=NORM.S.DIST({${scoreKey(d.key)}},TRUE())`, format: "decimal", unit: "0–1", notes: sheetText("zUniformAgainNowRankCorrelated") });
        level = `{${levelKey(d.key)}}`;
      }
    }
    rows.push({ key: d.key, label: d.label, each: drawFormula(d, level), format: d.format, unit: d.unit, notes: sheetText("theDrawnValuePertOrTriangular") });
  });
  const products = new Map<string, string[]>();
  const monthly = withDrawProducts(spec.monthlyCost, spec, products);
  const threeYear = typeof spec.threeYearCost === "string" ? withDrawProducts(spec.threeYearCost, spec, products) : undefined;
  const labelOf = new Map(spec.drivers.map((d) => [d.key, d.label]));
  for (const [key, factors] of products) {
    rows.push({ key, label: sheetText("productOfTheDraws", { drivers: factors.map((f) => labelOf.get(f) ?? f).join(" × ") }), each: `=${factors.map((f) => `{${f}}`).join("*")}`, format: "decimal", unit: sheetText("drawsMultiplied"), notes: sheetText("computedOncePerScenarioForThe") });
  }
  rows.push({ key: "scMonthly", label: sheetText("monthlyCostScope", { scope: spec.scope }), each: monthly, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("theSheetSCostChainWith") });
  if (threeYear !== undefined) rows.push({ key: "scThreeYear", label: sheetText("threeYearCostScope", { scope: spec.scope }), each: threeYear, format: "moneyFx", unit: "{currency}", notes: sheetText("thisScenarioOver36Months") });
  rows.push(ascendingRow("scMonthly", sheetText("monthlyCostAscending", { scope: spec.scope }), sheetText("currencyPerMonth")));
  if (threeYear !== undefined) rows.push(ascendingRow("scThreeYear", sheetText("threeYearCostAscending", { scope: spec.scope }), "{currency}"));
  return rows;
}

/**
 * A cost row's scenarios sorted once from lowest to highest: one SORT spilled along the row (the cost row being
 * per-scenario cells, or the matrix product that replaces them, see asMatrixChain). Every pass reads this row instead
 * of the costs: the percentiles (the same values in another order), COUNT, and each count at or below an amount,
 * which on a sorted row is MATCH(amount, row, 1) — a binary search of about log2(N) cells where SUMPRODUCT(--(costs<=x))
 * re-evaluated the whole chain: with the chain computed in each of the ten histogram bins, the risk sheets doubled the
 * workbook's recalculation (bench section 9, docs/forecasting.md "Speed"). Sorted only when every cost is a number
 * (here a COUNT of the cost cells; asMatrixChain counts the product's inputs instead), else the row is one empty text:
 * the check "every scenario's costs are numbers" then fails and the outputs say n/a. Why not SORT the errors too: SORT
 * returns the first error it meets, and HyperFormula 3.5 throws "Unknown array" when a formula reads the whole row of
 * an array formula whose result is an error (the preview would stop where Excel shows the error); an element-wise
 * IFERROR instead costs HyperFormula more than it saves.
 */
function ascendingRow(costRow: string, label: string, unit: string): ProjectionRowSpec {
  return { key: ascendingKey(costRow), label, each: `=IF(COUNT({${costRow}:all})={scenarios},SORT({${costRow}:all},1,1,TRUE()),"")`, spills: true, format: "moneyFx", unit, notes: sheetText("theScenariosCostsSortedOnce") };
}

/**
 * A cost formula with each run of two or more drawn drivers multiplied together ("{vol}*{tok}*{fx}*{uTok}") read from
 * a row of its own ("{pr_vol_tok_fx}*{uTok}"), shared by the monthly and the three-year cost. The draws do not move when
 * the linked sheet's figures do, so a change there recalculates cost cells that read half as many cells (the bench's
 * ratio depends on it). Only a run that starts a product (after "=", "+", "-", "(" or ",") and is followed by "*", "+",
 * "-", ")", "," or the end is taken: its value, and the order of the multiplications, are exactly those of the formula.
 */
function withDrawProducts(formula: string, spec: ProbabilitySpec, products: Map<string, string[]>): string {
  const drivers = spec.drivers.map((d) => d.key).join("|");
  const run = new RegExp(`(^=|[+\\-(,])((?:\\{(?:${drivers})\\}\\*)+\\{(?:${drivers})\\})(?=[*+\\-),]|$)`, "g");
  return formula.replace(run, (_whole, before: string, factors: string) => {
    const keys = [...factors.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]);
    const key = productKey(keys);
    if (spec.fixed.some((f) => f.key === key) || spec.drivers.some((d) => d.key === key)) throw new Error(`${spec.name}: key "${key}" is reserved for a product of draws`);
    products.set(key, keys);
    return `${before}{${key}}`;
  });
}

/** The same cost formula at every driver's Base (a section cell), for the deterministic comparison row. */
function atBase(formula: string, spec: ProbabilitySpec, column: string = BASE): string {
  const drivers = new Set(spec.drivers.map((d) => d.key));
  return formula.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, key: string) => (drivers.has(key) ? `{${inKey(key)}:${column}}` : key === "scMonthly" ? `{baseCase:${LOW}}` : whole));
}

const NA = `"${sheetText("nASeeTheChecks")}"`;

/**
 * How many scenarios' cost is at or below ("<=") or above (">") a threshold, read from the cost row's sorted copy:
 * MATCH(threshold, sorted, 1) is the position of the last cost at or below it (a binary search; the last of equal
 * costs, in Excel as in HyperFormula), so exactly the count SUMPRODUCT(--(costs<=threshold)) gave; #N/A when every
 * cost is above it, which is 0. Every scenario's cost is a number (the check counts them); where one is not, the
 * histogram check fails, and no cell shows an Excel error.
 */
const countOf = (row: string, comparison: ">" | "<=", threshold: string) => {
  const atOrBelow = `IFERROR(MATCH(${threshold},{${ascendingKey(row)}:all},1),0)`;
  return comparison === "<=" ? atOrBelow : `({scenarios}-${atOrBelow})`;
};
/** Whether every scenario's costs are numbers: counted once (a calculation row), read by every output. */
const ALL_NUMBERS = "{scNumbers}";

function outputSection(spec: ProbabilitySpec): SectionSpec {
  const pct = (row: string) => `=IF(${ALL_NUMBERS},PERCENTILE({${ascendingKey(row)}:all},{pct}),${NA})`;
  const over = (row: string, threshold = "{budget}") => countOf(row, ">", threshold);
  const three = spec.threeYearCost;
  const perScenario = typeof three === "string";
  const affine = (monthly: string) => (typeof three === "string" ? "" : `{${three.oneOff}}+{${three.months}}*${monthly}`);
  const threeYearPct = perScenario ? pct("scThreeYear") : `=IF(ISNUMBER({pMonthly}),${affine("{pMonthly}")},${NA})`;
  // Where the three-year cost is affine in the monthly one, both bases count the same scenarios against their own threshold: one pass.
  const overBudget = typeof three === "string" ? `IF({budgetBasis}="${BASIS_TEXT.Monthly}",${over("scMonthly")},${over("scThreeYear")})` : over("scMonthly", `IF({budgetBasis}="${BASIS_TEXT.Monthly}",{budget},({budget}-{${three.oneOff}})/{${three.months}})`);
  const counted = perScenario ? "=COUNT({scMonthlyAsc:all})+COUNT({scThreeYearAsc:all})=2*{scenarios}" : "=COUNT({scMonthlyAsc:all})={scenarios}";
  return {
    title: sheetText("keyOutputsScopeFromTheScenarios", { scope: spec.scope }),
    kind: "outputs",
    headers: { label: sheetText("output"), [LOW]: "P10", [BASE]: "P50", [HIGH]: "P90", [SHAPE]: "", [TIE]: "" },
    rows: [
      { key: "pMonthly", label: sheetText("monthlyCostScope", { scope: spec.scope }), values: { [LOW]: pct("scMonthly"), [BASE]: pct("scMonthly"), [HIGH]: pct("scMonthly") }, names: { [LOW]: "MonthlyCost_P10", [BASE]: "MonthlyCost_P50", [HIGH]: "MonthlyCost_P90" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("percentilesOfTheScenariosMonthlyCost") },
      {
        key: "pThreeYear",
        label: sheetText("threeYearCostScope", { scope: spec.scope }),
        values: { [LOW]: threeYearPct, [BASE]: threeYearPct, [HIGH]: threeYearPct },
        names: { [LOW]: "ThreeYearCost_P10", [BASE]: "ThreeYearCost_P50", [HIGH]: "ThreeYearCost_P90" },
        format: "moneyFx",
        unit: "{currency}",
        notes: perScenario ? sheetText("percentilesOfTheScenariosThreeYear") : sheetText("oneOffMonthsTheMonthlyPercentile"),
      },
      {
        key: "pOver",
        label: sheetText("probabilityOfExceedingTheBudget"),
        values: { [LOW]: `=IF(${ALL_NUMBERS},${overBudget}/{scenarios},${NA})` },
        names: { [LOW]: "ProbabilityOverBudget" },
        format: "percent",
        unit: sheetText("shareOfScenarios"),
        notes: sheetText("shareOfTheScenariosWhoseCost"),
      },
      { key: "scNumbers", label: sheetText("everyScenarioSCostsAreNumbers"), kind: "calc", values: { [LOW]: counted }, format: "text", unit: "TRUE / FALSE", notes: sheetText("countedOnceAnErrorInOne") },
      { key: "baseCase", label: sheetText("monthlyCostEveryDriverAt", { level: "base", scope: spec.scope }), values: { [LOW]: atBase(spec.monthlyCost, spec) }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("theSinglePointEstimateForComparison") },
      { key: "baseCase3", label: sheetText("threeYearCostEveryDriverAtBase", { scope: spec.scope }), values: { [LOW]: typeof three === "string" ? atBase(three, spec) : `=${affine(`{baseCase:${LOW}}`)}` }, format: "moneyFx", unit: "{currency}", notes: sheetText("sameOverThreeYears") },
      ...(spec.moreOutputs ?? []),
    ],
  };
}

/**
 * Histogram of the monthly cost: equal bins from the cost with every driver at Low to the cost with every driver at
 * High, which bound every scenario when the cost rises with each driver (a linear combination with non-negative unit
 * costs); where a chain does not, the check "Histogram counts every scenario" says so. Read from the driver table, not
 * from MIN/MAX of the scenarios: each pass over 1,000 scenario cells costs as much as recalculating them.
 */
function histogramSection(spec: ProbabilitySpec, bins: number): SectionSpec {
  const rows: RowSpec[] = [
    { key: "hMin", label: sheetText("monthlyCostEveryDriverAt", { level: "low", scope: spec.scope }), values: { [LOW]: atBase(spec.monthlyCost, spec, LOW) }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("histogramRangeFromThisCostTo") },
    { key: "hMax", label: sheetText("monthlyCostEveryDriverAt", { level: "high", scope: spec.scope }), values: { [LOW]: atBase(spec.monthlyCost, spec, HIGH) }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("theTopOfTheHistogramS") },
    { key: "hWidth", label: sheetText("binWidth"), values: { [LOW]: "=({hMax}-{hMin})/{hBins}" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("equalWidths") },
    { key: "hBins", label: sheetText("bins"), kind: "constant", values: { [LOW]: bins }, format: "count", unit: sheetText("bins2"), notes: sheetText("numberOfHistogramBins") },
  ];
  // One count per edge (scenarios at or below it: a MATCH in the sorted costs) less the bins below.
  for (let i = 1; i <= bins; i++) {
    const atOrBelow = countOf("scMonthly", "<=", `{bin${i}:${LOW}}`);
    rows.push({
      key: `bin${i}`,
      label: sheetText("binNumber", { bin: i }),
      values: { [LOW]: i === bins ? "={hMax}" : `={hMin}+{hWidth}*${i}`, [BASE]: i === 1 ? `=${atOrBelow}` : `=${atOrBelow}-SUM({bin1:${BASE}}:{bin${i - 1}:${BASE}})`, [HIGH]: `={bin${i}:${BASE}}/{scenarios}` },
      format: { [LOW]: "moneyFx", [BASE]: "count", [HIGH]: "percent" },
      unit: sheetText("currencyUpperEdgeScenariosShare"),
      notes: i === 1 ? sheetText("scenariosUpToThisEdge") : sheetText("scenariosAboveThePreviousEdgeUp"),
    });
  }
  return { title: sheetText("histogramOfTheMonthlyCost"), kind: "calculations", headers: { label: sheetText("bin"), [LOW]: sheetText("upTo"), [BASE]: sheetText("scenarios"), [HIGH]: sheetText("share2"), [SHAPE]: "", [TIE]: "" }, rows };
}

function checkSection(spec: ProbabilitySpec, bins: number): SectionSpec {
  // The driver rows are contiguous: one comparison of the columns as ranges (a list of ANDs passes 250 characters at eight drivers).
  const column = (col: string) => `{${inKey(spec.drivers[0].key)}:${col}}:{${inKey(spec.drivers[spec.drivers.length - 1].key)}:${col}}`;
  const ordered = `SUMPRODUCT((${column(LOW)}>${column(BASE)})+(${column(BASE)}>${column(HIGH)}))=0`;
  const rhos = spec.drivers.filter((d) => d.tie).map((d) => `ABS({${inKey(d.key)}:${TIE}})<=1`);
  const wrap = (test: string) => `=IFERROR(${test},FALSE())`;
  const three = spec.threeYearCost;
  const monthsPositive: RowSpec[] = typeof three === "string" ? [] : [{ label: sheetText("monthsInTheThreeYearCost"), values: { [LOW]: wrap(`{${three.months}}>0`) }, notes: sheetText("theThreeYearPercentilesAreOne") }];
  return {
    title: sheetText("checks"),
    kind: "checks",
    headers: { label: sheetText("check"), [LOW]: sheetText("value"), [BASE]: "", [HIGH]: "", [SHAPE]: "", [TIE]: "" },
    rows: [
      { label: sheetText("everyDriverHasLowBaseHigh"), values: { [LOW]: wrap(ordered) }, notes: sheetText("aRangeOutOfOrderHas") },
      ...(rhos.length ? [{ label: sheetText("everyCorrelationIsBetween1And"), values: { [LOW]: wrap(`AND(${rhos.join(",")})`) }, notes: sheetText("outside11IsNotA") } as RowSpec] : []),
      { label: sheetText("everyScenarioSCostsAreNumbers"), values: { [LOW]: wrap(ALL_NUMBERS) }, notes: sheetText("anErrorInOneScenarioWould") },
      { label: "P10 ≤ P50 ≤ P90", values: { [LOW]: wrap(`AND({pMonthly:${LOW}}<={pMonthly:${BASE}},{pMonthly:${BASE}}<={pMonthly:${HIGH}},{pThreeYear:${LOW}}<={pThreeYear:${BASE}},{pThreeYear:${BASE}}<={pThreeYear:${HIGH}})`) }, notes: sheetText("percentilesInOrder") },
      ...monthsPositive,
      ...(bins > 0 ? [{ label: sheetText("histogramCountsEveryScenario"), values: { [LOW]: wrap(`SUM({bin1:${BASE}}:{bin${bins}:${BASE}})={scenarios}`) }, notes: sheetText("noScenarioCostsMoreThanEvery") }] : []),
      ...(spec.moreChecks ?? []),
    ],
  };
}

/** Every name of the sections with `prefix` before it. */
function prefixed(sections: SectionSpec[], prefix: string | undefined): SectionSpec[] {
  if (!prefix) return sections;
  const rename = (names: Record<string, CellNames>) => Object.fromEntries(Object.entries(names).map(([col, each]) => [col, namesOf(each).map((name) => `${prefix}${name}`)]));
  return sections.map((section) => ({ ...section, rows: section.rows.map((row) => (row.names ? { ...row, names: rename(row.names) } : row)) }));
}

/** One term of a linear cost formula: its per-scenario factor (a draw or a product of draws; none for a constant) and its fixed unit factors. */
interface ParsedTerm {
  factor: string | undefined;
  units: string[];
}

const COST_ROWS = new Set(["scMonthly", "scThreeYear"]);

/** The terms of "={a}*{u}+{b}*{v}+{w}" with at most one per-scenario factor each; undefined for any other shape (then the cost stays one cell per scenario). */
function parseLinear(formula: string, perScenario: Set<string>): ParsedTerm[] | undefined {
  if (!/^=\{[A-Za-z0-9_]+\}([*+]\{[A-Za-z0-9_]+\})*$/.test(formula)) return undefined;
  const terms: ParsedTerm[] = [];
  for (const term of formula.slice(1).split("+")) {
    const keys = [...term.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]);
    const factors = keys.filter((k) => perScenario.has(k));
    if (factors.length > 1 || keys.some((k) => COST_ROWS.has(k))) return undefined;
    terms.push({ factor: factors[0], units: keys.filter((k) => !perScenario.has(k)) });
  }
  return terms;
}

/**
 * The scenario costs as a matrix product instead of a cell per scenario. Each cost is Σ unit × factor(scenario), the
 * factors being draws or products of draws, so the row of the N costs is MMULT(TRANSPOSE(unit column), factor rows),
 * evaluated once, inside the SORT of the sorted row that every pass reads (see ascendingRow), in Excel as in
 * HyperFormula; the product itself is never spilled. Why: the factors do not move when the linked sheet does; only the
 * few unit costs do. With a cell per scenario every change on the sheet made 2 × N cost cells recalculate, and HyperFormula's cost per recalculated cell (its
 * dependency walk, not the arithmetic) made the workbook of every template 2.4× slower with the risk sheets than
 * without; as a matrix it is about 1.5–2× (bench section 9; docs/forecasting.md "Speed"). The figures are the same: a
 * scenario's cost is the same sum of the same products.
 */
function asMatrixChain(sheet: SheetSpec): SheetSpec {
  const projection = sheet.projection;
  if (!projection) return sheet;
  const perScenario = new Set(projection.rows.map((r) => r.key).filter((k) => !COST_ROWS.has(k)));
  const costRow = (key: string) => projection.rows.find((r) => r.key === key)?.each;
  const monthlyEach = costRow("scMonthly");
  const threeEach = costRow("scThreeYear");
  const monthly = typeof monthlyEach === "string" ? parseLinear(monthlyEach, perScenario) : undefined;
  const three = typeof threeEach === "string" ? parseLinear(threeEach, perScenario) : threeEach === undefined ? [] : undefined;
  if (!monthly || !three) return sheet;
  const factors = [...new Set([...monthly, ...three].map((t) => t.factor).filter((f): f is string => f !== undefined))];
  if (factors.length === 0) return sheet;
  const byKey = new Map(projection.rows.map((r) => [r.key, r]));
  // The factor rows, contiguous and in the unit column's order: the products as they are, a copy of a single draw.
  const factorRows = factors.map((f) => (f.startsWith("pr_") ? byKey.get(f)! : { ...byKey.get(f)!, key: `cf_${f}`, label: sheetText("costFactor", { drivers: byKey.get(f)!.label }), each: `={${f}}`, format: "decimal" as const, unit: sheetText("drawsMultiplied"), notes: sheetText("computedOncePerScenarioForThe") }));
  const unitOf = (terms: ParsedTerm[], factor: string | undefined) => terms.filter((t) => t.factor === factor).map((t) => (t.units.length ? t.units.map((u) => `{${u}}`).join("*") : "1")).join("+") || "0";
  // A factor's drivers by their labels: the draws its row multiplies ("={vol}*{tok}*{fx}"), or the one draw it copies.
  const driversOf = (f: string) => [...String(byKey.get(f)!.each).matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => byKey.get(m[1])?.label ?? m[1]).join(" × ");
  // A unit cost is money only where each of its terms has a money input in it; otherwise (a count of stages whose
  // money is in the factor's draw) it is a plain number, and formatting it as the sheet's currency would misstate it.
  const formatOf = new Map(sheet.sections.flatMap((section) => section.rows).map((row) => [row.key, row.format] as const));
  const isMoney = (key: string) => String(formatOf.get(key) ?? "").startsWith("money");
  const moneyUnit = (f: string) => [...monthly, ...three].filter((t) => t.factor === f).every((t) => t.units.some(isMoney));
  const unitRows: RowSpec[] = factors.map((f, i) => ({ key: `cu${i}`, label: sheetText("unitCostOfFactor", { factor: f.startsWith("pr_") ? driversOf(f) : byKey.get(f)!.label }), values: { [LOW]: `=${unitOf(monthly, f)}`, [BASE]: `=${unitOf(three, f)}` }, ...(moneyUnit(f) ? { format: "moneyFx" as const, unit: "{currency}" } : { format: "decimal" as const, unit: sheetText("unitOfTheRowsItMultiplies") }), notes: sheetText("theSumOfTheUnitCostsThat") }));
  const [first, last] = [factorRows[0].key, factorRows[factorRows.length - 1].key];
  const constant = (terms: ParsedTerm[]) => (terms.some((t) => t.factor === undefined) ? `+(${unitOf(terms, undefined)})` : "");
  const costs = (col: string, terms: ParsedTerm[]) => `(MMULT(TRANSPOSE({cu0:${col}}:{cu${factors.length - 1}:${col}}),{${first}:first}:{${last}:last})${constant(terms)})`;
  const swap = (text: string) => text.replace(/\{scMonthly:all\}/g, costs(LOW, monthly)).replace(/\{scThreeYear:all\}/g, costs(BASE, three));
  // Sorted only when the chain gives numbers (see ascendingRow), read from the inputs of the product, not from a second
  // product: the factors' count moves with the draws only, the unit costs are a few cells.
  const constantIsNumber = (terms: ParsedTerm[]) => (terms.some((t) => t.factor === undefined) ? `,ISNUMBER(${unitOf(terms, undefined)})` : "");
  const numeric = (col: string, terms: ParsedTerm[]) => `AND({cfNumbers:${LOW}},COUNT({cu0:${col}}:{cu${factors.length - 1}:${col}})=${factors.length}${constantIsNumber(terms)})`;
  const sortedCosts = (col: string, terms: ParsedTerm[]) => `=IF(${numeric(col, terms)},SORT(${costs(col, terms)},1,1,TRUE()),"")`;
  const factorsCounted: RowSpec = { key: "cfNumbers", label: sheetText("everyCostFactorIsANumber"), kind: "calc", values: { [LOW]: `=COUNT({${first}:first}:{${last}:last})=${factors.length}*{scenarios}` }, format: "text", unit: "TRUE / FALSE", notes: sheetText("countedWhenTheDrawsChange") };
  const swapValues = (values: RowSpec["values"]) => Object.fromEntries(Object.entries(values).map(([col, v]) => [col, typeof v === "string" ? swap(v) : v]));
  const sections = sheet.sections.map((section) => ({ ...section, rows: section.rows.map((row) => ({ ...row, values: swapValues(row.values) })) }));
  const unitSection: SectionSpec = {
    title: sheetText("unitCostsOfTheScenarioCosts"),
    kind: "calculations",
    headers: { label: sheetText("costFactorHeader"), [LOW]: sheetText("monthlyCost"), [BASE]: sheetText("threeYearCost"), [HIGH]: "", [SHAPE]: "", [TIE]: "" },
    rows: [...unitRows, factorsCounted],
  };
  sections.splice(sections.findIndex((section) => section.kind === "inputs" && section.rows.some((row) => row.key === "budget")) + 1, 0, unitSection);
  const factorKeys = new Set(factorRows.map((r) => r.key));
  // The sorted rows last, each the SORT of its matrix product: the chain is computed once per cost row, not in every pass.
  const sortedKeys = new Set([...COST_ROWS].map(ascendingKey));
  const sorted = projection.rows.filter((r) => sortedKeys.has(r.key)).map((r) => ({ ...r, each: r.key === ascendingKey("scMonthly") ? sortedCosts(LOW, monthly) : sortedCosts(BASE, three) }));
  const rows = [...projection.rows.filter((r) => !COST_ROWS.has(r.key) && !factorKeys.has(r.key) && !sortedKeys.has(r.key)), ...factorRows, ...sorted];
  return { ...sheet, sections, projection: { ...projection, rows } };
}

/** A simulation sheet for one cost chain. Its chart is the histogram of the monthly cost. */
export function probabilitySheet(spec: ProbabilitySpec): SheetSpec {
  return asMatrixChain(probabilitySheetCells(spec));
}

function probabilitySheetCells(spec: ProbabilitySpec): SheetSpec {
  validate(spec);
  const scenarios = spec.scenarios ?? DEFAULT_SCENARIOS;
  const bins = spec.bins ?? DEFAULT_BINS;
  const sections = [outputSection(spec), driverSection(spec), fixedSection(spec), ...(bins > 0 ? [histogramSection(spec, bins)] : []), methodSection(spec, scenarios), shapeSection(spec), checkSection(spec, bins)];
  return {
    name: spec.name,
    valueColumns: [
      { key: LOW, header: sheetText("low") },
      { key: BASE, header: sheetText("base") },
      { key: HIGH, header: sheetText("high") },
      { key: SHAPE, header: sheetText("distribution"), width: 90 },
      { key: TIE, header: sheetText("correlation"), width: 90 },
    ],
    sections: prefixed(sections, spec.namePrefix),
    projection: { title: sheetText("scenariosDeterministicLowDiscrepancyPointsOne2", { scenarios: String(scenarios) }), periods: scenarios, periodLabel: sheetText("scenario"), rows: scenarioRows(spec, scenarios) },
    ...(bins > 0 ? { chart: { type: "ColumnClustered" as const, title: sheetText("monthlyCostScopeScenariosPerBin", { scope: spec.scope }), over: "values", rows: Array.from({ length: bins }, (_, i) => `bin${i + 1}`), columns: [BASE] } } : {}),
  };
}
