// A batch (documentsDiscarded) reads the model's ranges from the syntax tree's tokens, the
// language server through Langium's range cache: every range must be the same either way, with
// comments and blank lines around statements and in syntax that does not parse.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SemanticModel } from '@gea-arch/core';
import { buildDocuments, EVERY_CONSTRUCT, MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
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

/** Every source range reachable from the model, in the order a walk of its objects meets them. */
function rangesOf(model: SemanticModel): string[] {
  const ranges: string[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if ('uri' in value && 'start' in value && 'end' in value) ranges.push(JSON.stringify(value));
    for (const member of Object.values(value)) walk(member);
  };
  for (const element of model.elements) walk(element);
  return ranges;
}

function mongolia(): Record<string, string> {
  const files = readdirSync(MONGOLIA_EXAMPLE, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.gea'));
  return Object.fromEntries(files.map((path) => [path.replaceAll('\\', '/'), readFileSync(join(MONGOLIA_EXAMPLE, path), 'utf8')]));
}

describe('ranges read from tokens', () => {
  it.each([
    ['every construct', () => readFileSync(EVERY_CONSTRUCT, 'utf8')],
    ['the Mongolia example', mongolia],
    ['comments around statements', () => COMMENTED],
    ['syntax that does not parse', () => BROKEN],
  ])('are those of Langium’s cache: %s', async (_, sources) => {
    const documents = await buildDocuments(sources());
    const fromTokens = rangesOf(buildSemanticModel(documents, { documentsDiscarded: true }));
    const fromCache = rangesOf(buildSemanticModel(documents));
    expect(fromTokens.length).toBeGreaterThan(10);
    expect(fromTokens).toEqual(fromCache);
  });
});
