// The language server the extension starts (over stdio): the same server as `gea lsp --stdio`,
// bundled with its fonts and the rules' explanations beside it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startGeaServer } from '@gea-arch/compiler';
import { version } from '../package.json';

/** docs/rules.md, two folders above dist/server/. */
const rulesDoc = join(__dirname, '..', '..', 'docs', 'rules.md');

startGeaServer({
  connection: createConnection(ProposedFeatures.all),
  version,
  rulesDoc: existsSync(rulesDoc) ? pathToFileURL(rulesDoc).href : undefined,
});
