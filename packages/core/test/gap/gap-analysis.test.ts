// The gap analysis between two plateaus, on small models built for each category: the matrix
// (kept, new, eliminated, changed with what differs), every kind of potential gap, and the
// findings a move resolves, keeps and brings.
import { describe, expect, it } from 'vitest';
import { analyzeGap, isListChange, type GapAnalysis, type SemanticModel } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';

const PLATEAUS = `
plateau a "A" { date 2026-01-01 }
plateau b "B" { date 2028-01-01 }
`;

const BASE = `${PLATEAUS}
agency gasr "GASR" { kind agency }
agency ndc "NDC" { kind agency }
platform khur "KHUR" { kind exchange operator ndc }
`;

async function gapOf(text: string, from = 'a', to = 'b'): Promise<{ gap: GapAnalysis; model: SemanticModel }> {
  const { model, findings } = await analyze(text);
  const plateau = (id: string) => model.plateaus.find((p) => p.id === id)!;
  return { gap: analyzeGap(model, plateau(from), plateau(to), findings, { locale: 'en' }), model };
}

const ids = (list: readonly { readonly id: string }[]) => list.map((element) => element.id);

describe('gap matrix', () => {
  it('sorts every element of each layer into kept, new, eliminated or changed', async () => {
    const { gap } = await gapOf(`${BASE}
data citizen "Citizens" { owner gasr field register_no string key }
data parcel "Parcels" { owner gasr from b field id string key }
system legacy "Legacy" { owner gasr until b }
system registry "Registry" { owner gasr masters citizen }
system portal "Portal" { owner ndc from b }
trust ca "CA" { kind ca operator ndc until b }
`);
    expect(ids(gap.layers.agencies.kept)).toEqual(['gasr', 'ndc']);
    expect(ids(gap.layers.data.kept)).toEqual(['citizen']);
    expect(ids(gap.layers.data.new)).toEqual(['parcel']);
    expect(ids(gap.layers.applications.kept)).toEqual(['registry']);
    expect(ids(gap.layers.applications.new)).toEqual(['portal']);
    expect(ids(gap.layers.applications.eliminated)).toEqual(['legacy']);
    expect(ids(gap.layers.technology.kept)).toEqual(['khur']);
    expect(ids(gap.layers.technology.eliminated)).toEqual(['ca']);
    for (const layer of Object.values(gap.layers)) expect(layer.changed).toEqual([]);
  });

  it('names each property and relationship that differs: masters, consumers, fields carried, via, signature', async () => {
    const { gap } = await gapOf(`${BASE}
platform old_bus "Old bus" { kind exchange operator ndc }
trust ca "CA" { kind ca operator ndc accredited levels qualified formats PAdES }
data citizen "Citizens" { owner gasr field register_no string key field surname string field address string }
data cert "Certificate" { owner gasr kind document legally-binding }
system old "Old" { owner gasr until b masters citizen }
system registry "Registry" {
  owner gasr
  masters citizen (from b)
  signs cert { level advanced format PAdES with ca until b }
  signs cert { level qualified format PAdES with ca from b }
}
system portal "Portal" { owner ndc consumes info { from b } }
interface info "Citizen info" {
  provider registry
  via khur
  style rest
  version "1.0"
  operation get { method GET path "/c" output citizen { register_no, surname } }
}
`);
    const changed = Object.fromEntries(Object.values(gap.layers).flatMap((layer) => layer.changed.map((c) => [c.element.id, c.changes])));
    const citizen = changed.citizen!.find((change) => change.property === 'masters')!;
    // At a plateau every statement there exists: lists name the elements by full name, without lifecycles (OUTPUTS.md).
    expect(isListChange(citizen) && [citizen.removed, citizen.added]).toEqual([['old'], ['registry']]);
    const consumers = changed.info!.find((change) => change.property === 'consumers')!;
    expect(isListChange(consumers) && consumers.added).toEqual(['portal']);
    const signs = changed.registry!.find((change) => change.property === 'signs')!;
    expect(isListChange(signs) && [signs.removed, signs.added]).toEqual([
      ['cert advanced PAdES with ca'],
      ['cert qualified PAdES with ca'],
    ]);
    expect(Object.keys(changed).sort()).toEqual(['citizen', 'info', 'portal', 'registry']);
  });

  it('reports an interface whose via, version, classification, fields and signature differ between two plateaus of two models as changed', async () => {
    // Within one model an interface's own properties cannot change between plateaus; across
    // revisions they can, and the same comparison names them (gea diff).
    const { compareModels } = await import('@gea-arch/core');
    const before = (
      await analyze(`${BASE}
platform bus "Bus" { kind exchange operator ndc }
trust ca "CA" { kind ca operator ndc }
data citizen "C" { owner gasr field a string key field b string }
system s "S" { owner gasr masters citizen }
interface i "I" { provider s via bus style rest version "1.0" classification internal
  signature { level advanced format XAdES with ca }
  operation get { method GET path "/x" output citizen { a } } }
`)
    ).model;
    const after = (
      await analyze(`${BASE}
platform bus "Bus" { kind exchange operator ndc }
trust ca "CA" { kind ca operator ndc }
data citizen "C" { owner gasr field a string key field b string }
system s "S" { owner ndc masters citizen }
interface i "I" { provider s via khur style rest version "2.0" classification restricted
  signature { level qualified format XAdES with ca }
  operation get { method GET path "/x" output citizen { a, b } } }
`)
    ).model;
    const comparison = compareModels(before, after);
    const changes = Object.fromEntries(comparison.applications.changed.map((c) => [c.element.id, c.changes]));
    expect(changes.s).toEqual([{ property: 'owner', from: 'gasr', to: 'ndc' }]);
    expect(changes.i!.map((change) => change.property)).toEqual(['via', 'version', 'classification', 'signature', 'fields']);
    expect(changes.i![0]).toEqual({ property: 'via', from: 'bus', to: 'khur' });
    expect(changes.i![3]).toEqual({ property: 'signature', from: 'advanced XAdES with ca', to: 'qualified XAdES with ca' });
    expect(changes.i![4]).toMatchObject({ added: ['citizen.b'], removed: [] });
  });
});

