// provider-authoritative: an interface serves only data its provider is entitled to serve: data
// the provider masters, or receives itself through an interface it consumes.
import type { Interface } from '../model/types.js';
import { carriersOf, consumersOf, everyTouched, ofKind, providedBy } from './affected.js';
import { firstPayloads } from './exchange-flow.js';
import type { ReceivedData } from './facts.js';
import type { Report, Rule, RuleContext } from './rule.js';

export const providerAuthoritative: Rule<'provider-authoritative'> = {
  id: 'provider-authoritative',
  severity: 'error',
  *affected(touched) {
    yield* everyTouched(touched);
    // What the provider masters and receives (its statements, what the interfaces it consumes
    // carry), and who else masters a data asset it serves (in the message).
    yield* providedBy(ofKind('system', touched.repointed));
    yield* providedBy(consumersOf(ofKind('interface', touched.repointed)));
    yield* carriersOf(ofKind('data', touched.relisted));
  },
  check(ctx, report) {
    for (const api of ctx.model.interfaces) checkInterface(ctx, api, report);
  },
};

function checkInterface({ facts, words }: RuleContext<'provider-authoritative'>, api: Interface, report: Report): void {
  const provider = api.provider?.target;
  if (!provider || api.payloads.length === 0) return;
  const mastered = facts.masteredData(provider);
  // What the provider receives is asked only for data it does not master: most providers serve their own.
  let received: ReceivedData | undefined;
  for (const payload of firstPayloads(api)) {
    const data = payload.data.target!;
    if (mastered.has(data)) continue;
    // A `masters` of the provider naming something undeclared or absent: it may master this one.
    if (!facts.mastersKnown(provider)) return;
    received ??= facts.receivedData(provider);
    // Unknown when a consumed interface is unresolved or absent here: nothing is reported.
    if (!received.known) return;
    if (received.assets.has(data)) continue;
    const master = data.masteredBy.find((masters) => masters.system !== provider)?.system;
    report({
      message: words.unentitled({ api: api.id, data: data.id, provider: provider.id, master: master?.id }),
      source: payload.source,
      element: api,
    });
  }
}
