// Views read the model as it stands at their plateau (modelAt): what does not exist there is not
// drawn, not even as a group; statuses compare neighbouring projections; a gap view draws the union
// of two. No view module guards lifecycles by hand.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeView, computeViews, PlateauProjections, thingKey, viewSpecs, type SemanticModel, type ViewGraph } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';
import { viewsOfAgencies } from './agency-level.js';

const MODEL = `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
plateau later "Дараа" { date 2030-01-01 }
agency hosp "Эмнэлэг" { kind agency until target }
agency moh "Яам" { kind ministry }
platform khur "ХУР" { kind exchange operator moh }
system his "Эмнэлгийн систем" { owner hosp }
system ehr "Эрүүл мэндийн бүртгэл" { owner moh from target
  consumes lookup { purpose "Таних" } }
system registry "Бүртгэл" { owner moh }
interface lookup "Лавлагаа" { provider registry via khur style rest version "1" }
interface lookup2 "Лавлагаа 2" { provider registry via khur style rest version "2" from later }
view later_hub { kind integration of khur at later }
view systems_current { kind landscape at current }
view systems_target { kind landscape at target }
view systems_gap { kind gap compare current target }
`;

async function modelOf(source = MODEL): Promise<SemanticModel> {
  return (await analyze(source, { rules: [] })).model;
}

const byId = (views: readonly ViewGraph[]) => new Map(views.map((view) => [view.id, view]));

