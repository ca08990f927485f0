/**
 * Excel number formats, the subset a finance sheet uses: General, #,##0 / 0.00 / 0.0% / scaling commas, currency
 * brackets ([$$-409], [$₩-412], [$€]), literal text ("x", \x), colors ([Red]), up to four sections
 * (positive;negative;zero;text), conditions ([>=1000];[<0];…), dates and times (yyyy-mm-dd, m/d/yyyy, hh:mm), and @.
 */

export interface FormattedValue {
  text: string;
  /** Color from a [Red]-style section prefix, as a CSS color. */
  color?: string;
}

const COLORS: Record<string, string> = { red: "#c00000", blue: "#0000ff", green: "#008000", black: "#000000", white: "#ffffff", magenta: "#ff00ff", yellow: "#ffff00", cyan: "#00ffff" };

/** Excel's General: up to 11 significant characters, scientific notation for very large or small numbers. */
export function formatGeneral(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const m = mantissa.replace(/\.?0+$/, "");
    const e = Number(exponent);
    return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits);
  let text = value.toFixed(decimals);
  if (text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  return text === "-0" ? "0" : text;
}

/** A section's condition, e.g. [>=1000] or [<0]: Excel allows one per section, in the first two sections. */
const CONDITION = /\[(<>|<=|>=|<|>|=)(-?\d+(?:\.\d+)?)\]/;

function conditionHolds(section: string, value: number): boolean | undefined {
  const match = CONDITION.exec(section.replace(/"[^"]*"/g, ""));
  if (!match) return undefined;
  const limit = Number(match[2]);
  switch (match[1]) {
    case "<>": return value !== limit;
    case "<=": return value <= limit;
    case ">=": return value >= limit;
    case "<": return value < limit;
    case ">": return value > limit;
    default: return value === limit;
  }
}

/**
 * The section a number is formatted by. Without conditions: positive (and zero when there is no zero section);
 * negative; zero. With conditions: the first section whose condition holds; else the third section when both of the
 * first two have conditions, else the second.
 */
function chooseSection(sections: string[], value: number): { section: string; index: number } {
  const first = conditionHolds(sections[0], value);
  const second = sections.length >= 2 ? conditionHolds(sections[1], value) : undefined;
  if (first !== undefined || second !== undefined) {
    if (first === true) return { section: sections[0], index: 0 };
    if (second === true) return { section: sections[1], index: 1 };
    if (first !== undefined && second !== undefined) return sections.length >= 3 ? { section: sections[2], index: 2 } : { section: "", index: 2 };
    const index = first === undefined ? 0 : 1;
    return { section: sections[index] ?? sections[0], index };
  }
  if (value < 0 && sections.length >= 2 && sections[1] !== "") return { section: sections[1], index: 1 };
  if (value === 0 && sections.length >= 3 && sections[2] !== "") return { section: sections[2], index: 2 };
  return { section: sections[0], index: 0 };
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "[") bracket = true;
    else if (!quoted && ch === "]") bracket = false;
    if (ch === ";" && !quoted && !bracket) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

type Token = { kind: "literal"; text: string } | { kind: "code"; text: string };

/** Splits a section into literal text and format codes; brackets resolve to currency text or a color. */
function tokenize(section: string): { tokens: Token[]; color?: string } {
  const tokens: Token[] = [];
  let color: string | undefined;
  const pushLiteral = (text: string) => tokens.push({ kind: "literal", text });
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      pushLiteral(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      pushLiteral(section[i + 1] ?? "");
      i++;
    } else if (ch === "_") {
      pushLiteral(" ");
      i++;
    } else if (ch === "*") {
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
      if (inner.startsWith("$")) pushLiteral(inner.slice(1).split("-")[0]);
      else if (COLORS[inner.toLowerCase()]) color = COLORS[inner.toLowerCase()];
      else if (/^(h+|m+|s+)$/i.test(inner)) tokens.push({ kind: "code", text: inner });
    } else if ("$-+/():!^&'~{}<>= ".includes(ch) || ch === "€" || ch === "£" || ch === "¥") {
      pushLiteral(ch);
    } else tokens.push({ kind: "code", text: ch });
  }
  return { tokens, color };
}

