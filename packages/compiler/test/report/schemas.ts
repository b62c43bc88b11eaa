// The JSON Schemas of the reports, compiled with ajv (2020-12) for the tests.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { REPORT_SCHEMAS } from '../../src/index.js';

const ajv = new Ajv2020({ allErrors: true });

export const validators = Object.fromEntries(
  Object.entries(REPORT_SCHEMAS).map(([name, path]) => [name, ajv.compile(JSON.parse(readFileSync(path, 'utf8')))]),
) as Record<keyof typeof REPORT_SCHEMAS, ReturnType<typeof ajv.compile>>;

/** The errors of validating `json` (a text) against a report schema; none when it is valid. */
export function schemaErrors(name: keyof typeof REPORT_SCHEMAS, json: string): string[] {
  const validate = validators[name];
  return validate(JSON.parse(json)) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
