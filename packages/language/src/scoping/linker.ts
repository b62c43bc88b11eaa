// Linking errors that say what was expected and what might have been meant; a document's
// references read off its tree's list rather than by walking the tree (tree-references.ts).
import {
  type AstNode,
  Cancellation,
  DefaultLinker,
  type AstNodeDescription,
  type LangiumCoreServices,
  type LangiumDocument,
  type LinkingError,
  type ReferenceInfo,
} from 'langium';
import { isPayload, isStoresStatement } from '../generated/ast.js';
import type { GeaNameIndex } from './name-index.js';
import { namespaceOf, outwardCandidates, relativeName } from './qualified-names.js';
import { closestMatches } from '@gea-arch/core';
import type { SyntaxMessages } from '../syntax/messages.js';
import { fieldsOf } from './fields.js';
import { visitTreeReferences } from './tree-references.js';

/** How many times each syntax tree's references were linked: a tree not linked again since the model read it names what it named. */
const LINKED = new WeakMap<AstNode, number>();

export function timesLinked(root: AstNode): number {
  return LINKED.get(root) ?? 0;
}

/** Whether each syntax tree had a reference that did not resolve when it was last linked through. */
const WITH_ERRORS = new WeakMap<AstNode, boolean>();

/** Whether the document's references, linked through, left one unresolved; undefined if not known. */
export function hasLinkErrors(document: LangiumDocument): boolean | undefined {
  return WITH_ERRORS.get(document.parseResult.value);
}

export class GeaLinker extends DefaultLinker {
  private readonly names: GeaNameIndex;
  private readonly messages: SyntaxMessages;

  constructor(services: LangiumCoreServices & { references: { NameIndex: GeaNameIndex }; syntax: { Messages: SyntaxMessages } }) {
    super(services);
    this.names = services.references.NameIndex;
    this.messages = services.syntax.Messages;
  }

  /** As Langium's, in the same order; references that still resolve are skipped, as there. */
  override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
    const root = document.parseResult.value;
    LINKED.set(root, timesLinked(root) + 1);
    WITH_ERRORS.delete(root);
    if (this.profiler?.isActive('linking')) await super.link(document, cancelToken);
    else await visitTreeReferences(root, cancelToken, (reference) => this.doLink(reference, document));
    WITH_ERRORS.set(
      root,
      document.references.some((reference) => reference.error !== undefined),
    );
  }

  protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
    const error = super.createLinkingError(refInfo, targetDescription);
    return { ...error, message: this.unresolvedMessage(refInfo) };
  }

  private unresolvedMessage(refInfo: ReferenceInfo): string {
    const written = refInfo.reference.$refText;
    const expectedType = this.reflection.getReferenceType(refInfo);
    const words = this.messages.all.syntax;
    if (expectedType === 'Field') {
      const owner = refInfo.container;
      const data = isPayload(owner) || isStoresStatement(owner) ? owner.data?.ref : undefined;
      if (!data) return words.unknownField({ field: written });
      const names = fieldsOf(data).map((field) => field.name);
      return words.noSuchField({ data: data.name, field: written, suggestion: this.messages.didYouMean(closestMatches(written, names)) });
    }
    const namespace = namespaceOf(refInfo.container);
    const other = outwardCandidates(namespace, written)
      .flatMap((candidate) => this.names.lookup(candidate))
      .find((description) => !this.reflection.isSubtype(description.type, expectedType));
    if (other) {
      return words.wrongKind({ name: written, actual: this.messages.typeNoun(other.type), expected: this.messages.typeNoun(expectedType) });
    }
    const candidates: string[] = [];
    for (const description of this.names.all()) {
      if (this.reflection.isSubtype(description.type, expectedType)) {
        candidates.push(relativeName(namespace, description.name));
      }
    }
    const suggestion = this.messages.didYouMean(closestMatches(written, candidates));
    return words.notDeclared({ expected: this.messages.typeNoun(expectedType, 'bare'), name: written, suggestion });
  }
}
