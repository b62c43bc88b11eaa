// Who exchanges what at one plateau: the agency behind an interface, and where an interface first
// carries each data asset. Shared by the exchange and classification rules; what systems receive
// and interfaces carry is in facts.ts, computed once per plateau.
import type { Agency, Interface, Payload } from '../model/types.js';

/** The agency that provides an interface (its provider's owner), when all of it exists at this plateau. */
export function providingAgency(api: Interface): Agency | undefined {
  return api.provider?.target?.owner?.target;
}

/**
 * For each data asset an interface carries at this plateau, the first payload that carries it
 * (payloads are in source order). An interface has a few payloads: a list is cheaper than a map
 * made for each of the thousands of interfaces, by two rules.
 */
export function firstPayloads(api: Interface): Payload[] {
  const first: Payload[] = [];
  for (const payload of api.payloads) {
    const data = payload.data.target;
    if (data && !first.some((earlier) => earlier.data.target === data)) first.push(payload);
  }
  return first;
}
