import type { CellContent, RowSpec, SectionSpec } from "../types";

/**
 * The accounting view (issue 20): the same project's cost lines as the CFO reads them — each line tagged capitalised
 * or expensed under a chosen framework, capitalised spend amortised straight-line over a useful life, and year-by-year
 * P&L (expense + amortisation) beside cash. Sections for a host sheet whose first three value columns become
 * Year 1 | Year 2 | Year 3 (as the range block reuses them as Low | Base | High).
 *
 * The rules are summarised and sourced in docs/accounting.md: IAS 38 (K-IFRS 1038) and US GAAP ASC 350-40 as amended
 * by ASU 2025-06. Whether a given project meets them is the analyst's and the auditors' judgement: the sheet says what
 * the framework allows for each kind of cost and checks that nothing it never allows is capitalised.
 */

export const FRAMEWORKS = ["IFRS (IAS 38 / K-IFRS 1038)", "US GAAP (ASC 350-40, ASU 2025-06)"] as const;
export type Framework = (typeof FRAMEWORKS)[number];
export const TREATMENTS = ["Capitalised", "Expensed"] as const;
export type Treatment = (typeof TREATMENTS)[number];

/** The kinds of cost an LLM project has, each with what each framework allows (see docs/accounting.md). */
export type CostKind = "research" | "development" | "fineTuning" | "dataPreparation" | "staffTraining" | "running";

/** What a framework allows for a kind of cost: "If criteria met" (capitalise when its recognition test is met) or "No". */
const ALLOWED: Record<CostKind, { ifrs: string; usGaap: string; rule: string }> = {
  research: { ifrs: "No", usGaap: "No", rule: "Research and feasibility work: expensed (IAS 38.54; ASC 350-40 before the probable-to-complete threshold)." },
  development: { ifrs: "If criteria met", usGaap: "If criteria met", rule: "Building the application (integration, coding, testing): IAS 38.57's six criteria; ASC 350-40 once funding is committed and completion is probable." },
  fineTuning: { ifrs: "If criteria met", usGaap: "If criteria met", rule: "Fine-tuning a model for the application: development of the asset (IAS 38.57; ASC 350-40 threshold, not met while significant development uncertainty remains)." },
  dataPreparation: { ifrs: "If criteria met", usGaap: "No", rule: "Preparing data: directly attributable cost of the asset under IAS 38.66; data conversion is expensed under ASC 350-40." },
  staffTraining: { ifrs: "No", usGaap: "No", rule: "Training staff: expensed (IAS 38.67(c); ASC 350-40)." },
  running: { ifrs: "No", usGaap: "No", rule: "Inference, API usage, hosting, maintenance: expensed as incurred (IAS 38.20; ASC 350-40 maintenance)." },
};

export interface AccountingLine {
  key: string;
  label: string;
  kind: CostKind;
  /** Cash spent in years 1, 2 and 3 (the sheet's currency): literals (inputs) or formulas reading the sheet's costs. */
  cash: [CellContent, CellContent, CellContent];
  /** Default tag; the sheet's drop-down changes it. Default: Capitalised where the framework may allow it, else Expensed. */
  treatment?: Treatment;
  notes: string;
}

export interface AccountingSpec {
  /** The host sheet's value column keys read as Year 1, Year 2, Year 3. */
  years: [string, string, string];
  lines: AccountingLine[];
  /** Default "IFRS (IAS 38 / K-IFRS 1038)". */
  framework?: Framework;
  /** Default 3 years. */
  usefulLifeYears?: number;
  /** Years from spend until the asset is available for use (amortisation starts then); default 0. */
  availableAfterYears?: number;
}

const FRAMEWORK_TEST = `{accFramework}="${FRAMEWORKS[1]}"`;

