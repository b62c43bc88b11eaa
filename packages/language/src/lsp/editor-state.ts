// What the editor services know beyond one document: the latest analysis of the workspace a
// document belongs to (model, findings, expected locales), filled in by whoever runs the
// analysis (the language server composition) and read by hover, code actions and code lenses.
import type { Element, Finding, SemanticModel } from '@gea-arch/core';

export interface WorkspaceAnalysis {
  readonly model: SemanticModel;
  /** Every finding of the workspace, waived ones included. */
  readonly findings: readonly Finding[];
  /** Locales names are expected in (gea.yaml `locales`). */
  readonly locales: readonly string[];
  /** The locale of the words shown to the user. */
  readonly locale: string;
  /** Workspace-relative path of a document URI, for messages. */
  relativePath(uri: string): string;
}

export class EditorState {
  private readonly analyses = new Map<string, WorkspaceAnalysis>();
  private readonly elementIndex = new WeakMap<SemanticModel, Map<string, Element>>();

  /** Records the analysis of the documents `uris`. */
  update(uris: Iterable<string>, analysis: WorkspaceAnalysis): void {
    for (const uri of uris) this.analyses.set(uri, analysis);
  }

  forget(uri: string): void {
    this.analyses.delete(uri);
  }

  /** Every analysis kept, once each. */
  all(): WorkspaceAnalysis[] {
    return [...new Set(this.analyses.values())];
  }

  analysisOf(uri: string): WorkspaceAnalysis | undefined {
    return this.analyses.get(uri);
  }

  /** The first element declared under `id` in the analysis of `uri`. */
  element(uri: string, id: string): Element | undefined {
    const analysis = this.analyses.get(uri);
    if (!analysis) return undefined;
    let index = this.elementIndex.get(analysis.model);
    if (!index) {
      index = new Map();
      for (const element of analysis.model.elements) if (!index.has(element.id)) index.set(element.id, element);
      this.elementIndex.set(analysis.model, index);
    }
    return index.get(id);
  }

  /** The findings in document `uri` whose range holds `position` (0-based). */
  findingsAt(uri: string, position: { line: number; character: number }): Finding[] {
    const analysis = this.analyses.get(uri);
    if (!analysis) return [];
    return analysis.findings.filter((finding) => finding.source.uri === uri && contains(finding.source, position));
  }
}

function contains(range: Finding['source'], position: { line: number; character: number }): boolean {
  const { start, end } = range;
  if (position.line < start.line || position.line > end.line) return false;
  if (position.line === start.line && position.character < start.character) return false;
  if (position.line === end.line && position.character > end.character) return false;
  return true;
}
