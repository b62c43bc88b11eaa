import { describe, expect, it } from 'vitest';
import { closestMatches, CloseMatches, editDistance, editDistanceWithin, MOST_EDITS } from '../../src/index.js';

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['gars', 'gasr'],
  ['gasr', 'gasr'],
  ['', 'abc'],
  ['abc', ''],
  ['register_no', 'registr_no'],
  ['mn.a001.s12', 'mn.a002.s21'],
  ['mn.a001.s12', 'mn.b777.d99'],
  ['Бүртгэл', 'Бүртгал'],
  ['иргэн', 'гэрчилгээ'],
  ['kitten', 'sitting'],
  ['abcdef', 'badcfe'],
];

describe('close names', () => {
  it('measures up to a bound what the full table measures, and says past it when further', () => {
    for (const [a, b] of PAIRS) {
      const distance = editDistance(a, b);
      for (let most = 0; most <= 6; most++) {
        const within = editDistanceWithin(a, b, most);
        if (distance <= most) expect(within, `${a} ${b} ${most}`).toBe(distance);
        else expect(within, `${a} ${b} ${most}`).toBeGreaterThan(most);
      }
    }
  });

  it('measures as the full table does on random words of a small alphabet, the rows reused from longer ones', () => {
    let seed = 7;
    const random = (below: number) => (((seed = (seed * 1103515245 + 12345) % 2147483648) % below) + below) % below;
    const word = () => Array.from({ length: random(12) }, () => 'abc'[random(3)]).join('');
    editDistanceWithin('x'.repeat(300), 'y'.repeat(300), 400);
    for (let round = 0; round < 400; round++) {
      const [a, b] = [word(), word()];
      const distance = editDistance(a, b);
      for (const most of [0, 1, 2, 3, 5, 8]) {
        const within = editDistanceWithin(a, b, most);
        if (distance <= most) expect(within, `${a} ${b} ${most}`).toBe(distance);
        else expect(within, `${a} ${b} ${most}`).toBeGreaterThan(most);
      }
    }
  });

  it('finds the name a very long misspelt one meant without comparing every letter with every other', () => {
    const name = `a${'б'.repeat(200_000)}`;
    expect(closestMatches(`${name}x`, [name, 'gasr'])).toEqual([name]);
    expect(closestMatches(`${'x'.repeat(MOST_EDITS + 1)}${name.slice(MOST_EDITS + 1)}`, [name])).toEqual([]);
  });

  it('matches many words against names made ready once, as one call per word does', () => {
    const names = ['gasr', 'gsar', 'mn.gasr', 'mn.tax.mta', 'register_no', 'registry', 'Бүртгэл', 'gasr', 'GASR2'];
    const ready = new CloseMatches(names);
    for (const word of ['gars', 'mn.gars', 'registr_no', 'Бүртгал', 'gasr2', 'nothing-like-it', 'g']) {
      expect(ready.to(word), word).toEqual(closestMatches(word, names));
      expect(ready.to(word, 1), word).toEqual(closestMatches(word, names, 1));
    }
    expect(ready.to('gars')).toEqual(['gasr']);
    expect(ready.to('gasr2')).toEqual(['GASR2', 'gasr']);
  });
});
