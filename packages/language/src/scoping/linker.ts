// Linking errors that say what was expected and what might have been meant; a document's
// references read off its tree's list rather than by walking the tree (tree-references.ts).
import {
  type AstNode,
  AstUtils,
  Cancellation,
  DefaultLinker,
  type AstNodeDescription,
  type LangiumCoreServices,
  type LangiumDocument,
  type LinkingError,
  type ReferenceInfo,
} from 'langium';
import { isFieldType, isPayload, isStoresStatement } from '../generated/ast.js';
import type { GeaNameIndex, Names } from './name-index.js';
import { namespaceOf, outwardCandidates, relativeNames } from './qualified-names.js';
import { closestMatches, CloseMatches, endsWithPart, FIELD_TYPES } from '@gea-arch/core';
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

/** How many namespaces' lists of names to match a misspelt name against are kept. */
const RECENT_NAMESPACES = 4;

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
    if (isFieldType(refInfo.container)) {
      // `strng`: more likely a misspelt type than a data asset that is not there.
      const types = closestMatches(written, FIELD_TYPES);
      if (types.length > 0) {
        return words.unknownFieldType({ name: written, types: FIELD_TYPES.join(', '), suggestion: this.messages.didYouMean(types) });
      }
    }
    const namespace = namespaceOf(refInfo.container);
    const names = this.names.of(AstUtils.getDocument(refInfo.container).uri);
    const other = outwardCandidates(namespace, written)
      .flatMap((candidate) => names.lookup(candidate))
      .find((description) => !this.reflection.isSubtype(description.type, expectedType));
    if (other) {
      return words.wrongKind({ name: written, actual: this.messages.typeNoun(other.type), expected: this.messages.typeNoun(expectedType) });
    }
    // The same name misspelt (or its declaration's file missing) in one namespace gets the same
    // suggestion: each is worked out once per build of the index, from the names of that kind.
    const suggestion = names.derived(`suggestion\n${expectedType}\n${namespace ?? ''}\n${written}`, () => {
      const misspelt = this.namesOfKind(names, expectedType, namespace).to(written);
      return this.messages.didYouMean(misspelt.length > 0 ? misspelt : this.sameLastName(names, expectedType, namespace, written));
    });
    return words.notDeclared({ expected: this.messages.typeNoun(expectedType, 'bare'), name: written, suggestion });
  }

  /**
   * The declared names of a kind as written from `namespace`, ready to be matched. Those of the last
   * few namespaces are kept: a document's unresolved names are written from its one namespace, and
   * a list per namespace of a national model (300 of them, 10 000 names each) would be 100 MB.
   */
  private namesOfKind(names: Names, expectedType: string, namespace: string | undefined): CloseMatches {
    const recent = names.derived('recent names of a kind', () => new Map<string, CloseMatches>());
    const key = `${expectedType}\n${namespace ?? ''}`;
    let matches = recent.get(key);
    if (matches) recent.delete(key);
    else matches = new CloseMatches(this.fullNamesOfKind(names, expectedType).map(relativeNames(namespace)));
    recent.set(key, matches);
    if (recent.size > RECENT_NAMESPACES) recent.delete(recent.keys().next().value!);
    return matches;
  }

  /** Names of the kind that end as `written` does, in another namespace (`civil` → `mn.gasr.civil`), as written from `namespace`. */
  private sameLastName(names: Names, expectedType: string, namespace: string | undefined, written: string): string[] {
    const last = written.slice(written.lastIndexOf('.') + 1);
    const relative = relativeNames(namespace);
    return this.fullNamesOfKind(names, expectedType)
      .filter((name) => name !== written && endsWithPart(name, last))
      .map(relative)
      .slice(0, 3);
  }

  private fullNamesOfKind(names: Names, expectedType: string): readonly string[] {
    return names.derived(`full names\n${expectedType}`, () =>
      names.all().flatMap((description) => (this.reflection.isSubtype(description.type, expectedType) ? [description.name] : [])),
    );
  }
}
