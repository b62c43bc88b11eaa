import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

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
    include: ['packages/*/test/**/*.test.ts'],
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
