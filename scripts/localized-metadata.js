/*
 * Function help in each language (functions-<code>.json, e.g. functions-ko.json), generated at build from the English
 * functions.json that the metadata plugin makes from the JSDoc, plus each language folder's text keyed by function id
 * and parameter name (src/i18n/<code>/functions.json; a parameter that means the same everywhere is written once,
 * under sharedParameters). Only descriptions change: ids, names (LLMCOST.X in every locale), parameter names,
 * order, types, optionality and help URLs are copied, so the two files cannot disagree on anything else.
 * Korean Excel loads it through <bt:Override Locale="ko-KR"> on Functions.Metadata.Url in manifest.xml.
 */
const fs = require("fs");
const path = require("path");
const { sources, Compilation, WebpackError } = require("webpack");

const I18N = path.resolve(__dirname, "..", "src", "i18n");
/** Every language folder with function help (English's is the JSDoc itself). */
const HELP_FILES = fs
  .readdirSync(I18N, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "en" && fs.existsSync(path.join(I18N, entry.name, "functions.json")))
  .map((entry) => ({ language: entry.name, file: path.join(I18N, entry.name, "functions.json") }));
const KOREAN_TEXT = path.join(I18N, "ko", "functions.json");

/**
 * The Korean text for one parameter: the function's own entry, else the shared entry for that parameter name
 * (parameters that mean the same everywhere, such as as_of).
 */
function parameterText(text, id, name) {
  return text.functions[id]?.parameters?.[name] ?? text.sharedParameters?.[name];
}

/** { metadata, missing }: a deep copy of the English metadata with Korean descriptions; missing entries keep English. */
function localizeMetadata(english, text) {
  const missing = [];
  const functions = english.functions.map((fn) => {
    const description = text.functions[fn.id]?.description;
    if (description === undefined) missing.push(`${fn.id} (function description)`);
    const parameters = fn.parameters.map((parameter) => {
      const korean = parameterText(text, fn.id, parameter.name);
      if (korean === undefined) missing.push(`${fn.id}.${parameter.name}`);
      return { ...parameter, description: korean ?? parameter.description };
    });
    return { ...fn, description: description ?? fn.description, parameters };
  });
  return { metadata: { ...english, functions }, missing };
}

/** Emits functions-<code>.json beside functions.json; a missing entry is a build warning (the test fails on it). */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      for (const { file } of HELP_FILES) compilation.fileDependencies.add(file);
      compilation.hooks.processAssets.tap({ name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL + 1 }, (assets) => {
        const english = assets["functions.json"];
        if (!english) return;
        for (const { language, file } of HELP_FILES) {
          const text = JSON.parse(fs.readFileSync(file, "utf8"));
          const { metadata, missing } = localizeMetadata(JSON.parse(english.source().toString()), text);
          if (missing.length > 0) {
            compilation.warnings.push(new WebpackError(`functions-${language}.json: no text in ${path.relative(process.cwd(), file)} for ${missing.join(", ")} (English used).`));
          }
          compilation.emitAsset(`functions-${language}.json`, new sources.RawSource(JSON.stringify(metadata, null, 4)));
        }
      });
    });
  }
}

module.exports = { LocalizedMetadataPlugin, localizeMetadata, KOREAN_TEXT, HELP_FILES };
