// Integration of a platform: every interface on it, who provides it and who consumes it.
import type { Platform } from '../model/types.js';
import type { GraphBuilder } from './graph-builder.js';
import type { StatusOf } from './status.js';

/** `platform` is the platform's copy in the projection the view is drawn at. */
export function drawIntegration(platform: Platform, builder: GraphBuilder, status: StatusOf): void {
  // A platform nothing runs on yet is still the subject of its view: drawn alone.
  if (platform.interfaces.length === 0) builder.addNode(platform);
  for (const api of platform.interfaces) {
    builder.addNode(api);
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
        via: platform.id,
        status: status(consumption),
        tooltip: `${consumption.system.id} consumes ${api.id}`,
        statements: [consumption.source],
      });
    }
  }
}
