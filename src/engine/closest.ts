/** Suggestions for a misspelled id: the catalog ids nearest by edit distance, with shared prefixes first. */

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

const lowered = new WeakMap<readonly string[], { id: string; lower: string }[]>();

function candidatesOf(ids: readonly string[]): { id: string; lower: string }[] {
  let list = lowered.get(ids);
  if (!list) {
    list = [...new Set(ids)].map((id) => ({ id, lower: id.toLowerCase() }));
    lowered.set(ids, list);
  }
  return list;
}

export function closestIds(wanted: string, ids: readonly string[], count = 3): string[] {
  const target = wanted.trim().toLowerCase().slice(0, 48);
  const scored = candidatesOf(ids).map(({ id, lower }) => {
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
