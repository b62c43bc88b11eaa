// Every view of a model: the declared `view`s and the generated defaults, each computed into a
// ViewGraph. The defaults grow with the agencies, not with the data: a landscape per plateau (of
// systems in a small model, of agencies past SYSTEM_LANDSCAPE_MAX systems), a context per agency
// that owns systems (its landscape at the baseline), a landscape of each agency's systems per later
// plateau, a data flow per base registry (at most three per agency), one signatures map, a gap view
// (drawn as the landscape is) per consecutive pair of plateaus.
import type { Finding } from '../findings/finding.js';
import { plateauShowing } from '../model/plateaus.js';
import type { Element, Plateau, SemanticModel, View } from '../model/types.js';
import type { ViewGraph, ViewNode, ViewEdge } from './view-graph.js';
import { drawAgencyLandscape } from './agency-landscape.js';
import { drawContext } from './context.js';
import { drawDataflow } from './dataflow.js';
import { labelOf } from './element-text.js';
import { applyFilters, filterOf } from './filters.js';
import { AGGREGATE_ABOVE, FOLD_ABOVE, foldIntoAgencies } from './fold.js';
import { compare, GraphBuilder, owningAgency, type DrawnNode, type GraphParts } from './graph-builder.js';
import { drawIntegration } from './integration.js';
import { drawLandscape, type LinkContext } from './landscape.js';
import { drawSignatures, summarizeTimestamps } from './signatures.js';
import { PlateauProjections, type Projection } from './projections.js';
import { gapStatus, statusAt } from './status.js';
import { throughExchangePlatforms } from './through-platforms.js';
import { viewTitle, type Folding } from './titles.js';
import { markFindings } from './view-findings.js';
import type { ViewSpec } from './view-spec.js';
import { wordsFor } from '../words/words.js';

/** Landscapes and gap views of systems with more edges than this draw them without labels. */
export const LABELLED_EDGES_MAX = 40;

/** Generated landscapes and gap views of at most this many systems draw the systems, inside their agencies. */
export const SYSTEM_LANDSCAPE_MAX = 20;

/** Generated data flows per agency: its first base registries in source order (a `view` draws any other). */
export const DATAFLOWS_PER_AGENCY = 3;

export interface ViewOptions {
  /** Locale of labels and titles; the model's default locale by default. */
  readonly locale?: string;
  /** The model's findings (`analyzeModel`): those that hold at a view's plateaus mark its nodes and edges. */
  readonly findings?: readonly Finding[];
  /** Views (by id) drawn with the other agencies folded whatever their size: those too dense to read as drawn. */
  readonly foldOthers?: ReadonlySet<string>;
}

/**
 * What a view drew: the ids of its nodes and groups as drawn from the model, before the other
 * agencies were folded, and of those shown after (with the nodes added once folded: the exchange
 * platforms a landscape's lines run through). A build that remembers views tells from them
 * which views an edit can change (compiler `remembered-views.ts`).
 */
export interface ViewDrawing {
  readonly nodes: readonly string[];
  readonly groups: readonly string[];
  readonly shown: readonly string[];
}

/** The views of a model, declared ones first where a generated one would take the same id, sorted by id. */
export function viewSpecs(model: SemanticModel, options: ViewOptions = {}, projections = new PlateauProjections(model)): ViewSpec[] {
  const locale = options.locale ?? model.defaultLocale;
  const specs = new Map<string, ViewSpec>();
  for (const view of model.views) if (!specs.has(view.id)) specs.set(view.id, declaredSpec(view, model, locale));
  for (const spec of generatedSpecs(model, locale, projections)) if (!specs.has(spec.id)) specs.set(spec.id, spec);
  const folded = (spec: ViewSpec): ViewSpec => (options.foldOthers?.has(spec.id) ? { ...spec, foldOthers: true } : spec);
  return [...specs.values()].map(folded).sort((a, b) => compare(a.id, b.id));
}

/** Every view, computed on the projections of the model at the plateaus they show (each made once). */
export function computeViews(model: SemanticModel, options: ViewOptions = {}): ViewGraph[] {
  const projections = new PlateauProjections(model);
  return viewSpecs(model, options, projections).map((spec) => computeView(model, spec, projections, options.findings));
}

/**
 * One view. It reads the model as it stands at the view's plateau (`modelAt`); statuses compare
 * that with the neighbouring plateaus, and a gap view draws the union of its two plateaus. With
 * `findings`, those that hold at the view's plateaus mark what they are about.
 */
