// Workspaces on disk for tests: a copy of a folder, or files written from inline text.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

export function copyOf(folder: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'gea-ws-'));
  cpSync(folder, copy, { recursive: true });
  return copy;
}

export function workspaceOf(files: Readonly<Record<string, string>>): string {
  const root = mkdtempSync(join(tmpdir(), 'gea-ws-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export function uriOf(root: string, path: string): string {
  return pathToFileURL(join(root, path)).href;
}

/** `text` with LSP edits applied (non-overlapping, any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const offsets = lineOffsets(text);
  const at = (position: { line: number; character: number }) => (offsets[position.line] ?? text.length) + position.character;
  const sorted = [...edits].sort((a, b) => at(b.range.start) - at(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, at(edit.range.start)) + edit.newText + result.slice(at(edit.range.end));
  return result;
}

/** Applies a workspace edit to the files on disk; the new texts by URI. */
export function applyWorkspaceEdit(edit: WorkspaceEdit): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const path = fileURLToPath(uri);
    const text = applyEdits(readFileSync(path, 'utf8'), edits);
    writeFileSync(path, text);
    texts.set(uri, text);
  }
  return texts;
}

function lineOffsets(text: string): number[] {
  const offsets = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') offsets.push(index + 1);
  return offsets;
}
