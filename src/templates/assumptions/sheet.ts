import { sheetText } from "../../i18n/sheet-text";
import type { CellContent, RowSpec, SectionSpec, TemplateSpec } from "../types";
import { DRIVER_GROUPS, type Driver } from "./drivers";

/** The Assumptions sheet's name (its Korean name comes from the translation table, like every sheet's). */
export const ASSUMPTIONS_SHEET = sheetText("assumptions");

/** A driver's default as a cell: money given in USD is written in the sheet's currency at the insertion rate. */
function defaultCell(driver: Driver, value: Driver["base"]): CellContent {
  return driver.format === "moneyFx" && typeof value === "number" ? { usd: value } : value;
}

/** One driver's row: its selected value (following the Scenario switch where it has a range) and its range. */
export function driverRow(driver: Driver): RowSpec {
  const common = { key: driver.name, label: driver.label, unit: driver.unit, format: driver.format, notes: driver.notes, scope: "workbook" as const };
  if (driver.low === undefined || driver.high === undefined) {
    return { ...common, values: { value: defaultCell(driver, driver.base) }, names: { value: driver.name }, ...(driver.validation ? { validation: driver.validation } : {}) };
  }
  const k = driver.name;
  return {
    ...common,
    kind: "input",
    values: { value: `=CHOOSE(ScenarioIndex,{${k}:low},{${k}:base},{${k}:high})`, low: defaultCell(driver, driver.low), base: defaultCell(driver, driver.base), high: defaultCell(driver, driver.high) },
    names: { value: k, low: `${k}_Low`, base: `${k}_Base`, high: `${k}_High` },
  };
}

const scenarioIndex: RowSpec = {
  key: "ScenarioIndex",
  label: sheetText("scenarioNumber"),
  kind: "calc",
  // the switch's words are the sheet's language (its drop-down and these formulas are rendered from the same sheet texts)
  values: { value: `=IF(Scenario="${sheetText("scenarioLow")}",1,IF(Scenario="${sheetText("scenarioHigh")}",3,2))` },
  names: { value: "ScenarioIndex" },
  scope: "workbook",
  format: "integer",
  unit: sheetText("t1Low2Base3High"),
  notes: sheetText("whichColumnEveryDriverSSelected"),
};

/** Sections of drivers, given the drivers to include (all of them, or the ones a workbook lacks). */
export function assumptionSections(include: (driver: Driver) => boolean, withIndex: boolean, adjust: (driver: Driver) => Driver = (d) => d): SectionSpec[] {
  const sections: SectionSpec[] = [];
  for (const group of DRIVER_GROUPS) {
    const rows = group.drivers.filter(include).map(adjust).map(driverRow);
    if (group.drivers.some((driver) => driver.name === "Scenario") && withIndex) rows.push(scenarioIndex);
    if (rows.length > 0) sections.push({ title: group.title, kind: "inputs", rows });
  }
  return sections;
}

const checks: SectionSpec = {
  title: sheetText("checks"),
  kind: "checks",
  rows: [
    { label: sheetText("scenarioRecognised"), values: { value: `=OR(Scenario="${sheetText("scenarioLow")}",Scenario="${sheetText("scenarioBase")}",Scenario="${sheetText("scenarioHigh")}")` }, unit: "TRUE/FALSE", notes: sheetText("theSwitchHoldsLowBaseOr") },
    { label: sheetText("batchAndPrioritySharesWithin100"), values: { value: "=AND(BatchShare>=0,PriorityShare>=0,BatchShare+PriorityShare<=1)" }, unit: "TRUE/FALSE", notes: sheetText("eachAShareFrom0The") },
    { label: sheetText("modelRefreshIsPriced"), values: { value: "=AND(ModelRefreshMonths>=0,ModelRefreshPriceShare>0)" }, unit: "TRUE/FALSE", notes: sheetText("modelRefreshIsPricedNote") },
    { label: sheetText("fiscalYearStartsInAMonth"), values: { value: "=AND(FiscalYearStartMonth>=1,FiscalYearStartMonth<=12,FiscalYearStartMonth=INT(FiscalYearStartMonth))" }, unit: "TRUE/FALSE", notes: sheetText("aWholeMonthNumber") },
  ],
};

export const ASSUMPTIONS_COLUMNS = [
  { key: "value", header: sheetText("selected") },
  { key: "low", header: sheetText("lowCostCase") },
  { key: "base", header: sheetText("base") },
  { key: "high", header: sheetText("highCostCase") },
] as const;

/** The whole Assumptions sheet, as the first insertion into a workbook creates it. */
export const assumptionsTemplate: TemplateSpec = {
  id: "assumptions",
  title: sheetText("assumptionsSharedByEverySheet"),
  description: sheetText("theDriversMoreThanOneSheet"),
  group: "planning",
  source: sheetText("sourcesPerRowMoneyInThisSheetsCurrency"),
  choices: [],
  sheets: [{ name: ASSUMPTIONS_SHEET, valueColumns: [...ASSUMPTIONS_COLUMNS], sections: [...assumptionSections(() => true, true), checks] }],
};

/** The rate row of an Assumptions sheet made before money was typed in the sheet's currency: its money is USD. */
const typedInUsd = (driver: Driver): Driver => (driver.name === "AssumptionsFxRate" ? { ...driver, base: 1, notes: sheetText("moneyTypedInUsdBeforeRates") } : driver);

/**
 * Rows for drivers a workbook's existing Assumptions sheet lacks: the same rows, under a section that says which
 * template added them. Never the Scenario index alone (it is written with the switch). `moneyInUsd`: the sheet
 * predates AssumptionsFxRate, so its money drivers are USD; the rate row added reads 1 (the caller renders the added
 * money rows in USD too).
 */
export function missingAssumptionsTemplate(missing: ReadonlySet<string>, addedBy: string, moneyInUsd = false): TemplateSpec {
  const sections = assumptionSections((driver) => missing.has(driver.name), missing.has("Scenario"), moneyInUsd ? typedInUsd : undefined);
  const [first, ...rest] = sections;
  return {
    ...assumptionsTemplate,
    sheets: [{ name: ASSUMPTIONS_SHEET, valueColumns: [...ASSUMPTIONS_COLUMNS], sections: first ? [{ ...first, title: sheetText("addedWhenWasInserted", { sheet: addedBy, title: first.title }) }, ...rest] : [] }],
  };
}
