// base-registry-shared: an authoritative state register is offered to other agencies through the
// national exchange, so that they reuse it instead of keeping copies of their own.
import type { Data, SemanticModel } from '../model/types.js';
import { meantBy } from './near-misses.js';
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
    // An interface made again may have gained or lost a payload naming something undeclared or
    // nothing, which any asset may be what was meant by (`maybeShared`).
    if ([...ofKind('interface', touched.added)].length > 0) yield* model.data;
  },
  check({ model, words }, report) {
    let meant: ReadonlySet<Data> | undefined;
    for (const data of model.data) {
      if (!data.baseRegistry || isRepeat(model, data) || sharedViaExchange(data)) continue;
      if ((meant ??= maybeShared(model)).has(data)) continue;
      report({ message: words.unshared({ data: data.id }), source: data.head, element: data });
    }
  },
};

/**
 * The assets that an interface via an exchange platform may carry where its payload names something
 * undeclared (a near miss of the asset: RULES.md, an unresolved reference yields only
 * `unresolved-reference`) or nothing at all (`output` alone: every asset).
 */
function maybeShared(model: SemanticModel): ReadonlySet<Data> {
  const exchanged = model.interfaces.filter(countsAsExchange);
  if (exchanged.some((api) => api.namingNothing !== undefined)) return new Set(model.data);
  return meantBy(
    exchanged.flatMap((api) => api.payloads.map((payload) => payload.data)),
    model.data,
  );
}

/**
 * Whether some interface carries the asset via an exchange platform. An interface whose `via` is
 * unresolved, names a platform that does not exist here or one whose kind could not be read, counts
 * as sharing it: that is `unresolved-reference`'s, `lifecycle-dependency`'s or the syntax error's business.
 */
function sharedViaExchange(data: Data): boolean {
  return data.carriedBy.some(({ interface: api }) => countsAsExchange(api));
}
