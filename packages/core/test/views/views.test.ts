import { describe, expect, it } from 'vitest';
import type { SemanticModel } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';
import { computeViews, SYSTEM_LANDSCAPE_MAX, viewSpecs } from '../../src/views/index.js';
import type { ViewGraph } from '../../src/views/view-graph.js';

const MODEL = `
plateau current "Одоо" { name en "Current" date 2026-01-01 }
plateau target "Зорилт" { name en "Target" date 2028-12-31 }
agency ministry "Яам" { name en "Ministry" kind ministry }
agency ndc "Үндэсний дата төв" { name en "National Data Center" kind agency parent ministry }
agency gasr "Улсын бүртгэл" { name en "State Registration" kind agency }
agency mta "Татвар" { name en "Tax" kind agency }
platform khur "ХУР" { kind exchange operator ndc }
trust root "Эх CA" { kind ca operator ndc accredited levels qualified formats PAdES }
trust ica "Олгогч CA" { kind ca operator ndc accredited issuer root levels qualified formats PAdES }
data citizen "Иргэн" { owner gasr kind registry base-registry classification restricted privacy personal field rn string key field name string }
data birth "Төрсний гэрчилгээ" { owner gasr kind document legally-binding field no string key }
system registry "Бүртгэлийн систем" { owner gasr masters citizen, birth signs birth { level qualified format PAdES with ica } }
system new_registry "Шинэ бүртгэл" { owner gasr from target }
system tax "Татварын систем" { owner mta
  stores citizen { rn }
  consumes lookup { purpose "Таних" }
  depends-on registry "шууд холболт" { kind direct-db until target } }
interface lookup "Лавлагаа" { provider registry via khur style soap version "1.0" classification restricted operation op { input citizen { rn } output citizen { rn, name } } }
view flows "Иргэний урсгал" { kind dataflow of citizen }
view hub { kind integration of khur at target }
view only_tax { kind landscape include mta }
view no_tax { kind landscape exclude mta }
view systems { kind landscape }
view systems_target { kind landscape at target }
view systems_gap { kind gap }
`;

async function views(source = MODEL, locale?: string): Promise<{ model: SemanticModel; byId: Map<string, ViewGraph> }> {
  const { model } = await analyze(source, { rules: [] });
  return { model, byId: new Map(computeViews(model, { locale }).map((view) => [view.id, view])) };
}

const edgeList = (view: ViewGraph) => view.edges.map((edge) => `${edge.kind}:${edge.from}->${edge.to}:${edge.status}`);
const nodeList = (view: ViewGraph) => view.nodes.map((node) => `${node.id}:${node.status}`);

