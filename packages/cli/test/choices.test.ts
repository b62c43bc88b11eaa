// The choices the command line offers without loading the compiler are the compiler's own.
import { describe, expect, it } from 'vitest';
import { BUILD_SECTIONS, DIAGRAM_FORMATS, GAP_FORMATS, SPEC_COMMAND_FORMATS } from '../src/choices.js';
import { EMITTERS } from '@gea-arch/compiler';
import { DIAGRAM_FORMATS as EMITTER_DIAGRAM_FORMATS } from '../src/commands/diagram.js';
import { GAP_FORMATS as EMITTER_GAP_FORMATS } from '../src/commands/gap.js';
import { SPEC_COMMAND_FORMATS as EMITTER_SPEC_FORMATS } from '../src/commands/spec.js';

describe('command-line choices', () => {
  it('offers every section of the build, in the emitters’ order', () => {
    expect(BUILD_SECTIONS).toEqual(EMITTERS.map((emitter) => emitter.id));
  });

  it('offers the formats the diagram, gap and spec emitters write', () => {
    expect(DIAGRAM_FORMATS).toEqual(EMITTER_DIAGRAM_FORMATS);
    expect(GAP_FORMATS).toEqual(EMITTER_GAP_FORMATS);
    expect(SPEC_COMMAND_FORMATS).toEqual(EMITTER_SPEC_FORMATS);
  });
});
