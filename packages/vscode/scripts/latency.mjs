// Measures the bundled language server as an editor feels it: the time from a one-line edit to the
// diagnostics that show it (the file's own link error) and to the whole workspace's findings
// (`gea/findings` answers once the analysis is done), and completion round trips (p50, p95, JSON).
// Then edits typed while the workspace is analysed: the server analyses once edits pause (for a
// quarter of the last analysis' duration, at most 300 ms: MAX_PAUSE_MS in workspace-analysis.ts),
// so each next edit is sent at a point spread evenly over that analysis, and timed to the file's
// diagnostics (an analysis holds the server until it yields).
// Then typing as people type: ten keystrokes 120 ms apart in a comment at the end of the file, then a
// new system pasted there, timed from the paste to the workspace finding that it has no owner
// (published once the analysis after the typing is done, with no `gea/findings` to hurry it).
//   node scripts/latency.mjs FOLDER FILE [--runs N] [--cli]     (FILE relative to FOLDER; bundle first,
// or with --cli run `gea lsp --stdio` from packages/cli, as `npm run bench` does)
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
const server = process.argv.includes('--cli')
  ? [fileURLToPath(new URL('../../cli/bin/gea.js', import.meta.url)), 'lsp', '--stdio']
  : [fileURLToPath(new URL('../dist/server/server.cjs', import.meta.url)), '--stdio'];

const child = spawn(
  process.execPath,
  [...(process.env.GEA_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), '--max-old-space-size=8192', ...server],
  { stdio: ['pipe', 'pipe', 'inherit'] },
);
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  waiting.get(params.uri)?.(params.diagnostics);
  for (const listener of listeners) listener(params);
});
/** Called with every diagnostics notification. */
const listeners = new Set();
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

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const summary = (values) => ({ p50: Math.round(percentile(values, 50)), p95: Math.round(percentile(values, 95)), runs: values.length });

let version = 1;
/** Sends a one-line edit and resolves once the diagnostics of the file say whether `broken`, with the time it took. */
async function send(broken) {
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
  return { sent, shown: performance.now() - sent };
}

/** A one-line edit: the time to the file's diagnostics, and to the workspace's findings. */
async function edit(broken) {
  const { sent, shown } = await send(broken);
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
const duringAnalysis = [];
const analysis = percentile(analysed, 50) - percentile(diagnostics, 50);
const analysisStarts = Math.min(300, analysis / 4);
for (let run = 0; run < RUNS; run++) {
  await send(true);
  await new Promise((done) => setTimeout(done, analysisStarts + ((run + 0.5) / RUNS) * analysis));
  duringAnalysis.push((await send(false)).shown);
  await connection.sendRequest('gea/findings', {});
}
const end = { line: text.split('\n').length - 1, character: text.length - text.lastIndexOf('\n') - 1 };
const KEYSTROKES = 10;
const typed = [];
for (let run = 0; run < RUNS; run++) {
  const id = `zz_typed_${run}`;
  const found = new Promise((done) => {
    const listener = (params) => {
      if (params.uri !== uri || !params.diagnostics.some((d) => d.code === 'owner-required' && d.message.includes(id))) return;
      listeners.delete(listener);
      done(performance.now());
    };
    listeners.add(listener);
  });
  const comment = '\n// ';
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: ++version },
    contentChanges: [{ range: { start: end, end }, text: comment }],
  });
  for (let key = 0; key < KEYSTROKES; key++) {
    await new Promise((done) => setTimeout(done, 120));
    const at = { line: end.line + 1, character: 3 + key };
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
    });
  }
  await new Promise((done) => setTimeout(done, 120));
  const pasted = `\nsystem ${id} "Z" {}\n`;
  const after = { line: end.line + 1, character: 3 + KEYSTROKES };
  const sent = performance.now();
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: ++version },
    contentChanges: [{ range: { start: after, end: after }, text: pasted }],
  });
  typed.push((await found) - sent);
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: ++version },
    contentChanges: [{ range: { start: end, end: { line: end.line + 3, character: 0 } }, text: '' }],
  });
  await connection.sendRequest('gea/findings', {});
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

console.log(
  JSON.stringify(
    {
      folder,
      files: counts.files,
      startupMs: Math.round(startup),
      diagnosticsAfterEditMs: summary(diagnostics),
      workspaceFindingsAfterEditMs: summary(analysed),
      diagnosticsWhileAnalysingMs: summary(duringAnalysis),
      workspaceFindingsAfterTypingMs: summary(typed),
      completionMs: summary(completion),
      residentMiB: Math.round(memory),
    },
    null,
    2,
  ),
);
