// Which files of the specs section belong to an interface (its folder and the agreements of its
// consumers), as links from a site page to out/specs/ with a download hint.
import { element, escapeHtml } from '../report/html.js';
import { interfaceOfSpecFolder } from '../spec/spec-folders.js';

/** An agreement's file: `agreements/<consumer>--<interface>.md`, or `--<n>.md` for a repeat (ids hold no `-`). */
const AGREEMENT = /^agreements\/[^/]+?--([^/-]+)(?:--\d+)?\.md$/;

/** The spec files of every interface, by its id, sorted; read once from the specs section's paths. */
export function specFilesByInterface(paths: Iterable<string>): ReadonlyMap<string, readonly string[]> {
  const byInterface = new Map<string, string[]>();
  for (const path of paths) {
    const id =
      AGREEMENT.exec(path)?.[1] ??
      (path.includes('/') && !path.startsWith('agreements/') ? interfaceOfSpecFolder(path.slice(0, path.indexOf('/'))) : undefined);
    if (id === undefined) continue;
    const files = byInterface.get(id);
    if (files) files.push(path);
    else byInterface.set(id, [path]);
  }
  for (const files of byInterface.values()) files.sort();
  return byInterface;
}

/** A link to a file of the specs section, which sits beside the site in the out folder. */
export function specLink(path: string, root: string): string {
  return element('a', { href: `${root}../specs/${path}`, download: '' }, `<code>${escapeHtml(path)}</code>`);
}
