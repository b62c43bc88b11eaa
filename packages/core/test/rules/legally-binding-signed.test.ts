import { describe, expect, it } from 'vitest';
import { legallyBindingSigned } from '../../src/rules/legally-binding-signed.js';
import { brief } from '@gea-arch/fixtures';
import { checked, lineOf, TRUSTED } from './signature-fixtures.js';

const run = (source: string) => checked(legallyBindingSigned, source);

const DOCUMENT = `
data birth_cert "Төрсний гэрчилгээ" { owner gasr kind document legally-binding format pdf }
`;

describe('legally-binding-signed', () => {
  it('reports at the masters statement when the master neither signs nor seals the document', async () => {
    const source = `${TRUSTED}${DOCUMENT}
system registry "Бүртгэл" {
  owner gasr
  masters birth_cert // here
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`legally-binding-signed@${lineOf(source, '// here')}`]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('birth_cert');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toContain('`birth_cert`');
    expect(findings[0]!.message).toContain('neither signs nor seals');
    expect(findings[0]!.message).toContain('add `signs birth_cert');
  });

  it('accepts a qualified signature or an advanced seal by the master', async () => {
    const source = `${TRUSTED}${DOCUMENT}
data licence "Тусгай зөвшөөрөл" { owner gasr kind document legally-binding }
system registry "Бүртгэл" {
  owner gasr
  masters birth_cert, licence
  signs birth_cert { level qualified format PAdES with qca timestamp tsa }
  seals licence { level advanced format PAdES with qca timestamp tsa }
}`;
    expect(await run(source)).toEqual([]);
  });

  it('reports a master that signs only at level simple, and says so', async () => {
    const source = `${TRUSTED}${DOCUMENT}
system registry "Бүртгэл" {
  owner gasr
  masters birth_cert // here
  signs birth_cert { level simple format PAdES with qca }
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`legally-binding-signed@${lineOf(source, '// here')}`]);
    expect(findings[0]!.message).toContain('only at level simple');
  });

  it('does not count verifies, nor a signature by a system that is not the master', async () => {
    const source = `${TRUSTED}${DOCUMENT}
system registry "Бүртгэл" {
  owner gasr
  masters birth_cert // here
  verifies birth_cert { with qca }
}
system portal "Портал" {
  owner gasr
  signs birth_cert { level qualified format PAdES with qca }
}`;
    expect(brief(await run(source))).toEqual([`legally-binding-signed@${lineOf(source, '// here')}`]);
  });

  it('ignores documents that are not legally binding', async () => {
    const source = `${TRUSTED}
data memo "Тэмдэглэл" { owner gasr kind document }
system registry "Бүртгэл" { owner gasr masters memo }`;
    expect(await run(source)).toEqual([]);
  });

  it('reports only at the plateaus where the signature no longer exists', async () => {
    const source = `${TRUSTED}${DOCUMENT}
system registry "Бүртгэл" {
  owner gasr
  masters birth_cert // here
  signs birth_cert { level qualified format PAdES with qca until target }
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`legally-binding-signed@${lineOf(source, '// here')}`]);
    expect(findings[0]!.plateaus).toEqual(['target']);
  });

  it("reports one finding at a `masters` statement whose signing problem differs by plateau, with the earliest plateau's message", async () => {
    const source = `${TRUSTED}${DOCUMENT}
system registry "Бүртгэл" {
  owner gasr
  masters birth_cert // here
  signs birth_cert { level simple format PAdES with qca until target }
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`legally-binding-signed@${lineOf(source, '// here')}`]);
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toContain('only at level simple');
  });

  it('follows the lifecycle of the masters statement and of the document', async () => {
    const source = `${TRUSTED}
data birth_cert "Төрсний гэрчилгээ" { owner gasr kind document legally-binding from target }
data old_cert "Хуучин" { owner gasr kind document legally-binding }
system registry "Бүртгэл" {
  owner gasr
  masters birth_cert // new
  masters old_cert (until target)
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([
      `legally-binding-signed@${lineOf(source, '// new')}`,
      `legally-binding-signed@${lineOf(source, 'masters old_cert')}`,
    ]);
    expect(findings.map((f) => f.plateaus)).toEqual([['target'], ['current']]);
  });

  it('reports each master of a document mastered twice', async () => {
    const source = `${TRUSTED}${DOCUMENT}
system a "A" { owner gasr masters birth_cert }
system b "B" {
  owner gasr
  masters birth_cert
  signs birth_cert { level advanced format PAdES with qca }
}`;
    expect(brief(await run(source))).toEqual([`legally-binding-signed@${lineOf(source, 'system a')}`]);
  });

  it('does not fire for an unresolved masters reference', async () => {
    const source = `${TRUSTED}
system registry "Бүртгэл" { owner gasr masters no_such_document }`;
    expect(await checked(legallyBindingSigned, source, { allowUnresolved: true })).toEqual([]);
  });

  it('is waived by a waiver on the document or on the system, until the waiver ends', async () => {
    const source = `${TRUSTED}${DOCUMENT}
data licence "Тусгай зөвшөөрөл" { owner gasr kind document legally-binding }
system registry "Бүртгэл" {
  owner gasr
  masters birth_cert // birth
}
system licensing "Тусгай зөвшөөрөл" {
  owner gasr
  masters licence // licence
}
waiver unsigned_births { rule legally-binding-signed on birth_cert reason "Цаасан хэлбэрээр" until target }
waiver unsigned_licences { rule legally-binding-signed on licensing reason "Шилжилт" }`;
    const findings = await run(source);
    const birth = lineOf(source, '// birth');
    expect(brief(findings)).toEqual([
      `legally-binding-signed@${birth}~`,
      `legally-binding-signed@${birth}`,
      `legally-binding-signed@${lineOf(source, '// licence')}~`,
    ]);
    expect(findings.map((f) => f.plateaus)).toEqual([['current'], ['target'], ['current', 'target']]);
  });
});
