// The reference index of a document, with each reference's entry reused while it resolves to the
// same target: after an edit, the documents that refer into the edited one are indexed again,
// and most of their references (those into other documents) did not change. Langium computes
// every entry again, each with the paths of its source and target nodes, over streams that cost
// more than the entries; the references are read off the tree's list (tree-references.ts).
import {
  type AstNodeDescription,
  DefaultReferenceDescriptionProvider,
  isReference,
  type LangiumDocument,
  type Reference,
  type ReferenceDescription,
  type ReferenceInfo,
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { visitTreeReferences } from '../scoping/tree-references.js';

interface Indexed {
  /** What the reference resolved to when its entries were made. */
  readonly target: AstNodeDescription;
  readonly entries: ReferenceDescription[];
}

export class GeaReferenceDescriptions extends DefaultReferenceDescriptionProvider {
  private readonly indexed = new WeakMap<Reference, Indexed>();

  /** As Langium's: every resolved reference of the document, in the order of its syntax tree. */
  override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
    const entries: ReferenceDescription[] = [];
    await visitTreeReferences(document.parseResult.value, cancelToken, (reference) => this.add(reference, entries));
    return entries;
  }

  private add(info: ReferenceInfo, entries: ReferenceDescription[]): void {
    if (!info.reference.error) entries.push(...this.entriesOf(info));
  }

  private entriesOf(info: ReferenceInfo): ReferenceDescription[] {
    const { reference } = info;
    if (!isReference(reference)) return this.createInfoDescriptions(info);
    const target = reference.$nodeDescription;
    const indexed = this.indexed.get(reference);
    if (indexed && target === indexed.target) return indexed.entries;
    const entries = this.createInfoDescriptions(info);
    if (target) this.indexed.set(reference, { target, entries });
    return entries;
  }
}
