// Integration of a platform: every interface on it, who provides it and who consumes it.
import { existsAt } from '../model/plateaus.js';
import { type Plateau, type Platform } from '../model/types.js';
import type { Status } from './view-graph.js';
import type { GraphBuilder } from './graph-builder.js';

export function drawIntegration(platform: Platform, plateau: Plateau, builder: GraphBuilder, status: (thing: Parameters<typeof existsAt>[0]) => Status): void {
  const exists = (thing: Parameters<typeof existsAt>[0]) => existsAt(thing, plateau);
  for (const api of platform.interfaces) {
    if (!exists(api)) continue;
    builder.addNode(api);
    const provider = api.provider?.target;
    if (provider && exists(provider)) {
      builder.addNode(provider);
      builder.addEdge('provides', provider, api, { status: status(api), tooltip: `${provider.id} provides ${api.id}` });
    }
    for (const consumption of api.consumedBy) {
      if (!exists(consumption)) continue;
      builder.addNode(consumption.system);
      builder.addEdge('consumes', consumption.system, api, { label: consumption.purpose, status: status(consumption), tooltip: `${consumption.system.id} consumes ${api.id}` });
    }
  }
}
