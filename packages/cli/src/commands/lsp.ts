// `gea lsp --stdio`: the language server the VS Code extension bundles, for any LSP editor. It
// runs until the editor closes the connection; standard output carries only the protocol.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startGeaServer } from '@gea-arch/compiler';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { VERSION } from '../version.js';

/** docs/rules.md of the repository gea runs from, when it is there. */
const RULES_DOC = fileURLToPath(new URL('../../../../docs/rules.md', import.meta.url));

/** Serves until the editor is gone; the library ends the process, so the promise never settles. */
export function lsp(): Promise<number> {
  // Given the streams themselves, not readers of them, the library ends the process when the
  // editor closes standard input (it is gone, whatever processId it sent) or sends `exit`: code 0
  // after `shutdown`, else 1.
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // Anything printed would corrupt the protocol on standard output: send it to the editor's log.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  startGeaServer({
    connection,
    version: VERSION,
    rulesDoc: existsSync(RULES_DOC) ? pathToFileURL(RULES_DOC).href : undefined,
  });
  return new Promise(() => undefined);
}
