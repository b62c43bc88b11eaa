// Landscape: agencies as boxes holding their systems; edges are consumptions, labelled with the
// interface (and the platform it runs via), and direct dependencies. A gap view draws the landscape
// of two plateaus at once: the union of their projections.
import type { PlateauModel } from '../model/model-at.js';
import { compareSourceRanges } from '../model/source-order.js';
import type { Consumes, DependsOn, Interface, SemanticModel, System } from '../model/types.js';
import { isExchange } from '../rules/facts.js';
import type { DiagramWords } from './element-text.js';
import { labelOf } from './element-text.js';
import type { EdgeOptions, GraphBuilder } from './graph-builder.js';
import { thingKey } from './projections.js';
import { sharedWithStatuses, type StatusOf } from './status.js';
import type { Status } from './view-graph.js';

/** What the link drawing needs besides the systems: the builder, statuses and words. */
export interface LinkContext {
  readonly model: SemanticModel;
  readonly builder: GraphBuilder;
  readonly status: StatusOf;
  readonly locale: string;
  readonly words: DiagramWords;
}

/**
 * Every system of the projections that `keeps` (all by default) and their links; a system in
 * several is drawn as the latest one has it.
 */
export function drawLandscape(
  projections: readonly PlateauModel[],
  context: LinkContext,
  keeps: (id: string) => boolean = () => true,
): void {
  const systems = projections.flatMap((projection) => projection.systems.filter((system) => keeps(system.id)));
  // The first node with an id stays (of duplicate declarations, the first in source order).
  for (const projection of [...projections].reverse())
    for (const system of projection.systems) if (keeps(system.id)) context.builder.addNode(system);
  drawSystemLinks(systems, context, (_, other) => keeps(other.id));
}

/**
 * The consumptions and direct dependencies of `systems` (copies from one or more projections; a
 * statement found in several is drawn once), one edge per consumer and provider. `linksTo` says
 * which counterparts to link to (all by default; the builder drops links to systems not drawn).
 */
export function drawSystemLinks(
  systems: readonly System[],
  context: LinkContext,
  linksTo: (system: System, other: System) => boolean = () => true,
): void {
  const { builder, status, words } = context;
  // One edge per provider and route, naming the interfaces (a portal calling five services of one
  // registry is one line, not five); consumptions via an exchange platform and those that bypass
  // it are two lines.
  const byPair = new Map<string, Pair>();
  const dependencies = new Map<string, DependsOn>();
  for (const system of systems) {
    for (const pair of pairsOf(system)) {
      if (!linksTo(system, pair.provider)) continue;
      const drawn = byPair.get(pair.key);
      byPair.set(pair.key, drawn ? joined(drawn, pair) : pair);
    }
    for (const dependency of system.dependsOn) {
      const key = thingKey(dependency);
      if (dependency.target.target && linksTo(system, dependency.target.target) && !dependencies.has(key))
        dependencies.set(key, dependency);
    }
  }
  const edges = sharedWithStatuses(EDGES, status, context.locale);
  for (const pair of byPair.values()) {
    let edge = pair.joined ? consumptionEdge(pair, context) : edges.get(pair);
    if (!edge) edges.set(pair, (edge = consumptionEdge(pair, context)));
    builder.addEdge('consumes', pair.system, pair.provider, edge);
  }
  for (const dependency of dependencies.values()) {
    const target = dependency.target.target!;
    const kind = dependency.dependencyKind;
    builder.addEdge('depends-on', dependency.system, target, {
      label: dependency.what ?? (kind && words.dependencyKinds[kind]),
      status: status(dependency),
      tooltip: `${dependency.system.id} depends-on ${target.id}${kind ? ` { kind ${kind} }` : ''}`,
      statements: [dependency.source],
    });
  }
}

/** A system's consumptions of one provider's interfaces by one route (via an exchange platform, or not). */
interface Pair {
  readonly key: string;
  readonly system: System;
  readonly provider: System;
  readonly via?: string;
  /** Each consumption once, by its key. */
  readonly consumptions: ReadonlyMap<string, Consumes>;
  /** Made of two copies' pairs for one view, not one system's. */
  readonly joined?: true;
}

/**
 * A system's pairs, grouped once per system: a national model's contexts and landscapes draw a
 * system's links in dozens of views.
 */
function pairsOf(system: System): readonly Pair[] {
  let pairs = PAIRS.get(system);
  if (pairs) return pairs;
  const byKey = new Map<string, { key: string; system: System; provider: System; via?: string; consumptions: Map<string, Consumes> }>();
  for (const consumption of system.consumes) {
    const api = consumption.interface.target;
    const provider = api?.provider?.target;
    if (!provider) continue;
    const via = exchangePlatformOf(api!);
    const key = `${system.id}->${provider.id} ${via ?? ''}`;
    let pair = byKey.get(key);
    if (!pair) byKey.set(key, (pair = { key, system, provider, via, consumptions: new Map() }));
    const consumed = thingKey(consumption);
    if (!pair.consumptions.has(consumed)) pair.consumptions.set(consumed, consumption);
  }
  PAIRS.set(system, (pairs = [...byKey.values()]));
  return pairs;
}

const PAIRS = new WeakMap<System, readonly Pair[]>();

/** Two copies of a pair (a gap view draws two projections): the first one's consumptions and then the other's. */
function joined(first: Pair, second: Pair): Pair {
  const consumptions = new Map(first.consumptions);
  for (const [key, consumption] of second.consumptions) if (!consumptions.has(key)) consumptions.set(key, consumption);
  return { ...first, consumptions, joined: true };
}

/** The edge each pair is drawn as, by the statuses and locale of the views that draw it. */
const EDGES = new WeakMap<object, Map<string, Map<Pair, EdgeOptions>>>();

function consumptionEdge({ system, via, consumptions }: Pair, { model, locale, status }: LinkContext): EdgeOptions {
  const inOrder = [...consumptions.values()].sort((a, b) => compareSourceRanges(model, a.source, b.source));
  const names = inOrder.map((consumption) => labelOf(consumption.interface.target!, locale, model));
  const ids = inOrder.map(({ interface: { target: api } }) => `${api!.id}${api!.via?.target ? ` via ${api!.via.target.id}` : ''}`);
  return {
    label: interfacesLabel(names),
    status: mergedStatus(inOrder.map(status)),
    tooltip: `${system.id} consumes ${ids.join(', ')}`,
    statements: inOrder.map((consumption) => consumption.source),
    count: inOrder.length,
    key: via ? `via ${via}` : 'direct',
    via,
    interfaces: names,
  };
}

/** An edge's label naming the interfaces it draws: two at most, else the first and how many. */
export function interfacesLabel(names: readonly string[]): string {
  return names.length <= 2 ? names.join(', ') : `${names[0]}, … (${names.length})`;
}

/** The exchange platform an interface runs via, if it runs via one that exists here. */
export function exchangePlatformOf(api: Interface): string | undefined {
  const platform = api.via?.target;
  return platform && isExchange(platform) ? platform.id : undefined;
}

/** One status for several statements drawn as one edge: theirs when they agree; else `changed` in gap views, `active` otherwise. */
export function mergedStatus(statuses: readonly Status[]): Status {
  if (statuses.every((status) => status === statuses[0])) return statuses[0]!;
  return statuses.some((status) => status === 'new' || status === 'eliminated' || status === 'kept' || status === 'changed')
    ? 'changed'
    : 'active';
}
