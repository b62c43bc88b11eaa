// `gea diff`: the model at a git revision (default: the merge base with the default branch)
// against the working tree. Both sides are compiled with the working tree's evaluation date and
// locale, so that only the change tells them apart; findings are matched by rule, element, file
// and the text they point at, since lines move between revisions.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { diffRevisions, type Finding, type RevisionDiff } from '@gea-arch/core';
import { compileTexts, today, type Compilation } from '../../check/compile.js';
import type { Workspace } from '../../workspace/load-workspace.js';
import { Git } from './git.js';
import { plateauSides, type PlateauSides } from './plateau-sides.js';
import { compileAtCommit, withoutBom, type RevisionCompilation } from './workspace-at-revision.js';

export interface DiffOptions {
  /** The revision to compare with; the merge base with the default branch by default. */
  readonly base?: string;
  /** Compare the models at this plateau only; every plateau by default. */
  readonly plateau?: string;
  /** The language of messages and labels; the working tree's gea.yaml `locale` by default. */
  readonly locale?: string;
  /** The evaluation date; the working tree's gea.yaml `evaluation-date`, else today. */
  readonly evaluationDate?: string;
}

export interface ArchitectureDiff {
  /** `mergeBase`: BASE was not given; the commit is the merge base of HEAD with `revision`. */
  readonly base: { readonly revision: string; readonly commit: string; readonly mergeBase?: boolean };
  /** The base revision's compilation; absent when the workspace had no sources there. */
  readonly before?: Compilation;
  readonly after: Compilation;
  readonly diff: RevisionDiff;
  /** With `--plateau`: the side that does not declare it, compared at the other side's date. */
  readonly borrowed?: PlateauSides['borrowed'];
}

export async function diffWorkspace(workspace: Workspace, options: DiffOptions = {}): Promise<ArchitectureDiff> {
  const locale = options.locale ?? workspace.config.locale;
  const git = Git.at(workspace.root, locale);
  const base = options.base !== undefined ? { revision: options.base, commit: git.commitOf(options.base) } : git.defaultBase();
  const compileOptions = { locale, evaluationDate: options.evaluationDate ?? workspace.config.evaluationDate ?? today() };
  const headTexts = new Map<string, string>();
  for (const file of workspace.files) headTexts.set(file, withoutBom(await readFile(resolve(workspace.root, file), 'utf8')));
  const after = await compileTexts(workspace, [...headTexts.values()], compileOptions);
  const before = await compileAtCommit(git, base.commit, workspace, compileOptions);
  const keyOf = (side: RevisionCompilation | { compilation: Compilation; texts: ReadonlyMap<string, string> }) => (finding: Finding) =>
    findingKey(finding, side.compilation, side.texts);
  const headKey = keyOf({ compilation: after, texts: headTexts });
  const baseKey = before ? keyOf(before) : headKey;
  const sides = plateauSides(before?.compilation, after, options.plateau, locale);
  const diff = diffRevisions(sides.base, sides.head, {
    findingKey: (finding, side) => (side === 'base' ? baseKey(finding) : headKey(finding)),
    plateau: options.plateau,
    locale,
  });
  return { base, ...(before ? { before: before.compilation } : {}), after, diff, ...(sides.borrowed ? { borrowed: sides.borrowed } : {}) };
}

/** Rule, element, file, waiver and the text the finding points at (whitespace folded). */
function findingKey(finding: Finding, compilation: Compilation, texts: ReadonlyMap<string, string>): string {
  const file = compilation.relativePath(finding.source.uri);
  return [finding.rule, finding.element ?? '', file, finding.waiver ?? '', pointedText(texts.get(file), finding.source)].join('\u0000');
}

function pointedText(text: string | undefined, source: Finding['source']): string {
  if (text === undefined) return '';
  const lines = text.split(/\r\n|\r|\n/);
  const { start, end } = source;
  const taken =
    start.line === end.line
      ? (lines[start.line] ?? '').slice(start.character, end.character)
      : [
          (lines[start.line] ?? '').slice(start.character),
          ...lines.slice(start.line + 1, end.line),
          (lines[end.line] ?? '').slice(0, end.character),
        ].join('\n');
  return taken.replace(/\s+/g, ' ').trim();
}
