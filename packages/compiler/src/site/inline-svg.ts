// A diagram of the diagrams section made fit to sit inside a page beside others: every id it
// defines (arrow-head markers, its title) and every reference to one (`url(#…)`, `href="#…"`,
// `aria-labelledby`) gets the page-unique prefix, so arrows and labels never cross between two
// diagrams; and its links to the site, written from out/diagrams/, are made relative to the page.

/** Where the diagrams section's SVGs point for the site: `../site/` seen from out/diagrams/. */
const SITE_FROM_DIAGRAMS = '../site/';

/** Ids defined, ids referred to, and links: one pass over drawings of up to 700 kB. */
const REWRITTEN = /\s(id|aria-labelledby|aria-describedby)="([^"]*)"|url\(#([^)]+)\)|(\s(?:xlink:)?href)="([^"]*)"/g;

export function inlineSvg(svg: string, prefix: string, root: string): string {
  return svg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(REWRITTEN, (whole: string, idName?: string, ids?: string, urlId?: string, hrefName?: string, href?: string) => {
      if (idName !== undefined) {
        return ` ${idName}="${ids!
          .split(/\s+/)
          .map((id) => `${prefix}${id}`)
          .join(' ')}"`;
      }
      if (urlId !== undefined) return `url(#${prefix}${urlId})`;
      if (href!.startsWith('#')) return `${hrefName}="#${prefix}${href!.slice(1)}"`;
      if (href!.startsWith(SITE_FROM_DIAGRAMS)) return `${hrefName}="${root}${href!.slice(SITE_FROM_DIAGRAMS.length)}"`;
      return whole;
    })
    .trimEnd();
}
