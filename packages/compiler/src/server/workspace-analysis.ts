// After every build of the documents: each workspace analysed as `gea check` analyses it (the
// same analyzeDocuments, gea.yaml settings, source order and locale), its findings published as
// diagnostics on every file (only where they changed) and kept for hovers and code actions. A
// document's own syntax and link errors go out as soon as it is validated, beside the workspace
// findings of the last analysis, so typing gets its answer before a large workspace is analysed.
// Every thousand declarations of building the model, after each plateau's projection and between
// any two rules, the analysis lets the editor's messages in: when an edit has arrived, the analysis
// is stale and stops, and the edit's build schedules the next.
import { DocumentState, type LangiumDocument } from 'langium';
import { compareFindings, compareText, wordsFor, type Finding } from '@gea-arch/core';
import {
  analyzeDocumentsModelStepwise,
  documentFindings,
  ModelKeeper,
  modelOfDocumentsStepwise,
  type SourceProblem,
} from '@gea-arch/language';
import type { EditorState } from '@gea-arch/language/lsp';
import type { Diagnostic } from 'vscode-languageserver-types';
import { sourceFinding, today } from '../check/compile.js';
import { findingDiagnostic } from './diagnostics.js';
import { fileUri, type EditorSettings, type ServerWorkspace, type ServerWorkspaces } from './server-workspaces.js';

export interface AnalysisTarget {
  readonly workspaces: ServerWorkspaces;
  readonly state: EditorState;
  readonly settings: EditorSettings;
  /** The language of the server's own messages (an internal error). */
  readonly locale: string;
  /** The language of a workspace folder's messages (the editor's, else its gea.yaml's); `locale` for every folder by default. */
  localeOf?(workspace: ServerWorkspace): string;
  /** Where each rule is explained (`…/rules.md`); a rule's id is its anchor. */
  readonly rulesDoc?: string;
  /** Why a file could not be read as UTF-8 text, if so. */
  sourceProblem(uri: string): SourceProblem | undefined;
  publish(uri: string, diagnostics: Diagnostic[]): void;
}

/** The longest pause in edits the server waits for before it analyses (typing is faster). */
export const MAX_PAUSE_MS = 300;

/** The findings a document has on its own, known before the workspace is analysed. */
const DOCUMENT_RULES = new Set(['syntax', 'unresolved-reference']);

export class WorkspaceAnalyzer {
  private readonly sent = new Map<string, string>();
  /** Each workspace's model, by its root: after most edits it is updated rather than built whole. */
  private readonly models = new Map<string, ModelKeeper>();
  private pending: { timer: NodeJS.Timeout; documents: () => readonly LangiumDocument[] } | undefined;
  private running: Promise<void> | undefined;
  private lastDuration = 0;
  /** Updates of the documents begun so far: an analysis begun before the last one is stale. */
  private updates = 0;

  constructor(private readonly target: AnalysisTarget) {}

  /**
   * Analyses after a build, once edits pause: at once where an analysis is quick, else after a
   * pause longer than between keystrokes (a quarter of the last analysis, at most 300 ms), so
   * that typing does not start an analysis at every key. A longer wait is not needed: an
   * analysis lets edits in every few tens of milliseconds and stops when one arrives.
   */
  schedule(documents: () => readonly LangiumDocument[]): void {
    if (this.pending) clearTimeout(this.pending.timer);
    const delay = this.lastDuration < 150 ? 0 : Math.min(MAX_PAUSE_MS, this.lastDuration / 4);
    this.pending = { documents, timer: setTimeout(() => void this.flush(), delay) };
  }

  /** An update of the documents has begun: an analysis under way is stale. */
  documentsUpdating(): void {
    this.updates++;
  }

  /** Runs a scheduled analysis now, if there is one, after the one under way. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    const pending = this.pending;
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending = undefined;
    const running = this.run(pending.documents);
    this.running = running;
    try {
      await running;
    } finally {
      this.running = undefined;
    }
  }

  private async run(documentsNow: () => readonly LangiumDocument[]): Promise<void> {
    const documents = documentsNow();
    // A build under way (the edited documents are validated before those they affect) schedules again when it ends.
    if (documents.some((document) => document.state < DocumentState.Validated)) return;
    const updates = this.updates;
    const stale = () => this.updates !== updates || documents.some((document) => document.state < DocumentState.Validated);
    const started = performance.now();
    // A failure is the server's bug: said in the editor's log, and the next edit tries again.
    try {
      if (await this.analyze(documents, stale)) this.lastDuration = performance.now() - started;
      // An update that rebuilds no document (a gea.yaml change) schedules no analysis of its own.
      else if (!this.pending) this.schedule(documentsNow);
    } catch (error) {
      console.error(`gea: ${wordsFor(this.target.locale).cli.usage.internalError({ detail: (error as Error).stack ?? String(error) })}`);
    }
  }

  /** Analyses every workspace that holds one of `documents`, and publishes what changed; false if it went stale. */
  private async analyze(documents: readonly LangiumDocument[], stale: () => boolean): Promise<boolean> {
    const { workspaces } = this.target;
    const byRoot = new Map<string, { workspace: ServerWorkspace; documents: LangiumDocument[] }>();
    for (const document of documents) {
      const workspace = workspaces.of(document.uri.toString());
      const group = byRoot.get(workspace.root) ?? byRoot.set(workspace.root, { workspace, documents: [] }).get(workspace.root)!;
      group.documents.push(document);
    }
    for (const { workspace, documents: members } of byRoot.values()) {
      if (!(await this.analyzeWorkspace(workspace, members, stale))) return false;
    }
    this.publishConfigProblems();
    return true;
  }

