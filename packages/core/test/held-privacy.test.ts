import { describe, expect, it } from 'vitest';
import { analyze } from '@gea-arch/fixtures';
import { heldPrivacy } from '../src/model/held-privacy.js';

const MODEL = `
agency a "A" { kind agency }
data plain "P" { owner a field code string key }
data flagged "F" { owner a field code string key field name string personal }
data delicate "D" { owner a privacy personal field code string key field health string sensitive }
data declared "S" { owner a privacy sensitive field code string key }
`;

describe('the personal data an asset holds', () => {
  it('is the most of its own privacy and its fields’ flags (LANGUAGE.md: a flagged field makes the asset hold personal data)', async () => {
    const { model } = await analyze(MODEL);
    const held = Object.fromEntries(model.data.map((data) => [data.id, heldPrivacy(data)]));
    expect(held).toEqual({ plain: 'none', flagged: 'personal', delicate: 'sensitive', declared: 'sensitive' });
  });
});
