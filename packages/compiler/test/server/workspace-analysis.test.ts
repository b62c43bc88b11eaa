// The language server's workspace analysis: published once the documents are built, and stopped
// between the model and the rules when an update of the documents has begun meanwhile.
import { URI, type FileSystemProvider, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { createGeaServices } from '@gea-arch/language/lsp';
import { ServerWorkspaces } from '../../src/server/server-workspaces.js';
import { WorkspaceAnalyzer } from '../../src/server/workspace-analysis.js';

const FILES: Record<string, string> = {
  'file:///ws/a.gea': 'namespace mn\nagency office "Office" { kind agency }\n',
  'file:///ws/b.gea': 'namespace mn\ndata record "Record" { owner office }\n',
};

async function analyzer() {
  const fileSystemProvider = (): FileSystemProvider => ({}) as FileSystemProvider;
  const { shared, gea } = createGeaServices({ fileSystemProvider }, { locale: 'en' });
  const documents: LangiumDocument[] = Object.entries(FILES).map(([uri, text]) => {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
    shared.workspace.LangiumDocuments.addDocument(document);
    return document;
  });
  await shared.workspace.DocumentBuilder.build(documents, { validation: true });
  const published = new Map<string, unknown[]>();
  const state = gea.editor.State;
  const analyzer = new WorkspaceAnalyzer({
    workspaces: new ServerWorkspaces(),
    state,
    settings: { evaluationDate: '2026-06-01' },
    locale: 'en',
    sourceProblem: () => undefined,
    publish: (uri, diagnostics) => published.set(uri, diagnostics),
  });
  return { analyzer, state, documents: () => documents };
}

describe('the workspace analysis of the language server', () => {
  it('analyses the documents once asked to', async () => {
    const { analyzer: workspace, state, documents } = await analyzer();
    workspace.schedule(documents);
    await workspace.flush();
    expect(state.analysisOf('file:///ws/b.gea')?.model.data.map((data) => data.id)).toEqual(['mn.record']);
  });

  it('stops when an update of the documents begins before the rules run, and runs again after it', async () => {
    const { analyzer: workspace, state, documents } = await analyzer();
    workspace.schedule(documents);
    const flushing = workspace.flush();
    workspace.documentsUpdating();
    await flushing;
    expect(state.analysisOf('file:///ws/b.gea')).toBeUndefined();

    await workspace.flush();
    expect(state.analysisOf('file:///ws/b.gea')).toBeDefined();
  });
});
