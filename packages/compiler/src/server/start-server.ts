// The gea language server: Langium's LSP services for gea, composed with the workspaces of
// gea.yaml. It speaks the workspace locale (or the editor's), publishes `gea check`'s findings
// workspace-wide after every change, and answers `gea/preview` (a view as SVG) and `gea/build`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { isCalendarDate } from '@gea-arch/core/model';
import { wordsFor } from '@gea-arch/core/words';
import {
  addCallHierarchyHandler,
  addCodeActionHandler,
  addCodeLensHandler,
  addCompletionHandler,
  addConfigurationChangeHandler,
  addDocumentHighlightHandler,
  addDocumentLinkHandler,
  addDocumentSymbolHandler,
  addDocumentUpdateHandler,
  addExecuteCommandHandler,
  addFileOperationHandler,
  addFindReferencesHandler,
  addFoldingRangeHandler,
  addFormattingHandler,
  addGoToDeclarationHandler,
  addGotoDefinitionHandler,
  addGoToImplementationHandler,
  addGoToTypeDefinitionHandler,
  addHoverHandler,
  addInlayHintHandler,
  addRenameHandler,
  addSemanticTokenHandler,
  addSignatureHelpHandler,
  addTypeHierarchyHandler,
  addWorkspaceSymbolHandler,
} from 'langium/lsp';
import {
  MessageType,
  ShowMessageNotification,
  type Connection,
  type InitializeResult,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import { type Fonts } from '@gea-arch/diagrams';
import { loadBundledFonts } from '@gea-arch/diagrams/node';
import { createGeaServices, declarationAt, type GeaLanguageServices } from '@gea-arch/language/lsp';
import { buildWorkspace } from '../build/build-workspace.js';
import { DEFAULT_CONFIG } from '../workspace/config.js';
import { CONFIG_FILE, loadWorkspace } from '../workspace/load-workspace.js';
import { PREVIEW_REQUEST, previewSpec, renderPreview, type PreviewParams, type PreviewResult } from './preview.js';
import { PreviewLayouts } from './preview-layouts.js';
import { ServerWorkspaces, type EditorSettings, type ServerWorkspace } from './server-workspaces.js';
import { SourceFiles } from './source-files.js';
import { WorkspaceAnalyzer } from './workspace-analysis.js';
import { GeaDocumentUpdateHandler } from './document-update-handler.js';
import { GeaWorkspaceManager, workspaceFoldersOf } from './workspace-manager.js';
import { changeWorkspaceFolders } from './workspace-folders.js';

export const BUILD_REQUEST = 'gea/build';
/** Where the workspace's built site starts (its gea.yaml's `out`), or null when it has not been built. */
export const SITE_REQUEST = 'gea/site';
/** The finding counts of every workspace, once the edits so far are analysed. */
export const FINDINGS_REQUEST = 'gea/findings';
/**
 * Sent, to a client that starts with `restartOnLocaleChange`, when the gea.yaml whose `locale` the
 * server speaks names another: `{ locale }`. Other clients are shown a message asking for a restart.
 */
export const LOCALE_CHANGED_NOTIFICATION = 'gea/localeChanged';

export interface FindingCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly waived: number;
  readonly files: number;
}

export interface GeaServerOptions {
  readonly connection: Connection;
  /** Where each rule is explained: a URI whose anchors are rule ids (`…/docs/rules.md`). */
  readonly rulesDoc?: string;
  /** gea's version, written into what `gea/build` emits. */
  readonly version: string;
  /** The fonts diagrams are measured and drawn with; the bundled Noto Sans by default. */
  readonly fonts?: () => Fonts;
}

export interface BuildParams {
  readonly uri: string;
}

export interface SiteReply {
  readonly index: string | null;
}

export interface BuildReply {
  readonly outDir: string;
  readonly errors: number;
  readonly warnings: number;
}

