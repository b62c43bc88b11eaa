// classification-flow: classified data does not leak. An interface is classified at least as high
// as the most classified data asset it carries, and secret data is never carried via an exchange
// platform nor published as open data.
import type { Interface } from '../model/types.js';
import { firstPayloads } from './exchange-flow.js';
import { CLASSIFICATION_RANK, isExchange } from './facts.js';
import type { Report, Rule, RuleContext } from './rule.js';

export const classificationFlow: Rule<'classification-flow'> = {
  id: 'classification-flow',
  severity: 'error',
  check(ctx, report) {
    for (const api of ctx.model.interfaces) {
      if (ctx.exists(api)) checkInterface(ctx, api, report);
    }
    for (const data of ctx.model.data) {
      if (data.open && data.classification === 'secret' && ctx.exists(data)) {
        report({
          message: `secret data asset \`${data.id}\` is published as open data; remove its \`open\` block (secret data is never published)`,
          source: data.open.source,
          element: data,
        });
      }
    }
  },
};

function checkInterface(ctx: RuleContext, api: Interface, report: Report): void {
  const platform = ctx.live(api.via);
  const viaExchange = isExchange(platform) ? platform : undefined;
  for (const [data, payload] of firstPayloads(ctx, api)) {
    const below = CLASSIFICATION_RANK[api.classification] < CLASSIFICATION_RANK[data.classification];
    const secretViaExchange = data.classification === 'secret' && viaExchange !== undefined;
    if (!below && !secretViaExchange) continue;
    const classified = `is classified \`${api.classification}\`${api.classificationStated ? '' : ' (unstated counts as internal)'}`;
    let message: string;
    if (!secretViaExchange) {
      message =
        `interface \`${api.id}\` ${classified} but carries \`${data.classification}\` data asset \`${data.id}\`; ` +
        `state \`classification ${data.classification}\` (or higher) on the interface, or stop carrying \`${data.id}\``;
    } else if (!below) {
      message =
        `interface \`${api.id}\` carries secret data asset \`${data.id}\` via exchange platform \`${viaExchange!.id}\`; ` +
        `secret data is never carried via an exchange platform: stop carrying \`${data.id}\` here, or take the interface off \`${viaExchange!.id}\``;
    } else {
      message =
        `interface \`${api.id}\` ${classified} but carries secret data asset \`${data.id}\`, and does so via exchange platform \`${viaExchange!.id}\`; ` +
        `secret data is never carried via an exchange platform: stop carrying \`${data.id}\` here, or take the interface off \`${viaExchange!.id}\` and classify it \`secret\``;
    }
    report({ message, source: payload.source, element: api });
  }
}
