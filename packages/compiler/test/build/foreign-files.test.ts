// Files a user put in a section of out/ (a CNAME for the site's host, notes beside the diagrams):
// gea writes around them and removes only what it wrote itself, warning of each once, with caches
// or without (OUTPUTS.md: the compiler deletes only what it created; decision 0072).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, loadWorkspace } from '../../src/index.js';

const QUICKSTART = resolve(import.meta.dirname, '../../../../examples/quickstart');

describe('files in out/ that gea did not write', () => {
  it('are left in place across builds, warned of once, in the reader’s words', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-foreign-'));
    cpSync(QUICKSTART, root, { recursive: true });
    const model = join(root, 'model.gea');
    const out = join(root, 'out');
    const build = async (latency: string, options: { noCache?: boolean; messageLocale?: string } = {}) => {
      writeFileSync(model, readFileSync(model, 'utf8').replace(/latency \d+ms/, `latency ${latency}`));
      return buildWorkspace(await loadWorkspace([root]), {
        outDir: out,
        only: ['reports', 'specs', 'site'],
        toolVersion: 'test',
        evaluationDate: '2026-06-01',
        messageLocale: 'en',
        ...options,
      });
    };
    await build('800ms');
    writeFileSync(join(out, 'site', 'CNAME'), 'arch.example.mn\n');
    mkdirSync(join(out, 'specs', 'notes'));
    writeFileSync(join(out, 'specs', 'notes', 'review.md'), 'mine\n');
    const kept = () => [readFileSync(join(out, 'site', 'CNAME'), 'utf8'), readFileSync(join(out, 'specs', 'notes', 'review.md'), 'utf8')];

    const first = await build('900ms');
    expect(first.warnings.filter((warning) => warning.includes('did not write'))).toEqual([
      'warning: gea did not write specs/notes/review.md in its out folder; it leaves that file in place and does not say so again. Keep your own files outside the out folder: gea may one day make a file of the same name',
      'warning: gea did not write site/CNAME in its out folder; it leaves that file in place and does not say so again. Keep your own files outside the out folder: gea may one day make a file of the same name',
    ]);
    expect(kept()).toEqual(['arch.example.mn\n', 'mine\n']);
    expect(readFileSync(join(out, 'specs', 'citizen_info', 'README.md'), 'utf8')).toContain('900 ms');

    const second = await build('1000ms');
    expect(second.warnings.filter((warning) => warning.includes('did not write'))).toEqual([]);
    expect(kept()).toEqual(['arch.example.mn\n', 'mine\n']);

    // Without caches the section is made whole, and still put in place around them.
    writeFileSync(join(out, 'site', 'robots.txt'), 'User-agent: *\n');
    const uncached = await build('1100ms', { noCache: true, messageLocale: 'mn' });
    expect(uncached.warnings).toEqual([
      'анхааруулга: гаралтын хавтсан дахь site/robots.txt файлыг gea бичээгүй; gea тэдгээрийг байранд нь үлдээж, дахин анхааруулахгүй. Өөрийн файлуудаа гаралтын хавтаснаас гадна хадгална уу: gea хожим ижил нэртэй файл үүсгэж магадгүй',
    ]);
    expect(kept()).toEqual(['arch.example.mn\n', 'mine\n']);
    expect(readFileSync(join(out, 'site', 'robots.txt'), 'utf8')).toBe('User-agent: *\n');
    expect(readFileSync(join(out, 'specs', 'citizen_info', 'README.md'), 'utf8')).toContain('1100 ms');
  }, 180_000);
});
