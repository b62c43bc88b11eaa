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
  private readonly listed = new Map<string, readonly ValidationCheck[]>();

  /** The checks of a node of `type` in `categories` (all when undefined), as `getChecks` streams them. */
  checksOf(type: string, categories?: readonly ValidationCategory[]): readonly ValidationCheck[] {
    const key = categories ? `${type}\0${categories.join('\0')}` : type;
    let checks = this.listed.get(key);
    if (!checks) this.listed.set(key, (checks = this.getChecks(type, categories ? [...categories] : undefined).toArray()));
    return checks;
  }

  protected override addEntry(type: string, entry: ValidationCheckEntry): void {
    this.listed.clear();
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
