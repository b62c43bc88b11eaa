// `gea lsp --stdio`: the language server the VS Code extension bundles, for any LSP editor. It
// runs until the editor closes the connection; standard output carries only the protocol.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startGeaServer } from '@gea-arch/compiler';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { VERSION } from '../version.js';

/** docs/rules.md of the repository gea runs from, when it is there. */
const RULES_DOC = fileURLToPath(new URL('../../../../docs/rules.md', import.meta.url));

export function lsp(): Promise<number> {
  const connection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(process.stdin),
    new StreamMessageWriter(process.stdout),
  );
  // Anything printed would corrupt the protocol on standard output: send it to the editor's log.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  let shutdown = false;
  return new Promise((done) => {
    connection.onShutdown(() => {
      shutdown = true;
    });
    connection.onExit(() => done(shutdown ? 0 : 1));
    process.stdin.on('end', () => done(shutdown ? 0 : 1));
    startGeaServer({
      connection,
      version: VERSION,
      rulesDoc: existsSync(RULES_DOC) ? pathToFileURL(RULES_DOC).href : undefined,
    });
  });
}
