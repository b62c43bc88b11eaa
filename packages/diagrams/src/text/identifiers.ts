// Identifiers for the text renderings: every node and group id (full names with dots, possibly
// Cyrillic) mapped to a distinct `[A-Za-z_][A-Za-z0-9_]*` name, readable and stable across runs.
import { latinSpelling, type ViewGraph } from '@gea-arch/core';

export interface TextIdentifiers {
  /** The identifier of a node, by its id; undefined if the view has no such node. */
  node(id: string): string | undefined;
  /** The identifier of a group, by its id; undefined if the view has no such group. */
  group(id: string): string | undefined;
}

/** What a target language counts as one name. */
export interface IdentifierRules {
  /** Names that differ only in letter case are the same name (D2 keys are). */
  readonly caseInsensitive?: boolean;
  /** At most this many characters before a `_2`-style suffix (D2 refuses keys over 518). */
  readonly maxLength?: number;
}

/** Nodes are `n_…` and groups `g_…`, so neither can clash with the other or with a keyword. */
export function assignIdentifiers(graph: Pick<ViewGraph, 'nodes' | 'groups'>, rules: IdentifierRules = {}): TextIdentifiers {
  const nodes = distinctNames(
    'n_',
    graph.nodes.map((node) => node.id),
    rules,
  );
  const groups = distinctNames(
    'g_',
    graph.groups.map((group) => group.id),
    rules,
  );
  return { node: (id) => nodes.get(id), group: (id) => groups.get(id) };
}

/** ASCII letters and digits kept, Cyrillic spelled in Latin, anything else as `_` or `u<hex>`. */
export function asciiName(id: string): string {
  let name = '';
  for (const character of id) {
    if (/[A-Za-z0-9]/.test(character)) name += character;
    else if (/[._\-\s/:]/.test(character)) name += '_';
    else name += latinSpelling(character) ?? `u${character.codePointAt(0)!.toString(16)}`;
  }
  return name;
}

/**
 * Names by id, taken in sorted id order so that the result depends only on the set of ids; an id
 * whose name is already taken gets the first free `_2`, `_3`, ….
 */
function distinctNames(prefix: string, ids: readonly string[], rules: IdentifierRules): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const sameAs = (name: string) => (rules.caseInsensitive ? name.toLowerCase() : name);
  for (const id of [...new Set(ids)].sort(byCodeUnits)) {
    const base = (prefix + asciiName(id)).slice(0, rules.maxLength);
    let name = base;
    for (let repeat = 2; taken.has(sameAs(name)); repeat++) name = `${base}_${repeat}`;
    taken.add(sameAs(name));
    names.set(id, name);
  }
  return names;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
