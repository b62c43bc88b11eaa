// The language server analyses the files `gea check` reads: a file that gea.yaml's `sources` leave
// out is analysed while it is open in the editor (decision 0055), and let go when it is closed; one
// that appears on disk is not read. Both stayed in the model, with their findings and names.
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

async function started() {
  const root = mkdtempSync(join(tmpdir(), 'gea-sources-'));
  writeFileSync(join(root, 'gea.yaml'), 'sources: ["model/**/*.gea"]\n');
  writeFileSync(join(root, 'a.gea'), OUTSIDE);
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
