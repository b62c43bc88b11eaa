// Context of an agency or a system: its systems and their neighbours (through consumptions and
// direct dependencies) up to `depth` steps away, with the links that reach out from the centre —
// not the links among the outermost neighbours, which would turn a context into a landscape.
import { existsAt } from '../model/plateaus.js';
import { type Element, type Plateau, type SemanticModel, type System } from '../model/types.js';
import type { Status } from './view-graph.js';
import type { GraphBuilder } from './graph-builder.js';
import { drawSystemLinks } from './landscape.js';

export function drawContext(model: SemanticModel, focus: Element, depth: number, plateau: Plateau, builder: GraphBuilder, status: (thing: Parameters<typeof existsAt>[0]) => Status, locale: string): void {
  const exists = (thing: Parameters<typeof existsAt>[0]) => existsAt(thing, plateau);
  let frontier: System[] = focus.kind === 'agency' ? focus.systems.filter(exists) : focus.kind === 'system' && exists(focus) ? [focus] : [];
  const distance = new Map<System, number>(frontier.map((system) => [system, 0]));
  for (let step = 1; step <= depth; step++) {
    const next: System[] = [];
    for (const system of frontier) {
      for (const neighbour of neighboursOf(system, exists)) {
        if (!distance.has(neighbour)) {
          distance.set(neighbour, step);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  for (const system of distance.keys()) builder.addNode(system);
  const inner = new Set([...distance].filter(([, steps]) => steps < depth).map(([system]) => system));
  // A link is drawn when one of its ends is inside the outermost ring.
  for (const system of distance.keys()) {
    drawSystemLinks(system, model, [plateau], builder, status, locale, undefined, (other) => inner.has(system) || inner.has(other));
  }
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
