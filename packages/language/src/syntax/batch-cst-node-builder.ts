// The syntax trees of a batch (`gea check`, `gea build`), whose documents are dropped once the
// model is built: each node's children compacted as the parser closes it (compact-syntax-tree.ts),
// each token's node its offset and length alone (offset-leaf.ts). A closed node gets no more
// children (a comment before the next token goes into a node still open), so each node's children
// are final when it closes, and compacted already.
import type { IToken } from 'chevrotain';
import { CstNodeBuilder, type LeafCstNodeImpl } from 'langium';
import { compactChildren } from './compact-syntax-tree.js';
import { HiddenOffsetLeaf, OffsetLeaf } from './offset-leaf.js';

export class BatchCstNodeBuilder extends CstNodeBuilder {
  override construct(item: Parameters<CstNodeBuilder['construct']>[0]): void {
    const closing = this.current;
    super.construct(item);
    if (closing.content.length > 0) compactChildren(closing);
  }

  // `| 0` keeps the numbers small integers in the node (Chevrotain's token may hold them as doubles).
  protected override createLeafNode(token: IToken, hidden: boolean): LeafCstNodeImpl {
    const leaf = hidden
      ? new HiddenOffsetLeaf(token.startOffset | 0, token.image.length | 0, token.tokenType)
      : new OffsetLeaf(token.startOffset | 0, token.image.length | 0, token.tokenType);
    return leaf as unknown as LeafCstNodeImpl;
  }
}
