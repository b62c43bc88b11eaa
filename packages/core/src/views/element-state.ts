// What an element is at one plateau, as a canonical string: owner, provider, platform, fields,
// classification, signatures and the statements that exist there. Two plateaus with different
// strings mean the element changed between them (gap views, gap reports).
import { existsAt } from '../model/plateaus.js';
import { type Element, type Plateau, type Relation } from '../model/types.js';

export function elementState(element: Element, plateau: Plateau): string {
  const live = (relations: readonly Relation[], describe: (relation: Relation) => string) =>
    relations.filter((relation) => existsAt(relation, plateau)).map(describe).sort();
  const parts: Record<string, unknown> = {};
  switch (element.kind) {
    case 'agency':
      parts.parent = element.parent?.target?.id;
      parts.kind = element.agencyKind;
      break;
    case 'data':
      parts.owner = element.owner?.target?.id;
      parts.classification = element.classification;
      parts.privacy = element.privacy;
      parts.fields = element.fields.map((field) => `${field.name}:${field.type.primitive ?? field.type.data?.text}${field.key ? ':key' : ''}${field.personal ? ':personal' : ''}`);
      parts.masters = live(element.masteredBy, (relation) => relation.system.id);
      break;
    case 'system':
      parts.owner = element.owner?.target?.id;
      parts.operator = element.operator?.target?.id;
      parts.hosting = element.hosting?.target?.id;
      parts.relations = live([...element.masters, ...element.stores, ...element.consumes, ...element.dependsOn, ...element.uses, ...element.signings], describeRelation);
      break;
    case 'interface':
      parts.provider = element.provider?.target?.id;
      parts.via = element.via?.target?.id;
      parts.classification = element.classification;
      parts.version = element.version;
      parts.signature = element.signature ? `${element.signature.level}/${element.signature.format}/${element.signature.with?.target?.id}` : undefined;
      parts.carries = element.payloads.map((payload) => `${payload.data.target?.id}{${payload.allFields ? '*' : payload.fields.map((f) => f.text).join(',')}}`).sort();
      parts.consumers = live(element.consumedBy, (relation) => relation.system.id);
      break;
    case 'platform':
      parts.operator = element.operator?.target?.id;
      parts.kind = element.platformKind;
      break;
    case 'trust':
      parts.operator = element.operator?.target?.id;
      parts.issuer = element.issuer?.target?.id;
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
      return `${relation.kind}:${relation.data.target?.id}`;
    case 'consumes':
      return `consumes:${relation.interface.target?.id}`;
    case 'depends-on':
      return `depends-on:${relation.target.target?.id}`;
    case 'uses':
      return `uses:${relation.platform.target?.id}`;
    default:
      return `${relation.kind}:${relation.data.target?.id}:${relation.signature.level}`;
  }
}
