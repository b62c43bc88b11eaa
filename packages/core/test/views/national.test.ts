// Views at national scale: the national example's landscape of agencies with ХУР as its hub, the
// links that bypass it drawn straight and marked with their findings, one landscape per agency;
// and a generated model of thirty agencies whose every default view stays small enough to read.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeViews, FOLD_ABOVE, modelAt, titlesIn, type Analysis, type SemanticModel, type ViewGraph } from '@gea-arch/core';
import { analyze, MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { nationalModel } from '../../../../bench/generate-model.mjs';

/** The .gea files of a workspace folder, by path. */
function geaFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.gea')) files[relative(root, join(dir, entry.name))] = readFileSync(join(dir, entry.name), 'utf8');
    }
  };
  walk(root);
  return files;
}

function viewsOf({ model, findings }: Analysis, locale?: string): Map<string, ViewGraph> {
  return new Map(computeViews(model, { findings, locale }).map((view) => [view.id, view]));
}

/** The agencies on each side of the cross-agency consumptions of interfaces via `platform` at `plateau`. */
function exchangesVia(model: SemanticModel, plateau: string, platform: string): { consumers: Set<string>; providers: Set<string> } {
  const at = modelAt(
    model,
    model.plateaus.find((p) => p.id === plateau)!,
  );
  const consumers = new Set<string>();
  const providers = new Set<string>();
  for (const system of at.systems)
    for (const consumption of system.consumes) {
      const api = consumption.interface.target;
      const consumer = system.owner?.target?.id;
      const provider = api?.provider?.target?.owner?.target?.id;
      if (api?.via?.target?.id !== platform || !consumer || !provider || consumer === provider) continue;
      consumers.add(consumer);
      providers.add(provider);
    }
  return { consumers, providers };
}

