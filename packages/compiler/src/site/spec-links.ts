// Which files of the specs section belong to an interface (its folder and the agreements of its
// consumers), as links from a site page to out/specs/ with a download hint.
import { element, escapeHtml } from '../report/html.js';
import type { SiteContext } from './site-context.js';

/** The interface's spec files, by path relative to the specs section, sorted. */
export function specFilesOf(interfaceId: string, site: SiteContext): string[] {
  const agreement = new RegExp(`^agreements/.*--${escapeRegExp(interfaceId)}(--\\d+)?\\.md$`);
  return [...(site.specs?.keys() ?? [])].filter((path) => path.startsWith(`${interfaceId}/`) || agreement.test(path)).sort();
}

/** A link to a file of the specs section, which sits beside the site in the out folder. */
export function specLink(path: string, root: string): string {
  return element('a', { href: `${root}../specs/${path}`, download: '' }, `<code>${escapeHtml(path)}</code>`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
