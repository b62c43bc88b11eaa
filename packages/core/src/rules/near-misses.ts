// What a reference that names nothing declared may have meant. An unresolved reference is
// `unresolved-reference`'s finding alone (RULES.md): a rule that reports an element for lacking a
// statement that names it (a data asset with no master) does not, while such a statement names
// something undeclared that is a near miss of it (`masters citizn`, `citizen`).
import type { Element, Ref } from '../model/types.js';
import { CloseMatches } from '../words/suggest.js';

/** The candidates whose local or full name is a close match of what an undeclared reference among `references` wrote. */
export function meantBy<T extends Element>(references: Iterable<Ref<T>>, candidates: readonly T[]): ReadonlySet<T> {
  const written = new Set<string>();
  for (const reference of references) if (reference.declared === undefined) written.add(reference.text);
  const meant = new Set<T>();
  if (written.size === 0) return meant;
  const byName = new Map<string, T[]>();
  for (const candidate of candidates) {
    for (const name of new Set([candidate.localName, candidate.id])) {
      const same = byName.get(name);
      if (same) same.push(candidate);
      else byName.set(name, [candidate]);
    }
  }
  const matches = new CloseMatches(byName.keys());
  for (const text of written) for (const name of matches.to(text)) for (const candidate of byName.get(name)!) meant.add(candidate);
  return meant;
}