export function computeView(
  model: SemanticModel,
  spec: ViewSpec,
  projections = new PlateauProjections(model),
  findings?: readonly Finding[],
  onDrawn?: (drawing: ViewDrawing) => void,
): ViewGraph {
  const at = projections.at(spec.at);
  // A gap view, and a landscape that says `compare`, draw two plateaus (decision 0083).
  const from = spec.from ? projections.at(spec.from) : undefined;
  const status = from ? gapStatus(from, at) : statusAt(projections, spec.at);
  // A gap of a model with one plateau compares it with itself: drawn once, everything kept.
  const both = from && spec.from !== spec.at ? [from, at] : [at];
  const words = wordsFor(spec.locale).diagrams;
  const builder = new GraphBuilder(model, spec.locale, spec.groupBy, status);
  const links = { model, builder, status, locale: spec.locale, words };
  const focus = spec.of && at.copyOf(spec.of);
  const shown = both.map((projection) => projection.model);
  switch (spec.kind) {
    case 'landscape':
    case 'gap':
      if (spec.level === 'agencies') drawAgencyLandscape(shown, links, spec.kind === 'gap');
      else if (spec.kind === 'landscape' && spec.of?.kind === 'agency' && from) drawGapContext(spec.of, both, 1, links);
      else if (spec.kind === 'landscape' && focus?.kind === 'agency') drawContext(focus, 1, links);
      else if (spec.kind === 'gap' && spec.of) drawGapContext(spec.of, both, spec.depth, links);
      else drawLandscape(shown, links, filterOf(spec, model));
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
      drawSignatures(at.model, builder, status, focus?.kind === 'agency' || focus?.kind === 'system' ? focus : undefined);
      break;
  }
  const platformNode = (id: string) => {
    const platform = model.byId.get(id);
    const copy = platform && at.copyOf(platform);
    return copy && builder.nodeOf(copy);
  };
  const drawn = builder.parts();
  const { parts: folded, folding } = fold(applyFilters(drawn, spec, model), spec, focus, model, platformNode);
  let parts = spec.kind === 'signatures' && folding === 'none' ? summarizeTimestamps(folded, words) : folded;
  if ((spec.kind === 'landscape' || spec.kind === 'gap') && spec.level === 'systems' && folding !== 'all')
    parts = throughExchangePlatforms(parts, platformNode, words);
  // In a busy landscape of systems the interface names on every line hide the picture; they stay in the tooltips.
  if ((spec.kind === 'landscape' || spec.kind === 'gap') && folding === 'none' && parts.edges.length > LABELLED_EDGES_MAX) {
    parts = { ...parts, edges: parts.edges.map(({ label: _label, ...edge }) => edge) };
  }
  if (findings) parts = markFindings(parts, findings, [spec.at.id, ...(from && spec.from && spec.from !== spec.at ? [spec.from.id] : [])]);
  // Shown: what folding left and what was drawn after it (the exchange platforms a landscape's lines now run through).
  onDrawn?.({
    nodes: drawn.nodes.map((node) => node.id),
    groups: drawn.groups.map((group) => group.id),
    shown: [...new Set([...folded.nodes, ...folded.groups, ...parts.nodes, ...parts.groups].map((part) => part.id))],
  });
  const plateau = plateauInfo(spec.at, spec.locale, model);
  const earlier = from && spec.from ? plateauInfo(spec.from, spec.locale, model) : undefined;
  const titleFolding: Folding = spec.level === 'agencies' ? 'all' : folding;
  return {
    id: spec.id,
    kind: spec.kind,
    title: titleOf(spec, titleFolding, model),
    locale: spec.locale,
    ...(plateau ? { plateau } : {}),
    ...(earlier ? { compareFrom: earlier } : {}),
    declared: spec.declared,
    aggregated: titleFolding !== 'none',
    ...(titleFolding !== 'none' ? { folding: titleFolding } : {}),
    // A node that stands for nothing else (most) is shared by every view that draws it, not copied.
    nodes: parts.nodes.map((node): ViewNode => (node.standsFor === undefined ? node : withoutStandsFor(node))),
    groups: parts.groups,
    edges: parts.edges.map(({ statements: _statements, interfaces: _interfaces, ...edge }): ViewEdge => edge),
  };
}

function withoutStandsFor({ standsFor: _standsFor, ...node }: DrawnNode): ViewNode {
  return node;
}

/**
 * The views' titles in `locale`, as computing them in it would give, without computing them: each
 * named as its spec in that locale names it, and folded as it was drawn.
 */
