// Bundles the compiled `gea` command (dist/main.js and everything it imports) into dist/bundle/
// with esbuild: ESM, split at the command modules' dynamic imports, so `gea --help` still loads
// little and `gea check` loads a few files instead of several hundred. bin/gea.js runs the bundle
// when it is newer than every package's compiled code, the modules in dist/ otherwise.
// Run by `npm run build` after `tsc -b`.
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE_DIR = resolve(packageDir, 'dist/bundle');

/**
 * A module that finds its files from `import.meta.url` (fonts, schemas, the layout worker) finds
 * them where it was compiled: its URL becomes its own path relative to the bundle, which sits
 * beside the packages it was bundled from.
 */
const ownLocation = (bundleDir) => ({
  name: 'own-location',
  setup(context) {
    context.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const fromBundle = relative(bundleDir, path).split('\\').join('/');
      return {
        contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`),
        loader: 'js',
        resolveDir: dirname(path),
      };
    });
  },
});

/** Bundles into `bundleDir` (dist/bundle/ by default; tests bundle elsewhere). */
export async function bundle(bundleDir = BUNDLE_DIR) {
  rmSync(bundleDir, { recursive: true, force: true });
  await build({
    entryPoints: { main: resolve(packageDir, 'dist/main.js') },
    outdir: bundleDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // PNG rendering is a native module: it stays where npm installed it.
    external: ['@resvg/resvg-js'],
    plugins: [ownLocation(bundleDir)],
    // CommonJS dependencies bundled into ESM still call require() for Node's own modules, and read
    // __filename (vscode-languageserver, to tell whether file names are case-sensitive).
    banner: {
      js: [
        "import { createRequire as __geaCreateRequire } from 'node:module';",
        "import { fileURLToPath as __geaFileURLToPath } from 'node:url';",
        'const require = __geaCreateRequire(import.meta.url);',
        'const __filename = __geaFileURLToPath(import.meta.url);',
        "const __dirname = __geaFileURLToPath(new URL('.', import.meta.url));",
      ].join(' '),
    },
    // Less for V8 to parse at every start; names stay, so stack traces still read.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
