// `gea build`: everything gea makes from a workspace, one section per emitter (the table in
// ../emitters), into the out folder.
import { join } from 'node:path';
import { wordsFor, type Words } from '@gea-arch/core';
import { compileWorkspace, type Compilation } from '../check/compile.js';
import { EMITTERS, type Emitted, type Emitter, type EmitOptions } from '../emitters/index.js';
import { sayingLayoutFailures } from '../emitters/layout-failure.js';
import { findingRecords, summarize, type FindingRecord, type FindingSummary } from '../report/finding-records.js';
import type { Workspace } from '../workspace/load-workspace.js';
import {
  buildStamp,
  diagramsOf,
  ERRORS_SHOWN,
  forgetStamp,
  outFolder,
  recordStamp,
  toolIdentity,
  type BuildReport,
  type DiagramsBuilt,
} from './build-stamp.js';
import { ElementDigests } from './element-digests.js';
import { RememberedWalks } from './remembered-walks.js';
import {
  CACHE_FOLDER,
  claimOutFolder,
  commitSections,
  discardStaged,
  stageSection,
  type OutFileSystem,
  type StagedSection,
} from './out-folder.js';
import { collectAfterStaging, V8_HEAP, type BuildHeap } from './section-garbage.js';
import { unportablePaths } from './unportable-paths.js';

/** The sections asked for and every section they need, transitively. */
export function withNeeds(sections: readonly Section[]): Set<Section> {
  const wanted = new Set<Section>();
  const add = (id: Section): void => {
    if (wanted.has(id)) return;
    wanted.add(id);
    for (const need of EMITTERS.find((emitter) => emitter.id === id)?.needs ?? []) add(need);
  };
  for (const id of sections) add(id);
  return wanted;
}

/**
 * The most sections being staged at once. The next section is made only when fewer are under way:
 * the diagrams are drawn while the others are made and staged one at a time, so that a large
 * section (the ArchiMate document, 120 MB at national scale) is written before the next is made
 * beside the drawing threads' pictures.
 */
const STAGED_AT_ONCE = 2;

/** The sections `gea build` can make, by emitter id, in the order it makes them. */
export const SECTIONS: readonly string[] = EMITTERS.map((emitter) => emitter.id);
export type Section = string;

export interface BuildOptions extends EmitOptions {
  /** The out folder; the workspace's `out` (relative to it) by default. */
  readonly outDir?: string;
  /** Build only these sections (emitter ids); all by default. */
  readonly only?: readonly Section[];
  readonly evaluationDate?: string;
  readonly onProgress?: (message: string) => void;
  /** How section files are written (tests pass one that fails). */
  readonly fileSystem?: OutFileSystem;
  /** How the build reads and collects its heap; V8's by default (tests pass one that counts). */
  readonly heap?: BuildHeap;
}

export interface SectionBuild {
  /** The emitter's id. */
  readonly section: Section;
  /** Its folder in the out folder. */
  readonly folder: string;
  readonly files: number;
  readonly stats?: Readonly<Record<string, number>>;
}

/** What a build says it did: the same whether it built or found nothing changed since the last build. */
export interface BuildOutcome extends BuildReport {
  readonly summary: FindingSummary;
  /** What was written, section by section, in the order of the emitter table. */
  readonly sections: readonly SectionBuild[];
  readonly diagrams?: DiagramsBuilt;
}

export interface BuildResult extends BuildOutcome {
  readonly compilation: Compilation;
}

/** Builds, and stamps the out folder with what it built from. */
export async function buildWorkspace(workspace: Workspace, options: BuildOptions): Promise<BuildResult> {
  return buildStamped(workspace, options, await buildStamp(workspace, options));
}

/**
 * Builds; `stamp` is the build stamp of `workspace` and `options`, recorded once the output is in
 * place. A view that could not be laid out, or whose cached layout was damaged when a file drew
 * it, is said in the reader's words (nothing is written then).
 */
export function buildStamped(workspace: Workspace, options: BuildOptions, stamp: string): Promise<BuildResult> {
  return sayingLayoutFailures(build(workspace, options, stamp), options.messageLocale ?? workspace.config.locale);
}

