/**
 * npm run i18n:sheets [-- --check] [-- --base=<commit>]
 *
 * Turns the English words still written into the template sheets (src/templates/**) into sheet message ids: every
 * string literal that is a whole sheet text, and every phrase in a formula's "…" literal that the reader sees, becomes
 * `sheetText("<key>")`; its English is appended to src/i18n/en/sheets.json and its Korean, taken from the old
 * English → Korean dictionary (src/templates/i18n/ko*.ts) while one exists, to src/i18n/ko/sheets.json. The dictionary
 * entries it consumed are removed (the file too, once nothing is left in it). Idempotent: on a converted tree it
 * changes nothing. It prints what it could not convert (texts built with `${…}`), which need a message with
 * parameters written by hand (docs/i18n.md, "Sheet texts").
 *
 * What counts as a sheet text: the dictionary decides. A literal is converted when the dictionary has its English (a
 * text somebody translated), except where it is not shown to a reader: an object key, a type, an import, a comparison,
 * the value of a property that holds an id (key, kind, format, list, …), a value a formula compares ("x"=…) or an
 * array constant {"a","b"} lists (drop-down values a formula matches stay as they are).
 *
 * --check: changes nothing; exits 1 when something would be converted (for CI after a merge).
 * --base=<commit>: the merge base (found by itself while a `git merge` is in progress): a dictionary entry a merge
 * brought back with the Korean it had there is old wording, and the catalog's Korean stays.
 */
import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";
import * as ts from "typescript";
import { IntlMessageFormat } from "intl-messageformat";

/** The project the codemod works on (the tests run it on a copy). */
let ROOT = path.resolve(__dirname, "..");
let TEMPLATES = "";
let DICTIONARY_DIR = "";
const CATALOG = (language: string) => path.join(ROOT, "src", "i18n", language, "sheets.json");
const SHEET_TEXT_MODULE = () => path.join(ROOT, "src", "i18n", "sheet-text");

/** Properties whose string values are ids, keys or codes, never words a reader sees. */
const NOT_TEXT = new Set(["key", "kind", "format", "list", "default", "type", "over", "group", "id", "style", "scope", "priceType", "choice", "rows", "columns", "table", "workbookName", "names", "requests", "inPerRequest", "outPerRequest", "apiModel", "address", "seriesBy", "currency", "to", "name_key", "driver"]);

/** English → its Korean, and every place it is written (a text may stand in two files; the later one wins, as in KO). */
type Dictionary = Map<string, { korean: string; places: { file: string; start: number; end: number }[] }>;

/** The old dictionary's entries ("English": "Korean" in an object literal of src/templates/i18n/ko*.ts). */
function readDictionary(): Dictionary {
  if (!fs.existsSync(DICTIONARY_DIR)) return new Map();
  const names = fs.readdirSync(DICTIONARY_DIR).filter((file) => /^ko.*\.ts$/.test(file));
  return parseDictionary(names.map((name) => ({ file: path.join(DICTIONARY_DIR, name), text: fs.readFileSync(path.join(DICTIONARY_DIR, name), "utf8") })));
}

/** Dictionary entries from the given ko*.ts files' texts. */
function parseDictionary(sources: { file: string; text: string }[]): Dictionary {
  const entries: Dictionary = new Map();
  // ko.ts last: its entries win over the files it spreads in (KO = { ...KO_MODEL, … })
  const isMain = (file: string) => path.basename(file) === "ko.ts";
  for (const { file, text } of [...sources.filter((s) => !isMain(s.file)), ...sources.filter((s) => isMain(s.file))]) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name) && ts.isStringLiteralLike(node.initializer) && ts.isObjectLiteralExpression(node.parent)) {
        const places = entries.get(node.name.text)?.places ?? [];
        entries.set(node.name.text, { korean: node.initializer.text, places: [...places, { file, start: node.getFullStart(), end: node.getEnd() }] });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return entries;
}

/**
 * The dictionary as it was at the merge base (`--base=<commit>`, or during a merge `git merge-base HEAD MERGE_HEAD`):
 * an entry whose Korean is unchanged since then was not edited by the branch merged in, so the catalog's Korean (which
 * may have been corrected on this branch since the entry was consumed) stays. null when there is no base.
 */
