// The example model edited one way at a time — a text or a number changed, a keyword swapped, a
// line removed or added — for the tests of what a build takes from the last one.

export interface Edit {
  /** Which file (index) the edit is in. */
  readonly file: number;
  readonly what: string;
  /** The file's text after the edit. */
  readonly text: string;
}

/** Every edit of each kind at each place it applies, in every file: every `every`-th of each kind. */
export function editsOf(texts: readonly string[], every: number): Edit[] {
  const edits: Edit[] = [];
  const each = (kind: string, pattern: RegExp, replace: (match: string) => string) => {
    let count = 0;
    texts.forEach((text, file) => {
      for (const match of text.matchAll(pattern)) {
        if (count++ % every !== 0) continue;
        const at = match.index;
        edits.push({
          file,
          what: `${kind} at ${file}:${at}`,
          text: text.slice(0, at) + replace(match[0]) + text.slice(at + match[0].length),
        });
      }
    });
  };
  each('text', /"[^"\n]*"/g, (literal) => `${literal.slice(0, -1)}ж"`);
  each('number', /\b\d+(\.\d+)?\b/g, (number) => String(Number(number) + 1));
  each('line removed', /^[ \t]*[^\s{}][^\n{}]*$/gm, () => '');
  each('line added', /^\n/gm, () => '\n\n');
  for (const [from, to] of [
    ['restricted', 'public'],
    ['internal', 'secret'],
    ['personal', 'key'],
    ['sensitive', 'optional'],
    ['rest', 'soap'],
    ['event', 'rest'],
    ['exchange', 'registry'],
    ['oauth2', 'mtls'],
    ['qualified', 'advanced'],
    ['deprecated', 'description "х"'],
    ['privacy personal', 'privacy none'],
    // A field's type: the specs of the interfaces that carry the field show it (element-digests.ts).
    ['string', 'decimal'],
  ] as const) {
    each(`${from} → ${to}`, new RegExp(`\\b${from}\\b`, 'g'), () => to);
  }
  return edits;
}
