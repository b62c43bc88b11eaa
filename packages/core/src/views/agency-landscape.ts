// Landscape of agencies (the generated landscape and gap views): the agencies that own systems and
// the exchange platforms, with one edge per pair standing for the exchanges between them. An
// exchange via an exchange platform passes through it (consumer agency → platform → provider
// agency); one that bypasses it — a consumption not via an exchange platform, a direct dependency —
// runs straight from agency to agency, and the statement's findings mark that edge.
import type { PlateauModel } from '../model/model-at.js';
import type { Agency, Consumes, DependsOn, Element, Interface, Platform, SourceRange } from '../model/types.js';
import { isExchange } from '../rules/facts.js';
import { firstInOrder } from './first-in-order.js';
import { compare } from './graph-builder.js';
import { mergedStatus, type LinkContext } from './landscape.js';
import { thingKey } from './projections.js';
import type { EdgeKind, Status } from './view-graph.js';

/** The exchanges an edge's tooltip lists before it says how many more there are. */
const TOOLTIP_LINES = 12;

interface Route {
  readonly kind: EdgeKind;
  readonly from: Element;
  readonly to: Element;
  /** The statements the route stands for (each once). */
  readonly relations: Map<string, Consumes | DependsOn>;
  /** Where the statements written on this leg are (the consumer's side of an exchange). */
  readonly statements: SourceRange[];
  /** The exchange platform the route runs to or from. */
  readonly via?: string;
}

/**
 * Draws the agencies and exchange platforms of `projections` (one, or two for a gap: their union,
 * each element as the latest has it) and the exchanges between different agencies.
 */
export function drawAgencyLandscape(projections: readonly PlateauModel[], context: LinkContext, gap: boolean): void {
  const { builder, status, words } = context;
  const latestFirst = [...projections].reverse();
  const agencies = new Map<string, { agency: Agency; systems: Set<string>; standsFor: Set<string>; statuses: Status[] }>();
  const platforms = new Map<string, { platform: Platform; interfaces: Set<string> }>();
  for (const projection of latestFirst) {
    for (const system of projection.systems) {
      const agency = system.owner?.target;
      if (!agency) continue;
      const entry = agencies.get(agency.id) ?? { agency, systems: new Set(), standsFor: new Set([agency.id]), statuses: [] };
      if (!entry.systems.has(system.id)) {
        entry.systems.add(system.id);
        entry.statuses.push(status(system));
      }
      entry.standsFor.add(system.id);
      for (const api of system.provides) entry.standsFor.add(api.id);
      agencies.set(agency.id, entry);
    }
    for (const data of projection.data) {
      const owner = data.owner?.target;
      if (owner) agencies.get(owner.id)?.standsFor.add(data.id);
    }
    for (const platform of projection.platforms) {
      if (isExchange(platform) && !platforms.has(platform.id)) platforms.set(platform.id, { platform, interfaces: new Set() });
    }
    for (const api of projection.interfaces) {
      const via = api.via?.target;
      if (via) platforms.get(via.id)?.interfaces.add(api.id);
    }
  }
  for (const { agency, systems, standsFor, statuses } of agencies.values()) {
    const own = status(agency);
    // In a gap an agency that stays is `changed` when its systems are not all kept.
    const shown = gap && own === 'kept' && mergedStatus(statuses) !== 'kept' ? 'changed' : own;
    const { before, after } = beforeAndAfter(statuses);
    builder.addNode(agency, {
      detail: before !== after ? words.overview.systemsChange({ before, after }) : words.overview.systems({ count: after }),
      count: systems.size,
      // In no order: what a node stands for is only looked up (view-findings.ts).
      standsFor: [...standsFor],
      status: shown,
    });
  }
  for (const { platform, interfaces } of platforms.values()) {
    builder.addNode(platform, { detail: words.overview.interfaces({ count: interfaces.size }) });
  }

  // By kind, then by the ids of the ends (maps of ids rather than a key made for each of 30 000 exchanges).
  const routes = new Map<EdgeKind, Map<string, Map<string, Route>>>();
  const route = (kind: EdgeKind, from: Element, to: Element, relation: Consumes | DependsOn, written: boolean, via?: string) => {
    let byFrom = routes.get(kind);
    if (!byFrom) routes.set(kind, (byFrom = new Map()));
    let byTo = byFrom.get(from.id);
    if (!byTo) byFrom.set(from.id, (byTo = new Map()));
    let entry = byTo.get(to.id);
    if (!entry) byTo.set(to.id, (entry = { kind, from, to, relations: new Map(), statements: [], via }));
    const key = thingKey(relation);
    if (!entry.relations.has(key)) {
      entry.relations.set(key, relation);
      if (written) entry.statements.push(relation.source);
    }
  };
  for (const projection of latestFirst) {
    for (const system of projection.systems) {
      const consumer = system.owner?.target;
      if (!consumer) continue;
      for (const consumption of system.consumes) {
        const api = consumption.interface.target;
        const provider = api?.provider?.target?.owner?.target;
        if (!api || !provider || provider.id === consumer.id) continue;
        const platform = api.via?.target && platforms.get(api.via.target.id)?.platform;
        if (platform) {
          route('consumes', consumer, platform, consumption, true, platform.id);
          route('consumes', platform, provider, consumption, false, platform.id);
        } else {
          route('consumes', consumer, provider, consumption, true);
        }
      }
      for (const dependency of system.dependsOn) {
        const owner = dependency.target.target?.owner?.target;
        if (owner && owner.id !== consumer.id) route('depends-on', consumer, owner, dependency, true);
      }
    }
  }
  const carried = new Map<Interface, string>();
  const everyRoute = [...routes.values()].flatMap((byFrom) => [...byFrom.values()].flatMap((byTo) => [...byTo.values()]));
  for (const { kind, from, to, relations, statements, via } of everyRoute) {
    const count = relations.size;
    const described = new Set<string>();
    const statuses: Status[] = [];
    for (const relation of relations.values()) {
      described.add(describe(relation, carried));
      statuses.push(status(relation));
    }
    const lines = firstInOrder(described, TOOLTIP_LINES);
    const { before, after } = beforeAndAfter(statuses);
    builder.addEdge(kind, from, to, {
      label: before !== after ? `${before} → ${after}` : String(after),
      status: mergedStatus(statuses),
      tooltip: [
        words.overview.exchanges({ count, from: from.id, to: to.id }),
        ...lines,
        ...(described.size > TOOLTIP_LINES ? [words.overview.more({ count: described.size - TOOLTIP_LINES })] : []),
      ].join('\n'),
      statements,
      count,
      via,
    });
  }
}

