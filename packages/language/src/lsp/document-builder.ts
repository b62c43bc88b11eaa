// After an edit, a document that refers into the edited ones keeps every reference that resolved
// elsewhere and resolves again only those into the edited documents and those that did not
// resolve; Langium's default unlinks and links all of its references, so one keystroke in a
// popular agency relinked most of a national workspace (decision 0022). When the edit changes
// what a document exports (a declaration added, renamed or removed), a reference that resolved
// elsewhere might now resolve to it: then those documents are linked again in full.
// The edited documents are built first, through validation, and only then the others they
// affect: Langium builds every document phase by phase, so the edited file's diagnostics
// waited for a national workspace's relinking and validation. The documents linked again are
// validated again only for their link errors (earlier-validations.ts).
import {
  type AstNode,
  type BuildOptions,
  DefaultDocumentBuilder,
  DocumentState,
  isAstNode,
  type LangiumDocument,
  type LangiumSharedCoreServices,
  type MaybePromise,
  type URI,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { messagesOf } from './document-factory.js';
import { EarlierValidations } from './earlier-validations.js';
import { hasLinkErrors } from '../scoping/linker.js';

/** What one `update` has changed so far. */
interface Update {
  /** The documents rebuilt from their text or deleted, as URI strings. */
  readonly changed: Set<string>;
  /** What each changed document exported before the edit. */
  readonly exportsBefore: Map<string, string>;
  /** Documents whose references into the changed documents alone were unlinked. */
  readonly partlyUnlinked: LangiumDocument[];
  /** Documents a name the edit declared may now capture: unlinked in full once the exports were compared. */
  readonly captured: LangiumDocument[];
  exportsCompared: boolean;
}

/** The fields of Langium's references that its linker itself resets to unlink them. */
interface LinkState {
  _ref?: unknown;
  _nodeDescription?: { documentUri: URI };
  _items?: unknown;
  _linkingError?: unknown;
}

export class GeaDocumentBuilder extends DefaultDocumentBuilder {
  private updating: Update | undefined;
  /**
   * What the documents of cancelled updates exported before those updates, until an update
   * compares exports: a cancelled build may have indexed their new content already, and the next
   * update would take that for what they exported before (a new name then captured nothing).
   */
  private readonly exportsUncompared = new Map<string, string>();
  private readonly earlier = new EarlierValidations();

  constructor(services: LangiumSharedCoreServices) {
    super(services);
    this.onBuildPhase(DocumentState.IndexedContent, () => this.relinkAllIfExportsChanged());
  }

  override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
    const exportsBefore = new Map(this.exportsUncompared);
    const update: Update = { changed: new Set(), exportsBefore, partlyUnlinked: [], captured: [], exportsCompared: false };
    this.updating = update;
    let completed = false;
    try {
      await super.update(changed, deleted, cancelToken);
      // Without a changed document to index (only deletions) the exports are not compared: a
      // deletion only takes names away, and the references to them were unlinked.
      completed = true;
    } finally {
      this.updating = undefined;
      // A build cancelled before the exports were compared: the next one links these in full.
      if (!completed && !update.exportsCompared) {
        for (const document of update.partlyUnlinked) this.unlinkAll(document);
        for (const [uri, before] of update.exportsBefore) if (!this.exportsUncompared.has(uri)) this.exportsUncompared.set(uri, before);
      }
    }
  }

  /** The edited documents through every phase, then the documents they affect. */
  protected override async buildDocuments(
    documents: LangiumDocument[],
    options: BuildOptions,
    cancelToken: CancellationToken,
  ): Promise<void> {
    const changed = this.updating?.changed;
    const edited = changed ? documents.filter((document) => changed.has(document.uri.toString())) : [];
    const affected = documents.filter((document) => !edited.includes(document));
    // Only when the others are indexed already (an edit, not the first build), else the edited ones could not link.
    if (edited.length === 0 || affected.some((document) => document.state < DocumentState.ComputedScopes)) {
      await super.buildDocuments(documents, options, cancelToken);
      // The documents a new name captured were unlinked while these were built (their exports
      // compared), after the list was made: left unbuilt, they and the workspace analysis waited
      // for the next edit (one left by a cancelled build sends every later edit here).
      const captured = this.updating?.captured.filter((document) => !documents.includes(document)) ?? [];
      if (captured.length > 0) await super.buildDocuments(captured, options, cancelToken);
      return;
    }
    await super.buildDocuments(edited, options, cancelToken);
    const captured = this.updating?.captured.filter((document) => !affected.includes(document)) ?? [];
    await super.buildDocuments([...affected, ...captured], options, cancelToken);
  }

  override resetToState<T extends AstNode>(document: LangiumDocument<T>, state: DocumentState): void {
    const update = this.updating;
    const uri = document.uri.toString();
    if (update && state === DocumentState.Changed) {
      update.changed.add(uri);
      if (!update.exportsBefore.has(uri)) update.exportsBefore.set(uri, this.exportsOf(uri));
    } else if (update && state === DocumentState.ComputedScopes && document.state > state && !update.changed.has(uri)) {
      const built = this.buildState.get(uri);
      if (document.state === DocumentState.Validated && built?.completed && document.diagnostics) {
        this.earlier.keep(uri, document.diagnostics, built.result?.validationChecks);
      }
      this.unlinkInto(document, update.changed);
      this.indexManager.removeReferences(document.uri);
      document.diagnostics = undefined;
      this.buildState.delete(uri);
      document.state = state;
      update.partlyUnlinked.push(document);
      return;
    }
    if (state < DocumentState.ComputedScopes) this.earlier.forget(uri);
    super.resetToState(document, state);
  }

  /** Each document's phase in the locale of its workspace folder (SyntaxMessages `forDocument`). */
  protected override runCancelable(
    documents: LangiumDocument[],
    targetState: DocumentState,
    cancelToken: CancellationToken,
    callback: (document: LangiumDocument) => MaybePromise<unknown>,
  ): Promise<void> {
    return super.runCancelable(documents, targetState, cancelToken, (document) =>
      messagesOf(this.serviceRegistry.getServices(document.uri), document.uri, () => callback(document)),
    );
  }

  protected override async validate(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
    const validator = this.serviceRegistry.getServices(document.uri).validation.DocumentValidator;
    const again = this.earlier.revalidate(document, validator);
    if (!again) return super.validate(document, cancelToken);
    document.diagnostics = again.diagnostics;
    const built = this.buildState.get(document.uri.toString());
    if (built) built.result = { ...built.result, validationChecks: again.checks };
  }

  /** As Langium's, with whether a document's references left one unresolved known from its linking (not read off each reference at every keystroke). */
  protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
    return (hasLinkErrors(document) ?? super.shouldRelink(document, changedUris)) || this.indexManager.isAffected(document, changedUris);
  }

  protected override cleanUpDeleted<T extends AstNode>(document: LangiumDocument<T>): void {
    const uri = document.uri.toString();
    this.earlier.forget(uri);
    this.updating?.changed.add(uri);
    this.updating?.exportsBefore.set(uri, this.exportsOf(uri));
    super.cleanUpDeleted(document);
  }

  /** Runs once the changed documents are indexed again, before anything is linked. */
  private relinkAllIfExportsChanged(): void {
    const update = this.updating;
    if (!update || update.exportsCompared) return;
    update.exportsCompared = true;
    this.exportsUncompared.clear();
    const added = new Set<string>();
    let same = true;
    for (const [uri, before] of update.exportsBefore) {
      const after = this.exportsOf(uri);
      if (after === before) continue;
      same = false;
      const had = new Set(before.split('\n'));
      for (const line of after.split('\n')) if (line && !had.has(line)) added.add(lastSegment(line.slice(line.indexOf(' ') + 1)));
    }
    if (same) return;
    for (const document of update.partlyUnlinked) this.unlinkAll(document);
    if (added.size === 0) return;
    // A new name captures the references written as it or ending in it, wherever they resolved (a
    // closer namespace's or an earlier file's declaration is the one a name means).
    for (const document of this.langiumDocuments.all) {
      const uri = document.uri.toString();
      if (update.changed.has(uri) || document.state <= DocumentState.ComputedScopes) continue;
      if (!document.references.some((reference) => added.has(lastSegment(reference.$refText)))) continue;
      this.unlinkAll(document);
      update.captured.push(document);
    }
  }

  private exportsOf(uri: string): string {
    return this.indexManager
      .allElements(undefined, new Set([uri]))
      .map((description) => `${description.type} ${description.name}`)
      .toArray()
      .sort()
      .join('\n');
  }

  /** Unlinks the references into `uris` and those that did not resolve; keeps the rest resolved. */
  private unlinkInto(document: LangiumDocument, uris: ReadonlySet<string>): void {
    const kept = document.references.filter((reference) => {
      const link = reference as unknown as LinkState;
      const resolvedElsewhere = isAstNode(link._ref) && link._nodeDescription && !uris.has(link._nodeDescription.documentUri.toString());
      if (!resolvedElsewhere) resetLink(link);
      return resolvedElsewhere;
    });
    document.references = kept;
  }

  private unlinkAll(document: LangiumDocument): void {
    this.serviceRegistry.getServices(document.uri).references.Linker.unlink(document);
    if (document.state > DocumentState.ComputedScopes) this.resetToState(document, DocumentState.ComputedScopes);
  }
}

/** The last part of a qualified name: what a reference written shorter ends in too. */
function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1).trim();
}

/** As Langium's linker unlinks a reference. */
function resetLink(link: LinkState): void {
  if ('_ref' in link) {
    link._ref = undefined;
    delete link._nodeDescription;
  } else if ('_items' in link) {
    link._items = undefined;
    delete link._linkingError;
  }
}
