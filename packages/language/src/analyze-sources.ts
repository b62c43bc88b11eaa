// Batch analysis of source texts held in memory: what the compiler and the tests use. The
// language server keeps its own documents and calls analyzeDocuments directly.
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { wordsFor } from '@gea-arch/core';
import { analyzeDocuments, type Analysis, type AnalysisOptions } from './analyze.js';
import { createGeaCoreServices } from './gea-module.js';

export interface SourceText {
  /** A URI (`file:///…`) naming the document; findings carry it back. */
  readonly uri: string;
  readonly text: string;
  /** Workspace-relative path (with `/`): source order sorts by it and messages name other files by it. */
  readonly path?: string;
}

export interface BuildOptions {
  /** The language of parse, link and validation messages (`mn`, `en`, `mn-MN`, …); Mongolian by default. */
  readonly locale?: string;
}

export interface BatchOptions extends AnalysisOptions {
  /** Called after each stage with a short message ("parsed and linked 120 files"), in `locale`. */
  readonly onProgress?: (message: string) => void;
}

/** Parses, links and analyses the sources, read in the order given; every message in `options.locale`. */
export async function analyzeSources(sources: readonly SourceText[], options: BatchOptions = {}): Promise<Analysis> {
  const documents = await buildSources(sources, { locale: options.locale });
  options.onProgress?.(wordsFor(options.locale).cli.progress.parsed({ files: documents.length }));
  const relativePaths = new Map(options.relativePaths);
  for (const source of sources) if (source.path !== undefined) relativePaths.set(normalizeUri(source.uri), source.path);
  return analyzeDocuments(documents, { ...options, relativePaths });
}

/** Parses, links and validates the sources with services of their own, speaking `options.locale`. */
export async function buildSources(sources: readonly SourceText[], options: BuildOptions = {}): Promise<LangiumDocument[]> {
  const { shared } = createGeaCoreServices(EmptyFileSystem, { locale: options.locale });
  const documents = sources.map((source) => shared.workspace.LangiumDocumentFactory.fromString(source.text, URI.parse(source.uri)));
  for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
  await shared.workspace.DocumentBuilder.build(documents, { validation: true });
  return documents;
}

/** The URI string findings and the model carry for a source given as `uri`. */
export function normalizeUri(uri: string): string {
  return URI.parse(uri).toString();
}
