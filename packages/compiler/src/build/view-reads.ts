// What a view read of the model, as a build remembers it (remembered-views.ts): the elements it
// showed, drew before folding, and whose lists of what names them it followed, each as its place in
// the build's element table times eight plus how it was read (element-changes.ts SHOWN, DRAWN,
// FOLLOWED). A view drawn around a focus reaches elements only from there, through what an element
// names and the lists of what names the focus and what it drew (decision 0022 says why these are
// all it reads); a view of the whole model reads everything.
import type { SemanticModel, ViewDrawing, ViewSpec } from '@gea-arch/core';
import { DRAWN, FOLLOWED, SHOWN } from './element-changes.js';

/** Whether a view draws the whole model (the landscapes and gaps of agencies, the signatures, a landscape of every system). */
export function readsEverything(spec: ViewSpec): boolean {
  return (
    spec.level === 'agencies' ||
    spec.kind === 'gap' ||
    spec.from !== undefined ||
    spec.kind === 'signatures' ||
    (spec.kind === 'landscape' && spec.of?.kind !== 'agency')
  );
}

/** What the view of `spec`, drawn as `drawing`, read, by the places `placeOf` gives (ids it has none for are no element). */
export function viewReads(
  spec: ViewSpec,
  drawing: ViewDrawing,
  model: SemanticModel,
  placeOf: (id: string) => number | undefined,
): Int32Array {
  const how = new Map<number, number>();
  const read = (id: string, mask: number) => {
    const place = placeOf(id);
    if (place !== undefined) how.set(place, (how.get(place) ?? 0) | mask);
  };
  for (const id of drawing.shown) read(id, SHOWN);
  for (const id of drawing.groups) read(id, DRAWN);
  for (const id of drawing.nodes) {
    read(id, DRAWN | FOLLOWED);
    // A system's interfaces are the list of what names it as their provider.
    const element = model.byId.get(id);
    if (element?.kind === 'system') for (const provided of element.provides) read(provided.id, FOLLOWED);
  }
  if (spec.of) read(spec.of.id, SHOWN | FOLLOWED);
  if (spec.declared) read(spec.id, SHOWN);
  for (const element of [...spec.include, ...spec.exclude]) read(element.id, SHOWN);
  return Int32Array.from(how, ([place, mask]) => place * 8 + mask).sort();
}
