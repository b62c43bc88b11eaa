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

// Three rows of the table, kept between calls: a misspelt name is compared with thousands.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/**
 * As `editDistance`, but only up to `most`: more than `most` when the strings are further apart,
 * told as soon as the table shows it (a name misspelt in a national model is compared with some
 * 20 000 declared names, nearly all of them far from it). Only the cells within `most` of the
 * diagonal are worked out: the others are further apart than that, whatever they hold.
 */
export function editDistanceWithin(a: string, b: string, most: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > most) return most + 1;
  const cols = b.length + 1;
  const far = most + 1;
  if (rows[0].length < cols + 1) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [twoBack, previous, row] = rows;
  for (let j = 0; j < cols; j++) previous[j] = j;
  let leastBefore = 0;
  for (let i = 1; i <= a.length; i++) {
    const low = Math.max(1, i - most);
    const high = Math.min(b.length, i + most);
    // The cells either side of the band read as far: the rows are reused, and hold other words' numbers.
    row[low - 1] = low === 1 ? i : far;
    row[high + 1] = far;
    let least = low === 1 ? i : far;
    for (let j = low; j <= high; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        best = Math.min(best, twoBack[j - 2]! + 1);
      }
      row[j] = best;
      if (best < least) least = best;
    }
    // A cell comes from the row above or, by a transposition, from the one above that plus one:
    // once both are past `most`, so is every row after them.
    if (least > most && leastBefore >= most) return far;
    leastBefore = least;
    const done = twoBack;
    twoBack = previous;
    previous = row;
    row = done;
  }
  return Math.min(previous[cols - 1]!, far);
}

/** The most edits a close match is away from the word (a third of the word's length, for shorter words). */
export const MOST_EDITS = 10;

/** Up to `limit` candidates close to `word`, closest first, ties in alphabetical order. */
export function closestMatches(word: string, candidates: Iterable<string>, limit = 3): string[] {
  return new CloseMatches(candidates).to(word, limit);
}

/**
 * Candidates made ready to be matched against many words (`closestMatches` for each would lower and
 * measure every candidate again): each once, lowered, by length.
 */
export class CloseMatches {
  private readonly byLength = new Map<number, { candidate: string; lower: string }[]>();

  constructor(candidates: Iterable<string>) {
    const seen = new Set<string>();
    for (const candidate of candidates) {
      if (seen.has(candidate)) continue;
      seen.add(candidate);
      let same = this.byLength.get(candidate.length);
      if (!same) this.byLength.set(candidate.length, (same = []));
      same.push({ candidate, lower: candidate.toLowerCase() });
    }
  }

  /** As `closestMatches(word, candidates, limit)`. */
  to(word: string, limit = 3): string[] {
    // A third of the word, up to MOST_EDITS: a long name further from every candidate than that has no close match.
    const threshold = Math.min(MOST_EDITS, Math.max(1, Math.floor(word.length / 3)));
    const lower = word.toLowerCase();
    const scored: Array<{ candidate: string; distance: number }> = [];
    for (let length = word.length - threshold; length <= word.length + threshold; length++) {
      for (const { candidate, lower: lowered } of this.byLength.get(length) ?? []) {
        const distance = editDistanceWithin(lower, lowered, threshold);
        if (distance <= threshold) scored.push({ candidate, distance });
      }
    }
    scored.sort((x, y) => x.distance - y.distance || (x.candidate < y.candidate ? -1 : x.candidate > y.candidate ? 1 : 0));
    return scored.slice(0, limit).map((entry) => entry.candidate);
  }
}

/**
 * Whether `name` ends with `last` as a whole part, after a `.` or a `-` or as all of it
 * (`mn.gasr.civil` and `context-civil` end with `civil`; `mn.uncivil` does not).
 */
export function endsWithPart(name: string, last: string): boolean {
  if (last === '' || !name.endsWith(last)) return false;
  const before = name[name.length - last.length - 1];
  return before === undefined || before === '.' || before === '-';
}

/** `name` with the namespaces of the qualified names in it left out: `context-mn.gov.gasr` → `context-gasr`, `mn.views.land` → `land`. */
export function withoutNamespaces(name: string): string {
  return name.replace(/[^.\s-]+\./gu, '');
}

/**
 * Up to `limit` names close to `word`, for names that are often written short (view ids): those it
 * is the short form of (`context-gasr` → `context-mn.gov.gasr`), its misspellings, the names that end
 * with it (`land` → `mn.views.land`), those whose short form it misspells (when it is no short form
 * as written), and those that contain it; in that order, each once.
 */
export function closeNames(word: string, candidates: readonly string[], limit = 5): string[] {
  const lower = word.toLowerCase();
  const shortForms = new Map<string, string[]>();
  for (const candidate of candidates) {
    const short = withoutNamespaces(candidate);
    shortForms.set(short, [...(shortForms.get(short) ?? []), candidate]);
  }
  const standsFor = candidates.filter((candidate) => withoutNamespaces(candidate).toLowerCase() === lower);
  const found = new Set<string>([
    ...standsFor,
    ...closestMatches(word, candidates, limit),
    ...candidates.filter((candidate) => endsWithPart(candidate.toLowerCase(), lower)),
    // A short name misspelt, unless it is one as written.
    ...(standsFor.length > 0 ? [] : closestMatches(word, shortForms.keys(), limit).flatMap((short) => shortForms.get(short)!)),
    ...(lower === '' ? [] : candidates.filter((candidate) => candidate.toLowerCase().includes(lower))),
  ]);
  found.delete(word);
  return [...found].slice(0, limit);
}

export function didYouMean(matches: readonly string[]): string {
  if (matches.length === 0) return '';
  return `; did you mean ${matches.map((m) => `\`${m}\``).join(' or ')}?`;
}
