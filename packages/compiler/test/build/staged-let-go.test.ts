// What an emitter made is held while its section is staged and while a later emitter reads it, and
// let go of after that: at national scale the site's and the specs' files are some hundred
// megabytes, and the diagrams are still being drawn (in worker threads) after every other section
// is staged. Held in the build's own scope until its end, they raised the cold build's memory where
// it peaks.
import { cpSync, mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { collectGarbage } from '@gea-arch/diagrams/node/collect-garbage';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { buildWorkspace, loadWorkspace, type OutFileSystem } from '../../src/index.js';
import type { BuildHeap } from '../../src/build/section-garbage.js';
import type * as Site from '../../src/site/index.js';
import type * as Specs from '../../src/spec/index.js';

/** The files each of these emitters made, as weak references: held by nothing else here. */
const made = vi.hoisted(() => ({ site: [] as WeakRef<object>[], specs: [] as WeakRef<object>[] }));

vi.mock('../../src/site/index.js', async (original) => {
  const actual = await original<typeof Site>();
  return {
    ...actual,
    buildSite: (...args: Parameters<typeof actual.buildSite>) => {
      const built = actual.buildSite(...args);
      made.site.push(new WeakRef(built.files));
      return built;
    },
  };
});
vi.mock('../../src/spec/index.js', async (original) => {
  const actual = await original<typeof Specs>();
  return {
    ...actual,
    buildSpecs: (...args: Parameters<typeof actual.buildSpecs>) => {
      const files = actual.buildSpecs(...args);
      made.specs.push(new WeakRef(files));
      return files;
    },
  };
});

function copyOfQuickstart(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'gea-let-go-')), 'ws');
  cpSync(QUICKSTART_EXAMPLE, root, { recursive: true, filter: (path) => !path.includes(`${join('quickstart', 'out')}`) });
  return root;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('what a build made', () => {
  it('is let go of once its section is staged and no section still to be made reads it', async () => {
    // The diagrams' files are written only once the others' have been looked at.
    let releaseDiagrams!: () => void;
    const diagramsHeld = new Promise<void>((resolve) => (releaseDiagrams = resolve));
    // Never held for good: a build that stages fewer sections than expected fails the test, not the suite.
    setTimeout(() => releaseDiagrams(), 20_000).unref();
    const fileSystem: OutFileSystem = {
      writeFile: async (path, content) => {
        if (/[/\\]\.diagrams\.\d+\.new[/\\]/.test(path)) await diagramsHeld;
        await writeFile(path, content);
      },
    };
    const sectionsStaged: string[] = [];
    let stillHeld: { site: boolean; specs: boolean } | undefined;
    // Told after each staging ends while another is under way: archimate, reports, specs, the site.
    const heap: BuildHeap = {
      used: () => 4 * 1024 ** 3,
      afterMaking: 1,
      collect: () => {
        sectionsStaged.push(`${sectionsStaged.length + 1}`);
        if (sectionsStaged.length < 4) return;
        void (async () => {
          await nextTask();
          collectGarbage();
          await nextTask();
          stillHeld = { site: made.site[0]?.deref() !== undefined, specs: made.specs[0]?.deref() !== undefined };
          releaseDiagrams();
        })();
      },
    };
    const built = await buildWorkspace(await loadWorkspace([copyOfQuickstart()]), { toolVersion: '0.0.0', fileSystem, heap });
    expect(built.sections.map((section) => section.section)).toEqual(['diagrams', 'archimate', 'reports', 'specs', 'site']);
    expect(made.site).toHaveLength(1);
    expect(made.specs).toHaveLength(1);
    expect(stillHeld).toEqual({ site: false, specs: false });
  });
});
