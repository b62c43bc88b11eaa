// Context of an agency or a system: its systems and their neighbours (through consumptions and
// direct dependencies) up to `depth` steps away, with the links that reach out from the centre —
// not the links among the outermost neighbours, which would turn a context into a landscape.
import type { Agency, System } from '../model/types.js';
import { drawSystemLinks, type LinkContext } from './landscape.js';

/** `focus` is the agency's or system's copy in the projection the view is drawn at. */
export function drawContext(focus: Agency | System, depth: number, context: LinkContext): void {
  // An agency without systems is still the subject of its context: drawn alone, not an empty picture.
  if (focus.kind === 'agency' && focus.systems.length === 0) context.builder.addNode(focus);
  let frontier: System[] = focus.kind === 'agency' ? [...focus.systems] : [focus];
  const distance = new Map<System, number>(frontier.map((system) => [system, 0]));
  // Stops when no system is left to reach: a depth may be far more than the model's systems.
  for (let step = 1; step <= depth && frontier.length > 0; step++) {
    const next: System[] = [];
    for (const system of frontier) {
      for (const neighbour of neighboursOf(system)) {
        if (!distance.has(neighbour)) {
          distance.set(neighbour, step);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  for (const system of distance.keys()) context.builder.addNode(system);
  const inner = new Set([...distance].filter(([, steps]) => steps < depth).map(([system]) => system));
  // A link is drawn when one of its ends is inside the outermost ring.
  drawSystemLinks([...distance.keys()], context, (system, other) => inner.has(system) || inner.has(other));
}

function neighboursOf(system: System): System[] {
  const neighbours: System[] = [];
  const add = (other: System | undefined) => {
    if (other && other !== system) neighbours.push(other);
  };
  for (const consumption of system.consumes) add(consumption.interface.target?.provider?.target);
  for (const api of system.provides) for (const consumption of api.consumedBy) add(consumption.system);
  for (const dependency of system.dependsOn) add(dependency.target.target);
  for (const dependency of system.dependedOnBy) add(dependency.system);
  return neighbours;
}
