// Fingerprints that let code scanning follow a finding across edits (SARIF `partialFingerprints`):
// a hash of the rule, the element at fault (the file, for a finding of no element) and the code a
// message quotes in backticks — names, values, keywords, the same in every locale — never a line
// or column. Findings alike in all of these are told apart by their order (`:1`, `:2`), as
// CodeQL's `primaryLocationLineHash` is (decision 0071).
import { createHash } from 'node:crypto';
import type { FindingRecord } from './finding-records.js';

/** The key of gea's fingerprints in `partialFingerprints`; the version changes when what is hashed does. */
export const FINGERPRINT_KEY = 'gea/v1';

/** One fingerprint per record, in order; `file` is the path the record is located by. */
export function findingFingerprints(records: readonly FindingRecord[], file: (record: FindingRecord) => string): string[] {
  const seen = new Map<string, number>();
  return records.map((record) => {
    const hash = createHash('sha256')
      .update(JSON.stringify([record.rule, record.element ?? file(record), quotedCode(record.message)]))
      .digest('hex')
      .slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}

/** The code spans of a message, sorted: word order differs between languages, the code does not. */
export function quotedCode(message: string): string[] {
  return [...message.matchAll(/`([^`]*)`/g)].map((match) => match[1]!).sort();
}
