// The gap report's small words: an empty layer reads "None." as an empty list of findings does, and
// an unqualified plateau name in a namespaced model is answered with its full name.
import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileWorkspace, contextOf, gapOf, loadWorkspace, renderGap } from '../../src/index.js';

async function compiled(text: string) {
  const root = mkdtempSync(join(tmpdir(), 'gea-gap-words-'));
  await writeFile(join(root, 'model.gea'), text);
  return compileWorkspace(await loadWorkspace([root]), { evaluationDate: '2026-06-01', locale: 'en' });
}

describe('gap report wording', () => {
  it('says "None." for an empty layer, in Markdown and HTML', async () => {
    const compilation = await compiled(
      `plateau a "A" { date 2026-01-01 }\nplateau b "B" { date 2028-01-01 }\nagency x "X" { kind agency }\n`,
    );
    const gap = gapOf(compilation, 'a', 'b', 'en');
    const context = contextOf(compilation, { locale: 'en' });
    const markdown = renderGap(gap, 'md', context);
    expect(markdown).not.toMatch(/^none$/m);
    expect(markdown).toMatch(/### Technology[^\n]*\n\nNone\.\n/);
    expect(renderGap(gap, 'html', context)).not.toContain('<p>none</p>');
  });

  it('suggests the full name of a plateau given without its namespace', async () => {
    const compilation = await compiled(`namespace mn\nplateau current "C" { date 2026-01-01 }\nplateau target "T" { date 2028-01-01 }\n`);
    expect(() => gapOf(compilation, 'current', 'mn.target', 'en')).toThrow(/no plateau `current`; did you mean `mn.current`\?/);
  });
});
