// Linking errors that say what was expected and what might have been meant.
import { DefaultLinker, type AstNodeDescription, type LangiumCoreServices, type LinkingError, type ReferenceInfo } from 'langium';
import { isPayload, isStoresStatement } from '../generated/ast.js';
import { elementWord } from './element-words.js';
import type { GeaNameIndex } from './name-index.js';
import { namespaceOf, outwardCandidates, relativeName } from './qualified-names.js';
import { closestMatches, didYouMean } from '@gea-arch/core';
import { fieldsOf } from './fields.js';

export class GeaLinker extends DefaultLinker {
  private readonly names: GeaNameIndex;

  constructor(services: LangiumCoreServices & { references: { NameIndex: GeaNameIndex } }) {
    super(services);
    this.names = services.references.NameIndex;
  }

  protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
    const error = super.createLinkingError(refInfo, targetDescription);
    return { ...error, message: this.unresolvedMessage(refInfo) };
  }

  private unresolvedMessage(refInfo: ReferenceInfo): string {
    const written = refInfo.reference.$refText;
    const expectedType = this.reflection.getReferenceType(refInfo);
    const expected = elementWord(expectedType);
    if (expectedType === 'Field') {
      const owner = refInfo.container;
      const data = isPayload(owner) || isStoresStatement(owner) ? owner.data?.ref : undefined;
      if (!data) return `unknown field \`${written}\``;
      const names = fieldsOf(data).map((field) => field.name);
      return `data asset \`${data.name}\` has no field \`${written}\`${didYouMean(closestMatches(written, names))}`;
    }
    const namespace = namespaceOf(refInfo.container);
    const other = outwardCandidates(namespace, written)
      .flatMap((candidate) => this.names.lookup(candidate))
      .find((description) => !this.reflection.isSubtype(description.type, expectedType));
    if (other) {
      return `\`${written}\` is ${article(elementWord(other.type))}, not ${article(expected)}; name ${article(expected)} here`;
    }
    const candidates: string[] = [];
    for (const description of this.names.all()) {
      if (this.reflection.isSubtype(description.type, expectedType)) {
        candidates.push(relativeName(namespace, description.name));
      }
    }
    const suggestion = didYouMean(closestMatches(written, candidates));
    return `no ${expected} named \`${written}\` is declared${suggestion || `; declare it, or check the name and namespace`}`;
  }
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
