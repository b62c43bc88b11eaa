// The agency an element belongs to, as reports group by it: an agency itself; the owner of a system
// or data asset; the provider's owner for an interface; the operator of a platform or trust
// service; for a waiver, the agency of what it is on. Read as declared, so it holds at any plateau.
import type { Agency, Element } from '../model/types.js';

export function owningAgency(element: Element, seen = new Set<Element>()): Agency | undefined {
  if (seen.has(element)) return undefined;
  seen.add(element);
  switch (element.kind) {
    case 'agency':
      return element;
    case 'system':
    case 'data':
      return element.owner?.declared;
    case 'interface': {
      const provider = element.provider?.declared;
      return provider && owningAgency(provider, seen);
    }
    case 'platform':
    case 'trust':
      return element.operator?.declared;
    case 'waiver': {
      const on = element.on?.declared;
      return on && owningAgency(on, seen);
    }
    default:
      return undefined;
  }
}
