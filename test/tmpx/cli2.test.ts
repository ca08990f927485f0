import { TEMPLATES } from "../../src/templates";
import { renderTemplateIn } from "../../src/templates/i18n";
import { loadIntoEngine } from "../templates/sheet-engine";
test("formula texts", () => {
  for (const t of TEMPLATES) {
    const r = renderTemplateIn(t, { currency: "KRW", fxRate: 1400 }, "ko");
    const m = loadIntoEngine(r);
    const formulaCells = new Map(r.sheets.flatMap((s) => s.cells.filter((c) => c.formula).map((c) => [s.name + "!" + c.address, c] as const)));
    const out = m.allValues().filter((v) => typeof v.value === "string" && /[A-Za-z]{3,} [a-z]{2,}/.test(v.value as string) && formulaCells.has(v.sheet + "!" + v.address)).map((v) => `${v.address} [${formulaCells.get(v.sheet + "!" + v.address)!.style}] ${v.value}`);
    console.log(t.id + "\n" + [...new Set(out)].join("\n"));
  }
});
