/**
 * Suggestions for a misspelled id: the catalog ids nearest by edit distance, with shared prefixes first. Over a long
 * list (the API catalog's thousands of ids) a trigram index picks a short list first, so that a column of distinct
 * unknown ids costs microseconds per cell rather than an edit distance against every id.
 */

/** Two rows of the edit-distance table, reused across calls (ids are short; grown when one is not). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = previous[j] + 1;
      const insertion = current[j - 1] + 1;
      const best = deletion < insertion ? deletion : insertion;
      current[j] = best < substitution ? best : substitution;
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length];
}

interface Candidate {
  id: string;
  lower: string;
}

interface CandidateIndex {
  list: Candidate[];
  /** Trigram → positions in `list` (built only for long lists). */
  grams?: Map<string, number[]>;
}

/** Lists at most this long are scored in full; longer ones through the trigram short list. */
const FULL_SCAN_LIMIT = 200;
const SHORT_LIST = 24;
const MAX_QUERY = 48;

function trigrams(text: string): string[] {
  const padded = ` ${text} `;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

const indexed = new WeakMap<readonly string[], CandidateIndex>();

function indexOf(ids: readonly string[]): CandidateIndex {
  let found = indexed.get(ids);
  if (found) return found;
  const list = [...new Set(ids)].map((id) => ({ id, lower: id.toLowerCase() }));
  found = { list };
  if (list.length > FULL_SCAN_LIMIT) {
    const grams = new Map<string, number[]>();
    list.forEach((candidate, position) => {
      for (const gram of new Set(trigrams(candidate.lower))) {
        const postings = grams.get(gram);
        if (postings) postings.push(position);
        else grams.set(gram, [position]);
      }
    });
    found.grams = grams;
  }
  indexed.set(ids, found);
  return found;
}

/** Positions of the candidates sharing the most trigrams with the target, plus every id that contains it. */
function shortList(target: string, index: CandidateIndex & { grams: Map<string, number[]> }): number[] {
  const shared = new Int32Array(index.list.length);
  let most = 0;
  for (const gram of new Set(trigrams(target))) {
    for (const position of index.grams.get(gram) ?? []) most = Math.max(most, ++shared[position]);
  }
  // An id that contains the target holds every trigram inside it: only those few are worth an `includes`.
  const inner = new Set(trigrams(target).slice(1, -1)).size;
  const byCount: number[][] = Array.from({ length: most + 1 }, () => []);
  const picked = new Set<number>();
  for (let position = 0; position < shared.length; position++) {
    const count = shared[position];
    if (count === 0) continue;
    byCount[count].push(position);
    if (target.length > 2 && count >= inner && index.list[position].lower.includes(target)) picked.add(position);
  }
  for (let count = most; count > 0 && picked.size < SHORT_LIST; count--) {
    for (const position of byCount[count]) {
      if (picked.size >= SHORT_LIST) break;
      picked.add(position);
    }
  }
  return [...picked];
}

export function closestIds(wanted: string, ids: readonly string[], count = 3): string[] {
  const target = wanted.trim().toLowerCase().slice(0, MAX_QUERY);
  const index = indexOf(ids);
  const pool = index.grams ? shortList(target, index as CandidateIndex & { grams: Map<string, number[]> }).map((position) => index.list[position]) : index.list;
  const scored = pool.map(({ id, lower }) => {
    const contains = target.length > 2 && lower.includes(target);
    return { id, score: editDistance(target, lower) - (contains ? 100 : 0) };
  });
  scored.sort((x, y) => x.score - y.score || x.id.length - y.id.length || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return scored.slice(0, count).map((entry) => entry.id);
}

export function unknownIdMessage(kind: string, wanted: string, ids: readonly string[]): string {
  const suggestions = closestIds(wanted, ids);
  const shown = wanted.length > 60 ? `${wanted.slice(0, 60)}…` : wanted;
  return `Unknown ${kind} "${shown}". Closest: ${suggestions.join(", ")}.`;
}
