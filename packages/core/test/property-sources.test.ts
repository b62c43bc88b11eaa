import { describe, expect, it } from 'vitest';
import { NO_PROPERTY_SOURCES, PropertySourcesBuilder, type SourceRange } from '../src/index.js';

const range = (line: number, from: number, to: number): SourceRange => ({
  uri: 'file:///ws/a.gea',
  start: { line, character: from },
  end: { line, character: to },
});

describe('where each property was written', () => {
  it('gives each keyword’s range back, in the order written', () => {
    const sources = new PropertySourcesBuilder('file:///ws/a.gea');
    sources.add('owner', range(4, 2, 9));
    sources.add('classification', range(5, 2, 25));
    const built = sources.build();
    expect(JSON.parse(JSON.stringify(built.get('owner')))).toEqual(range(4, 2, 9));
    expect(built.get('classification')).toMatchObject(range(5, 2, 25));
    expect(built.keywords()).toEqual(['owner', 'classification']);
    expect(built.has('owner')).toBe(true);
    expect(built.has('operator')).toBe(false);
    expect(built.get('operator')).toBeUndefined();
  });

  it('knows a keyword once it is added, so the first of each is kept', () => {
    const sources = new PropertySourcesBuilder('file:///ws/a.gea');
    expect(sources.has('owner')).toBe(false);
    sources.add('owner', range(4, 2, 9));
    expect(sources.has('owner')).toBe(true);
  });

  it('starts over for the next declaration, each built list its own', () => {
    const sources = new PropertySourcesBuilder('file:///ws/a.gea');
    sources.add('owner', range(4, 2, 9));
    const first = sources.build();
    sources.restart('file:///ws/b.gea').add('classification', range(1, 0, 20));
    const second = sources.build();
    expect(first.keywords()).toEqual(['owner']);
    expect(first.get('owner')).toMatchObject({ uri: 'file:///ws/a.gea', start: { line: 4, character: 2 } });
    expect(second.keywords()).toEqual(['classification']);
    expect(second.get('classification')?.uri).toBe('file:///ws/b.gea');
    expect(sources.restart('file:///ws/c.gea').build()).toBe(NO_PROPERTY_SOURCES);
  });

  it('after a longer declaration, knows nothing of it beyond what the next one adds', () => {
    const sources = new PropertySourcesBuilder('file:///ws/a.gea');
    sources.add('owner', range(4, 2, 9));
    sources.add('classification', range(5, 2, 25));
    sources.add('privacy', range(6, 2, 17));
    sources.build();
    sources.restart('file:///ws/a.gea');
    expect(sources.has('classification')).toBe(false);
    sources.add('privacy', range(9, 2, 17));
    expect(sources.has('owner')).toBe(false);
    expect(sources.has('privacy')).toBe(true);
    const shorter = sources.build();
    expect(shorter.keywords()).toEqual(['privacy']);
    expect(shorter.get('privacy')).toMatchObject(range(9, 2, 17));
    expect(shorter.get('owner')).toBeUndefined();
  });

  it('shares one empty value where nothing was written', () => {
    expect(new PropertySourcesBuilder('file:///ws/a.gea').build()).toBe(NO_PROPERTY_SOURCES);
    expect(NO_PROPERTY_SOURCES.keywords()).toEqual([]);
    expect(NO_PROPERTY_SOURCES.get('owner')).toBeUndefined();
  });

  it('is frozen, as the model is', () => {
    const sources = new PropertySourcesBuilder('file:///ws/a.gea');
    sources.add('owner', range(4, 2, 9));
    expect(Object.isFrozen(sources.build())).toBe(true);
  });
});
