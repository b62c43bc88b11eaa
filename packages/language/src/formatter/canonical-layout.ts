// The canonical layout of a gea file, decided token by token: what whitespace goes before each
// token (comments included) given the tokens around it, the blocks it is in and the AST node it
// starts. Only whitespace changes; the tokens and comments stay as written (but for spaces at the
// ends of a comment's lines), so a file keeps its meaning and formatting it twice gives what
// formatting it once gave. A blank line between members stays, one at a block's start or end goes.
import { AstUtils, CstUtils, isLeafCstNode, type AstNode, type CstNode, type LeafCstNode } from 'langium';
import { isPayload, isStoresStatement } from '../generated/ast.js';

/** One step of indentation. */
export const INDENT = '  ';

export interface Gap {
  /** Offset where the whitespace before the token starts (the end of the previous token). */
  readonly start: number;
  /** Offset of the token. */
  readonly end: number;
  /** The whitespace the token gets before it. */
  readonly text: string;
}

interface Block {
  /** The AST node whose members the block holds. */
  readonly owner: AstNode;
  /** `{ a, b }` lists of fields stay on one line; member blocks break when written over lines. */
  readonly multiline: boolean;
}

const COMMENTS = new Set(['ML_COMMENT', 'SL_COMMENT']);

/** The whitespace before every token of a document, and at its end. */
export function canonicalGaps(root: AstNode, text: string): Gap[] {
  const rootCst = root.$cstNode;
  if (!rootCst) return [];
  const tokens = CstUtils.streamCst(rootCst)
    .filter((node): node is LeafCstNode => isLeafCstNode(node) && (!node.hidden || COMMENTS.has(node.tokenType.name)))
    .toArray();
  const memberStarts = memberStartOffsets(root);
  const closers = matchingBraces(tokens);
  const blocks: Block[] = [];
  const gaps: Gap[] = [];
  let previous: LeafCstNode | undefined;
  // Declarations written on one line may stand in a group (plateaus, agencies); any other is set apart.
  let previousSpansLines = false;
  // Whether the previous token is the first of its line (a comment there belongs to what follows it).
  let previousStartsLine = true;
  for (const token of tokens) {
    const start = previous ? previous.end : 0;
    const originalLines = lineBreaks(text, start, token.offset);
    const depth = blocks.length;
    const member = memberStarts.get(token.offset);
    const startsMember = member !== undefined && isMemberOf(member, blocks, depth);
    const spansLines = startsMember && depth === 0 ? laidOverLines(member, closers, text) : false;
    let gap: string;
    if (!previous) {
      gap = '';
    } else if (isComment(token) && originalLines === 0) {
      gap = ' ';
    } else if (isComment(token)) {
      gap = newLines(depth === 0 && !isComment(previous) ? 2 : blankLineAllowed(previous, token, originalLines), depth);
    } else if (previous.tokenType.name === 'SL_COMMENT' || (isComment(previous) && originalLines > 0)) {
      gap = newLines(
        depth === 0 && !isComment(previous) ? 2 : blankLineAllowed(previous, token, originalLines),
        closes(token) ? depth - 1 : depth,
      );
    } else if (token.text === '}') {
      const block = blocks[depth - 1];
      gap = previous.text === '{' ? '' : block?.multiline ? newLines(1, depth - 1) : ' ';
    } else if (startsMember && depth === 0 && isComment(previous) && previousStartsLine) {
      // `/** Doc. */ agency b …`: the comment stays on the line right above what it documents.
      gap = newLines(1, 0);
    } else if (startsMember) {
      gap =
        depth > 0
          ? blocks[depth - 1]!.multiline
            ? newLines(blankLineAllowed(previous, token, originalLines), depth)
            : ' '
          : newLines(spansLines || previousSpansLines ? 2 : clamp(originalLines), 0);
    } else {
      gap = inlineGap(previous, token);
    }
    pushGap(gaps, { start, end: token.offset, text: gap }, text);
    if (isComment(token)) for (const trailing of trailingSpaceIn(token)) pushGap(gaps, trailing, text);
    if (startsMember && depth === 0) previousSpansLines = spansLines;
    previousStartsLine = !previous || gap.includes('\n');
    if (token.text === '{') blocks.push(openBlock(token, closers.get(token), text));
    if (token.text === '}') blocks.pop();
    previous = token;
  }
  pushGap(gaps, { start: previous ? previous.end : 0, end: text.length, text: previous ? '\n' : '' }, text);
  return gaps;
}

/**
 * A gap replaces whitespace with whitespace, nothing else. Between two tokens of a tree that parsing
 * recovered from an error lies text it skipped; such a gap is left as written, so that no layout
 * can ever delete text.
 */
