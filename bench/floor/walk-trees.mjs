// The floor of any model built from Langium's trees: a walk of every declaration that visits each
// syntax node once, reads where its first and last tokens are (what a range needs) and what each
// reference names, and makes nothing. `bench/stages.mjs` times it beside the model building.
import { isCompositeCstNode } from 'langium';

/** Walks the declarations of `documents`; returns how many syntax nodes it visited. */
export function walkTrees(documents) {
  const walk = { nodes: 0, read: 0 };
  for (const document of documents) for (const declaration of document.parseResult.value.declarations ?? []) visit(declaration, walk);
  // Read, so the walk is not optimized away.
  return walk.read >= 0 ? walk.nodes : -1;
}

function visit(node, walk) {
  walk.nodes++;
  const cst = node.$cstNode;
  if (cst) walk.read += edgeOffset(cst, false) + edgeOffset(cst, true);
  for (const key in node) {
    if (key.charCodeAt(0) === DOLLAR) continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') visitValue(item, walk);
    } else if (value !== null && typeof value === 'object') visitValue(value, walk);
  }
}

function visitValue(value, walk) {
  if (value.$type !== undefined) visit(value, walk);
  else if (value.$refText !== undefined && value.ref !== undefined) walk.read++;
}

function edgeOffset(cst, last) {
  let node = cst;
  while (node && isCompositeCstNode(node)) {
    const content = node.content;
    node = last ? content[content.length - 1] : content[0];
  }
  return node ? node.offset : 0;
}

const DOLLAR = 0x24;
