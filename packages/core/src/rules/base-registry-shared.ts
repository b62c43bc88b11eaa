// base-registry-shared: an authoritative state register is offered to other agencies through the
// national exchange, so that they reuse it instead of keeping copies of their own.
import type { Data } from '../model/types.js';
import { everyTouched, ofKind } from './affected.js';
import { countsAsExchange } from './facts.js';
import { isRepeat } from '../model/declarations-by-id.js';
import type { Rule } from './rule.js';

export const baseRegistryShared: Rule<'base-registry-shared'> = {
  id: 'base-registry-shared',
  severity: 'warning',
  *affected(touched, model) {
    yield* everyTouched(touched);
    // Which of the declarations of an id is the first can change with those made and let go.
    if (touched.ids.size > 0) for (const data of model.data) if (touched.ids.has(data.id)) yield data;
    // The platform of an interface that carries the asset.
    for (const api of ofKind('interface', touched.repointed))
      for (const payload of api.payloads) if (payload.data.target) yield payload.data.target;
  },
  check({ model, words }, report) {
    for (const data of model.data) {
      if (data.baseRegistry && !isRepeat(model, data) && !sharedViaExchange(data))
        report({ message: words.unshared({ data: data.id }), source: data.head, element: data });
    }
  },
};

/**
 * Whether some interface carries the asset via an exchange platform. An interface whose `via` is
 * unresolved, names a platform that does not exist here or one whose kind could not be read, counts
 * as sharing it: that is `unresolved-reference`'s, `lifecycle-dependency`'s or the syntax error's business.
 */
function sharedViaExchange(data: Data): boolean {
  return data.carriedBy.some(({ interface: api }) => countsAsExchange(api));
}
