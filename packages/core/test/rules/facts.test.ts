import { describe, expect, it } from 'vitest';
import { computeFacts, modelAt } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';

const MODEL = `
agency gasr "А" { kind agency }
agency sia "Д" { kind agency }
data citizen "Иргэн" { owner gasr field id string key field name string personal field address string }
system registry "Бүртгэл" { owner gasr masters citizen }
interface names "Нэр" { provider registry operation get { input citizen { id } output citizen { name } } }
interface addresses "Хаяг" { provider registry operation get { output citizen { address } } }
system one "Нэг" { owner sia consumes names }
system both "Хоёр" { owner sia consumes names consumes addresses }`;

describe('model facts', () => {
  it('unions what a system receives, sharing an interface set until a second interface adds to it', async () => {
    const { model: whole } = await analyze(MODEL, { rules: [] });
    const model = modelAt(whole, whole.plateaus[0]!);
    const facts = computeFacts(model);
    const byId = (id: string) => model.systems.find((system) => system.id === id)!;
    const citizen = model.data[0]!;
    const [names, addresses] = model.interfaces;
    const carried = facts.carriedFields(names!).get(citizen)!;
    expect([...carried]).toEqual(['id', 'name']);
    expect(facts.receivedData(byId('one')).fields.get(citizen)).toBe(carried);
    expect([...facts.receivedData(byId('both')).fields.get(citizen)!]).toEqual(['id', 'name', 'address']);
    expect([...carried]).toEqual(['id', 'name']);
    expect([...facts.carriedFields(addresses!).get(citizen)!]).toEqual(['address']);
    expect(facts.isPersonalField(citizen, 'name')).toBe(true);
    expect(facts.isPersonalField(citizen, 'address')).toBe(false);
  });
});
