// A build of many large views never holds every PNG at once: the diagrams section draws each PNG
// when staging writes it, one at a time, and the event loop turns between two (the renderer frees
// a picture's pixels in a finalizer that runs only then).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as DiagramsNode from '@gea-arch/diagrams/node';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { buildDiagrams, compileWorkspace, loadWorkspace } from '../../src/index.js';
import { stageSection } from '../../src/build/out-folder.js';

/** How many times the event loop has turned, as seen by each PNG rendered. */
const turnsAtRender = vi.hoisted(() => ({ turns: 0, seen: [] as number[] }));

vi.mock('@gea-arch/diagrams/node', async (original) => ({
  ...(await original<typeof DiagramsNode>()),
  renderPng: () => {
    turnsAtRender.seen.push(turnsAtRender.turns);
    return new Uint8Array([0x89]);
  },
}));

describe('PNGs in a build', () => {
  it('are drawn as they are written, one at a time, the event loop turning between two', async () => {
    const { analysis } = await compileWorkspace(await loadWorkspace([QUICKSTART_EXAMPLE]));
    const built = await buildDiagrams(analysis.model, { png: true });
    expect(turnsAtRender.seen).toEqual([]);
    let running = true;
    const turn = () => {
      turnsAtRender.turns++;
      if (running) setImmediate(turn);
    };
    setImmediate(turn);
    const out = await mkdtemp(join(tmpdir(), 'gea-png-'));
    try {
      const staged = await stageSection(out, 'diagrams', built.files).finally(() => (running = false));
      expect(turnsAtRender.seen.length).toBe(built.views);
      for (let index = 1; index < turnsAtRender.seen.length; index++) {
        expect(turnsAtRender.seen[index]).toBeGreaterThan(turnsAtRender.seen[index - 1]!);
      }
      const png = [...built.files.keys()].find((path) => path.endsWith('.png'))!;
      expect([...(await readFile(join(staged.staging, png)))]).toEqual([0x89]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});
