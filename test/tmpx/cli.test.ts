import { main } from "../../scripts/template-cli";
import { TEMPLATES } from "../../src/templates";
import { isError, loadIntoEngine } from "../templates/sheet-engine";
test.each(TEMPLATES.map((t) => t.id))("%s via CLI", (id) => {
  let text = "";
  expect(main([id, "--lang=ko", "--currency=KRW", "--fx=1400"], (t) => { text += t; }, (t) => { throw new Error(t); })).toBe(0);
  const rendered = JSON.parse(text);
  const model = loadIntoEngine(rendered);
  expect(model.allValues().filter((c) => isError(c.value))).toEqual([]);
  expect(model.name("MasterCheck", rendered.sheets[0].name)).toBe("OK");
  const eng = /[A-Za-z]{4,}/;
  const english = rendered.sheets.flatMap((s: any) => s.cells).filter((c: any) => typeof c.value === "string" && !/[\uAC00-\uD7A3]/.test(c.value) && eng.test(c.value) && ["title","subtitle","section","header","label","unit","note"].includes(c.style)).map((c: any) => c.value);
  console.log(id, JSON.stringify([...new Set(english)]).slice(0, 600));
  for (const [name, v] of [["TotalCost_Guide", 0], ["InferenceCost_Guide", 0]] as const) { try { console.log(id, name, model.name(name, rendered.sheets[0].name)); } catch {} }
});
