// A block of syntax errors in a row nests Chevrotain's recovery one level per error
// (syntax/bounded-recovery.ts). Past the bound the text is parsed again to its first error, which
// says that nothing after it was read; below it every error is recovered from; and wherever the stack runs out, the text is parsed again to
// its first error (it used to fail now and then with a TypeError, when the stack ran out at a
// point that left Langium's tree unbalanced).
import { EmptyFileSystem } from 'langium';
import { wordsFor } from '@gea-arch/core';
import { describe, expect, it } from 'vitest';
import type { Model } from '../src/generated/ast.js';
import { createGeaCoreServices } from '../src/index.js';
import { MAX_RECOVERY_DEPTH } from '../src/syntax/bounded-recovery.js';

const parser = createGeaCoreServices(EmptyFileSystem, { locale: 'en' }).gea.parser.LangiumParser;
const READ_NO_FURTHER = wordsFor('en').syntax.readNoFurther;
const NEXT = 'agency zz "Z" { kind agency }\nsystem zs { owner zz foo }\nsystem zt { owner zz bar }';

/**
 * `count` errors in a row inside one system's repetition of members: `system s { owner system` and
 * then `s { owner system` on each line, each `s` an unknown property (the `system` after `owner` is
 * its name, a keyword read as one on its statement's line).
 */
function errorsInARow(count: number): string {
  return Array.from({ length: count }, (_, index) => `${index === 0 ? 'system ' : ''}s { owner${index < count - 1 ? ' system' : ''}`).join(
    '\n',
  );
}

describe('recovery from syntax errors in a row', () => {
  it('recovers from each of a run of errors up to the bound, which fits the stack', () => {
    const { parserErrors } = parser.parse(errorsInARow(MAX_RECOVERY_DEPTH));
    expect(parserErrors).toHaveLength(MAX_RECOVERY_DEPTH);
    expect(parserErrors.filter((error) => error.message.includes(READ_NO_FURTHER))).toEqual([]);
  });

  it('stops at the first error past the bound, and parses the next text with recovery', () => {
    const broken = parser.parse(errorsInARow(MAX_RECOVERY_DEPTH * 4));
    expect(broken.parserErrors).toHaveLength(1);
    expect(broken.parserErrors[0]!.token.startLine).toBe(2);
    expect(broken.parserErrors[0]!.message).toMatch(/^`s` is not a property of a system; .*; the file is not read past this error/);
    const next = parser.parse(NEXT);
    expect(next.parserErrors).toHaveLength(2);
    expect((next.value as Model).declarations.map((declaration) => declaration.name)).toEqual(['zz', 'zs', 'zt']);
  });

  it('stops at the first error wherever the stack runs out', () => {
    // The stack running out is played by a RangeError thrown from the k-th call of a rule, before
    // the rule has begun its node: the point that left Langium's tree one node short and failed
    // the parse with a TypeError.
    const text = `${errorsInARow(3)}\n${NEXT}`;
    const wrapper = (parser as unknown as { wrapper: { wrapSubrule: (...args: unknown[]) => unknown } }).wrapper;
    const calls = (() => {
      let count = 0;
      wrapper.wrapSubrule = function (this: unknown, ...args: unknown[]) {
        count++;
        return Object.getPrototypeOf(wrapper).wrapSubrule.apply(this, args);
      };
      parser.parse(text);
      return count;
    })();
    try {
      for (let k = 1; k <= calls; k++) {
        let count = 0;
        wrapper.wrapSubrule = function (this: unknown, ...args: unknown[]) {
          if (++count === k) throw new RangeError('Maximum call stack size exceeded');
          return Object.getPrototypeOf(wrapper).wrapSubrule.apply(this, args);
        };
        const { parserErrors } = parser.parse(text);
        expect(parserErrors.map((error) => error.token.startLine)).toEqual([2]);
        expect(parserErrors[0]!.message.endsWith(READ_NO_FURTHER)).toBe(true);
      }
    } finally {
      delete (wrapper as { wrapSubrule?: unknown }).wrapSubrule;
    }
    expect(calls).toBeGreaterThan(20);
    expect(parser.parse(NEXT).parserErrors).toHaveLength(2);
  });

  it('says so in Mongolian by default', () => {
    const mongolian = createGeaCoreServices(EmptyFileSystem).gea.parser.LangiumParser;
    const [first] = mongolian.parse(errorsInARow(MAX_RECOVERY_DEPTH * 2)).parserErrors;
    expect(first!.message.endsWith(wordsFor('mn').syntax.readNoFurther)).toBe(true);
  });
});
