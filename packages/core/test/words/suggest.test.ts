import { describe, expect, it } from 'vitest';
import {
  closeNames,
  closestMatches,
  CloseMatches,
  editDistance,
  editDistanceWithin,
  endsWithPart,
  MOST_EDITS,
  withoutNamespaces,
} from '../../src/index.js';

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

describe('close names written short', () => {
  const VIEWS = [
    'context-mn.gov.gasr',
    'context-mn.gov.ndc',
    'dataflow-mn.gov.citizen',
    'landscape-current',
    'landscape-target',
    'mn.views.land',
    'mn.views.land_t',
    'signatures',
  ];

  it('reads a name without its namespaces, and its ending by whole parts', () => {
    expect(VIEWS.map(withoutNamespaces)).toEqual([
      'context-gasr',
      'context-ndc',
      'dataflow-citizen',
      'landscape-current',
      'landscape-target',
      'land',
      'land_t',
      'signatures',
    ]);
    expect(endsWithPart('mn.views.land', 'land')).toBe(true);
    expect(endsWithPart('landscape-current', 'current')).toBe(true);
    expect(endsWithPart('land', 'land')).toBe(true);
    expect(endsWithPart('mn.views.island', 'land')).toBe(false);
    expect(endsWithPart('land', '')).toBe(false);
  });

  it('suggests the names a short one stands for, then misspellings, endings and names containing it', () => {
    expect(closeNames('land', VIEWS)).toEqual(['mn.views.land', 'landscape-current', 'landscape-target', 'mn.views.land_t']);
    expect(closeNames('context-gasr', VIEWS)).toEqual(['context-mn.gov.gasr']);
    expect(closeNames('dataflow-citizen', VIEWS)).toEqual(['dataflow-mn.gov.citizen']);
    // Closest first: `gasr` is one edit away, `ndc` four (a third of the word).
    expect(closeNames('context-gars', VIEWS)).toEqual(['context-mn.gov.gasr', 'context-mn.gov.ndc']);
    expect(closeNames('mn.views.lan', VIEWS)).toEqual(['mn.views.land', 'mn.views.land_t']);
    expect(closeNames('gasr', VIEWS)).toEqual(['context-mn.gov.gasr']);
    expect(closeNames('nothing', VIEWS)).toEqual([]);
  });

  it('suggests at most a handful', () => {
    const many = Array.from({ length: 30 }, (_, index) => `landscape-p${index}`);
    expect(closeNames('landscape', many)).toHaveLength(5);
    expect(closeNames('landscape', many, 3)).toEqual(['landscape-p0', 'landscape-p1', 'landscape-p2']);
  });
});
