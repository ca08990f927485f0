/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
    // intl-messageformat and its @formatjs parts ship only ES modules: Jest (CommonJS) needs them transpiled
    "/node_modules/(intl-messageformat|@formatjs)/.+\\.js$": ["ts-jest", { diagnostics: false, tsconfig: { allowJs: true, module: "CommonJS" } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(intl-messageformat|@formatjs)/)"],
  testTimeout: 60000,
  setupFiles: ["<rootDir>/test/support/fast-check-seed.ts"],
};
