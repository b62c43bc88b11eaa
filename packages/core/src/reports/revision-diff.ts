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
  readonly findings: {
    readonly new: readonly Finding[];
    readonly resolved: readonly Finding[];
    /** At both revisions, an unwaived error only in the working tree (gea.yaml `rules:` made it one). */
    readonly nowErrors: readonly Finding[];
  };
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
  const headKey = (finding: Finding) => options.findingKey(finding, 'head');
  const baseKey = (finding: Finding) => options.findingKey(finding, 'base');
  const fromHead = matchFindings(headFindings, baseFindings, headKey, baseKey);
  return {
    added: elements.new,
    removed: elements.eliminated,
    changed: elements.changed,
    findings: {
      new: fromHead.unmatched,
      resolved: matchFindings(baseFindings, headFindings, baseKey, headKey).unmatched,
      nowErrors: fromHead.matched.filter(([is, was]) => isError(is) && !isError(was)).map(([is]) => is),
    },
    views: diffViews(viewsOf(base.model, options.locale, options.plateau), viewsOf(head.model, options.locale, options.plateau)),
  };
}

function isError(finding: Finding): boolean {
  return finding.severity === 'error' && !finding.waived;
}

/** The findings of `these` that no finding of `those` matches, and those that one does (one for one, in order). */
function matchFindings(
  these: readonly Finding[],
  those: readonly Finding[],
  keyOfThese: (finding: Finding) => string,
  keyOfThose: (finding: Finding) => string,
): { unmatched: Finding[]; matched: Array<readonly [Finding, Finding]> } {
  const left = new Map<string, Finding[]>();
  for (const finding of those) {
    const key = keyOfThose(finding);
    const same = left.get(key);
    if (same) same.push(finding);
    else left.set(key, [finding]);
  }
  const unmatched: Finding[] = [];
  const matched: Array<readonly [Finding, Finding]> = [];
  for (const finding of these) {
    const match = left.get(keyOfThese(finding))?.shift();
    if (match) matched.push([finding, match]);
    else unmatched.push(finding);
  }
  return { unmatched, matched };
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
