// Measures the bundled language server as an editor feels it: the time from a one-line edit to the
// diagnostics that show it (the file's own link error) and to the whole workspace's findings
// (`gea/findings` answers once the analysis is done), and completion round trips (p50, p95, JSON).
//   node scripts/latency.mjs FOLDER FILE [--runs N]     (FILE relative to FOLDER; bundle first)
// The edit makes the first `owner X` read `owner X_zz` (an unresolved reference) and back.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const [folderArg, file] = process.argv.slice(2);
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 20;
const folder = resolve(folderArg);
const server = fileURLToPath(new URL('../dist/server/server.cjs', import.meta.url));

const child = spawn(
  process.execPath,
  [...(process.env.GEA_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), '--max-old-space-size=8192', server, '--stdio'],
  { stdio: ['pipe', 'pipe', 'inherit'] },
);
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', (params) => waiting.get(params.uri)?.(params.diagnostics));
connection.onRequest('client/registerCapability', () => null);
connection.listen();

const uri = pathToFileURL(join(folder, file)).href;
const text = readFileSync(join(folder, file), 'utf8');
const owner = /owner ([\p{L}_][\p{L}\p{N}_.]*)/u.exec(text);
const lineOf = (offset) => text.slice(0, offset).split('\n').length - 1;
const columnOf = (offset) => offset - text.lastIndexOf('\n', offset - 1) - 1;
const at = { line: lineOf(owner.index + owner[0].length), character: columnOf(owner.index + owner[0].length) };

const started = performance.now();
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(folder).href,
  workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
  capabilities: {},
  initializationOptions: { locale: 'en' },
});
await connection.sendNotification('initialized', {});
const counts = await connection.sendRequest('gea/findings', {});
const startup = performance.now() - started;
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gea', version: 1, text } });
await connection.sendRequest('gea/findings', {});

let version = 1;
/** Sends a one-line edit and waits for the diagnostics of the file that say whether `broken`. */
async function edit(broken) {
  const diagnostics = new Promise((done) =>
    waiting.set(uri, (list) => {
      if (list.some((d) => d.code === 'unresolved-reference' && d.range.start.line === at.line) === broken) done();
    }),
  );
  const sent = performance.now();
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: ++version },
    contentChanges: [{ range: { start: at, end: at }, text: broken ? '_zz' : '' }].map((change) =>
      broken ? change : { range: { start: at, end: { line: at.line, character: at.character + 3 } }, text: '' },
    ),
  });
  await diagnostics;
  const shown = performance.now() - sent;
  await connection.sendRequest('gea/findings', {});
  return [shown, performance.now() - sent];
}

const diagnostics = [];
const analysed = [];
for (let run = 0; run < RUNS * 2; run++) {
  const [shown, done] = await edit(run % 2 === 0);
  diagnostics.push(shown);
  analysed.push(done);
}
const completion = [];
for (let run = 0; run < RUNS; run++) {
  const sent = performance.now();
  await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: at });
  completion.push(performance.now() - sent);
}
const memory = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const summary = (values) => ({ p50: Math.round(percentile(values, 50)), p95: Math.round(percentile(values, 95)), runs: values.length });
console.log(
  JSON.stringify(
    {
      folder,
      files: counts.files,
      startupMs: Math.round(startup),
      diagnosticsAfterEditMs: summary(diagnostics),
      workspaceFindingsAfterEditMs: summary(analysed),
      completionMs: summary(completion),
      residentMiB: Math.round(memory),
    },
    null,
    2,
  ),
);
