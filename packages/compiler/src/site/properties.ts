// An element's properties as label and value pairs: what every declaration has (id, names,
// description, lifecycle, metadata, where it is declared), then what its kind adds. Values from
// the language's fixed vocabularies are shown as written (`soap`, `qualified`); classification and
// yes/no in words.
import { heldPrivacy, hrefOf, type Element, type Plateau, type Ref, type Signature, type Sla, type Words } from '@gea-arch/core';
import { escapeHtml } from '../report/html.js';
import { nameHtml, say, sayHtml } from './bilingual.js';
import { code, definitions, externalLink, link } from './markup.js';
import type { SiteContext } from './site-context.js';

type Row = readonly [string, string | undefined];

export function propertiesHtml(element: Element, site: SiteContext, root: string): string {
  const label = (pick: (words: Words) => string) => say(pick);
  const plateau = (ref: Ref<Plateau> | undefined) =>
    ref?.declared ? link(`${root}${hrefOf(ref.declared)}`, nameHtml(ref.declared, site.defaultLocale)) : ref && code(ref.text);
  const names = Object.entries(element.names)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([locale, name]) => `<span lang="${escapeHtml(locale)}">${escapeHtml(name)}</span> ${code(locale)}`)
    .join('<br>');
  const descriptions = Object.entries(element.descriptions)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([locale, text]) => `<p lang="${escapeHtml(locale)}">${escapeHtml(text)}</p>`)
    .join('');
  const rows: Row[] = [
    [label((w) => w.site.properties.id), code(element.id)],
    [label((w) => w.site.properties.kind), say((w) => w.common.kinds[element.kind])],
    [label((w) => w.site.properties.names), names],
    [label((w) => w.site.properties.description), descriptions],
    ...kindRows(element, site, root),
    [label((w) => w.site.properties.tags), element.tags.map(code).join(' ')],
    [label((w) => w.site.properties.url), element.url && externalLink(element.url)],
    [label((w) => w.site.properties.from), plateau(element.lifecycle.from)],
    [label((w) => w.site.properties.until), plateau(element.lifecycle.until)],
    [
      label((w) => w.site.properties.meta),
      Object.entries(element.meta)
        .map(([key, value]) => `${code(key)} ${escapeHtml(value)}`)
        .join('<br>'),
    ],
    [label((w) => w.site.properties.source), code(`${site.relativePath(element.source.uri)}:${element.source.start.line + 1}`)],
  ];
  return definitions(rows);
}

function kindRows(element: Element, site: SiteContext, root: string): Row[] {
  const p = (pick: (words: Words['site']['properties']) => string) => say((w) => pick(w.site.properties));
  const yes = (value: boolean) => sayHtml((w) => escapeHtml(value ? w.site.properties.yes : w.site.properties.no));
  const values = (items: readonly string[] | undefined) => (items && items.length > 0 ? items.map(code).join(' ') : undefined);
  const value = (item: string | undefined) => (item !== undefined ? code(item) : undefined);
  const classification = (item: keyof Words['diagrams']['classifications']) => say((w) => w.diagrams.classifications[item]);
  switch (element.kind) {
    case 'agency':
      return [
        [p((w) => w.agencyKind), value(element.agencyKind)],
        [p((w) => w.acronym), element.acronym && escapeHtml(element.acronym)],
        [p((w) => w.registryCode), value(element.registryCode)],
        [p((w) => w.contact), element.contact && escapeHtml(element.contact)],
      ];
    case 'platform':
      return [
        [p((w) => w.platformKind), value(element.platformKind)],
        [p((w) => w.sla), element.sla && slaHtml(element.sla)],
      ];
    case 'trust':
      return [
        [p((w) => w.trustKind), value(element.trustKind)],
        [p((w) => w.accredited), yes(element.accredited)],
        [p((w) => w.levels), values(element.levels)],
        [p((w) => w.formats), values(element.formats)],
      ];
    case 'data':
      return [
        [p((w) => w.dataKind), value(element.dataKind)],
        [p((w) => w.baseRegistry), yes(element.baseRegistry)],
        [p((w) => w.classification), classification(element.classification)],
        [p((w) => w.privacy), value(heldPrivacy(element))],
        [p((w) => w.legallyBinding), yes(element.legallyBinding)],
        [p((w) => w.format), value(element.format)],
        [p((w) => w.retention), value(element.retention?.text)],
        [
          p((w) => w.openData),
          element.open &&
            [value(element.open.license), value(element.open.cadence), values(element.open.formats)].filter(Boolean).join(' '),
        ],
      ];
    case 'system':
      return [[p((w) => w.criticality), value(element.criticality)]];
    case 'interface':
      return [
        [p((w) => w.style), value(element.style)],
        [p((w) => w.version), value(element.version)],
        [p((w) => w.classification), classification(element.classification)],
        [p((w) => w.consent), values(element.consent)],
        [p((w) => w.auth), value(element.auth)],
        [p((w) => w.sla), element.sla && slaHtml(element.sla)],
        [p((w) => w.signature), element.signature && signatureHtml(element.signature, site, root)],
        [p((w) => w.deprecated), element.deprecated ? yes(true) : undefined],
      ];
    case 'law':
      return [[p((w) => w.enacted), value(element.enacted)]];
    case 'plateau':
      return [[p((w) => w.date), value(element.date)]];
    case 'view':
      return [
        [p((w) => w.title), element.title && escapeHtml(element.title)],
        [p((w) => w.viewKind), value(element.viewKind)],
        [p((w) => w.groupBy), value(element.groupBy)],
        [p((w) => w.depth), element.depth !== undefined ? value(String(element.depth)) : undefined],
      ];
    case 'waiver':
      return [
        [p((w) => w.rule), value(element.rule)],
        [p((w) => w.reason), element.reason && escapeHtml(element.reason)],
      ];
  }
}

function slaHtml(sla: Sla): string {
  const parts = [
    sla.availability !== undefined ? `availability ${sla.availability}%` : undefined,
    sla.latencyMs !== undefined ? `latency ${sla.latencyMs}ms` : undefined,
    sla.throughput !== undefined ? `throughput ${sla.throughput}` : undefined,
    sla.support !== undefined ? `support ${sla.support}` : undefined,
  ];
  return parts
    .filter((part): part is string => part !== undefined)
    .map(code)
    .join(' ');
}

function signatureHtml(signature: Signature, site: SiteContext, root: string): string {
  const trust = (ref: Signature['with']) =>
    ref?.declared ? link(`${root}${hrefOf(ref.declared)}`, nameHtml(ref.declared, site.defaultLocale)) : ref && code(ref.text);
  return [
    value('level', signature.level),
    value('format', signature.format),
    signature.with && `${code('with')} ${trust(signature.with)}`,
    signature.timestamp && `${code('timestamp')} ${trust(signature.timestamp)}`,
  ]
    .filter(Boolean)
    .join(' ');
}

function value(keyword: string, item: string | undefined): string | undefined {
  return item !== undefined ? code(`${keyword} ${item}`) : undefined;
}
