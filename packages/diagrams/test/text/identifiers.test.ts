import { describe, expect, it } from 'vitest';
import { asciiName, assignIdentifiers } from '../../src/text/identifiers.js';
import { hostile, viewGraph, viewGroup, viewNode } from './fixtures.js';

describe('text identifiers', () => {
  it('keeps ASCII names readable and spells Mongolian Cyrillic in Latin', () => {
    expect(asciiName('mn.gasr.civil_registry')).toBe('mn_gasr_civil_registry');
    expect(asciiName('мэдээлэл.Өргөдөл.үйлчилгээ')).toBe('medeelel_Orgodol_uilchilgee');
    expect(asciiName('名字')).toBe('u540du5b57');
  });

  it('gives every node and group a distinct identifier, prefixed so none is a keyword', () => {
    const ids = assignIdentifiers(hostile);
    const names = [...hostile.nodes.map((node) => ids.node(node.id)!), ...hostile.groups.map((group) => ids.group(group.id)!)];
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[ng]_[A-Za-z0-9_]*$/);
    expect(ids.node('end')).toBe('n_end');
    expect(ids.group('subgraph')).toBe('g_subgraph');
  });

  it('settles ids that clash once made ASCII by sorted id, whatever the order of the view', () => {
    const nodes = ['a.b', 'a_b', 'a-b', 'a.b_2'].map((id) => viewNode(id, 'system'));
    const forwards = assignIdentifiers(viewGraph({ nodes }));
    const backwards = assignIdentifiers(viewGraph({ nodes: [...nodes].reverse() }));
    for (const { id } of nodes) expect(backwards.node(id)).toBe(forwards.node(id));
    expect(['a-b', 'a.b', 'a.b_2', 'a_b'].map((id) => forwards.node(id))).toEqual(['n_a_b', 'n_a_b_2', 'n_a_b_2_2', 'n_a_b_3']);
  });

  it('keeps node and group identifiers apart when a node and a group share an id', () => {
    const ids = assignIdentifiers(viewGraph({ nodes: [viewNode('mn.gasr', 'agency')], groups: [viewGroup('mn.gasr', 'agency')] }));
    expect([ids.node('mn.gasr'), ids.group('mn.gasr')]).toEqual(['n_mn_gasr', 'g_mn_gasr']);
    expect(ids.node('nothing')).toBeUndefined();
  });

  it('can count names that differ only in case as one, and cap their length, for D2', () => {
    const nodes = ['Registry', 'registry', 'a'.repeat(40), `${'a'.repeat(40)}b`].map((id) => viewNode(id, 'system'));
    const ids = assignIdentifiers(viewGraph({ nodes }), { caseInsensitive: true, maxLength: 12 });
    expect(nodes.map((node) => ids.node(node.id))).toEqual(['n_Registry', 'n_registry_2', 'n_aaaaaaaaaa', 'n_aaaaaaaaaa_2']);
    expect(assignIdentifiers(viewGraph({ nodes })).node('registry')).toBe('n_registry');
  });
});
