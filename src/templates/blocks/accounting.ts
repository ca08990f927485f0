import { sheetText } from "../../i18n/sheet-text";
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
/** A treatment as the sheet shows it: the drop-down, its start value and the checks that count it, in the sheet's language. */
const TREATMENT_TEXT: Record<Treatment, string> = { Capitalised: sheetText("treatmentCapitalised"), Expensed: sheetText("treatmentExpensed") };
/** What a framework allows, as the sheet shows it (and the check compares it), in the sheet's language. */
type Allowed = "If criteria met" | "No";
const ALLOWED_TEXT: Record<Allowed, string> = { "If criteria met": sheetText("allowedIfCriteriaMet"), No: sheetText("allowedNo") };

/** The kinds of cost an LLM project has, each with what each framework allows (see docs/accounting.md). */
export type CostKind = "research" | "development" | "fineTuning" | "dataPreparation" | "staffTraining" | "running";

/** What a framework allows for a kind of cost: "If criteria met" (capitalise when its recognition test is met) or "No". */
const ALLOWED: Record<CostKind, { ifrs: Allowed; usGaap: Allowed; rule: string }> = {
  research: { ifrs: "No", usGaap: "No", rule: sheetText("researchAndFeasibilityWorkExpensedIas") },
  development: { ifrs: "If criteria met", usGaap: "If criteria met", rule: sheetText("buildingTheApplicationIntegrationCodingTesting") },
  fineTuning: { ifrs: "If criteria met", usGaap: "If criteria met", rule: sheetText("fineTuningAModelForThe") },
  dataPreparation: { ifrs: "If criteria met", usGaap: "No", rule: sheetText("preparingDataDirectlyAttributableCostOf") },
  staffTraining: { ifrs: "No", usGaap: "No", rule: sheetText("trainingStaffExpensedIas3867") },
  running: { ifrs: "No", usGaap: "No", rule: sheetText("inferenceApiUsageHostingMaintenanceExpensed") },
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
  const years = { label: sheetText("item"), [y1]: sheetText("year1"), [y2]: sheetText("year2"), [y3]: sheetText("year3") };
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
    title: sheetText("accountingViewInputs"),
    kind: "inputs",
    headers: { label: sheetText("item"), [y1]: sheetText("value"), [y2]: "", [y3]: "" },
    rows: [
      { key: "accFramework", label: sheetText("accountingFramework"), values: { [y1]: spec.framework ?? FRAMEWORKS[0] }, names: { [y1]: "AccountingFramework" }, format: "text", validation: [...FRAMEWORKS], unit: sheetText("framework"), notes: sheetText("ifrsAsAdoptedInKoreaK") },
      { key: "accLife", label: sheetText("usefulLifeOfTheCapitalisedAsset"), values: { [y1]: spec.usefulLifeYears ?? 3 }, names: { [y1]: "UsefulLifeYears" }, format: "decimal", unit: sheetText("years"), notes: sheetText("assumption3YearsTheShortEnd") },
      { key: "accLag", label: sheetText("yearsFromSpendUntilAvailableFor"), values: { [y1]: spec.availableAfterYears ?? 0 }, format: "decimal", unit: sheetText("years"), notes: sheetText("amortisationStartsWhenTheAssetIs") },
    ],
  };
  const lines: SectionSpec = {
    title: sheetText("costLinesCashSpent"),
    kind: "inputs",
    headers: years,
    rows: spec.lines.map((line): RowSpec => ({ key: `acc_${line.key}`, label: line.label, values: perYear((_y, i) => line.cash[i]), format: "moneyFx", unit: "{currency}", notes: line.notes })),
  };
  const tags: SectionSpec = {
    title: sheetText("costLinesTreatment"),
    kind: "inputs",
    headers: { label: sheetText("costLine"), [y1]: sheetText("treatment"), [y2]: sheetText("frameworkAllows"), [y3]: "" },
    rows: spec.lines.map((line): RowSpec => {
      const allowed = ALLOWED[line.kind];
      const allowedFormula = allowed.ifrs === allowed.usGaap ? `="${ALLOWED_TEXT[allowed.ifrs]}"` : `=IF(${FRAMEWORK_TEST},"${ALLOWED_TEXT[allowed.usGaap]}","${ALLOWED_TEXT[allowed.ifrs]}")`;
      return {
        key: `tag_${line.key}`,
        label: line.label,
        values: { [y1]: TREATMENT_TEXT[line.treatment ?? (allowed.ifrs === "No" ? "Expensed" : "Capitalised")], [y2]: allowedFormula },
        format: "text",
        validation: { [y1]: TREATMENTS.map((treatment) => TREATMENT_TEXT[treatment]) },
        unit: sheetText("capitalisedExpensed"),
        notes: allowed.rule,
      };
    }),
  };
  const schedule: SectionSpec = {
    title: sheetText("amortisationScheduleStraightLine"),
    kind: "calculations",
    headers: years,
    rows: [
      { key: "accYear", label: sheetText("year"), kind: "constant", values: { [y1]: 1, [y2]: 2, [y3]: 3 }, format: "integer", unit: sheetText("year4"), notes: sheetText("yearsOfTheView") },
      { key: "accCumShare", label: sheetText("shareOfACapitalisedAmountAmortised"), values: perYear(() => "=MIN({accLife},MAX(0,{accYear}-{accLag}))/{accLife}"), format: "percent", unit: sheetText("share"), notes: sheetText("nTheYearNumberAboveCounted") },
      { key: "accShare", label: sheetText("shareAmortisedInItsNTh"), values: perYear((y, i) => (i === 0 ? "={accCumShare}" : `={accCumShare}-{accCumShare:${spec.years[i - 1]}}`)), format: "percent", unit: sheetText("share"), notes: sheetText("straightLine1UsefulLifeA") },
      { key: "accCap", label: sheetText("capitalisedInTheYear"), values: perYear((y) => `=SUMIF(${tagRange},"${TREATMENT_TEXT.Capitalised}",${cashRange(y)})`), format: "moneyFx", unit: "{currency}", notes: sheetText("linesTaggedCapitalised") },
      { key: "accExp", label: sheetText("expensedInTheYear"), values: perYear((y) => `=SUM(${cashRange(y)})-{accCap}`), format: "moneyFx", unit: "{currency}", notes: sheetText("everyOtherLine") },
      { key: "accAmort", label: sheetText("amortisationInTheYear"), values: perYear(amortisation), format: "moneyFx", unit: "{currency}", notes: sheetText("eachYearSCapitalisedSpendThe") },
      { key: "accLater", label: sheetText("amortisationAfterYear3"), values: { [y1]: later }, format: "moneyFx", unit: "{currency}", notes: sheetText("whatTheCapitalisedSpendStillHas") },
    ],
  };
  const outputs: SectionSpec = {
    title: sheetText("accountingViewPLBesideCash"),
    kind: "outputs",
    headers: years,
    rows: [
      { key: "accPnl", label: sheetText("pLChargeExpenseAmortisation"), values: perYear(() => "={accExp}+{accAmort}"), names: { [y1]: "PnL_Year1", [y2]: "PnL_Year2", [y3]: "PnL_Year3" }, format: "moneyFx", unit: "{currency}", notes: sheetText("whatTheIncomeStatementCarriesEach") },
      { key: "accCash", label: sheetText("cashOut"), values: perYear((y) => `=SUM(${cashRange(y)})`), names: { [y1]: "Cash_Year1", [y2]: "Cash_Year2", [y3]: "Cash_Year3" }, format: "moneyFx", unit: "{currency}", notes: sheetText("whatLeavesTheBankEachYear") },
      { key: "accCapTotal", label: sheetText("capitalisedCostYears13"), values: { [y1]: `=SUM({accCap:${y1}}:{accCap:${y3}})` }, names: { [y1]: "CapitalisedCost" }, format: "moneyFx", unit: "{currency}", notes: sheetText("carriedAsAnIntangibleAssetThen") },
      { key: "accAnnual", label: sheetText("annualAmortisationAtFullRunRate"), values: { [y1]: "={accCapTotal}/{accLife}" }, names: { [y1]: "AnnualAmortisation" }, format: "moneyFx", unit: sheetText("currencyPerYear"), notes: sheetText("capitalisedCostUsefulLifeTheYearly") },
      {
        key: "accRecon",
        label: sheetText("reconciliationPLOverTheUseful"),
        values: { [y1]: `=IF(ABS(${sum3("accPnl")}+{accLater}-(${sum3("accCash")}))<=0.000001*MAX(1,${sum3("accCash")}),"${sheetText("checkOk")}","${sheetText("checkError")}")` },
        names: { [y1]: "AccountingReconciliation" },
        format: "text",
        unit: sheetText("okOrError"),
        notes: sheetText("years13PLAmortisation"),
      },
    ],
  };
  const checks: SectionSpec = {
    title: sheetText("accountingViewChecks"),
    kind: "checks",
    rows: [
      { label: sheetText("pLOverTheUsefulLife"), values: { [y1]: `=IFERROR({accRecon}="${sheetText("checkOk")}",FALSE())` }, notes: sheetText("seeTheReconciliationRow") },
      { label: sheetText("everyCostLineIsTaggedCapitalised"), values: { [y1]: `=IFERROR(COUNTIF(${tagRange},"${TREATMENT_TEXT.Capitalised}")+COUNTIF(${tagRange},"${TREATMENT_TEXT.Expensed}")=ROWS(${tagRange}),FALSE())` }, notes: sheetText("aLineWithAnotherTagWould") },
      { label: sheetText("nothingIsCapitalisedThatTheFramework"), values: { [y1]: `=IFERROR(SUMPRODUCT((${tagRange}="${TREATMENT_TEXT.Capitalised}")*(${allowedRange}="${ALLOWED_TEXT.No}"))=0,FALSE())` }, notes: sheetText("aLineTheFrameworkAllowsOnly") },
      { label: sheetText("usefulLifeIsPositive"), values: { [y1]: "=IFERROR({accLife}>0,FALSE())" }, notes: sheetText("straightLineAmortisationNeedsALife") },
    ],
  };
  return [inputs, lines, tags, schedule, outputs, checks];
}