function pushGap(gaps: Gap[], gap: Gap, text: string): void {
  if (ONLY_WHITESPACE.test(text.slice(gap.start, gap.end)) && ONLY_WHITESPACE.test(gap.text)) gaps.push(gap);
}

const ONLY_WHITESPACE = /^\s*$/;

/** Space left at the ends of a comment's lines, to be removed. */
function trailingSpaceIn(comment: LeafCstNode): Gap[] {
  return [...comment.text.matchAll(/[ \t]+(?=\r?\n|$)/g)].map((match) => ({
    start: comment.offset + match.index,
    end: comment.offset + match.index + match[0].length,
    text: '',
  }));
}

/** A blank line is kept where the author left one, but not at the start or the end of a block. */
function blankLineAllowed(previous: LeafCstNode, token: LeafCstNode, originalLines: number): number {
  return previous.text === '{' || closes(token) ? 1 : clamp(originalLines);
}

/** Space between two tokens on one line. */
function inlineGap(previous: LeafCstNode, token: LeafCstNode): string {
  if (token.text === ',' || token.text === '.' || token.text === '-' || token.text === ')') return '';
  if (previous.text === '.' || previous.text === '-' || previous.text === '(') return '';
  if (token.text === '[' || previous.text === '[') return '';
  if (token.text === ']') return '';
  return ' ';
}

function openBlock(open: LeafCstNode, close: LeafCstNode | undefined, text: string): Block {
  const owner = open.astNode;
  const list = isPayload(owner) || isStoresStatement(owner);
  const spansLines = close !== undefined && lineBreaks(text, open.end, close.offset) > 0;
  return { owner, multiline: !list && spansLines };
}

/** The member a token starts belongs to the innermost block (or to the file at depth 0). */
function isMemberOf(node: AstNode, blocks: readonly Block[], depth: number): boolean {
  return depth === 0
    ? node.$container !== undefined && node.$container.$container === undefined
    : node.$container === blocks[depth - 1]!.owner;
}

/** Offsets of the first token of every AST node that is a member of another, to the node. */
function memberStartOffsets(root: AstNode): Map<number, AstNode> {
  const starts = new Map<number, AstNode>();
  for (const node of AstUtils.streamAst(root)) {
    if (!node.$container || !node.$cstNode) continue;
    const first = firstToken(node.$cstNode);
    // The outermost node starting at a token is the member; nodes inside it start there too.
    if (first && !starts.has(first.offset)) starts.set(first.offset, node);
  }
  return starts;
}

/** Whether a declaration is laid out over several lines: its block is, or it holds a comment. */
function laidOverLines(declaration: AstNode, closers: ReadonlyMap<LeafCstNode, LeafCstNode>, text: string): boolean {
  const tokens = CstUtils.streamCst(declaration.$cstNode!).filter(isLeafCstNode);
  if (tokens.some((token) => token.hidden && COMMENTS.has(token.tokenType.name))) return true;
  const open = tokens.find((token) => token.text === '{' && token.astNode === declaration);
  const close = open && closers.get(open);
  return close !== undefined && lineBreaks(text, open!.end, close.offset) > 0;
}

function firstToken(node: CstNode): LeafCstNode | undefined {
  return CstUtils.streamCst(node).find((child): child is LeafCstNode => isLeafCstNode(child) && !child.hidden);
}

function matchingBraces(tokens: readonly LeafCstNode[]): Map<LeafCstNode, LeafCstNode> {
  const pairs = new Map<LeafCstNode, LeafCstNode>();
  const open: LeafCstNode[] = [];
  for (const token of tokens) {
    if (token.text === '{') open.push(token);
    else if (token.text === '}') {
      const opener = open.pop();
      if (opener) pairs.set(opener, token);
    }
  }
  return pairs;
}

function closes(token: LeafCstNode): boolean {
  return token.text === '}';
}

function isComment(token: LeafCstNode): boolean {
  return token.hidden && COMMENTS.has(token.tokenType.name);
}

function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) if (text.charCodeAt(index) === 10) count++;
  return count;
}

/** One line break, or two where the author left a blank line. */
function clamp(lines: number): number {
  return Math.min(Math.max(lines, 1), 2);
}

function newLines(count: number, depth: number): string {
  return '\n'.repeat(count) + INDENT.repeat(Math.max(depth, 0));
}

/** The text with every gap replaced. */
export function applyGaps(text: string, gaps: readonly Gap[]): string {
  let result = '';
  let cursor = 0;
  for (const gap of gaps) {
    result += text.slice(cursor, gap.start) + gap.text;
    cursor = gap.end;
  }
  return result + text.slice(cursor);
}
