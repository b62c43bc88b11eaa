// A syntax node's range read from its first and last tokens. Langium's `range` of a composite node
// computes and keeps one for every composite on the way down to them: right for documents that
// live on (the language server reads them again after every edit), a hundred megabytes held until
// the end for a national model's documents that are dropped once the model is built.
import { type CstNode, isCompositeCstNode } from 'langium';
import type { Position } from '@gea-arch/core';

/** As Langium's `range`: from the first token that is not hidden (or the first, when all are) to the last such token's end. */
export function tokenRange(cst: CstNode): { start: Position; end: Position } | undefined {
  const first = edgeToken(cst, 'first');
  const last = edgeToken(cst, 'last');
  if (!first || !last) return undefined;
  const start = startOf(first);
  const end = endOf(last);
  return { start, end: end.line < start.line ? start : end };
}

/**
 * Langium 4.4's leaf keeps its positions in these fields, and its `range` getter makes three
 * objects a call: a national model asks for 235 000 ranges, two leaves each. Read through the
 * getter when a leaf keeps them otherwise.
 */
interface LeafPositions {
  readonly _startLine?: number;
  readonly _startColumn?: number;
  readonly _endLine?: number;
  readonly _endColumn?: number;
}

function startOf(leaf: CstNode): Position {
  const { _startLine: line, _startColumn: character } = leaf as LeafPositions;
  return line !== undefined && character !== undefined ? { line, character } : leaf.range.start;
}

function endOf(leaf: CstNode): Position {
  const { _endLine: line, _endColumn: character } = leaf as LeafPositions;
  return line !== undefined && character !== undefined ? { line, character } : leaf.range.end;
}

function edgeToken(cst: CstNode, edge: 'first' | 'last'): CstNode | undefined {
  let node: CstNode | undefined = cst;
  while (node && isCompositeCstNode(node)) {
    const content: readonly CstNode[] = node.content;
    let next: CstNode | undefined;
    if (edge === 'first') {
      for (let index = 0; index < content.length && !next; index++) if (!content[index]!.hidden) next = content[index];
      node = next ?? content[0];
    } else {
      for (let index = content.length - 1; index >= 0 && !next; index--) if (!content[index]!.hidden) next = content[index];
      node = next ?? content[content.length - 1];
    }
  }
  return node;
}