async function build(workspace: Workspace, options: BuildOptions, stamp: string): Promise<BuildResult> {
  const unknown = (options.only ?? []).filter((id) => !SECTIONS.includes(id));
  if (unknown.length > 0) throw new Error(`no emitter ${unknown.join(', ')} (emitters: ${SECTIONS.join(', ')})`);
  const outDir = outFolder(workspace, options);
  const only = withNeeds(options.only ?? SECTIONS);
  const warnings: string[] = [];
  const onWarning = (message: string): void => {
    warnings.push(message);
    options.onWarning?.(message);
  };
  // What out/ holds is in `--locale`, else the workspace's locale — never the environment's, so one
  // model and one command line give the same bytes whoever builds them.
  const compilation = await compileWorkspace(workspace, {
    evaluationDate: options.evaluationDate,
    locale: options.locale,
    onProgress: options.onProgress,
    digestSources: true,
  });
  const cacheDir = join(outDir, CACHE_FOLDER);
  // The digests of what each file is made from walk every element; what the last build walked in
  // files that have not changed since is taken as it was.
  const walks = await RememberedWalks.read(cacheDir, {
    model: compilation.analysis.model,
    madeWith: JSON.stringify([toolIdentity(options.toolVersion), workspace.config]),
    texts: compilation.sourceDigests!,
    reuse: !options.noCache,
  });
  const digests = ElementDigests.of(compilation.analysis.model).remember(walks);
  const records = findingRecords(compilation);
  const summary = summarize(records, compilation);
  const words = wordsFor(options.messageLocale ?? workspace.config.locale).diagrams.build;
  await claimOutFolder(outDir, words);
  const sections: SectionBuild[] = [];
  // Every section is staged first and put in place only when all of them are: a failure anywhere
  // leaves the previous output whole. A section is staged while the next ones are made: the
  // diagrams' staging is mostly waiting for the drawing threads, and this thread makes the specs,
  // the ArchiMate document and the site meanwhile (decision 0029).
  const staging: Promise<StagedSection>[] = [];
  const underWay = new Set<Promise<void>>();
  // The progress of the sections being staged, said together.
  const writingNow = new Map<string, { folder: string; done: number; total: number }>();
  // Kept in memory only while a later emitter reads them.
  const emitted = new Map<string, Emitted>();
  const needed = new Set(
    EMITTERS.filter((emitter) => only.has(emitter.id)).flatMap((emitter) => [...(emitter.needs ?? []), ...(emitter.reuses ?? [])]),
  );
  let allMade = false;
  // One section made and its staging begun. What the emitter made is held by its staging alone (and
  // by `emitted` while a later emitter reads it): in the loop's own scope, the last section's files
  // (a national model's site, some hundred megabytes) stayed in memory until the build's end.
  const makeSection = async (emitter: Emitter): Promise<void> => {
    const output = await emitter.emit({
      compilation,
      records,
      summary,
      outDir,
      cacheDir,
      options: { ...options, onWarning },
      onProgress: options.onProgress,
      emitted,
    });
    const { files, stats } = output;
    warnOfUnportablePaths(emitter.section, files.keys(), words, onWarning);
    if (needed.has(emitter.id)) emitted.set(emitter.id, output);
    // Files unchanged since the last build stay in place, not written again, unless caches are off.
    const writing = (done: number, total: number): void => {
      writingNow.set(emitter.section, { folder: emitter.section, done, total });
      options.onProgress?.(words.writing({ sections: [...writingNow.values()] }));
    };
    const stagingSection = stageSection(outDir, emitter.section, files, options.fileSystem, {
      reuse: !options.noCache,
      record: true,
      onProgress: writing,
    });
    staging.push(stagingSection);
    // A failure stops the build where it next waits for a staging; never reported as unhandled before.
    const ended: Promise<void> = stagingSection.then(({ made }) => {
      underWay.delete(ended);
      writingNow.delete(emitter.section);
      collectAfterStaging(options.heap ?? V8_HEAP, !allMade || underWay.size > 0, made);
    });
    ended.catch(() => undefined);
    underWay.add(ended);
    sections.push({ section: emitter.id, folder: emitter.section, files: files.size, ...(stats ? { stats } : {}) });
  };
  try {
    for (const emitter of EMITTERS.filter((candidate) => only.has(candidate.id))) {
      while (underWay.size >= STAGED_AT_ONCE) await Promise.race(underWay);
      await makeSection(emitter);
    }
    allMade = true;
    // Every emitter has read what it needed: the sections still being staged hold their own files.
    emitted.clear();
  } catch (error) {
    await discardStaged((await settled(staging)).staged);
    throw error;
  }
  const { staged, failure } = await settled(staging);
  if (failure) {
    await discardStaged(staged);
    throw failure.reason;
  }
  for (const { section, foreign } of staged) warnOfForeignFiles(section, foreign?.unsaid ?? [], words, onWarning);
  await walks.write(digests.walks());
  await forgetStamp(outDir);
  await commitSections(outDir, staged, options.fileSystem);
  const errors = summary.error === 0 ? [] : await errorsShown(workspace, options, compilation);
  await recordStamp(outDir, stamp, { outDir, summary, sections, warnings, errors });
  return { compilation, outDir, summary, sections, warnings, errors, ...diagramsOf(sections) };
}

