// What a kept projection's updates touched, version by version (decision 0036): the rules that
// missed some updates find again what any of them touched, and run whole past what is remembered.
import { describe, expect, it } from 'vitest';
import { ProjectionHistory, type ProjectionStep } from '../src/model/projection-history.js';
import type { Element } from '../src/model/types.js';

const element = (id: string) => ({ id, kind: 'system' }) as unknown as Element;
const step = (
  parts: Partial<Record<'added' | 'repointed' | 'relisted', Element[]>> & { removed?: Element[]; ids?: string[] },
): ProjectionStep => ({
  added: new Set(parts.added),
  repointed: new Set(parts.repointed),
  relisted: new Set(parts.relisted),
  ids: new Set(parts.ids),
  removed: parts.removed ?? [],
});
const ids = (set: ReadonlySet<Element>) => [...set].map((each) => each.id).sort();

describe('a projection history', () => {
  it('gives what the updates since a version touched, without the copies let go since', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(element) as [Element, Element, Element, Element];
    const history = new ProjectionHistory();
    history.record(step({ added: [a], repointed: [b], ids: ['a'] }));
    history.record(step({ relisted: [c], removed: [a], ids: ['a'] }));
    history.record(step({ added: [d], repointed: [c] }));
    expect(history.version).toBe(3);
    const since = history.since(0)!;
    expect([ids(since.added), ids(since.repointed), ids(since.relisted)]).toEqual([['d'], ['b', 'c'], ['c']]);
    expect(since.removed).toEqual([a]);
    expect([...since.ids]).toEqual(['a']);
    expect(history.isGone(a)).toBe(true);
    expect(ids(history.since(2)!.added)).toEqual(['d']);
    const none = history.since(3)!;
    expect([none.added.size, none.repointed.size, none.relisted.size, none.removed.length]).toEqual([0, 0, 0, 0]);
  });

  it('forgets updates past the last sixteen: who missed them is told nothing', () => {
    const history = new ProjectionHistory();
    for (let index = 0; index < 20; index++) history.record(step({ added: [element(`e${index}`)] }));
    expect(history.since(3)).toBeUndefined();
    expect(history.since(4)!.added.size).toBe(16);
    expect(history.since(21)).toBeUndefined();
  });
});
