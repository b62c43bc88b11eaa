// Landscape: agencies as boxes holding their systems; edges are consumptions, labelled with the
// interface (and the platform it runs via), and direct dependencies.
import { existsAt, type Plateau, type SemanticModel, type System } from '@gea/language';
import type { Status } from '../view-graph.js';
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
): void {
  for (const consumption of system.consumes) {
    const api = consumption.interface.target;
    const provider = api?.provider?.target;
    if (!api || !provider || !present(consumption) || !present(api)) continue;
    const via = api.via?.target;
    const label = via ? `${labelOf(api, locale, model)} · ${labelOf(via, locale, model)}` : labelOf(api, locale, model);
    builder.addEdge('consumes', system, provider, {
      label,
      status: status(consumption),
      tooltip: `${system.id} consumes ${api.id}${via ? ` via ${via.id}` : ''}`,
      key: api.id,
    });
  }
  for (const dependency of system.dependsOn) {
    const target = dependency.target.target;
    if (!target || !present(dependency)) continue;
    builder.addEdge('depends-on', system, target, {
      label: dependency.what ?? dependency.dependencyKind,
      status: status(dependency),
      tooltip: `${system.id} depends directly on ${target.id}${dependency.dependencyKind ? ` (${dependency.dependencyKind})` : ''}`,
    });
  }
}
