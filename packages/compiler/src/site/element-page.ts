// The page of one element: its properties, what its kind adds (fields, operations and events,
// certificates), its spec files, its relationships both ways, the views it appears in, its findings.
import { hrefOf, type Element, type Interface, type Trust, type Data, type ViewGraph, type Words } from '@gea-arch/core';
import { element as tag, escapeHtml, tableHtml } from '../report/html.js';
import { nameHtml, say, sayHtml, SITE_LOCALES } from './bilingual.js';
import { diagramFigure } from './diagram-figure.js';
import { findingsTable } from './findings-table.js';
import { code, link, section } from './markup.js';
import { inBothAttribute, rootOf, type Page } from './page-shell.js';
import { propertiesHtml } from './properties.js';
import type { Relation } from './relations.js';
import { viewPage, type SiteContext } from './site-context.js';
import { specLink } from './spec-links.js';

/** Longer lists of related elements are cut on the page (the list pages and search have them all). */
export const RELATED_SHOWN = 100;

export function elementPage(element: Element, site: SiteContext): Page {
  const path = hrefOf(element);
  const root = rootOf(path);
  const name = nameHtml(element, site.defaultLocale);
  const body = [
    tag(
      'nav',
      { class: 'breadcrumb', 'aria-label': inBothAttribute((w) => w.site.nav.breadcrumb) },
      link(
        `${root}list/${element.kind}.html`,
        say((w) => w.reports.common.kinds[element.kind]),
      ),
    ),
    tag('h1', {}, `${name} ${code(element.id)}`),
    ...elementSections(element, site, root),
  ].join('\n');
  return {
    path,
    title: (words, locale) =>
      `${element.names[locale] ?? element.names[site.defaultLocale] ?? element.localName} — ${words.common.kinds[element.kind]}`,
    body,
  };
}

/** What an element's page says about it, after its heading (a declared view's page says it under its diagram). */
export function elementSections(element: Element, site: SiteContext, root: string): string[] {
  return [
    section(
      'properties',
      say((w) => w.site.element.properties),
      propertiesHtml(element, site, root),
    ),
    ...kindSections(element, site, root),
    ...ownDiagrams(element, site, root),
    section(
      'relationships',
      say((w) => w.site.element.relationships),
      relationships(element, site, root),
    ),
    section(
      'views',
      say((w) => w.site.element.views),
      views(element, site, root),
    ),
    section(
      'findings',
      say((w) => w.site.element.findings),
      site.findingsOf(element.id).length > 0
        ? findingsTable(site.findingsOf(element.id), site, root, { withElement: element.kind === 'waiver' })
        : tag(
            'p',
            {},
            say((w) => w.site.element.noFindings),
          ),
    ),
  ];
}

/**
 * The generated views about the element, drawn on its page: an agency's context and its landscape
 * at the first plateau, a data asset's flow, the landscape at a plateau. Each inlined diagram gets
 * its own id prefix.
 */
function ownDiagrams(element: Element, site: SiteContext, root: string): string[] {
  const figures = ownDiagramViews(element, site).map(({ view, prefix }) => diagramFigure(view, site, root, prefix));
  return figures.length > 0
    ? [
        section(
          'diagrams',
          say((w) => w.site.element.diagrams),
          ...figures,
        ),
      ]
    : [];
}

/**
 * The generated views an element's page draws, each with the prefix of its inlined ids: an
 * agency's context (its landscape at the baseline) and its landscape at the last plateau.
 */
export function ownDiagramViews(element: Element, site: SiteContext): Array<{ readonly view: ViewGraph; readonly prefix: string }> {
  const last = site.model.plateaus.at(-1)?.id;
  const ids =
    element.kind === 'agency'
      ? [`context-${element.id}`, `landscape-${last}-${element.id}`]
      : element.kind === 'data'
        ? [`dataflow-${element.id}`]
        : element.kind === 'plateau'
          ? [`landscape-${element.id}`]
          : [];
  return ids.flatMap((id, index) => {
    const view = site.views.find((candidate) => candidate.id === id && !candidate.declared);
    return view ? [{ view, prefix: `d${index}-` }] : [];
  });
}

function kindSections(element: Element, site: SiteContext, root: string): string[] {
  switch (element.kind) {
    case 'data':
      return element.fields.length > 0
        ? [
            section(
              'fields',
              say((w) => w.site.element.fields),
              fieldsTable(element),
            ),
          ]
        : [];
    case 'interface':
      return interfaceSections(element, site, root);
    case 'trust':
      return element.certificates.length > 0
        ? [
            section(
              'certificates',
              say((w) => w.site.element.certificates),
              certificatesTable(element),
            ),
          ]
        : [];
    default:
      return [];
  }
}

function fieldsTable(data: Data): string {
  const flags = (field: Data['fields'][number]) =>
    sayHtml((w) =>
      (['key', 'personal', 'sensitive', 'optional'] as const)
        .filter((flag) => field[flag])
        .map((flag) => escapeHtml(w.site.fields[flag]))
        .join(', '),
    );
  const type = (field: Data['fields'][number]) =>
    code(`${field.type.primitive ?? field.type.data?.text ?? ''}${field.type.list ? '[]' : ''}`);
  return tableHtml(
    [say((w) => w.site.fields.name), say((w) => w.site.fields.type), say((w) => w.site.fields.label), say((w) => w.site.fields.flags)],
    data.fields.map((field) => [code(field.name), type(field), escapeHtml(field.label ?? ''), flags(field)]),
  );
}