describe('gap matrix, shared', () => {
  it('is compared once per pair of plateaus whatever the language, and shared frozen', async () => {
    const { model, findings } = await analyze(`${BASE}
system registry "Registry" { owner gasr until b }
`);
    const [a, b] = model.plateaus;
    const english = analyzeGap(model, a!, b!, findings, { locale: 'en' });
    const mongolian = analyzeGap(model, a!, b!, findings, { locale: 'mn' });
    expect(mongolian.layers).toBe(english.layers);
    expect(ids(english.layers.applications.eliminated)).toEqual(['registry']);
    expect(Object.isFrozen(english.layers.applications.eliminated)).toBe(true);
    expect(analyzeGap(model, b!, a!, findings, { locale: 'en' }).layers).not.toBe(english.layers);
  });

  it('is analysed once per model, findings, pair of plateaus and language, and shared frozen', async () => {
    const { model, findings } = await analyze(`${BASE}
system registry "Registry" { owner gasr until b }
`);
    const [a, b] = model.plateaus;
    const english = analyzeGap(model, a!, b!, findings, { locale: 'en' });
    expect(analyzeGap(model, a!, b!, findings, { locale: 'en' })).toBe(english);
    expect(analyzeGap(model, a!, b!, findings, { locale: 'mn' })).not.toBe(english);
    expect(analyzeGap(model, b!, a!, findings, { locale: 'en' })).not.toBe(english);
    expect(analyzeGap(model, a!, b!, [...findings], { locale: 'en' })).not.toBe(english);
    expect(Object.isFrozen(english)).toBe(true);
    expect(Object.isFrozen(english.potentialGaps)).toBe(true);
  });
});

