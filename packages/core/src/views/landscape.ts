// Landscape: agencies as boxes holding their systems; edges are consumptions, labelled with the
// interface (and the platform it runs via), and direct dependencies.
import { existsAt } from '../model/plateaus.js';
import { type Plateau, type SemanticModel, type System } from '../model/types.js';
import type { Status } from './view-graph.js';
import { labelOf } from './element-text.js';
import type { GraphBuilder } from './graph-builder.js';

export function drawLandscape(model: SemanticModel, plateaus: readonly Plateau[], builder: GraphBuilder, status: (thing: Parameters<typeof existsAt>[0]) => Status, locale: string, only?: ReadonlySet<System>): void {
  const present = (thing: Parameters<typeof existsAt>[0]) => plateaus.some((plateau) => existsAt(thing, plateau));
  const systems = model.systems.filter((system) => present(system) && (!only || only.has(system)));
  for (const system of systems) builder.addNode(system);
  for (const system of systems) drawSystemLinks(system, model, plateaus, builder, status, locale, present);
}

/** The consumptions and dependencies of one system that exist at any of the plateaus. */
export function drawSystemLinks(
  system: System,
  model: SemanticModel,
  plateaus: readonly Plateau[],
  builder: GraphBuilder,
  status: (thing: Parameters<typeof existsAt>[0]) => Status,
  locale: string,
  present: (thing: Parameters<typeof existsAt>[0]) => boolean = (thing) => plateaus.some((plateau) => existsAt(thing, plateau)),
  /** Which counterparts to link to (all by default; the builder drops links to systems not drawn). */
  linksTo: (other: System) => boolean = () => true,
): void {
  // One edge per provider, naming the interfaces (a portal calling five services of one registry
  // is one line, not five).
  const byProvider = new Map<System, { names: string[]; ids: string[]; statuses: Status[] }>();
  for (const consumption of system.consumes) {
    const api = consumption.interface.target;
    const provider = api?.provider?.target;
    if (!api || !provider || !present(consumption) || !present(api) || !linksTo(provider)) continue;
    const entry = byProvider.get(provider) ?? { names: [], ids: [], statuses: [] };
    entry.names.push(labelOf(api, locale, model));
    entry.ids.push(`${api.id}${api.via?.target ? ` via ${api.via.target.id}` : ''}`);
    entry.statuses.push(status(consumption));
    byProvider.set(provider, entry);
  }
  for (const [provider, { names, ids, statuses }] of byProvider) {
    builder.addEdge('consumes', system, provider, {
      label: names.length <= 2 ? names.join(', ') : `${names[0]}, … (${names.length})`,
      status: mergedStatus(statuses),
      tooltip: `${system.id} consumes ${ids.join(', ')}`,
    });
  }
  for (const dependency of system.dependsOn) {
    const target = dependency.target.target;
    if (!target || !present(dependency) || !linksTo(target)) continue;
    builder.addEdge('depends-on', system, target, {
      label: dependency.what ?? dependency.dependencyKind,
      status: status(dependency),
      tooltip: `${system.id} depends directly on ${target.id}${dependency.dependencyKind ? ` (${dependency.dependencyKind})` : ''}`,
    });
  }
}

/** One status for several consumptions drawn as one edge: theirs when they agree; else `changed` in gap views, `active` otherwise. */
function mergedStatus(statuses: readonly Status[]): Status {
  if (statuses.every((status) => status === statuses[0])) return statuses[0]!;
  return statuses.some((status) => status === 'new' || status === 'eliminated' || status === 'kept' || status === 'changed') ? 'changed' : 'active';
}