/** Wires the server to `connection` and starts listening. */
export function startGeaServer(options: GeaServerOptions): void {
  const { connection } = options;
  let server: GeaLanguageServices | undefined;
  let fonts: Fonts | undefined;
  const previewLayouts = new PreviewLayouts();
  const workspaces = new ServerWorkspaces();
  // Set once the services are made, for a client that tells of workspace folders it adds and removes.
  let foldersChanged: ((event: WorkspaceFoldersChangeEvent) => void) | undefined;

  connection.onInitialize(async (params): Promise<InitializeResult> => {
    const asked = editorSettings(params.initializationOptions);
    const folders = workspaceFoldersOf(params);
    const first = folders[0] ? await workspaces.load(URI.parse(folders[0].uri).fsPath) : undefined;
    // As the command line chooses (decision 0014): the editor's setting, else GEA_LOCALE, else gea.yaml.
    const setLocale = asked.locale ?? (process.env.GEA_LOCALE || undefined);
    const locale = setLocale ?? first?.config.locale ?? DEFAULT_CONFIG.locale;
    const restartsOnLocaleChange = restartOnLocaleChange(params.initializationOptions);
    // The locale gea.yaml names, when the server speaks gea.yaml's: the services speak one locale,
    // so when it comes to name another the server asks to be restarted (once for each change).
    let configLocale = setLocale === undefined ? locale : undefined;
    const badDate = asked.evaluationDate !== undefined && !isCalendarDate(asked.evaluationDate) ? asked.evaluationDate : undefined;
    const settings: EditorSettings = badDate !== undefined ? { ...asked, evaluationDate: undefined } : asked;
    if (badDate !== undefined) {
      const message = wordsFor(locale).editor.settings.dateIgnored({ date: badDate });
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    }
    const sourceFiles = new SourceFiles();
    server = createGeaServices(
      { connection, fileSystemProvider: () => sourceFiles },
      { locale },
      {
        workspace: { WorkspaceManager: (shared) => new GeaWorkspaceManager(shared, workspaces) },
        lsp: { DocumentUpdateHandler: (shared) => new GeaDocumentUpdateHandler(shared, workspaces) },
      },
    );
    const { shared, gea } = server;
    // Each folder speaks its own gea.yaml's locale (unless the editor or GEA_LOCALE sets one): its
    // files' syntax and link errors, findings, hovers and actions; a file of no folder, the server's.
    const folderLocale = (workspace: ServerWorkspace) => setLocale ?? workspace.config.locale;
    const localeOfUri = (uri: string): string | undefined => {
      const workspace = workspaces.of(uri);
      return workspaces.all().some((folder) => folder.root === workspace.root) ? folderLocale(workspace) : undefined;
    };
    gea.syntax.Messages.followDocuments(localeOfUri);
    // Each workspace folder is a model of its own: its names resolve among its own files only
    // (an editor's scratch buffer, which is no file, reads the first folder's).
    gea.references.NameIndex.partitionBy((uri) => (uri.startsWith('file:') ? workspaces.rootOf(uri) : (workspaces.all()[0]?.root ?? '')));
    const analyzer = new WorkspaceAnalyzer({
      workspaces,
      state: gea.editor.State,
      settings,
      locale,
      localeOf: folderLocale,
      rulesDoc: options.rulesDoc,
      // A file open in the editor is read from the editor, whatever is on disk.
      sourceProblem: (uri) => (shared.workspace.TextDocuments.get(uri) ? undefined : sourceFiles.problemOf(uri)),
      publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
    });
    const documents = () => shared.workspace.LangiumDocuments.all.toArray();
    // A gea.yaml in error is said at once, even where its workspace has no file to analyse.
    void shared.workspace.WorkspaceManager.ready.then(() => analyzer.publishConfigProblems());
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, (document) => analyzer.documentValidated(document));
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => analyzer.schedule(documents));
    shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
      analyzer.documentsUpdating();
      analyzer.forget(deleted.map((uri) => uri.toString()));
      // A deleted file that no other file refers to leaves nothing to rebuild, and Langium then
      // announces no build phase: the workspace is analysed without it all the same.
      if (deleted.length > 0) analyzer.schedule(documents);
    });
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange?.((change) => {
      const configs = change.changes.filter((event) => event.uri.endsWith(`/${CONFIG_FILE}`));
      if (configs.length === 0) return;
      // Under the workspace lock, so that what asks after the change sees the new settings.
      void shared.workspace.WorkspaceLock.write(async () => {
        const localesBefore = new Map(workspaces.all().map((workspace) => [workspace.root, workspace.config.locale]));
        const { added, removed } = await reloadConfigs(configs.map((event) => URI.parse(event.uri).fsPath));
        // New `sources`: the files they take in are read, those they leave out dropped (unless open).
        const open = (uri: string) => shared.workspace.TextDocuments.get(uri) !== undefined;
        const dropped = removed.filter((uri) => !open(uri));
        if (added.length > 0 || dropped.length > 0) {
          await shared.workspace.DocumentBuilder.update(
            added.map((uri) => URI.parse(uri)),
            dropped.map((uri) => URI.parse(uri)),
          );
        }
        analyzer.schedule(documents);
        const named = first && workspaces.all().find((workspace) => workspace.root === first.root)?.config.locale;
        // Another folder's files were parsed and validated in its locale: when its gea.yaml names
        // another, they are read again in it (the server's own words follow the first folder's).
        if (setLocale === undefined) {
          const relocated = workspaces
            .all()
            .filter((workspace) => workspace.root !== first?.root && localesBefore.get(workspace.root) !== workspace.config.locale)
            .flatMap((workspace) => workspace.files);
          if (relocated.length > 0)
            await shared.workspace.DocumentBuilder.update(
              relocated.map((uri) => URI.parse(uri)),
              [],
            );
        }
        if (configLocale !== undefined && named !== undefined && named !== configLocale) {
          configLocale = named;
          // Back to the locale it speaks, nothing is to be done.
          if (named === locale) return;
          if (restartsOnLocaleChange) void connection.sendNotification(LOCALE_CHANGED_NOTIFICATION, { locale: named });
          else {
            const message = wordsFor(named).editor.settings.localeChanged({ locale: named });
            void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
          }
        }
      });
    });
    if (params.capabilities.workspace?.workspaceFolders === true) {
      foldersChanged = (event) =>
        void shared.workspace.WorkspaceLock.write(async () => {
          await changeWorkspaceFolders(event, shared, workspaces, (uris) => analyzer.forget(uris));
          analyzer.schedule(documents);
        });
    }
    addHandlers(server);
    connection.onRequest(BUILD_REQUEST, (request: BuildParams) => build(request, settings, setLocale));
    connection.onRequest(SITE_REQUEST, (request: BuildParams) => site(request));
    connection.onRequest(FINDINGS_REQUEST, () => afterEdits(server!, analyzer, () => counts(server!)));
    connection.onRequest(PREVIEW_REQUEST, (request: PreviewParams) => preview(server!, analyzer, request, settings.locale));
    const result = await shared.lsp.LanguageServer.initialize(params);
    // The locale of the server's words, for a client's own (the extension's status bar, preview and commands).
    // Folders added or removed are followed (`workspace/didChangeWorkspaceFolders`).
    const workspace = { ...result.capabilities.workspace, workspaceFolders: { supported: true, changeNotifications: true } };
    return { ...result, capabilities: { ...result.capabilities, workspace, experimental: { gea: { locale } } } };
  });
  connection.onInitialized((params) => {
    server?.shared.lsp.LanguageServer.initialized(params);
    if (foldersChanged) connection.workspace.onDidChangeWorkspaceFolders(foldersChanged);
  });

  /** Reads the changed gea.yaml files again; the source files each workspace gained and lost. */
  async function reloadConfigs(configFiles: readonly string[]): Promise<{ added: string[]; removed: string[] }> {
    const added: string[] = [];
    const removed: string[] = [];
    for (const file of configFiles) {
      const root = file.slice(0, -CONFIG_FILE.length - 1);
      const before = workspaces.all().find((workspace) => workspace.root === root);
      if (!before) continue;
      const after = await workspaces.load(root);
      const had = new Set(before.files);
      const has = new Set(after.files);
      added.push(...after.files.filter((uri) => !had.has(uri)));
      removed.push(...before.files.filter((uri) => !has.has(uri)));
    }
    return { added, removed };
  }

  async function preview(
    services: GeaLanguageServices,
    analyzer: WorkspaceAnalyzer,
    request: PreviewParams,
    labelLocale: string | undefined,
  ): Promise<PreviewResult | null> {
    const { shared, gea } = services;
    await afterEdits(services, analyzer, () => undefined);
    const analysis = gea.editor.State.analysisOf(request.uri);
    if (!analysis) return null;
    let element = request.element;
    if (element === undefined && request.view === undefined && request.position) {
      const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(request.uri)) as LangiumDocument | undefined;
      element = document ? declarationAt(document, request.position) : undefined;
    }
    const found = element !== undefined ? gea.editor.State.element(request.uri, element) : undefined;
    const spec = previewSpec(analysis.model, labelLocale, request.view, found);
    if (!spec) return null;
    fonts ??= (options.fonts ?? loadBundledFonts)();
    return renderPreview(analysis.model, spec, fonts, previewLayouts);
  }

  /** As `gea build` of the document's folder: in the editor's locale, else that folder's. */
  async function build(request: BuildParams, settings: EditorSettings, setLocale: string | undefined): Promise<BuildReply> {
    const folder = workspaces.of(request.uri);
    const root = folder.root;
    const locale = setLocale ?? folder.config.locale;
    const workspace = await loadWorkspace([root], root, { locale });
    const result = await buildWorkspace(workspace, {
      messageLocale: locale,
      evaluationDate: settings.evaluationDate,
      toolVersion: options.version,
    });
    return { outDir: result.outDir, errors: result.summary.error, warnings: result.summary.warning };
  }

  function site(request: BuildParams): SiteReply {
    const workspace = workspaces.of(request.uri);
    const index = join(resolve(workspace.root, workspace.config.out), 'site', 'index.html');
    return { index: existsSync(index) ? index : null };
  }

  connection.listen();
}

