// A file the editor closes, or the file watcher says changed, that is gone from disk by the time
// the server reads it (an editor deletes an open file by closing it; a tool writes a file and
// removes it) is deleted from the analysis: reading it failed the update, and the server ended.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { InProcessServer } from './support/in-process-server.js';

const A = 'namespace mn\nagency a "A" { kind agency }\n';
const B = 'namespace mn\ndata d "D" { owner a }\n';

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function started() {
  const root = mkdtempSync(join(tmpdir(), 'gea-gone-'));
  writeFileSync(join(root, 'a.gea'), A);
  writeFileSync(join(root, 'b.gea'), B);
  server = await InProcessServer.start({ folders: [pathToFileURL(root).href], locale: 'en' });
  await server.settled();
  return { server, root, a: pathToFileURL(join(root, 'a.gea')).href, b: pathToFileURL(join(root, 'b.gea')).href };
}

/** The codes of the diagnostics published for `uri`. */
function codes(server: InProcessServer, uri: string): unknown[] {
  return (server.diagnostics.get(uri) ?? []).map((diagnostic) => diagnostic.code);
}

describe('a file gone from disk before the server reads it', () => {
  // Without the watcher's word that it is gone (a client may have no file watcher, or tell later).
  it('closed in the editor, then deleted: the server goes on without it', { timeout: 10_000 }, async () => {
    const { server, root, a, b } = await started();
    await server.open(a, A);
    await server.settled();
    await server.close(a);
    rmSync(join(root, 'a.gea'));
    const counts = await server.settled();
    expect(counts.files).toBe(1);
    expect(codes(server, b)).toContain('unresolved-reference');
    expect(server.diagnostics.get(a) ?? []).toEqual([]);
  });

  it('said changed by the file watcher, then removed: the server goes on without it', { timeout: 10_000 }, async () => {
    const { server, root, a, b } = await started();
    writeFileSync(join(root, 'a.gea'), A.replace('"A"', '"A again"'));
    await server.watched([{ uri: a, type: 2 }]);
    rmSync(join(root, 'a.gea'));
    const counts = await server.settled();
    expect(counts.files).toBe(1);
    expect(codes(server, b)).toContain('unresolved-reference');
  });
});
