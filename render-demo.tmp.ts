import { renderTemplate } from "./src/templates";
import { forecastDemo } from "./src/templates/blocks/forecast-demo";
const r = renderTemplate(forecastDemo);
const s = r.sheets[0];
console.log(s.cells.length, s.usedRange);
const long = s.cells.filter((c) => (c.formula ?? "").length > 200).map((c) => [c.address, c.formula!.length, c.formula]);
console.log(long.slice(0, 5));
console.log(s.cells.filter((c) => /^[A-H]\d+$/.test(c.address) && Number(c.address.slice(1)) < 120).map((c) => `${c.address} ${c.formula ?? c.value}`).join("\n"));
