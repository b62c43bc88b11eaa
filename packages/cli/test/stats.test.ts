import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/main.js';
import { capturedIo, gea } from './run-gea.js';

const QUICKSTART = resolve(import.meta.dirname, '../../../examples/quickstart');
/** The quickstart declares no plateau: --date fixes the date of the implicit `now`. */
const DATE = ['--date', '2026-06-01'];
/** No GEA_LOCALE: gea speaks the workspace's locale (the quickstart's is mn). */
const NO_ENV = { GEA_LOCALE: undefined };

describe('gea stats', () => {
  it('counts per kind, per agency and per plateau in Mongolian by default, in aligned tables', async () => {
    const result = await gea(['stats', QUICKSTART, ...DATE], process.cwd(), NO_ENV);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      [
        'Төрөл бүрийн элементийн тоо',
        'төрөл                   тоо',
        'байгууллага               2',
        'систем                    2',
        'өгөгдлийн сан             1',
        'интерфейс                 1',
        'платформ                  1',
        'итгэмжлэлийн үйлчилгээ    0',
        'хууль                     1',
        'үе шат                    0',
        'харагдац                  0',
        'чөлөөлөлт                 0',
        '',
        'Байгууллага бүрээр',
        'байгууллага  систем  өгөгдлийн сан  интерфейс  ажиллуулдаг',
        'gasr              1              1          1            0',
        'ndc               1              0          0            1',
        '(эзэмшдэг систем, өгөгдлийн сан; системүүдийн нийлүүлдэг интерфейс; ажиллуулдаг платформ, итгэмжлэлийн үйлчилгээ)',
        '',
        'Үе шат бүрт',
        'төрөл                          now',
        'огноо                   2026-06-01',
        'байгууллага                      2',
        'систем                           2',
        'өгөгдлийн сан                    1',
        'интерфейс                        1',
        'платформ                         1',
        'итгэмжлэлийн үйлчилгээ           0',
        'хууль                            1',
        'үе шат                           0',
        'харагдац                         0',
        'чөлөөлөлт                        0',
        '',
      ].join('\n'),
    );
  });

  it('gives each declaration of a name declared twice a row of its own, told apart by where it is declared', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-stats-'));
    writeFileSync(
      join(root, 'a.gea'),
      'agency УБЕГ "Улсын бүртгэл"\nagency УБЕГ "Давхар"\nsystem бүртгэл { owner УБЕГ }\nsystem бүртгэл "Давхар" { owner УБЕГ }\n',
    );
    const result = await gea(['stats', root, ...DATE], process.cwd(), NO_ENV);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('байгууллага               2');
    expect(lines).toContain('систем                    2');
    expect(lines.filter((line) => line.startsWith('УБЕГ'))).toEqual([
      'УБЕГ (a.gea:1)       2              0          0            0',
      'УБЕГ (a.gea:2)       0              0          0            0',
    ]);
  });

  it('writes its headings in English with --locale en, plain (no colour) when not on a terminal', async () => {
    const result = await gea(['stats', QUICKSTART, ...DATE, '--locale', 'en'], process.cwd(), NO_ENV);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['Elements by kind', 'kind            count', 'agencies            2']);
    expect(lines).toContain('agency  systems  data assets  interfaces  operates');
    expect(lines).toContain('gasr          1            1           1         0');
    expect(lines).toContain('At each plateau');
    expect(lines).toContain('date            2026-06-01');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('sets the titles in bold on a terminal, unless NO_COLOR says not to', async () => {
    const onTerminal = async (env: Record<string, string | undefined>) => {
      const { io, output } = capturedIo(process.cwd(), env);
      expect(await run(['stats', QUICKSTART, ...DATE], { ...io, stdoutIsTty: true })).toBe(0);
      return output().stdout;
    };
    expect((await onTerminal({})).split('\n')[0]).toBe('\u001b[1mElements by kind\u001b[0m');
    expect(await onTerminal({ NO_COLOR: '1' })).toMatch(/^Elements by kind\n/);
  });

  it('gives the same counts as JSON: kinds in a fixed order, agencies by full name, plateaus by date', async () => {
    const result = await gea(['stats', QUICKSTART, ...DATE, '--format', 'json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const kinds = { agency: 2, system: 2, data: 1, interface: 1, platform: 1, trust: 0, law: 1, plateau: 0, view: 0, waiver: 0 };
    const parsed = JSON.parse(result.stdout) as { kinds: Record<string, number> };
    expect(parsed).toEqual({
      kinds,
      agencies: [
        { agency: 'gasr', systems: 1, data: 1, interfaces: 1, operates: 0 },
        { agency: 'ndc', systems: 1, data: 0, interfaces: 0, operates: 1 },
      ],
      plateaus: [{ plateau: 'now', date: '2026-06-01', kinds }],
    });
    expect(Object.keys(parsed.kinds)).toEqual(Object.keys(kinds));
  });

  it('exits 2 with a message for a missing folder, an unknown format or a date not on the calendar', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-stats-'));
    expect(await gea(['stats', 'missing'], root)).toMatchObject({ code: 2, stdout: '', stderr: 'gea: no such file or folder: missing\n' });
    expect(await gea(['stats', 'missing'], root, NO_ENV)).toMatchObject({
      code: 2,
      stderr: 'gea: ийм файл эсвэл хавтас байхгүй: missing\n',
    });
    expect((await gea(['stats', QUICKSTART, '--format', 'yaml'])).code).toBe(2);
    expect(await gea(['stats', QUICKSTART, '--date', '2026-02-31'])).toMatchObject({ code: 2, stdout: '' });
  });

  it('is listed in help with its description', async () => {
    expect((await gea(['--help'])).stdout).toMatch(
      /\n {2}stats \[options\] \[workspace\.\.\.\] +count the elements per kind, per agency and per plateau\n/,
    );
    expect((await gea(['--help'], process.cwd(), NO_ENV)).stdout).toContain('элементүүдийг төрөл, байгууллага, үе шат бүрээр тоолох');
  });
});
