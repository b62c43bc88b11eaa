// Rename across files: the declaration's id and every reference to it. A qualified reference
// (`gasr.civil_registry`) keeps its qualifier and changes only its last name, so it still
// resolves from where it is written. A new name that is taken, or that would make a reference
// mean another element, is refused with an error reply (rename-conflicts.ts).
import { CstUtils, type LangiumDocument, type LangiumDocuments } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ErrorCodes, LSPErrorCodes, ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { SyntaxMessages } from '../syntax/messages.js';
import type { TextEdit } from 'vscode-languageserver-types';
import { RenameConflicts, type RenameServices } from './rename-conflicts.js';

const IDENTIFIER = /^[\p{L}_][\p{L}\p{M}\p{N}_]*$/u;

export class GeaRenameProvider extends DefaultRenameProvider {
  private readonly documents: LangiumDocuments;
  private readonly messages: SyntaxMessages;
  private readonly conflicts: RenameConflicts;

  constructor(services: RenameServices) {
    super(services);
    this.documents = services.shared.workspace.LangiumDocuments;
    this.messages = services.syntax.Messages;
    this.conflicts = new RenameConflicts(services);
  }

  /** In the locale of the document's workspace folder. */
  override rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
    return this.messages.forDocument(document.uri.toString(), () => this.renamed(document, params));
  }

  private async renamed(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
    if (!IDENTIFIER.test(params.newName)) {
      throw new ResponseError(ErrorCodes.InvalidParams, this.messages.all.editor.rename.notAnIdentifier({ name: params.newName }));
    }
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const offset = document.textDocument.offsetAt(params.position);
    const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
    const target = leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    if (!target) return undefined;
    const references = this.references.findReferences(target, { includeDeclaration: true }).toArray();
    const refusal = this.conflicts.refusal(target, params.newName, references);
    if (refusal !== undefined) throw new ResponseError(LSPErrorCodes.RequestFailed, refusal);
    const changes: Record<string, TextEdit[]> = {};
    for (const reference of references) {
      const uri = reference.sourceUri.toString();
      const source = this.documents.getDocument(reference.sourceUri) ?? document;
      const text = source.textDocument.getText(reference.segment.range);
      // The last name of a qualified reference starts after its last dot (and any space after it).
      const lastName = text.length - text.slice(text.lastIndexOf('.') + 1).trimStart().length;
      const start = source.textDocument.positionAt(reference.segment.offset + lastName);
      (changes[uri] ??= []).push({ range: { start, end: reference.segment.range.end }, newText: params.newName });
    }
    return { changes };
  }
}
