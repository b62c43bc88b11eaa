// The language server's workspace analysis: published once the documents are built, and stopped
// between the model and the rules, or between the rules of one plateau and the next, when an
// update of the documents has begun meanwhile.
import { URI, type FileSystemProvider, type LangiumDocument } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import type * as language from '@gea-arch/language';
import { createGeaServices } from '@gea-arch/language/lsp';
import { ServerWorkspaces } from '../../src/server/server-workspaces.js';
import { WorkspaceAnalyzer } from '../../src/server/workspace-analysis.js';

const seen = vi.hoisted(() => ({ plateaus: [] as string[], afterFirstPlateau: undefined as (() => void) | undefined }));

// The analysis as the server runs it, noting each plateau it reaches and calling back after the first.
vi.mock('@gea-arch/language', async (importOriginal) => {
  const original = await importOriginal<typeof language>();
  return {
    ...original,
    *analyzeDocumentsModelStepwise(...args: Parameters<typeof original.analyzeDocumentsModelStepwise>) {
      const steps = original.analyzeDocumentsModelStepwise(...args);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return step.value;
        seen.plateaus.push(step.value.id);
        if (seen.plateaus.length === 1) seen.afterFirstPlateau?.();
        yield step.value;
      }
    },
  };
});

const FILES: Record<string, string> = {
  'file:///ws/a.gea': 'namespace mn\nagency office "Office" { kind agency }\n',
  'file:///ws/b.gea': 'namespace mn\ndata record "Record" { owner office }\n',
};

const WITH_PLATEAUS: Record<string, string> = {
  ...FILES,
  'file:///ws/plateaus.gea': 'namespace mn\nplateau current { date 2026-01-01 }\nplateau target { date 2028-01-01 }\n',
};

async function analyzer(files: Record<string, string> = FILES) {
  const fileSystemProvider = (): FileSystemProvider => ({}) as FileSystemProvider;
  const { shared, gea } = createGeaServices({ fileSystemProvider }, { locale: 'en' });
  const documents: LangiumDocument[] = Object.entries(files).map(([uri, text]) => {
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

  it('stops when an update of the documents begins after the first plateau, and runs every plateau the next time', async () => {
    const { analyzer: workspace, state, documents } = await analyzer(WITH_PLATEAUS);
    seen.plateaus = [];
    seen.afterFirstPlateau = () => workspace.documentsUpdating();
    workspace.schedule(documents);
    await workspace.flush();
    expect(seen.plateaus).toEqual(['mn.current']);
    expect(state.analysisOf('file:///ws/b.gea')).toBeUndefined();

    seen.plateaus = [];
    seen.afterFirstPlateau = undefined;
    workspace.schedule(documents);
    await workspace.flush();
    expect(seen.plateaus).toEqual(['mn.current', 'mn.target']);
    expect(state.analysisOf('file:///ws/b.gea')?.model.data.map((data) => data.id)).toEqual(['mn.record']);
  });
});
