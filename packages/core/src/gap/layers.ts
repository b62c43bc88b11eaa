// The architecture layers a gap is reported in (TOGAF's): agencies; data; applications (systems
// and interfaces); technology (platforms and trust services).
import type { Element, ElementKind, SemanticModel } from '../model/types.js';

export const LAYERS = ['agencies', 'data', 'applications', 'technology'] as const;
export type Layer = (typeof LAYERS)[number];

export const LAYER_OF_KIND: Readonly<Partial<Record<ElementKind, Layer>>> = {
  agency: 'agencies',
  data: 'data',
  system: 'applications',
  interface: 'applications',
  platform: 'technology',
  trust: 'technology',
};

/** The layer an element is reported in; laws, plateaus, views and waivers are in none. */
export function layerOf(element: Element): Layer | undefined {
  return LAYER_OF_KIND[element.kind];
}

/**
 * The elements of a model (or projection) that are in a layer, by full name: the first declaration
 * of each name, as references resolve to it.
 */
export function layeredElements(model: SemanticModel): Map<string, Element> {
  return declaredElements(model, (element) => layerOf(element) !== undefined);
}

/** Every element (that `keep` keeps) by full name: the first declaration of each name. */
export function declaredElements(model: SemanticModel, keep: (element: Element) => boolean = () => true): Map<string, Element> {
  const elements = new Map<string, Element>();
  for (const element of model.elements) {
    if (elements.has(element.id) || !keep(element)) continue;
    if (model.byId.get(element.id) === element) elements.set(element.id, element);
  }
  return elements;
}
