import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources, never a stale dist/.
    alias: {
      '@gea-arch/core': source('./packages/core/src/index.ts'),
      '@gea-arch/language': source('./packages/language/src/index.ts'),
      // Before '@gea-arch/diagrams', which would otherwise take the subpath for a folder of its entry.
      '@gea-arch/diagrams/node': source('./packages/diagrams/src/node/index.ts'),
      '@gea-arch/diagrams': source('./packages/diagrams/src/index.ts'),
      '@gea-arch/compiler': source('./packages/compiler/src/index.ts'),
      '@gea-arch/fixtures': source('./packages/fixtures/src/index.ts'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    setupFiles: ['packages/language/test/setup-polyfill.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
