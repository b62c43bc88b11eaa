// The specs section: for every interface the spec of its style (OpenAPI 3.1, WSDL 1.1 or AsyncAPI
// 3.0), its JSON Schema and its agreement draft, an agreement per consumer, the service catalogue
// and the open data records (DCAT-AP); `gea spec` writes one of them.
import { toolIdentity } from '../build/build-stamp.js';
import { today } from '../check/compile.js';
import { buildSpecs, specInterfaces, specWarnings } from '../spec/index.js';
import type { Emitter, EmitterFormat } from './emitter.js';

const FORMATS = [
  { id: 'openapi', extension: 'openapi.yaml', built: 'always' },
  { id: 'asyncapi', extension: 'asyncapi.yaml', built: 'always' },
  { id: 'wsdl', extension: 'wsdl', built: 'always' },
  // schema.json, and the JSON-LD of catalog.json and open-data.json.
  { id: 'jsonschema', extension: 'json', built: 'always' },
  { id: 'agreement', extension: 'md', built: 'always' },
] as const satisfies readonly EmitterFormat[];

export const specsEmitter: Emitter = {
  id: 'specs',
  section: 'specs',
  formats: FORMATS,
  command: 'spec',
  async emit({ compilation, options }) {
    const { workspace, analysis } = compilation;
    for (const api of specInterfaces(analysis.model))
      for (const warning of specWarnings(api, options.messageLocale)) options.onWarning?.(warning);
    const files = buildSpecs(analysis.model, {
      locale: options.locale ?? workspace.config.locale,
      evaluationDate: options.evaluationDate ?? workspace.config.evaluationDate ?? today(),
      madeWith: toolIdentity(options.toolVersion),
    });
    return { files };
  },
};
