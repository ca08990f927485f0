/** Suggestions for a misspelled id: the catalog ids nearest by edit distance, with shared prefixes first. */

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

export function closestIds(wanted: string, ids: readonly string[], count = 3): string[] {
  const target = wanted.trim().toLowerCase().slice(0, 80);
  const scored = [...new Set(ids)].map((id) => {
    const candidate = id.toLowerCase();
    const contains = target.length > 2 && candidate.includes(target);
    return { id, score: editDistance(target, candidate) - (contains ? 100 : 0) };
  });
  scored.sort((x, y) => x.score - y.score || x.id.length - y.id.length || x.id.localeCompare(y.id));
  return scored.slice(0, count).map((entry) => entry.id);
}

export function unknownIdMessage(kind: string, wanted: string, ids: readonly string[]): string {
  const suggestions = closestIds(wanted, ids);
  const shown = wanted.length > 60 ? `${wanted.slice(0, 60)}…` : wanted;
  return `Unknown ${kind} "${shown}". Closest: ${suggestions.join(", ")}.`;
}
