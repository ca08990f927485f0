import { sheetNameVariants } from "./i18n/sheet-names";
import type { CellContent, LinkContent, WorkbookName } from "./types";

/**
 * Links between template sheets, decided at insertion time: a LinkContent cell refers to a sheet-scoped name on another
 * sheet when the workbook has it, and keeps its local fallback when it does not.
 */

export function isLink(content: CellContent): content is LinkContent {
  return typeof content === "object" && content !== null && "link" in content;
}

/**
 * The copy of a sheet a link should follow: the sheet named exactly one of `bases` (the sheet's name in every
 * language, lower-cased), else the lowest-numbered "base (n)".
 */
function copyNumber(sheet: string, bases: ReadonlySet<string>): number | undefined {
  if (bases.has(sheet.toLowerCase())) return 1;
  const match = /^(.*) \((\d+)\)$/.exec(sheet);
  return match && bases.has(match[1].toLowerCase()) ? Number(match[2]) : undefined;
}

/** The workbook's `name` on the sheet `sheet`, whichever language that sheet was inserted in. */
export function findWorkbookName(names: readonly WorkbookName[], sheet: string, name: string): WorkbookName | undefined {
  const bases = sheetNameVariants(sheet);
  let best: { found: WorkbookName; copy: number } | undefined;
  for (const candidate of names) {
    if (candidate.name.toLowerCase() !== name.toLowerCase()) continue;
    const copy = copyNumber(candidate.sheet, bases);
    if (copy !== undefined && (!best || copy < best.copy)) best = { found: candidate, copy };
  }
  return best?.found;
}

/**
 * What a link cell holds: the `found` text with {link} (the reference the name stands for, without "=") and
 * {linkSheet}, or the `missing` fallback. `linked` says which, so the renderer can colour cross-sheet links green.
 */
export function resolveLink(content: LinkContent, names: readonly WorkbookName[]): { content: number | string; linked: boolean } {
  const target = findWorkbookName(names, content.link.sheet, content.link.name);
  if (!target) return { content: content.missing, linked: false };
  const reference = target.refersTo.replace(/^=/, "");
  const text = (content.found ?? "={link}").replace(/\{link\}/g, reference).replace(/\{linkSheet\}/g, target.sheet);
  return { content: text, linked: true };
}