/** Runs `read` once every edit received so far is built and analysed. */
async function afterEdits<T>({ shared }: GeaLanguageServices, analyzer: WorkspaceAnalyzer, read: () => T): Promise<T> {
  await shared.workspace.WorkspaceManager.ready;
  return shared.workspace.WorkspaceLock.read(async () => {
    await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
    await analyzer.flush();
    return read();
  });
}

function counts({ gea }: GeaLanguageServices): FindingCounts {
  const total = { error: 0, warning: 0, info: 0, waived: 0, files: 0 };
  for (const analysis of gea.editor.State.all()) {
    total.files += analysis.model.relativePaths.size;
    for (const finding of analysis.findings) {
      if (finding.waived) total.waived++;
      else total[finding.severity]++;
    }
  }
  return total;
}

/** Every LSP feature of Langium but its per-document diagnostics: ours are workspace-wide. */
function addHandlers({ shared }: GeaLanguageServices): void {
  const connection = shared.lsp.Connection!;
  addDocumentUpdateHandler(connection, shared);
  addFileOperationHandler(connection, shared);
  addCompletionHandler(connection, shared);
  addFindReferencesHandler(connection, shared);
  addDocumentSymbolHandler(connection, shared);
  addGotoDefinitionHandler(connection, shared);
  addGoToTypeDefinitionHandler(connection, shared);
  addGoToImplementationHandler(connection, shared);
  addDocumentHighlightHandler(connection, shared);
  addFoldingRangeHandler(connection, shared);
  addFormattingHandler(connection, shared);
  addCodeActionHandler(connection, shared);
  addRenameHandler(connection, shared);
  addHoverHandler(connection, shared);
  addInlayHintHandler(connection, shared);
  addSemanticTokenHandler(connection, shared);
  addExecuteCommandHandler(connection, shared);
  addSignatureHelpHandler(connection, shared);
  addCallHierarchyHandler(connection, shared);
  addTypeHierarchyHandler(connection, shared);
  addCodeLensHandler(connection, shared);
  addDocumentLinkHandler(connection, shared);
  addConfigurationChangeHandler(connection, shared);
  addGoToDeclarationHandler(connection, shared);
  addWorkspaceSymbolHandler(connection, shared);
  shared.workspace.TextDocuments.listen(connection);
}

/** Whether the client restarts the server itself when asked (`gea/localeChanged`). */
function restartOnLocaleChange(options: unknown): boolean {
  return typeof options === 'object' && options !== null && (options as Record<string, unknown>).restartOnLocaleChange === true;
}

function editorSettings(options: unknown): EditorSettings {
  const given = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  return { locale: text(given.locale), evaluationDate: text(given.evaluationDate) };
}