export function titlesIn(model: SemanticModel, views: readonly ViewGraph[], locale: string): Map<string, string> {
  const specs = new Map(viewSpecs(model, { locale }).map((spec) => [spec.id, spec]));
  const titles = new Map<string, string>();
  for (const view of views) {
    const spec = specs.get(view.id);
    if (spec) titles.set(view.id, titleOf(spec, view.folding ?? 'none', model));
  }
  return titles;
}

function titleOf(spec: ViewSpec, folding: Folding, model: SemanticModel): string {
  const earlier = spec.from;
  return viewTitle(
    {
      kind: spec.kind,
      declaredTitle: spec.title,
      subject: spec.of ? labelOf(spec.of, spec.locale, model) : undefined,
      plateau: plateauInfo(spec.at, spec.locale, model),
      from: earlier ? plateauInfo(earlier, spec.locale, model) : undefined,
      comparedWithItself: earlier === spec.at,
      folding,
    },
    wordsFor(spec.locale).diagrams,
  );
}

/** The implicit plateau of a model without plateaus is today: naming it would change the picture daily. */
function plateauInfo(plateau: Plateau, locale: string, model: SemanticModel) {
  return plateau.implicit ? undefined : { id: plateau.id, label: labelOf(plateau, locale, model), date: plateau.date };
}

/**
 * A view of one agency (its landscape, a context, a data flow of its data) over FOLD_ABOVE nodes,
 * or asked to fold (`foldOthers`), keeps that agency's elements and folds every other agency's into one node, whose exchanges via
 * an exchange platform pass through the platform; the signatures map keeps its trust services and
 * folds the rest; any view over AGGREGATE_ABOVE nodes folds everything.
 */
function fold(
  parts: GraphParts,
  spec: ViewSpec,
  focus: Element | undefined,
  model: SemanticModel,
  platformNode: (id: string) => DrawnNode | undefined,
): { parts: GraphParts; folding: Folding } {
  if (spec.level === 'agencies' || (parts.nodes.length <= FOLD_ABOVE && !spec.foldOthers)) return { parts, folding: 'none' };
  const home = focus && spec.kind !== 'integration' ? (focus.kind === 'agency' ? focus.id : owningAgency(focus)?.id) : undefined;
  let folding: Folding = 'none';
  if (spec.kind === 'signatures') {
    const words = wordsFor(spec.locale).diagrams;
    parts = summarizeTimestamps(
      foldIntoAgencies(parts, model, spec.locale, { keep: (node) => node.kind === 'trust', mergeKinds: false }),
      words,
    );
    folding = 'others';
  } else if (spec.kind === 'integration' && spec.foldOthers) {
    // Interfaces and the agencies providing them stay; other consumers fold into their agencies; every consumption runs through the platform.
    const providers = new Set(parts.edges.filter((edge) => edge.kind === 'provides').map((edge) => edge.from));
    const agencyOf = (id: string) => {
      const element = model.byId.get(id);
      return element && owningAgency(element)?.id;
    };
    // A providing agency stays a group: its consumers stay inside it beside its providers.
    const providing = new Set([...providers].map(agencyOf));
    const keep = (node: ViewNode) => node.kind === 'interface' || providing.has(agencyOf(node.id));
    parts = foldIntoAgencies(parts, model, spec.locale, { keep, mergeKinds: false, platformNode, everyExchangeThroughPlatform: true });
    folding = 'consumers';
  } else if (home !== undefined) {
    const keep = (node: ViewNode) => {
      const element = model.byId.get(node.id);
      return element !== undefined && owningAgency(element)?.id === home;
    };
    parts = foldIntoAgencies(parts, model, spec.locale, { keep, mergeKinds: false, platformNode });
    folding = 'others';
  }
  if (parts.nodes.length > AGGREGATE_ABOVE) {
    parts = foldIntoAgencies(parts, model, spec.locale, { keep: () => false, mergeKinds: true });
    folding = 'all';
  }
  return { parts, folding };
}

function declaredSpec(view: View, model: SemanticModel, locale: string): ViewSpec {
  // A view without a kind is an error (decision 0069); until it is fixed it is drawn as a landscape.
  const kind = view.viewKind ?? 'landscape';
  const first = model.plateaus[0];
  // A landscape with `compare` is drawn as the gap between those plateaus, as a landscape.
  const gap = kind === 'gap' || (kind === 'landscape' && view.compare) ? gapEnds(view, model) : undefined;
  const of = view.of?.target as Element | undefined;
  return {
    id: view.id,
    kind,
    declared: true,
    title: view.title !== undefined ? (view.names[locale] ?? view.title) : undefined,
    of,
    // Without `at`, a view of an element is drawn where the element exists (decision 0083).
    at: gap?.to ?? view.at?.target ?? (of ? plateauShowing(of, model.plateaus, first!) : first!),
    from: gap?.from,
    include: targets(view.include),
    exclude: targets(view.exclude),
    tags: view.tags,
    groupBy: view.groupBy ?? 'agency',
    depth: view.depth ?? 1,
    level: 'systems',
    locale,
  };
}

