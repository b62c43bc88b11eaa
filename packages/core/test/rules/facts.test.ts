import { describe, expect, it } from 'vitest';
import { type AssetShapes, computeFacts, modelAt } from '@gea-arch/core';
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
    expect(facts.receivedData(byId('one')).fieldsOf(citizen)).toBe(carried);
    expect([...facts.receivedData(byId('both')).fieldsOf(citizen)!]).toEqual(['id', 'name', 'address']);
    expect([...carried]).toEqual(['id', 'name']);
    expect([...facts.carriedFields(addresses!).get(citizen)!]).toEqual(['address']);
    expect(facts.isPersonalField(citizen, 'name')).toBe(true);
    expect(facts.isPersonalField(citizen, 'address')).toBe(false);
  });
});

const CARRIED = `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency gasr "А" { kind agency }
data citizen "Иргэн" { owner gasr field id string key field name string personal }
data person "Хүн" { owner gasr privacy personal field id string key }
data secret "Нууц" { owner gasr classification secret field id string key }
data later "Дараа" { owner gasr from target field id string key field name string }
data form "Маягт" { owner gasr field id string key field y string field x string }
data sheet "Хуудас" { owner gasr field id string key field p string field q string }
system registry "Бүртгэл" { owner gasr masters citizen masters person masters secret }
interface ids "Дугаар" { provider registry operation get { input citizen { id } output citizen { id } } }
interface names "Нэр" { provider registry operation get { output citizen { name } } }
interface all "Бүгд" { provider registry operation a { output citizen } operation b { output person } operation c { output secret } }
interface mixed "Холимог" { provider registry operation a { output citizen { id } } operation b { output secret } }
system reader "Уншигч" { owner gasr consumes ids consumes all }`;

describe('facts read from the payloads', () => {
  it('tells the assets an interface carries, and which are personal or classified, by the fields it carries', async () => {
    const { model: whole } = await analyze(CARRIED, { rules: [] });
    const model = modelAt(whole, whole.plateaus[0]!);
    const facts = computeFacts(model);
    const api = (id: string) => model.interfaces.find((each) => each.id === id)!;
    const data = (id: string) => model.data.find((each) => each.id === id)!;
    const ids = (list: readonly { id: string }[]) => list.map((each) => each.id);
    expect(ids(facts.carriedData(api('ids')))).toEqual(['citizen']);
    expect(ids(facts.carriedData(api('all')))).toEqual(['citizen', 'person', 'secret']);
    // Only `id` of citizen: no personal field; `name` is one; all of citizen carries it; person is personal throughout.
    expect(ids(facts.personalDataCarried(api('ids')))).toEqual([]);
    expect(ids(facts.personalDataCarried(api('names')))).toEqual(['citizen']);
    expect(ids(facts.personalDataCarried(api('all')))).toEqual(['citizen', 'person']);
    // All of secret is carried, none of citizen's personal fields: citizen is not personal here.
    expect(ids(facts.personalDataCarried(api('mixed')))).toEqual([]);
    expect(ids(facts.classifiedDataCarried(api('all')))).toEqual(['secret']);
    expect(ids(facts.classifiedDataCarried(api('names')))).toEqual([]);
    const received = facts.receivedData(model.systems.find((each) => each.id === 'reader')!);
    expect(received.known).toBe(true);
    expect(ids([...received.assets])).toEqual(['citizen', 'person', 'secret']);
    expect([...received.fieldsOf(data('citizen'))!]).toEqual(['id', 'name']);
    expect(received.fieldsOf(data('person'))).toBe(facts.carriedFields(api('all')).get(data('person')));
    expect(received.fieldsOf(model.data.find((each) => each.id === 'citizen')!)).toBe(received.fieldsOf(data('citizen')));
    expect(facts.receivedData(model.systems.find((each) => each.id === 'registry')!).assets.size).toBe(0);
  });

  it("indexes a plateau's keyed assets by shape from its whole model's index: the assets there, as they stand there", async () => {
    const { model: whole } = await analyze(CARRIED, { rules: [] });
    const [current, target] = whole.plateaus.map((plateau) => modelAt(whole, plateau));
    const now = computeFacts(current!).assetShapes();
    const then = computeFacts(target!).assetShapes();
    expect(now.inSourceOrder.map((data) => data.id)).toEqual(['citizen', 'person', 'secret', 'form', 'sheet']);
    expect(then.inSourceOrder.map((data) => data.id)).toEqual(['citizen', 'person', 'secret', 'later', 'form', 'sheet']);
    for (const data of now.inSourceOrder) expect(current!.data).toContain(data);
    for (const data of then.inSourceOrder) expect(target!.data).toContain(data);
    // person and secret have the same shape (one key, `id`), and so have later and citizen.
    const shape = (index: AssetShapes, id: string) => index.shapes[index.inSourceOrder.findIndex((data) => data.id === id)];
    expect(shape(now, 'person')).toBe(shape(now, 'secret'));
    expect(shape(now, 'citizen')).toBe(shape(then, 'citizen'));
    expect(shape(then, 'later')).toBe(shape(then, 'citizen'));
    expect(shape(now, 'citizen')!.names).toEqual(['id', 'name']);
    expect(shape(now, 'form')!.names).toEqual(['id', 'x', 'y']);
    // Alike: half of the smaller shape's names in common. form and sheet share only `id` of three.
    expect(shape(now, 'form')!.alike).toEqual(expect.arrayContaining([shape(now, 'citizen'), shape(now, 'person')]));
    expect(shape(now, 'form')!.alike).not.toContain(shape(now, 'sheet'));
    expect(shape(now, 'sheet')!.alike).not.toContain(shape(now, 'form'));
    const ofWhole = computeFacts(whole).assetShapes();
    expect(ofWhole.inSourceOrder.map((data) => data.id)).toEqual(['citizen', 'person', 'secret', 'later', 'form', 'sheet']);
  });

  it('gives a shape its distinct field names sorted and its key names as first written, whatever the order of the fields', async () => {
    const { model } = await analyze(
      `agency gasr "А" { kind agency }
data one "Нэг" { owner gasr field b string key field я string field a string key field b string }
data two "Хоёр" { owner gasr field a string key field я string field b string key field a string }
data three "Гурав" { owner gasr field b string key field a string }`,
      { rules: [] },
    );
    const { inSourceOrder, shapes } = computeFacts(model).assetShapes();
    expect(inSourceOrder.map((data) => data.id)).toEqual(['one', 'two', 'three']);
    const [one, two, three] = shapes;
    expect(one!.names).toEqual(['a', 'b', 'я']);
    expect(one!.keys).toEqual(['b', 'a']);
    // The same names and keys in another order: the same shape.
    expect(two).toBe(one);
    expect(three!.names).toEqual(['a', 'b']);
    expect(three!.keys).toEqual(['b']);
    expect(three!.alike).toEqual([one]);
    expect(one!.alike).toEqual([three]);
  });
});
