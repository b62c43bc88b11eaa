// What a change does to the architecture: one model (at a base revision) against another (the
// working tree): elements added, removed and changed, each with its agency; the findings the
// change brings and resolves; the views whose content changed. Findings are matched by a key the
// caller makes (a source range means nothing across revisions: lines move).
import type { Finding } from '../findings/finding.js';
import { compareElements, type ElementChange, type ElementSummary } from '../gap/compare-models.js';
import { declaredElements } from '../gap/layers.js';
import { modelAt } from '../model/model-at.js';
import type { SemanticModel } from '../model/types.js';
import { computeViews } from '../views/compute-views.js';
import type { ViewGraph } from '../views/view-graph.js';

export interface RevisionSide {
  /** Absent when the model did not exist at that revision. */
  readonly model?: SemanticModel;
  readonly findings: readonly Finding[];
}

export interface RevisionDiffOptions {
  /** Identifies a finding across revisions; `side` tells which model it is from. */
  readonly findingKey: (finding: Finding, side: 'base' | 'head') => string;
  /** Compare the models at this plateau only (its id); every plateau, as declared, by default. */
  readonly plateau?: string;
  /** Locale of the views' labels (views compare in it); the model's default locale by default. */
  readonly locale?: string;
}

export interface RevisionDiff {
  readonly added: readonly ElementSummary[];
  readonly removed: readonly ElementSummary[];
  readonly changed: readonly ElementChange[];
  readonly findings: { readonly new: readonly Finding[]; readonly resolved: readonly Finding[] };
  readonly views: { readonly changed: readonly string[]; readonly added: readonly string[]; readonly removed: readonly string[] };
}

export function diffRevisions(base: RevisionSide, head: RevisionSide, options: RevisionDiffOptions): RevisionDiff {
  const at = (model: SemanticModel | undefined) => {
    if (!model || options.plateau === undefined) return model;
    const plateau = model.plateaus.find((candidate) => candidate.id === options.plateau);
    return plateau ? modelAt(model, plateau) : undefined;
  };
  const before = at(base.model);
  const after = at(head.model);
  const elements = compareElements(before ? declaredElements(before) : new Map(), after ? declaredElements(after) : new Map());
  const holds = (finding: Finding) =>
    options.plateau === undefined || finding.plateaus.length === 0 || finding.plateaus.includes(options.plateau);
  const baseFindings = base.findings.filter(holds);
  const headFindings = head.findings.filter(holds);
  return {
    added: elements.new,
    removed: elements.eliminated,
    changed: elements.changed,
    findings: {
      new: unmatched(
        headFindings,
        baseFindings,
        (finding) => options.findingKey(finding, 'head'),
        (finding) => options.findingKey(finding, 'base'),
      ),
      resolved: unmatched(
        baseFindings,
        headFindings,
        (finding) => options.findingKey(finding, 'base'),
        (finding) => options.findingKey(finding, 'head'),
      ),
    },
    views: diffViews(viewsOf(base.model, options.locale, options.plateau), viewsOf(head.model, options.locale, options.plateau)),
  };
}

/** The findings of `these` that no finding of `those` matches, one for one. */
function unmatched(
  these: readonly Finding[],
  those: readonly Finding[],
  keyOfThese: (finding: Finding) => string,
  keyOfThose: (finding: Finding) => string,
): Finding[] {
  const left = new Map<string, number>();
  for (const finding of those) left.set(keyOfThose(finding), (left.get(keyOfThose(finding)) ?? 0) + 1);
  return these.filter((finding) => {
    const key = keyOfThese(finding);
    const count = left.get(key) ?? 0;
    if (count === 0) return true;
    left.set(key, count - 1);
    return false;
  });
}

/** The views (by id, as what a reader sees) of the whole model; with `plateau`, those drawn at it. */
function viewsOf(model: SemanticModel | undefined, locale: string | undefined, plateau: string | undefined): Map<string, string> {
  if (!model) return new Map();
  // A gap view shows its later plateau: what it draws at the earlier one is that plateau's landscape.
  const shows = (graph: ViewGraph) => plateau === undefined || graph.plateau?.id === plateau;
  // Links and tooltips follow the content, so the graph as a whole is what a reader sees.
  return new Map(
    computeViews(model, { locale })
      .filter(shows)
      .map((graph: ViewGraph) => [graph.id, JSON.stringify(graph)]),
  );
}

function diffViews(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): RevisionDiff['views'] {
  const sorted = (ids: Iterable<string>) => [...ids].sort();
  return {
    changed: sorted([...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id))),
    added: sorted([...after.keys()].filter((id) => !before.has(id))),
    removed: sorted([...before.keys()].filter((id) => !after.has(id))),
  };
}
