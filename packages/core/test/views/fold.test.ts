// Views of one agency stay readable: past about 40 nodes the other agencies' systems fold into one
// node per agency, their exchanges via ХУР pass through it, and the agency's own systems stay.
import { describe, expect, it } from 'vitest';
import { computeViews, FOLD_ABOVE, type ViewGraph } from '@gea-arch/core';
import { foldIntoAgencies } from '../../src/views/fold.js';
import { agencyGroup, analyze, systemNode } from '@gea-arch/fixtures';

/**
 * Agency `home` whose system `registry` provides `lookup` via ХУР; `partners` agencies of two
 * systems each and `single` systems of agency `solo` consume it; `solo.s0` also reads the
 * registry's database directly. `home_landscape` is a declared landscape of `home`.
 */
function model(partners: number, single: number): string {
  const lines = [
    'agency home "Гэр" { kind agency }',
    'agency ndc "ҮДТ" { kind agency }',
    'agency solo "Ганц" { kind agency }',
    'platform khur "ХУР" { kind exchange operator ndc }',
    'data citizen "Иргэн" { owner home kind registry base-registry field rn string key }',
    'system registry "Бүртгэл" { owner home masters citizen }',
    'interface lookup "Лавлагаа" { provider registry via khur style rest version "1" operation get { output citizen { rn } } }',
    'view home_landscape { kind landscape of home }',
  ];
  for (let p = 0; p < partners; p++) {
    lines.push(`agency p${p} "Түнш ${p}" { kind agency }`);
    for (const s of ['x', 'y']) lines.push(`system p${p}_${s} "Систем ${p}${s}" { owner p${p} consumes lookup }`);
  }
  for (let s = 0; s < single; s++)
    lines.push(`system solo_${s} "Ганц ${s}" { owner solo consumes lookup${s === 0 ? ' depends-on registry "шууд"' : ''} }`);
  return lines.join('\n');
}

async function viewsOf(source: string): Promise<Map<string, ViewGraph>> {
  const { model, findings } = await analyze(source);
  return new Map(computeViews(model, { findings }).map((view) => [view.id, view]));
}

