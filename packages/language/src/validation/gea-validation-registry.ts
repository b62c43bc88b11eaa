// Langium's validation registry, with each node type's checks listed once and a check that returns
// no promise called without one: Langium builds three streams for every node it validates and
// wraps every check in an async function, a promise per node of a national model's million.
import { type MaybePromise, type ValidationCategory, type ValidationCheck, ValidationRegistry } from 'langium';

/** Langium's (not exported). */
interface ValidationCheckEntry {
  readonly check: ValidationCheck;
  readonly category: ValidationCategory;
}

const FAILED_CHECK = 'An error occurred during validation';

export class GeaValidationRegistry extends ValidationRegistry {
  /** The checks of each node type, by the categories asked for (`all` for every one). */
  private readonly listed = new Map<string, Map<string, readonly ValidationCheck[]>>();
  /**
   * The categories last asked for, with their lists: every node of a document asks with the same
   * array (Langium makes one per validation and never changes it), and a key made of it for each of
   * a national model's million nodes was a string to make and hash each time.
   */
  private last: { categories: readonly ValidationCategory[] | undefined; byType: Map<string, readonly ValidationCheck[]> } | undefined;

  /** The checks of a node of `type` in `categories` (all when undefined), as `getChecks` streams them. */
  checksOf(type: string, categories?: readonly ValidationCategory[]): readonly ValidationCheck[] {
    let last = this.last;
    if (!last || last.categories !== categories) {
      const key = categories ? `in ${categories.join(' ')}` : 'all';
      let byType = this.listed.get(key);
      if (!byType) this.listed.set(key, (byType = new Map()));
      this.last = last = { categories, byType };
    }
    let checks = last.byType.get(type);
    if (!checks) last.byType.set(type, (checks = this.getChecks(type, categories ? [...categories] : undefined).toArray()));
    return checks;
  }

  protected override addEntry(type: string, entry: ValidationCheckEntry): void {
    this.listed.clear();
    this.last = undefined;
    super.addEntry(type, entry);
  }

  /** As Langium's (an exception is reported on the node; a cancellation is passed on), synchronous for a synchronous check. */
  protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
    // Called for every node: nothing is allocated unless the check returns a promise or throws.
    return (node, accept, cancelToken): MaybePromise<void> => {
      try {
        const result = check.call(thisObj, node, accept, cancelToken);
        return isPromise(result) ? this.handleException(() => result, FAILED_CHECK, accept, node) : undefined;
      } catch (error) {
        return this.handleException(() => Promise.reject(error), FAILED_CHECK, accept, node);
      }
    };
  }
}

function isPromise(value: MaybePromise<void>): value is Promise<void> {
  return typeof (value as Promise<void> | undefined)?.then === 'function';
}
