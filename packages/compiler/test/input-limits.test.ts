// Big inputs get clear findings or simply work: a 1 MB string, an unclosed one, a 20 MB file, and ten
// thousand files.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileWorkspace, findingRecords, loadWorkspace } from '@gea-arch/compiler';

describe('input limits', () => {
  it('takes a 1 MB name, and reports an unclosed 1 MB string in a message of readable length', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-mb-'));
    const megabyte = 'ы'.repeat(1_000_000);
    writeFileSync(join(root, 'm.gea'), `agency a "${megabyte}" { kind agency }\nsystem s "${'x'.repeat(1_000_000)} { owner a }\n`);
    const records = findingRecords(await compileWorkspace(await loadWorkspace([root]), { locale: 'en' }));
    expect(records.map((r) => `${r.line}:${r.column} ${r.rule}`)).toEqual(['2:1 owner-required', '2:10 syntax']);
    for (const record of records) expect(record.message.length).toBeLessThan(300);
  });

  it('checks a 20 MB file with strings and comments of megabytes (which overflowed the regex stack of the lexer)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-20mb-'));
    const declarations = Array.from(
      { length: 3000 },
      (_, i) => `agency a${i} "Агентлаг ${i}" { kind agency }\nsystem s${i} "С ${i}" { owner a${i} }\n`,
    );
    const comment = `/* ${'тайлбар '.repeat(600_000)}*/\n`;
    const law = `law big_law "${'хууль \\"ишлэл\\" '.repeat(400_000)}" { }\n`;
    const open = `law open_law "${'нээлттэй '.repeat(250_000)}\n`;
    const text = ['namespace mn.big\n', ...declarations, comment, law, open].join('');
    expect(Buffer.byteLength(text)).toBeGreaterThan(20_000_000);
    writeFileSync(join(root, 'big.gea'), text);
    const compilation = await compileWorkspace(await loadWorkspace([root]), { locale: 'en' });
    expect(compilation.analysis.model.systems).toHaveLength(3000);
    const bigLaw = compilation.analysis.model.laws.find((law) => law.id === 'mn.big.big_law');
    expect(Object.values(bigLaw?.names ?? {})).toEqual(['хууль "ишлэл" '.repeat(400_000)]);
    const records = findingRecords(compilation);
    expect(records.map((r) => `${r.line}:${r.column} ${r.rule}`)).toEqual([`6004:14 syntax`]);
    for (const record of records) expect(record.message.length).toBeLessThan(300);
  }, 120_000);

  it('checks ten thousand files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-10k-'));
    for (let folder = 0; folder < 100; folder++) {
      mkdirSync(join(root, `a${folder}`));
      for (let file = 0; file < 100; file++) {
        const index = folder * 100 + file;
        writeFileSync(join(root, `a${folder}`, `f${index}.gea`), `agency ag${index} "Агентлаг ${index}" { kind agency }\n`);
      }
    }
    const compilation = await compileWorkspace(await loadWorkspace([root]), { locale: 'en' });
    expect(compilation.workspace.files).toHaveLength(10_000);
    expect(compilation.analysis.model.agencies).toHaveLength(10_000);
    expect(findingRecords(compilation)).toEqual([]);
  }, 120_000);
});
