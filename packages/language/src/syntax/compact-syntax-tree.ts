// Langium makes a composite syntax node for every call of a data type rule (a `Name`, a qualified
// name, a primitive type), and most of them hold one token: a third of the composite nodes of a
// national model's documents. A batch replaces each such node by its token, which takes its place
// in the tree and its grammar source, so its range, its text and what Langium's
// `findNodeForProperty` and value converter find are as they were; a reference written there
// names the token. A member's node wrapped in the node of the rule that chose it (another fifth)
// is merged into that node. The language server keeps Langium's trees (its formatter and
// completion walk them).
//
// A node's children are compacted as the parser closes it (batch-cst-node-builder.ts), while they
// are young and at hand: a walk of the finished tree took 0.3 s of a national check, and the nodes
// it dropped had lived long enough to be copied to the old generation first.
import { GrammarAST, GrammarUtils, isCompositeCstNode, isLeafCstNode, type AstNode, type CompositeCstNode, type CstNode } from 'langium';
import { treeReferences } from '../scoping/tree-references.js';

type Relinkable = { container?: CompositeCstNode; grammarSource?: GrammarAST.AbstractElement };

/** Re-points the references written in one-token data type nodes, which the tree no longer holds, to their tokens. */
export function referencesToTokens(root: AstNode): void {
  for (const { reference } of treeReferences(root)) {
    const written = reference.$refNode;
    if (!written || !isCompositeCstNode(written) || written.content.length !== 1) continue;
    const token = written.content[0]!;
    if (token.container !== written) (reference as { $refNode?: CstNode }).$refNode = token;
  }
}

/**
 * The children of a node whose own children are compacted (a qualified name's one-token `Name`
 * became a token, and then so may the name). A node made for a rule that only calls another
 * (`DataMember: OwnerProperty | …`) holds the AST node, and the called rule's node inside it holds
 * nothing of its own: that inner node goes, and its children move up.
 */
export function compactChildren(node: CompositeCstNode): void {
  const content = node.content as CstNode[];
  for (let index = 0; index < content.length; index++) {
    const child = content[index]!;
    if (!isCompositeCstNode(child) || child.content.length !== 1) continue;
    const only = child.content[0]!;
    if (isCompositeCstNode(only) && wrapsNodeOfItsOwn(child, only)) {
      for (const grandchild of only.content) (grandchild as Relinkable).container = child;
      (child as unknown as { content: readonly CstNode[] }).content = only.content;
    } else if (isLeafCstNode(only) && !only.hidden && sourceKind(child.grammarSource) === 'text') {
      (only as Relinkable).container = node;
      (only as Relinkable).grammarSource = child.grammarSource;
      content[index] = only;
    }
  }
}

/**
 * `outer` is its AST node's own syntax node, and `inner`, inside it alone, is a call of a rule
 * that makes AST nodes but stands for none of its own (not text: a name or a reference written
 * with several tokens stays).
 */
function wrapsNodeOfItsOwn(outer: CompositeCstNode, inner: CompositeCstNode): boolean {
  if (sourceKind(inner.grammarSource) !== 'rule call') return false;
  const element = ownAstNode(outer);
  return element !== undefined && element.$cstNode === outer && (ownAstNode(inner) ?? element) === element;
}

/**
 * The AST node a composite node was made for, if any: Langium 4.4 keeps it in `_astNode`, and its
 * `astNode` getter climbs to a container's when the node has none — asked of a million nodes, the
 * climb was most of the work.
 */
function ownAstNode(node: CompositeCstNode): AstNode | undefined {
  if ('_astNode' in node) return (node as { _astNode?: AstNode })._astNode;
  const climbed = node.astNode;
  return climbed.$cstNode === node ? climbed : undefined;
}

type SourceKind = 'text' | 'rule call' | 'other';

/**
 * What a grammar element written in a syntax node says about it: `text` for a call of a data type
 * rule or a cross-reference (what it holds is text, not an AST node), `rule call` for a call
 * of any other rule. A grammar has a few hundred elements: each is told once.
 */
const SOURCE_KINDS = new WeakMap<GrammarAST.AbstractElement, SourceKind>();

function sourceKind(source: GrammarAST.AbstractElement | undefined): SourceKind {
  if (source === undefined) return 'other';
  let kind = SOURCE_KINDS.get(source);
  if (kind === undefined) SOURCE_KINDS.set(source, (kind = kindOf(source)));
  return kind;
}

function kindOf(source: GrammarAST.AbstractElement): SourceKind {
  if (GrammarAST.isCrossReference(source)) return 'text';
  if (!GrammarAST.isRuleCall(source)) return 'other';
  const rule = source.rule.ref;
  return rule && GrammarAST.isParserRule(rule) && GrammarUtils.isDataTypeRule(rule) ? 'text' : 'rule call';
}