describe('the national example', () => {
  let analysis: Analysis;
  let views: Map<string, ViewGraph>;

  beforeAll(async () => {
    analysis = await analyze(geaFiles(MONGOLIA_EXAMPLE), { locales: ['mn', 'en'], evaluationDate: '2026-11-27' });
    views = viewsOf(analysis);
  });

  it('draws its landscape of agencies with ХУР as the hub every exchange runs through', () => {
    const landscape = views.get('landscape-current')!;
    expect(landscape).toMatchObject({ kind: 'landscape', aggregated: true, groups: [] });
    expect(landscape.nodes.find((node) => node.id === 'mn.khur')).toMatchObject({ kind: 'platform' });
    const { consumers, providers } = exchangesVia(analysis.model, 'current', 'mn.khur');
    expect(consumers.size).toBeGreaterThan(5);
    const toKhur = landscape.edges.filter((edge) => edge.to === 'mn.khur').map((edge) => edge.from);
    const fromKhur = landscape.edges.filter((edge) => edge.from === 'mn.khur').map((edge) => edge.to);
    expect(toKhur.sort()).toEqual([...consumers].sort());
    expect(fromKhur.sort()).toEqual([...providers].sort());
    for (const edge of landscape.edges.filter((e) => e.from === 'mn.khur' || e.to === 'mn.khur')) {
      expect(edge).toMatchObject({ kind: 'consumes', via: 'mn.khur' });
      expect(edge.label).toBe(String(edge.count ?? 1));
      expect(edge.tooltip.split('\n')[0]).toMatch(/мэдээлэл солилцоо:$/);
    }
    // No exchange through ХУР runs straight from agency to agency.
    expect(landscape.edges.filter((edge) => edge.kind === 'consumes' && edge.via === undefined)).toEqual([]);
  });

  it('lists in a tooltip each exchange of its edge: consumer → interface via the platform (the data it carries)', () => {
    const landscape = views.get('landscape-current')!;
    const at = modelAt(analysis.model, analysis.model.plateaus[0]!);
    const expected = new Map<string, Set<string>>();
    const consumersOf = new Map<string, Set<string>>();
    for (const system of at.systems)
      for (const consumption of system.consumes) {
        const api = consumption.interface.target;
        const consumer = system.owner?.target?.id;
        if (api?.via?.target?.id !== 'mn.khur' || !consumer || consumer === api.provider?.target?.owner?.target?.id) continue;
        const data = [...new Set(api.payloads.map((payload) => payload.data.target!.id))].sort();
        const line = `${system.id} → ${api.id} via mn.khur${data.length > 0 ? ` (${data.join(', ')})` : ''}`;
        expected.set(consumer, (expected.get(consumer) ?? new Set()).add(line));
        consumersOf.set(api.id, (consumersOf.get(api.id) ?? new Set()).add(system.id));
      }
    // Some interface is consumed by several systems: its data is described alike for each.
    expect([...consumersOf.values()].some((systems) => systems.size > 1)).toBe(true);
    for (const [consumer, lines] of expected) {
      const edge = landscape.edges.find((candidate) => candidate.from === consumer && candidate.to === 'mn.khur')!;
      const listed = edge.tooltip.split('\n').slice(1);
      expect(listed, consumer).toEqual(
        [...lines]
          .sort()
          .slice(0, 12)
          .concat(lines.size > 12 ? [listed.at(-1)!] : []),
      );
    }
  });

  it('counts on each agency the systems it owns there, and on ХУР the interfaces on it', () => {
    const landscape = views.get('landscape-target')!;
    const at = modelAt(analysis.model, analysis.model.plateaus[1]!);
    for (const agency of at.agencies.filter((a) => a.systems.length > 0)) {
      expect(landscape.nodes.find((node) => node.id === agency.id)).toMatchObject({ count: agency.systems.length });
    }
    const khur = at.platforms.find((platform) => platform.id === 'mn.khur')!;
    expect(landscape.nodes.find((node) => node.id === 'mn.khur')!.detail).toBe(`${khur.interfaces.length} интерфейс`);
  });

  it('draws the direct database links that bypass ХУР straight between agencies, marked with their waived findings', () => {
    const bypasses = views.get('landscape-current')!.edges.filter((edge) => edge.kind === 'depends-on');
    const expected = analysis.model.systems.flatMap((system) =>
      system.dependsOn
        .filter((dependency) => dependency.target.target?.owner?.target !== system.owner?.target)
        .map((dependency) => `depends-on:${system.owner!.target!.id}->${dependency.target.target!.owner!.target!.id}`),
    );
    expect(bypasses.map((edge) => edge.id).sort()).toEqual(expected.sort());
    for (const edge of bypasses) {
      expect(edge).toMatchObject({ status: 'retiring', findings: { waived: true, rules: ['cross-agency-via-platform'] } });
      expect(edge.findings!.severity).toBeUndefined();
    }
    // At target the links are gone.
    expect(views.get('landscape-target')!.edges.filter((edge) => edge.kind === 'depends-on')).toEqual([]);
    expect(
      views
        .get('gap-current-target')!
        .edges.filter((edge) => edge.kind === 'depends-on')
        .map((edge) => edge.status),
    ).toEqual(['eliminated', 'eliminated', 'eliminated']);
  });

  it("draws one landscape of each agency's systems at each plateau (its context at the baseline), with the systems it exchanges with", () => {
    const baseline = analysis.model.plateaus[0]!;
    for (const plateau of analysis.model.plateaus) {
      const at = modelAt(analysis.model, plateau);
      for (const agency of at.agencies.filter((a) => a.systems.length > 0)) {
        const id = plateau === baseline ? `context-${agency.id}` : `landscape-${plateau.id}-${agency.id}`;
        expect(views.has(`landscape-${plateau.id}-${agency.id}`)).toBe(plateau !== baseline);
        const view = views.get(id)!;
        expect(view, id).toBeDefined();
        const own = view.nodes.filter((node) => node.group === agency.id).map((node) => node.id);
        expect(own.sort()).toEqual(agency.systems.map((system) => system.id).sort());
        // Every other system exchanges with one of the agency's, straight or through an exchange platform.
        const linked = (id: string, to: readonly string[]) =>
          view.edges.some((edge) => (edge.from === id && to.includes(edge.to)) || (edge.to === id && to.includes(edge.from)));
        const platforms = view.nodes.filter((node) => node.kind === 'platform').map((node) => node.id);
        for (const platform of platforms) expect(linked(platform, own), `${view.id}: ${platform}`).toBe(true);
        for (const other of view.nodes.filter((node) => node.group !== agency.id && node.kind !== 'platform')) {
          expect(linked(other.id, own) || linked(other.id, platforms), `${view.id}: ${other.id}`).toBe(true);
        }
      }
    }
    const gasrTarget = views.get('landscape-target-mn.gasr')!.nodes.map((node) => node.id);
    expect(gasrTarget).toContain('mn.gasr.property_registry');
    expect(gasrTarget).not.toContain('mn.gasr.property_legacy');
  });

  it('has the views its README promises: generated and declared, none of them twice', () => {
    const readme = readFileSync(join(MONGOLIA_EXAMPLE, 'README.md'), 'utf8');
    expect(views.size).toBe(Number(/lists all (\d+)\)/.exec(readme)![1]));
    const declared = [...views.values()].filter((view) => view.declared);
    expect(declared).toHaveLength(analysis.model.views.length);
    expect(readme).toContain(`| \`views.gea\` | \`mn\` | six views, one of each kind |`);
    expect(declared).toHaveLength(6);
    // A declared view that draws what a generated one draws is a duplicate.
    const content = (view: ViewGraph) => JSON.stringify([view.nodes, view.edges, view.groups]);
    const generated = new Set([...views.values()].filter((view) => !view.declared).map(content));
    expect(declared.filter((view) => generated.has(content(view))).map((view) => view.id)).toEqual([]);
    // So are two generated views that draw the same at one plateau (an agency's landscape at the baseline is its context).
    const drawing = new Map<string, string>();
    const duplicates = [...views.values()].flatMap((view) => {
      const key = JSON.stringify(view.plateau) + content(view);
      const first = drawing.get(key);
      drawing.set(key, first ?? view.id);
      return first ? [`${view.id} = ${first}`] : [];
    });
    expect(duplicates).toEqual([]);
  });

  it('titles the landscapes in the chosen language', () => {
    const english = viewsOf(analysis, 'en');
    expect(english.get('landscape-current')!.title).toBe('Landscape — Current state 2026 (2026-01-01) [aggregated by agency]');
    expect(english.get('landscape-target-mn.gasr')!.title).toBe(
      'Landscape: General Authority for State Registration — Target state 2028 (2028-12-31)',
    );
  });
});

