// The reports section: the findings as JSON and SARIF (`gea check` prints them one at a time).
import { findingsJson } from '../report/findings-json.js';
import { findingsSarif } from '../report/findings-sarif.js';
import type { Emitter } from './emitter.js';

export const reportsEmitter: Emitter = {
  id: 'reports',
  section: 'reports',
  formats: [
    { id: 'json', extension: 'json', built: 'always' },
    { id: 'sarif', extension: 'sarif', built: 'always' },
  ],
  async emit({ compilation, records, summary, options }) {
    const files = new Map<string, string>([
      ['findings.json', findingsJson(records, summary)],
      ['findings.sarif', findingsSarif(records, { version: options.toolVersion }, compilation.workspace)],
    ]);
    return { files };
  },
};
