// single-master: each data asset has exactly one authoritative source at each plateau where it
// exists. None is "no authoritative source"; two or more systems is "once-only violated" (a system
// that masters the asset in two statements is still one source: decision 0047).
import { everyTouched, ofKind } from './affected.js';
import { isRepeat } from '../model/declarations-by-id.js';
import type { Rule } from './rule.js';
import { boundUnknown } from './absent-reference.js';

export const singleMaster: Rule<'single-master'> = {
  id: 'single-master',
  severity: 'error',
  *affected(touched, model) {
    yield* everyTouched(touched);
    // Which of the declarations of an id `byId` answers can change with those made and let go.
    if (touched.ids.size > 0) for (const data of model.data) if (touched.ids.has(data.id)) yield data;
    // A system made again, or let go, may have gained or lost a `masters` naming something
    // undeclared, which any asset may be a near miss of (facts.mastersMisspelt): the check is a
    // look at each asset.
    if ([...ofKind('system', touched.added, touched.removed)].length > 0) yield* model.data;
  },
  check({ model, facts, words }, report) {
    for (const data of model.data) {
      // A second declaration with a taken name is `duplicate-name`'s business: no reference can reach it.
      if (isRepeat(model, data)) continue;
      const masters = data.masteredBy;
      // A master whose lifecycle names an undeclared plateau may or may not be one here.
      if (masters.some((statement) => boundUnknown(statement.lifecycle) || boundUnknown(statement.system.lifecycle))) continue;
      if (masters.length === 0) {
        if (facts.mastersMisspelt().has(data)) continue;
        report({ message: words.noMaster({ data: data.id, localName: data.localName }), source: data.head, element: data });
        continue;
      }
      // Two declarations of one system's id are `duplicate-name`'s business, not two sources.
      if (masters.every((statement) => statement.system.id === masters[0]!.system.id)) continue;
      for (const statement of masters) {
        const others = [
          ...new Set(masters.filter((other) => other.system.id !== statement.system.id).map((other) => other.system.id)),
        ].sort();
        const message = words.rivalMasters({ system: statement.system.id, data: data.id, others, localName: data.localName });
        report({ message, source: statement.source, element: data });
      }
    }
  },
};