  /** Publishes each workspace's gea.yaml problems (none clears them), also where it has no document to analyse. */
  publishConfigProblems(): void {
    for (const workspace of this.target.workspaces.all()) this.publishWorkspaceConfigProblems(workspace);
  }

  /** Publishes a validated document's syntax and link errors with the other findings it had. */
  documentValidated(document: LangiumDocument): void {
    const uri = document.uri.toString();
    const severities = this.target.workspaces.of(uri).config.rules;
    const own = documentFindings(document).filter((finding) => DOCUMENT_RULES.has(finding.rule) && severities[finding.rule] !== 'off');
    const analysis = this.target.state.analysisOf(uri);
    const kept = (analysis?.findings ?? []).filter((finding) => finding.source.uri === uri && !DOCUMENT_RULES.has(finding.rule));
    const findings: Finding[] = [...own.map((finding) => withSeverity(finding, severities[finding.rule])), ...kept];
    this.send(
      uri,
      findings.map((finding) => findingDiagnostic(finding, this.target.rulesDoc, analysis?.model)),
    );
  }

  /** Clears what was published for documents that are gone. */
  forget(uris: readonly string[]): void {
    for (const uri of uris) {
      this.target.state.forget(uri);
      this.send(uri, []);
    }
  }

  private async analyzeWorkspace(workspace: ServerWorkspace, documents: LangiumDocument[], stale: () => boolean): Promise<boolean> {
    const { workspaces, settings, state } = this.target;
    const locale = this.localeOf(workspace);
    const relativePaths = new Map(
      documents.map((document) => [document.uri.toString(), workspaces.relativePath(workspace, document.uri.toString())]),
    );
    const ordered = [...documents].sort((a, b) => compareText(relativePaths.get(a.uri.toString())!, relativePaths.get(b.uri.toString())!));
    const { config } = workspace;
    const options = {
      defaultLocale: config.locale,
      locales: config.locales,
      severities: config.rules,
      evaluationDate: settings.evaluationDate ?? config.evaluationDate ?? today(),
      locale,
      relativePaths,
    };
    const keeper = this.models.get(workspace.root) ?? this.models.set(workspace.root, new ModelKeeper()).get(workspace.root)!;
    const documentsModel = await stepping(modelOfDocumentsStepwise(ordered, options, keeper), stale);
    if (!documentsModel) return false;
    const analysis = await stepping(analyzeDocumentsModelStepwise(documentsModel, options), stale);
    if (!analysis) return false;
    const uris = ordered.map((document) => document.uri.toString());
    const unreadable = uris.flatMap((uri) => {
      const problem = this.target.sourceProblem(uri);
      return problem ? [sourceFinding(uri, problem, locale)] : [];
    });
    const findings = unreadable.length === 0 ? analysis.findings : [...analysis.findings, ...unreadable].sort(compareFindings);
    state.update(uris, {
      model: analysis.model,
      findings,
      locales: config.locales,
      locale,
      relativePath: (uri) => relativePaths.get(uri) ?? uri,
    });
    const byUri = new Map<string, Diagnostic[]>(uris.map((uri) => [uri, []]));
    for (const finding of findings) byUri.get(finding.source.uri)?.push(findingDiagnostic(finding, this.target.rulesDoc, analysis.model));
    for (const [uri, diagnostics] of byUri) this.send(uri, diagnostics);
    return true;
  }

  private publishWorkspaceConfigProblems(workspace: ServerWorkspace): void {
    const diagnostics = workspace.configProblems.map((problem): Diagnostic => ({
      range: {
        start: { line: problem.line - 1, character: problem.column - 1 },
        end: { line: problem.endLine - 1, character: problem.endColumn - 1 },
      },
      severity: 1,
      code: 'config',
      source: 'gea',
      message: problem.say(wordsFor(this.localeOf(workspace))),
    }));
    this.send(fileUri(workspace.configFile), diagnostics);
  }

  private localeOf(workspace: ServerWorkspace): string {
    return this.target.localeOf?.(workspace) ?? this.target.locale;
  }

  private send(uri: string, diagnostics: Diagnostic[]): void {
    const text = JSON.stringify(diagnostics);
    if ((this.sent.get(uri) ?? '[]') === text) return;
    this.sent.set(uri, text);
    this.target.publish(uri, diagnostics);
  }
}

function withSeverity(finding: Finding, severity: string | undefined): Finding {
  return severity === 'error' || severity === 'warning' || severity === 'info' ? { ...finding, severity } : finding;
}

/** Runs `steps`, letting the editor's messages in before each; undefined once they made it `stale`. */
async function stepping<T>(steps: Generator<unknown, T, void>, stale: () => boolean): Promise<T | undefined> {
  for (;;) {
    await messagesHandled();
    if (stale()) return undefined;
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Resolves once the messages that arrived meanwhile have been handled (jsonrpc handles them a turn after reading them). */
async function messagesHandled(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}
