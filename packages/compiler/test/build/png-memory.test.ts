// A build of many large views never holds every PNG at once: the diagrams section draws each PNG
// (in the PNG pool's worker threads) when staging is about to write it, a few ahead of the file
// being written and never more, so a national model's gigabytes of pictures are never in memory.
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as DiagramsNode from '@gea-arch/diagrams/node';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { buildDiagrams, compileWorkspace, loadWorkspace } from '../../src/index.js';
import { stageSection } from '../../src/build/out-folder.js';

/** PNGs asked for, and how many were being drawn at most at once. */
const drawing = vi.hoisted(() => ({ asked: 0, now: 0, most: 0 }));

vi.mock('@gea-arch/diagrams/node', async (original) => ({
  ...(await original<typeof DiagramsNode>()),
  PngPool: class {
    render(): Promise<Uint8Array> {
      drawing.asked++;
      drawing.now++;
      drawing.most = Math.max(drawing.most, drawing.now);
      return new Promise((resolve) =>
        setTimeout(() => {
          drawing.now--;
          resolve(new Uint8Array([0x89]));
        }, 5),
      );
    }
  },
}));

describe('PNGs in a build', () => {
  it('are drawn as staging writes them, several at once and never many', async () => {
    const { analysis } = await compileWorkspace(await loadWorkspace([QUICKSTART_EXAMPLE]));
    const built = await buildDiagrams(analysis.model, { png: true });
    expect(drawing.asked).toBe(0);
    const out = await mkdtemp(join(tmpdir(), 'gea-png-'));
    try {
      const staged = await stageSection(out, 'diagrams', built.files);
      expect(drawing.asked).toBe(built.views);
      expect(built.views).toBeGreaterThan(availableParallelism());
      expect(drawing.most).toBeGreaterThan(1);
      expect(drawing.most).toBeLessThanOrEqual(availableParallelism());
      const png = [...built.files.keys()].find((path) => path.endsWith('.png'))!;
      expect([...(await readFile(join(staged.staging, png)))]).toEqual([0x89]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});
