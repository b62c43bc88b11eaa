// `gea spec INTERFACE`: one spec of an interface, in the format of its style or the one asked for, labelled in the chosen locale.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { gea } from './run-gea.js';

describe('gea spec', () => {
  it('writes the spec of the interface’s style by default: WSDL for SOAP, OpenAPI for REST, AsyncAPI for events', async () => {
    const wsdl = await gea(['spec', 'mn.gasr.citizen_info', MONGOLIA_EXAMPLE]);
    expect(wsdl).toMatchObject({ code: 0, stderr: '' });
    expect(wsdl.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<wsdl:definitions name="citizen_info"/);
    const openapi = parseYaml((await gea(['spec', 'mn.alamgac.address_api', MONGOLIA_EXAMPLE])).stdout);
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths)).toEqual(['/addresses/{address_id}', '/addresses']);
    const asyncapi = parseYaml((await gea(['spec', 'mn.gasr.civil_events', MONGOLIA_EXAMPLE])).stdout);
    expect(Object.keys(asyncapi.channels)).toEqual(['CitizenBorn', 'CitizenDeceased']);
  });

  it('finds an interface by its own name where that is unique, and writes any format of its bundle', async () => {
    const schema = JSON.parse((await gea(['spec', 'civil_events', MONGOLIA_EXAMPLE, '--format', 'jsonschema'])).stdout);
    expect(schema['x-gea-interface']).toBe('mn.gasr.civil_events');
    expect(Object.keys(schema.$defs)).toEqual(['CitizenBornEvent', 'CitizenDeceasedEvent', 'mn.gasr.citizen', 'mn.alamgac.address']);
    const agreement = await gea(['spec', 'civil_events', MONGOLIA_EXAMPLE, '-f', 'agreement']);
    expect(agreement.stdout).toMatch(/^# Interoperability agreement draft: Civil registration events\n/);
  });

  it('labels in the chosen locale: --locale, else GEA_LOCALE, else gea.yaml', async () => {
    const mn = await gea(['spec', 'civil_events', MONGOLIA_EXAMPLE, '-f', 'agreement'], undefined, { GEA_LOCALE: undefined });
    expect(mn.stdout).toMatch(/^# Харилцан ажиллагааны гэрээний төсөл: Иргэний бүртгэлийн үйл явдлын мэдээ\n/);
    expect(mn.stdout).toContain('## 1. Эрх зүйн харилцан ажиллагаа');
    const en = await gea(['spec', 'civil_events', MONGOLIA_EXAMPLE, '-f', 'agreement', '--locale', 'en'], undefined, { GEA_LOCALE: 'mn' });
    expect(en.stdout).toContain('## 1. Legal interoperability');
    expect(en.stdout).toContain('Other names: mn: Иргэний бүртгэлийн үйл явдлын мэдээ');
  });

  it('names what it could not read of the model with file, line and column, and exits 1; the spec comes from the rest', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-spec-'));
    writeFileSync(join(root, 'broken.gea'), 'interface broken {\n');
    const result = await gea(['spec', 'broken', '-f', 'jsonschema'], root);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)['x-gea-interface']).toBe('broken');
    expect(result.stderr).toMatch(/^broken\.gea:1:19 error syntax `interface broken \{` on line 1 is not closed/);
    for (const command of [['views'], ['stats'], ['diagram', 'signatures', '-f', 'mermaid'], ['export', 'archimate']]) {
      const other = await gea(command, root);
      expect([other.code, other.stderr.split(' ')[0]], command.join(' ')).toEqual([1, 'broken.gea:1:19']);
    }
    expect((await gea(['spec', 'mn.gasr.citizen_info', MONGOLIA_EXAMPLE])).code).toBe(0);
  });

  it('writes to a file with -o, whole', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-spec-'));
    const result = await gea(['spec', 'mn.gasr.citizen_info', MONGOLIA_EXAMPLE, '-o', 'citizen.wsdl'], root);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(root, 'citizen.wsdl'), 'utf8')).toContain('<wsdl:service name="citizen_infoService">');
  });

  it('exits 2 naming the close interfaces for an unknown one, and the formats an interface has for one it has not', async () => {
    const unknown = await gea(['spec', 'citizn_info', MONGOLIA_EXAMPLE]);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toBe(
      'gea: no interface `citizn_info`; did you mean `mn.gasr.citizen_info`? (`gea build --only specs` writes the specs of every interface)\n',
    );
    const wrong = await gea(['spec', 'mn.gasr.citizen_info', MONGOLIA_EXAMPLE, '-f', 'openapi']);
    expect(wrong).toMatchObject({ code: 2, stdout: '' });
    expect(wrong.stderr).toBe(
      'gea: `mn.gasr.citizen_info` is a `soap` interface: it has no openapi spec; use one of wsdl, jsonschema, agreement\n',
    );
    const mongolian = await gea(['spec', 'mn.gasr.citizen_info', MONGOLIA_EXAMPLE, '-f', 'asyncapi'], undefined, { GEA_LOCALE: 'mn' });
    expect(mongolian.stderr).toBe(
      'gea: `mn.gasr.citizen_info` нь `soap` интерфейс тул asyncapi тодорхойлолтгүй; wsdl, jsonschema, agreement-ын аль нэгийг сонгоно уу\n',
    );
    expect((await gea(['spec', 'mn.gasr.citizen_info', MONGOLIA_EXAMPLE, '-f', 'pdf'])).code).toBe(2);
  });

  it('says on standard error which operations the OpenAPI leaves out, and still exits 0', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-spec-'));
    writeFileSync(
      join(root, 'model.gea'),
      `agency a "A" { kind agency }
data d "D" { owner a field id string "ID" key }
system s "S" { owner a masters d }
interface api "API" { provider s style rest version "1" auth none
  operation get { method GET path "/d/{id}" input d { id } output d }
  operation again { method GET path "/d/{key}" input d { id } output d } }
`,
    );
    const result = await gea(['spec', 'api', root]);
    expect(result.code).toBe(0);
    expect(parseYaml(result.stdout)['x-gea-unmapped-operations']).toEqual(['again']);
    expect(result.stderr).toBe(
      'warning: interface `api`: operation `again` is left out of the OpenAPI: it has the same method and path (GET /d/{id}) as operation `get`; give it a path of its own\n',
    );
    expect((await gea(['spec', 'api', root, '-f', 'jsonschema'])).stderr).toBe('');
  });

  it('names the style with its article, or says the interface has none, when a format is not the style’s', async () => {
    const event = await gea(['spec', 'mn.gasr.civil_events', MONGOLIA_EXAMPLE, '-f', 'openapi']);
    expect(event.stderr).toBe(
      'gea: `mn.gasr.civil_events` is an `event` interface: it has no openapi spec; use one of asyncapi, jsonschema, agreement\n',
    );
    const root = mkdtempSync(join(tmpdir(), 'gea-spec-'));
    writeFileSync(join(root, 'model.gea'), 'agency a "A" { kind agency }\nsystem s "S" { owner a }\ninterface nos "N" { provider s }\n');
    const none = await gea(['spec', 'nos', root, '-f', 'openapi']);
    expect(none).toMatchObject({
      code: 2,
      stderr: 'gea: `nos` has no `style`: it has no openapi spec; use one of jsonschema, agreement\n',
    });
    const mongolian = await gea(['spec', 'nos', root, '-f', 'wsdl'], undefined, { GEA_LOCALE: 'mn' });
    expect(mongolian.stderr).toBe(
      'gea: `nos` интерфейсэд `style` заагаагүй тул wsdl тодорхойлолтгүй; jsonschema, agreement-ын аль нэгийг сонгоно уу\n',
    );
  });

  it('asks for the full name when the own name is shared', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-spec-'));
    writeFileSync(join(root, 'model.gea'), 'agency a "A" { kind agency }\nsystem s "S" { owner a }\n');
    writeFileSync(join(root, 'one.gea'), 'namespace one\ninterface api "API" { provider s style rest version "1" }\n');
    writeFileSync(join(root, 'two.gea'), 'namespace two\ninterface api "API" { provider s style rest version "1" }\n');
    const result = await gea(['spec', 'api', root]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('gea: `api` names several interfaces: `one.api`, `two.api`; give the full name\n');
  });
});
