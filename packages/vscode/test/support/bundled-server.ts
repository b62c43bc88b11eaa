// The language server as the extension ships it: bundled by the package's own script into a
// folder of the test's, laid out as in the .vsix (dist/server, assets/fonts, docs).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLE_SCRIPT = fileURLToPath(new URL('../../scripts/bundle.mjs', import.meta.url));

/** Bundles the server and gives the command that starts it on stdio. */
export async function bundledServer(): Promise<string[]> {
  const { bundle } = (await import(BUNDLE_SCRIPT)) as { bundle(outDir: string): Promise<{ server: string }> };
  const { server } = await bundle(mkdtempSync(join(tmpdir(), 'gea-vscode-')));
  return [process.execPath, server, '--stdio'];
}

/** The repository's `gea` command. */
export const GEA_BIN = fileURLToPath(new URL('../../../cli/bin/gea.js', import.meta.url));
