// Data flow of a data asset: its master, the interfaces that carry it, their consumers, and the
// systems that keep copies.
import { existsAt } from '../model/plateaus.js';
import { type Data, type Plateau, type SemanticModel } from '../model/types.js';
import type { Status } from './view-graph.js';
import { labelOf } from './element-text.js';
import type { GraphBuilder } from './graph-builder.js';

export function drawDataflow(model: SemanticModel, data: Data, plateau: Plateau, builder: GraphBuilder, status: (thing: Parameters<typeof existsAt>[0]) => Status, locale: string): void {
  const exists = (thing: Parameters<typeof existsAt>[0]) => existsAt(thing, plateau);
  if (!exists(data)) return;
  builder.addNode(data);
  for (const masters of data.masteredBy) {
    if (!exists(masters)) continue;
    builder.addNode(masters.system);
    builder.addEdge('masters', masters.system, data, { status: status(masters), tooltip: `${masters.system.id} masters ${data.id}` });
  }
  const carriers = [...new Set(data.carriedBy.map((payload) => payload.interface))].filter(exists);
  for (const api of carriers) {
    builder.addNode(api);
    builder.addEdge('carries', api, data, { status: status(api), tooltip: `${api.id} carries ${data.id}` });
    const provider = api.provider?.target;
    if (provider && exists(provider)) {
      builder.addNode(provider);
      builder.addEdge('provides', provider, api, { status: status(api), tooltip: `${provider.id} provides ${api.id}` });
    }
    for (const consumption of api.consumedBy) {
      if (!exists(consumption)) continue;
      builder.addNode(consumption.system);
      builder.addEdge('consumes', consumption.system, api, {
        label: consumption.purpose,
        status: status(consumption),
        tooltip: `${consumption.system.id} consumes ${api.id}${consumption.purpose ? `: ${consumption.purpose}` : ''}`,
      });
    }
  }
  for (const stores of data.storedBy) {
    if (!exists(stores)) continue;
    builder.addNode(stores.system);
    const fields = stores.allFields ? undefined : stores.fields.map((field) => field.text).join(', ');
    builder.addEdge('stores', stores.system, data, {
      label: fields,
      status: status(stores),
      tooltip: `${stores.system.id} stores a copy of ${labelOf(data, locale, model)}${fields ? ` (${fields})` : ''}`,
    });
  }
}
