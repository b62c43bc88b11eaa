// The language server analyses the files `gea check` reads: a file that gea.yaml's `sources` leave
// out is analysed while it is open in the editor (decision 0055), and let go when it is closed; one
// that appears on disk is not read (both stayed in the model, with their findings and names). A
// folder that appears is read as part of its workspace (it was read as a workspace of its own).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { InProcessServer } from './support/in-process-server.js';

const OUTSIDE = 'namespace mn\ndata e "E" { owner nobody }\n';

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** A workspace whose sources are `model/**` (with no gea.yaml, every .gea file, and then no file outside them). */
async function started(config = true) {
  const root = mkdtempSync(join(tmpdir(), 'gea-sources-'));
  if (config) {
    writeFileSync(join(root, 'gea.yaml'), 'sources: ["model/**/*.gea"]\n');
    writeFileSync(join(root, 'a.gea'), OUTSIDE);
  }
  const model = join(root, 'model');
  mkdirSync(model);
  writeFileSync(join(model, 'agency.gea'), 'namespace mn\nagency a "A" { kind agency }\n');
  server = await InProcessServer.start({ folders: [pathToFileURL(root).href], locale: 'en' });
  expect((await server.settled()).files).toBe(1);
  return { server, root, outside: pathToFileURL(join(root, 'a.gea')).href };
}

describe('files the sources of gea.yaml leave out', () => {
  it('are analysed while open, and let go with their diagnostics once closed', async () => {
    const { server, outside } = await started();
    await server.open(outside, OUTSIDE);
    expect((await server.settled()).files).toBe(2);
    expect(server.diagnostics.get(outside)?.length).toBeGreaterThan(0);

    await server.close(outside);

    expect(await server.settled()).toMatchObject({ files: 1, error: 0 });
    expect(server.diagnostics.get(outside)).toEqual([]);
  });

  it('are not read when they appear on disk', async () => {
    const { server, root } = await started();
    writeFileSync(join(root, 'c.gea'), OUTSIDE);
    await server.watched([{ uri: pathToFileURL(join(root, 'c.gea')).href, type: 1 }]);
    expect(await server.settled()).toMatchObject({ files: 1, error: 0 });
  });
});

describe('a folder that appears in a workspace', () => {
  it('has its sources read as part of the workspace, not as a workspace of its own', async () => {
    const { server, root } = await started(false);
    mkdirSync(join(root, 'model', 'more'));
    writeFileSync(join(root, 'model', 'more', 'c.gea'), 'namespace mn\ndata e "E" { owner a }\n');
    // As an editor's file watcher says it: the folder made (its files come with it).
    await server.watched([{ uri: pathToFileURL(join(root, 'model', 'more')).href, type: 1 }]);
    expect(await server.settled()).toMatchObject({ files: 2 });
    const c = pathToFileURL(join(root, 'model', 'more', 'c.gea')).href;
    // Its owner found in the rest of the model: a data asset with no master, no more.
    expect(server.diagnostics.get(c)?.map((diagnostic) => diagnostic.code)).toEqual(['single-master']);
  });

  it('has only its files that the sources take in read', async () => {
    const { server, root } = await started();
    mkdirSync(join(root, 'other'));
    writeFileSync(join(root, 'other', 'c.gea'), OUTSIDE);
    await server.watched([{ uri: pathToFileURL(join(root, 'other')).href, type: 1 }]);
    expect(await server.settled()).toMatchObject({ files: 1, error: 0 });
  });
});
