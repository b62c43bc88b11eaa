// Model text in the Markdown of the specs (the drafts, and the CommonMark descriptions of OpenAPI
// and AsyncAPI) reads as text: leading blanks never make a code block, a line never starts a list,
// heading or rule, and the model's line breaks stay line breaks.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze } from '@gea-arch/fixtures';
import { buildSpecs } from '../../src/spec/index.js';

const DESCRIPTION = '    Indented: *not* code\\n\\tSecond line\\n  - not a list\\n\\n===\\n1. not a list either\\n';

const MODEL = `
agency a "A" { kind agency }
data d "D" { owner a field id string "ID" key }
system s "S" { owner a masters d }
interface api "API" { description "${DESCRIPTION}" provider s style rest version "1.0.0" auth none
  operation get { description "${DESCRIPTION}" method GET path "/d/{id}" input d { id } output d } }
interface feed "Feed" { description "${DESCRIPTION}" provider s style event version "1.0.0" auth none
  event changed { description "${DESCRIPTION}" payload d } }
`;

const markdown = new MarkdownIt();

/** The HTML CommonMark makes of a description: one paragraph, its lines kept apart by <br>. */
const EXPECTED_HTML = '<p>Indented: *not* code<br>\nSecond line<br>\n- not a list<br>\n===<br>\n1. not a list either</p>\n';

describe('model text in Markdown', () => {
  it('reads as one paragraph of text with its line breaks, in the README and in the OpenAPI and AsyncAPI descriptions', async () => {
    const { model } = await analyze(MODEL, { defaultLocale: 'en' });
    const files = buildSpecs(model, { locale: 'en', evaluationDate: '2026-06-01' });
    const readme = markdown.render(files.get('api/README.md')!);
    expect(readme).toContain(EXPECTED_HTML);
    expect(readme).not.toMatch(/<pre>|<hr>/);
    const openapi = parseYaml(files.get('api/openapi.yaml')!);
    expect(markdown.render(openapi.info.description)).toBe(EXPECTED_HTML);
    expect(markdown.render(openapi.paths['/d/{id}'].get.description)).toBe(EXPECTED_HTML);
    const asyncapi = parseYaml(files.get('feed/asyncapi.yaml')!);
    expect(markdown.render(asyncapi.info.description)).toBe(EXPECTED_HTML);
    expect(markdown.render(asyncapi.components.messages.changed.description)).toBe(EXPECTED_HTML);
  });
});
