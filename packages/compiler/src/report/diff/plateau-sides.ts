// The two sides of `gea diff --plateau P`. A revision that does not declare P (not yet added at the
// base, renamed in the working tree) is compared at the date P has on the other side, its rules
// run there, rather than as an empty model (decision 0058). P declared on neither side is an error.
import {
  closeNames,
  RULES,
  runRules,
  unresolvedMayHideFindings,
  withBorrowedPlateau,
  type Finding,
  type Plateau,
  type RevisionSide,
} from '@gea-arch/core';
import type { Compilation } from '../../check/compile.js';
import { WorkspaceError } from '../../workspace/load-workspace.js';

export interface PlateauSides {
  readonly base: RevisionSide;
  readonly head: RevisionSide;
  /** The side that does not declare the plateau, compared at the other side's date. */
  readonly borrowed?: { readonly side: 'base' | 'head'; readonly plateau: Plateau };
}

export function plateauSides(
  before: Compilation | undefined,
  after: Compilation,
  plateau: string | undefined,
  locale: string,
): PlateauSides {
  const sideOf = (compilation: Compilation | undefined): RevisionSide =>
    compilation ? { model: compilation.analysis.model, findings: compilation.analysis.findings } : { findings: [] };
  const sides = { base: sideOf(before), head: sideOf(after) };
  if (plateau === undefined) return sides;
  const declared = (compilation: Compilation | undefined) =>
    compilation?.analysis.model.plateaus.find((candidate) => candidate.id === plateau);
  const atBase = declared(before);
  const atHead = declared(after);
  if (atBase && atHead) return sides;
  if (atHead && before) return { ...sides, base: borrowing(before, atHead, locale), borrowed: { side: 'base', plateau: atHead } };
  if (atBase) return { ...sides, head: borrowing(after, atBase, locale), borrowed: { side: 'head', plateau: atBase } };
  if (atHead) return sides;
  const ids = [...new Set([after, before].flatMap((side) => side?.analysis.model.plateaus ?? []).map((p) => p.id))];
  throw new WorkspaceError(
    (words) =>
      words.cli.workspace.noPlateau({
        plateau,
        suggestion: words.syntax.didYouMean({ names: closeNames(plateau, ids, 1) }),
        plateaus: ids.join(', '),
      }),
    locale,
  );
}

/** The side's model with the plateau added, and its findings there: parse, link and model findings as they were, the rules run again. */
function borrowing(compilation: Compilation, plateau: Plateau, locale: string): RevisionSide {
  const model = withBorrowedPlateau(compilation.analysis.model, plateau);
  const { config } = compilation.workspace;
  const everywhere = compilation.analysis.findings.filter((finding) => finding.plateaus.length === 0);
  const atPlateau: Finding[] = runRules(model, RULES, {
    evaluationDate: compilation.evaluationDate,
    locales: config.locales,
    severities: config.rules,
    plateau: plateau.id,
    locale,
    unresolvedReferences: unresolvedMayHideFindings(model, everywhere),
  });
  return { model, findings: [...everywhere, ...atPlateau] };
}
