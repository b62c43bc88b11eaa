// What `gea check` says of a workspace whose open files hold the editor's texts: its findings as
// the language server's diagnostics (one list per source file) and its counts, from a fresh
// analysis of the texts. The language server after any edits is to say the same.
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compareText } from '@gea-arch/core';
import { decodeSource, normalizeUri, type DecodedSource } from '@gea-arch/language';
import type { Diagnostic } from 'vscode-languageserver-types';
import { compileTexts } from '../../../src/check/compile.js';
import { findingDiagnostic } from '../../../src/server/diagnostics.js';
import type { FindingCounts } from '../../../src/server/index.js';
import { loadWorkspace } from '../../../src/workspace/load-workspace.js';

export interface FreshCheck {
  /** Every source file's diagnostics (none for a file without findings), by URI. */
  readonly diagnostics: Map<string, Diagnostic[]>;
  readonly counts: FindingCounts;
}

/**
 * `open`: the editor's texts by URI, read instead of the files on disk. An open file of the folder
 * that gea.yaml's `sources` leave out is analysed too, as the server keeps it (decision 0055).
 */
export async function freshCheck(
  root: string,
  open: ReadonlyMap<string, string>,
  options: { locale: string; evaluationDate?: string },
): Promise<FreshCheck> {
  const loaded = await loadWorkspace([root], root);
  const openPaths = [...open.keys()].map((uri) => relative(loaded.root, fileURLToPath(uri)).split(sep).join('/'));
  const workspace = { ...loaded, files: [...new Set([...loaded.files, ...openPaths])].sort(compareText) };
  const uris = workspace.files.map((file) => normalizeUri(pathToFileURL(resolve(workspace.root, file)).href));
  const sources = uris.map((uri, index): DecodedSource => {
    const text = open.get(uri);
    return text !== undefined ? { text } : decodeSource(readFileSync(resolve(workspace.root, workspace.files[index]!)));
  });
  const { analysis } = await compileTexts(workspace, sources, options);
  const diagnostics = new Map<string, Diagnostic[]>(uris.map((uri) => [uri, []]));
  const counts = { error: 0, warning: 0, info: 0, waived: 0, files: uris.length };
  for (const finding of analysis.findings) {
    diagnostics.get(finding.source.uri)?.push(findingDiagnostic(finding, undefined, analysis.model));
    if (finding.waived) counts.waived++;
    else counts[finding.severity]++;
  }
  return { diagnostics, counts };
}
