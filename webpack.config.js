const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { ProductionUrlPlugin, HelpPagePlugin, BundledPackagesPlugin, DEV_URL } = require("./scripts/webpack-plugins");
const packageJson = require("./package.json");

const { functionFiles } = require("./scripts/function-registry");
const { LocalizedMetadataPlugin } = require("./scripts/localized-metadata");
const { DataSchemaPlugin } = require("./scripts/data-schemas");

/** Every file whose top-level JSDoc functions become LLMCOST custom functions: one list, checked (throws on a mismatch). */
const FUNCTION_FILES = functionFiles();

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const productionUrl = process.env.LLMCOST_PRODUCTION_URL || packageJson.config.production_url;
  return {
    devtool: production ? false : "source-map",
    entry: {
      // loading these modules registers every function (the metadata plugin's loader appends the registrations)
      functions: FUNCTION_FILES,
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
      // the usage import's Web Worker: its own entry and runtime (dist/usage-worker.js, beside taskpane.html)
      "usage-worker": "./src/taskpane/usage-worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js", ".json"],
      // the catalogs arrive parsed (scripts/icu-ast-loader.js): intl-messageformat needs no parser in the bundle
      alias: { "@formatjs/icu-messageformat-parser$": require.resolve("@formatjs/icu-messageformat-parser/no-parser.js") },
    },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /src[\\/]i18n[\\/][^\\/]+[\\/](errors|pane|sheets)\.json$/, type: "javascript/auto", use: path.resolve(__dirname, "scripts", "icu-ast-loader.js") },
      ],
    },
    performance: { hints: false },
    plugins: [
      // every src/data file against its JSON Schema: a bad catalog edit fails the build naming file, row and field
      new DataSchemaPlugin(),
      new CustomFunctionsMetadataPlugin({ input: FUNCTION_FILES, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        templateParameters: { version: packageJson.version },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      new HelpPagePlugin({ version: packageJson.version }),
      new LocalizedMetadataPlugin(),
      new BundledPackagesPlugin(path.resolve(__dirname, "build-info", "bundled-packages.json")),
      ...(production ? [new ProductionUrlPlugin(DEV_URL, productionUrl)] : []),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: packageJson.config.dev_server_port,
      server: process.env.LLMCOST_HTTP ? "http" : "https",
      client: false,
      hot: false,
      liveReload: false,
    },
  };
};
