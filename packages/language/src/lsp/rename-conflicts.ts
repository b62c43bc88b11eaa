// What a rename must not do: give an element a full name another element has, or make a reference
// resolve to another element than before — one of the renamed element's to a namesake found first
// from where it is written, or another element's to the renamed one. Such a rename is refused.
import {
  AstUtils,
  UriUtils,
  type AstNode,
  type AstNodeDescription,
  type AstNodeLocator,
  type AstReflection,
  type LangiumDocuments,
  type ReferenceDescription,
  type ReferenceInfo,
  type References,
  type ScopeProvider,
} from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { isData, isDeclaration, isField, type Field } from '../generated/ast.js';
import { fieldsOf } from '../scoping/fields.js';
import type { GeaNameIndex } from '../scoping/name-index.js';
import { joinName, namespaceOf, outwardCandidates, qualifiedNameOf } from '../scoping/qualified-names.js';
import type { SyntaxMessages } from '../syntax/messages.js';

export type RenameServices = LangiumServices & { references: { NameIndex: GeaNameIndex }; syntax: { Messages: SyntaxMessages } };

export class RenameConflicts {
  private readonly documents: LangiumDocuments;
  private readonly locator: AstNodeLocator;
  private readonly reflection: AstReflection;
  private readonly scopes: ScopeProvider;
  private readonly references: References;
  private readonly names: GeaNameIndex;
  private readonly messages: SyntaxMessages;

  constructor(services: RenameServices) {
    this.documents = services.shared.workspace.LangiumDocuments;
    this.locator = services.workspace.AstNodeLocator;
    this.reflection = services.shared.AstReflection;
    this.scopes = services.references.ScopeProvider;
    this.references = services.references.References;
    this.names = services.references.NameIndex;
    this.messages = services.syntax.Messages;
  }

  /** Why `target` may not be renamed `newName`, in the server's words; undefined when it may. */
  refusal(target: AstNode, newName: string, references: readonly ReferenceDescription[]): string | undefined {
    const words = this.messages.all.editor.rename;
    if (isField(target)) return this.fieldTaken(target, newName);
    if (!isDeclaration(target) || target.name === newName) return undefined;
    const before = qualifiedNameOf(target);
    const after = joinName(namespaceOf(target), newName);
    const names = this.names.of(AstUtils.getDocument(target).uri);
    if (names.lookup(after).length > 0) return words.taken({ fullName: after });
    // Its references: each must find it under its new name before any other element.
    for (const reference of references) {
      const found = this.referenceAt(reference, newName);
      if (!found) continue;
      const namesake = this.scopes.getScope(found.info).getElement(found.written);
      if (namesake && !foundFirst(found.candidates, after, namesake.name)) {
        return words.captured({ written: found.written, place: found.place, now: before, after: namesake.name });
      }
    }
    // The references to its namesakes: none may find it first under its new name.
    const namesakes = names.all().filter((description) => description.name === newName || description.name.endsWith(`.${newName}`));
    for (const namesake of namesakes) {
      const node = this.nodeOf(namesake);
      if (!node) continue;
      for (const reference of this.references.findReferences(node, { includeDeclaration: false })) {
        const found = this.referenceAt(reference, newName);
        if (!found || !this.reflection.isSubtype(target.$type, this.reflection.getReferenceType(found.info))) continue;
        if (foundFirst(found.candidates, after, namesake.name)) {
          return words.captured({ written: found.written, place: found.place, now: namesake.name, after });
        }
      }
    }
    return undefined;
  }

  private fieldTaken(field: Field, newName: string): string | undefined {
    const data = AstUtils.getContainerOfType(field, isData);
    const taken = data && fieldsOf(data).some((other) => other !== field && other.name === newName);
    return taken ? this.messages.all.editor.rename.taken({ fullName: `${qualifiedNameOf(data)}.${newName}` }) : undefined;
  }

  /**
   * The reference an index entry stands for (none for a declaration's own name), written with its
   * last name `newName`, the full names it may mean from where it is written, and that place.
   */
  private referenceAt(
    reference: ReferenceDescription,
    newName: string,
  ): { info: ReferenceInfo; written: string; candidates: string[]; place: string } | undefined {
    const document = this.documents.getDocument(reference.sourceUri);
    if (!document) return undefined;
    const container = this.locator.getAstNode(document.parseResult.value, reference.sourcePath);
    const info =
      container &&
      AstUtils.streamReferences(container).find((candidate) => candidate.reference.$refNode?.offset === reference.segment.offset);
    if (!info) return undefined;
    const text = document.textDocument.getText(reference.segment.range).replace(/\s+/g, '');
    const written = `${text.slice(0, text.lastIndexOf('.') + 1)}${newName}`;
    const place = `${UriUtils.basename(reference.sourceUri)}:${reference.segment.range.start.line + 1}`;
    return { info, written, candidates: outwardCandidates(namespaceOf(info.container), written), place };
  }

  private nodeOf(description: AstNodeDescription): AstNode | undefined {
    if (description.node) return description.node;
    const document = this.documents.getDocument(description.documentUri);
    return document && this.locator.getAstNode(document.parseResult.value, description.path);
  }
}

/** Whether `first` comes before `other` among the full names a reference may mean, innermost first. */
function foundFirst(candidates: readonly string[], first: string, other: string): boolean {
  const index = candidates.indexOf(first);
  return index >= 0 && index < candidates.indexOf(other);
}
