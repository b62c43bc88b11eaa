import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progress, PROGRESS_LOG_EVERY_MS, type Io } from '../src/terminal.js';
import { gea } from './run-gea.js';

function ttyIo(stderrIsTty: boolean): { io: Io; written: () => string } {
  let stderr = '';
  const io: Io = { stdout: () => undefined, stderr: (text) => void (stderr += text), stdoutIsTty: false, stderrIsTty, env: {}, cwd: '.' };
  return { io, written: () => stderr };
}

describe('progress', () => {
  afterEach(() => vi.useRealTimers());

  it('shows nothing for work under a second, then one line it clears at the end', () => {
    vi.useFakeTimers({ now: 0 });
    const { io, written } = ttyIo(true);
    const progress = new Progress(io);
    progress.update('parsed 10 files');
    expect(written()).toBe('');
    vi.setSystemTime(1500);
    progress.update('laid out 3 of 31 views');
    expect(written()).toBe('\r\u001b[2Klaid out 3 of 31 views…');
    // Redrawn a tenth of a second at most.
    vi.setSystemTime(1550);
    progress.update('laid out 4 of 31 views');
    vi.setSystemTime(1600);
    progress.update('laid out 5 of 31 views');
    expect(written()).toBe('\r\u001b[2Klaid out 3 of 31 views…\r\u001b[2Klaid out 5 of 31 views…');
    progress.done();
    expect(written().endsWith('\r\u001b[2K')).toBe(true);
  });

  it('writes a plain line every ten seconds when standard error is not a terminal (a CI log)', () => {
    vi.useFakeTimers({ now: 0 });
    const { io, written } = ttyIo(false);
    const progress = new Progress(io);
    vi.setSystemTime(5000);
    progress.update('parsed 300 files');
    expect(written()).toBe('');
    vi.setSystemTime(PROGRESS_LOG_EVERY_MS);
    progress.update('laid out 3 of 1367 views');
    vi.setSystemTime(PROGRESS_LOG_EVERY_MS + 9000);
    progress.update('laid out 90 of 1367 views');
    vi.setSystemTime(2 * PROGRESS_LOG_EVERY_MS + 1);
    progress.update('laid out 120 of 1367 views');
    progress.done();
    expect(written()).toBe('laid out 3 of 1367 views…\nlaid out 120 of 1367 views…\n');
  });
});

describe('the gea bin', () => {
  it('ends quietly when its reader stops early (`gea diagram … | head -c 10`)', () => {
    const bin = resolve(import.meta.dirname, '../bin/gea.js');
    const model = resolve(import.meta.dirname, '../../../examples/mongolia');
    const pipeline = `"${process.execPath}" "${bin}" diagram landscape-current "${model}" 2>stderr.txt | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"; cat stderr.txt`;
    const output = execFileSync('bash', ['-c', pipeline], { cwd: mkdtempSync(join(tmpdir(), 'gea-pipe-')), encoding: 'utf8' });
    const [status, ...stderr] = output.split('\n');
    expect(stderr.join('\n')).not.toContain('EPIPE');
    expect(status).toBe('0');
  });
});

describe('output files', () => {
  it('names an -o that cannot be written in the reader’s words and leaves no temporary file beside it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-out-'));
    writeFileSync(join(root, 'm.gea'), 'agency a "А" { kind agency }\n');
    mkdirSync(join(root, 'taken'));
    const result = await gea(['check', '.', '-f', 'json', '-o', 'taken'], root);
    expect(result).toMatchObject({
      code: 2,
      stderr: 'gea: cannot write taken: a folder is in the way; the previous output is left as it was\n',
    });
    expect(readdirSync(root).sort()).toEqual(['m.gea', 'taken']);
    writeFileSync(join(root, 'afile'), '');
    expect((await gea(['init', 'afile'], root)).stderr).toBe(
      'gea: cannot write afile: a file is in the way; the previous output is left as it was\n',
    );
    expect((await gea(['import', 'archimate', 'nosuch.xml'], root)).stderr).toBe('gea: cannot read nosuch.xml: no such file or folder\n');
    const build = await gea(['build', '.', '--out', 'afile'], root);
    expect(build).toMatchObject({ code: 2, stdout: '' });
    expect(build.stderr).toMatch(
      /^gea: cannot write \S*afile: a part of the path is a file, not a folder; the previous output is left as it was\n$/,
    );
  });
});
