/**
 * The preview host's own bundles (development tooling): the preview page (workbook view + HyperFormula) and the
 * Office.js stand-in loaded by the pane. Written to preview/dist/, never to the production dist/.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (_env, argv) => ({
  mode: argv && argv.mode ? argv.mode : "development",
  devtool: false,
  context: path.resolve(__dirname, ".."),
  entry: {
    preview: "./preview/src/preview.ts",
    "office-standin": "./preview/src/office-standin.ts",
  },
  output: {
    path: path.resolve(__dirname, "dist"),
    filename: "[name].js",
    publicPath: "/preview/",
    clean: true,
  },
  resolve: { extensions: [".ts", ".js", ".json"] },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.resolve(__dirname, "..", "tsconfig.json") } } }],
  },
  performance: { hints: false },
  plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./preview/src/index.html", chunks: ["preview"], inject: "head", scriptLoading: "defer" })],
});
