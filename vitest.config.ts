import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const TEST_FILES = 'packages/*/test/**/*.test.ts';
/**
 * Test files that need a process of their own: those that replace a module (`vi.mock`), which
 * would stay replaced for the next file, and those that measure the heap, which holds what earlier
 * files left. Every other file shares its worker's modules with the files run there before it: the
 * suite then loads Langium, ELK and the packages once per worker, not once per file (on two cores
 * 322 s against 560 s, decision 0037).
 */
const NEEDS_OWN_PROCESS = /\bvi\.(?:mock|doMock|unmock)\(|writeHeapSnapshot|memoryUsage\(|getHeapStatistics\(/;
const isolated = readdirSync(source('./packages'))
  .flatMap((name) => {
    const tests = `packages/${name}/test`;
    if (!existsSync(source(`./${tests}`))) return [];
    return readdirSync(source(`./${tests}`), { recursive: true, encoding: 'utf8' }).map((path) => `${tests}/${path.split('\\').join('/')}`);
  })
  .filter((file) => file.endsWith('.test.ts') && NEEDS_OWN_PROCESS.test(readFileSync(source(`./${file}`), 'utf8')))
  .sort();

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources, never a stale dist/.
    alias: {
      // Each subpath before its package, which would otherwise take it for a folder of its entry.
      '@gea-arch/core/words': source('./packages/core/src/words/index.ts'),
      '@gea-arch/core/model': source('./packages/core/src/model/index.ts'),
      '@gea-arch/core': source('./packages/core/src/index.ts'),
      '@gea-arch/language/lsp': source('./packages/language/src/lsp/index.ts'),
      '@gea-arch/language': source('./packages/language/src/index.ts'),
      '@gea-arch/diagrams/node/collect-garbage': source('./packages/diagrams/src/node/collect-garbage.ts'),
      '@gea-arch/diagrams/node': source('./packages/diagrams/src/node/index.ts'),
      '@gea-arch/diagrams': source('./packages/diagrams/src/index.ts'),
      '@gea-arch/compiler/check': source('./packages/compiler/src/check/index.ts'),
      '@gea-arch/compiler/build': source('./packages/compiler/src/build/index.ts'),
      '@gea-arch/compiler': source('./packages/compiler/src/index.ts'),
      '@gea-arch/fixtures': source('./packages/fixtures/src/index.ts'),
    },
  },
  test: {
    projects: [
      { extends: true, test: { name: 'isolated', include: isolated } },
      { extends: true, test: { name: 'shared', include: [TEST_FILES], exclude: isolated, isolate: false } },
    ],
    setupFiles: ['packages/language/test/setup-polyfill.ts'],
    globalSetup: ['packages/language/test/test-temp-folder.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest leaves a core free by default: one test file at a time on two cores, while most files
    // wait on child processes, worker threads or the disk (644 s for the suite against 516 s).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
