// Two names that differ only by case are two elements, and two files whose paths differ only by
// case: the build warns that Windows and macOS would keep one of them. A name Windows reserves for a
// device (`con`, `nul`, `lpt1`) is a file Windows cannot make: the build warns of those too.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, loadWorkspace } from '../../src/index.js';
import { unportablePaths } from '../../src/build/unportable-paths.js';

describe('unportablePaths', () => {
  it('pairs each path with the earlier one it equals but for case, Cyrillic too', () => {
    expect(
      unportablePaths(['agency/tax.html', 'agency/TAX.html', 'agency/Өргөдөл.html', 'agency/өргөдөл.html', 'agency/other.html'])
        .caseCollisions,
    ).toEqual([
      ['agency/tax.html', 'agency/TAX.html'],
      ['agency/Өргөдөл.html', 'agency/өргөдөл.html'],
    ]);
    expect(unportablePaths(['a/b.html', 'a/c.html'])).toEqual({ caseCollisions: [], windowsReserved: [] });
  });

  it('names each path up to its first part Windows reserves, in any case and with any extension, once', () => {
    const paths = [
      'con/README.md',
      'con/openapi.yaml',
      'nul.svg',
      'NUL.mmd',
      'agency/Aux.tar.gz',
      'com1.html',
      'lpt9/x/prn.json',
      'com².svg',
      // Not device names: more to the name than a device's, a namespace before it, or a port 0.
      'console.html',
      'connect/README.md',
      'mn.con/README.md',
      'com0.svg',
      'lpt10.svg',
      'aux_2.svg',
    ];
    expect(unportablePaths(paths).windowsReserved).toEqual([
      'con/',
      'nul.svg',
      'NUL.mmd',
      'agency/Aux.tar.gz',
      'com1.html',
      'lpt9/',
      'com².svg',
    ]);
  });
});

describe('a build of names that differ only by case', () => {
  it('warns, naming the files, in the locale of messages', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'gea-case-')), 'ws');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'model.gea'), 'agency tax "Татвар" { kind agency }\nagency TAX "Татвар ТОМ" { kind agency }\n');
    const warnings: string[] = [];
    await buildWorkspace(await loadWorkspace([root]), {
      toolVersion: 'test',
      only: ['site'],
      messageLocale: 'en',
      onWarning: (message) => warnings.push(message),
    });
    const collision = warnings.find((warning) => warning.includes('differ only by case'));
    expect(collision).toMatch(/site\/agency\/(TAX|tax)\.html and site\/agency\/(tax|TAX)\.html/);
    expect(collision).toContain('rename one of the elements');
  });
});

describe('a build of names Windows reserves', () => {
  it('warns once per section, naming the first paths and counting the rest, in the locale of messages', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'gea-reserved-')), 'ws');
    mkdirSync(root, { recursive: true });
    writeFileSync(
      join(root, 'model.gea'),
      [
        'agency tax "Татвар" { kind agency }',
        'system core "Core" { owner tax }',
        'interface con "Console" { provider core style rest version "1" }',
        'view nul "Nul" { kind landscape }',
        'view aux "Aux" { kind landscape }',
        '',
      ].join('\n'),
    );
    const warnings: string[] = [];
    await buildWorkspace(await loadWorkspace([root]), {
      toolVersion: 'test',
      only: ['diagrams', 'specs'],
      messageLocale: 'en',
      onWarning: (message) => warnings.push(message),
    });
    const reserved = warnings.filter((warning) => warning.includes('Windows, which reserves'));
    expect(reserved).toEqual([
      expect.stringMatching(
        /^warning: diagrams\/aux\.svg, diagrams\/aux\.mmd, diagrams\/aux\.puml \(and 3 more\) cannot be made on Windows/,
      ),
      expect.stringMatching(/^warning: specs\/con\/ cannot be made on Windows, .*; rename those elements or views$/),
    ]);
  });
});
