// The reference index of a document, with each reference's entry reused while it resolves to the
// same target: after an edit, the documents that refer into the edited one are indexed again,
// and most of their references (those into other documents) did not change. Langium computes
// every entry again, each with the paths of its source and target nodes, over streams that cost
// more than the entries.
import {
  type AstNode,
  type AstNodeDescription,
  DefaultReferenceDescriptionProvider,
  interruptAndCheck,
  isAstNode,
  isMultiReference,
  isReference,
  type LangiumDocument,
  type Reference,
  type ReferenceDescription,
  type ReferenceInfo,
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';

interface Indexed {
  /** What the reference resolved to when its entries were made. */
  readonly target: AstNodeDescription;
  readonly entries: ReferenceDescription[];
}

export class GeaReferenceDescriptions extends DefaultReferenceDescriptionProvider {
  private readonly indexed = new WeakMap<Reference, Indexed>();

  /**
   * As Langium's: every resolved reference of the document, in the order of its syntax tree (a
   * node's references, then its children's), walked with loops rather than Langium's streams.
   */
  override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
    const entries: ReferenceDescription[] = [];
    const root = document.parseResult.value;
    this.collectOwn(root, entries);
    for (const child of childrenOf(root)) {
      await interruptAndCheck(cancelToken);
      this.collect(child, entries);
    }
    return entries;
  }

  private collect(node: AstNode, entries: ReferenceDescription[]): void {
    this.collectOwn(node, entries);
    for (const child of childrenOf(node)) this.collect(child, entries);
  }

  /** The entries of the references a node holds itself, in the order of its properties. */
  private collectOwn(node: AstNode, entries: ReferenceDescription[]): void {
    const properties = node as unknown as Record<string, unknown>;
    for (const property of Object.keys(node)) {
      if (property.startsWith('$')) continue;
      const value = properties[property];
      if (isReference(value) || isMultiReference(value)) this.add({ reference: value, container: node, property }, entries);
      else if (Array.isArray(value)) {
        value.forEach((element: unknown, index) => {
          if (isReference(element) || isMultiReference(element))
            this.add({ reference: element, container: node, property, index }, entries);
        });
      }
    }
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

/** The nodes a node contains directly, in the order of its properties (as Langium's streamContents). */
function childrenOf(node: AstNode): AstNode[] {
  const properties = node as unknown as Record<string, unknown>;
  const children: AstNode[] = [];
  for (const property of Object.keys(node)) {
    if (property.startsWith('$')) continue;
    const value = properties[property];
    if (isAstNode(value)) children.push(value);
    else if (Array.isArray(value)) for (const element of value) if (isAstNode(element)) children.push(element);
  }
  return children;
}
