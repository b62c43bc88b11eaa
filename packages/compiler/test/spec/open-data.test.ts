// open-data.json: the `api` distribution of an open data asset points at an interface that serves
// it — one that exists at the plateau in force on the evaluation date and is not deprecated, else
// one not deprecated, else the first in source order.
import { describe, expect, it } from 'vitest';
import { analyze } from '@gea-arch/fixtures';
import { buildSpecs } from '../../src/spec/index.js';

const MODEL = `
plateau current "Now" { date 2026-01-01 }
plateau target "Then" { date 2028-01-01 }
agency a "A" { kind agency }
platform x "X" { kind exchange operator a }
data d "D" { owner a classification public field id string "ID" key
  open { license "CC-BY-4.0" publisher a cadence daily formats api, csv } }
system s "S" { owner a masters d }
interface old "Old" { provider s via x style rest version "1.0.0" deprecated until target auth none
  operation get { method GET path "/d/{id}" input d { id } output d } }
interface new "New" { provider s via x style event version "2.0.0" from target auth none event changed { payload d } }
interface mid "Mid" { provider s via x style rest version "1.5.0" auth none
  operation get { method GET path "/d/{id}" input d { id } output d } }
`;

async function apiDistribution(source: string, evaluationDate: string) {
  const { model } = await analyze(source, { defaultLocale: 'en' });
  const graph = JSON.parse(buildSpecs(model, { locale: 'en', evaluationDate }).get('open-data.json')!)['@graph'];
  const distribution = graph.find((node: { '@id': string }) => node['@id'] === 'urn:gea:d:distribution:api');
  return { service: distribution['dcat:accessService']['@id'], url: distribution['dcat:accessURL']['@id'] };
}

describe('the api distribution of open data', () => {
  it('points at an interface that exists at the plateau of the evaluation date and is not deprecated', async () => {
    expect(await apiDistribution(MODEL, '2026-06-01')).toEqual({ service: 'urn:gea:mid', url: 'urn:gea:x:mid' });
    // At `target`, both `new` and `mid` serve it: the first in source order.
    expect((await apiDistribution(MODEL, '2029-01-01')).service).toBe('urn:gea:new');
  });

  it('else at one not deprecated, else at the first in source order', async () => {
    const withoutMid = MODEL.replace(/interface mid[\s\S]*$/, '');
    expect(await apiDistribution(withoutMid, '2026-06-01')).toEqual({ service: 'urn:gea:new', url: 'urn:gea:x:new' });
    const allDeprecated = withoutMid.replace('from target auth none', 'from target deprecated auth none');
    expect((await apiDistribution(allDeprecated, '2026-06-01')).service).toBe('urn:gea:old');
  });
});
