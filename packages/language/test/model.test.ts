import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { existsAt, plateausOf, type SemanticModel } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';
import { EVERY_CONSTRUCT as EVERY_CONSTRUCT_PATH } from '@gea-arch/fixtures';

const EVERY_CONSTRUCT = readFileSync(EVERY_CONSTRUCT_PATH, 'utf8');

async function modelOf(text: string | Record<string, string>): Promise<SemanticModel> {
  return (await analyze(text, { rules: [] })).model;
}

const PLATEAUS = `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
plateau later "Дараа" { date 2030-01-01 }
`;

describe('semantic model', () => {
  it('orders plateaus by date', async () => {
    const model = await modelOf('plateau b { date 2030-01-01 }\nplateau a { date 2026-01-01 }');
    expect(model.plateaus.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('stands in an implicit plateau `now` when none is declared', async () => {
    const { model } = await analyze('agency a { kind agency }', { rules: [], evaluationDate: '2026-03-04' });
    expect(model.plateaus).toHaveLength(1);
    expect(model.plateaus[0]).toMatchObject({ id: 'now', implicit: true, date: '2026-03-04' });
    expect(existsAt(model.agencies[0]!, model.plateaus[0]!)).toBe(true);
  });

  it('decides existence from `from` and `until` by plateau date', async () => {
    const model = await modelOf(`${PLATEAUS}
      agency always { kind agency }
      agency newcomer { kind agency from target }
      agency retiring { kind agency until target }
      agency window { kind agency from target until later }
      agency never { kind agency from target until target }`);
    const at = (id: string) => plateausOf(model.byId.get(id)!, model.plateaus).map((p) => p.id);
    expect(at('always')).toEqual(['current', 'target', 'later']);
    expect(at('newcomer')).toEqual(['target', 'later']);
    expect(at('retiring')).toEqual(['current']);
    expect(at('window')).toEqual(['target']);
    expect(at('never')).toEqual([]);
  });

  it('gives statements their own lifecycle within their system', async () => {
    const model = await modelOf(`${PLATEAUS}
      agency a { kind agency }
      data d { owner a }
      data e { owner a }
      interface i { provider s }
      system s { owner a masters d (until target) masters e (from target) uses p (from later) consumes i { from target } }
      platform p { kind exchange operator a }
      system gone { owner a until target masters e (from later) }`);
    const s = model.byId.get('s');
    if (s?.kind !== 'system') throw new Error('no system');
    const at = (thing: Parameters<typeof existsAt>[0]) => plateausOf(thing, model.plateaus).map((p) => p.id);
    expect(at(s.masters[0]!)).toEqual(['current']);
    expect(at(s.masters[1]!)).toEqual(['target', 'later']);
    expect(at(s.uses[0]!)).toEqual(['later']);
    expect(at(s.consumes[0]!)).toEqual(['target', 'later']);
    const gone = model.byId.get('gone');
    if (gone?.kind !== 'system') throw new Error('no system');
    expect(at(gone.masters[0]!)).toEqual([]);
  });

  it('records references both ways', async () => {
    const model = await modelOf(EVERY_CONSTRUCT);
    const get = <K extends string>(id: string, kind: K) => {
      const element = model.byId.get(`mn.tour.${id}`);
      if (element?.kind !== kind) throw new Error(`${id} is not a ${kind}`);
      return element as Extract<typeof element, { kind: K }>;
    };
    const citizen = get('citizen', 'data');
    const registry = get('registry', 'system');
    const consumer = get('consumer', 'system');
    const lookup = get('lookup', 'interface');
    const ndc = get('ndc', 'agency');
    const khur = get('khur', 'platform');
    const issuing = get('issuing', 'trust');
    const rootCa = get('root_ca', 'trust');

    expect(citizen.masteredBy.map((m) => m.system)).toEqual([registry]);
    expect(citizen.storedBy.map((s) => s.system)).toEqual([consumer]);
    expect(citizen.carriedBy.map((p) => `${p.interface.localName}.${p.carrier}.${p.role}`)).toEqual([
      'lookup.get_citizen.input',
      'lookup.get_citizen.output',
      'lookup.put_citizen.input',
      'feed.citizen_changed.payload',
    ]);
    expect(registry.provides.map((i) => i.localName)).toEqual(['lookup', 'feed']);
    expect(lookup.consumedBy.map((c) => c.system)).toEqual([consumer]);
    expect(registry.dependedOnBy.map((d) => d.system)).toEqual([consumer, consumer]);
    expect(ndc.systems.map((s) => s.localName)).toEqual(['registry']);
    expect(ndc.children).toEqual([]);
    expect(get('ministry', 'agency').children).toEqual([ndc]);
    expect(ndc.operates.map((e) => e.localName)).toEqual(['khur', 'cloud', 'root_ca', 'issuing', 'stamp', 'remote']);
    expect(khur.interfaces.map((i) => i.localName)).toEqual(['lookup', 'feed']);
    expect(khur.users.map((u) => u.system)).toEqual([registry]);
    expect(get('cloud', 'platform').hosts).toEqual([registry]);
    expect(rootCa.issues).toEqual([issuing]);
    expect(issuing.reliedOnBy.map((s) => s.owner.kind)).toEqual(['signs', 'interface']);
    expect(get('certificate_doc', 'data').signedBy.map((s) => s.kind)).toEqual(['signs', 'seals', 'verifies']);
  });

  it('carries every property into plain values', async () => {
    const model = await modelOf(EVERY_CONSTRUCT);
    const citizen = model.byId.get('mn.tour.citizen');
    if (citizen?.kind !== 'data') throw new Error('no data');
    expect(citizen).toMatchObject({
      dataKind: 'registry',
      baseRegistry: true,
      classification: 'restricted',
      classificationStated: true,
      privacy: 'personal',
      retention: { amount: 75, unit: 'y', text: '75y' },
      names: { mn: 'Иргэний бүртгэл' },
    });
    expect(citizen.fields.map((f) => f.name)).toEqual([
      'register_no',
      'income',
      'diagnosis',
      'home',
      'previous',
      'photo',
      'born',
      'updated',
      'count',
      'alive',
    ]);
    expect(citizen.fields[1]).toMatchObject({ personal: true, optional: true, label: 'Орлого' });
    expect(citizen.fields[2]).toMatchObject({ personal: true, sensitive: true });
    expect(citizen.fields[4]!.type).toMatchObject({ list: true });
    expect(citizen.fields[4]!.type.data?.target?.id).toBe('mn.tour.address');
    const lookup = model.byId.get('mn.tour.lookup');
    if (lookup?.kind !== 'interface') throw new Error('no interface');
    expect(lookup).toMatchObject({
      style: 'rest',
      version: '1.2.0',
      auth: 'mtls',
      consent: ['otp', 'signature', 'fingerprint', 'sso', 'dan'],
    });
    expect(lookup.sla).toMatchObject({ availability: 99.5 });
    expect(lookup.signature).toMatchObject({ level: 'advanced', format: 'JAdES' });
    expect(lookup.operations[0]).toMatchObject({ method: 'GET', path: '/citizens/{register_no}' });
    const khur = model.byId.get('mn.tour.khur');
    if (khur?.kind !== 'platform') throw new Error('no platform');
    expect(khur.sla).toMatchObject({ availability: 99.9, latencyMs: 800, throughput: '100/s', support: '08:00-18:00' });
    const ndc = model.byId.get('mn.tour.ndc');
    expect(ndc).toMatchObject({ meta: { budget_code: 'A-17' }, names: { en: 'National Data Center' } });
    const law = model.byId.get('mn.tour.pdp_law');
    expect(law?.descriptions.mn).toBe('The personal data protection law.');
    expect(law?.tags).toEqual(['privacy', 'core']);
    const waiver = model.waivers[0]!;
    expect(waiver).toMatchObject({ rule: 'cross-agency-via-platform', reason: 'ХУР-т шилжих хүртэл "шилжилтийн" үе\nхоёр дахь мөр 😀' });
    expect(waiver.until?.target?.id).toBe('mn.tour.target');
    const view = model.byId.get('mn.tour.ctx');
    if (view?.kind !== 'view') throw new Error('no view');
    expect(view.include.map((r) => r.target?.id)).toEqual(['mn.tour.registry', 'mn.tour.consumer']);
    expect(view).toMatchObject({ viewKind: 'context', depth: 2 });
  });

  it('keeps source locations for declarations and statements', async () => {
    const model = await modelOf('agency a "A" {\n  kind agency\n}\nsystem s "S" {\n  owner a\n  masters d\n}\ndata d { owner a }');
    const s = model.systems[0]!;
    expect(s.head).toMatchObject({ start: { line: 3, character: 0 }, end: { line: 3, character: 12 } });
    expect(s.owner?.source.start).toEqual({ line: 4, character: 2 });
    expect(s.sources.get('owner')).toMatchObject({
      uri: 'file:///ws/model.gea',
      start: { line: 4, character: 2 },
      end: { line: 4, character: 9 },
    });
    expect(s.sources.keywords()).toEqual(['owner', 'masters']);
    expect(s.sources.has('operator')).toBe(false);
    expect(s.masters[0]!.source.start).toEqual({ line: 5, character: 2 });
    expect(s.source.uri).toBe('file:///ws/model.gea');
  });

  it('starts and ends a range at its first and last token, not at a comment around them', async () => {
    const model = await modelOf(
      'agency a { kind agency }\n/** Doc. */\nsystem s "S" { // after the head\n  owner a // who\n  /* nothing */\n}\n',
    );
    const s = model.systems[0]!;
    expect(s.descriptions['mn']).toBe('Doc.');
    expect(s.source).toMatchObject({ start: { line: 2, character: 0 }, end: { line: 5, character: 1 } });
    expect(s.head).toMatchObject({ start: { line: 2, character: 0 }, end: { line: 2, character: 12 } });
    expect(s.owner?.source).toMatchObject({ start: { line: 3, character: 2 }, end: { line: 3, character: 9 } });
  });

  it('counts unstated classification as internal', async () => {
    const model = await modelOf('agency a { kind agency }\ndata d { owner a }');
    expect(model.data[0]).toMatchObject({ classification: 'internal', classificationStated: false, privacy: 'none' });
  });

  it('is immutable', async () => {
    const model = await modelOf('agency a { kind agency }');
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(model.agencies[0])).toBe(true);
  });

  it('shares one frozen value where many objects hold the same empty or alike thing', async () => {
    const model = await modelOf(`
      agency a "A" { kind agency }
      agency b "B" { kind agency }
      data d "D" { owner a field id string key field name string field ref d }
      data e "E" { owner b field id string key }
      system s "S" { owner a masters d, e }`);
    const [a, b] = model.agencies;
    for (const key of ['descriptions', 'tags', 'meta', 'lifecycle', 'legalBasis'] as const) {
      expect(a![key], key).toBe(b![key]);
      expect(Object.isFrozen(a![key]), key).toBe(true);
    }
    const [d, e] = model.data;
    expect(d!.fields[0]!.type).toBe(e!.fields[0]!.type);
    expect(d!.fields[0]!.type).toBe(d!.fields[1]!.type);
    expect(Object.isFrozen(d!.fields[0]!.type)).toBe(true);
    expect(d!.fields[2]!.type.data?.target).toBe(d);
    const [first, second] = model.systems[0]!.masters;
    expect(first!.source).toBe(second!.source);
    expect(first!.data.source).toBe(first!.source);
    expect(first!.lifecycle).toBe(a!.lifecycle);
  });
});
