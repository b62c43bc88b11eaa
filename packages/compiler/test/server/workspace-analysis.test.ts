// The language server's workspace analysis: published once the documents are built, and stopped
// while the model is built, between two rules or between the rules of one plateau and the next,
// when an update of the documents has begun meanwhile.
import { URI, type FileSystemProvider, type LangiumDocument } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import type * as language from '@gea-arch/language';
import { createGeaServices } from '@gea-arch/language/lsp';
import { ServerWorkspaces } from '../../src/server/server-workspaces.js';
import { MAX_PAUSE_MS, WorkspaceAnalyzer } from '../../src/server/workspace-analysis.js';

const seen = vi.hoisted(() => ({
  modelSteps: 0,
  ruleSteps: 0,
  plateaus: [] as string[],
  afterFirstModelStep: undefined as (() => void) | undefined,
  afterFirstRuleStep: undefined as (() => void) | undefined,
  afterFirstPlateau: undefined as (() => void) | undefined,
}));

// The analysis as the server runs it, counting its steps, noting each plateau whose rules have all
// run, and calling back after the first step of building the model, of the rules, and the first plateau.
vi.mock('@gea-arch/language', async (importOriginal) => {
  const original = await importOriginal<typeof language>();
  return {
    ...original,
    *modelOfDocumentsStepwise(...args: Parameters<typeof original.modelOfDocumentsStepwise>) {
      const steps = original.modelOfDocumentsStepwise(...args);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return step.value;
        if (++seen.modelSteps === 1) seen.afterFirstModelStep?.();
        yield step.value;
      }
    },
    *analyzeDocumentsModelStepwise(...args: Parameters<typeof original.analyzeDocumentsModelStepwise>) {
      const steps = original.analyzeDocumentsModelStepwise(...args);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return step.value;
        if (++seen.ruleSteps === 1) seen.afterFirstRuleStep?.();
        if (step.value.complete) seen.plateaus.push(step.value.plateau.id);
        if (seen.plateaus.length === 1 && step.value.complete) seen.afterFirstPlateau?.();
        yield step.value;
      }
    },
  };
});

/** Forgets what the last analysis did and which callbacks it had. */
function resetSeen(): void {
  Object.assign(seen, {
    modelSteps: 0,
    ruleSteps: 0,
    plateaus: [],
    afterFirstModelStep: undefined,
    afterFirstRuleStep: undefined,
    afterFirstPlateau: undefined,
  });
}

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

/** An analysis of WITH_PLATEAUS that an update of the documents stopped at `where`: it published nothing. */
async function stoppedAt(where: 'afterFirstModelStep' | 'afterFirstRuleStep' | 'afterFirstPlateau') {
  const fixture = await analyzer(WITH_PLATEAUS);
  resetSeen();
  seen[where] = () => fixture.analyzer.documentsUpdating();
  fixture.analyzer.schedule(fixture.documents);
  await fixture.analyzer.flush();
  expect(fixture.state.analysisOf('file:///ws/b.gea')).toBeUndefined();
  return fixture;
}

describe('the workspace analysis of the language server', () => {
  it('analyses the documents once asked to', async () => {
    const { analyzer: workspace, state, documents } = await analyzer();
    workspace.schedule(documents);
    await workspace.flush();
    expect(state.analysisOf('file:///ws/b.gea')?.model.data.map((data) => data.id)).toEqual(['mn.record']);
  });

  it('after a slow analysis, analyses again once edits pause for at most MAX_PAUSE_MS', async () => {
    const { analyzer: workspace, documents } = await analyzer();
    // The first analysis seems to take 4 s (a national model on a slow machine).
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 4000));
    workspace.schedule(documents);
    await workspace.flush();
    now.mockRestore();

    vi.useFakeTimers();
    try {
      const analysed = vi.spyOn(workspace, 'flush');
      workspace.schedule(documents);
      await vi.advanceTimersByTimeAsync(MAX_PAUSE_MS - 1);
      expect(analysed).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(analysed).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
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

  it('stops when an update of the documents begins while the model is built, before any rule runs', async () => {
    const { analyzer: workspace, state } = await stoppedAt('afterFirstModelStep');
    expect(seen.modelSteps).toBe(1);
    expect(seen.ruleSteps).toBe(0);

    // The stopped analysis scheduled the next.
    resetSeen();
    await workspace.flush();
    expect(seen.modelSteps).toBeGreaterThan(1);
    expect(seen.plateaus).toEqual(['mn.current', 'mn.target']);
    expect(state.analysisOf('file:///ws/b.gea')).toBeDefined();
  });

  it('stops when an update of the documents begins between two rules of a plateau', async () => {
    const { analyzer: workspace, state } = await stoppedAt('afterFirstRuleStep');
    expect(seen.ruleSteps).toBe(1);
    expect(seen.plateaus).toEqual([]);

    // The stopped analysis scheduled the next: it runs every plateau.
    resetSeen();
    await workspace.flush();
    expect(seen.plateaus).toEqual(['mn.current', 'mn.target']);
    expect(state.analysisOf('file:///ws/b.gea')).toBeDefined();
  });

  it('stops when an update of the documents begins after the first plateau, and runs every plateau the next time', async () => {
    const { analyzer: workspace, state, documents } = await stoppedAt('afterFirstPlateau');
    expect(seen.plateaus).toEqual(['mn.current']);

    resetSeen();
    workspace.schedule(documents);
    await workspace.flush();
    expect(seen.plateaus).toEqual(['mn.current', 'mn.target']);
    expect(state.analysisOf('file:///ws/b.gea')?.model.data.map((data) => data.id)).toEqual(['mn.record']);
  });
});
