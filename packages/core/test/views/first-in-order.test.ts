// A tooltip lists the first dozen of an edge's exchanges in code unit order: taken without sorting
// them all, they are the first of them sorted.
import { describe, expect, it } from 'vitest';
import { firstInOrder } from '../../src/views/first-in-order.js';

/** Seeded pseudo-random words of Latin and Cyrillic letters, some repeated. */
function words(count: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  const letters = 'abcxyzабвэюя0189→ ';
  return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 6) }, () => letters[next() % letters.length]).join(''));
}

describe('the first few strings in order', () => {
  it('are the first of them all sorted, whatever their number and order', () => {
    for (const [count, take] of [
      [0, 12],
      [5, 12],
      [12, 12],
      [13, 12],
      [400, 12],
      [400, 1],
      [50, 0],
    ] as const) {
      for (const seed of [1, 2, 3]) {
        const items = words(count, seed);
        expect(firstInOrder(items, take), `${count} ${take} ${seed}`).toEqual([...items].sort().slice(0, take));
      }
    }
  });

  it('takes any iterable, a set of lines included', () => {
    expect(firstInOrder(new Set(['b', 'a', 'c']), 2)).toEqual(['a', 'b']);
  });
});
