// provider-authoritative: an interface serves only data its provider is entitled to serve: data
// the provider masters, or receives itself through an interface it consumes.
import type { Interface } from '../model/types.js';
import { firstPayloads, masteredData, receivedData } from './exchange-flow.js';
import type { Report, Rule, RuleContext } from './rule.js';

export const providerAuthoritative: Rule<'provider-authoritative'> = {
  id: 'provider-authoritative',
  severity: 'error',
  check(ctx, report) {
    for (const api of ctx.model.interfaces) if (ctx.exists(api)) checkInterface(ctx, api, report);
  },
};

function checkInterface(ctx: RuleContext, api: Interface, report: Report): void {
  const provider = ctx.live(api.provider);
  if (!provider || api.payloads.length === 0) return;
  const received = receivedData(ctx, provider);
  if (!received.known) return;
  const mastered = masteredData(ctx, provider);
  for (const [data, payload] of firstPayloads(ctx, api)) {
    if (mastered.has(data) || received.fields.has(data)) continue;
    const master = data.masteredBy.find((masters) => ctx.exists(masters) && masters.system !== provider)?.system;
    const fix = master
      ? `serve it from its master system \`${master.id}\`, or have \`${provider.id}\` consume an interface of \`${master.id}\` that carries it`
      : `have \`${provider.id}\` master \`${data.id}\` or consume an interface that carries it, or stop carrying it here`;
    report({
      message: `interface \`${api.id}\` carries data asset \`${data.id}\`, but its provider \`${provider.id}\` neither masters it nor consumes an interface that carries it; ${fix}`,
      source: payload.source,
      element: api,
    });
  }
}
