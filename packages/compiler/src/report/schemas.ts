// Where the JSON Schemas of the machine-readable reports are (schemas/ beside src/ and dist/).
import { fileURLToPath } from 'node:url';

const schema = (name: string) => fileURLToPath(new URL(`../../schemas/${name}.schema.json`, import.meta.url));

export const REPORT_SCHEMAS = {
  findings: schema('findings'),
  gap: schema('gap'),
  diff: schema('diff'),
  scorecard: schema('scorecard'),
  signatures: schema('signatures'),
} as const;