function interfaceSections(api: Interface, site: SiteContext, root: string): string[] {
  const payload = (carried: Interface['payloads'][number] | undefined) =>
    carried
      ? `${code(carried.data.text)}${carried.allFields ? '' : ` { ${carried.fields.map((field) => escapeHtml(field.text)).join(', ')} }`}`
      : '';
  const sections: string[] = [];
  if (api.operations.length > 0) {
    const o = (pick: (words: Words['site']['operations']) => string) => say((w) => pick(w.site.operations));
    sections.push(
      section(
        'operations',
        say((w) => w.site.element.operations),
        tableHtml(
          [o((w) => w.name), o((w) => w.method), o((w) => w.path), o((w) => w.input), o((w) => w.output)],
          api.operations.map((operation) => [
            code(operation.name),
            operation.method ? code(operation.method) : '',
            operation.path ? code(operation.path) : '',
            payload(operation.input),
            payload(operation.output),
          ]),
        ),
      ),
    );
  }
  if (api.events.length > 0) {
    sections.push(
      section(
        'events',
        say((w) => w.site.element.events),
        tableHtml(
          [say((w) => w.site.operations.name), say((w) => w.site.operations.payload)],
          api.events.map((event) => [code(event.name), event.payloads.map(payload).join('<br>')]),
        ),
      ),
    );
  }
  const files = site.specFilesOf(api.id);
  if (files.length > 0) {
    sections.push(
      section(
        'spec',
        say((w) => w.site.element.specs),
        tag('ul', { class: 'files' }, ...files.map((file) => tag('li', {}, specLink(file, root)))),
      ),
    );
  }
  return sections;
}

function certificatesTable(trust: Trust): string {
  const c = (pick: (words: Words['site']['certificates']) => string) => say((w) => pick(w.site.certificates));
  return tableHtml(
    [c((w) => w.subject), c((w) => w.validFrom), c((w) => w.validUntil), c((w) => w.fingerprint)],
    trust.certificates.map((certificate) => [
      escapeHtml(certificate.subject),
      certificate.validFrom ? code(certificate.validFrom) : '',
      certificate.validUntil ? code(certificate.validUntil) : '',
      certificate.fingerprint ? code(certificate.fingerprint) : '',
    ]),
  );
}

function relationships(element: Element, site: SiteContext, root: string): string {
  const outgoing = site.relations.outgoing(element);
  const incoming = site.relations.incoming(element);
  if (outgoing.length === 0 && incoming.length === 0)
    return tag(
      'p',
      {},
      say((w) => w.site.element.noRelationships),
    );
  const group = (relations: readonly Relation[], direction: 'outgoing' | 'incoming') =>
    relations.length === 0
      ? ''
      : tag(
          'h3',
          {},
          say((w) => w.site.element[direction]),
        ) + relationGroups(relations, direction, site, root);
  return [group(outgoing, 'outgoing'), group(incoming, 'incoming')].join('\n');
}

/** Relations of one direction, one row per kind with the other ends as links. */
function relationGroups(relations: readonly Relation[], direction: 'outgoing' | 'incoming', site: SiteContext, root: string): string {
  const byKind = new Map<Relation['kind'], Element[]>();
  for (const relation of relations) {
    const other = direction === 'outgoing' ? relation.to : relation.from;
    const list = byKind.get(relation.kind);
    if (list) list.push(other);
    else byKind.set(relation.kind, [other]);
  }
  const rows = [...byKind].map(([kind, others]) => {
    const shown = others.slice(0, RELATED_SHOWN).map((other) => link(`${root}${hrefOf(other)}`, nameHtml(other, site.defaultLocale)));
    const more = others.length > RELATED_SHOWN ? [say((w) => w.site.element.more({ count: others.length - RELATED_SHOWN }))] : [];
    return `<dt>${say((w) => w.site.relations[kind][direction])}</dt><dd>${[...shown, ...more].join(', ')}</dd>`;
  });
  return tag('dl', { class: `relations relations-${direction}` }, ...rows);
}

function views(element: Element, site: SiteContext, root: string): string {
  const shownIn = site.viewsOf(element.id);
  if (shownIn.length === 0)
    return tag(
      'p',
      {},
      say((w) => w.site.element.noViews),
    );
  // A declared view without a title of its own is titled as its kind's generated view is: two links
  // of one title are told apart by their ids.
  const counts = new Map<string, number>();
  const keys = (view: ViewGraph) => SITE_LOCALES.map((locale) => `${locale} ${site.viewTitleIn(view, locale)}`);
  for (const view of shownIn) for (const key of keys(view)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const shared = (view: ViewGraph) => keys(view).some((key) => counts.get(key)! > 1);
  return tag(
    'ul',
    { class: 'views columns' },
    ...shownIn.map((view) =>
      tag('li', {}, link(`${root}${viewPage(view)}`, site.viewTitleHtml(view)) + (shared(view) ? ` ${code(view.id)}` : '')),
    ),
  );
}
