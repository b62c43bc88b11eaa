// Langium makes a composite syntax node for every call of a data type rule (a `Name`, a qualified
// name, a primitive type), and most of them hold one token: a third of the composite nodes of a
// national model's documents. A batch replaces each such node by its token, which takes its place
// in the tree and its grammar source, so its range, its text and what Langium's
// `findNodeForProperty` and value converter find are as they were; a reference written there
// names the token. A member's node wrapped in the node of the rule that chose it (another fifth)
// is merged into that node. The language server keeps Langium's trees (its formatter and
// completion walk them).
import { GrammarAST, GrammarUtils, isCompositeCstNode, isLeafCstNode, type AstNode, type CompositeCstNode, type CstNode } from 'langium';
import { treeReferences } from '../scoping/tree-references.js';

type Relinkable = { container?: CompositeCstNode; grammarSource?: GrammarAST.AbstractElement };

/** Replaces the tree's one-token data type nodes by their tokens, merges lone members' nodes into their wrappers, and re-points the references written there. */
export function compactSyntaxTree(root: AstNode): void {
  const cst = root.$cstNode;
  if (!cst || !isCompositeCstNode(cst)) return;
  compact(cst);
  for (const { reference } of treeReferences(root)) {
    const written = reference.$refNode;
    if (!written || !isCompositeCstNode(written) || written.content.length !== 1) continue;
    const token = written.content[0]!;
    if (token.container !== written) (reference as { $refNode?: CstNode }).$refNode = token;
  }
}

/**
 * Children first: a qualified name's one-token `Name` becomes a token, and then so may the name.
 * A node made for a rule that only calls another (`DataMember: OwnerProperty | …`) holds the AST
 * node, and the called rule's node inside it holds nothing of its own: that inner node goes, and
 * its children move up.
 */
function compact(node: CompositeCstNode): void {
  const content = node.content as CstNode[];
  for (let index = 0; index < content.length; index++) {
    const child = content[index]!;
    if (!isCompositeCstNode(child)) continue;
    compact(child);
    if (child.content.length !== 1) continue;
    const only = child.content[0]!;
    if (isCompositeCstNode(only) && wrapsNodeOfItsOwn(child, only)) {
      for (const grandchild of only.content) (grandchild as Relinkable).container = child;
      (child as unknown as { content: readonly CstNode[] }).content = only.content;
    } else if (isLeafCstNode(only) && !only.hidden && holdsText(child.grammarSource)) {
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
  const element = outer.astNode;
  return (
    element.$cstNode === outer && inner.astNode === element && GrammarAST.isRuleCall(inner.grammarSource) && !holdsText(inner.grammarSource)
  );
}

const DATA_TYPE_RULES = new WeakMap<GrammarAST.AbstractRule, boolean>();

/** A call of a data type rule, or a cross-reference (written with one): what it holds is text, not an AST node. */
function holdsText(source: GrammarAST.AbstractElement | undefined): boolean {
  if (GrammarAST.isCrossReference(source)) return true;
  if (!GrammarAST.isRuleCall(source)) return false;
  const rule = source.rule.ref;
  if (!rule || !GrammarAST.isParserRule(rule)) return false;
  let dataType = DATA_TYPE_RULES.get(rule);
  if (dataType === undefined) DATA_TYPE_RULES.set(rule, (dataType = GrammarUtils.isDataTypeRule(rule)));
  return dataType;
}
