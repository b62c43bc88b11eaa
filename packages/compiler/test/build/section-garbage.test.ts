// A section's garbage is collected as soon as it is staged, while more is to come and the heap is
// large; never after the last staging, and never for a small heap.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, loadWorkspace } from '@gea-arch/compiler';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { collectAfterStaging, COLLECT_FROM_HEAP_BYTES } from '../../src/build/section-garbage.js';

function countingHeap(used: number) {
  const heap = { collections: 0, used: () => used, collect: () => void heap.collections++ };
  return heap;
}

function copyOfQuickstart(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'gea-garbage-')), 'ws');
  cpSync(QUICKSTART_EXAMPLE, root, { recursive: true, filter: (path) => !path.includes(`${join('quickstart', 'out')}`) });
  return root;
}

describe('garbage collected after a section is staged', () => {
  it('collects only when more is to come and the heap is at least the threshold', () => {
    const large = countingHeap(COLLECT_FROM_HEAP_BYTES);
    collectAfterStaging(large, true);
    expect(large.collections).toBe(1);
    collectAfterStaging(large, false);
    expect(large.collections).toBe(1);
    const small = countingHeap(COLLECT_FROM_HEAP_BYTES - 1);
    collectAfterStaging(small, true);
    expect(small.collections).toBe(0);
  });

  it('collects after every section staged but the last when the heap is large, and never when it is small', async () => {
    const large = countingHeap(4 * 1024 ** 3);
    const built = await buildWorkspace(await loadWorkspace([copyOfQuickstart()]), { toolVersion: '0.0.0', heap: large });
    expect(built.sections.map((section) => section.section)).toEqual(['diagrams', 'archimate', 'reports', 'specs', 'site']);
    expect(large.collections).toBe(built.sections.length - 1);
    const small = countingHeap(1024 ** 2);
    await buildWorkspace(await loadWorkspace([copyOfQuickstart()]), { toolVersion: '0.0.0', heap: small });
    expect(small.collections).toBe(0);
    const one = countingHeap(4 * 1024 ** 3);
    await buildWorkspace(await loadWorkspace([copyOfQuickstart()]), { toolVersion: '0.0.0', only: ['reports'], heap: one });
    expect(one.collections).toBe(0);
  });
});
