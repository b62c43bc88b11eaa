// What an element states, property by property, as the model (or one plateau's projection of it)
// holds it: the values two states of an element are compared on, in gap reports and `gea diff`.
// References are read as declared; statements as they exist in the model given, each with its
// own lifecycle when it has one — unless the model given is one plateau's projection, where every
// statement there exists and a list of consumers reads best as the full names it is (a gap report).
import type { Element, LegalBasis, Lifecycle, Ref, Relation, Signature, Sla } from '../model/types.js';

/** One property's value: a single value (absent when unstated) or a list, sorted. */
export type PropertyValue = string | readonly string[] | undefined;

/** An element's properties in a fixed order, by the names reports show (`owner`, `via`, `fields`, `signature`, `consumers`, …). */
export function propertiesOf(element: Element, statementLifecycles = true): ReadonlyArray<readonly [string, PropertyValue]> {
  const noted = statementLifecycles ? withLifecycle : (text: string) => text;
  const properties: Array<[string, PropertyValue]> = Object.keys(element.names)
    .sort()
    .map((locale): [string, PropertyValue] => [`name.${locale}`, element.names[locale]]);
  properties.push(['from', element.lifecycle.from?.text], ['until', element.lifecycle.until?.text]);
  properties.push(...kindProperties(element, noted));
  properties.push([
    'legal-basis',
    sorted(element.legalBasis.map((basis) => joined(basis.law.declared?.id ?? basis.law.text, basis.article))),
  ]);
  properties.push(['tags', sorted(element.tags)]);
  return properties;
}

/** A statement's text, with its lifecycle or without. */
type Noted = (text: string, lifecycle: Lifecycle) => string;

function kindProperties(element: Element, noted: Noted): Array<[string, PropertyValue]> {
  switch (element.kind) {
    case 'agency':
      return [
        ['kind', element.agencyKind],
        ['parent', id(element.parent)],
        ['acronym', element.acronym],
        ['registry-code', element.registryCode],
        ['contact', element.contact],
      ];
    case 'platform':
      return [
        ['kind', element.platformKind],
        ['operator', id(element.operator)],
        ['sla', sla(element.sla)],
      ];
    case 'trust':
      return [
        ['kind', element.trustKind],
        ['operator', id(element.operator)],
        ['issuer', id(element.issuer)],
        ['accredited', flag(element.accredited)],
        ['levels', sorted(element.levels)],
        ['formats', sorted(element.formats)],
        [
          'certificates',
          sorted(element.certificates.map((c) => joined(c.subject, `${c.validFrom ?? '?'}..${c.validUntil ?? '?'}`, c.fingerprint))),
        ],
      ];
    case 'data':
      return [
        ['owner', id(element.owner)],
        ['kind', element.dataKind],
        ['base-registry', flag(element.baseRegistry)],
        ['classification', element.classification],
        ['privacy', element.privacy],
        ['legally-binding', flag(element.legallyBinding)],
        ['format', element.format],
        ['retention', element.retention?.text],
        [
          'fields',
          element.fields.map((field) =>
            joined(
              field.name,
              `${field.type.primitive ?? field.type.data?.declared?.id ?? field.type.data?.text ?? '?'}${field.type.list ? '[]' : ''}`,
              field.key ? 'key' : undefined,
              field.personal ? 'personal' : undefined,
              field.sensitive ? 'sensitive' : undefined,
              field.optional ? 'optional' : undefined,
            ),
          ),
        ],
        [
          'open',
          element.open &&
            joined(
              element.open.license,
              id(element.open.publisher),
              element.open.cadence,
              element.open.formats.length > 0 ? element.open.formats.join(',') : undefined,
            ),
        ],
        ['masters', sorted(element.masteredBy.map((statement) => noted(statement.system.id, statement.lifecycle)))],
        ['copies', sorted(element.storedBy.map((statement) => noted(statement.system.id, statement.lifecycle)))],
      ];
    case 'system': {
      const signings = (kind: 'signs' | 'seals' | 'verifies') =>
        relations(
          element.signings.filter((signing) => signing.kind === kind),
          noted,
        );
      return [
        ['owner', id(element.owner)],
        ['operator', id(element.operator)],
        ['criticality', element.criticality],
        ['hosting', id(element.hosting)],
        ['masters', relations(element.masters, noted)],
        ['stores', relations(element.stores, noted)],
        ['consumes', relations(element.consumes, noted)],
        ['depends-on', relations(element.dependsOn, noted)],
        ['uses', relations(element.uses, noted)],
        ['signs', signings('signs')],
        ['seals', signings('seals')],
        ['verifies', signings('verifies')],
      ];
    }
    case 'interface':
      return [
        ['provider', id(element.provider)],
        ['via', id(element.via)],
        ['style', element.style],
        ['version', element.version],
        ['classification', element.classification],
        ['consent', element.consent && sorted(element.consent)],
        ['auth', element.auth],
        ['deprecated', flag(element.deprecated)],
        ['sla', sla(element.sla)],
        ['signature', element.signature && signature(element.signature)],
        ['fields', carriedFields(element)],
        ['operations', sorted(element.operations.map((operation) => joined(operation.name, operation.method, operation.path)))],
        ['events', sorted(element.events.map((event) => event.name))],
        ['consumers', sorted(element.consumedBy.map((statement) => noted(statement.system.id, statement.lifecycle)))],
      ];
    case 'plateau':
      return [['date', element.date]];
    case 'law':
      return [['enacted', element.enacted]];
    case 'waiver':
      return [
        ['rule', element.rule],
        ['on', id(element.on)],
        ['reason', element.reason],
      ];
    default:
      return [];
  }
}

