// The emitters, in the order `gea build` runs them. A new emitter is its folder (with an object
// satisfying Emitter) plus one line here; `gea build --only`, its help and the commands that emit
// one item read this table.
import { archimateEmitter } from './archimate.js';
import { diagramsEmitter } from './diagrams.js';
import type { Emitter } from './emitter.js';
import { reportsEmitter } from './reports.js';
import { siteEmitter } from './site.js';
import { specsEmitter } from './specs.js';

// The ArchiMate document comes right after the diagrams, whose layouts it reuses: it is the largest
// thing this thread makes at national scale (180 MB of objects, 120 MB of bytes), made while the
// drawing threads start and nothing else is held beside them (decision 0029).
export const EMITTERS: readonly Emitter[] = [diagramsEmitter, archimateEmitter, reportsEmitter, specsEmitter, siteEmitter];

/** The emitter `gea build --only` calls `id`, if there is one. */
export function emitterById(id: string): Emitter | undefined {
  return EMITTERS.find((emitter) => emitter.id === id);
}

/** The emitter behind a `gea` command (`diagram`), if there is one. */
export function emitterOfCommand(command: string): Emitter | undefined {
  return EMITTERS.find((emitter) => emitter.command === command);
}

export type { Emitted, EmitInput, EmitOptions, Emitter, EmitterFormat } from './emitter.js';
