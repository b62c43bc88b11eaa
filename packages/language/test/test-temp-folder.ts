// Vitest global setup: every test file's temporary folders go under one folder of this run
// (TMPDIR, which os.tmpdir(), child processes and Chromium read), removed when the run ends.
// Tests make hundreds of them; a CI machine that runs the suite on every merge request would keep
// them all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env['TMPDIR'];
  const folder = mkdtempSync(join(tmpdir(), 'gea-tests-'));
  process.env['TMPDIR'] = folder;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(folder, { recursive: true, force: true });
  };
}