/** The fields an interface carries, as `data.field` (`data.*` for a whole asset), sorted and without repeats. */
export function carriedFields(element: Extract<Element, { kind: 'interface' }>): string[] {
  const fields = new Set<string>();
  for (const payload of element.payloads) {
    const data = payload.data.declared?.id ?? payload.data.text;
    if (payload.allFields) fields.add(`${data}.*`);
    else for (const field of payload.fields) fields.add(`${data}.${field.text}`);
  }
  return [...fields].sort(compareText);
}

/** A statement as one line: what it names, its details and its lifecycle (`mn.gasr.citizen {register_no} (until target)`). */
function relations(statements: readonly Relation[], noted: Noted): string[] {
  return sorted(statements.map((statement) => noted(describeRelation(statement), statement.lifecycle)));
}

function describeRelation(relation: Relation): string {
  switch (relation.kind) {
    case 'masters':
      return id(relation.data) ?? '';
    case 'stores':
      return joined(id(relation.data), relation.allFields ? undefined : `{${relation.fields.map((f) => f.text).join(', ')}}`);
    case 'consumes':
      // Its legal bases and consent too: what a consumer's agreement rests on (OUTPUTS.md), each list sorted.
      return joined(
        id(relation.interface),
        relation.purpose !== undefined ? `purpose "${relation.purpose}"` : undefined,
        ...sorted(relation.legalBasis.map((basis) => joined('legal-basis', legalBasis(basis)))),
        relation.agreement && `agreement "${relation.agreement}"`,
        relation.consent.length > 0 ? `consent ${sorted(relation.consent).join(', ')}` : undefined,
      );
    case 'depends-on':
      return joined(id(relation.target), relation.dependencyKind);
    case 'uses':
      return id(relation.platform) ?? '';
    default:
      return joined(id(relation.data), signature(relation.signature));
  }
}

/** A consumption's legal basis as written: `pdp_law "8.1"`. */
function legalBasis(basis: LegalBasis): string {
  return joined(basis.law.declared?.id ?? basis.law.text, basis.article !== undefined ? `"${basis.article}"` : undefined);
}

function signature(value: Signature): string {
  return joined(value.level, value.format, value.with && `with ${id(value.with)}`, value.timestamp && `timestamp ${id(value.timestamp)}`);
}

function sla(value: Sla | undefined): string | undefined {
  if (!value) return undefined;
  return joined(
    value.availability !== undefined ? `${value.availability}%` : undefined,
    value.latencyMs !== undefined ? `${value.latencyMs}ms` : undefined,
    value.throughput,
    value.support && `"${value.support}"`,
  );
}

function withLifecycle(text: string, lifecycle: Lifecycle): string {
  const parts = [lifecycle.from && `from ${lifecycle.from.text}`, lifecycle.until && `until ${lifecycle.until.text}`].filter(Boolean);
  return parts.length > 0 ? `${text} (${parts.join(' ')})` : text;
}

function id(reference: Ref<Element> | undefined): string | undefined {
  return reference && (reference.declared?.id ?? reference.text);
}

function flag(value: boolean): string | undefined {
  return value ? 'true' : undefined;
}

function joined(...parts: ReadonlyArray<string | undefined>): string {
  let text = '';
  for (const part of parts) if (part !== undefined && part !== '') text = text === '' ? part : `${text} ${part}`;
  return text;
}

function sorted(values: readonly string[]): string[] {
  return [...values].sort(compareText);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
