// A batch (documentsDiscarded) reads the model's ranges from the syntax tree's tokens, the
// language server through Langium's range cache: every range must be the same either way, with
// comments and blank lines around statements and in syntax that does not parse.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocuments, EVERY_CONSTRUCT, geaFilesIn, modelRanges, MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { NumberedRange } from '@gea-arch/core';
import { buildSemanticModel } from '../src/index.js';

const COMMENTED = `
/** Доод түвшин */
agency a "А" { // мөрийн тайлбар
  kind agency /* блок */
}
system s "С" {
  owner a // эзэн
  /* өмнө */ masters d /* ард */
  consumes api { purpose "шалгалт" } // хэрэглээ
}
data d "Д" { owner a fields { id: string key /* түлхүүр */, name: string } }
interface api "И" { provider s operation get { output d { id } } }
`;

const BROKEN = `
agency a "А" { kind agency
system s "С" { owner a masters }
data d { fields { id: , } }
interface api { provider nowhere operation { output } }
`;

describe('ranges read from tokens', () => {
  it.each([
    ['every construct', () => readFileSync(EVERY_CONSTRUCT, 'utf8')],
    ['the Mongolia example', () => geaFilesIn(MONGOLIA_EXAMPLE)],
    ['comments around statements', () => COMMENTED],
    ['syntax that does not parse', () => BROKEN],
  ])('are those of Langium’s cache: %s', async (_, sources) => {
    const documents = await buildDocuments(sources());
    const fromTokens = modelRanges(buildSemanticModel(documents, { documentsDiscarded: true }));
    const fromCache = modelRanges(buildSemanticModel(documents));
    expect(fromTokens.length).toBeGreaterThan(10);
    expect(fromTokens).toEqual(fromCache);
  });

  it('are kept as numbers in a batch, as plain positions for the language server', async () => {
    const documents = await buildDocuments(COMMENTED);
    const batch = buildSemanticModel(documents, { documentsDiscarded: true }).systems[0]!;
    expect(batch.source).toBeInstanceOf(NumberedRange);
    expect(batch.head).toBeInstanceOf(NumberedRange);
    expect(batch.owner?.source).toBeInstanceOf(NumberedRange);
    expect(batch.head).toMatchObject({ start: { line: 5, character: 0 }, end: { line: 5, character: 12 } });
    const served = buildSemanticModel(documents).systems[0]!;
    expect(served.source).not.toBeInstanceOf(NumberedRange);
    expect(served.head).toEqual({ uri: batch.head.uri, start: { line: 5, character: 0 }, end: { line: 5, character: 12 } });
  });
});
