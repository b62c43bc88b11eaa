// Operations of a `rest` interface that share a path item: paths that differ only in the names of
// their parameters are one path item (OAS 3.1 forbids both), and an operation with the method and
// path of an earlier one is left out of the OpenAPI, which the README and the build then say.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze } from '@gea-arch/fixtures';
import { buildWorkspace, loadWorkspace } from '../../src/index.js';
import { buildSpecs, specInterfaces, specWarnings } from '../../src/spec/index.js';
import { lintOpenApi, problemText } from './validators.js';

const MODEL = `
agency a "A" { kind agency }
data person "P" { owner a field register_no string "R" key field id integer "I" optional }
system s "S" { owner a masters person }
interface api "API" { provider s style rest version "1.0.0" auth none
  operation get    { method GET    path "/persons/{register_no}" input person { register_no } output person }
  operation remove { method DELETE path "/persons/{id}"          input person { id } }
  operation get_again { method GET path "/persons/{register_no}" input person { register_no } output person { id } }
}
`;

async function specsOf(source: string, locale = 'en') {
  const { model } = await analyze(source, { defaultLocale: 'mn' });
  return { model, files: buildSpecs(model, { locale, evaluationDate: '2026-06-01' }) };
}

/** A path with its template names taken out: two paths OAS 3.1 calls identical have the same. */
const shapeOf = (path: string) => path.replace(/\{[^{}]+\}/g, '{}');

describe('REST operations on one path', () => {
  it('gives paths that differ only in their parameter names one path item, named as the first operation names them, each parameter typed by its own field', async () => {
    const { files } = await specsOf(MODEL);
    const text = files.get('api/openapi.yaml')!;
    const document = parseYaml(text);
    const keys = Object.keys(document.paths);
    expect(keys).toEqual(['/persons/{register_no}']);
    expect(new Set(keys.map(shapeOf)).size).toBe(keys.length);
    expect(Object.keys(document.paths['/persons/{register_no}'])).toEqual(['get', 'delete']);
    expect(document.paths['/persons/{register_no}'].delete.parameters).toEqual([
      expect.objectContaining({
        name: 'register_no',
        in: 'path',
        required: true,
        schema: expect.objectContaining({ type: 'integer', title: 'I' }),
      }),
    ]);
    expect(document.paths['/persons/{register_no}'].get.parameters[0]).toMatchObject({
      name: 'register_no',
      schema: { type: 'string', title: 'R' },
    });
    expect((await lintOpenApi(text)).filter((problem) => problem.severity === 'error').map(problemText)).toEqual([]);
  });

  it('leaves out an operation with the method and path of an earlier one, and says so in the OpenAPI, the README and to whoever writes the specs', async () => {
    const { model, files } = await specsOf(MODEL);
    expect(parseYaml(files.get('api/openapi.yaml')!)['x-gea-unmapped-operations']).toEqual(['get_again']);
    const technical = files.get('api/README.md')!.split('## 4. Technical interoperability')[1]!;
    expect(technical).toContain(
      'Operation `get_again` is left out of the OpenAPI description: it has the same method and path (`GET /persons/{register_no}`) as operation `get`',
    );
    const mn = (await specsOf(MODEL, 'mn')).files.get('api/README.md')!;
    expect(mn).toContain(
      '`get_again` үйлдлийг OpenAPI тодорхойлолтод оруулаагүй: `get` үйлдэлтэй ижил арга, замтай (`GET /persons/{register_no}`)',
    );
    const [api] = specInterfaces(model);
    expect(specWarnings(api!, 'en')).toEqual([
      'warning: interface `api`: operation `get_again` is left out of the OpenAPI: it has the same method and path (GET /persons/{register_no}) as operation `get`; give it a path of its own',
    ]);
    expect(specWarnings(api!, 'mn')[0]).toMatch(/^анхааруулга: `api` интерфейсийн `get_again` үйлдлийг OpenAPI-д оруулаагүй/);
    // Nothing to say where every operation has a path item of its own.
    const clean = (await specsOf(MODEL.replace(/ {2}operation get_again .*\n/, ''))).files.get('api/README.md')!;
    expect(clean).not.toContain('left out');
  });

  it('is said by gea build, as its other warnings are', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-rest-routes-'));
    writeFileSync(join(root, 'model.gea'), MODEL);
    const warnings: string[] = [];
    await buildWorkspace(await loadWorkspace([root]), {
      outDir: join(root, 'out'),
      only: ['specs'],
      toolVersion: 'test',
      evaluationDate: '2026-06-01',
      messageLocale: 'en',
      onWarning: (message) => warnings.push(message),
    });
    expect(warnings).toEqual([expect.stringMatching(/^warning: interface `api`: operation `get_again` is left out of the OpenAPI/)]);
  });
});