/** The number of paths (or pairs of them) a warning of paths names (some systems cannot write them, gea did not write them); the rest are counted. */
const UNPORTABLE_NAMED = 3;

type BuildWords = Words['diagrams']['build'];

/** One warning of a section's paths that differ only by case, and one of those with names Windows reserves. */
function warnOfUnportablePaths(section: string, paths: Iterable<string>, words: BuildWords, onWarning: (message: string) => void): void {
  const { caseCollisions, windowsReserved } = unportablePaths(paths);
  const inSection = (path: string) => `${section}/${path}`;
  if (caseCollisions.length > 0) {
    const pairs = caseCollisions.slice(0, UNPORTABLE_NAMED).map(([earlier, later]) => [inSection(earlier), inSection(later)] as const);
    onWarning(words.caseCollisions({ pairs, more: caseCollisions.length - pairs.length }));
  }
  if (windowsReserved.length > 0) {
    const named = windowsReserved.slice(0, UNPORTABLE_NAMED).map(inSection);
    onWarning(words.windowsReserved({ paths: named, more: windowsReserved.length - named.length }));
  }
}

/** One warning of the files in a section that gea did not write and leaves in place, those not warned of before. */
function warnOfForeignFiles(section: string, paths: readonly string[], words: BuildWords, onWarning: (message: string) => void): void {
  if (paths.length === 0) return;
  const named = paths.slice(0, UNPORTABLE_NAMED).map((path) => `${section}/${path}`);
  onWarning(words.foreignFiles({ paths: named, more: paths.length - named.length }));
}

/**
 * The first errors, to show as `gea check` would: in the locale of messages (compiled again in it
 * when out/ is in another), plateaus listed only where the model declares some.
 */
async function errorsShown(workspace: Workspace, options: BuildOptions, built: Compilation): Promise<FindingRecord[]> {
  const locale = options.messageLocale ?? workspace.config.locale;
  const compilation =
    locale === (options.locale ?? workspace.config.locale)
      ? built
      : await compileWorkspace(workspace, { evaluationDate: options.evaluationDate, locale });
  const records = findingRecords(compilation);
  const declared = compilation.analysis.model.plateaus.some((plateau) => !plateau.implicit);
  const errors = records.filter((record) => record.severity === 'error' && !record.waived).slice(0, ERRORS_SHOWN);
  return declared ? errors : errors.map((record) => ({ ...record, plateaus: [] }));
}

/** Once every staging under way has ended: the sections staged, and the first failure if any. */
async function settled(staging: readonly Promise<StagedSection>[]): Promise<{ staged: StagedSection[]; failure?: PromiseRejectedResult }> {
  const outcomes = await Promise.allSettled(staging);
  return {
    staged: outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : [])),
    failure: outcomes.find((outcome) => outcome.status === 'rejected'),
  };
}
