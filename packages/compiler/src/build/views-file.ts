// Where a build remembers its views (remembered-views.ts): a folder, `out/.cache/views/`, with
// `memory.txt` — headed by the identity of the code and settings that wrote it, then the plateaus'
// digest, one line per element, the findings' digests and one line per view (what it read, its
// graph's digests) — and each view's graph as JSON in a file named by its digest. After an edit a
// build writes the few graphs it computed and leaves the others' files as they are: a national
// model's graphs are 37 MB, which took a quarter of a second to write again on every build.
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ViewGraph } from '@gea-arch/core';
import type { ElementRecord } from './element-changes.js';
import type { RememberedView, ViewMemory, ViewsToRemember } from './remembered-views.js';
import { replaceFile } from './replace-file.js';

export const VIEWS_FOLDER = 'views';
const MEMORY = 'memory.txt';
const FORMAT = 'gea views 1';
const GRAPH = '.json';

/** The memory in `folder` when code of `identity` wrote it whole; undefined otherwise. */
export async function readViewMemory(folder: string, identity: string): Promise<ViewMemory | undefined> {
  let text: string;
  try {
    text = await readFile(join(folder, MEMORY), 'utf8');
  } catch {
    return undefined;
  }
  try {
    return parsed(text, identity, folder);
  } catch {
    // Not gea's or not whole: every view is computed.
    return undefined;
  }
}

/**
 * Leaves in `folder` what a build remembers: the graphs it computed that are not there, its memory,
 * and no graph it does not name. Each file is written whole or not at all (`replaceFile`); anything
 * that cannot be written is left as it was: the next build computes more.
 */
export async function writeViewMemory(folder: string, identity: string, { memory, computed }: ViewsToRemember): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
    const present = new Set(await readdir(folder));
    // A graph that could not be read was removed (`graphIn`): computed again, it is written again.
    for (const [whole, graph] of computed)
      if (!present.has(`${whole}${GRAPH}`)) await replaceFile(join(folder, `${whole}${GRAPH}`), JSON.stringify(graph));
    await replaceFile(join(folder, MEMORY), `${[...lines(memory, identity)].join('\n')}\n`);
    const named = new Set([...memory.views.values()].map((view) => `${view.whole}${GRAPH}`));
    for (const file of present) if (file.endsWith(GRAPH) && !named.has(file)) await rm(join(folder, file), { force: true });
  } catch {
    // Remembered as before, or in part: what is there still holds for the model it was written from.
  }
}

function* lines(memory: ViewsToRemember['memory'], identity: string): Generator<string> {
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
  }
}

function parsed(text: string, identity: string, folder: string): ViewMemory | undefined {
  const lines = text.split('\n');
  if (lines[0] !== JSON.stringify(identity)) return undefined;
  const [format, elementCount, viewCount, plateaus] = lines[1]!.split('\t');
  const elementsEnd = 2 + Number(elementCount);
  if (format !== FORMAT || plateaus === undefined || lines.length !== elementsEnd + 1 + Number(viewCount) + 1) return undefined;
  const rows = lines.slice(2, elementsEnd).map((line) => line.split('\t'));
  const elements = rows.map(([id, full, label, rest, names]): ElementRecord => {
    if (!id || !full || !label || !rest || names === undefined) throw new Error('not an element');
    return { id, full, label, rest, names: names === '' ? [] : names.split(',').map((place) => rows[Number(place)]![0]!) };
  });
  const findings = new Map(Object.entries(JSON.parse(lines[elementsEnd]!) as Record<string, unknown>));
  if (![...findings.values()].every((digest) => typeof digest === 'string')) return undefined;
  const isRead = (read: string) => /^\d{1,10}$/.test(read) && Number(read) < 2 ** 31 && Number(read) >> 3 < elements.length;
  const views = new Map<string, RememberedView>();
  for (const line of lines.slice(elementsEnd + 1, -1)) {
    const [id, folded, everything, whole, drawn, reads, spec] = line.split('\t');
    if (!id || folded === undefined || !whole || !drawn || reads === undefined || spec === undefined) return undefined;
    const read = reads === '' ? [] : reads.split(',');
    if (!read.every(isRead)) return undefined;
    views.set(folded ? `${id}\t${folded}` : id, {
      spec,
      everything: everything === '1',
      reads: Int32Array.from(read, Number),
      whole,
      drawn,
    });
  }
  return {
    plateaus,
    elements,
    findings: findings as Map<string, string>,
    views,
    graphOf: (view) => graphIn(join(folder, `${view.whole}${GRAPH}`)),
  };
}

/** The graph in `path`; undefined when it cannot be read (the view is computed instead, and its file written again). */
function graphIn(path: string): ViewGraph | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ViewGraph;
  } catch {
    forget(path);
    return undefined;
  }
}

function forget(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Left as it is: written again only if it can be.
  }
}
