// "Source order" (RULES.md): by workspace-relative path, then position; and how messages point at
// another place in the sources.
import type { SemanticModel, SourceRange } from './types.js';

type Paths = Pick<SemanticModel, 'relativePaths'>;

/** The workspace-relative path of a document of the model (its URI for one it does not know). */
export function relativePathOf(model: Paths, uri: string): string {
  return model.relativePaths.get(uri) ?? uri;
}

export function compareSourceRanges(model: Paths, a: SourceRange, b: SourceRange): number {
  if (a.uri !== b.uri) {
    const x = relativePathOf(model, a.uri);
    const y = relativePathOf(model, b.uri);
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

/** "line 17", or "a/reg.gea:37" (workspace-relative path and line) when `range` is in another document than `from`. */
export function describeLocation(model: Paths, range: SourceRange, from: SourceRange): string {
  const line = range.start.line + 1;
  return range.uri === from.uri ? `line ${line}` : `${relativePathOf(model, range.uri)}:${line}`;
}

export function sameRange(a: SourceRange, b: SourceRange): boolean {
  return (
    a.uri === b.uri &&
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/** Whether `inner` lies within `outer` (or is it). */
export function rangeContains(outer: SourceRange, inner: SourceRange): boolean {
  if (outer.uri !== inner.uri) return false;
  const startsAfter =
    inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character);
  const endsBefore = inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character);
  return startsAfter && endsBefore;
}
