/*
 * Webpack loader for the message catalogs (src/i18n/<language>/errors.json, pane.json): each ICU MessageFormat text
 * becomes its parsed form (intl-messageformat's AST) at build, so the bundles carry no message parser (webpack.config.js
 * points @formatjs/icu-messageformat-parser at its no-parser build). A message that does not parse fails the build,
 * naming the file and id. Jest and ts-node read the JSON as it is and parse at run time.
 */
const { parse } = require("@formatjs/icu-messageformat-parser");

module.exports = function icuAstLoader(source) {
  const messages = JSON.parse(source);
  const compiled = {};
  for (const [id, text] of Object.entries(messages)) {
    try {
      compiled[id] = parse(text, { ignoreTag: true });
    } catch (error) {
      throw new Error(`${this.resourcePath}: message "${id}" is not ICU MessageFormat: ${error.message}`);
    }
  }
  return `export default ${JSON.stringify(compiled)};`;
};
