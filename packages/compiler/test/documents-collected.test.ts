// Compiling sources of a million characters or more collects the Langium documents (hundreds of
// megabytes at national scale) once the model is built; smaller ones are left to V8.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as Collector from '@gea-arch/diagrams/node/collect-garbage';
import { QUICKSTART_EXAMPLE, TEST_DATE } from '@gea-arch/fixtures';
import { COLLECT_DOCUMENTS_FROM_CHARACTERS, compileTexts, loadWorkspace } from '../src/index.js';

const collections = vi.hoisted(() => ({ count: 0 }));

vi.mock('@gea-arch/diagrams/node/collect-garbage', async (original) => {
  const { collectGarbage } = await original<typeof Collector>();
  return {
    collectGarbage: () => {
      collections.count++;
      collectGarbage();
    },
  };
});

describe('documents collected after the model is built', () => {
  it('only for sources of a million characters or more, with the same findings', async () => {
    const workspace = await loadWorkspace([QUICKSTART_EXAMPLE]);
    const texts = await Promise.all(workspace.files.map((file) => readFile(join(workspace.root, file), 'utf8')));
    const total = texts.reduce((sum, text) => sum + text.length, 0);
    const small = await compileTexts(workspace, texts, { evaluationDate: TEST_DATE });
    expect(collections.count).toBe(0);

    const padding = `\n// ${'ы'.repeat(COLLECT_DOCUMENTS_FROM_CHARACTERS - total)}\n`;
    const large = await compileTexts(workspace, [texts[0] + padding, ...texts.slice(1)], { evaluationDate: TEST_DATE });
    expect(collections.count).toBe(1);
    expect(large.analysis.findings).toEqual(small.analysis.findings);
  });
});
