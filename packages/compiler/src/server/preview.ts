// The live diagram preview: `gea/preview` draws a view as SVG, the one named or the one about
// the element at the cursor (a view itself; the context of an agency or system; the data flow of
// a data asset; the integration view of a platform; else the landscape), with where each drawn
// element is declared so that a click can reveal it.
import { computeView, plateauShowing, viewSpecs, type Element, type SemanticModel, type ViewSpec } from '@gea-arch/core';
import { renderSvg, type Fonts } from '@gea-arch/diagrams';
import type { Location } from 'vscode-languageserver-types';
import type { PreviewLayouts } from './preview-layouts.js';

export const PREVIEW_REQUEST = 'gea/preview';

export interface PreviewParams {
  /** A document of the workspace to draw from. */
  readonly uri: string;
  /** Draw this view (a declared or generated view id)… */
  readonly view?: string;
  /** …or the view about this element (full name)… */
  readonly element?: string;
  /** …or about the element declared at this position of `uri`. */
  readonly position?: { readonly line: number; readonly character: number };
}

export interface PreviewResult {
  readonly view: string;
  readonly title: string;
  readonly svg: string;
  /** Where each element drawn (by `data-id`) is declared. */
  readonly locations: Readonly<Record<string, Location>>;
}

/** The spec of the view to draw for `params`, given the element it is about. */
export function previewSpec(model: SemanticModel, locale: string | undefined, view?: string, element?: Element): ViewSpec | undefined {
  const specs = viewSpecs(model, { locale });
  if (view !== undefined) return specs.find((spec) => spec.id === view);
  if (!element) return specs.find((spec) => spec.kind === 'landscape') ?? specs[0];
  const about = aboutElement(model, specs, element, locale);
  // A view about an element that does not exist at the view's plateau is drawn where it does.
  return about && about.of?.id === element.id ? { ...about, at: plateauShowing(element, model.plateaus, about.at) } : about;
}

function aboutElement(
  model: SemanticModel,
  specs: readonly ViewSpec[],
  element: Element,
  locale: string | undefined,
): ViewSpec | undefined {
  const byId = (id: string) => specs.find((spec) => spec.id === id);
  const generated = (kind: ViewSpec['kind']): ViewSpec => ({
    id: `${kind}-${element.id}`,
    kind,
    declared: false,
    level: 'systems',
    of: element,
    at: model.plateaus[0]!,
    include: [],
    exclude: [],
    tags: [],
    groupBy: 'agency',
    depth: 1,
    locale: locale ?? model.defaultLocale,
  });
  switch (element.kind) {
    case 'view':
      return byId(element.id);
    case 'agency':
      return byId(`context-${element.id}`) ?? generated('context');
    case 'system':
      return generated('context');
    case 'data':
      return byId(`dataflow-${element.id}`) ?? generated('dataflow');
    case 'platform':
      return generated('integration');
    default:
      return specs.find((spec) => spec.kind === 'landscape') ?? specs[0];
  }
}

/** Lays out (through `layouts`) and draws a view with `fonts`, and where its elements are declared. */
export async function renderPreview(model: SemanticModel, spec: ViewSpec, fonts: Fonts, layouts: PreviewLayouts): Promise<PreviewResult> {
  const graph = computeView(model, spec);
  const svg = renderSvg(await layouts.of(graph, fonts), fonts, { siteRoot: '' });
  const declared = new Map<string, Element>();
  for (const element of model.elements) if (!declared.has(element.id)) declared.set(element.id, element);
  const locations: Record<string, Location> = {};
  // Agencies and platforms drawn as boxes around others are groups, and clicked as readily as nodes.
  for (const { id } of [...graph.nodes, ...graph.groups]) {
    const element = declared.get(id);
    if (element) locations[id] = { uri: element.head.uri, range: { start: element.head.start, end: element.head.end } };
  }
  return { view: graph.id, title: graph.title, svg, locations };
}
