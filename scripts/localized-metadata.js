/*
 * Korean function help (functions-ko.json), generated at build from the English functions.json that the metadata
 * plugin makes from the JSDoc, plus one Korean text source keyed by function id and parameter name
 * (src/i18n/functions.ko.json). Only descriptions change: ids, names (LLMCOST.X in every locale), parameter names,
 * order, types, optionality and help URLs are copied, so the two files cannot disagree on anything else.
 * Korean Excel loads it through <bt:Override Locale="ko-KR"> on Functions.Metadata.Url in manifest.xml.
 */
const fs = require("fs");
const path = require("path");
const { sources, Compilation, WebpackError } = require("webpack");

const KOREAN_TEXT = path.resolve(__dirname, "..", "src", "i18n", "functions.ko.json");

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

/** Emits functions-ko.json beside functions.json; a missing Korean entry is a build warning (the test fails on it). */
class KoreanMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("KoreanMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(KOREAN_TEXT);
      compilation.hooks.processAssets.tap({ name: "KoreanMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL + 1 }, (assets) => {
        const english = assets["functions.json"];
        if (!english) return;
        const text = JSON.parse(fs.readFileSync(KOREAN_TEXT, "utf8"));
        const { metadata, missing } = localizeMetadata(JSON.parse(english.source().toString()), text);
        if (missing.length > 0) {
          compilation.warnings.push(new WebpackError(`functions-ko.json: no Korean text in src/i18n/functions.ko.json for ${missing.join(", ")} (English used).`));
        }
        compilation.emitAsset("functions-ko.json", new sources.RawSource(JSON.stringify(metadata, null, 4)));
      });
    });
  }
}

module.exports = { KoreanMetadataPlugin, localizeMetadata, KOREAN_TEXT };