describe('views on the plateau projection', () => {
  it('draw a system whose owner is gone at the plateau without that owner as its group', async () => {
    const views = byId(computeViews(await modelOf()));
    expect(views.get('systems_current')!.nodes.map((node) => `${node.id}@${node.group ?? ''}`)).toEqual(['his@hosp', 'registry@moh']);
    expect(views.get('systems_target')!.nodes.map((node) => `${node.id}@${node.group ?? ''}`)).toEqual([
      'ehr@moh',
      'his@',
      'khur@',
      'registry@moh',
    ]);
    expect(views.get('systems_target')!.groups.map((group) => group.id)).toEqual(['moh']);
    // The landscape of agencies draws the agencies that own systems there, and the exchange platform.
    const agencies = byId(viewsOfAgencies(await modelOf()));
    expect(agencies.get('landscape-current')!.nodes.map((node) => `${node.id}:${node.detail}`)).toEqual([
      'hosp:1 систем',
      'khur:1 интерфейс',
      'moh:1 систем',
    ]);
    expect(agencies.get('landscape-target')!.nodes.map((node) => `${node.id}:${node.detail}`)).toEqual([
      'khur:1 интерфейс',
      'moh:2 систем',
    ]);
    // At the baseline an agency's landscape is its context.
    expect([...views.keys()].filter((id) => id.startsWith('landscape-') || id.startsWith('context-'))).toEqual([
      'context-hosp',
      'context-moh',
      'landscape-current',
      'landscape-later',
      'landscape-later-moh',
      'landscape-target',
      'landscape-target-moh',
    ]);
  });

  it('draw the generated context of an agency that does not exist at the baseline where it exists, and an empty context at a plateau asked for where it does not', async () => {
    const views = byId(computeViews(await modelOf()));
    expect(views.get('context-moh')!.nodes.map((node) => node.id)).toEqual(['registry']);
    expect(views.get('context-hosp')!.nodes.map((node) => node.id)).toEqual(['his']);
    const late = byId(
      computeViews(
        await modelOf(
          `${MODEL}\nagency newcomer "Шинэ" { kind agency from target }\nsystem nx "Н" { owner newcomer from target }\nview early { kind context of newcomer at current }`,
        ),
      ),
    );
    expect(late.get('context-newcomer')!.plateau?.id).toBe('target');
    expect(late.get('context-newcomer')!.nodes.map((node) => node.id)).toEqual(['nx']);
    expect(late.get('early')!.nodes).toEqual([]);
  });

  it('mark what is new at a plateau and what is gone at the next by comparing their projections', async () => {
    const views = byId(computeViews(await modelOf()));
    expect(views.get('systems_current')!.groups.map((group) => `${group.id}:${group.status}`)).toEqual(['hosp:retiring', 'moh:active']);
    expect(
      byId(viewsOfAgencies(await modelOf()))
        .get('landscape-current')!
        .nodes.map((node) => `${node.id}:${node.status}`),
    ).toEqual(['hosp:retiring', 'khur:active', 'moh:active']);
    expect(views.get('systems_target')!.nodes.map((node) => `${node.id}:${node.status}`)).toEqual([
      'ehr:planned',
      'his:active',
      'khur:active',
      'registry:active',
    ]);
    expect(views.get('systems_target')!.edges.map((edge) => `${edge.id}:${edge.status}`)).toEqual([
      'consumes:ehr->khur:planned',
      'consumes:khur->registry:planned',
    ]);
    expect(views.get('later_hub')!.nodes.map((node) => `${node.id}:${node.status}`)).toEqual([
      'ehr:active',
      'lookup:active',
      'lookup2:planned',
      'registry:active',
    ]);
  });

  it('draw a gap view as the union of its two projections, comparing what each element says in them', async () => {
    const gap = byId(computeViews(await modelOf())).get('systems_gap')!;
    // `his` still names `hosp` as its owner at target (owner-exists reports that): it is kept.
    expect(gap.nodes.map((node) => `${node.id}:${node.status}`)).toEqual(['ehr:new', 'his:kept', 'khur:kept', 'registry:kept']);
    expect(gap.edges.map((edge) => `${edge.id}:${edge.status}`)).toEqual(['consumes:ehr->khur:new', 'consumes:khur->registry:new']);
    // The gap of agencies: an agency whose systems change is changed, one gone is eliminated.
    const agencies = byId(viewsOfAgencies(await modelOf())).get('gap-current-target')!;
    expect(agencies.nodes.map((node) => `${node.id}:${node.status}:${node.detail}`)).toEqual([
      'hosp:eliminated:1 систем',
      'khur:kept:1 интерфейс',
      'moh:changed:1 → 2 систем',
    ]);
    const withChange = byId(computeViews(await modelOf(`${MODEL}\nsystem app "Апп" { owner moh depends-on registry { until target } }`)));
    const changed = withChange.get('systems_gap')!;
    expect(changed.nodes.map((node) => `${node.id}:${node.status}`)).toEqual([
      'app:changed',
      'ehr:new',
      'his:kept',
      'khur:kept',
      'registry:kept',
    ]);
    expect(changed.edges.map((edge) => `${edge.id}:${edge.status}`)).toEqual([
      'consumes:ehr->khur:new',
      'consumes:khur->registry:new',
      'depends-on:app->registry:eliminated',
    ]);
  });

  it('make each projection once per model, and find an element or statement in any of them by one key', async () => {
    const model = await modelOf();
    const projections = new PlateauProjections(model);
    const [current, target] = model.plateaus;
    expect(projections.at(current!)).toBe(projections.at(current!));
    // A second computation of views (the site's titles, after the diagrams) indexes nothing again.
    expect(new PlateauProjections(model).at(current!)).toBe(projections.at(current!));
    const ehr = model.systems.find((system) => system.id === 'ehr')!;
    expect(projections.at(current!).copyOf(ehr)).toBeUndefined();
    const copy = projections.at(target!).copyOf(ehr)!;
    expect(copy).not.toBe(ehr);
    expect(thingKey(copy)).toBe(thingKey(ehr));
    expect(projections.at(target!).copyOf(ehr.consumes[0]!)).toBe(copy.consumes[0]);
    expect(projections.neighboursOf(target!)).toEqual({ previous: projections.at(current!), next: projections.at(model.plateaus[2]!) });
  });

  it('draw in each view what it draws computed alone, though the views of a plateau share their nodes and edges', async () => {
    // The same systems at three plateaus with other statuses, in landscapes, contexts and a gap
    // view (two projections' consumptions joined into one edge), in both languages.
    const model = await modelOf(`${MODEL}
system portal "Портал" { owner moh
  consumes lookup { purpose "Нэг" }
  consumes lookup2 { purpose "Хоёр" } }
system app "Апп" { owner hosp consumes lookup, lookup2 depends-on registry }
view portal_context { kind context of portal at current depth 2 }
view portal_context_later { kind context of portal at later depth 2 }
view systems_later { kind landscape at later }
view systems_gap_later { kind gap compare target later }
`);
    for (const locale of ['mn', 'en']) {
      const together = computeViews(model, { locale });
      const alone = viewSpecs(model, { locale }).map((spec) => computeView(model, spec, new PlateauProjections(model)));
      expect(together).toEqual(alone);
      expect(together.length).toBeGreaterThan(10);
    }
  });

  it('leave lifecycles to modelAt: no view module reads lifecycles itself', () => {
    const source = join(import.meta.dirname, '../../src/views');
    const guarded = readdirSync(source).filter((file) =>
      /\b(existsAt|lifecycleAllows|plateausOf)\b/.test(readFileSync(join(source, file), 'utf8')),
    );
    expect(guarded).toEqual([]);
  });
});