/**
 * The plateaus a declared gap view compares: `compare A B`; `compare P` alone, P to the plateau
 * after it (P being the last, the one before it to P); without `compare`, the first two. A model
 * with one plateau compares it with itself (decision 0054).
 */
function gapEnds(view: View, model: SemanticModel): { from?: Plateau; to?: Plateau } {
  const [first, second] = model.plateaus;
  const from = view.compare?.from.target;
  const to = view.compare?.to?.target;
  if (!from) return { from: first, to: second ?? first };
  if (to) return { from, to };
  const next = nextPlateau(model, from);
  return next ? { from, to: next } : { from: model.plateaus[model.plateaus.indexOf(from) - 1] ?? from, to: from };
}

function generatedSpecs(model: SemanticModel, locale: string, projections: PlateauProjections): ViewSpec[] {
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
    level: 'systems',
    locale,
    ...extra,
  });
  // LANGUAGE.md's landscape (agencies holding their systems) while it is small enough to read;
  // past that, agencies and exchange platforms (decision 0016).
  const levelAt = (...plateaus: Plateau[]): Partial<ViewSpec> => {
    const systems = new Set<string>();
    for (const plateau of plateaus) for (const system of projections.at(plateau).model.systems) systems.add(system.id);
    return systems.size <= SYSTEM_LANDSCAPE_MAX ? {} : { level: 'agencies', groupBy: 'none' };
  };
  const specs: ViewSpec[] = [];
  for (const plateau of model.plateaus) {
    specs.push(spec(`landscape-${plateau.id}`, 'landscape', plateau, levelAt(plateau)));
    // At the baseline an agency's landscape is its context (the same neighbourhood at the same
    // plateau), drawn once: at national scale the copies were a fifth of the build's pictures.
    if (plateau === baseline) continue;
    const projection = projections.at(plateau);
    for (const agency of model.agencies)
      if (ownsSystems(projection, agency)) specs.push(spec(`landscape-${plateau.id}-${agency.id}`, 'landscape', plateau, { of: agency }));
  }
  // An agency that owns no system at any plateau has nothing to draw in a context. A context, and a
  // data flow, of what comes after the baseline is drawn at the first plateau it exists at.
  const showing = (element: Element) => plateauShowing(element, model.plateaus, baseline);
  for (const agency of model.agencies)
    if (agency.systems.length > 0) specs.push(spec(`context-${agency.id}`, 'context', showing(agency), { of: agency }));
  const dataflows = new Map<string, number>();
  for (const data of model.data) {
    if (!data.baseRegistry) continue;
    const owner = data.owner?.declared?.id ?? '';
    const count = dataflows.get(owner) ?? 0;
    if (count >= DATAFLOWS_PER_AGENCY) continue;
    dataflows.set(owner, count + 1);
    specs.push(spec(`dataflow-${data.id}`, 'dataflow', showing(data), { of: data }));
  }
  specs.push(spec('signatures', 'signatures', baseline));
  for (let index = 1; index < model.plateaus.length; index++) {
    const from = model.plateaus[index - 1]!;
    const to = model.plateaus[index]!;
    specs.push(spec(`gap-${from.id}-${to.id}`, 'gap', to, { from, ...levelAt(from, to) }));
  }
  return specs;
}

function ownsSystems(projection: Projection, agency: Element): boolean {
  const copy = projection.copyOf(agency);
  return copy?.kind === 'agency' && copy.systems.length > 0;
}

function nextPlateau(model: SemanticModel, plateau: Plateau): Plateau | undefined {
  return model.plateaus[model.plateaus.indexOf(plateau) + 1];
}

function targets(references: View['include']): Element[] {
  return references.map((reference) => reference.target).filter((element): element is Element => element !== undefined);
}

/** A gap view `of` an agency or a system: its context at either plateau, coloured by what changed between them. */
function drawGapContext(of: Element, projections: readonly Projection[], depth: number, links: LinkContext): void {
  for (const projection of projections) {
    const copy = projection.copyOf(of);
    if (copy?.kind === 'agency' || copy?.kind === 'system') drawContext(copy, depth, links);
  }
}