function isDateSection(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind === "code" && /[ydhsDHSY]/.test(t.text)) || (tokens.some((t) => t.kind === "code" && /[mM]/.test(t.text)) && !tokens.some((t) => t.kind === "code" && /[0#?]/.test(t.text)));
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function formatDate(serial: number, tokens: Token[]): string {
  if (serial < 0) return "#".repeat(10);
  const ms = Math.round((serial - 25569) * 86400000);
  const date = new Date(ms);
  const codes = tokens.map((t) => (t.kind === "code" ? t.text : null));
  // Group consecutive identical code letters (yyyy, mm, dd …).
  const groups: { code: string | null; text: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === "code" && /[ymdhsYMDHS]/.test(t.text)) {
      const letter = t.text.toLowerCase();
      const last = groups[groups.length - 1];
      if (last && last.code && last.code[0] === letter && codes[i - 1] !== null) last.code += letter;
      else groups.push({ code: letter, text: "" });
    } else if (t.kind === "code" && /^(A|a)$/.test(t.text) && tokens.slice(i, i + 5).map((x) => x.text).join("").toUpperCase() === "AM/PM") {
      groups.push({ code: "ampm", text: "" });
      i += 4;
    } else groups.push({ code: null, text: t.text });
  }
  const hasAmPm = groups.some((g) => g.code === "ampm");
  const out: string[] = [];
  groups.forEach((g, index) => {
    if (!g.code) return out.push(g.text);
    const c = g.code;
    const pad = (n: number) => String(n).padStart(2, "0");
    if (c[0] === "y") return out.push(c.length <= 2 ? pad(date.getUTCFullYear() % 100) : String(date.getUTCFullYear()));
    if (c[0] === "d") {
      if (c.length >= 4) return out.push(DAYS[date.getUTCDay()]);
      if (c.length === 3) return out.push(DAYS[date.getUTCDay()].slice(0, 3));
      return out.push(c.length === 2 ? pad(date.getUTCDate()) : String(date.getUTCDate()));
    }
    if (c[0] === "h") {
      let h = date.getUTCHours();
      if (hasAmPm) h = h % 12 || 12;
      return out.push(c.length >= 2 ? pad(h) : String(h));
    }
    if (c[0] === "s") return out.push(c.length >= 2 ? pad(date.getUTCSeconds()) : String(date.getUTCSeconds()));
    if (c === "ampm") return out.push(date.getUTCHours() < 12 ? "AM" : "PM");
    // m: minutes right after an hour or right before seconds, else month.
    const prev = groups.slice(0, index).reverse().find((x) => x.code);
    const next = groups.slice(index + 1).find((x) => x.code);
    if (prev?.code?.[0] === "h" || next?.code?.[0] === "s") return out.push(c.length >= 2 ? pad(date.getUTCMinutes()) : String(date.getUTCMinutes()));
    if (c.length >= 5) return out.push(MONTHS[date.getUTCMonth()][0]);
    if (c.length === 4) return out.push(MONTHS[date.getUTCMonth()]);
    if (c.length === 3) return out.push(MONTHS[date.getUTCMonth()].slice(0, 3));
    return out.push(c.length === 2 ? pad(date.getUTCMonth() + 1) : String(date.getUTCMonth() + 1));
  });
  return out.join("");
}

/**
 * Rounds half away from zero on the decimal value Excel sees (15 significant digits): 8695.65 to one decimal is
 * 8695.7 in Excel, while toFixed rounds the binary value 8695.6499… down.
 */
function roundAsExcel(value: number, decimals: number): number {
  const scaled = Number((value * Math.pow(10, decimals)).toPrecision(15));
  return Math.round(scaled) / Math.pow(10, decimals);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumberSection(value: number, tokens: Token[]): string {
  const codeText = tokens.map((t) => (t.kind === "code" ? t.text : "\u0000")).join("");
  const placeholder = /[0#?]/;
  const first = codeText.search(placeholder);
  if (first < 0) {
    // No digits at all: only literal text (e.g. a "-" zero section).
    return tokens.map((t) => (t.kind === "literal" ? t.text : t.text === "@" ? "" : t.text === "%" ? "%" : t.text)).join("");
  }
  let last = first;
  for (let i = codeText.length - 1; i >= 0; i--) if (placeholder.test(codeText[i])) { last = i; break; }
  // The number pattern: from the first to the last placeholder, with '.' and ',' inside; scaling commas after it.
  let end = last + 1;
  let scale = 0;
  while (codeText[end] === ",") { scale++; end++; }
  // eslint-disable-next-line no-control-regex -- \u0000 is the mark this formatter put on literal characters above
  const pattern = codeText.slice(first, last + 1).replace(/\u0000/g, "");
  const percent = (codeText.match(/%/g) ?? []).length;
  const exponent = /E[+-]/i.test(codeText.slice(first));
  let v = Math.abs(value) * Math.pow(100, percent) / Math.pow(1000, scale);
  const [intPattern, fracPattern = ""] = pattern.split(".");
  const decimals = (fracPattern.match(/[0#?]/g) ?? []).length;
  const minFrac = (fracPattern.match(/0/g) ?? []).length;
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const grouping = intPattern.includes(",");
  let numberText: string;
  if (exponent) {
    const [m, e] = v.toExponential(decimals).split("e");
    numberText = `${m}E${Number(e) < 0 ? "-" : "+"}${String(Math.abs(Number(e))).padStart(2, "0")}`;
  } else {
    v = roundAsExcel(v, decimals);
    let [i, f = ""] = v.toFixed(decimals).split(".");
    if (f.length > minFrac) f = f.replace(/0+$/, "").padEnd(minFrac, "0");
    if (i === "0" && minInt === 0) i = "";
    i = i.padStart(minInt, "0");
    if (grouping) i = groupThousands(i);
    numberText = f.length > 0 || fracPattern.length > 0 && pattern.includes(".") && decimals > 0 ? `${i}.${f}` : pattern.includes(".") ? `${i}.` : i;
    if (decimals > 0 && f.length === 0 && minFrac === 0) numberText = `${i}.`;
  }
  // Rebuild: literals and % around the number pattern, in their places.
  let out = "";
  let emitted = false;
  let index = 0;
  for (const t of tokens) {
    const inPattern = index >= first && index < end;
    if (t.kind === "literal") out += t.text;
    else if (inPattern) {
      if (!emitted) { out += numberText; emitted = true; }
    } else if (t.text === "%") out += "%";
    else if (/[Ee+\-0#?.,]/.test(t.text)) { /* exponent digits already emitted */ }
    else out += t.text;
    index++;
  }
  return out;
}

/** Formats a cell value with its number format as Excel displays it. */
export function formatValue(value: unknown, format: string | undefined): FormattedValue {
  const fmt = format && format.trim() !== "" ? format : "General";
  if (value === null || value === undefined || value === "") return { text: "" };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE" };
  const sections = splitSections(fmt);
  if (typeof value === "string") {
    const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes("@"));
    if (!textSection) return { text: value };
    const { tokens, color } = tokenize(textSection);
    return { text: tokens.map((t) => (t.kind === "literal" ? t.text : t.text === "@" ? value : "")).join(""), color };
  }
  if (typeof value !== "number") return { text: String(value) };
  if (/^general$/i.test(fmt.trim())) return { text: formatGeneral(value) };
  const { section, index } = chooseSection(sections, value);
  // Excel shows a value formatted by the second section without its sign: that section is for negatives (or, with
  // conditions, for what the first condition rejects: "[>=-1]0;0" shows -2 as "2" — SheetJS issue 2594, Excel 2019).
  const negativeHasOwnSection = value < 0 && index === 1;
  if (/^general$/i.test(section.trim())) return { text: formatGeneral(value) };
  const { tokens, color } = tokenize(section);
  if (isDateSection(tokens)) return { text: formatDate(value, tokens), color };
  let text = formatNumberSection(value, tokens);
  const shownZero = !/[1-9]/.test(text);
  if (value < 0 && !negativeHasOwnSection && !shownZero) text = `-${text}`;
  return { text, color };
}
