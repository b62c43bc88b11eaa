// What an edit changed in a model, element by element, as a build that remembers its views needs to
// know it (remembered-views.ts): each element's digest in full, as labelled in the views' locale,
// and without names (element-digests.ts), and the elements it names; compared with the last
// build's, they say which views the edit can change (decision 0046).
import { createHash } from 'node:crypto';
import { declarationsById, type Finding, type SemanticModel } from '@gea-arch/core';
import type { ElementDigests } from './element-digests.js';

/** What one element (every declaration of one id) says, digested three ways, and what it names. */
export interface ElementRecord {
  readonly id: string;
  /** All it says. */
  readonly full: string;
  /** All but its descriptions and its names in other locales than the views' and the default one. */
  readonly label: string;
  /** All but its names and descriptions. */
  readonly rest: string;
  /** The ids of the elements it names. */
  readonly names: readonly string[];
}

/** How a view read an element: shown it, drawn it before folding, or followed the lists of what names it. */
export const SHOWN = 1;
export const DRAWN = 2;
export const FOLLOWED = 4;

/** The records of a model's elements, one per id in model order, an id's later declarations digested with its first. */
export function elementRecords(
  model: SemanticModel,
  digests: ElementDigests,
  locales: readonly string[],
  last: ReadonlyMap<string, ElementRecord>,
): ElementRecord[] {
  const records: ElementRecord[] = [];
  for (const [id, declarations] of declarationsById(model)) {
    const full = joined(declarations.map((element) => digests.of(element).digest));
    const before = last.get(id);
    // The other two digests, and what it names (written into the full one by id), come from the same walk: unchanged with it.
    if (before?.full === full) {
      records.push(before);
      continue;
    }
    const names = new Set<string>();
    for (const element of declarations) for (const named of digests.of(element).names) names.add(named.id);
    const label = joined(declarations.map((element) => digests.namedDigest(element, locales)));
    const rest = joined(declarations.map((element) => digests.namedDigest(element, [])));
    records.push({ id, full, label, rest, names: [...names] });
  }
  return records;
}

/** Digests of the findings about each element (`#id`) and in each file (`@uri`): what marks a view. */
export function findingDigests(findings: readonly Finding[]): Map<string, string> {
  const written = new Map<string, string>();
  const add = (key: string, line: string) => written.set(key, (written.get(key) ?? '') + line);
  for (const finding of findings) {
    const { rule, severity, waived, element, plateaus, source } = finding;
    const line = `${JSON.stringify([rule, severity, waived, element, plateaus, source])}\n`;
    if (element !== undefined) add(`#${element}`, line);
    add(`@${source.uri}`, line);
  }
  return new Map([...written].map(([key, lines]) => [key, createHash('sha256').update(lines, 'utf16le').digest('base64url')]));
}

/** What changed since the last build, as the views read it. */
export interface ElementChanges {
  /** How each element of the last build's table makes a view that read it stale, by its place there. */
  readonly masks: Uint8Array;
  /**
   * Whether anything changed but descriptions and names in other locales than the views' (and the
   * default one): a view of the whole model, which shows those only of what it shows, is made again.
   */
  readonly beyondNames: boolean;
}

/**
 * How each element of the last build's table makes a view that read it stale: a mask of SHOWN,
 * DRAWN and FOLLOWED, by its place in `before`. A view is made again when it read an element in a
 * way its mask has.
 * - gone: read in any way;
 * - changed at all, or its findings did: shown;
 * - changed more than its names, or names an element whose label changed (an edge's label is its
 *   interface's name), or names an element that names one that changed more than its names (an
 *   interface's platform decides its routes; a provider's lifecycle whether an edge is drawn):
 *   shown or drawn; so are the elements of a file whose findings changed (an edge is marked by the
 *   findings within the statements it draws) and an element whose findings changed;
 * - named, before or after, by an element that changed more than its names (a list of what names
 *   it, an agency's systems or an interface's consumers, may have changed): followed.
 */
export function staleMasks(
  before: readonly ElementRecord[],
  after: readonly ElementRecord[],
  findingsBefore: ReadonlyMap<string, string>,
  findingsAfter: ReadonlyMap<string, string>,
  model: SemanticModel,
): ElementChanges {
  const masks = new Uint8Array(before.length);
  const place = new Map(before.map((record, index) => [record.id, index]));
  const now = new Map(after.map((record) => [record.id, record]));
  const mark = (id: string, mask: number) => {
    const index = place.get(id);
    if (index !== undefined) masks[index]! |= mask;
  };
  const relabelled = new Set<string>();
  const restructured = new Set<string>();
  for (const old of before) {
    const record = now.get(old.id);
    if (!record) {
      mark(old.id, SHOWN | DRAWN | FOLLOWED);
      relabelled.add(old.id);
      restructured.add(old.id);
    } else if (record.full !== old.full) {
      mark(old.id, SHOWN);
      if (record.label !== old.label) relabelled.add(old.id);
      if (record.rest !== old.rest) restructured.add(old.id);
    }
  }
  for (const record of after) {
    if (place.has(record.id)) continue;
    relabelled.add(record.id);
    restructured.add(record.id);
  }
  for (const id of restructured) {
    mark(id, SHOWN | DRAWN);
    for (const named of before[place.get(id) ?? -1]?.names ?? []) mark(named, FOLLOWED);
    for (const named of now.get(id)?.names ?? []) mark(named, FOLLOWED);
  }
  // What names a relabelled element, and what names what names a restructured one.
  const namers = namersOf(after, new Set([...relabelled, ...restructured]));
  for (const id of relabelled) for (const namer of namers.get(id) ?? []) mark(namer, SHOWN | DRAWN);
  const second = namersOf(after, new Set([...restructured].flatMap((id) => namers.get(id) ?? [])));
  for (const id of restructured)
    for (const namer of namers.get(id) ?? []) for (const further of second.get(namer) ?? []) mark(further, SHOWN | DRAWN);
  // Findings: about an element, or anywhere in the file it is declared in.
  const changedFiles = new Set<string>();
  let findingsChanged = false;
  for (const key of new Set([...findingsBefore.keys(), ...findingsAfter.keys()])) {
    if (findingsBefore.get(key) === findingsAfter.get(key)) continue;
    findingsChanged = true;
    if (key.startsWith('#')) mark(key.slice(1), SHOWN | DRAWN);
    else changedFiles.add(key.slice(1));
  }
  if (changedFiles.size > 0)
    for (const element of model.elements) if (changedFiles.has(element.source.uri)) mark(element.id, SHOWN | DRAWN);
  return { masks, beyondNames: findingsChanged || relabelled.size > 0 || restructured.size > 0 };
}

/** For each of `ids`, the elements that name it. */
function namersOf(records: readonly ElementRecord[], ids: ReadonlySet<string>): Map<string, string[]> {
  const namers = new Map<string, string[]>();
  if (ids.size === 0) return namers;
  for (const record of records) {
    for (const named of record.names) {
      if (!ids.has(named)) continue;
      const list = namers.get(named);
      if (list) list.push(record.id);
      else namers.set(named, [record.id]);
    }
  }
  return namers;
}

function joined(digests: readonly string[]): string {
  return digests.length === 1 ? digests[0]! : createHash('sha256').update(digests.join(' ')).digest('base64url');
}
