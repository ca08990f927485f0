/**
 * The layers, checked on every `npm test` (`npm run deps`): data → engine → faces, no circles.
 * Faces: custom functions (src/functions), task pane (src/taskpane), pure template rendering (src/templates) and the
 * Office.js code that writes it (src/excel). Type-only imports count too (tsPreCompilationDeps), so a circle through
 * types alone is caught. Which files may use the Office.js globals (Excel, Office) is checked by ESLint
 * (eslint.config.mjs), since those are globals, not imports.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A circle (even through types) means two modules are one; split out the shared piece.",
      from: {},
      to: { circular: true },
    },
    {
      name: "data-imports-nothing",
      severity: "error",
      comment: "src/data is the bottom layer: catalog files and their schemas only.",
      from: { path: "^src/data/" },
      to: { path: "^src/", pathNot: "^src/data/" },
    },
    {
      name: "catalog-through-its-types",
      severity: "error",
      comment: "Shipped code reads a catalog file through src/data/index.ts, typed by the types generated from its schema, never the .json itself.",
      from: { path: "^src/", pathNot: "^src/data/index\\.ts$" },
      to: { path: "^src/data/[^/]+\\.json$" },
    },
    {
      name: "engine-is-pure",
      severity: "error",
      comment:
        "The engine knows nothing of Excel, the pane, the templates or the function wrappers; it imports only data and the message catalogs (its errors are message ids, docs/i18n.md), never the display language.",
      from: { path: "^src/engine/" },
      to: { path: "^((src/(functions|taskpane|templates|excel)|dev|test|preview|scripts|bench)/|src/i18n/language\\.ts$)" },
    },
    {
      name: "i18n-catalogs-are-a-base-layer",
      severity: "error",
      comment: "The message catalogs and t() (src/i18n, but for language.ts) sit beside data, under the engine: they import nothing else of src.",
      from: { path: "^src/i18n/", pathNot: "^src/i18n/language\\.ts$" },
      to: { path: "^src/", pathNot: "^src/i18n/" },
    },
    {
      name: "templates-are-pure",
      severity: "error",
      comment: "Templates are data and pure rendering; only src/excel turns them into Office.js calls.",
      from: { path: "^src/templates/" },
      to: { path: "^(src/(excel|taskpane|functions)|dev|test|preview|scripts|bench)/" },
    },
    {
      name: "excel-is-below-the-pane",
      severity: "error",
      comment: "src/excel serves the task pane; it never reaches up into it or into the function wrappers.",
      from: { path: "^src/excel/" },
      to: { path: "^src/(taskpane|functions)/" },
    },
    {
      name: "functions-apart-from-the-pane",
      severity: "error",
      comment: "Custom functions are their own bundle (functions.js); they share only the engine, data and i18n.",
      from: { path: "^src/functions/" },
      to: { path: "^src/(taskpane|templates|excel)/" },
    },
    {
      name: "shipped-code-stays-out-of-tooling",
      severity: "error",
      comment: "src/ is what ships in dist/: it never imports the Excel double, tests, the preview, scripts or benchmarks.",
      from: { path: "^src/" },
      to: { path: "^(dev|test|preview|scripts|bench)/" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "Every import resolves to a file or an installed package.",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|dist|preview/dist)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