function readBaseDictionary(base: string | undefined): Dictionary | null {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
  let commit = base;
  try {
    if (commit === undefined) {
      const gitDir = git("rev-parse", "--git-dir").trim();
      if (!fs.existsSync(path.resolve(ROOT, gitDir, "MERGE_HEAD"))) return null;
      commit = git("merge-base", "HEAD", "MERGE_HEAD").trim();
    }
    const dir = path.relative(git("rev-parse", "--show-toplevel").trim(), DICTIONARY_DIR).replace(/\\/g, "/");
    const names = git("ls-tree", "--name-only", `${commit}:${dir}`).split("\n").filter((name) => /^ko.*\.ts$/.test(name));
    return parseDictionary(names.map((name) => ({ file: path.join(DICTIONARY_DIR, name), text: git("show", `${commit}:${dir}/${name}`) })));
  } catch (error) {
    if (base !== undefined) throw error;
    return null; // not a git checkout (the tests run on a copy)
  }
}

/** Texts the dictionary keeps the same in every language (SAME_IN_KOREAN): acronyms, ids, values formulas match. */
function readSame(): Set<string> {
  const same = new Set<string>();
  const file = path.join(DICTIONARY_DIR, "ko.ts");
  if (!fs.existsSync(file)) return same;
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === "SAME_IN_KOREAN" && node.initializer && ts.isArrayLiteralExpression(node.initializer)) {
      for (const element of node.initializer.elements) if (ts.isStringLiteralLike(element)) same.add(element.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return same;
}

/** A text as an ICU message that formats back to exactly that text ({currency} stays a parameter: see sheet-text.ts). */
export function toIcu(text: string): string {
  const formats = (icu: string) => {
    try {
      return String(new IntlMessageFormat(icu, "en", undefined, { ignoreTag: true }).format({ currency: "{currency}" })) === text;
    } catch {
      return false;
    }
  };
  if (formats(text)) return text;
  const escaped = text.replace(/'/g, "''").replace(/\{(?!currency\})/g, "'{'").replace(/(?<!\{currency)\}/g, "'}'");
  if (formats(escaped)) return escaped;
  throw new Error(`Cannot write ${JSON.stringify(text)} as an ICU message`);
}

/** A key from the English words: "Whole cost per flagged customer" → "wholeCostPerFlaggedCustomer". */
function keyFor(english: string, taken: Set<string>): string {
  const words = english.replace(/\{currency\}/g, "currency").match(/[A-Za-z0-9]+/g) ?? ["text"];
  const base =
    words
      .slice(0, 6)
      .map((word, i) => (i === 0 ? word.toLowerCase() : word[0].toUpperCase() + word.slice(1).toLowerCase()))
      .join("")
      .slice(0, 48) || "text";
  const start = /^[a-z]/.test(base) ? base : `t${base}`;
  let key = start;
  for (let n = 2; taken.has(key); n++) key = `${start}${n}`;
  taken.add(key);
  return key;
}

/** Every .ts file under src/templates but the old dictionary. */
function templateFiles(dir: string = TEMPLATES): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === DICTIONARY_DIR ? [] : templateFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

const LITERAL = /"((?:[^"]|"")*)"/g;

/** Whether the "…" literal at `offset` is compared (=, <>, <, >) with something: a value the formula matches. */
function isCompared(formula: string, offset: number, length: number): boolean {
  const before = formula.slice(0, offset).trimEnd();
  const after = formula.slice(offset + length).trimStart();
  return (/[=<>]$/.test(before) && before !== "=") || /^[=<>]/.test(after);
}

