// The page of a view: its diagram (pan, zoom, clickable nodes), the files to download, the
// elements it shows with links to their pages, and for a declared view its element's sections.
import { compareText, hrefOf, type ViewGraph } from '@gea-arch/core';
import { element } from '../report/html.js';
import { nameHtml, say } from './bilingual.js';
import { diagramFigure } from './diagram-figure.js';
import { elementSections } from './element-page.js';
import { code, definitions, link, section } from './markup.js';
import { inBothAttribute, rootOf, type Page } from './page-shell.js';
import { viewPage, type SiteContext } from './site-context.js';

export function viewPageOf(view: ViewGraph, site: SiteContext): Page {
  const path = viewPage(view);
  const root = rootOf(path);
  const declared = site.model.byId.get(view.id);
  const downloads = ['svg', 'png', 'mmd', 'puml']
    .map((extension) => `${view.id}.${extension}`)
    .filter((file) => site.diagrams?.has(file))
    .map((file) => element('li', {}, element('a', { href: `${root}../diagrams/${file}`, download: '' }, code(file))));
  const about = definitions([
    [say((w) => w.site.view.kind), say((w) => w.diagrams.titles[view.kind])],
    [
      say((w) => w.site.view.plateau),
      view.plateau && (view.compareFrom ? `${code(view.compareFrom.id)} → ${code(view.plateau.id)}` : code(view.plateau.id)),
    ],
  ]);
  const body = [
    element(
      'nav',
      { class: 'breadcrumb', 'aria-label': inBothAttribute((w) => w.site.nav.breadcrumb) },
      link(
        `${root}list/view.html`,
        say((w) => w.site.nav.views),
      ),
    ),
    element('h1', {}, `${site.viewTitleHtml(view)} ${code(view.id)}`),
    about,
    element(
      'p',
      { class: 'note' },
      say((w) => w.site.view.labelsLanguage),
    ),
    diagramFigure(view, site, root, 'd0-'),
    downloads.length > 0
      ? section(
          'downloads',
          say((w) => w.site.view.downloads),
          element('ul', { class: 'files' }, ...downloads),
        )
      : '',
    section(
      'shown',
      say((w) => w.site.view.elements),
      shownElements(view, site, root),
    ),
    ...(declared?.kind === 'view' ? elementSections(declared, site, root) : []),
  ].join('\n');
  return { path, title: (_words, locale) => site.viewTitleIn(view, locale), body, section: 'views' };
}

function shownElements(view: ViewGraph, site: SiteContext, root: string): string {
  const ids = [...new Set([...view.groups.map((group) => group.id), ...view.nodes.map((node) => node.id)])].sort(compareText);
  const items = ids.flatMap((id) => {
    const shown = site.model.byId.get(id);
    return shown ? [element('li', {}, link(`${root}${hrefOf(shown)}`, nameHtml(shown, site.defaultLocale)))] : [];
  });
  return element('ul', { class: 'columns' }, ...items);
}
