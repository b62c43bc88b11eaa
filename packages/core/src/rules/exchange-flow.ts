// Who exchanges what at one plateau: the agency behind an interface, and where an interface first
// carries each data asset. Shared by the exchange and classification rules; what systems receive
// and interfaces carry is in facts.ts, computed once per plateau.
import type { Agency, Data, Interface, Payload } from '../model/types.js';

/** The agency that provides an interface (its provider's owner), when all of it exists at this plateau. */
export function providingAgency(api: Interface): Agency | undefined {
  return api.provider?.target?.owner?.target;
}

/** Each data asset an interface carries at this plateau, with the first payload that carries it (payloads are in source order). */
export function firstPayloads(api: Interface): Map<Data, Payload> {
  const first = new Map<Data, Payload>();
  for (const payload of api.payloads) {
    const data = payload.data.target;
    if (data && !first.has(data)) first.set(data, payload);
  }
  return first;
}
