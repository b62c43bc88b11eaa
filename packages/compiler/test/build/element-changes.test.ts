// Which ways of reading an element make a remembered view stale after an edit (element-changes.ts):
// each rule on a model of four elements — a system that names an interface that names a platform,
// and one more. The battery of edits in remembered-views.test.ts checks that together they miss
// no view; these say what each one is for.
import { describe, expect, it } from 'vitest';
import type { SemanticModel } from '@gea-arch/core';
import { DRAWN, FOLLOWED, SHOWN, staleMasks, type ElementRecord } from '../../src/build/element-changes.js';

const record = (id: string, names: string[] = [], digests: Partial<ElementRecord> = {}): ElementRecord => ({
  id,
  full: `${id} full`,
  label: `${id} label`,
  rest: `${id} rest`,
  names,
  ...digests,
});

const BEFORE = [record('s', ['i']), record('i', ['p']), record('p'), record('x')];
const MODEL = { elements: BEFORE.map(({ id }) => ({ id, source: { uri: id === 'x' ? 'file:///x.gea' : 'file:///m.gea' } })) };

/** The masks by id after `after`, with the findings before and after. */
function masksAfter(after: readonly ElementRecord[], findings: [Record<string, string>, Record<string, string>] = [{}, {}]) {
  const changes = staleMasks(
    BEFORE,
    after,
    new Map(Object.entries(findings[0])),
    new Map(Object.entries(findings[1])),
    MODEL as unknown as SemanticModel,
  );
  return { masks: Object.fromEntries(BEFORE.map(({ id }, index) => [id, changes.masks[index]])), beyondNames: changes.beyondNames };
}

describe('what an edit makes stale', () => {
  it('is nothing when nothing changed', () => {
    expect(masksAfter(BEFORE)).toEqual({ masks: { s: 0, i: 0, p: 0, x: 0 }, beyondNames: false });
  });

  it('is the views that show an element whose description changed, views of the whole model aside', () => {
    const after = BEFORE.map((element) => (element.id === 'p' ? { ...element, full: 'p described' } : element));
    expect(masksAfter(after)).toEqual({ masks: { s: 0, i: 0, p: SHOWN, x: 0 }, beyondNames: false });
  });

  it('is, for a relabelled element, the views that show it and those that draw what names it', () => {
    const after = BEFORE.map((element) => (element.id === 'i' ? { ...element, full: 'i renamed', label: 'i renamed' } : element));
    expect(masksAfter(after)).toEqual({ masks: { s: SHOWN | DRAWN, i: SHOWN, p: 0, x: 0 }, beyondNames: true });
  });

  it('is, for an element that changed more than its names, what draws it or names it twice over, and what follows what it names', () => {
    const changed = { full: 'p changed', label: 'p changed', rest: 'p changed' };
    const after = BEFORE.map((element) => (element.id === 'p' ? { ...element, ...changed } : element));
    // The interface names the platform (its routes), the system names the interface.
    expect(masksAfter(after).masks).toEqual({ s: SHOWN | DRAWN, i: SHOWN | DRAWN, p: SHOWN | DRAWN, x: 0 });
    const rewired = BEFORE.map((element) =>
      element.id === 's' ? { ...element, full: 's2', label: 's2', rest: 's2', names: ['x'] } : element,
    );
    // The lists of what names the interface (before) and the other element (after) changed.
    expect(masksAfter(rewired).masks).toEqual({ s: SHOWN | DRAWN, i: FOLLOWED, p: 0, x: FOLLOWED });
  });

  it('is every view that read an element gone', () => {
    const after = BEFORE.filter((element) => element.id !== 'x');
    expect(masksAfter(after)).toEqual({ masks: { s: 0, i: 0, p: 0, x: SHOWN | DRAWN | FOLLOWED }, beyondNames: true });
  });

  it('is what shows or draws an element whose findings changed, or anything in a file whose findings did', () => {
    expect(masksAfter(BEFORE, [{ '#i': 'a' }, { '#i': 'b' }])).toEqual({
      masks: { s: 0, i: SHOWN | DRAWN, p: 0, x: 0 },
      beyondNames: true,
    });
    expect(masksAfter(BEFORE, [{}, { '@file:///x.gea': 'a' }]).masks).toEqual({ s: 0, i: 0, p: 0, x: SHOWN | DRAWN });
  });
});
