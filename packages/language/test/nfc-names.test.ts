// A name is read in its composed form (Unicode NFC), however the file saved its letters (decision
// 0069): `й` written as `и` and U+0306, as some macOS tools save it, is the same name as `й`.
import { describe, expect, it } from 'vitest';
import { analyze, brief, parseFindings } from '@gea-arch/fixtures';

const decomposed = (text: string) => text.normalize('NFD');

describe('a name written with decomposed letters', () => {
  it('is one name, the one written composed: declarations and references link either way', async () => {
    expect(decomposed('хэвлэлий')).not.toBe('хэвлэлий');
    const source = [
      decomposed('agency хэвлэлий "Хэвлэл" { kind agency }'),
      'system s "С" { owner хэвлэлий }',
      decomposed('system t "Т" { owner хэвлэлий }'),
    ].join('\n');
    const { findings, model } = await analyze(source, { rules: [] });
    expect(brief(findings)).toEqual([]);
    expect(model.agencies.map((agency) => agency.id)).toEqual(['хэвлэлий']);
    expect(model.systems.map((system) => system.owner?.target?.id)).toEqual(['хэвлэлий', 'хэвлэлий']);
  });

  it('is the same name as its composed spelling where two declarations are compared', async () => {
    const source = `${decomposed('agency хэвлэлий "Х" { kind agency }')}\nagency хэвлэлий "Х" { kind agency }`;
    expect(brief(await parseFindings(source))).toEqual(['duplicate-name@1', 'duplicate-name@2']);
  });

  it('keeps the columns of the file as written', async () => {
    const line = decomposed('agency хэвлэлий "Х" { kind agency colour red }');
    const [finding] = await parseFindings(line);
    expect(finding!.source.start.character).toBe(line.indexOf('colour'));
  });
});
