// Which fixed set of values (validation/vocabulary.ts) a property takes, so that a syntax message
// can list them: the same choice the validator makes when it checks the value.
import { VOCABULARY } from '@gea-arch/core';

/** Where one keyword takes different sets in different blocks (rule names of the grammar). */
const BY_BLOCK: Record<string, Record<string, keyof typeof VOCABULARY>> = {
  kind: {
    Agency: 'agencyKind',
    Platform: 'platformKind',
    Trust: 'trustKind',
    Data: 'dataKind',
    View: 'viewKind',
    DependsOnStatement: 'dependencyKind',
  },
  format: { Data: 'documentFormat', '*': 'signatureFormat' },
  formats: { OpenBlock: 'openFormat', '*': 'signatureFormat' },
  level: { '*': 'signatureLevel' },
  levels: { '*': 'signatureLevel' },
  'group-by': { '*': 'groupBy' },
};

/** The values `keyword` takes inside `block` (`kind` in `Agency`), where the set is fixed. */
export function valueSetOf(keyword: string, block: string | undefined): readonly string[] | undefined {
  const byBlock = BY_BLOCK[keyword];
  if (byBlock) {
    const set = (block !== undefined ? byBlock[block] : undefined) ?? byBlock['*'];
    return set ? VOCABULARY[set] : undefined;
  }
  return Object.hasOwn(VOCABULARY, keyword) ? VOCABULARY[keyword as keyof typeof VOCABULARY] : undefined;
}
