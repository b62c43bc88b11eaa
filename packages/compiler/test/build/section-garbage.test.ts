// A section's garbage is collected as soon as it is staged, while more is to come, the section made
// much and the heap is large; never after the last staging, never after a section that kept its
// files in place, and never for a small heap.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, loadWorkspace } from '@gea-arch/compiler';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { collectAfterStaging, COLLECT_AFTER_MAKING_BYTES, COLLECT_FROM_HEAP_BYTES } from '../../src/build/section-garbage.js';

function countingHeap(used: number, afterMaking?: number) {
  const heap = { collections: 0, used: () => used, collect: () => void heap.collections++, afterMaking };
  return heap;
}

function copyOfQuickstart(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'gea-garbage-')), 'ws');
  cpSync(QUICKSTART_EXAMPLE, root, { recursive: true, filter: (path) => !path.includes(`${join('quickstart', 'out')}`) });
  return root;
}

describe('garbage collected after a section is staged', () => {
  it('collects only when more is to come, the section made at least its threshold and the heap is at least its own', () => {
    const large = countingHeap(COLLECT_FROM_HEAP_BYTES);
    collectAfterStaging(large, true, COLLECT_AFTER_MAKING_BYTES);
    expect(large.collections).toBe(1);
    collectAfterStaging(large, false, COLLECT_AFTER_MAKING_BYTES);
    expect(large.collections).toBe(1);
    collectAfterStaging(large, true, COLLECT_AFTER_MAKING_BYTES - 1);
    expect(large.collections).toBe(1);
    const small = countingHeap(COLLECT_FROM_HEAP_BYTES - 1);
    collectAfterStaging(small, true, COLLECT_AFTER_MAKING_BYTES);
    expect(small.collections).toBe(0);
  });

  it('collects after every section staged but the last when the heap is large, and never when it is small', async () => {
    const large = countingHeap(4 * 1024 ** 3, 1);
    const built = await buildWorkspace(await loadWorkspace([copyOfQuickstart()]), { toolVersion: '0.0.0', heap: large });
    expect(built.sections.map((section) => section.section)).toEqual(['diagrams', 'archimate', 'reports', 'specs', 'site']);
    expect(large.collections).toBe(built.sections.length - 1);
    const small = countingHeap(1024 ** 2, 1);
    await buildWorkspace(await loadWorkspace([copyOfQuickstart()]), { toolVersion: '0.0.0', heap: small });
    expect(small.collections).toBe(0);
    const one = countingHeap(4 * 1024 ** 3, 1);
    await buildWorkspace(await loadWorkspace([copyOfQuickstart()]), { toolVersion: '0.0.0', only: ['reports'], heap: one });
    expect(one.collections).toBe(0);
  });

  it('does not collect after sections that made less than the threshold (a build after a small edit keeps most files)', async () => {
    const large = countingHeap(4 * 1024 ** 3, 1024 ** 3);
    await buildWorkspace(await loadWorkspace([copyOfQuickstart()]), { toolVersion: '0.0.0', heap: large });
    expect(large.collections).toBe(0);
  });
});
