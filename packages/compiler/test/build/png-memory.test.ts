// The PNG renderer frees each picture's pixels in a finalizer that runs when the event loop turns:
// the diagrams section lets it turn after every PNG, so a build of many large views does not hold
// them all at once.
import { describe, expect, it, vi } from 'vitest';
import type * as DiagramsNode from '@gea-arch/diagrams/node';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { buildDiagrams, compileWorkspace, loadWorkspace } from '../../src/index.js';

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
  it('lets the event loop turn between two pictures', async () => {
    const { analysis } = await compileWorkspace(await loadWorkspace([QUICKSTART_EXAMPLE]));
    let running = true;
    const turn = () => {
      turnsAtRender.turns++;
      if (running) setImmediate(turn);
    };
    setImmediate(turn);
    const built = await buildDiagrams(analysis.model, { png: true }).finally(() => (running = false));
    expect(turnsAtRender.seen.length).toBe(built.views);
    for (let index = 1; index < turnsAtRender.seen.length; index++) {
      expect(turnsAtRender.seen[index]).toBeGreaterThan(turnsAtRender.seen[index - 1]!);
    }
  }, 60_000);
});
