// "Did you mean …?" for unknown names: the closest candidates by edit distance, where adjacent
// transpositions count as one edit (`gars` → `gasr`).

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[rows - 1]![cols - 1]!;
}

/** Up to `limit` candidates close to `word`, closest first, ties in alphabetical order. */
export function closestMatches(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const threshold = Math.max(1, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  const scored: Array<{ candidate: string; distance: number }> = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    if (Math.abs(candidate.length - word.length) > threshold) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= threshold) scored.push({ candidate, distance });
  }
  scored.sort((x, y) => x.distance - y.distance || (x.candidate < y.candidate ? -1 : x.candidate > y.candidate ? 1 : 0));
  return scored.slice(0, limit).map((entry) => entry.candidate);
}

export function didYouMean(matches: readonly string[]): string {
  if (matches.length === 0) return '';
  return `; did you mean ${matches.map((m) => `\`${m}\``).join(' or ')}?`;
}