/** The sections, in order: inputs (framework, life, lines, tags), the schedule, the named outputs and the checks. */
export function accountingSections(spec: AccountingSpec): SectionSpec[] {
  if (spec.lines.length === 0) throw new Error("accounting view: no cost line");
  const [y1, y2, y3] = spec.years;
  const years = { label: "Item", [y1]: "Year 1", [y2]: "Year 2", [y3]: "Year 3" };
  const first = spec.lines[0].key;
  const last = spec.lines[spec.lines.length - 1].key;
  const cashRange = (y: string) => `{acc_${first}:${y}}:{acc_${last}:${y}}`;
  const tagRange = `{tag_${first}:${y1}}:{tag_${last}:${y1}}`;
  const allowedRange = `{tag_${first}:${y2}}:{tag_${last}:${y2}}`;
  // Named cells are summed one by one: a range between two names (PnL_Year1:PnL_Year3) is not read by every engine.
  const sum3 = (row: string) => spec.years.map((y) => `{${row}:${y}}`).join("+");
  const perYear = <T>(formula: (y: string, index: number) => T): Record<string, T> => ({ [y1]: formula(y1, 0), [y2]: formula(y2, 1), [y3]: formula(y3, 2) });
  // Amortisation in year t of what was capitalised in year v: capitalised(v) × share(age t − v), age 0 in the year of spend.
  const amortisation = (y: string, index: number) => `=${spec.years.slice(0, index + 1).map((v, vi) => `{accCap:${v}}*{accShare:${spec.years[index - vi]}}`).join("+")}`;
  // After year 3: what each year's capitalised spend has left, by the closed form (1 − amortised share to date).
  const later = `=${spec.years.map((v, vi) => `{accCap:${v}}*(1-{accCumShare:${spec.years[2 - vi]}})`).join("+")}`;

  const inputs: SectionSpec = {
    title: "Accounting view — inputs",
    kind: "inputs",
    headers: { label: "Item", [y1]: "Value", [y2]: "", [y3]: "" },
    rows: [
      { key: "accFramework", label: "Accounting framework", values: { [y1]: spec.framework ?? FRAMEWORKS[0] }, names: { [y1]: "AccountingFramework" }, format: "text", validation: [...FRAMEWORKS], unit: "framework", notes: "IFRS as adopted in Korea (K-IFRS 1038 = IAS 38) or US GAAP; rules summarised in docs/accounting.md. Your auditors decide what qualifies." },
      { key: "accLife", label: "Useful life of the capitalised asset", values: { [y1]: spec.usefulLifeYears ?? 3 }, names: { [y1]: "UsefulLifeYears" }, format: "decimal", unit: "years", notes: "Assumption: 3 years, the short end of internal-use software lives; models are replaced faster than most software, so test 2." },
      { key: "accLag", label: "Years from spend until available for use", values: { [y1]: spec.availableAfterYears ?? 0 }, format: "decimal", unit: "years", notes: "Amortisation starts when the asset is available for use (IAS 38.97) or ready for its intended use (ASC 350-40); 0: in the year of spend." },
    ],
  };
  const lines: SectionSpec = {
    title: "Cost lines — cash spent",
    kind: "inputs",
    headers: years,
    rows: spec.lines.map((line): RowSpec => ({ key: `acc_${line.key}`, label: line.label, values: perYear((_y, i) => line.cash[i]), format: "moneyFx", unit: "{currency}", notes: line.notes })),
  };
  const tags: SectionSpec = {
    title: "Cost lines — treatment",
    kind: "inputs",
    headers: { label: "Cost line", [y1]: "Treatment", [y2]: "Framework allows", [y3]: "" },
    rows: spec.lines.map((line): RowSpec => {
      const allowed = ALLOWED[line.kind];
      const allowedFormula = allowed.ifrs === allowed.usGaap ? `="${allowed.ifrs}"` : `=IF(${FRAMEWORK_TEST},"${allowed.usGaap}","${allowed.ifrs}")`;
      return {
        key: `tag_${line.key}`,
        label: line.label,
        values: { [y1]: line.treatment ?? (allowed.ifrs === "No" ? "Expensed" : "Capitalised"), [y2]: allowedFormula },
        format: "text",
        validation: { [y1]: [...TREATMENTS] },
        unit: "Capitalised / Expensed",
        notes: allowed.rule,
      };
    }),
  };
  const schedule: SectionSpec = {
    title: "Amortisation schedule (straight line)",
    kind: "calculations",
    headers: years,
    rows: [
      { key: "accYear", label: "Year", kind: "constant", values: { [y1]: 1, [y2]: 2, [y3]: 3 }, format: "integer", unit: "year", notes: "Years of the view." },
      { key: "accCumShare", label: "Share of a capitalised amount amortised by the end of its n-th year", values: perYear(() => "=MIN({accLife},MAX(0,{accYear}-{accLag}))/{accLife}"), format: "percent", unit: "share", notes: "n = the year number above, counted from the year of spend (the first year is 1)." },
      { key: "accShare", label: "Share amortised in its n-th year", values: perYear((y, i) => (i === 0 ? "={accCumShare}" : `={accCumShare}-{accCumShare:${spec.years[i - 1]}}`)), format: "percent", unit: "share", notes: "Straight line: 1 ÷ useful life a year from availability, a part year at the end of a fractional life." },
      { key: "accCap", label: "Capitalised in the year", values: perYear((y) => `=SUMIF(${tagRange},"Capitalised",${cashRange(y)})`), format: "moneyFx", unit: "{currency}", notes: "Lines tagged Capitalised." },
      { key: "accExp", label: "Expensed in the year", values: perYear((y) => `=SUM(${cashRange(y)})-{accCap}`), format: "moneyFx", unit: "{currency}", notes: "Every other line." },
      { key: "accAmort", label: "Amortisation in the year", values: perYear(amortisation), format: "moneyFx", unit: "{currency}", notes: "Each year's capitalised spend × the share of its age." },
      { key: "accLater", label: "Amortisation after year 3", values: { [y1]: later }, format: "moneyFx", unit: "{currency}", notes: "What the capitalised spend still has to amortise after year 3, by the closed form." },
    ],
  };
  const outputs: SectionSpec = {
    title: "Accounting view — P&L beside cash",
    kind: "outputs",
    headers: years,
    rows: [
      { key: "accPnl", label: "P&L charge (expense + amortisation)", values: perYear(() => "={accExp}+{accAmort}"), names: { [y1]: "PnL_Year1", [y2]: "PnL_Year2", [y3]: "PnL_Year3" }, format: "moneyFx", unit: "{currency}", notes: "What the income statement carries each year." },
      { key: "accCash", label: "Cash out", values: perYear((y) => `=SUM(${cashRange(y)})`), names: { [y1]: "Cash_Year1", [y2]: "Cash_Year2", [y3]: "Cash_Year3" }, format: "moneyFx", unit: "{currency}", notes: "What leaves the bank each year." },
      { key: "accCapTotal", label: "Capitalised cost (years 1–3)", values: { [y1]: `=SUM({accCap:${y1}}:{accCap:${y3}})` }, names: { [y1]: "CapitalisedCost" }, format: "moneyFx", unit: "{currency}", notes: "Carried as an intangible asset, then amortised." },
      { key: "accAnnual", label: "Annual amortisation at full run rate", values: { [y1]: "={accCapTotal}/{accLife}" }, names: { [y1]: "AnnualAmortisation" }, format: "moneyFx", unit: "{currency} per year", notes: "Capitalised cost ÷ useful life: the yearly charge once everything capitalised is in use." },
      {
        key: "accRecon",
        label: "Reconciliation: P&L over the useful life = cash",
        values: { [y1]: `=IF(ABS(${sum3("accPnl")}+{accLater}-(${sum3("accCash")}))<=0.000001*MAX(1,${sum3("accCash")}),"OK","ERROR")` },
        names: { [y1]: "AccountingReconciliation" },
        format: "text",
        unit: "OK / ERROR",
        notes: "Years 1–3 P&L + amortisation after year 3 against years 1–3 cash: every cash cost reaches the P&L exactly once.",
      },
    ],
  };
  const checks: SectionSpec = {
    title: "Accounting view — checks",
    kind: "checks",
    rows: [
      { label: "P&L over the useful life reconciles to cash", values: { [y1]: '=IFERROR({accRecon}="OK",FALSE())' }, notes: "See the reconciliation row." },
      { label: "Every cost line is tagged Capitalised or Expensed", values: { [y1]: `=IFERROR(COUNTIF(${tagRange},"Capitalised")+COUNTIF(${tagRange},"Expensed")=ROWS(${tagRange}),FALSE())` }, notes: "A line with another tag would be expensed silently." },
      { label: "Nothing is capitalised that the framework never allows", values: { [y1]: `=IFERROR(SUMPRODUCT((${tagRange}="Capitalised")*(${allowedRange}="No"))=0,FALSE())` }, notes: "A line the framework allows only as an expense is tagged Capitalised: change its tag (or the framework)." },
      { label: "Useful life is positive", values: { [y1]: "=IFERROR({accLife}>0,FALSE())" }, notes: "Straight-line amortisation needs a life." },
    ],
  };
  return [inputs, lines, tags, schedule, outputs, checks];
}
