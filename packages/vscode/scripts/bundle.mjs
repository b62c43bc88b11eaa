// Bundles the extension client and the language server as CommonJS with esbuild (`vscode` stays
// external), from the TypeScript sources of every package, and lays out beside them what they
// read at run time: the layout worker, the Noto Sans fonts and the rules' explanations.
//   node scripts/bundle.mjs [--out DIR]   (default: this package)
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, '..');
const packages = resolve(packageDir, '..');
const repository = resolve(packages, '..');

/** Each workspace package from its sources, as vitest reads them. */
const ALIASES = {
  '@gea-arch/core': join(packages, 'core/src/index.ts'),
  '@gea-arch/language': join(packages, 'language/src/index.ts'),
  '@gea-arch/diagrams/node': join(packages, 'diagrams/src/node/index.ts'),
  '@gea-arch/diagrams': join(packages, 'diagrams/src/index.ts'),
  '@gea-arch/compiler': join(packages, 'compiler/src/index.ts'),
};

const geaSources = {
  name: 'gea-sources',
  setup(context) {
    context.onResolve({ filter: /^@gea-arch\// }, (args) => {
      const path = ALIASES[args.path];
      return path ? { path } : undefined;
    });
    // PNG needs resvg's native binary, which a .vsix built on one platform cannot carry for all:
    // the editor draws SVG only, and a build asked for PNG says so.
    context.onResolve({ filter: /^@resvg\/resvg-js$/ }, () => ({ path: 'resvg', namespace: 'no-png' }));
    context.onLoad({ filter: /.*/, namespace: 'no-png' }, () => ({
      contents:
        "export class Resvg { constructor() { throw new Error('PNG rendering is not available in the editor; use gea build --png'); } }",
      loader: 'js',
    }));
  },
};

/** Bundles into `outDir` (dist/ and assets/ below it); the layout the server's relative paths expect. */
export async function bundle(outDir = packageDir) {
  const dist = join(outDir, 'dist');
  rmSync(dist, { recursive: true, force: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    plugins: [geaSources],
    logLevel: 'warning',
    // ESM sources locate their files from import.meta.url; in CommonJS that is the bundle's own file.
    define: { 'import.meta.url': '__gea_bundle_url' },
    banner: { js: "const __gea_bundle_url = require('node:url').pathToFileURL(__filename).href;" },
    legalComments: 'none',
  };
  await Promise.all([
    build({ ...common, entryPoints: [join(packageDir, 'src/extension.ts')], outfile: join(dist, 'client/extension.cjs') }),
    build({ ...common, entryPoints: [join(packageDir, 'src/server.ts')], outfile: join(dist, 'server/server.cjs') }),
    // The diagrams' worker pool starts `./layout-worker.js` beside the server.
    build({
      ...common,
      entryPoints: [join(packages, 'diagrams/src/node/layout-worker.ts')],
      outfile: join(dist, 'server/layout-worker.js'),
    }),
  ]);
  const fonts = join(outDir, 'assets/fonts');
  mkdirSync(fonts, { recursive: true });
  cpSync(join(packages, 'diagrams/assets/fonts'), fonts, { recursive: true });
  mkdirSync(join(outDir, 'docs'), { recursive: true });
  cpSync(join(repository, 'docs/rules.md'), join(outDir, 'docs/rules.md'));
  return { server: join(dist, 'server/server.cjs'), client: join(dist, 'client/extension.cjs') };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const outDir = at > 0 ? resolve(process.argv[at + 1]) : packageDir;
  const { server, client } = await bundle(outDir);
  console.log(`bundled ${client}\nbundled ${server}`);
}