describe('folding the other agencies', () => {
  it(`draws every system while a view of one agency has ${FOLD_ABOVE} nodes or fewer`, async () => {
    // registry + 19 × 2 + 1 = 40 systems.
    const views = await viewsOf(model(19, 1));
    for (const id of ['context-home', 'home_landscape']) {
      const view = views.get(id)!;
      expect(view.aggregated, id).toBe(false);
      expect(
        view.nodes.every((node) => node.kind !== 'agency'),
        id,
      ).toBe(true);
    }
    expect(views.get('context-home')!.nodes).toHaveLength(FOLD_ABOVE);
    expect(views.get('context-home')!.title).not.toContain('нэгтгэсэн');
  });

  it(`folds each other agency into one node past ${FOLD_ABOVE} nodes, through ХУР, keeping the agency's own systems`, async () => {
    const views = await viewsOf(model(19, 2));
    const context = views.get('context-home')!;
    expect(context.aggregated).toBe(true);
    expect(context.title).toBe('Харилцаа: Гэр [байгууллагаар нэгтгэсэн: бусад байгууллага]');
    const partners = Array.from({ length: 19 }, (_, p) => `p${p}`);
    expect(context.nodes.map((node) => node.id)).toEqual([...partners, 'khur', 'registry', 'solo'].sort());
    expect(context.nodes.filter((node) => node.kind === 'agency')).toHaveLength(20);
    expect(context.nodes.find((node) => node.id === 'registry')).toMatchObject({ group: 'home' });
    expect(context.nodes.find((node) => node.id === 'p3')).toMatchObject({ count: 2, detail: '2 систем' });
    expect(context.groups.map((group) => group.id)).toEqual(['home']);
    // Each partner's two consumptions are one edge to ХУР; ХУР carries all of them on to the registry.
    expect(context.edges.find((edge) => edge.id === 'consumes:p3->khur')).toMatchObject({ count: 2, label: '2', via: 'khur' });
    expect(context.edges.find((edge) => edge.id === 'consumes:khur->registry')).toMatchObject({ count: 19 * 2 + 2, via: 'khur' });
    // The direct database link does not pass through ХУР, and carries its finding.
    expect(context.edges.find((edge) => edge.id === 'depends-on:solo->registry')).toMatchObject({
      findings: { severity: 'error', waived: false, rules: ['cross-agency-via-platform'] },
    });
    expect(context.edges.filter((edge) => edge.kind === 'consumes' && !edge.via)).toEqual([]);
    expect(views.get('home_landscape')).toMatchObject({ aggregated: true, nodes: context.nodes });
  });

  it('folds a data flow of the agency’s data the same way, its interface between', async () => {
    const flow = (await viewsOf(model(20, 0))).get('dataflow-citizen')!;
    expect(flow.aggregated).toBe(true);
    expect(flow.nodes.filter((node) => node.kind !== 'agency').map((node) => node.id)).toEqual(['citizen', 'lookup', 'registry']);
    expect(flow.edges.find((edge) => edge.id === 'consumes:p0->lookup')).toMatchObject({ count: 2, label: '2' });
  });

  it('folds a large signatures map into agencies, counting the time stamps on the time-stamping service', async () => {
    const agencies = Array.from({ length: 21 }, (_, a) => [
      `agency a${a} "А${a}" { kind agency }`,
      `data doc${a} "Баримт ${a}" { owner a${a} kind document legally-binding }`,
      `system s${a} "С${a}" { owner a${a} masters doc${a} signs doc${a} { level qualified format PAdES with ca timestamp tsa } }`,
    ]);
    const source = [
      'agency ndc "ҮДТ" { kind agency }',
      'trust ca "CA" { kind ca operator ndc accredited levels qualified formats PAdES }',
      'trust tsa "TSA" { kind tsa operator ndc accredited }',
      ...agencies.flat(),
    ].join('\n');
    const map = (await viewsOf(source)).get('signatures')!;
    expect(map.aggregated).toBe(true);
    expect(map.nodes.filter((node) => node.kind === 'agency')).toHaveLength(21);
    expect(map.edges.map((edge) => edge.kind)).toEqual(Array(21).fill('with'));
    expect(map.nodes.find((node) => node.id === 'tsa')!.detail).toBe('цагийн тэмдэг олгогч · 21 байгууллагын цагийн тэмдэг');
  });
  it('folds a smaller view when asked (it was too dense to read as drawn), and only that view', async () => {
    const { model: built, findings } = await analyze(model(3, 1));
    const views = new Map(computeViews(built, { findings, foldOthers: new Set(['context-home']) }).map((view) => [view.id, view]));
    const context = views.get('context-home')!;
    expect(context.aggregated).toBe(true);
    expect(context.nodes.map((node) => node.id)).toEqual(['khur', 'p0', 'p1', 'p2', 'registry', 'solo']);
    expect(views.get('home_landscape')!.aggregated).toBe(false);
  });
  it('folds a dense integration view into its consumers’ agencies, every consumption through the platform, providers kept', async () => {
    const source = `${model(3, 1)}\nview integ "ХУР" { kind integration of khur }`;
    const { model: built, findings } = await analyze(source);
    const drawn = computeViews(built, { findings }).find((view) => view.id === 'integ')!;
    expect(drawn.aggregated).toBe(false);
    expect(drawn.edges.filter((edge) => edge.kind === 'consumes').every((edge) => edge.via === 'khur')).toBe(true);
    const integ = computeViews(built, { findings, foldOthers: new Set(['integ']) }).find((view) => view.id === 'integ')!;
    expect(integ.aggregated).toBe(true);
    expect(integ.title).toBe('ХУР [байгууллагаар нэгтгэсэн: хэрэглэгчид]');
    expect(integ.nodes.map((node) => node.id)).toEqual(['khur', 'lookup', 'p0', 'p1', 'p2', 'registry', 'solo']);
    expect(integ.nodes.find((node) => node.id === 'lookup')).toMatchObject({ group: 'home' });
    expect(integ.edges.map((edge) => `${edge.kind} ${edge.from}->${edge.to}`).sort()).toEqual([
      'consumes khur->lookup',
      'consumes p0->khur',
      'consumes p1->khur',
      'consumes p2->khur',
      'consumes solo->khur',
      'provides registry->lookup',
    ]);
  });

  it('keeps groups whose parents form a loop, and ends', async () => {
    const { model } = await analyze('agency a "A" { kind agency }', { rules: [] });
    const parts = {
      nodes: [systemNode('x', 'g1'), systemNode('y', 'g3')],
      groups: [agencyGroup('g1', 'g2'), agencyGroup('g2', 'g1'), agencyGroup('g3', 'g1')],
      edges: [],
    };
    const folded = foldIntoAgencies(parts, model, 'en', { keep: () => true, mergeKinds: false });
    expect(folded.groups.map((kept) => `${kept.id}<${kept.parent ?? ''}`)).toEqual(['g1<g2', 'g2<g1', 'g3<g1']);
  });
});
