// The suite's temporary folders are made under one folder of the run, removed when it ends
// (test-temp-folder.ts), so running the suite leaves nothing behind in the machine's /tmp.
import { tmpdir } from 'node:os';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('temporary folders of the suite', () => {
  it('are made under a folder of this run', () => {
    expect(basename(tmpdir())).toMatch(/^gea-tests-/);
  });
});
