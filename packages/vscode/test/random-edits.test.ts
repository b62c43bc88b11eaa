// Thousands of random insertions and deletions on a file of the national example, sent as an
// editor sends them: the server answers every request, never crashes, and its memory after 4 000
// edits stays within twice what it was after the first hundred.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONGOLIA_EXAMPLE, seededRandom } from '@gea-arch/fixtures';
import { bundledServer } from './support/bundled-server.js';
import { LspClient } from './support/lsp-client.js';
import { positionAt, type Position } from './support/positions.js';
import { copyOf, uriOf } from './support/workspace-copy.js';

// 4 000: since the edits reach the server (decision 0081) each costs a parse; memory early is taken after 100.
const EDITS = 4_000;
/** Edits sent in one change, as an editor batches fast typing. */
const EDITS_PER_CHANGE = 5;
/** A request after every this many edits; the server settles (builds and analyses) after some of them. */
const REQUEST_EVERY = 10;
const SETTLE_EVERY = 100;
const PIECES = [
  '{',
  '}',
  ' ',
  '\n',
  '"',
  'system ',
  'consumes ',
  'gasr.',
  'citizen',
  ',',
  '.',
  '-',
  '//',
  '/*',
  '*/',
  'x',
  'data',
  '2026-01-01',
  '99%',
];

/** Resident memory of a process (Linux), in MiB. */
function residentMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

describe('random edits', () => {
  let client: LspClient;
  const file = 'agencies/gasr/gasr.gea';
  let uri: string;
  let text: string;
  let original: string;
  let diagnosticsBefore: string;

  beforeAll(async () => {
    const root = copyOf(MONGOLIA_EXAMPLE);
    uri = uriOf(root, file);
    text = readFileSync(join(root, file), 'utf8');
    client = await LspClient.start({ command: await bundledServer(), folders: [root], initializationOptions: { locale: 'en' } });
    await client.open(uri, text);
    await client.settled();
    original = text;
    diagnosticsBefore = JSON.stringify(client.diagnostics.get(uri) ?? []);
  });
  afterAll(async () => {
    await client.stop();
  });

  it(`answers every request through ${EDITS} random edits, and its memory stays bounded`, { timeout: 120_000 }, async () => {
    const next = seededRandom(20261127);
    const requests: Promise<unknown>[] = [];
    let answered = 0;
    let memoryEarly = 0;
    let changes: { range: { start: Position; end: Position }; text: string }[] = [];
    for (let edit = 1; edit <= EDITS; edit++) {
      const offset = Math.floor(next() * (text.length + 1));
      if (next() < 0.5 && text.length > 0) {
        const end = Math.min(text.length, offset + 1 + Math.floor(next() * 12));
        changes.push({ range: { start: positionAt(text, offset), end: positionAt(text, end) }, text: '' });
        text = text.slice(0, offset) + text.slice(end);
      } else {
        const piece = PIECES[Math.floor(next() * PIECES.length)]!;
        changes.push({ range: { start: positionAt(text, offset), end: positionAt(text, offset) }, text: piece });
        text = text.slice(0, offset) + piece + text.slice(offset);
      }
      if (edit % EDITS_PER_CHANGE === 0) {
        await client.edits(uri, changes);
        changes = [];
      }
      if (edit % REQUEST_EVERY === 0) {
        const position = positionAt(text, Math.floor(next() * (text.length + 1)));
        const params = { textDocument: { uri }, position };
        const method = ['textDocument/completion', 'textDocument/hover', 'textDocument/documentSymbol', 'textDocument/formatting'][
          (edit / REQUEST_EVERY) % 4
        ]!;
        const request =
          method === 'textDocument/formatting' ? { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } } : params;
        requests.push(client.request(method, request).then(() => answered++));
      }
      if (edit % SETTLE_EVERY === 0) {
        await client.settled();
        await Promise.all(requests.splice(0));
        if (edit === SETTLE_EVERY) memoryEarly = residentMiB(client.process.pid!);
      }
    }
    await Promise.all(requests);
    const counts = await client.settled();
    expect(answered).toBe(EDITS / REQUEST_EVERY);
    expect(counts.files).toBeGreaterThan(20);
    expect(client.process.exitCode).toBeNull();
    const memoryLate = residentMiB(client.process.pid!);
    expect(memoryLate, `resident memory ${memoryEarly.toFixed(0)} MiB after the first ${SETTLE_EVERY} edits`).toBeLessThan(2 * memoryEarly);
    // Put back as it was, the file has the diagnostics it had: nothing of the edits is left behind.
    await client.change(uri, original);
    await client.settled();
    expect(JSON.stringify(client.diagnostics.get(uri) ?? [])).toBe(diagnosticsBefore);
  });
});
