// Reads, parses, links and analyses a workspace from disk: the front half of every command. Its
// messages (findings, progress, errors) are in the locale asked for, else the workspace's.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeNames, compareFindings, wordsFor, type Finding } from '@gea-arch/core';
import { collectGarbage } from '@gea-arch/diagrams/node/collect-garbage';
import { analyzeSources, decodeSource, normalizeUri, type Analysis, type DecodedSource, type SourceProblem } from '@gea-arch/language';
import { WorkspaceError, type Workspace } from '../workspace/load-workspace.js';

/**
 * Sources this long make Langium documents of hundreds of megabytes (about 60 bytes of heap per
 * character): they are collected once the model is built, before the rules run. Shorter ones
 * are left to V8, as a full collection would cost more than it frees.
 */
export const COLLECT_DOCUMENTS_FROM_CHARACTERS = 1_000_000;

export interface CompileOptions {
  /** ISO date for certificate checks; gea.yaml `evaluation-date`, else today. */
  readonly evaluationDate?: string;
  /** Evaluate the rules at this plateau only. */
  readonly plateau?: string;
  /** The language of messages; gea.yaml `locale` by default. */
  readonly locale?: string;
  /** Called with short progress messages ("parsed and linked 120 files"), in the locale of messages. */
  readonly onProgress?: (message: string) => void;
  /** Also digest each text compiled (`Compilation.sourceDigests`). */
  readonly digestSources?: boolean;
}

export interface Compilation {
  readonly workspace: Workspace;
  readonly analysis: Analysis;
  /** The date certificate checks used (and reports that count days left use). */
  readonly evaluationDate: string;
  /** Workspace-relative path (with `/`) of a document URI. */
  relativePath(uri: string): string;
  /** With `digestSources`: document URI → SHA-256 of the text compiled from it. */
  readonly sourceDigests?: ReadonlyMap<string, string>;
}

export async function compileWorkspace(workspace: Workspace, options: CompileOptions = {}): Promise<Compilation> {
  const locale = options.locale ?? workspace.config.locale;
  const sources = await Promise.all(workspace.files.map((file) => readSource(resolve(workspace.root, file), locale)));
  options.onProgress?.(wordsFor(locale).cli.progress.read({ files: workspace.files.length }));
  return compileTexts(workspace, sources, options);
}

/**
 * Compiles the texts of the workspace's files (in the order of `workspace.files`) as they are given
 * rather than as they are on disk: `gea diff` compiles the files of a git revision this way. A
 * source that could not be decoded (not UTF-8 text) is one finding where the trouble starts.
 */
export async function compileTexts(
  workspace: Workspace,
  sources: readonly (string | DecodedSource)[],
  options: CompileOptions = {},
): Promise<Compilation> {
  const decoded = sources.map((source): DecodedSource => (typeof source === 'string' ? { text: source } : source));
  const texts = decoded.map((source) => source.text);
  const { config } = workspace;
  const locale = options.locale ?? config.locale;
  const uris = workspace.files.map((file) => pathToFileURL(resolve(workspace.root, file)).href);
  const evaluationDate = options.evaluationDate ?? config.evaluationDate ?? today();
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  const analysis = await analyzeSources(
    uris.map((uri, index) => ({ uri, text: texts[index]!, path: workspace.files[index] })),
    {
      defaultLocale: config.locale,
      locales: config.locales,
      severities: config.rules,
      evaluationDate,
      plateau: options.plateau,
      locale,
      onProgress: options.onProgress,
      onDocumentsReleased: characters >= COLLECT_DOCUMENTS_FROM_CHARACTERS ? collectGarbage : undefined,
    },
  );
  if (options.plateau && !analysis.model.plateaus.some((p) => p.id === options.plateau)) {
    const plateau = options.plateau;
    const ids = analysis.model.plateaus.map((p) => p.id);
    const close = closeNames(plateau, ids, 1);
    throw new WorkspaceError(
      (words) =>
        words.cli.workspace.noPlateau({ plateau, suggestion: words.syntax.didYouMean({ names: close }), plateaus: ids.join(', ') }),
      locale,
    );
  }
  const pathOf = new Map(uris.map((uri, index) => [normalizeUri(uri), workspace.files[index]!]));
  const unreadable = decoded.flatMap((source, index) =>
    source.problem ? [sourceFinding(normalizeUri(uris[index]!), source.problem, locale)] : [],
  );
  const withUnreadable =
    unreadable.length === 0 ? analysis : { ...analysis, findings: [...analysis.findings, ...unreadable].sort(compareFindings) };
  const sourceDigests = options.digestSources
    ? new Map(uris.map((uri, index) => [normalizeUri(uri), createHash('sha256').update(texts[index]!, 'utf16le').digest('base64url')]))
    : undefined;
  return {
    workspace,
    analysis: withUnreadable,
    evaluationDate,
    relativePath: (uri) => pathOf.get(uri) ?? uri,
    ...(sourceDigests ? { sourceDigests } : {}),
  };
}

/** A file that is not UTF-8 text is one syntax finding where the trouble starts; it is read as empty. */
export function sourceFinding(uri: string, problem: SourceProblem, locale: string): Finding {
  const start = { line: problem.line - 1, character: problem.column - 1 };
  return {
    rule: 'syntax',
    severity: 'error',
    message: sourceProblemMessage(problem, locale),
    source: { uri, start, end: start },
    plateaus: [],
    waived: false,
  };
}

/** What keeps a file from being read as text, and what to do: "not UTF-8 … save it as UTF-8". */
export function sourceProblemMessage(problem: SourceProblem, locale: string): string {
  const words = wordsFor(locale).syntax;
  return problem.kind === 'binary' ? words.notText : words.notUtf8({ byteOffset: problem.byteOffset, looksLike: problem.looksLike });
}

async function readSource(path: string, locale: string): Promise<DecodedSource> {
  try {
    return decodeSource(await readFile(path));
  } catch (error) {
    throw new WorkspaceError((words) => words.cli.workspace.cannotRead({ path, reason: (error as Error).message }), locale);
  }
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
