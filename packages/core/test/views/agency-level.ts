// The generated landscapes and gap views as a model past SYSTEM_LANDSCAPE_MAX systems draws them
// (of agencies and exchange platforms), for models small enough to read in a test.
import { computeView, PlateauProjections, viewSpecs, type Finding, type SemanticModel, type ViewGraph } from '@gea-arch/core';

export function viewsOfAgencies(model: SemanticModel, options: { readonly findings?: readonly Finding[] } = {}): ViewGraph[] {
  const projections = new PlateauProjections(model);
  return viewSpecs(model, options, projections).map((spec) =>
    computeView(
      model,
      !spec.declared && !spec.of && (spec.kind === 'landscape' || spec.kind === 'gap')
        ? { ...spec, level: 'agencies', groupBy: 'none' }
        : spec,
      projections,
      options.findings,
    ),
  );
}
