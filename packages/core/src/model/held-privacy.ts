import type { Data } from './types.js';
import type { Privacy } from './vocabulary.js';

const RANK: Readonly<Record<Privacy, number>> = { none: 0, personal: 1, sensitive: 2 };

/**
 * The personal data an asset holds (LANGUAGE.md: a field flagged `personal` or `sensitive` makes
 * the asset count as holding personal data): the most of its own `privacy` and its fields' flags.
 */
export function heldPrivacy(data: Data): Privacy {
  let held: Privacy = data.privacy;
  for (const field of data.fields) {
    const flagged: Privacy = field.sensitive ? 'sensitive' : field.personal ? 'personal' : 'none';
    if (RANK[flagged] > RANK[held]) held = flagged;
  }
  return held;
}
