// The workspaces the differential runs edit: a copy of the national example, and the same model
// split across more files (each agency file's declarations spread over three files of its
// namespace), so that references cross more files.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { declarationsOf } from './edit-catalogue.js';

/** The files of a workspace folder, relative, with `/` (gea.yaml too, no other non-source file). */
export function filesOf(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.endsWith('.gea') || path === 'gea.yaml')
    .sort();
}

export function copyOf(folder: string, under: string): string {
  const root = mkdtempSync(join(under, 'ws-'));
  cpSync(folder, root, { recursive: true });
  return root;
}

/** A copy of `folder` whose files of more than `least` declarations are split into three of the same namespace. */
export function splitCopyOf(folder: string, under: string, least = 4): string {
  const root = copyOf(folder, under);
  for (const path of filesOf(root).filter((path) => path.endsWith('.gea'))) {
    const text = readFileSync(join(root, path), 'utf8');
    const declarations = declarationsOf(text);
    if (declarations.length < least) continue;
    const head = text.slice(0, declarations[0]!.start);
    const parts = ['', '', ''];
    declarations.forEach((declaration, index) => (parts[index % 3] += `\n${text.slice(declaration.start, declaration.end)}`));
    rmSync(join(root, path));
    parts.forEach((part, index) => writeFileSync(join(root, path.replace(/\.gea$/, `.part${index}.gea`)), head + part));
  }
  return root;
}
