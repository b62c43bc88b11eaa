// "Source order" (RULES.md): by document — workspace-relative path, which URIs of one workspace
// share as a prefix — then position; and how messages point at another place in the sources.
import type { SourceRange } from './types.js';

export function compareSourceRanges(a: SourceRange, b: SourceRange): number {
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

/** "line 17", or "line 4 of tax.gea" when `range` is in another document than `from`. */
export function describeLocation(range: SourceRange, from: SourceRange): string {
  const line = `line ${range.start.line + 1}`;
  return range.uri === from.uri ? line : `${line} of ${decodeURIComponent(range.uri.slice(range.uri.lastIndexOf('/') + 1))}`;
}
