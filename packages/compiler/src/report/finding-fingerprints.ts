// Fingerprints that let code scanning follow a finding across edits (SARIF `partialFingerprints`):
// a hash of the rule, the element at fault (the file, for a finding of no element) and the names of
// the model's elements its message quotes in backticks, never a line or column. Only the names: the
// languages quote different keywords and values (`deprecated`, `owner` in Mongolian, not in
// English), the names are the same in every locale. Findings alike in all of these are told apart
// by their order (`:1`, `:2`), as CodeQL's `primaryLocationLineHash` is (decision 0071).
import { createHash } from 'node:crypto';
import type { FindingRecord } from './finding-records.js';

/** The key of gea's fingerprints in `partialFingerprints`; the version changes when what is hashed does. */
export const FINGERPRINT_KEY = 'gea/v1';

/**
 * One fingerprint per record, in order; `file` is the path the record is located by, `isName` says
 * whether a word is the id of one of the model's elements.
 */
export function findingFingerprints(
  records: readonly FindingRecord[],
  file: (record: FindingRecord) => string,
  isName: (word: string) => boolean,
): string[] {
  const seen = new Map<string, number>();
  return records.map((record) => {
    const hash = createHash('sha256')
      .update(JSON.stringify([record.rule, record.element ?? file(record), quotedNames(record.message, isName)]))
      .digest('hex')
      .slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}

/** The names a message quotes, each once, sorted (`signs birth_cert { … }` quotes `birth_cert`). */
export function quotedNames(message: string, isName: (word: string) => boolean): string[] {
  const names = new Set<string>();
  for (const [, code] of message.matchAll(/`([^`]*)`/g)) for (const word of code!.split(/[\s{}(),]+/)) if (isName(word)) names.add(word);
  return [...names].sort();
}
