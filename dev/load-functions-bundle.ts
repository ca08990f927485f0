import fs from "fs";
import path from "path";
import { pathToFileURL } from "url";
import { createCustomFunctionsDouble, type CustomFunctionsDouble } from "./custom-functions-double";
import type { FunctionsMetadata } from "./hyperformula-llmcost";

export const DIST = path.resolve(__dirname, "..", "dist");

export interface LoadedFunctions {
  double: CustomFunctionsDouble;
  metadata: FunctionsMetadata;
  /** Calls a registered function as Excel does: the result, or the CustomFunctions.Error it threw. */
  call(id: string, ...args: unknown[]): unknown;
  /** Lazy chunks the bundle loaded (webpack's script loader, served from dist/). */
  loadedChunks: string[];
}

/**
 * Loads the production dist/functions.js the way Excel's page does: a browser-like global with the CustomFunctions
 * double, and a script loader for webpack's lazy chunks that reads them from dist/.
 */
export function loadFunctionsBundle(): LoadedFunctions {
  const bundlePath = path.join(DIST, "functions.js");
  if (!fs.existsSync(bundlePath)) throw new Error("dist/functions.js is missing: run `npm run build` first.");
  const double = createCustomFunctionsDouble();
  const loadedChunks: string[] = [];
  const head = {
    appendChild(script: { src: string; onload?: (e: unknown) => void; onerror?: (e: unknown) => void }) {
      const relative = decodeURIComponent(new URL(script.src).pathname).replace(/^.*\/dist\//, "");
      const file = path.join(DIST, relative);
      loadedChunks.push(relative);
      setTimeout(() => {
        try {
          evaluate(fs.readFileSync(file, "utf8"), file);
          script.onload?.({ type: "load", target: script });
        } catch (error) {
          script.onerror?.({ type: "error", target: script, error });
        }
      }, 0);
      return script;
    },
  };
  const document = {
    currentScript: { src: pathToFileURL(bundlePath).href, tagName: "SCRIPT" },
    head,
    createElement: () => ({ setAttribute() {}, getAttribute: () => null }),
    getElementsByTagName: () => [],
    querySelectorAll: () => [],
  };
  // A page's `self`/`window`: webpack keeps its chunk registry there. Built-ins stay the real realm's, as in a
  // browser page, so that timings are not those of a vm context's intercepted globals.
  const pageGlobal: Record<string, unknown> = { CustomFunctions: double, document };
  pageGlobal.self = pageGlobal;
  pageGlobal.window = pageGlobal;
  const evaluate = (code: string, filename: string) => {
    // `Function` of the caller's realm (Jest runs tests in a vm context of its own): promises and errors from the
    // bundle then pass `instanceof` checks as they would in the page.
    const wrapped = new Function("CustomFunctions", "document", "self", "window", `${code}\n//# sourceURL=${pathToFileURL(filename).href}`);
    wrapped.call(pageGlobal, double, document, pageGlobal, pageGlobal);
  };
  evaluate(fs.readFileSync(bundlePath, "utf8"), bundlePath);
  const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as FunctionsMetadata;
  return {
    double,
    metadata,
    loadedChunks,
    call(id: string, ...args: unknown[]) {
      const fn = double.registered.get(id);
      if (!fn) throw new Error(`${id} is not registered by dist/functions.js`);
      try {
        return fn(...args);
      } catch (error) {
        return error;
      }
    },
  };
}
