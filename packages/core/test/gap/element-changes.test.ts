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

  it("names a plateau's date, a law's enactment, a consumption's purpose and a waiver's rule, subject and reason", async () => {
    const model = async (text: string) =>
      (
        await analyze(`agency gasr "GASR" { }
platform khur "KHUR" { kind exchange operator gasr }
data citizen "Citizens" { owner gasr field id string key }
system registry "Registry" { owner gasr masters citizen }
interface info "Info" { provider registry via khur style rest version "1" operation get { method GET path "/c" output citizen } }
${text}`)
      ).model;
    const before = await model(`plateau target "T" { date 2028-01-01 }
law civil "Civil" { enacted 2020-01-01 }
system portal "Portal" { owner gasr consumes info { purpose "old" agreement "A" } }
waiver w { rule agreement-required on portal reason "first" }`);
    const after = await model(`plateau target "T" { date 2029-01-01 }
law civil "Civil" { enacted 2021-01-01 }
system portal "Portal" { owner gasr consumes info { purpose "new" agreement "A" } }
waiver w { rule sla-required on registry reason "second" }`);
    const changes = (id: string) => elementChanges(before.byId.get(id)!, after.byId.get(id)!);
    expect(changes('target')).toEqual([{ property: 'date', from: '2028-01-01', to: '2029-01-01' }]);
    expect(changes('civil')).toEqual([{ property: 'enacted', from: '2020-01-01', to: '2021-01-01' }]);
    expect(changes('portal')).toEqual([
      {
        property: 'consumes',
        from: ['info purpose "old" agreement "A"'],
        to: ['info purpose "new" agreement "A"'],
        added: ['info purpose "new" agreement "A"'],
        removed: ['info purpose "old" agreement "A"'],
      },
    ]);
    expect(changes('w')).toEqual([
      { property: 'rule', from: 'agreement-required', to: 'sla-required' },
      { property: 'on', from: 'portal', to: 'registry' },
      { property: 'reason', from: 'first', to: 'second' },
    ]);
  });

  it("names a consumption's legal bases and consent, so that changing only them is a change", async () => {
    const model = async (consumes: string) =>
      (
        await analyze(`agency gasr "GASR" { }
law pdp "PDP" { }
law civil "Civil" { }
platform khur "KHUR" { kind exchange operator gasr }
data citizen "Citizens" { owner gasr field id string key }
system registry "Registry" { owner gasr masters citizen }
interface info "Info" { provider registry via khur style rest version "1" operation get { method GET path "/c" output citizen } }
system portal "Portal" { owner gasr ${consumes} }`)
      ).model;
    const before = await model(`consumes info { purpose "p" legal-basis pdp "8.1" agreement "A" consent otp }`);
    const after = await model(`consumes info { purpose "p" legal-basis pdp "8.2" legal-basis civil agreement "A" consent signature, dan }`);
    const same = await model(`consumes info { consent otp agreement "A" legal-basis pdp "8.1" purpose "p" }`);
    const portal = (of: typeof before) => of.byId.get('portal')!;
    expect(elementChanges(portal(before), portal(after))).toEqual([
      {
        property: 'consumes',
        from: ['info purpose "p" legal-basis pdp "8.1" agreement "A" consent otp'],
        to: ['info purpose "p" legal-basis civil legal-basis pdp "8.2" agreement "A" consent dan, signature'],
        added: ['info purpose "p" legal-basis civil legal-basis pdp "8.2" agreement "A" consent dan, signature'],
        removed: ['info purpose "p" legal-basis pdp "8.1" agreement "A" consent otp'],
      },
    ]);
    expect(elementChanges(portal(before), portal(same))).toEqual([]);
  });
});