/** Whether the offset is inside an array constant {"a","b"} of a formula. */
function inArrayConstant(formula: string, offset: number): boolean {
  const open = formula.lastIndexOf("{", offset);
  const close = formula.lastIndexOf("}", offset);
  return open > close && formula[open + 1] === '"';
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

interface State {
  dictionary: Dictionary;
  same: Set<string>;
  english: Record<string, string>;
  korean: Record<string, string>;
  keyOf: Map<string, string>;
  taken: Set<string>;
  consumed: Set<string>;
  missingKorean: Set<string>;
  dynamic: string[];
}

/** The key of an English text, adding it to the catalogs when new. */
function keyOfText(text: string, state: State): string {
  const known = state.keyOf.get(text);
  if (known) return known;
  const key = keyFor(text, state.taken);
  state.english[key] = toIcu(text);
  const entry = state.dictionary.get(text);
  if (entry) state.korean[key] = toIcu(entry.korean);
  else state.missingKorean.add(text);
  state.keyOf.set(text, key);
  return key;
}

/** Properties that hold a reader's words: a single lower-case word ("share", "month") is converted only there. */
const TEXT_PROPERTIES = new Set(["label", "unit", "notes", "title", "header", "headers", "description", "source", "periodLabel", "note"]);
const ONE_WORD = /^[A-Za-z][a-z0-9]*$/;

/** A single word elsewhere may be a key, a name or an argument ("input", "month", "Scenario"): it stays. */
function oneWordOutsideText(node: ts.Node, value: string): boolean {
  if (!ONE_WORD.test(value)) return false;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && /_SHEET$/.test(parent.name.getText())) return false; // a sheet's name
  if (!ts.isPropertyAssignment(parent)) return true;
  // { label: "Item", [high]: "Driver" } inside headers: the nearest named property says what it is
  let property: ts.PropertyAssignment = parent;
  while (ts.isComputedPropertyName(property.name) && ts.isObjectLiteralExpression(property.parent) && ts.isPropertyAssignment(property.parent.parent)) property = property.parent.parent;
  return !TEXT_PROPERTIES.has(property.name.getText().replace(/["']/g, ""));
}

/** A text somebody translated: the dictionary has it, or it is already a sheet message (a merge brought it back). */
const isText = (text: string, state: State) => (state.dictionary.has(text) || state.keyOf.has(text)) && !state.same.has(text) && text.trim() !== "";

/** A literal's value as the body of a template literal. */
const templateBody = (text: string) => text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");

/** The phrases of a formula (or a part of one) that readers see, each replaced by ${sheetText(…)}; null when none. */
function convertFormulaPart(raw: string, state: State, cooked: string): string | null {
  let changed = false;
  const result = raw.replace(LITERAL, (whole: string, literal: string, offset: number) => {
    const text = literal.replace(/""/g, '"');
    // a single word in a formula is an argument ("input") or a value another cell matches; phrases are the reader's
    if (!isText(text, state) || !/\s/.test(text.trim()) || isCompared(raw, offset, whole.length) || inArrayConstant(raw, offset)) return whole;
    state.consumed.add(text);
    changed = true;
    return `"\${sheetText("${keyOfText(text, state)}")}"`;
  });
  void cooked;
  return changed ? result : null;
}

/** Whether the place wants a literal type ("tokens" as a FormatKey, "api" as a column key): an id, never a text. */
function wantsLiteral(node: ts.Expression, checker: ts.TypeChecker): boolean {
  const type = checker.getContextualType(node);
  if (!type) return false;
  const parts = type.isUnion() ? type.types : [type];
  return !parts.some((part) => (part.flags & (ts.TypeFlags.String | ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0);
}

/** Properties whose values (and everything inside them) are ids, cell contents or values formulas match. */
const ID_PLACES = new Set(["values", "validation", "base", "low", "high", "names"]);

/** Whether a literal sits, through arrays and objects, in the value of an id property (or a `name` that is not a sheet's). */
function inIdPlace(node: ts.Node): boolean {
  for (let at: ts.Node = node; at.parent; at = at.parent) {
    const parent = at.parent;
    if (ts.isPropertyAssignment(parent) && parent.initializer === at) {
      const name = parent.name.getText().replace(/["']/g, "");
      if (TEXT_PROPERTIES.has(name)) return false;
      if (ID_PLACES.has(name) || NOT_TEXT.has(name)) return true;
      // a sheet's name is a text; a driver's or a link's name is a named range
      // (a named range has no space or hyphen)
      if (name === "name") return !/[\s-]/.test((node as ts.StringLiteral).text);
      if (!ts.isObjectLiteralExpression(parent.parent)) return false;
      at = parent.parent;
      continue;
    }
    if (!ts.isArrayLiteralExpression(parent) && !ts.isObjectLiteralExpression(parent) && !ts.isSpreadElement(parent) && !ts.isPropertyAssignment(parent)) return false;
  }
  return false;
}

/** A file or line marked `i18n:sheets ignore` holds texts that are data, not words (a table's column names). */
const IGNORED = /i18n:sheets ignore/;

function skipped(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isExternalModuleReference(parent)) return true;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isPropertyAssignment(parent) && NOT_TEXT.has(parent.name.getText().replace(/["']/g, ""))) return true;
  if (ts.isElementAccessExpression(parent) || ts.isCaseClause(parent)) return true;
  if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.InKeyword, ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(parent.operatorToken.kind)) return true;
  if (ts.isCallExpression(parent) && /^(sheetText|require|Error)$/.test(parent.expression.getText())) return true;
  if (ts.isNewExpression(parent)) return true;
  return false;
}

/** ICU text of a fixed part of a built text (quotes and braces written as literals). */
const icuPart = (text: string) => text.replace(/'/g, "''").replace(/[{}]/g, (brace) => `'${brace}'`);
const regexPart = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A parameter's name from its expression: ASSUMED → assumed, s.requestUnit → requestUnit, PERIODS → periods. */
function parameterName(expression: ts.Expression, taken: Set<string>): string {
  const words = expression.getText().match(/[A-Za-z][A-Za-z0-9]*/g) ?? ["value"];
  const last = words[words.length - 1];
  const base = /^[A-Z0-9_]+$/.test(last) ? last.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) : last[0].toLowerCase() + last.slice(1);
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}

/**
 * What a parameter stands for: "data" (a number, or a text the Korean keeps as it is: an id, a code), "text" (a sheet
 * text: its Korean stands in the Korean message), or "either" when only the dictionary's entries can tell. A constant
 * that is a text (const GUIDE = "Guide") becomes a sheet text itself (`declaration`).
 */
function parameterKind(expression: ts.Expression, checker: ts.TypeChecker, state: State): { kind: "data" | "text" | "either"; declaration?: ts.StringLiteralLike } {
  const type = checker.getTypeAtLocation(expression);
  if ((type.flags & ts.TypeFlags.NumberLike) !== 0) return { kind: "data" };
  if (ts.isIdentifier(expression)) {
    const declaration = checker.getSymbolAtLocation(expression)?.valueDeclaration;
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && declaration.getSourceFile() === expression.getSourceFile()) {
      const initializer = declaration.initializer;
      if (ts.isStringLiteralLike(initializer) && isText(initializer.text, state)) return { kind: "text", declaration: initializer };
      if (ts.isCallExpression(initializer) && initializer.expression.getText() === "sheetText") return { kind: "text" };
    }
  }
  return { kind: "either" };
}

/** A built text as sheetText("key", { … }), its Korean derived from the dictionary's entries for it; null if it cannot be. */
function convertBuilt(node: ts.TemplateExpression, state: State, checker: ts.TypeChecker, declarations: ts.StringLiteralLike[]): string | null {
  const fixed = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  const taken = new Set<string>();
  const params = node.templateSpans.map((span) => ({ expression: span.expression, name: parameterName(span.expression, taken), ...parameterKind(span.expression, checker, state) }));
  const pattern = new RegExp(`^${fixed.map(regexPart).join("([\\s\\S]+?)")}$`);
  const koreanOf = (english: string): string => {
    const key = state.keyOf.get(english);
    if (key && state.korean[key] !== undefined) return String(new IntlMessageFormat(state.korean[key], "ko", undefined, { ignoreTag: true }).format({ currency: "{currency}" }));
    return state.dictionary.get(english)?.korean ?? english;
  };
  const found = new Set<string>();
  const matched: string[] = [];
  for (const [english, { korean }] of state.dictionary) {
    const match = pattern.exec(english);
    if (!match) continue;
    let icu = icuPart(korean);
    for (const [i, param] of params.entries()) {
      const value = match[i + 1];
      // data stands as it is; a text by its Korean ("either": whichever the Korean holds, the data first)
      const candidates = param.kind === "data" ? [value] : param.kind === "text" ? [koreanOf(value)] : [value, koreanOf(value)];
      const shown = candidates.map(icuPart).find((candidate) => icu.includes(candidate));
      if (shown === undefined) return null;
      icu = icu.replace(shown, `{${param.name}}`);
    }
    found.add(icu);
    matched.push(english);
  }
  if (found.size !== 1) return null;
  const english = fixed.map((part, i) => icuPart(part) + (i < params.length ? `{${params[i].name}}` : "")).join("");
  let key = [...state.keyOf.entries()].find(([, k]) => state.english[k] === english)?.[1];
  if (!key) {
    key = keyFor(fixed.join(" "), state.taken);
    state.english[key] = english;
    state.korean[key] = [...found][0];
  }
  for (const text of matched) state.consumed.add(text);
  for (const param of params) if (param.declaration) declarations.push(param.declaration);
  const args = params.map((param) => {
    const numeric = (checker.getTypeAtLocation(param.expression).flags & ts.TypeFlags.NumberLike) !== 0;
    const value = numeric ? `String(${param.expression.getText()})` : param.expression.getText();
    return value === param.name ? value : `${param.name}: ${value}`;
  });
  return `sheetText("${key}", { ${args.join(", ")} })`;
}

function convertFile(file: string, state: State, program: ts.Program): string | null {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file) as ts.SourceFile;
  const text = source.text;
  if (/^\/\*\* i18n:sheets ignore-file/m.test(text)) return null;
  const ignoredLine = (node: ts.Node) => IGNORED.test(text.split("\n")[source.getLineAndCharacterOfPosition(node.getStart()).line]);
  const edits: Edit[] = [];
  const declarations: ts.StringLiteralLike[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !skipped(node)) {
      const value = node.text;
      if (isText(value, state) && !wantsLiteral(node, checker) && !isConstKeyed(node) && !oneWordOutsideText(node, value) && !inIdPlace(node) && !ignoredLine(node)) {
        state.consumed.add(value);
        edits.push({ start: node.getStart(), end: node.getEnd(), text: `sheetText("${keyOfText(value, state)}")` });
      } else if (value.includes('"')) {
        const converted = convertFormulaPart(templateBody(value), state, value);
        if (converted !== null) edits.push({ start: node.getStart(), end: node.getEnd(), text: `\`${converted}\`` });
      }
      return;
    }
    if (ts.isTemplateExpression(node) && !skipped(node)) {
      const parts: (ts.TemplateHead | ts.TemplateMiddle | ts.TemplateTail)[] = [node.head, ...node.templateSpans.map((span) => span.literal)];
      const head = node.head.text;
      let convertedAny = false;
      for (const part of parts) {
        const start = part.getStart() + 1;
        const end = part.getEnd() - (ts.isTemplateTail(part) ? 1 : 2);
        const raw = text.slice(start, end);
        const converted = raw.includes('"') ? convertFormulaPart(raw, state, part.text) : null;
        if (converted !== null) {
          edits.push({ start, end, text: converted });
          convertedAny = true;
        }
      }
      // a text built with ${…} that is not a formula: a message with parameters when the dictionary shows how it
      // reads in Korean, else reported
      // (a line marked `i18n:sheets ignore` keeps its built text: translated whole by what is left of ko.ts)
      if (!convertedAny && !head.startsWith("=") && /[A-Za-z]{3,} [a-z]{2,}/.test(parts.map((p) => p.text).join(" "))) {
        if (ignoredLine(node)) return;
        const converted = convertBuilt(node, state, checker, declarations);
        if (converted !== null) edits.push({ start: node.getStart(), end: node.getEnd(), text: converted });
        else {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          state.dynamic.push(`${path.relative(ROOT, file)}:${line + 1}: ${node.getText().slice(0, 140)}`);
        }
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // constants that parameters showed to be texts, unless converted already
  for (const literal of new Set(declarations)) {
    if (edits.some((edit) => edit.start === literal.getStart())) continue;
    state.consumed.add(literal.text);
    edits.push({ start: literal.getStart(), end: literal.getEnd(), text: `sheetText("${keyOfText(literal.text, state)}")` });
  }
  if (edits.length === 0) return null;
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  if (!/import \{[^}]*\bsheetText\b[^}]*\} from "[^"]*i18n\/sheet-text"/.test(out)) {
    const relative = path.relative(path.dirname(file), SHEET_TEXT_MODULE()).replace(/\\/g, "/");
    const specifier = relative.startsWith(".") ? relative : `./${relative}`;
    out = `import { sheetText } from "${specifier}";\n${out}`;
  }
  return out;
}

/** An element of a list declared `as const` (const OPTIONS = ["API model", …] as const): the program matches it. */
function isConstKeyed(node: ts.Node): boolean {
  // an element of the list itself; a text inside one of its objects ({ header: "…" }) is a text
  const list = node.parent;
  return ts.isArrayLiteralExpression(list) && ts.isAsExpression(list.parent) && list.parent.type.getText() === "const";
}

/** Removes the dictionary entries the conversion consumed; a dictionary file left without entries goes. */
function pruneDictionary(state: State): { files: string[]; entries: number } {
  const byFile = new Map<string, { start: number; end: number }[]>();
  for (const text of state.consumed) {
    for (const place of state.dictionary.get(text)?.places ?? []) byFile.set(place.file, [...(byFile.get(place.file) ?? []), { start: place.start, end: place.end }]);
  }
  const changed: string[] = [];
  let entries = 0;
  for (const [file, ranges] of byFile) {
    entries += ranges.length;
    let text = fs.readFileSync(file, "utf8");
    for (const range of ranges.sort((a, b) => b.start - a.start)) {
      const comma = text.slice(range.end).match(/^\s*,/);
      text = text.slice(0, range.start) + text.slice(range.end + (comma ? comma[0].length : 0));
    }
    fs.writeFileSync(file, text);
    changed.push(path.relative(ROOT, file));
  }
  return { files: changed, entries };
}

function readJson(file: string): Record<string, string> {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>) : {};
}

export function run(check: boolean, log: (line: string) => void = console.log, root: string = ROOT, base?: string): number {
  ROOT = root;
  TEMPLATES = path.join(ROOT, "src", "templates");
  DICTIONARY_DIR = path.join(TEMPLATES, "i18n");
  const english = readJson(CATALOG("en"));
  const korean = readJson(CATALOG("ko"));
  const keyOf = new Map<string, string>();
  for (const [key, icu] of Object.entries(english)) {
    try {
      keyOf.set(String(new IntlMessageFormat(icu, "en", undefined, { ignoreTag: true }).format({ currency: "{currency}" })), key);
    } catch {
      // a message with parameters other than {currency} is written by hand and matched by nobody's literal
    }
  }
  const state: State = { dictionary: readDictionary(), same: readSame(), english, korean, keyOf, taken: new Set(Object.keys(english)), consumed: new Set(), missingKorean: new Set(), dynamic: [] };
  const outputs = new Map<string, string>();
  const files = templateFiles();
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  const program = ts.createProgram(files, { ...(config?.options ?? {}), noEmit: true });
  for (const file of files) {
    const converted = convertFile(file, state, program);
    if (converted !== null) outputs.set(file, converted);
  }
  // entries for texts converted before (a merge brings back the dictionary): their Korean is the dictionary's (the
  // newer edit) and they go, except those the merged branch did not touch since the merge base
  const baseDictionary = readBaseDictionary(base);
  for (const [english, { korean }] of state.dictionary) {
    const key = state.keyOf.get(english);
    if (key === undefined || state.consumed.has(english)) continue;
    state.consumed.add(english);
    if (baseDictionary?.get(english)?.korean === korean) continue;
    const icu = toIcu(korean);
    if (state.korean[key] !== icu) log(`Korean of ${key} updated from the dictionary: ${JSON.stringify(icu)}`);
    state.korean[key] = icu;
  }
  for (const line of state.dynamic) log(`built with \${…}, convert by hand: ${line}`);
  for (const text of state.missingKorean) log(`no Korean in the dictionary for: ${JSON.stringify(text)}`);
  if (check) {
    for (const file of outputs.keys()) log(`would convert: ${path.relative(ROOT, file)}`);
    return outputs.size > 0 ? 1 : 0;
  }
  for (const [file, text] of outputs) fs.writeFileSync(file, text);
  fs.writeFileSync(CATALOG("en"), JSON.stringify(english, null, 2) + "\n");
  fs.writeFileSync(CATALOG("ko"), JSON.stringify(korean, null, 2) + "\n");
  const pruned = pruneDictionary(state);
  log(`converted ${outputs.size} files; ${Object.keys(english).length} sheet messages; removed ${pruned.entries} dictionary entries from ${pruned.files.join(", ") || "nothing"}`);
  return 0;
}

if (require.main === module) {
  const base = process.argv.find((arg) => arg.startsWith("--base="))?.slice("--base=".length);
  process.exitCode = run(process.argv.includes("--check"), console.log, ROOT, base);
}