describe('potential gaps', () => {
  it('no-master: a data asset mastered at A with no master at B', async () => {
    const { gap } = await gapOf(`${BASE}
data citizen "Citizens" { owner gasr field id string key }
system registry "Registry" { owner gasr masters citizen (until b) }
`);
    const gaps = gap.potentialGaps.filter((g) => g.kind === 'no-master');
    expect(gaps.map((g) => [g.element.id, g.related])).toEqual([['citizen', ['registry']]]);
    expect(gaps[0]!.message).toBe(
      'data asset `citizen` is mastered by `registry` at `a` but has no master at `b`; add `masters citizen` to the system that will be its authoritative source at `b`',
    );
  });

  it('no-master is silent when the asset itself is eliminated, or another system masters it at B', async () => {
    const { gap } = await gapOf(`${BASE}
data gone "Gone" { owner gasr until b field id string key }
data moved "Moved" { owner gasr field id string key }
system old "Old" { owner gasr until b masters gone, moved }
system next "Next" { owner gasr from b masters moved }
`);
    expect(gap.potentialGaps.filter((g) => g.kind === 'no-master')).toEqual([]);
  });

  /** An interface carrying two fields of a register, eliminated at `b`. */
  const V1_UNTIL_B = `data citizen "Citizens" { owner gasr field id string key field name string }
system registry "Registry" { owner gasr masters citizen }
interface v1 "V1" { provider registry via khur style rest version "1" until b
  operation get { method GET path "/c" output citizen { id, name } } }
`;

  it('broken-exchange: a consumer of an eliminated interface when no interface at B carries the same fields', async () => {
    const { gap } = await gapOf(`${BASE}
${V1_UNTIL_B}interface v2 "V2" { provider registry via khur style rest version "2" from b
  operation get { method GET path "/c" output citizen { id } } }
system portal "Portal" { owner ndc consumes v1 }
`);
    const gaps = gap.potentialGaps.filter((g) => g.kind === 'broken-exchange');
    expect(gaps.map((g) => [g.element.id, g.related])).toEqual([['portal', ['v1']]]);
    expect(gaps[0]!.message).toContain('no interface at `b` carries the same fields (`citizen.id` and `citizen.name`)');
  });

  it('broken-exchange is silent when an interface at B carries every field the eliminated one did', async () => {
    const { gap } = await gapOf(`${BASE}
${V1_UNTIL_B}interface v2 "V2" { provider registry via khur style rest version "2" from b
  operation get { method GET path "/c" output citizen } }
system portal "Portal" { owner ndc consumes v1 { until b } consumes v2 { from b } }
`);
    expect(gap.potentialGaps.filter((g) => g.kind === 'broken-exchange')).toEqual([]);
  });

  it('broken-exchange also when the consumption ends by B: the consumer is still there, and nothing at B gives it the fields', async () => {
    const { gap } = await gapOf(`${BASE}
${V1_UNTIL_B}system portal "Portal" { owner ndc consumes v1 { until b } }
system kiosk "Kiosk" { owner ndc consumes v1 }
system gone "Gone" { owner ndc until b consumes v1 }
`);
    const gaps = gap.potentialGaps.filter((g) => g.kind === 'broken-exchange');
    expect(gaps.map((g) => g.element.id)).toEqual(['kiosk', 'portal']);
    for (const { message } of gaps) {
      expect(message).toContain('provide one at `b` that carries them');
      expect(message).not.toContain('until');
    }
  });

  it('dangling-dependency: anything at B that still refers to what B eliminated', async () => {
    const { gap } = await gapOf(`${BASE}
platform cloud "Cloud" { kind cloud operator ndc until b }
data citizen "Citizens" { owner gasr field id string key }
system registry "Registry" { owner gasr masters citizen hosting cloud }
`);
    const gaps = gap.potentialGaps.filter((g) => g.kind === 'dangling-dependency');
    expect(gaps.map((g) => [g.element.id, g.related, g.source.start.line + 1])).toEqual([['registry', ['cloud'], 11]]);
    expect(gaps[0]!.message).toBe(
      '`registry` still refers to `cloud` (`hosting`) at `b`, but `cloud` is eliminated by then; point it at what replaces `cloud`, or end it with `until b`',
    );
  });

  it('waiver-ends: a waiver ending at B, with the findings it covers and those that still hold', async () => {
    const { gap } = await gapOf(`${BASE}
data citizen "Citizens" { owner gasr field id string key }
data vehicles "Vehicles" { owner ndc field id string key }
system registry "Registry" { owner gasr masters citizen }
system fleet "Fleet" { owner ndc masters vehicles }
system police "Police" { owner ndc depends-on registry "reads the database" { kind direct-db } }
system tax "Tax" { owner gasr depends-on fleet "reads" { kind direct-db until b } }
waiver police_db { rule cross-agency-via-platform on police reason "legacy" until b }
waiver tax_db { rule cross-agency-via-platform on tax reason "legacy" until b }
`);
    const gaps = gap.potentialGaps.filter((g) => g.kind === 'waiver-ends');
    expect(gaps.map((g) => [g.element.id, g.covered!.length, g.stillHolding!.length])).toEqual([
      ['police_db', 1, 1],
      ['tax_db', 1, 0],
    ]);
    expect(gaps[0]!.message).toContain('ends at `b`, but 1 finding it covers still holds there');
    expect(gaps[1]!.message).toContain('no longer holds there');
  });

  it('waiver-ends: a waiver that covers no finding says so, not "the 0 findings it covers"', async () => {
    const { gap } = await gapOf(`${BASE}
system police "Police" { owner ndc }
waiver idle { rule cross-agency-via-platform on police reason "legacy" until b }
`);
    const [ends] = gap.potentialGaps.filter((g) => g.kind === 'waiver-ends');
    expect(ends!.message).toBe(
      'waiver `idle` (`cross-agency-via-platform` on `police`) ends at `b`; it covers no finding, so nothing is left to fix there',
    );
  });
});

