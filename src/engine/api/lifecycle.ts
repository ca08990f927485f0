import { modelLifecycle } from "../../data";
import { exactNames, type MatchLogic } from "./match";

/**
 * When a model can be priced: from its first dated release (the earliest date in its id or dated aliases, e.g.
 * `gpt-4o-mini-2024-07-18`) until its provider's retirement (src/data/model-lifecycle.json, dated and sourced).
 */

/** One sourced retirement, as src/data/model-lifecycle.json's schema describes it. */
export type RetirementRow = (typeof modelLifecycle.rows)[number];

export const retirementRows: RetirementRow[] = modelLifecycle.rows;

/** The retirement of a model as a provider sells it, by the id as typed first, then the catalog entry's id. */
export function retirementOf(provider: string, names: string[]): RetirementRow | undefined {
  for (const name of names) {
    const row = retirementRows.find((candidate) => candidate.provider === provider && candidate.model === name.toLowerCase());
    if (row) return row;
  }
  return undefined;
}

/** `2024-07-18`, `20240718` → ISO; other digits (`0613`, `-05-20`) say no year and are no date. */
const DATED = /(?:^|[-_@.])(20[12]\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?=$|[-_:.@])/;

const firstDates = new Map<string, string | null>();
/** The earliest release date a model's id or exact aliases carry; null when none carries one. */
export function firstDatedRelease(id: string, match: MatchLogic): string | null {
  const known = firstDates.get(id);
  if (known !== undefined) return known;
  let first: string | null = null;
  for (const name of [id, ...exactNames(match)]) {
    const found = DATED.exec(name);
    if (!found) continue;
    const iso = `${found[1]}-${found[2]}-${found[3]}`;
    if (first === null || iso < first) first = iso;
  }
  firstDates.set(id, first);
  return first;
}
