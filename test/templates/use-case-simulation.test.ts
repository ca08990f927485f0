import { findTemplate } from "../../src/templates";
import { buildWorkbook } from "../../src/templates/workbook";
import { isError, loadIntoEngine } from "./sheet-engine";

test("smoke", () => {
  const wb = buildWorkbook([findTemplate("complaint-redressal")!], {}, "en");
  const model = loadIntoEngine(wb);
  const sim = wb.sheets[1].name;
  const out: Record<string, unknown> = {};
  for (const n of ["MonthlyCost_P10", "MonthlyCost_P50", "MonthlyCost_P90", "ThreeYearCost_P10", "ThreeYearCost_P50", "ThreeYearCost_P90", "ProbabilityOverBudget", "MasterCheck"]) out[n] = model.name(n, sim);
  out.base = model.name("MonthlyCost_Catalog", wb.sheets[0].name);
  out.base3 = model.name("ThreeYearCost_Catalog", wb.sheets[0].name);
  const errs = model.allValues().filter((c) => c.sheet === sim && isError(c.value)).slice(0, 5);
  console.log(JSON.stringify({ sheets: wb.sheets.map((s) => s.name), out, errs }, null, 1));
});
