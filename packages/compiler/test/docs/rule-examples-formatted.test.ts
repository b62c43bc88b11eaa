// The examples of `gea explain` (and docs/rules.md) are in `gea fmt` layout, in both locales, so
// that an example pasted into a model is not reformatted. An example may leave a part out with `…`,
// which is formatted as a comment would be.
import { ruleCatalog, wordsFor } from '@gea-arch/core';
import { createSourceFormatter } from '@gea-arch/language/lsp';
import { describe, expect, it } from 'vitest';
import { explanationMarkdown } from '../../src/docs/rules-doc.js';

const format = createSourceFormatter({ locale: 'en' });
const ELIDED = '/*…*/';

/** The examples of an explanation, as docs/rules.md shows them in code blocks. */
function examplesOf(explanation: string): string[] {
  return [...explanationMarkdown(explanation).matchAll(/^```gea\n([\s\S]*?)\n```$/gm)].map((match) => `${match[1]}\n`);
}

describe('the examples of gea explain', () => {
  for (const locale of ['en', 'mn']) {
    it(`are in gea fmt layout (${locale})`, () => {
      const unformatted: string[] = [];
      const unparsed: string[] = [];
      for (const rule of ruleCatalog(wordsFor(locale))) {
        for (const example of examplesOf(rule.explanation)) {
          const result = format(example.replaceAll('…', ELIDED));
          const formatted = result.text.replaceAll(ELIDED, '…');
          if (result.syntaxErrors.length > 0) unparsed.push(`${rule.id}: ${example}${JSON.stringify(result.syntaxErrors[0])}`);
          else if (formatted !== example) unformatted.push(`${rule.id}:\n${example}---\n${formatted}`);
        }
      }
      expect(unformatted).toEqual([]);
      expect(unparsed).toEqual([]);
    });
  }
});
