// What an edit can have changed for a rule (decision 0036), as the elements the rule visits that
// reach a touched copy by the references it follows. A copy made again is reached by whatever
// names it (their references were pointed again); what lies past an element that stayed changes
// only when that element's references were pointed again, or its lists of those that name it.
import type { Touched } from '../model/projection-history.js';
import type { Data, Element, Interface, System } from '../model/types.js';

/** Every copy touched: enough for a rule that reads the element it visits and what that names directly. */
export function* everyTouched(touched: Touched): Iterable<Element> {
  yield* touched.added;
  yield* touched.repointed;
  yield* touched.relisted;
}

/** The touched copies of one kind, in the given lists (`touched.repointed`, …). */
export function* ofKind<K extends Element['kind']>(
  kind: K,
  ...sets: ReadonlyArray<Iterable<Element>>
): Iterable<Extract<Element, { kind: K }>> {
  for (const set of sets) for (const element of set) if (element.kind === kind) yield element as Extract<Element, { kind: K }>;
}

/** The systems that consume the interfaces. */
export function* consumersOf(apis: Iterable<Interface>): Iterable<System> {
  for (const api of apis) for (const consumption of api.consumedBy) yield consumption.system;
}

/** The interfaces the systems provide. */
export function* providedBy(systems: Iterable<System>): Iterable<Interface> {
  for (const system of systems) yield* system.provides;
}

/** The interfaces that carry the data assets. */
export function* carriersOf(assets: Iterable<Data>): Iterable<Interface> {
  for (const data of assets) for (const payload of data.carriedBy) yield payload.interface;
}
