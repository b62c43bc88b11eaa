// What an element is in one projection (modelAt), as a canonical string: owner, provider, platform,
// fields, classification, signatures and the statements that exist there. Two projections with
// different strings for an element mean it changed between their plateaus (gap views, gap reports).
import type { Element, Relation } from '../model/types.js';

/** `element` as a projection holds it; references are read as declared, statements as projected. */
export function elementState(element: Element): string {
  const sorted = (relations: readonly Relation[], describe: (relation: Relation) => string) => relations.map(describe).sort();
  const parts: Record<string, unknown> = {};
  switch (element.kind) {
    case 'agency':
      parts.parent = element.parent?.declared?.id;
      parts.kind = element.agencyKind;
      break;
    case 'data':
      parts.owner = element.owner?.declared?.id;
      parts.classification = element.classification;
      parts.privacy = element.privacy;
      parts.fields = element.fields.map(
        (field) =>
          `${field.name}:${field.type.primitive ?? field.type.data?.text}${field.key ? ':key' : ''}${field.personal ? ':personal' : ''}`,
      );
      parts.masters = sorted(element.masteredBy, (relation) => relation.system.id);
      break;
    case 'system':
      parts.owner = element.owner?.declared?.id;
      parts.operator = element.operator?.declared?.id;
      parts.hosting = element.hosting?.declared?.id;
      parts.relations = sorted(
        [...element.masters, ...element.stores, ...element.consumes, ...element.dependsOn, ...element.uses, ...element.signings],
        describeRelation,
      );
      break;
    case 'interface':
      parts.provider = element.provider?.declared?.id;
      parts.via = element.via?.declared?.id;
      parts.classification = element.classification;
      parts.version = element.version;
      parts.signature = element.signature
        ? `${element.signature.level}/${element.signature.format}/${element.signature.with?.declared?.id}`
        : undefined;
      parts.carries = element.payloads
        .map((payload) => `${payload.data.declared?.id}{${payload.allFields ? '*' : payload.fields.map((f) => f.text).join(',')}}`)
        .sort();
      parts.consumers = sorted(element.consumedBy, (relation) => relation.system.id);
      break;
    case 'platform':
      parts.operator = element.operator?.declared?.id;
      parts.kind = element.platformKind;
      break;
    case 'trust':
      parts.operator = element.operator?.declared?.id;
      parts.issuer = element.issuer?.declared?.id;
      parts.levels = element.levels;
      parts.certificates = element.certificates.map((c) => `${c.subject}:${c.validUntil}`);
      break;
    default:
      break;
  }
  return JSON.stringify(parts);
}

function describeRelation(relation: Relation): string {
  switch (relation.kind) {
    case 'masters':
    case 'stores':
      return `${relation.kind}:${relation.data.declared?.id}`;
    case 'consumes':
      return `consumes:${relation.interface.declared?.id}`;
    case 'depends-on':
      return `depends-on:${relation.target.declared?.id}`;
    case 'uses':
      return `uses:${relation.platform.declared?.id}`;
    default:
      return `${relation.kind}:${relation.data.declared?.id}:${relation.signature.level}`;
  }
}
