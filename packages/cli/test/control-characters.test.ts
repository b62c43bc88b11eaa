// Names and strings of a model go to the reader's terminal: no control character reaches it raw.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gea } from './run-gea.js';

describe('gea check text output', () => {
  it('escapes control characters that a model string carries into a message', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-control-'));
    const code = '9000\u001b[2J\u0007';
    writeFileSync(
      join(root, 'm.gea'),
      `agency a "А" { kind agency registry-code "${code}" }\nagency b "Б" { kind agency registry-code "${code}" }\n`,
    );
    const result = await gea(['check'], root);
    expect(result.stdout).toContain('registry-code "9000\\u{1b}[2J\\u{7}"');
    // eslint-disable-next-line no-control-regex -- the raw control characters are what must not appear
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
