// Every view of a model: the declared `view`s and the generated defaults (a landscape per plateau,
// a context per agency, a data flow per base registry, one signatures map, a gap per consecutive
// pair of plateaus), each computed into a ViewGraph.
import type { Element, Plateau, SemanticModel, View } from '../model/types.js';
import type { ViewGraph } from './view-graph.js';
import { aggregateByAgency, AGGREGATE_ABOVE } from './aggregate.js';
import { drawContext } from './context.js';
import { drawDataflow } from './dataflow.js';
import { labelOf } from './element-text.js';
import { applyFilters } from './filters.js';
import { compare, GraphBuilder } from './graph-builder.js';
import { drawIntegration } from './integration.js';
import { drawLandscape } from './landscape.js';
import { drawSignatures } from './signatures.js';
import { PlateauProjections } from './projections.js';
import { gapStatus, statusAt } from './status.js';
import { viewTitle } from './titles.js';
import type { ViewSpec } from './view-spec.js';
import { wordsFor } from '../words/words.js';

/** Landscapes and gap views with more edges than this draw them without labels. */
export const LABELLED_EDGES_MAX = 40;

export interface ViewOptions {
  /** Locale of labels and titles; the model's default locale by default. */
  readonly locale?: string;
}

/** The views of a model, declared ones first where a generated one would take the same id, sorted by id. */
export function viewSpecs(model: SemanticModel, options: ViewOptions = {}): ViewSpec[] {
  const locale = options.locale ?? model.defaultLocale;
  const specs = new Map<string, ViewSpec>();
  for (const view of model.views) if (!specs.has(view.id)) specs.set(view.id, declaredSpec(view, model, locale));
  for (const spec of generatedSpecs(model, locale)) if (!specs.has(spec.id)) specs.set(spec.id, spec);
  return [...specs.values()].sort((a, b) => compare(a.id, b.id));
}

/** Every view, computed on the projections of the model at the plateaus they show (each made once). */
export function computeViews(model: SemanticModel, options: ViewOptions = {}): ViewGraph[] {
  const projections = new PlateauProjections(model);
  return viewSpecs(model, options).map((spec) => computeView(model, spec, projections));
}

/**
 * One view. It reads the model as it stands at the view's plateau (`modelAt`); statuses compare
 * that with the neighbouring plateaus, and a gap view draws the union of its two plateaus.
 */
export function computeView(model: SemanticModel, spec: ViewSpec, projections = new PlateauProjections(model)): ViewGraph {
  const at = projections.at(spec.at);
  const from = spec.kind === 'gap' && spec.from ? projections.at(spec.from) : undefined;
  const status = from ? gapStatus(from, at) : statusAt(projections, spec.at);
  const words = wordsFor(spec.locale).diagrams;
  const builder = new GraphBuilder(model, spec.locale, spec.groupBy, status);
  const links = { model, builder, status, locale: spec.locale, words };
  const focus = spec.of && at.copyOf(spec.of);
  switch (spec.kind) {
    case 'landscape':
      drawLandscape([at.model], links);
      break;
    case 'context':
      if (focus?.kind === 'agency' || focus?.kind === 'system') drawContext(focus, spec.depth, links);
      break;
    case 'dataflow':
      if (focus?.kind === 'data') drawDataflow(focus, builder, status);
      break;
    case 'integration':
      if (focus?.kind === 'platform') drawIntegration(focus, builder, status);
      break;
    case 'signatures':
      drawSignatures(at.model, builder, status);
      break;
    case 'gap':
      drawLandscape(from ? [from.model, at.model] : [at.model], links);
      break;
  }
  let parts = applyFilters(builder.parts(), spec, model);
  const aggregated = parts.nodes.length > AGGREGATE_ABOVE;
  if (aggregated) parts = aggregateByAgency(parts, model, spec.locale);
  // In a busy landscape the interface names on every line hide the picture; they stay in the tooltips.
  if ((spec.kind === 'landscape' || spec.kind === 'gap') && !aggregated && parts.edges.length > LABELLED_EDGES_MAX) {
    parts = { ...parts, edges: parts.edges.map(({ label: _label, ...edge }) => edge) };
  }
  // The implicit plateau of a model without plateaus is today: naming it would change the picture daily.
  const plateauInfo = (plateau: Plateau) =>
    plateau.implicit ? undefined : { id: plateau.id, label: labelOf(plateau, spec.locale, model), date: plateau.date };
  const earlier = from ? spec.from : undefined;
  return {
    id: spec.id,
    kind: spec.kind,
    title: viewTitle(
      {
        kind: spec.kind,
        declaredTitle: spec.title,
        subject: spec.of ? labelOf(spec.of, spec.locale, model) : undefined,
        plateau: plateauInfo(spec.at),
        from: earlier ? plateauInfo(earlier) : undefined,
        aggregated,
      },
      words,
    ),
    locale: spec.locale,
    ...(plateauInfo(spec.at) ? { plateau: plateauInfo(spec.at) } : {}),
    ...(earlier && plateauInfo(earlier) ? { compareFrom: plateauInfo(earlier) } : {}),
    declared: spec.declared,
    aggregated,
    ...parts,
  };
}

