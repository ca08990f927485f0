import type { Params } from "../i18n/catalog";

/**
 * Suggestions for a misspelled id: the catalog ids nearest by edit distance, with shared prefixes first. Over a long
 * list (the API catalog's thousands of ids) a trigram index picks a short list first, so that a column of distinct
 * unknown ids costs microseconds per cell rather than an edit distance against every id.
 */

/**
 * Edit distance of a and b. For a of up to 31 characters (the query, capped below) Myers' bit-parallel algorithm
 * does one step per character of b; longer text falls back to the two-row table.
 */
/** Bit masks of the query's characters (ASCII by code; other characters take the table below). */
const peq = new Int32Array(128);
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (a.length > 31 || /[\u0080-\uffff]/.test(a + b)) return tableDistance(a, b);
  for (let i = 0; i < a.length; i++) peq[a.charCodeAt(i)] |= 1 << i;
  const last = 1 << (a.length - 1);
  let positive = -1;
  let negative = 0;
  let score = a.length;
  for (let j = 0; j < b.length; j++) {
    const eq = peq[b.charCodeAt(j)];
    const xv = eq | negative;
    const xh = (((eq & positive) + positive) ^ positive) | eq;
    let ph = negative | ~(xh | positive);
    let mh = positive & xh;
    if (ph & last) score++;
    if (mh & last) score--;
    ph = (ph << 1) | 1;
    mh <<= 1;
    positive = mh | ~(xv | ph);
    negative = ph & xv;
  }
  for (let i = 0; i < a.length; i++) peq[a.charCodeAt(i)] = 0;
  return score;
}

export function tableDistance(a: string, b: string): number {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

interface Candidate {
  id: string;
  lower: string;
}

interface CandidateIndex {
  list: Candidate[];
  /** Built only for long lists. */
  trigram?: TrigramIndex;
}

interface TrigramIndex {
  list: Candidate[];
  /** Trigram → positions in `list`. */
  grams: Map<string, number[]>;
  /** Each candidate's number of distinct trigrams. */
  gramCounts: Int32Array;
  /** Shared-trigram counts of one query (all zero between queries). */
  shared: Int32Array;
}

/** Lists at most this long are scored in full; longer ones through the trigram short list. */
const FULL_SCAN_LIMIT = 200;
const SHORT_LIST = 6;
/** A trigram held by more than 1/8 of the ids is too common to rank by. */
const COMMON_GRAM_SHARE = 8;
/** Queries are cut to 31 characters: the bit-parallel edit distance holds one in a 32-bit word. */
const MAX_QUERY = 31;

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
    const gramCounts = new Int32Array(list.length);
    list.forEach((candidate, position) => {
      const own = new Set(trigrams(candidate.lower));
      gramCounts[position] = own.size;
      for (const gram of own) {
        const postings = grams.get(gram);
        if (postings) postings.push(position);
        else grams.set(gram, [position]);
      }
    });
    found.trigram = { list, grams, gramCounts, shared: new Int32Array(list.length) };
  }
  indexed.set(ids, found);
  return found;
}

/**
 * Positions of the candidates most alike the target by shared trigrams (Dice: 2 x shared / both counts, so that long
 * ids that happen to share a few trigrams do not crowd out short near-misses), plus every id that contains it. Only
 * the candidates that share a trigram are visited; the counts live in one reused buffer.
 */
function shortList(target: string, index: TrigramIndex): number[] {
  const { shared } = index;
  const touched: number[] = [];
  const grams = trigrams(target);
  const targetGrams = new Set(grams);
  // Trigrams that a large share of ids hold ("mod" of every "accounts/fireworks/models/…") say little and cost most.
  const common = index.list.length / COMMON_GRAM_SHARE;
  const telling = [...targetGrams].filter((gram) => (index.grams.get(gram)?.length ?? 0) <= common);
  for (const gram of telling.length > 0 ? telling : targetGrams) {
    for (const position of index.grams.get(gram) ?? []) {
      if (shared[position]++ === 0) touched.push(position);
    }
  }
  // An id that contains the target holds every trigram inside it: only those few are worth an `includes`.
  const inner = new Set(grams.slice(1, -1)).size;
  const picked = new Set<number>();
  const best: { position: number; similarity: number }[] = [];
  for (const position of touched) {
    const count = shared[position];
    shared[position] = 0;
    if (target.length > 2 && count >= inner && index.list[position].lower.includes(target)) picked.add(position);
    const similarity = (2 * count) / (targetGrams.size + index.gramCounts[position]);
    if (best.length === SHORT_LIST && similarity <= best[best.length - 1].similarity) continue;
    let at = best.length;
    while (at > 0 && best[at - 1].similarity < similarity) at--;
    best.splice(at, 0, { position, similarity });
    if (best.length > SHORT_LIST) best.pop();
  }
  for (const { position } of best) picked.add(position);
  return [...picked];
}

export function closestIds(wanted: string, ids: readonly string[], count = 3): string[] {
  const target = wanted.trim().toLowerCase().slice(0, MAX_QUERY);
  const index = indexOf(ids);
  const pool = index.trigram ? shortList(target, index.trigram).map((position) => index.list[position]) : index.list;
  const scored = pool.map(({ id, lower }) => {
    const contains = target.length > 2 && lower.includes(target);
    return { id, score: editDistance(target, lower) - (contains ? 100 : 0) };
  });
  scored.sort((x, y) => x.score - y.score || x.id.length - y.id.length || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return scored.slice(0, count).map((entry) => entry.id);
}

/** The parameters of "errors.unknownId": what was asked (cut at 60 characters) and the closest known ids. */
export function unknownIdParams(kind: "model" | "gpu" | "openModel" | "provider", wanted: string, ids: readonly string[]): Params {
  const suggestions = closestIds(wanted, ids);
  const shown = wanted.length > 60 ? `${wanted.slice(0, 60)}…` : wanted;
  return { kind, value: shown, closest: suggestions.join(", ") };
}
