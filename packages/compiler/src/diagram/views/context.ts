// Context of an agency or a system: its systems and their neighbours (through consumptions and
// direct dependencies) up to `depth` steps away.
import { existsAt, type Element, type Plateau, type SemanticModel, type System } from '@gea/language';
import type { Status } from '../view-graph.js';
import type { GraphBuilder } from './graph-builder.js';
import { drawLandscape } from './landscape.js';

export function drawContext(model: SemanticModel, focus: Element, depth: number, plateau: Plateau, builder: GraphBuilder, status: (thing: Parameters<typeof existsAt>[0]) => Status, locale: string): void {
  const exists = (thing: Parameters<typeof existsAt>[0]) => existsAt(thing, plateau);
  let frontier: System[] = focus.kind === 'agency' ? focus.systems.filter(exists) : focus.kind === 'system' && exists(focus) ? [focus] : [];
  const reached = new Set<System>(frontier);
  for (let step = 0; step < depth; step++) {
    const next: System[] = [];
    for (const system of frontier) {
      for (const neighbour of neighboursOf(system, exists)) {
        if (!reached.has(neighbour)) {
          reached.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  drawLandscape(model, [plateau], builder, status, locale, reached);
}

function neighboursOf(system: System, exists: (thing: Parameters<typeof existsAt>[0]) => boolean): System[] {
  const neighbours: System[] = [];
  const add = (other: System | undefined) => {
    if (other && other !== system && exists(other)) neighbours.push(other);
  };
  for (const consumption of system.consumes) if (exists(consumption)) add(consumption.interface.target?.provider?.target);
  for (const api of system.provides) if (exists(api)) for (const consumption of api.consumedBy) if (exists(consumption)) add(consumption.system);
  for (const dependency of system.dependsOn) if (exists(dependency)) add(dependency.target.target);
  for (const dependency of system.dependedOnBy) if (exists(dependency)) add(dependency.system);
  return neighbours;
}
