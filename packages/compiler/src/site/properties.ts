// An element's properties as label and value pairs: what every declaration has (id, names,
// description, lifecycle, metadata, where it is declared), then what its kind adds. Values from
// the language's fixed vocabularies are shown in the words of the tables, in both locales, as the
// agreements and diagrams word them (decision 0083); names of standards (`XAdES`, `csv`, a licence)
// and what the model writes freely (versions, durations) are shown as written.
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
  /** A fixed value in words: `pick` finds its word in a locale's table. */
  const word = <T extends string>(item: T | undefined, pick: (words: Words) => Readonly<Record<T, string>>) =>
    item !== undefined ? say((w) => pick(w)[item]) : undefined;
  /** Fixed values in words, comma-separated. */
  const wordList = <T extends string>(items: readonly T[] | undefined, pick: (words: Words) => Readonly<Record<T, string>>) =>
    items && items.length > 0 ? say((w) => items.map((item) => pick(w)[item]).join(', ')) : undefined;
  const classification = (item: keyof Words['diagrams']['classifications']) => say((w) => w.diagrams.classifications[item]);
  switch (element.kind) {
    case 'agency':
      return [
        [p((w) => w.agencyKind), word(element.agencyKind, (w) => w.site.values.agencyKinds)],
        [p((w) => w.acronym), element.acronym && escapeHtml(element.acronym)],
        [p((w) => w.registryCode), value(element.registryCode)],
        [p((w) => w.contact), element.contact && escapeHtml(element.contact)],
      ];
    case 'platform':
      return [
        [p((w) => w.platformKind), word(element.platformKind, (w) => w.diagrams.platformKinds)],
        [p((w) => w.sla), element.sla && slaHtml(element.sla)],
      ];
    case 'trust':
      return [
        [p((w) => w.trustKind), word(element.trustKind, (w) => w.specs.trustKinds)],
        [p((w) => w.accredited), yes(element.accredited)],
        [p((w) => w.levels), wordList(element.levels, (w) => w.specs.levels)],
        [p((w) => w.formats), values(element.formats)],
      ];
    case 'data':
      return [
        [p((w) => w.dataKind), word(element.dataKind, (w) => w.diagrams.dataKinds)],
        [p((w) => w.baseRegistry), yes(element.baseRegistry)],
        [p((w) => w.classification), classification(element.classification)],
        [p((w) => w.privacy), word(heldPrivacy(element), (w) => w.specs.privacy)],
        [p((w) => w.legallyBinding), yes(element.legallyBinding)],
        [p((w) => w.format), value(element.format)],
        [p((w) => w.retention), value(element.retention?.text)],
        [
          p((w) => w.openData),
          element.open &&
            [value(element.open.license), word(element.open.cadence, (w) => w.site.values.cadences), values(element.open.formats)]
              .filter(Boolean)
              .join(' '),
        ],
      ];
    case 'system':
      return [[p((w) => w.criticality), word(element.criticality, (w) => w.diagrams.criticality)]];
    case 'interface':
      return [
        [p((w) => w.style), word(element.style, (w) => w.specs.styles)],
        [p((w) => w.version), value(element.version)],
        [p((w) => w.classification), classification(element.classification)],
        [p((w) => w.consent), wordList(element.consent, (w) => w.specs.consent)],
        [p((w) => w.auth), word(element.auth, (w) => w.specs.auth)],
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
        [p((w) => w.viewKind), word(element.viewKind, (w) => w.diagrams.titles)],
        [p((w) => w.groupBy), word(element.groupBy, (w) => w.site.values.groupBy)],
        [p((w) => w.depth), element.depth !== undefined ? value(String(element.depth)) : undefined],
      ];
    case 'waiver':
      return [
        [p((w) => w.rule), value(element.rule)],
        [p((w) => w.reason), element.reason && escapeHtml(element.reason)],
      ];
  }
}

/** The service levels, labelled as the agreement labels them. */
function slaHtml(sla: Sla): string {
  return sayHtml((w) => {
    const words = w.specs.organisational;
    return [
      sla.availability !== undefined ? `${escapeHtml(words.availability)} ${code(`${sla.availability}%`)}` : undefined,
      sla.latencyMs !== undefined ? `${escapeHtml(words.latency)} ${code(`${sla.latencyMs} ms`)}` : undefined,
      sla.throughput !== undefined ? `${escapeHtml(words.throughput)} ${code(sla.throughput)}` : undefined,
      sla.support !== undefined ? `${escapeHtml(words.support)} ${escapeHtml(sla.support)}` : undefined,
    ]
      .filter((part): part is string => part !== undefined)
      .join('; ');
  });
}

function signatureHtml(signature: Signature, site: SiteContext, root: string): string {
  const trust = (ref: Signature['with']) =>
    ref?.declared ? link(`${root}${hrefOf(ref.declared)}`, nameHtml(ref.declared, site.defaultLocale)) : ref && code(ref.text);
  const levelAndFormat = [
    signature.level !== undefined ? say((w) => w.specs.levels[signature.level!]) : undefined,
    signature.format !== undefined ? code(signature.format) : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return [
    levelAndFormat,
    signature.with && `${say((w) => w.site.relations.with.outgoing)} ${trust(signature.with)}`,
    signature.timestamp && `${say((w) => w.site.relations.timestamp.outgoing)} ${trust(signature.timestamp)}`,
  ]
    .filter(Boolean)
    .join('; ');
}
