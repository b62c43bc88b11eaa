// `gea check --format json` and reports/findings.json.
import type { FindingRecord, FindingSummary } from './finding-records.js';

export function findingsJson(records: readonly FindingRecord[], summary: FindingSummary): string {
  const findings = records.map(({ justification: _justification, ...record }) => record);
  return `${JSON.stringify({ findings, summary }, null, 2)}\n`;
}