describe('views', () => {
  it('generates per plateau a landscape of agencies, a context per agency with systems (its landscape at the baseline) and its landscape at each later plateau, a data flow per base registry, signatures and gaps', async () => {
    const { model } = await analyze(MODEL, { rules: [] });
    expect(viewSpecs(model).map((spec) => `${spec.id}${spec.declared ? '*' : ''}`)).toEqual([
      'context-gasr',
      'context-mta',
      'dataflow-citizen',
      'flows*',
      'gap-current-target',
      'hub*',
      'landscape-current',
      'landscape-target',
      'landscape-target-gasr',
      'landscape-target-mta',
      'no_tax*',
      'only_tax*',
      'signatures',
      'systems*',
      'systems_gap*',
      'systems_target*',
    ]);
  });

  it('draws systems inside their agencies with consumptions labelled by interface, those via an exchange platform through it', async () => {
    const { byId } = await views();
    const landscape = byId.get('systems')!;
    expect(landscape.title).toBe('Ландшафт — Одоо (2026-01-01)');
    // The platform is the route, drawn outside the agencies (its operator is in no other way part of the picture).
    expect(landscape.nodes.map((node) => `${node.id}@${node.group}`)).toEqual(['khur@undefined', 'registry@gasr', 'tax@mta']);
    expect(landscape.groups.map((group) => group.id)).toEqual(['gasr', 'mta']);
    const lookup = { kind: 'consumes', label: 'Лавлагаа', status: 'active', tooltip: 'tax consumes lookup via khur', via: 'khur' };
    expect(landscape.edges).toEqual([
      expect.objectContaining({ id: 'consumes:khur->registry', ...lookup }),
      expect.objectContaining({ id: 'consumes:tax->khur', ...lookup }),
      expect.objectContaining({ id: 'depends-on:tax->registry', kind: 'depends-on', label: 'шууд холболт', status: 'retiring' }),
    ]);
    expect(landscape.nodes[1]).toMatchObject({ kind: 'system', label: 'Бүртгэлийн систем', href: 'system/registry.html', badges: [] });
  });

  it("runs a landscape's exchanges via a platform through it: one leg per consumer and per provider, naming their interfaces", async () => {
    const source = `agency x "X" { kind agency }
      agency y "Y" { kind agency }
      platform hub "Hub" { kind exchange operator y }
      system p "P" { owner x }
      system q "Q" { owner x }
      interface a "A" { provider p via hub style rest version "1" }
      interface b "B" { provider p via hub style rest version "1" }
      interface c "C" { provider q via hub style rest version "1" }
      interface d "D" { provider q style rest version "1" }
      system one "1" { owner y consumes a consumes c consumes d }
      system two "2" { owner y consumes a consumes b }
      view all { kind landscape }
      view near { kind context of one }`;
    const { byId } = await views(source);
    expect(byId.get('all')!.edges.map((edge) => `${edge.id}:${edge.label}:${edge.count ?? 1}`)).toEqual([
      'consumes:hub->p:A, B:3',
      'consumes:hub->q:C:1',
      'consumes:one->hub:A, C:2',
      'consumes:one->q:D:1',
      'consumes:two->hub:A, B:2',
    ]);
    // A context is not a landscape: its lines run straight to the neighbours.
    expect(byId.get('near')!.edges.map((edge) => edge.id)).toEqual(['consumes:one->p', 'consumes:one->q', 'consumes:one->q#2']);
  });

  it('draws a platform once when a landscape grouped by platform also routes exchanges through it', async () => {
    // `p` is hosted on the exchange platform its interface runs via: the platform is the route.
    const source = `agency x "X" { kind agency }
      platform hub "Hub" { kind exchange operator x }
      platform cloud "Cloud" { kind cloud operator x }
      system p "P" { owner x hosting hub }
      system one "1" { owner x hosting cloud consumes a }
      interface a "A" { provider p via hub style rest version "1" }
      view hosts { kind landscape group-by platform }`;
    const { byId } = await views(source);
    const hosts = byId.get('hosts')!;
    expect(hosts.groups.map((group) => group.id)).toEqual(['cloud']);
    expect(hosts.nodes.map((node) => `${node.id}:${node.group ?? '-'}`)).toEqual(['hub:-', 'one:cloud', 'p:-']);
    expect(hosts.edges.map((edge) => edge.id)).toEqual(['consumes:hub->p', 'consumes:one->hub']);
  });
  it('draws one edge per consumer and provider, naming its interfaces', async () => {
    const interfaces = ['a', 'b', 'c']
      .map((name) => `interface ${name} "${name.toUpperCase()}" { provider p style rest version "1" }`)
      .join('\n');
    const source = `agency x "X" { kind agency }\nsystem p "P" { owner x }\n${interfaces}
      system two "2" { owner x consumes a consumes b }
      system three "3" { owner x consumes a consumes b consumes c }
      view all { kind landscape }`;
    const { byId } = await views(source);
    expect(byId.get('all')!.edges.map((edge) => `${edge.id}:${edge.label}`)).toEqual([
      'consumes:three->p:A, … (3)',
      'consumes:two->p:A, B',
    ]);
  });

  it('leaves the labels off a landscape with more than 40 links (they stay in the tooltips)', async () => {
    const agencies = Array.from(
      { length: 42 },
      (_, a) =>
        `agency a${a} "А${a}" { kind agency }\nsystem s${a} "С${a}" { owner a${a}${a > 0 ? ` depends-on s${a - 1} "холбоос"` : ''} }`,
    );
    const { byId } = await views(`${agencies.join('\n')}\nview all { kind landscape }`);
    const edges = byId.get('all')!.edges;
    expect(edges).toHaveLength(41);
    expect(edges.every((edge) => edge.label === undefined && edge.tooltip.length > 0)).toBe(true);
  });

  it('marks what appears and what retires at each plateau', async () => {
    const { byId } = await views();
    expect(nodeList(byId.get('systems_target')!)).toEqual(['khur:active', 'new_registry:planned', 'registry:active', 'tax:active']);
    expect(edgeList(byId.get('systems_target')!)).toEqual(['consumes:khur->registry:active', 'consumes:tax->khur:active']);
  });

  it('colours a gap view new, eliminated, changed and kept', async () => {
    const { byId } = await views();
    const gap = byId.get('systems_gap')!;
    expect(gap.title).toBe('Зөрүү — Одоо (2026-01-01) » Зорилт (2028-12-31)');
    expect(nodeList(gap)).toEqual(['khur:kept', 'new_registry:new', 'registry:kept', 'tax:changed']);
    expect(edgeList(gap)).toEqual(['consumes:khur->registry:kept', 'consumes:tax->khur:kept', 'depends-on:tax->registry:eliminated']);
  });

  it('draws a landscape with `compare` as the gap between those plateaus, titled with both, of one agency too', async () => {
    const source = `${MODEL}
view cmp "Харьцуулалт" { kind landscape compare current target }
view cmp_from { kind landscape at target compare current }
view cmp_gasr { kind landscape of gasr compare current target }
view gap_gasr { kind gap of gasr compare current target depth 1 }
`;
    const { byId } = await views(source);
    const gap = byId.get('systems_gap')!;
    for (const id of ['cmp', 'cmp_from']) {
      const compared = byId.get(id)!;
      expect(compared.kind, id).toBe('landscape');
      expect([compared.compareFrom?.id, compared.plateau?.id], id).toEqual(['current', 'target']);
      expect(nodeList(compared), id).toEqual(nodeList(gap));
      expect(edgeList(compared), id).toEqual(edgeList(gap));
    }
    expect(byId.get('cmp')!.title).toBe('Харьцуулалт — Одоо (2026-01-01) » Зорилт (2028-12-31)');
    expect(byId.get('cmp_from')!.title).toBe('Ландшафт — Одоо (2026-01-01) » Зорилт (2028-12-31)');
    expect(nodeList(byId.get('cmp_gasr')!)).toEqual(nodeList(byId.get('gap_gasr')!));
    expect(nodeList(byId.get('cmp_gasr')!)).toContain('new_registry:new');
    // Without `compare` a landscape is one plateau, as before.
    expect(byId.get('systems_target')!.compareFrom).toBeUndefined();
  });

  it('compares the one plateau of a model with itself in a gap view: everything kept, and the title says so', async () => {
    const agencies = `agency a "А" { name en "A" kind agency }
agency b "Б" { kind agency }
platform x "X" { kind exchange operator b }
system s "С" { owner a consumes api }
system t "Т" { owner b }
interface api "API" { provider t via x style rest version "1" }
view g { kind gap }
view g_of { kind gap of a }`;
    const onePlateau = `plateau p "Одоо" { name en "Now" date 2026-01-01 }\n${agencies}\nview g_p { kind gap compare p }`;
    for (const locale of ['mn', 'en']) {
      const { byId } = await views(onePlateau, locale);
      for (const id of ['g', 'g_of', 'g_p']) {
        const gap = byId.get(id)!;
        expect(nodeList(gap), id).toEqual(['s:kept', 't:kept', 'x:kept']);
        expect(edgeList(gap), id).toEqual(['consumes:s->x:kept', 'consumes:x->t:kept']);
        expect([gap.compareFrom?.id, gap.plateau?.id]).toEqual(['p', 'p']);
      }
      expect(byId.get('g')!.title).toBe(
        locale === 'mn'
          ? 'Зөрүү — Одоо (2026-01-01) [нэг үе шатыг өөртэй нь харьцуулав: бүгд хэвээр]'
          : 'Gap — Now (2026-01-01) [one plateau compared with itself: everything kept]',
      );
    }
    // Without plateaus (the implicit one, today, is not named).
    const { byId } = await views(agencies, 'en');
    expect(nodeList(byId.get('g')!)).toEqual(['s:kept', 't:kept', 'x:kept']);
    expect(byId.get('g')!.title).toBe('Gap [one plateau compared with itself: everything kept]');
  });

  it('draws a data flow: master, carrying interfaces, their provider and consumers, copies', async () => {
    const { byId } = await views();
    const flow = byId.get('flows')!;
    expect(flow.title).toBe('Иргэний урсгал — Одоо (2026-01-01)');
    expect(flow.nodes.map((node) => `${node.id}:${node.kind}`)).toEqual([
      'citizen:data',
      'lookup:interface',
      'registry:system',
      'tax:system',
    ]);
    expect(flow.edges.map((edge) => edge.id)).toEqual([
      'carries:lookup->citizen',
      'consumes:tax->lookup',
      'masters:registry->citizen',
      'provides:registry->lookup',
      'stores:tax->citizen',
    ]);
    expect(flow.nodes[0]).toMatchObject({ classification: 'restricted', badges: ['base registry', 'personal'] });
    expect(flow.nodes[1]).toMatchObject({ detail: 'SOAP 1.0', group: 'gasr' });
  });

  it('links each edge to the page of the element that states it: the interface for `provides`, else where the edge starts', async () => {
    const { byId } = await views();
    const links = (id: string) => byId.get(id)!.edges.map((edge) => `${edge.kind}:${edge.from}->${edge.to} ${edge.href}`);
    expect(links('flows')).toEqual(
      expect.arrayContaining([
        'masters:registry->citizen system/registry.html',
        'carries:lookup->citizen interface/lookup.html',
        'provides:registry->lookup interface/lookup.html',
        'consumes:tax->lookup system/tax.html',
        'stores:tax->citizen system/tax.html',
      ]),
    );
    expect(links('signatures')).toEqual(expect.arrayContaining(['issuer:ica->root trust/ica.html']));
    for (const view of byId.values())
      for (const edge of view.edges) expect(edge.href, `${view.id} ${edge.id}`).toMatch(/^[a-z]+\/[^/]+\.html$/);
  });

  it('draws a platform integration and the signatures map with issuer chains', async () => {
    const { byId } = await views();
    expect(byId.get('hub')!.edges.map((edge) => edge.id)).toEqual(['consumes:tax->lookup', 'provides:registry->lookup']);
    const signatures = byId.get('signatures')!;
    expect(signatures.edges.map((edge) => `${edge.id}:${edge.label ?? ''}`)).toEqual([
      'issuer:ica->root:',
      'signs:registry->birth:qualified PAdES',
      'with:registry->ica:',
    ]);
    expect(signatures.nodes.find((node) => node.id === 'birth')).toMatchObject({ kind: 'document', badges: ['legally binding'] });
  });

  it('nests agency groups under their parent agency', async () => {
    const { byId } = await views();
    const signatures = byId.get('signatures')!;
    expect(signatures.groups.map((group) => `${group.id}<${group.parent ?? ''}`)).toEqual(['gasr<', 'ministry<', 'ndc<ministry']);
  });

  it('draws agencies whose parents form a loop, each group once', async () => {
    const { model } = await analyze(
      `agency a "A" { kind ministry parent b }
       agency b "B" { kind agency parent a }
       system s "S" { owner a }
       system t "T" { owner b consumes i }
       interface i "I" { provider s style rest version "1" operation op { path "/x" } }
       view both { kind landscape }`,
      { rules: [] },
    );
    const both = computeViews(model).find((view) => view.id === 'both')!;
    expect(both.nodes.map((node) => `${node.id}@${node.group}`)).toEqual(['s@a', 't@b']);
    expect(both.groups.map((group) => `${group.id}<${group.parent ?? ''}`)).toEqual(['a<b', 'b<a']);
  });

  it('keeps only what include, exclude and tags select', async () => {
    const { byId } = await views();
    expect(byId.get('only_tax')!.nodes.map((node) => node.id)).toEqual(['tax']);
    expect(byId.get('no_tax')!.nodes.map((node) => node.id)).toEqual(['registry']);
    expect(byId.get('no_tax')!.edges).toEqual([]);
  });

  it('draws a landscape with include or exclude as the whole landscape filtered would be', async () => {
    const extra = `
system portal "Портал" { owner ndc consumes lookup { purpose "Нэвтрэх" } depends-on tax }
view two { kind landscape include gasr, mta }
view two_gap { kind gap include gasr, mta }
view but_ndc { kind landscape exclude ndc }
`;
    const { model, byId } = await views(MODEL + extra);
    const agencyOf = (id: string) => {
      const element = model.byId.get(id);
      return element?.kind === 'system' ? element.owner?.target?.id : undefined;
    };
    // The exchange platform stays as the route; the lines through it are drawn of what stays (below).
    const filtered = (whole: ViewGraph) => {
      const nodes = whole.nodes.filter((node) => ['gasr', 'mta'].includes(agencyOf(node.id) ?? '') || node.kind === 'platform');
      const kept = new Set(nodes.map((node) => node.id));
      return {
        nodes,
        groups: whole.groups.filter((group) => nodes.some((node) => node.group === group.id)),
        edges: whole.edges.filter((edge) => kept.has(edge.from) && kept.has(edge.to) && edge.via === undefined),
      };
    };
    const parts = (view: ViewGraph) => ({
      nodes: view.nodes,
      groups: view.groups,
      edges: view.edges.filter((edge) => edge.via === undefined),
    });
    const legs = (view: ViewGraph) => view.edges.filter((edge) => edge.via !== undefined).map((edge) => `${edge.id}: ${edge.tooltip}`);
    expect(byId.get('systems')!.nodes.map((node) => node.id)).toContain('portal');
    expect(legs(byId.get('systems')!)).toEqual([
      'consumes:khur->registry: portal consumes lookup via khur\ntax consumes lookup via khur',
      'consumes:portal->khur: portal consumes lookup via khur',
      'consumes:tax->khur: tax consumes lookup via khur',
    ]);
    for (const [view, whole] of [
      ['two', 'systems'],
      ['but_ndc', 'systems'],
      ['two_gap', 'systems_gap'],
    ] as const) {
      expect(parts(byId.get(view)!), view).toEqual(filtered(byId.get(whole)!));
      expect(legs(byId.get(view)!), view).toEqual([
        'consumes:khur->registry: tax consumes lookup via khur',
        'consumes:tax->khur: tax consumes lookup via khur',
      ]);
    }
    expect(parts(byId.get('two')!).edges.length).toBeGreaterThan(0);
  });

  it('reaches neighbours up to the context depth', async () => {
    const source = `agency a "A" { kind agency }
      system s1 "1" { owner a depends-on s2 }
      system s2 "2" { owner a depends-on s3 }
      system s3 "3" { owner a depends-on s4 }
      system s4 "4" { owner a }
      view near { kind context of s1 }
      view far { kind context of s1 depth 2 }`;
    const { byId } = await views(source);
    expect(byId.get('near')!.nodes.map((node) => node.id)).toEqual(['s1', 's2']);
    expect(byId.get('far')!.nodes.map((node) => node.id)).toEqual(['s1', 's2', 's3']);
  });

  it('stops at the last neighbour however deep the context is asked to reach', async () => {
    const source = `agency a "A" { kind agency }
      system s1 "1" { owner a depends-on s2 }
      system s2 "2" { owner a }
      view deepest { kind context of s1 depth ${2 ** 31} }`;
    const { model } = await analyze(source, { rules: [] });
    // Stepping on to that depth after the last neighbour took over ten seconds; stopping there takes a millisecond.
    const started = performance.now();
    const deepest = computeViews(model).find((view) => view.id === 'deepest')!;
    expect(performance.now() - started).toBeLessThan(2000);
    expect(deepest.nodes.map((node) => node.id)).toEqual(['s1', 's2']);
  });

  it('draws the links that reach out from the centre, not those among the outermost neighbours', async () => {
    const source = `agency a "A" { kind agency }
      system centre "C" { owner a depends-on left depends-on right }
      system left "L" { owner a depends-on right depends-on far }
      system right "R" { owner a }
      system far "F" { owner a }
      view one { kind context of centre }
      view two { kind context of centre depth 2 }`;
    const { byId } = await views(source);
    expect(byId.get('one')!.edges.map((edge) => edge.id)).toEqual(['depends-on:centre->left', 'depends-on:centre->right']);
    expect(byId.get('two')!.edges.map((edge) => edge.id)).toEqual([
      'depends-on:centre->left',
      'depends-on:centre->right',
      'depends-on:left->far',
      'depends-on:left->right',
    ]);
  });

  it('labels in the chosen locale', async () => {
    const { byId } = await views(MODEL, 'en');
    const landscape = byId.get('systems')!;
    expect(landscape.title).toBe('Landscape — Current (2026-01-01)');
    expect(byId.get('landscape-current')!.title).toBe('Landscape — Current (2026-01-01)');
    expect(byId.get('landscape-target-gasr')!.title).toBe('Landscape: State Registration — Target (2028-12-31)');
    expect(landscape.groups.map((group) => group.label)).toEqual(['State Registration', 'Tax']);
    expect(landscape.nodes.map((node) => node.label)).toEqual(['ХУР', 'Бүртгэлийн систем', 'Татварын систем']);
  });

  it('draws the generated landscape and gap of a small model as its declared ones, systems inside agencies', async () => {
    const { byId } = await views();
    for (const [generated, declared] of [
      ['landscape-current', 'systems'],
      ['landscape-target', 'systems_target'],
      ['gap-current-target', 'systems_gap'],
    ] as const) {
      const [drawn, written] = [byId.get(generated)!, byId.get(declared)!];
      expect(
        drawn.nodes.map((node) => `${node.id}@${node.group}`),
        generated,
      ).toEqual(written.nodes.map((node) => `${node.id}@${node.group}`));
      expect(
        drawn.edges.map((edge) => `${edge.id}:${edge.label}:${edge.status}`),
        generated,
      ).toEqual(written.edges.map((edge) => `${edge.id}:${edge.label}:${edge.status}`));
    }
    expect(byId.get('landscape-current')!.edges.find((edge) => edge.kind === 'consumes')!.label).toBe('Лавлагаа');
  });

  it('draws them of agencies past SYSTEM_LANDSCAPE_MAX systems, and says so', async () => {
    const systems = (count: number) =>
      Array.from({ length: count }, (_, s) => `system s${s} "Систем ${s}" { owner ${s % 2 === 0 ? 'gasr' : 'mta'} }`).join('\n');
    // The model has two systems at current and three at target (one of them new there).
    const small = (await views(`${MODEL}\n${systems(SYSTEM_LANDSCAPE_MAX - 3)}`, 'en')).byId;
    const systemsOf = (view: ViewGraph) => view.nodes.filter((node) => node.kind === 'system').length;
    expect(systemsOf(small.get('landscape-target')!)).toBe(SYSTEM_LANDSCAPE_MAX);
    expect(systemsOf(small.get('gap-current-target')!)).toBe(SYSTEM_LANDSCAPE_MAX);
    const large = (await views(`${MODEL}\n${systems(SYSTEM_LANDSCAPE_MAX - 2)}`, 'en')).byId;
    expect(systemsOf(large.get('landscape-current')!)).toBe(SYSTEM_LANDSCAPE_MAX);
    for (const id of ['landscape-target', 'gap-current-target']) {
      expect(large.get(id)!.nodes.map((node) => node.id)).toEqual(['gasr', 'khur', 'mta']);
      expect(large.get(id)!.title).toMatch(/\[aggregated by agency\]$/);
    }
  });

  it('folds a view of more than 150 nodes into agencies, counting links, and says so', async () => {
    const agencies = Array.from({ length: 8 }, (_, a) => `agency a${a} "Агентлаг ${a}" { kind agency }`);
    const systems = Array.from(
      { length: 160 },
      (_, s) => `system s${s} "Систем ${s}" { owner a${s % 8}${s > 0 ? ` depends-on s${s - 1}` : ''} }`,
    );
    const { byId } = await views([...agencies, ...systems, 'view all { kind landscape }'].join('\n'));
    const landscape = byId.get('all')!;
    expect(landscape.aggregated).toBe(true);
    expect(landscape.title).toContain('нэгтгэсэн');
    expect(landscape.nodes).toHaveLength(8);
    expect(landscape.nodes[0]).toMatchObject({ id: 'a0', kind: 'agency', detail: '20 систем', count: 20 });
    expect(landscape.groups).toEqual([]);
    expect(landscape.edges.find((edge) => edge.id === 'aggregate:a1->a0')).toMatchObject({ kind: 'aggregate', label: '20' });
  });

  it('draws the signatures of one agency or system, and the gap of one, when the view is `of` it', async () => {
    const source = `${MODEL}
system portal "Портал" { owner mta signs birth { level qualified format PAdES with root } }
view sig_mta { kind signatures of mta }
view sig_registry { kind signatures of registry }
view gap_gasr { kind gap of gasr }
view gap_last { kind gap compare target }
`;
    const { byId } = await views(source);
    // `compare` naming the last plateau alone: the gap to it from the one before, not back to the first.
    expect([byId.get('gap_last')!.compareFrom?.id, byId.get('gap_last')!.plateau?.id]).toEqual(['current', 'target']);
    expect(byId.get('sig_mta')!.edges.map((edge) => edge.id)).toEqual(['signs:portal->birth', 'with:portal->root']);
    expect(byId.get('sig_registry')!.edges.map((edge) => edge.id)).toEqual([
      'issuer:ica->root',
      'signs:registry->birth',
      'with:registry->ica',
    ]);
    // GASR's systems at either plateau and their neighbours, coloured by the change between them.
    expect(nodeList(byId.get('gap_gasr')!).sort()).toEqual(['khur:kept', 'new_registry:new', 'registry:kept', 'tax:changed']);
  });

  it('draws the subject of a context or an integration view that has nothing around it, not an empty picture', async () => {
    const source = `${MODEL}
agency lonely "Ганц" { kind agency }
platform sso "Нэг нэвтрэлт" { kind identity operator ndc }
view lonely_context { kind context of lonely }
view sso_hub { kind integration of sso }
`;
    const { byId } = await views(source);
    expect(byId.get('lonely_context')!.nodes.map((node) => node.id)).toEqual(['lonely']);
    expect(byId.get('sso_hub')!.nodes.map((node) => node.id)).toEqual(['sso']);
  });

  it('draws a context or data flow of what exists only at a later plateau there, unless the view asks for a plateau', async () => {
    const source = `${MODEL}
agency later "Шинэ агентлаг" { kind agency from target }
data later_reg "Шинэ бүртгэл" { owner later kind registry base-registry from target field id string key }
system later_sys "Шинэ систем" { owner later masters later_reg }
view later_context { kind context of later }
view later_at_current { kind context of later at current }
`;
    const { byId } = await views(source);
    for (const id of ['context-later', 'dataflow-later_reg', 'later_context']) {
      expect(byId.get(id)!.plateau?.id, id).toBe('target');
      expect(byId.get(id)!.nodes.map((node) => node.id)).toContain('later_sys');
    }
    expect(byId.get('context-later')!.title).toBe('Харилцаа: Шинэ агентлаг — Зорилт (2028-12-31)');
    // Asked for at a plateau, it is drawn there, as it stands there.
    expect(byId.get('later_at_current')!.plateau?.id).toBe('current');
    expect(byId.get('later_at_current')!.nodes).toEqual([]);
    // What exists at the baseline stays there.
    expect(byId.get('context-gasr')!.plateau?.id).toBe('current');
  });

  it('computes the same graphs every time', async () => {
    const first = await views();
    const second = await views();
    expect(JSON.stringify([...second.byId.values()])).toBe(JSON.stringify([...first.byId.values()]));
  });
});
