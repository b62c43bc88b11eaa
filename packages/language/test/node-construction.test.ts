// gea's parser finishes a node as Langium's does (node-construction.ts): every type of the grammar
// gets the same defaults in the same order, each node its own lists; a rule called without an
// assignment takes over the node being built as Langium's `assignWithoutOverride` has it.
import { AstUtils, EmptyFileSystem, LangiumParser } from 'langium';
import { describe, expect, it } from 'vitest';
import { createGeaCoreServices } from '../src/index.js';
import { assignWithoutOverride, PropertyDefaults } from '../src/syntax/node-construction.js';

const { gea } = createGeaCoreServices(EmptyFileSystem, { locale: 'en' });
const reflection = gea.shared.AstReflection;

describe('a finished node', () => {
  it('has the defaults Langium gives it, for every type', () => {
    const defaults = new PropertyDefaults(reflection);
    const types = reflection.getAllTypes();
    let withDefaults = 0;
    for (const type of types) {
      const ours = { $type: type };
      const theirs = { $type: type };
      defaults.assign(ours);
      AstUtils.assignMandatoryProperties(reflection, theirs);
      expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
      if (Object.keys(ours).length > 1) withDefaults++;
    }
    expect(types.length).toBeGreaterThan(50);
    expect(withDefaults).toBeGreaterThan(20);
  });

  it('keeps what it was assigned, and has lists of its own', () => {
    const defaults = new PropertyDefaults(reflection);
    const type = reflection
      .getAllTypes()
      .find((name) => Object.values(reflection.getTypeMetaData(name).properties).some((property) => Array.isArray(property.defaultValue)))!;
    const list = Object.values(reflection.getTypeMetaData(type).properties).find((property) => Array.isArray(property.defaultValue))!.name;
    const first: Record<string, unknown> = { $type: type };
    const second: Record<string, unknown> = { $type: type };
    const assigned = ['kept'];
    const third: Record<string, unknown> = { $type: type, [list]: assigned };
    for (const node of [first, second, third]) defaults.assign(node as { $type: string });
    expect(first[list]).toEqual([]);
    expect(first[list]).not.toBe(second[list]);
    expect(third[list]).toBe(assigned);
  });
});

describe('a rule called without an assignment', () => {
  it('takes over the node being built as Langium has it', () => {
    const langiums = (LangiumParser.prototype as unknown as { assignWithoutOverride: typeof assignWithoutOverride }).assignWithoutOverride;
    const source = () => ({ $type: 'Outer', name: 'outer', items: [1, 2], flag: true, $cstNode: 'outer node' });
    const target = () => ({ $type: 'Inner', items: [3], flag: false, $cstNode: 'inner node' });
    const [ourSource, ourTarget] = [source(), target()];
    const ours = assignWithoutOverride(ourTarget, ourSource);
    expect(ours).toBe(ourTarget);
    expect(ours).toEqual({ $type: 'Inner', items: [1, 2, 3], flag: false, $cstNode: undefined, name: 'outer' });
    expect(ours.items).toBe(ourSource.items);
    const theirs = langiums(target(), source());
    expect(JSON.stringify(Object.entries(ours))).toBe(JSON.stringify(Object.entries(theirs)));
  });
});
