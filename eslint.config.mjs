// @ts-check
/**
 * ESLint 9 flat config, run by `npm test` (`npm run lint`) over src, test, dev, preview, scripts and bench.
 * - typescript-eslint's recommended rules for every TypeScript file;
 * - eslint-plugin-office-addins' recommended Office.js rules (load before read, sync before read, no sync in loops,
 *   null objects tested with isNullObject, …). Its `recommended` preset also bundles Prettier formatting and its own
 *   older copy of typescript-eslint; only the office-addins rules are taken from it (at the preset's severities), so
 *   the two typescript-eslint copies do not collide and formatting stays the project's own;
 * - no Office.js globals (Excel, Office, OfficeExtension) in the pure layers src/engine and src/templates: Office.js
 *   code lives in src/excel, src/taskpane and src/functions (src/i18n reads Office's display language through
 *   globalThis), and in the tooling that stands in for Excel (dev, preview, test, bench). The import rules of the
 *   layers are dependency-cruiser's (.dependency-cruiser.cjs).
 */
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

const officeRecommended = officeAddins.configs.recommended.find((config) => config.plugins?.["office-addins"]);
const officeRules = Object.fromEntries(Object.entries(officeRecommended?.rules ?? {}).filter(([rule]) => rule.startsWith("office-addins/")));
if (Object.keys(officeRules).length === 0) throw new Error("eslint-plugin-office-addins: no recommended office-addins rules found");

const OFFICE_GLOBAL = "Identifier[name=/^(Excel|Office|OfficeExtension)$/]";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "preview/dist/", "coverage/", "test-results/", "build-info/"] },
  { files: ["{src,test,dev,preview,scripts,bench}/**/*.{ts,js,cjs,mjs}", "*.{js,cjs,mjs}"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      // An argument named _x is unused on purpose (a stand-in method keeping Office.js's signature); `{ drop: _, ...rest }`
      // is how a key is left out of a copy.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // The project's own CommonJS tooling (scripts/*.js, webpack.config.js) has no type declarations: TypeScript tests
    // load it as Node does, with require.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-require-imports": ["error", { allow: ["/scripts/[^/]+\\.js$", "/webpack\\.config\\.js$"] }] },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["preview/src/**/*.js"],
    languageOptions: { sourceType: "module", globals: { ...globals.browser } },
  },
  {
    files: ["src/engine/**/*.ts", "src/templates/**/*.ts"],
    rules: {
      "no-restricted-syntax": ["error", { selector: OFFICE_GLOBAL, message: "Office.js belongs in src/excel (or the pane / function wrappers); this layer is pure." }],
    },
  },
);
