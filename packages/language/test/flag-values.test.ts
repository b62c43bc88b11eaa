// A flag (`accredited`, `base-registry`, `legally-binding`, `deprecated`) says yes by standing
// alone. `true` or `false` after one is one error at the value, and `false` is not read as yes
// (decision 0064); the formatter keeps the value where it is and completion never offers it.
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { baseRegistryShared, deprecatedInterface, type Finding } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';
import { createGeaServices, createSourceFormatter } from '../src/lsp/index.js';

/** `line:column rule message` of each finding, 1-based. */
function located(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.source.start.line + 1}:${f.source.start.character + 1} ${f.rule} ${f.message}`);
}

const MODEL = `agency a "А" { kind agency }
trust ca "CA" { kind ca operator a accredited false }
data d "Д" { owner a base-registry false legally-binding true }
system s "С" { owner a masters d consumes i }
interface i "I" { provider s version "1" deprecated false }`;

describe('a flag followed by `true` or `false`', () => {
  it('is one error at the value, saying to write the flag alone or leave it out', async () => {
    const { findings } = await analyze(MODEL, { rules: [] });
    expect(located(findings)).toEqual([
      '2:47 syntax a flag takes no value: write `accredited`, or leave it out to mean no',
      '3:36 syntax a flag takes no value: write `base-registry`, or leave it out to mean no',
      '3:58 syntax a flag takes no value: write `legally-binding`, or leave it out to mean no',
      '5:53 syntax a flag takes no value: write `deprecated`, or leave it out to mean no',
    ]);
    const mongolian = await analyze(MODEL, { rules: [], locale: 'mn' });
    expect(mongolian.findings[0]!.message).toBe(
      'тэмдэглэгээ утга авдаггүй: `accredited` гэж бичнэ үү, эсвэл “үгүй” гэх бол огт бичихгүй орхино уу',
    );
  });

  it('reads `false` as the flag not given and `true` as given, so no rule fires on a flag written false', async () => {
    const { model, findings } = await analyze(MODEL, { rules: [baseRegistryShared, deprecatedInterface] });
    expect(model.trusts[0]!.accredited).toBe(false);
    expect(model.data[0]!.baseRegistry).toBe(false);
    expect(model.data[0]!.legallyBinding).toBe(true);
    expect(model.interfaces[0]!.deprecated).toBe(false);
    expect(findings.map((finding) => finding.rule)).toEqual(['syntax', 'syntax', 'syntax', 'syntax']);
    // The flag alone is yes, as before.
    const alone = await analyze(MODEL.replace(/ (true|false)\b/g, ''), { rules: [baseRegistryShared, deprecatedInterface] });
    expect(alone.model.trusts[0]!.accredited).toBe(true);
    expect(alone.model.data[0]!.baseRegistry).toBe(true);
    expect(alone.findings.map((finding) => finding.rule)).toEqual(['base-registry-shared', 'deprecated-interface']);
  });

  it('is formatted with its value on its line, as any other token', () => {
    const format = createSourceFormatter({ locale: 'en' });
    expect(format('data d "Д" {\n  owner a   base-registry    false\n}\n').text).toBe(
      'data d "Д" {\n  owner a\n  base-registry false\n}\n',
    );
  });

  it('is not completed with `true` or `false`', async () => {
    const { shared, gea } = createGeaServices(EmptyFileSystem, { locale: 'en' });
    const text = 'agency a "А" { kind agency }\ndata d "Д" { owner a base-registry  }';
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///ws/flags.gea'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document]);
    const position = document.textDocument.positionAt(text.indexOf('base-registry ') + 'base-registry '.length);
    const list = await gea.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
    const labels = list?.items.map((item) => item.label) ?? [];
    expect(labels).toContain('classification');
    expect(labels).not.toContain('true');
    expect(labels).not.toContain('false');
  });
});
