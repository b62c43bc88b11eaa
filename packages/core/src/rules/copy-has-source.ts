// copy-has-source: a system keeps only copies it is fed. Every field it stores of a data asset it
// does not master is carried by some interface it consumes.
import type { Data, Stores, System } from '../model/types.js';
import { listOf, masteredData, receivedData } from './exchange-flow.js';
import type { Report, Rule, RuleContext } from './rule.js';

export const copyHasSource: Rule<'copy-has-source'> = {
  id: 'copy-has-source',
  severity: 'error',
  check(ctx, report) {
    for (const system of ctx.model.systems) {
      if (!ctx.exists(system) || system.stores.length === 0) continue;
      const mastered = masteredData(ctx, system);
      for (const stores of system.stores) {
        const data = ctx.exists(stores) ? ctx.live(stores.data) : undefined;
        if (data && !mastered.has(data)) checkCopy(ctx, system, stores, data, report);
      }
    }
  },
};

function checkCopy(ctx: RuleContext, system: System, stores: Stores, data: Data, report: Report): void {
  const received = receivedData(ctx, system);
  if (!received.known) return;
  const carried = received.fields.get(data);
  const stored = stores.allFields ? data.fields.map((field) => field.name) : stores.fields.flatMap((field) => (field.target ? [field.target.name] : []));
  const missing = [...new Set(stored)].filter((name) => !carried?.has(name));
  if (missing.length === 0) return;
  const names = listOf(missing.map((name) => `\`${name}\``));
  const message = carried
    ? `system \`${system.id}\` stores ${missing.length === 1 ? 'field' : 'fields'} ${names} of data asset \`${data.id}\`, which no interface it consumes carries; ` +
      `consume an interface that carries ${missing.length === 1 ? 'it' : 'them'}, or stop storing ${missing.length === 1 ? 'it' : 'them'}`
    : `system \`${system.id}\` stores a copy of data asset \`${data.id}\` (${names}) but consumes no interface that carries it; ` +
      `consume an interface that carries those fields (from the master of \`${data.id}\`), or stop storing them`;
  report({ message, source: stores.source, element: system });
}
