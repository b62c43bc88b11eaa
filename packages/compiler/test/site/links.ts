// Every local link of an out folder's site pages and diagrams: those naming no file, or an anchor
// that file does not have.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export function danglingLinks(out: string): { dangling: string[]; checked: number } {
  const site = join(out, 'site');
  const documents = [
    ...readdirSync(site, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => join(site, file)),
    ...readdirSync(join(out, 'diagrams'))
      .filter((file) => file.endsWith('.svg'))
      .map((file) => join(out, 'diagrams', file)),
  ];
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idsOf.has(file)) idsOf.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)));
    return idsOf.get(file)!;
  };
  const dangling: string[] = [];
  let checked = 0;
  for (const document of documents) {
    for (const [, link] of readFileSync(document, 'utf8').matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const target = link!.replace(/&amp;/g, '&');
      if (/^[a-z]+:/i.test(target)) continue;
      const [path, anchor] = target.split('#');
      const file = path ? resolve(dirname(document), decodeURI(path)) : document;
      checked++;
      if (!existsSync(file)) dangling.push(`${relative(out, document)} → ${target}`);
      else if (anchor && !ids(file).has(anchor)) dangling.push(`${relative(out, document)} → ${target} (no #${anchor})`);
    }
  }
  return { dangling, checked };
}
