// provider-authoritative: an interface serves only data its provider is entitled to serve: data
// the provider masters, or receives itself through an interface it consumes.
import type { Interface } from '../model/types.js';
import { firstPayloads, masteredData, receivedData } from './exchange-flow.js';
import type { Report, Rule, RuleContext } from './rule.js';

export const providerAuthoritative: Rule = {
  id: 'provider-authoritative',
  severity: 'error',
  summary: 'An interface carries only data its provider masters or itself receives through an interface it consumes.',
  explanation: `Consumers trust an interface to deliver authoritative data. When a system publishes a data
asset that it neither masters nor receives from its master through a consumed interface, the
interface hands out data of unknown origin: a shadow copy that drifts from the register. The
check is per data asset: the provider masters the asset, or consumes an interface that carries
it (a field whose type is another data asset does not count as carrying that asset). It is
reported once per interface and data asset, at the first input, output or payload that carries it.

Bad (pension neither masters nor receives citizen):
  interface pension_citizen "Тэтгэвэр авагчийн мэдээлэл" {
    provider pension  via khur  style rest  version "1.0.0"
    operation get_pensioner { method GET path "/pensioners/{register_no}" output citizen { register_no, surname } }
  }

Good (the register's own system serves it, or pension first consumes citizen_lookup):
  interface citizen_lookup "Иргэний лавлагаа" {
    provider civil_registry  via khur  style rest  version "2.0.0"
    operation get_citizen { method GET path "/citizens/{register_no}" output citizen { register_no, surname } }
  }`,
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