describe('a generated model of thirty agencies', () => {
  const AGENCIES = 30;
  let analysis: Analysis;
  let views: ViewGraph[];

  beforeAll(async () => {
    const files = Object.fromEntries([...nationalModel({ agencies: AGENCIES, seed: 1 })].filter(([path]) => path.endsWith('.gea')));
    analysis = await analyze(files, { locales: ['mn', 'en'] });
    views = computeViews(analysis.model, { findings: analysis.findings });
  });

  it('has a number of default views that grows with the agencies, not with the data', () => {
    const plateaus = analysis.model.plateaus.length;
    expect(analysis.model.data.length).toBeGreaterThan(AGENCIES * 30);
    // Per plateau a landscape of agencies and one per agency; a context and at most three data flows per agency; signatures; gaps.
    expect(views.length).toBeLessThanOrEqual(plateaus * (1 + AGENCIES) + AGENCIES * (1 + 3) + 1 + (plateaus - 1));
  });

  it('keeps every default view readable: at most about 60 nodes, and aggregated where it would pass 40', () => {
    const tooBig = views.filter((view) => view.nodes.length > 60 || (view.nodes.length > FOLD_ABOVE && !view.aggregated));
    expect(tooBig.map((view) => `${view.id}: ${view.nodes.length}`)).toEqual([]);
    // The agencies wanted by many would pass 40 nodes: their views fold the others.
    expect(views.find((view) => view.id === 'context-mn.a00')).toMatchObject({ aggregated: true });
    expect(views.find((view) => view.id === 'landscape-current')!.nodes).toHaveLength(AGENCIES + 1);
  });

  it('draws an element kept as it is as one node, shared by every view at the plateau that draws it in its group', () => {
    const drawnBy = new Map<string, ViewGraph['nodes'][number][]>();
    // A node marked with findings is its own copy.
    const plain = (node: ViewGraph['nodes'][number]) => node.kind === 'system' && node.findings === undefined;
    for (const view of views.filter((view) => view.plateau?.id === 'current' && !view.aggregated && view.kind === 'context'))
      for (const node of view.nodes.filter(plain)) drawnBy.set(node.id, [...(drawnBy.get(node.id) ?? []), node]);
    const shared = [...drawnBy.values()].filter((nodes) => nodes.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const [first, ...others] of shared) for (const other of others) expect(other).toBe(first);
  });

  it('names every view in the other language as computing it in that language does, folded alike', () => {
    // As the build draws views too dense to read: with the other agencies (an integration's consumers) folded.
    const foldOthers = new Set(
      views.filter((view) => view.kind === 'integration' || view.id.startsWith('context-')).map((view) => view.id),
    );
    const [mongolian, english] = ['mn', 'en'].map((locale) => computeViews(analysis.model, { locale, foldOthers }));
    expect(new Set(english!.map((view) => view.folding))).toEqual(new Set([undefined, 'all', 'others']));
    const inEnglish = titlesIn(analysis.model, mongolian!, 'en');
    expect(inEnglish.size).toBe(english!.length);
    for (const view of english!) expect(inEnglish.get(view.id), view.id).toBe(view.title);
    const inMongolian = titlesIn(analysis.model, english!, 'mn');
    for (const view of mongolian!) expect(inMongolian.get(view.id), view.id).toBe(view.title);
  });

  it('marks the consumptions that bypass ХУР with their errors on the landscape of agencies', () => {
    const landscape = views.find((view) => view.id === 'landscape-current')!;
    const bypassing = analysis.findings.filter(
      (finding) => finding.rule === 'cross-agency-via-platform' && !finding.waived && finding.plateaus.includes('current'),
    );
    const marked = landscape.edges.filter((edge) => edge.to !== 'mn.khur' && edge.from !== 'mn.khur');
    expect(bypassing.length).toBeGreaterThan(0);
    expect(marked.length).toBeGreaterThan(0);
    for (const edge of marked) expect(edge.findings?.rules, edge.id).toContain('cross-agency-via-platform');
    expect(marked.filter((edge) => edge.findings?.severity === 'error').length).toBeGreaterThan(0);
  });
});