function declaredSpec(view: View, model: SemanticModel, locale: string): ViewSpec {
  const kind = view.viewKind ?? 'landscape';
  const [first, second] = model.plateaus;
  const compareFrom = view.compare?.from.target;
  const compareTo = view.compare?.to?.target;
  const gapFrom = kind === 'gap' ? (compareFrom ?? first) : undefined;
  const gapTo = kind === 'gap' ? (compareTo ?? (compareFrom ? nextPlateau(model, compareFrom) : second) ?? first) : undefined;
  return {
    id: view.id,
    kind,
    declared: true,
    title: view.title !== undefined ? (view.names[locale] ?? view.title) : undefined,
    of: view.of?.target as Element | undefined,
    at: gapTo ?? view.at?.target ?? first!,
    from: gapFrom !== gapTo ? gapFrom : undefined,
    include: targets(view.include),
    exclude: targets(view.exclude),
    tags: view.tags,
    groupBy: view.groupBy ?? 'agency',
    depth: view.depth ?? 1,
    locale,
  };
}

function generatedSpecs(model: SemanticModel, locale: string): ViewSpec[] {
  const baseline = model.plateaus[0]!;
  const spec = (id: string, kind: ViewSpec['kind'], at: Plateau, extra: Partial<ViewSpec> = {}): ViewSpec => ({
    id,
    kind,
    declared: false,
    at,
    include: [],
    exclude: [],
    tags: [],
    groupBy: 'agency',
    depth: 1,
    locale,
    ...extra,
  });
  const specs: ViewSpec[] = model.plateaus.map((plateau) => spec(`landscape-${plateau.id}`, 'landscape', plateau));
  for (const agency of model.agencies) specs.push(spec(`context-${agency.id}`, 'context', baseline, { of: agency }));
  for (const data of model.data) if (data.baseRegistry) specs.push(spec(`dataflow-${data.id}`, 'dataflow', baseline, { of: data }));
  specs.push(spec('signatures', 'signatures', baseline));
  for (let index = 1; index < model.plateaus.length; index++) {
    const from = model.plateaus[index - 1]!;
    const to = model.plateaus[index]!;
    specs.push(spec(`gap-${from.id}-${to.id}`, 'gap', to, { from }));
  }
  return specs;
}

function nextPlateau(model: SemanticModel, plateau: Plateau): Plateau | undefined {
  return model.plateaus[model.plateaus.indexOf(plateau) + 1];
}

function targets(references: View['include']): Element[] {
  return references.map((reference) => reference.target).filter((element): element is Element => element !== undefined);
}
