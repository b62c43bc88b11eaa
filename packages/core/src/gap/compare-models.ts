// The TOGAF gap matrix between two states of the architecture (two plateaus of one model, or one
// model at two revisions): per layer, what is kept, new, eliminated, and changed (with what
// differs). Elements are matched by full name.
import type { Element, ElementKind, SemanticModel, SourceRange } from '../model/types.js';
import { elementChanges, type PropertyChange } from './changes.js';
import { LAYER_OF_KIND, LAYERS, layeredElements, type Layer } from './layers.js';
import { owningAgency } from './owning-agency.js';
import { isStableAcrossPlateaus } from './stable-elements.js';

/** What a report needs to name an element and point at its declaration, whichever state it is from. */
export interface ElementSummary {
  readonly id: string;
  readonly kind: ElementKind;
  readonly names: Readonly<Record<string, string>>;
  readonly localName: string;
  /** Its declaration's head. */
  readonly source: SourceRange;
  /** The agency it belongs to (see owningAgency), by full name. */
  readonly agency?: string;
}

export interface ElementChange {
  readonly element: ElementSummary;
  readonly changes: readonly PropertyChange[];
}

export interface LayerComparison {
  /** In both states and the same in both. */
  readonly kept: readonly ElementSummary[];
  readonly new: readonly ElementSummary[];
  readonly eliminated: readonly ElementSummary[];
  /** In both states, with what differs. */
  readonly changed: readonly ElementChange[];
}

export type ModelComparison = Readonly<Record<Layer, LayerComparison>>;

export function summarizeElement(element: Element): ElementSummary {
  const agency = owningAgency(element)?.id;
  return {
    id: element.id,
    kind: element.kind,
    names: element.names,
    localName: element.localName,
    source: element.head,
    ...(agency !== undefined ? { agency } : {}),
  };
}

/**
 * Every layer's matrix, each list sorted by full name. Made once per pair of states and shared
 * (frozen): a build analyses the same gap for its report and for each language of the site, on the
 * same projections (modelAt).
 */
export function compareModels(before: SemanticModel, after: SemanticModel): ModelComparison {
  let made = COMPARISONS.get(before);
  if (!made) COMPARISONS.set(before, (made = new WeakMap()));
  let comparison = made.get(after);
  if (!comparison) made.set(after, (comparison = compare(before, after)));
  return comparison;
}

const COMPARISONS = new WeakMap<SemanticModel, WeakMap<SemanticModel, ModelComparison>>();

function compare(before: SemanticModel, after: SemanticModel): ModelComparison {
  // Two plateaus of one model: an element listing nothing with a lifecycle is the same at both.
  const whole = 'whole' in before && 'whole' in after && before.whole === after.whole ? (before.whole as SemanticModel) : undefined;
  const same = whole && ((element: Element) => isStableAcrossPlateaus(whole.byId.get(element.id)!));
  const all = compareElements(layeredElements(before), layeredElements(after), same, false);
  const inLayer = (layer: Layer) => (summary: ElementSummary) => LAYER_OF_KIND[summary.kind] === layer;
  return Object.freeze(
    Object.fromEntries(
      LAYERS.map((layer) => [
        layer,
        Object.freeze({
          kept: Object.freeze(all.kept.filter(inLayer(layer))),
          new: Object.freeze(all.new.filter(inLayer(layer))),
          eliminated: Object.freeze(all.eliminated.filter(inLayer(layer))),
          changed: Object.freeze(all.changed.filter((change) => inLayer(layer)(change.element))),
        }),
      ]),
    ) as unknown as ModelComparison,
  );
}

/** The elements of two states, each by full name, compared: every list sorted by full name. */
export function compareElements(
  earlier: ReadonlyMap<string, Element>,
  later: ReadonlyMap<string, Element>,
  /** Says of an element in both states that it is the same in both, without comparing its properties. */
  same?: (element: Element) => boolean,
  /** Statements are told with their lifecycles (two revisions), or as they exist (two plateaus' projections). */
  statementLifecycles = true,
): LayerComparison {
  const kept: ElementSummary[] = [];
  const added: ElementSummary[] = [];
  const eliminated: ElementSummary[] = [];
  const changed: ElementChange[] = [];
  for (const id of [...new Set([...earlier.keys(), ...later.keys()])].sort(compareText)) {
    const was = earlier.get(id);
    const is = later.get(id);
    if (is && !was) added.push(summarizeElement(is));
    else if (was && !is) eliminated.push(summarizeElement(was));
    else if (was && is) {
      // A full name that changed kind (a system that became a data asset) is one eliminated, one new.
      if (was.kind !== is.kind) {
        eliminated.push(summarizeElement(was));
        added.push(summarizeElement(is));
        continue;
      }
      const changes = same?.(is) ? [] : elementChanges(was, is, statementLifecycles);
      if (changes.length === 0) kept.push(summarizeElement(is));
      else changed.push({ element: summarizeElement(is), changes });
    }
  }
  return { kept, new: added, eliminated, changed };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
