import { describe, expect, it } from 'vitest';
import { closestMatches, CloseMatches, editDistance, editDistanceWithin } from '../../src/index.js';

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
