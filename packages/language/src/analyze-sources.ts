// Batch analysis of source texts held in memory: what the compiler and the tests use. The
// language server keeps its own documents and calls analyzeDocuments directly.
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { analyzeModel, wordsFor, type Finding, type SemanticModel } from '@gea-arch/core';
import type { Analysis, AnalysisOptions } from './analyze.js';
import { buildSemanticModel } from './build-model/build-model.js';
import { documentFindings } from './findings/document-findings.js';
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
  /**
   * Called once the Langium documents are garbage, before the rules run: the CLI collects them
   * there, or they would stay in the heap (most of it at national scale) while the rules allocate.
   */
  readonly onDocumentsReleased?: () => void;
}

/** Parses, links and analyses the sources, read in the order given; every message in `options.locale`. */
export async function analyzeSources(sources: readonly SourceText[], options: BatchOptions = {}): Promise<Analysis> {
  const relativePaths = new Map(options.relativePaths);
  for (const source of sources) if (source.path !== undefined) relativePaths.set(normalizeUri(source.uri), source.path);
  const modelOptions = { ...options, relativePaths };
  const { model, languageFindings } = await modelOfSources(sources, modelOptions);
  options.onDocumentsReleased?.();
  return { model, findings: analyzeModel(model, languageFindings, modelOptions) };
}

/**
 * The semantic model and the parse and link findings of the sources. The Langium documents stay
 * inside: once this returns they are garbage, so the rules run on a heap of the model alone (at
 * national scale the documents are most of the memory, and every collection would walk them).
 */
async function modelOfSources(
  sources: readonly SourceText[],
  options: BatchOptions,
): Promise<{ model: SemanticModel; languageFindings: Finding[] }> {
  const documents = await buildSources(sources, { locale: options.locale });
  options.onProgress?.(wordsFor(options.locale).cli.progress.parsed({ files: documents.length }));
  const languageFindings = documents.flatMap(documentFindings);
  return { model: buildSemanticModel(documents, { ...options, documentsDiscarded: true }), languageFindings };
}

/**
 * Parses, links and validates the sources with services of their own, speaking `options.locale`;
 * the documents' syntax trees are compact (syntax/compact-syntax-tree.ts), for analysis only.
 */
export async function buildSources(sources: readonly SourceText[], options: BuildOptions = {}): Promise<LangiumDocument[]> {
  const { shared } = createGeaCoreServices(EmptyFileSystem, { locale: options.locale, compactSyntaxTrees: true });
  const documents = sources.map((source) => shared.workspace.LangiumDocumentFactory.fromString(source.text, URI.parse(source.uri)));
  for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
  await shared.workspace.DocumentBuilder.build(documents, { validation: true });
  return documents;
}

/** The URI string findings and the model carry for a source given as `uri`. */
export function normalizeUri(uri: string): string {
  return URI.parse(uri).toString();
}
