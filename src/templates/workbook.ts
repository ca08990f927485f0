import type { Language } from "../i18n/language";
import { renderTemplate } from "./render";
import { withAssumptions, type AssumptionsOutcome, type DefinedName } from "./assumptions";
import { priceSheetReference } from "./price-sheet";
import { sheetNameVariants } from "./i18n/sheet-names";
import type { RenderOptions, RenderedName, RenderedSheet, RenderedTemplate, TemplateSpec, WorkbookName } from "./types";

/**
 * One insertion as the pane makes it, and a whole workbook of insertions as the CLI and the tests build it: the
 * template rendered for what the workbook already holds (links to other sheets, the organisation price sheet) plus
 * the Assumptions it reads (a new Assumptions sheet, or only the drivers an existing one lacks).
 */

/** What the writer learns about the workbook in its first round trip, for rendering. */
export interface WorkbookFacts {
  /** Sheet-scoped names already there (for cells that link to other template sheets). */
  names: WorkbookName[];
  /** The reference {PriceSheet} renders to: the organisation price sheet's workbook name, or "" where there is none. */
  priceSheet: string;
  /** Workbook-scoped names already there, with what they refer to (the Assumptions drivers among them). */
  definedNames?: DefinedName[];
  /** Every sheet name already there (the writer gives a taken name " (2)"); default: the sheets of `names`. */
  sheets?: string[];
}

export type InsertionRendering = RenderedTemplate & { assumptions?: AssumptionsOutcome };

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** The pane's rendering of one template into a workbook it has read (`facts`). */
export function renderForWorkbook(template: TemplateSpec, options: RenderOptions, language: Language, facts: WorkbookFacts): InsertionRendering {
  let rendered = renderTemplate(template, { ...options, workbookNames: facts.names, priceSheet: facts.priceSheet }, language);
  // A template of several sheets whose later sheets link to its first (a use-case sheet's simulation sheet): render
  // again with the first pass's names under the names the sheets will have, so that the links follow THIS copy.
  if (rendered.sheets.length > 1) rendered = renderTemplate(template, { ...options, workbookNames: withOwnNames(template, rendered, facts), priceSheet: facts.priceSheet }, language);
  return withAssumptions(rendered, facts.definedNames ?? [], options, language);
}

/**
 * The workbook's sheet-scoped names for links, with this insertion's own sheets in place of earlier copies of them: a
 * link finds the lowest copy of a sheet, which for a sibling sheet must be the one inserted with it.
 */
function withOwnNames(template: TemplateSpec, firstPass: RenderedTemplate, facts: WorkbookFacts): WorkbookName[] {
  const taken = [...(facts.sheets ?? new Set(facts.names.map((n) => n.sheet)))];
  const final = new Map<string, string>();
  for (const sheet of firstPass.sheets) {
    const name = uniqueSheetName(sheet.name, taken);
    taken.push(name);
    final.set(sheet.name, name);
  }
  const own = new Set(template.sheets.flatMap((sheet) => [...sheetNameVariants(sheet.name)]));
  const isOwn = (sheet: string) => own.has(sheet.toLowerCase().replace(/ \(\d+\)$/, ""));
  const others = facts.names.filter((n) => !isOwn(n.sheet));
  const mine = firstPass.names.filter((n) => !n.workbook).map((n) => {
    const sheet = final.get(n.sheet) ?? n.sheet;
    return { sheet, name: n.name, refersTo: `=${quoted(sheet)}!${n.address}` };
  });
  return [...others, ...mine];
}

/** A sheet name not among `taken` (case-insensitive, as Excel compares): base, "base (2)", "base (3)", … */
export function uniqueSheetName(base: string, taken: Iterable<string>, max = 31): string {
  const lower = new Set([...taken].map((name) => name.toLowerCase()));
  const clean = base.replace(/[\\/?*[\]:]/g, "-").slice(0, max);
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = clean.slice(0, max - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** A workbook built by inserting templates in order, as the pane would: every sheet, every name, each insertion. */
export interface BuiltWorkbook extends RenderedTemplate {
  inserted: { id: string; sheets: string[]; masterCheck: { sheet: string; address: string }; assumptions?: AssumptionsOutcome }[];
}


/**
 * Inserts `templates` one after another into an empty workbook (links resolved as the writer resolves them), each in
 * `language`, or in its own language when given one per template (a workbook shared by analysts of two languages).
 */
export function buildWorkbook(templates: TemplateSpec[], options: RenderOptions, language: Language | readonly Language[]): BuiltWorkbook {
  const sheets: RenderedSheet[] = [];
  const names: RenderedName[] = [];
  const tables: string[] = [];
  const inserted: BuiltWorkbook["inserted"] = [];
  let first: InsertionRendering | undefined;
  for (const [index, template] of templates.entries()) {
    const facts: WorkbookFacts = {
      names: names.filter((n) => !n.workbook).map((n) => ({ sheet: n.sheet, name: n.name, refersTo: `=${quoted(n.sheet)}!${n.address}` })),
      definedNames: names.filter((n) => n.workbook).map((n) => ({ name: n.name, refersTo: `=${quoted(n.sheet)}!${n.address}` })),
      priceSheet: "",
      sheets: sheets.map((s) => s.name),
    };
    facts.priceSheet = priceSheetReference(tables, (facts.definedNames ?? []).map((n) => n.name));
    const rendered = renderForWorkbook(template, options, typeof language === "string" ? language : language[index], facts);
    first ??= rendered;
    const renamed = new Map<string, string>();
    for (const sheet of rendered.sheets) {
      if (sheet.appendTo) {
        const target = sheets.find((s) => s.name === sheet.name);
        if (target) target.cells.push(...sheet.cells);
        if (target) target.validations.push(...sheet.validations);
        continue;
      }
      const name = uniqueSheetName(sheet.name, sheets.map((s) => s.name));
      renamed.set(sheet.name, name);
      sheets.push({ ...sheet, name, cells: [...sheet.cells], validations: [...sheet.validations] });
      for (const table of sheet.tables) tables.push(table.name);
    }
    for (const name of rendered.names) {
      const sheet = renamed.get(name.sheet) ?? name.sheet;
      if (name.workbook && names.some((n) => n.workbook && n.name.toLowerCase() === name.name.toLowerCase())) continue;
      names.push({ ...name, sheet });
    }
    const master = { sheet: renamed.get(rendered.masterCheck.sheet) ?? rendered.masterCheck.sheet, address: rendered.masterCheck.address };
    inserted.push({ id: template.id, sheets: rendered.sheets.filter((s) => !s.appendTo).map((s) => renamed.get(s.name) ?? s.name), masterCheck: master, ...(rendered.assumptions ? { assumptions: rendered.assumptions } : {}) });
  }
  if (!first) throw new Error("No template to insert.");
  return { ...first, id: templates.map((t) => t.id).join("+"), sheets, names, masterCheck: inserted[0].masterCheck, inserted };
}
