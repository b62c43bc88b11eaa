import { describe, expect, it } from 'vitest';
import { NumberedRange, type SourceRange } from '../src/index.js';

const plain: SourceRange = { uri: 'file:///ws/a.gea', start: { line: 3, character: 2 }, end: { line: 7, character: 1 } };

describe('a range kept as its numbers', () => {
  it('reads and serializes as the plain range it stands for', () => {
    const range = new NumberedRange('file:///ws/a.gea', 3, 2, 7, 1);
    expect(range.uri).toBe(plain.uri);
    expect(range.start).toEqual(plain.start);
    expect(range.end).toEqual(plain.end);
    expect(range).toMatchObject(plain);
    expect(JSON.parse(JSON.stringify(range))).toEqual(plain);
    expect(JSON.parse(JSON.stringify({ source: range }))).toEqual({ source: plain });
  });

  it('runs from its start to the end of another range, numbered or plain', () => {
    const head = new NumberedRange('file:///ws/a.gea', 3, 2, 7, 1).through(new NumberedRange('file:///ws/a.gea', 3, 9, 3, 14));
    expect(JSON.parse(JSON.stringify(head))).toEqual({ uri: plain.uri, start: { line: 3, character: 2 }, end: { line: 3, character: 14 } });
    const untilPlain = new NumberedRange('file:///ws/a.gea', 3, 2, 7, 1).through({ ...plain, end: { line: 4, character: 5 } });
    expect(untilPlain).toMatchObject({ start: { line: 3, character: 2 }, end: { line: 4, character: 5 } });
  });
});
