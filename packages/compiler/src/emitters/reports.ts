// The reports section: the findings as JSON, SARIF and Markdown (`gea check` prints them one at a
// time), the gap between each pair of consecutive plateaus, the agency scorecard and the signature
// map (report/reports.ts). `gea gap` renders one gap, also as the HTML fragment the site embeds.
import { join } from 'node:path';
import { reportFiles } from '../report/reports.js';
import type { Emitter } from './emitter.js';

export const reportsEmitter: Emitter = {
  id: 'reports',
  section: 'reports',
  formats: [
    { id: 'json', extension: 'json', built: 'always' },
    { id: 'sarif', extension: 'sarif', built: 'always' },
    { id: 'md', extension: 'md', built: 'always' },
    { id: 'html', extension: 'html', built: 'never' },
  ],
  command: 'gap',
  async emit({ compilation, records, summary, outDir, options }) {
    const files = reportFiles({
      compilation,
      records,
      summary,
      toolVersion: options.toolVersion,
      folder: join(outDir, reportsEmitter.section),
      locale: options.locale,
    });
    return { files };
  },
};
