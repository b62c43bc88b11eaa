// Data flow of a data asset: its master, the interfaces that carry it, their consumers, and the
// systems that keep copies.
import type { Data } from '../model/types.js';
import type { GraphBuilder } from './graph-builder.js';
import type { StatusOf } from './status.js';

/** `data` is the data asset's copy in the projection the view is drawn at. */
export function drawDataflow(data: Data, builder: GraphBuilder, status: StatusOf): void {
  builder.addNode(data);
  for (const masters of data.masteredBy) {
    builder.addNode(masters.system);
    builder.addEdge('masters', masters.system, data, {
      status: status(masters),
      tooltip: `${masters.system.id} masters ${data.id}`,
      statements: [masters.source],
    });
  }
  const carriers = [...new Set(data.carriedBy.map((payload) => payload.interface))];
  for (const api of carriers) {
    builder.addNode(api);
    const carried = data.carriedBy
      .filter((payload) => payload.interface === api)
      .map((payload) => `${payload.carrier} ${payload.role} ${data.id}`);
    builder.addEdge('carries', api, data, {
      status: status(api),
      tooltip: `${api.id} { ${carried.join('; ')} }`,
      statements: data.carriedBy.filter((payload) => payload.interface === api).map((payload) => payload.source),
    });
    const provider = api.provider?.target;
    if (provider) {
      builder.addNode(provider);
      builder.addEdge('provides', provider, api, {
        status: status(api),
        tooltip: `${api.id} provider ${provider.id}`,
        statements: api.provider ? [api.provider.source] : [],
      });
    }
    for (const consumption of api.consumedBy) {
      builder.addNode(consumption.system);
      builder.addEdge('consumes', consumption.system, api, {
        label: consumption.purpose,
        status: status(consumption),
        tooltip: `${consumption.system.id} consumes ${api.id}${consumption.purpose ? ` { purpose ${JSON.stringify(consumption.purpose)} }` : ''}`,
        statements: [consumption.source],
      });
    }
  }
  for (const stores of data.storedBy) {
    builder.addNode(stores.system);
    const fields = stores.allFields ? undefined : stores.fields.map((field) => field.text).join(', ');
    builder.addEdge('stores', stores.system, data, {
      label: fields,
      status: status(stores),
      tooltip: `${stores.system.id} stores ${data.id}${fields ? ` { ${fields} }` : ''}`,
      statements: [stores.source],
    });
  }
}
