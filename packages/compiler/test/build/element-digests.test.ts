// One digest of what a file is made from (element-digests.ts `ofInputs`): the same whatever order
// the elements come in, and another when an element it reads or shows says something else, when
// one more is read or shown, or when the text beside them differs.
import { describe, expect, it } from 'vitest';
import type { Element, SemanticModel } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';
import { ElementDigests } from '../../src/build/element-digests.js';

const MODEL = `
agency mof "Сангийн яам" { }
agency mod "Батлан хамгаалах яам" { }
system tax "Татварын систем" { owner mof }
system pay "Цалингийн систем" { owner mod }
data citizen "Иргэн" { owner mof }
`;

async function modelOf(text: string): Promise<SemanticModel> {
  return (await analyze(text)).model;
}

function elements(model: SemanticModel, ...ids: string[]): Element[] {
  return ids.map((id) => model.byId.get(id)!);
}

describe('ElementDigests.ofInputs', () => {
  it('is the same whatever order the elements and their kinds of use come in', async () => {
    const model = await modelOf(MODEL);
    const digests = ElementDigests.of(model);
    const one = digests.ofInputs(elements(model, 'tax', 'pay'), elements(model, 'citizen'), ['a', 'b']);
    expect(digests.ofInputs(elements(model, 'pay', 'tax'), elements(model, 'citizen'), ['a', 'b'])).toBe(one);
    // An element read brings the elements it names (an owner): showing them as well changes nothing.
    expect(digests.ofInputs(elements(model, 'pay', 'tax'), elements(model, 'citizen', 'mod', 'mof'), ['a', 'b'])).toBe(one);
    expect(digests.ofInputs(elements(model, 'pay', 'tax', 'tax'), elements(model, 'citizen'), ['a', 'b'])).toBe(one);
  });

  it('changes when an element read, one it names or one shown says something else', async () => {
    const before = await modelOf(MODEL);
    const digest = (model: SemanticModel) => ElementDigests.of(model).ofInputs(elements(model, 'tax'), elements(model, 'citizen'), []);
    const same = await modelOf(MODEL);
    expect(digest(same)).toBe(digest(before));
    for (const [from, to] of [
      ['"Татварын систем"', '"Татварын нэгдсэн систем"'],
      ['"Сангийн яам"', '"Сангийн яам (шинэ)"'],
      ['"Иргэн"', '"Иргэд"'],
      ['system tax "Татварын систем" { owner mof }', 'system tax "Татварын систем" { owner mod }'],
    ] as const) {
      expect(digest(await modelOf(MODEL.replace(from, to))), `${from} → ${to}`).not.toBe(digest(before));
    }
  });

  it('changes with one more element, and with the text beside them', async () => {
    const model = await modelOf(MODEL);
    const digests = ElementDigests.of(model);
    const one = digests.ofInputs(elements(model, 'tax'), [], ['a', 'b']);
    expect(digests.ofInputs(elements(model, 'tax'), elements(model, 'citizen'), ['a', 'b'])).not.toBe(one);
    expect(digests.ofInputs(elements(model, 'tax', 'pay'), [], ['a', 'b'])).not.toBe(one);
    expect(digests.ofInputs(elements(model, 'tax'), [], ['ab'])).not.toBe(one);
    expect(digests.ofInputs(elements(model, 'tax'), [], ['b', 'a'])).not.toBe(one);
  });

  it('counts an element not read in full by its names in the locales given, without its descriptions', async () => {
    const text = (tax: string) => MODEL.replace('system tax "Татварын систем" { owner mof }', tax);
    const digest = (model: SemanticModel) =>
      ElementDigests.of(model).ofInputs(elements(model, 'tax'), elements(model, 'citizen'), [], {
        locales: ['mn'],
        inFull: (element) => element.kind === 'data',
      });
    const before = await modelOf(text('system tax "Татварын систем" { owner mof name en "Tax system" }'));
    const same = [
      'system tax "Татварын систем" { owner mof name en "Tax" }',
      'system tax "Татварын систем" { owner mof description "Татвар" }',
      'system tax "Татварын систем" { owner mof name ru "Налог" description en "Tax" }',
    ];
    for (const tax of same) expect(digest(await modelOf(text(tax))), tax).toBe(digest(before));
    const other = [
      text('system tax "Татварын нэгдсэн систем" { owner mof name en "Tax system" }'),
      text('system tax "Татварын систем" { owner mod name en "Tax system" }'),
      text('system tax "Татварын систем" { owner mof name en "Tax system" criticality high }'),
      // The agency it names, named in the locale given.
      text('system tax "Татварын систем" { owner mof name en "Tax system" }').replace('"Сангийн яам"', '"Сангийн яам (шинэ)"'),
    ];
    for (const changed of other) expect(digest(await modelOf(changed)), changed).not.toBe(digest(before));
    // …and not by its description.
    const agency = text('system tax "Татварын систем" { owner mof name en "Tax system" }').replace(
      'agency mof "Сангийн яам" { }',
      'agency mof "Сангийн яам" { description "Төсөв" name en "Ministry of Finance" }',
    );
    expect(digest(await modelOf(agency))).toBe(digest(before));
    // Read in full, the data asset counts with every name and description.
    const described = await modelOf(
      text('system tax "Татварын систем" { owner mof name en "Tax system" }').replace(
        'data citizen "Иргэн" { owner mof }',
        'data citizen "Иргэн" { owner mof description "Иргэд" }',
      ),
    );
    expect(digest(described)).not.toBe(digest(before));
    // Without `namedIn`, every element counts in full.
    const full = (model: SemanticModel) => ElementDigests.of(model).ofInputs(elements(model, 'tax'), [], []);
    expect(full(await modelOf(text(same[1]!)))).not.toBe(full(before));
  });
});
