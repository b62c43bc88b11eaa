// A diagram of the diagrams section made fit to sit inside a page beside others: every id it
// defines (arrow-head markers, its title) and every reference to one (`url(#…)`, `href="#…"`,
// `aria-labelledby`) gets the page-unique prefix, so arrows and labels never cross between two
// diagrams; and its links to the site, written from out/diagrams/, are made relative to the page.

/** Where the diagrams section's SVGs point for the site: `../site/` seen from out/diagrams/. */
const SITE_FROM_DIAGRAMS = '../site/';

export function inlineSvg(svg: string, prefix: string, root: string): string {
  return svg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(
      /\s(id|aria-labelledby|aria-describedby)="([^"]*)"/g,
      (_, name: string, ids: string) =>
        ` ${name}="${ids
          .split(/\s+/)
          .map((id) => `${prefix}${id}`)
          .join(' ')}"`,
    )
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}${id})`)
    .replace(/(\s(?:xlink:)?href)="#([^"]*)"/g, (_, name: string, id: string) => `${name}="#${prefix}${id}"`)
    .replace(/(\s(?:xlink:)?href)="([^"#][^"]*)"/g, (whole: string, name: string, href: string) =>
      href.startsWith(SITE_FROM_DIAGRAMS) ? `${name}="${root}${href.slice(SITE_FROM_DIAGRAMS.length)}"` : whole,
    )
    .trimEnd();
}