describe('potential gaps across a plateau between', () => {
  it('name the plateau where what they are about ends, not the later one compared', async () => {
    const { gap } = await gapOf(
      `plateau a "A" { date 2026-01-01 }
plateau b "B" { date 2027-01-01 }
plateau c "C" { date 2028-01-01 }
agency gasr "GASR" { kind agency }
agency ndc "NDC" { kind agency }
platform cloud "Cloud" { kind cloud operator ndc until b }
data citizen "Citizens" { owner gasr field id string key }
system registry "Registry" { owner gasr masters citizen hosting cloud }
system police "Police" { owner ndc depends-on registry "reads the database" { kind direct-db } }
waiver police_db { rule cross-agency-via-platform on police reason "legacy" until b }
`,
      'a',
      'c',
    );
    const message = (kind: string) => gap.potentialGaps.find((g) => g.kind === kind)!.message;
    expect(message('waiver-ends')).toContain('ends at `b`, but 1 finding it covers still holds there; fix it before `b`');
    expect(message('dangling-dependency')).toContain('or end it with `until b`');
  });
});

describe('findings between plateaus', () => {
  it('tells resolved (at A only), remaining (at both) and new (at B only) findings apart', async () => {
    const { gap } = await gapOf(`${BASE}
data citizen "Citizens" { owner gasr field id string key }
data extra "Extra" { owner gasr from b field id string key }
data orphan "Orphan" { owner gasr field id string key }
system one "One" { owner gasr masters citizen (until b) }
system two "Two" { owner gasr masters citizen }
`);
    const brief = (list: readonly { rule: string; element?: string }[]) => list.map((f) => `${f.rule}:${f.element}`);
    expect(brief(gap.findings.resolved)).toEqual(['single-master:citizen', 'single-master:citizen']);
    expect(brief(gap.findings.remaining)).toEqual(['single-master:orphan']);
    expect(brief(gap.findings.new)).toEqual(['single-master:extra']);
  });

  it('keeps parse and link findings (which hold at every plateau) as remaining', async () => {
    const { gap } = await gapOf(`${BASE}
system s "S" { owner nobody }
`);
    expect(gap.findings.remaining.map((f) => f.rule)).toContain('unresolved-reference');
    expect(gap.findings.resolved.concat(gap.findings.new).map((f) => f.rule)).not.toContain('unresolved-reference');
  });
});
