import fs from "fs";
import path from "path";
import { DIST } from "../support/functions-bundle";

const ROOT = path.resolve(__dirname, "..", "..");
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

function bundleFiles(): string[] {
  const files = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
  const chunks = fs.existsSync(path.join(DIST, "chunks")) ? fs.readdirSync(path.join(DIST, "chunks")).map((f) => `chunks/${f}`) : [];
  return [...files, ...chunks];
}

function contentSecurityPolicy(html: string): Map<string, string[]> {
  const meta = /<meta[^>]+http-equiv="?Content-Security-Policy"?[^>]+content="([^"]+)"/i.exec(html);
  if (!meta) throw new Error("taskpane.html has no Content-Security-Policy");
  return new Map(meta[1].split(";").map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...sources] = d.split(/\s+/);
    return [name, sources] as [string, string[]];
  }));
}

describe("security of what ships", () => {
  test("taskpane.html allows only the add-in's own origin and Office.js's CDN", () => {
    const csp = contentSecurityPolicy(fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8"));
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    for (const [directive, sources] of csp) {
      for (const source of sources) {
        const allowed = ["'self'", "'none'", OFFICE_JS_ORIGIN, "data:"];
        // inline styles only: never inline or evaluated script
        if (directive === "style-src") allowed.push("'unsafe-inline'");
        expect({ directive, source, ok: allowed.includes(source) }).toEqual({ directive, source, ok: true });
      }
    }
    expect(csp.get("script-src")).toEqual(["'self'", OFFICE_JS_ORIGIN]);
  });

  test("no bundle evaluates strings as code", () => {
    for (const file of bundleFiles()) {
      const code = fs.readFileSync(path.join(DIST, file), "utf8");
      expect({ file, eval: /\beval\s*\(/.test(code), newFunction: /new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/.test(code) }).toEqual({ file, eval: false, newFunction: false });
    }
  });

  test("the production bundle holds no GPL-licensed code (HyperFormula stays in development)", () => {
    const bundled = JSON.parse(fs.readFileSync(path.join(ROOT, "build-info", "bundled-packages.json"), "utf8")) as { name: string; license: unknown }[];
    expect(bundled.length).toBeGreaterThan(0);
    for (const pkg of bundled) {
      expect({ name: pkg.name, license: pkg.license }).toEqual({ name: pkg.name, license: expect.stringMatching(/^(MIT|ISC|BSD-2-Clause|BSD-3-Clause|Apache-2\.0|0BSD)$/) });
    }
    expect(bundled.map((p) => p.name)).not.toContain("hyperformula");
    for (const file of bundleFiles()) expect(fs.readFileSync(path.join(DIST, file), "utf8")).not.toMatch(/hyperformula|GNU General Public License/i);
  });

  test("nothing in the bundles calls out to the network", () => {
    for (const file of bundleFiles()) {
      // string literals are data (the tokenizer's vocabulary holds " XMLHttpRequest" and " WebSocket" as tokens)
      const code = fs.readFileSync(path.join(DIST, file), "utf8").replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');
      expect({ file, fetch: /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|updatePrices/.test(code) }).toEqual({ file, fetch: false });
    }
  });
});
