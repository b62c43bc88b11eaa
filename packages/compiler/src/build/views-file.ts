// The file a build remembers its views in (remembered-views.ts), `out/.cache/views.txt`: headed by
// the identity of the code and settings that wrote it, then the plateaus' digest, one line per
// element, the findings' digests, and two lines per view (what it read; its graph as JSON, taken
// back as it was written). Lines rather than one JSON document: a national model's file is 35 MB,
// mostly graphs, and a reused view's graph is written back without being made into JSON again.
import { open, readFile, rename, rm } from 'node:fs/promises';
import { threadId } from 'node:worker_threads';
import type { ViewGraph } from '@gea-arch/core';
import type { ElementRecord } from './element-changes.js';
import type { RememberedView, ViewMemory } from './remembered-views.js';

export const VIEWS_FILE = 'views.txt';
const FORMAT = 'gea views 1';

/** The memory in `path` when code of `identity` wrote it whole; undefined otherwise. */
export async function readViewMemory(path: string, identity: string): Promise<ViewMemory | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return parsed(text, identity);
  } catch {
    // Not gea's or not whole: every view is computed.
    return undefined;
  }
}

/**
 * Replaces `path` with `memory`, written a piece at a time (never all in memory at once) to a new
 * file renamed over the old one; a file that cannot be written is left as it was (the next build
 * computes more).
 */
export async function writeViewMemory(path: string, identity: string, memory: ViewMemory<string | ViewGraph>): Promise<void> {
  const temporary = `${path}.${process.pid}-${threadId}.tmp`;
  try {
    const file = await open(temporary, 'w');
    try {
      let piece = '';
      for (const line of lines(memory, identity)) {
        piece += `${line}\n`;
        if (piece.length > PIECE) {
          await file.write(piece);
          piece = '';
        }
      }
      await file.write(piece);
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch {
    // Remembered as before, or not at all: either still holds for the model it was written from.
    await rm(temporary, { force: true });
  }
}

/** Characters written at once. */
const PIECE = 1 << 22;

function* lines(memory: ViewMemory<string | ViewGraph>, identity: string): Generator<string> {
  yield JSON.stringify(identity);
  yield [FORMAT, memory.elements.length, memory.views.size, memory.plateaus].join('\t');
  const place = new Map(memory.elements.map((record, index) => [record.id, index]));
  for (const { id, full, label, rest, names } of memory.elements) {
    yield [id, full, label, rest, names.map((name) => place.get(name)).join(',')].join('\t');
  }
  yield JSON.stringify(Object.fromEntries(memory.findings));
  for (const [key, view] of memory.views) {
    const [id, folded = ''] = key.split('\t');
    yield [id, folded, view.everything ? 1 : 0, view.whole, view.drawn, view.reads.join(','), view.spec].join('\t');
    yield typeof view.graph === 'string' ? view.graph : JSON.stringify(view.graph);
  }
}

function parsed(text: string, identity: string): ViewMemory | undefined {
  const lines = text.split('\n');
  if (lines[0] !== JSON.stringify(identity)) return undefined;
  const [format, elementCount, viewCount, plateaus] = lines[1]!.split('\t');
  const elementsEnd = 2 + Number(elementCount);
  if (format !== FORMAT || plateaus === undefined || lines.length !== elementsEnd + 1 + 2 * Number(viewCount) + 1) return undefined;
  const rows = lines.slice(2, elementsEnd).map((line) => line.split('\t'));
  const elements = rows.map(([id, full, label, rest, names]): ElementRecord => {
    if (!id || !full || !label || !rest || names === undefined) throw new Error('not an element');
    return { id, full, label, rest, names: names === '' ? [] : names.split(',').map((place) => rows[Number(place)]![0]!) };
  });
  const findings = new Map(Object.entries(JSON.parse(lines[elementsEnd]!) as Record<string, unknown>));
  if (![...findings.values()].every((digest) => typeof digest === 'string')) return undefined;
  const isRead = (read: number) => Number.isInteger(read) && read >= 0 && read >> 3 < elements.length;
  const views = new Map<string, RememberedView>();
  for (let line = elementsEnd + 1; line < lines.length - 1; line += 2) {
    const [id, folded, everything, whole, drawn, reads, spec] = lines[line]!.split('\t');
    if (!id || folded === undefined || !whole || !drawn || reads === undefined || spec === undefined) throw new Error('not a view');
    const read = reads === '' ? [] : reads.split(',').map(Number);
    if (!read.every(isRead)) return undefined;
    views.set(folded ? `${id}\t${folded}` : id, {
      spec,
      everything: everything === '1',
      reads: read,
      graph: lines[line + 1]!,
      whole,
      drawn,
    });
  }
  return { plateaus, elements, findings: findings as Map<string, string>, views };
}
