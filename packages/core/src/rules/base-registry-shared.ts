// base-registry-shared: an authoritative state register is offered to other agencies through the
// national exchange, so that they reuse it instead of keeping copies of their own.
import type { Data } from '../model/types.js';
import { isExchange } from './facts.js';
import type { Rule, RuleContext } from './rule.js';

export const baseRegistryShared: Rule<'base-registry-shared'> = {
  id: 'base-registry-shared',
  severity: 'warning',
  check(ctx, report) {
    for (const data of ctx.model.data) {
      if (!data.baseRegistry || !ctx.exists(data) || sharedViaExchange(ctx, data)) continue;
      report({
        message:
          `base registry \`${data.id}\` is carried by no interface via an exchange platform; ` +
          `offer it through an interface \`via\` a platform of kind \`exchange\` so that other agencies reuse it instead of copying it`,
        source: data.head,
        element: data,
      });
    }
  },
};

/**
 * Whether some interface that exists here carries the asset via an exchange platform. An interface
 * whose `via` is unresolved, or names a platform that does not exist here, counts as sharing it:
 * that reference is `unresolved-reference`'s or `lifecycle-dependency`'s business.
 */
function sharedViaExchange(ctx: RuleContext, data: Data): boolean {
  return data.carriedBy.some((payload) => {
    const api = payload.interface;
    if (!ctx.exists(api) || ctx.live(payload.data) !== data || !api.via) return false;
    const platform = ctx.live(api.via);
    return platform === undefined || isExchange(platform);
  });
}
