// A declaration's entry in the index, its path and document segments made when first read.
// Langium makes them at once for each export: at national scale 21 000 paths and selection segments
// (each a range computed and cached on the declaration's syntax node) that a batch never reads,
// the linker finding each target through the node the entry holds; the language server reads a few.
// A tree never changes once parsed, so what is made later is what would have been made at once.
import {
  AstUtils,
  CstUtils,
  DefaultAstNodeDescriptionProvider,
  type AstNode,
  type AstNodeDescription,
  type AstNodeLocator,
  type DocumentSegment,
  type LangiumDocument,
  type NameProvider,
  type URI,
} from 'langium';

export class GeaDescriptionProvider extends DefaultAstNodeDescriptionProvider {
  override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
    const named = name ?? this.nameProvider.getName(node);
    if (!named) throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
    return new LazyDescription(node, named, (document ?? AstUtils.getDocument(node)).uri, this.astNodeLocator, this.nameProvider);
  }
}

class LazyDescription implements AstNodeDescription {
  readonly type: string;
  private madePath: string | undefined;
  private madeNameSegment: DocumentSegment | undefined;
  private madeSelectionSegment: DocumentSegment | undefined;

  constructor(
    readonly node: AstNode,
    readonly name: string,
    readonly documentUri: URI,
    private readonly locator: AstNodeLocator,
    private readonly names: NameProvider,
  ) {
    this.type = node.$type;
  }

  get path(): string {
    return (this.madePath ??= this.locator.getAstNodePath(this.node));
  }

  get nameSegment(): DocumentSegment | undefined {
    return (this.madeNameSegment ??= CstUtils.toDocumentSegment(this.names.getNameNode(this.node) ?? this.node.$cstNode));
  }

  get selectionSegment(): DocumentSegment | undefined {
    return (this.madeSelectionSegment ??= CstUtils.toDocumentSegment(this.node.$cstNode));
  }
}