/** How many of the things with these statuses exist at the earlier and at the later plateau of a gap (else both: all of them). */
function beforeAndAfter(statuses: readonly Status[]): { before: number; after: number } {
  return {
    before: statuses.filter((status) => status !== 'new').length,
    after: statuses.filter((status) => status !== 'eliminated').length,
  };
}

/**
 * One exchange in an edge's tooltip: `consumer → interface (the data it carries)`, or a direct
 * dependency. `carried` keeps each interface's part for the view: a national landscape has 15 000
 * exchanges of 8 000 interfaces. Each statement's line is made once for all the landscapes and
 * gaps that draw it (its copy at each plateau names that plateau's copies).
 */
function describe(relation: Consumes | DependsOn, carried: Map<Interface, string>): string {
  let line = DESCRIBED.get(relation);
  if (line !== undefined) return line;
  if (relation.kind === 'depends-on') line = `${relation.system.id} depends-on ${relation.target.target?.id ?? relation.target.text}`;
  else {
    const api = relation.interface.target!;
    let part = carried.get(api);
    if (part === undefined) carried.set(api, (part = carriedData(api)));
    line = `${relation.system.id} → ${api.id}${part}`;
  }
  DESCRIBED.set(relation, line);
  return line;
}

const DESCRIBED = new WeakMap<Consumes | DependsOn, string>();

/** ` via platform (data, …)`: where an interface runs and the data it carries. */
function carriedData(api: Interface): string {
  const data = [...new Set(api.payloads.map((payload) => payload.data.target?.id ?? payload.data.text))].sort(compare);
  const via = api.via?.target ? ` via ${api.via.target.id}` : '';
  return `${via}${data.length > 0 ? ` (${data.join(', ')})` : ''}`;
}
