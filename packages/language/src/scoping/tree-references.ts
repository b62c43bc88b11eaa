// The references of a syntax tree, listed once per tree in the order Langium's linker and reference
// index visit them: a node's own references in the order of its properties, then its children's.
// A tree never changes once parsed (an edit parses a new one), so the documents that refer into
// an edited one are linked and indexed again from this list rather than by walking their trees:
// in a national workspace that walk, over Langium's streams, cost more than the linking it served.
import { type AstNode, type Cancellation, interruptAndCheck, isAstNode, isMultiReference, isReference, type ReferenceInfo } from 'langium';

/** How many references are visited between checks for cancellation (Langium checks at every node). */
const INTERRUPT_EVERY = 256;

const LISTED = new WeakMap<AstNode, readonly ReferenceInfo[]>();

export function treeReferences(root: AstNode): readonly ReferenceInfo[] {
  let references = LISTED.get(root);
  if (!references) LISTED.set(root, (references = collect(root, [])));
  return references;
}

/**
 * Links each node of a tree just parsed to its container (`$container`, `$containerProperty` and,
 * in a list, `$containerIndex`, as Langium's `linkContentToContainer` does) and lists the tree's
 * references, in one walk.
 */
export function linkTreeAndListReferences(root: AstNode): void {
  LISTED.set(root, collect(root, []));
}

/** Visits the tree's references in order, letting a cancellation in every INTERRUPT_EVERY of them. */
export async function visitTreeReferences(
  root: AstNode,
  cancelToken: Cancellation.CancellationToken,
  visit: (reference: ReferenceInfo) => void,
): Promise<void> {
  const references = treeReferences(root);
  for (let index = 0; index < references.length; index++) {
    if (index % INTERRUPT_EVERY === 0) await interruptAndCheck(cancelToken);
    visit(references[index]!);
  }
}

// `for … in` rather than Object.keys, and no list of children (as `childrenOf` makes): a national
// model's trees are two million nodes, and the arrays these walks made cost more than the walks.
// Each child is linked to its container on the way down: the same links again for a tree the parser
// linked already.
function collect(node: AstNode, into: ReferenceInfo[]): ReferenceInfo[] {
  const properties = node as unknown as Record<string, unknown>;
  for (const property in properties) {
    if (property.charCodeAt(0) === DOLLAR) continue;
    const value = properties[property];
    if (isReference(value) || isMultiReference(value)) into.push({ reference: value, container: node, property });
    else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const element: unknown = value[index];
        if (isReference(element) || isMultiReference(element)) into.push({ reference: element, container: node, property, index });
      }
    }
  }
  for (const property in properties) {
    if (property.charCodeAt(0) === DOLLAR) continue;
    const value = properties[property];
    if (isAstNode(value)) {
      linkToContainer(value, node, property);
      collect(value, into);
    } else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const element: unknown = value[index];
        if (!isAstNode(element)) continue;
        linkToContainer(element, node, property);
        (element as { $containerIndex?: number }).$containerIndex = index;
        collect(element, into);
      }
    }
  }
  return into;
}

function linkToContainer(child: AstNode, container: AstNode, property: string): void {
  const linked = child as { $container?: AstNode; $containerProperty?: string };
  linked.$container = container;
  linked.$containerProperty = property;
}

const DOLLAR = 0x24;

/** The nodes a node contains directly, in the order of its properties (as Langium's streamContents). */
export function childrenOf(node: AstNode): AstNode[] {
  const properties = node as unknown as Record<string, unknown>;
  const children: AstNode[] = [];
  for (const property in properties) {
    if (property.charCodeAt(0) === DOLLAR) continue;
    const value = properties[property];
    if (isAstNode(value)) children.push(value);
    else if (Array.isArray(value)) for (const element of value) if (isAstNode(element)) children.push(element);
  }
  return children;
}
