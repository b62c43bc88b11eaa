import type { Data, Field, Interface } from './types.js';
import type { Privacy } from './vocabulary.js';

const RANK: Readonly<Record<Privacy, number>> = { none: 0, personal: 1, sensitive: 2 };

const most = (a: Privacy, b: Privacy): Privacy => (RANK[b] > RANK[a] ? b : a);

/** The personal data a field holds: its own flag, or its asset's `privacy` (as the rules count it). */
export function fieldPrivacy(field: Field): Privacy {
  return most(field.data.privacy, field.sensitive ? 'sensitive' : field.personal ? 'personal' : 'none');
}

/**
 * The personal data an asset holds (LANGUAGE.md: a field flagged `personal` or `sensitive` makes
 * the asset count as holding personal data): the most of its own `privacy` and its fields' flags.
 */
export function heldPrivacy(data: Data): Privacy {
  let held: Privacy = data.privacy;
  for (const field of data.fields) held = most(held, fieldPrivacy(field));
  return held;
}

/** The personal data an interface carries: the most its payloads' fields (or whole assets) hold. */
export function carriedPrivacy(api: Interface): Privacy {
  let carried: Privacy = 'none';
  for (const payload of api.payloads) {
    const data = payload.data.target;
    if (!data) continue;
    if (payload.allFields) carried = most(carried, heldPrivacy(data));
    else for (const field of payload.fields) if (field.target) carried = most(carried, fieldPrivacy(field.target));
  }
  return carried;
}
