// classification-flow: classified data does not leak. An interface is classified at least as high
// as the most classified data asset it carries, and secret data is never carried via an exchange
// platform nor published as open data.
import type { Interface } from '../model/types.js';
import { everyTouched } from './affected.js';
import { firstPayloads } from './exchange-flow.js';
import { CLASSIFICATION_RANK, classificationUnreadable, isExchange } from './facts.js';
import type { Report, Rule, RuleContext } from './rule.js';

export const classificationFlow: Rule<'classification-flow'> = {
  id: 'classification-flow',
  severity: 'error',
  affected: everyTouched,
  check(ctx, report) {
    for (const api of ctx.model.interfaces) checkInterface(ctx, api, report);
    for (const data of ctx.model.data) {
      if (data.open && data.classification === 'secret')
        report({ message: ctx.words.secretOpen({ data: data.id }), source: data.open.source, element: data });
    }
  },
};

function checkInterface({ words }: RuleContext<'classification-flow'>, api: Interface, report: Report): void {
  const platform = api.via?.target;
  const exchange = isExchange(platform) ? platform!.id : undefined;
  for (const payload of firstPayloads(api)) {
    const data = payload.data.target!;
    const readable = !classificationUnreadable(api) && !classificationUnreadable(data);
    const below = readable && CLASSIFICATION_RANK[api.classification] < CLASSIFICATION_RANK[data.classification];
    const secretViaExchange = data.classification === 'secret' && exchange !== undefined;
    if (!below && !secretViaExchange) continue;
    const stated = { api: api.id, classification: api.classification, stated: api.classificationStated, data: data.id };
    const message = !secretViaExchange
      ? words.below({ ...stated, dataClassification: data.classification })
      : !below
        ? words.secretViaExchange({ api: api.id, data: data.id, platform: exchange! })
        : words.belowAndViaExchange({ ...stated, platform: exchange! });
    report({ message, source: payload.source, element: api });
  }
}
