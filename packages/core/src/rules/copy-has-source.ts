// copy-has-source: a system keeps only copies it is fed. Every field it stores of a data asset it
// does not master is carried by some interface it consumes.
import type { Data, Stores, System } from '../model/types.js';
import type { Report, Rule, RuleContext } from './rule.js';

export const copyHasSource: Rule<'copy-has-source'> = {
  id: 'copy-has-source',
  severity: 'error',
  check(ctx, report) {
    for (const system of ctx.model.systems) {
      // What a system masters is not known while one of its `masters` names something undeclared or absent.
      if (system.stores.length === 0 || !ctx.facts.mastersKnown(system)) continue;
      const mastered = ctx.facts.masteredData(system);
      for (const stores of system.stores) {
        const data = stores.data.target;
        if (data && !mastered.has(data)) checkCopy(ctx, system, stores, data, report);
      }
    }
  },
};

function checkCopy({ facts, words }: RuleContext<'copy-has-source'>, system: System, stores: Stores, data: Data, report: Report): void {
  const received = facts.receivedData(system);
  if (!received.known) return;
  const carried = received.fieldsOf(data);
  const stored = stores.allFields
    ? data.fields.map((field) => field.name)
    : stores.fields.flatMap((field) => (field.target ? [field.target.name] : []));
  const fields = [...new Set(stored)].filter((name) => !carried?.has(name));
  if (fields.length === 0) return;
  const names = { system: system.id, data: data.id, fields };
  report({ message: carried ? words.fieldsWithoutSource(names) : words.copyWithoutSource(names), source: stores.source, element: system });
}
