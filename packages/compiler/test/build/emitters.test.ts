// The emitter table: one row per out/ section, which `gea build` runs in order and whose ids,
// sections, formats and commands the command line reads.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, EMITTERS, emitterById, emitterOfCommand, loadWorkspace, SECTIONS } from '../../src/index.js';

const QUICKSTART = resolve(import.meta.dirname, '../../../../examples/quickstart');

describe('emitter table', () => {
  it('lists the diagrams, archimate, reports, specs and site emitters, with their sections, formats and commands', () => {
    expect(EMITTERS.map((emitter) => [emitter.id, emitter.section, emitter.command])).toEqual([
      ['diagrams', 'diagrams', 'diagram'],
      ['archimate', 'archimate', 'export'],
      ['reports', 'reports', 'gap'],
      ['specs', 'specs', 'spec'],
      ['site', 'site', undefined],
    ]);
    expect(emitterById('diagrams')!.formats.map((format) => `${format.id}:${format.extension}:${format.built}`)).toEqual([
      'svg:svg:always',
      'png:png:on-request',
      'mermaid:mmd:always',
      'plantuml:puml:always',
      'd2:d2:never',
      'json:json:never',
    ]);
    expect(emitterById('reports')!.formats.map((format) => `${format.id}:${format.built}`)).toEqual([
      'json:always',
      'sarif:always',
      'md:always',
      'html:never',
    ]);
    expect(emitterById('specs')!.formats.map((format) => `${format.id}:${format.extension}:${format.built}`)).toEqual([
      'openapi:openapi.yaml:always',
      'asyncapi:asyncapi.yaml:always',
      'wsdl:wsdl:always',
      'jsonschema:json:always',
      'agreement:md:always',
    ]);
    expect(emitterById('archimate')!.formats.map((format) => `${format.id}:${format.extension}:${format.built}`)).toEqual([
      'xml:xml:always',
    ]);
    expect(emitterOfCommand('diagram')).toBe(emitterById('diagrams'));
    expect(emitterOfCommand('spec')).toBe(emitterById('specs'));
    expect(emitterOfCommand('export')).toBe(emitterById('archimate'));
    expect(emitterById('site')!.formats.map((format) => `${format.id}:${format.built}`)).toEqual([
      'html:always',
      'css:always',
      'js:always',
      'ttf:always',
    ]);
    expect(emitterById('site')!.needs).toEqual(['diagrams', 'reports', 'specs']);
  });

  it('gives every emitter its own id and section, and every format of one emitter its own name and extension', () => {
    expect(new Set(EMITTERS.map((emitter) => emitter.id)).size).toBe(EMITTERS.length);
    expect(new Set(EMITTERS.map((emitter) => emitter.section)).size).toBe(EMITTERS.length);
    for (const emitter of EMITTERS) {
      expect(new Set(emitter.formats.map((format) => format.id)).size, emitter.id).toBe(emitter.formats.length);
      expect(new Set(emitter.formats.map((format) => format.extension)).size, emitter.id).toBe(emitter.formats.length);
      expect(emitter.section, emitter.id).toMatch(/^[a-z][a-z0-9-]*$/);
    }
    expect(SECTIONS).toEqual(EMITTERS.map((emitter) => emitter.id));
  });

  it('is what gea build runs: one folder per emitter, in the order of the table', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'gea-emitters-')), 'out');
    const result = await buildWorkspace(await loadWorkspace([QUICKSTART]), { outDir, toolVersion: 'test' });
    expect(result.sections.map((section) => [section.section, section.folder])).toEqual(
      EMITTERS.map((emitter) => [emitter.id, emitter.section]),
    );
    expect(
      readdirSync(outDir)
        .filter((name) => !name.startsWith('.'))
        .sort(),
    ).toEqual(EMITTERS.map((emitter) => emitter.section).sort());
    for (const emitter of EMITTERS) {
      const built = emitter.formats.filter((format) => format.built === 'always').map((format) => format.extension);
      // Longest first, so that `x.openapi.yaml` is an OpenAPI file before it is anything else.
      const formatOf = (file: string) => [...built].sort((a, b) => b.length - a.length).find((extension) => file.endsWith(`.${extension}`));
      const files = readdirSync(join(outDir, emitter.section), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
      const written = new Set(files.map((entry) => formatOf(entry.name) ?? entry.name));
      // The specs emitter writes the spec of each interface's style: the quickstart's one interface is SOAP.
      const expected = emitter.id === 'specs' ? built.filter((extension) => !extension.endsWith('api.yaml')) : built;
      expect([...written].sort(), emitter.id).toEqual([...new Set(expected)].sort());
    }
  });

  it('builds only the sections asked for and those they need, and refuses one it does not have, naming those it has', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'gea-emitters-')), 'out');
    const workspace = await loadWorkspace([QUICKSTART]);
    const result = await buildWorkspace(workspace, { outDir, toolVersion: 'test', only: ['reports'] });
    expect(result.sections.map((section) => section.section)).toEqual(['reports']);
    expect(result.diagrams).toBeUndefined();
    const site = await buildWorkspace(workspace, { outDir, toolVersion: 'test', only: ['site'] });
    expect(site.sections.map((section) => section.section)).toEqual(['diagrams', 'reports', 'specs', 'site']);
    await expect(buildWorkspace(workspace, { outDir, toolVersion: 'test', only: ['pdf'] })).rejects.toThrow(
      'no emitter pdf (emitters: diagrams, archimate, reports, specs, site)',
    );
  });
});
