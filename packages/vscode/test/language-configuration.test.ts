// The editor's word of gea (double-click, Ctrl+D, the word a hover or a link underlines) is an
// identifier as LANGUAGE.md has it, Latin and Cyrillic alike, read the way VS Code reads it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CONFIGURATION = fileURLToPath(new URL('../language-configuration.json', import.meta.url));

/** As VS Code reads a language configuration's regular expression: a string with no flags, or `{ pattern, flags }`. */
function vscodeRegExp(value: string | { pattern: string; flags?: string }): RegExp {
  return typeof value === 'string' ? new RegExp(value, '') : new RegExp(value.pattern, value.flags);
}

describe('the language configuration', () => {
  it('reads a word as a whole identifier, Cyrillic letters, marks and digits included', () => {
    const { wordPattern } = JSON.parse(readFileSync(CONFIGURATION, 'utf8')) as {
      wordPattern: string | { pattern: string; flags?: string };
    };
    const word = vscodeRegExp(wordPattern);
    // VS Code adds the global flag and keeps the others (ensureValidWordDefinition).
    const words = new RegExp(word.source, `g${word.unicode ? 'u' : ''}`);
    expect('owner УБЕГ masters татварын_систем2, Өргөдөл civil_registry'.match(words)).toEqual([
      'owner',
      'УБЕГ',
      'masters',
      'татварын_систем2',
      'Өргөдөл',
      'civil_registry',
    ]);
  });
});
