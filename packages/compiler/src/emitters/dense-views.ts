// A view too dense to read as drawn (over a readability limit, whichever layout was chosen) and
// larger than DENSE_FOLD_ABOVE nodes is computed again with the other agencies folded into one node
// each, as a view past 40 nodes is, and drawn so when that is over fewer limits. Reviewers get a
// picture they can read, marked as aggregated in its title, instead of a tangle; a small view is
// drawn whole, over a limit or not.
import {
  computeView,
  DENSE_FOLD_ABOVE,
  PlateauProjections,
  viewSpecs,
  type Finding,
  type SemanticModel,
  type ViewGraph,
  type ViewSpec,
} from '@gea-arch/core';
import { measureReadability, readabilityExcesses, type ReadabilityExcess, type ViewLayout } from '@gea-arch/diagrams';

export interface FoldedView {
  readonly view: string;
  /** What the view as drawn was over. */
  readonly excesses: readonly ReadabilityExcess[];
}

export interface DenseViewOptions {
  readonly locale?: string;
  readonly findings?: readonly Finding[];
  /** How a folded view is computed (a build takes those an edit cannot change from the last one); computed by default. */
  readonly views?: { view(spec: ViewSpec): ViewGraph };
}

/**
 * `layouts` with each view over a limit and over DENSE_FOLD_ABOVE nodes replaced by its folded version where that is over fewer;
 * `layOut` lays out the folded versions (with the build's pool and cache).
 */
export async function foldDenseViews(
  model: SemanticModel,
  layouts: readonly ViewLayout[],
  layOut: (graphs: readonly ViewGraph[]) => Promise<readonly ViewLayout[]>,
  options: DenseViewOptions = {},
): Promise<{ layouts: ViewLayout[]; folded: FoldedView[]; foldedGraphs: ViewGraph[] }> {
  const problemsOf = (layout: ViewLayout): ReadabilityExcess[] => readabilityExcesses(measureReadability(layout));
  const dense = new Map(
    layouts
      .filter((layout) => !layout.graph.aggregated && layout.graph.nodes.length > DENSE_FOLD_ABOVE)
      .map((layout) => [layout.graph.id, problemsOf(layout)] as const)
      .filter(([, problems]) => problems.length > 0),
  );
  if (dense.size === 0) return { layouts: [...layouts], folded: [], foldedGraphs: [] };
  const projections = new PlateauProjections(model);
  const compute = (spec: ViewSpec) => options.views?.view(spec) ?? computeView(model, spec, projections, options.findings);
  const foldedGraphs = viewSpecs(model, { locale: options.locale, foldOthers: new Set(dense.keys()) }, projections)
    .filter((spec) => dense.has(spec.id))
    .map(compute)
    .filter((graph) => graph.aggregated);
  const better = new Map<string, ViewLayout>();
  for (const layout of await layOut(foldedGraphs)) {
    if (problemsOf(layout).length < dense.get(layout.graph.id)!.length) better.set(layout.graph.id, layout);
  }
  return {
    layouts: layouts.map((layout) => better.get(layout.graph.id) ?? layout),
    folded: [...better.keys()].map((view) => ({ view, excesses: dense.get(view)! })),
    foldedGraphs,
  };
}
