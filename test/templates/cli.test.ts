import "../support/languages";
import { execFileSync } from "child_process";
import path from "path";
import { main } from "../../scripts/template-cli";
import { TEMPLATES, renderTemplate, findTemplate } from "../../src/templates";
import { buildWorkbook, renderForWorkbook } from "../../src/templates/workbook";

const ROOT = path.resolve(__dirname, "..", "..");

describe("npm run template", () => {
  test("--list prints every id", () => {
    let out = "";
    expect(main(["--list"], (t) => (out += t))).toBe(0);
    expect(out.trim().split("\n")).toEqual(TEMPLATES.map((t) => t.id));
  });

  test("<id> prints exactly what the writer writes: the template as the pane renders it, then the Assumptions sheet", () => {
    let out = "";
    expect(main(["complaint-redressal"], (t) => (out += t))).toBe(0);
    const json = JSON.parse(out);
    const pane = renderForWorkbook(findTemplate("complaint-redressal")!, {}, "en", { names: [], priceSheet: "", definedNames: [] });
    expect(json.sheets).toEqual(JSON.parse(JSON.stringify(pane.sheets)));
    expect(json.names).toEqual(JSON.parse(JSON.stringify(pane.names)));
    expect(json.sheets.map((s: { name: string }) => s.name)).toEqual(["Complaint redressal", "Complaint redressal risk", "Assumptions"]);
    // the template's own sheet is the renderer's, unchanged
    expect(json.sheets[0]).toEqual(JSON.parse(JSON.stringify(renderTemplate(findTemplate("complaint-redressal")!).sheets[0])));
    expect(json.sheets[0].cells.some((c: { formula?: string }) => c.formula?.includes("LLMCOST.FINETUNE"))).toBe(true);
    expect(json.names).toContainEqual(expect.objectContaining({ name: "TotalCost_Guide", sheet: "Complaint redressal" }));
  });

  test("options and unknown ids", () => {
    let out = "";
    let err = "";
    expect(main(["sentiment-analysis", "--model=gpt-4o-mini", "--date=2025-09-01"], (t) => (out += t))).toBe(0);
    expect(out).toContain('"gpt-4o-mini"');
    expect(main(["nope"], () => undefined, (t) => (err += t))).toBe(2);
    expect(err).toContain("unknown template");
  });

  test("--currency with --fx renders in that currency; without --fx it fails with a clear message", () => {
    let out = "";
    let err = "";
    expect(main(["sentiment-analysis", "--currency=KRW", "--fx=1400", "--fx-date=2026-10-30", "--fx-source=ECB"], (t) => (out += t))).toBe(0);
    const json = JSON.parse(out);
    expect(json.options).toMatchObject({ currency: "KRW", fxRate: 1400, fxDate: "2026-10-30", fxSource: "ECB" });
    expect(json.sheets[0].cells.filter((c: { format?: string }) => c.format?.includes("[$₩-412]")).length).toBeGreaterThan(0);
    expect(main(["sentiment-analysis", "--currency=EUR"], () => undefined, (t) => (err += t))).toBe(3);
    expect(err).toContain("A USD → EUR exchange rate is needed");
    err = "";
    expect(main(["sentiment-analysis", "--currency=EUR", "--fx=abc"], () => undefined, (t) => (err += t))).toBe(3);
    expect(err).toContain('--fx must be a number, the USD → currency rate (got "abc")');
  });

  test("the npm script runs", () => {
    const out = execFileSync("npm", ["run", "-s", "template", "--", "--list"], { cwd: ROOT, encoding: "utf8" });
    expect(out).toContain("complaint-redressal");
    const json = JSON.parse(execFileSync("npm", ["run", "-s", "template", "--", "complaint-redressal"], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }));
    expect(json.id).toBe("complaint-redressal");
  });
});

describe("npm run template -- <id> --lang=ko", () => {
  test("prints the Korean sheet: the pane's rendering in Korean, names and formulas as in English", () => {
    let out = "";
    expect(main(["complaint-redressal", "--lang=ko"], (t) => (out += t))).toBe(0);
    const json = JSON.parse(out);
    expect(json.sheets[0]).toEqual(JSON.parse(JSON.stringify(renderTemplate(findTemplate("complaint-redressal")!, {}, "ko").sheets[0])));
    expect(json.sheets.map((s: { name: string }) => s.name)).toEqual(["고객 불만 처리", "고객 불만 처리 위험", "가정"]);
    expect(json.sheets[0].cells.find((c: { address: string }) => c.address === "A4").value).toBe("가격 기준일");
    const english = JSON.parse(JSON.stringify(buildWorkbook([findTemplate("complaint-redressal")!], {}, "en").names)) as { sheet: string }[];
    const korean: Record<string, string> = { Assumptions: "가정", "Complaint redressal": "고객 불만 처리", "Complaint redressal risk": "고객 불만 처리 위험" };
    expect(json.names).toEqual(english.map((n) => ({ ...n, sheet: korean[n.sheet] })));
  });

  test("--lang=en is the English sheet; an unknown language is refused", () => {
    let out = "";
    let err = "";
    expect(main(["sentiment-analysis", "--lang=en"], (t) => (out += t))).toBe(0);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(buildWorkbook([findTemplate("sentiment-analysis")!], {}, "en"))));
    expect(main(["sentiment-analysis", "--lang=fr"], () => undefined, (t) => (err += t))).toBe(2);
    expect(err).toContain('unknown --lang "fr"; known: en, ko');
  });
});
