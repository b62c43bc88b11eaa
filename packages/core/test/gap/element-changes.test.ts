// What differs between two states of one element (changes.ts): property by property in the order
// of propertiesOf, whether both states state the same properties (compared pair by pair) or not (a
// name in a locale added or dropped between two revisions, compared by name).
import { describe, expect, it } from 'vitest';
import { elementChanges, type Element } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';

async function system(text: string): Promise<Element> {
  const { model } = await analyze(`agency gasr "GASR" { }\nagency ndc "NDC" { }\n${text}`);
  return model.byId.get('registry')!;
}

describe('elementChanges', () => {
  it('is empty for two states that say the same, and names each value that differs, in order', async () => {
    const declared = `system registry "Регистр" { name en "Registry" owner gasr criticality high }`;
    const before = await system(declared);
    expect(elementChanges(before, await system(declared))).toEqual([]);
    const after = await system(`system registry "Регистр" { name en "Register" owner ndc }`);
    expect(elementChanges(before, after)).toEqual([
      { property: 'name.en', from: 'Registry', to: 'Register' },
      { property: 'owner', from: 'gasr', to: 'ndc' },
      { property: 'criticality', from: 'high' },
    ]);
  });

  it('places a name dropped in a later revision after its neighbour, and one added where the later state has it', async () => {
    const both = await system(`system registry "Регистр" { name en "Registry" owner gasr }`);
    const one = await system(`system registry "Регистр" { owner ndc }`);
    expect(elementChanges(both, one)).toEqual([
      { property: 'name.en', from: 'Registry' },
      { property: 'owner', from: 'gasr', to: 'ndc' },
    ]);
    expect(elementChanges(one, both)).toEqual([
      { property: 'name.en', to: 'Registry' },
      { property: 'owner', from: 'ndc', to: 'gasr' },
    ]);
  });
});
