// analyzeSources tells its caller when the Langium documents have become garbage (the model is
// built and holds none of them), so that the CLI can collect them before the rules run. Heap
// snapshots count the syntax trees' nodes: thousands while the documents are being analysed, as
// many as before the analysis (the classes' prototypes) once the hook is called.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { geaFilesIn, MONGOLIA_EXAMPLE, TEST_DATE } from '@gea-arch/fixtures';
import { analyzeSources } from '../src/index.js';

const folder = mkdtempSync(join(tmpdir(), 'gea-heap-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const collect = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/** The syntax tree nodes (Langium's CST node objects) in the heap, after a full collection. */
function syntaxNodesInHeap(name: string): number {
  collect();
  const snapshot = JSON.parse(readFileSync(writeHeapSnapshot(join(folder, `${name}.heapsnapshot`)), 'utf8')) as HeapSnapshot;
  const {
    node_fields: fields,
    node_types: [types],
  } = snapshot.snapshot.meta;
  const [type, nameField] = [fields.indexOf('type'), fields.indexOf('name')];
  let count = 0;
  for (let node = 0; node < snapshot.nodes.length; node += fields.length) {
    const objectName = snapshot.strings[snapshot.nodes[node + nameField]!];
    if (types[snapshot.nodes[node + type]!] === 'object' && /^(Leaf|Composite|Root)CstNodeImpl$/.test(objectName!)) count++;
  }
  return count;
}

interface HeapSnapshot {
  readonly snapshot: { readonly meta: { readonly node_fields: string[]; readonly node_types: [string[]] } };
  readonly nodes: number[];
  readonly strings: string[];
}

describe('analyzeSources', () => {
  it('calls onDocumentsReleased once, when no syntax tree is left in the heap', async () => {
    const sources = Object.entries(geaFilesIn(MONGOLIA_EXAMPLE)).map(([path, text]) => ({
      uri: pathToFileURL(join(MONGOLIA_EXAMPLE, path)).href,
      path,
      text,
    }));
    const before = syntaxNodesInHeap('before');
    const whileParsed: number[] = [];
    const whenReleased: number[] = [];
    const analysis = await analyzeSources(sources, {
      evaluationDate: TEST_DATE,
      onProgress: () => whileParsed.push(syntaxNodesInHeap('parsed')),
      onDocumentsReleased: () => whenReleased.push(syntaxNodesInHeap('released')),
    });
    expect(whileParsed).toHaveLength(1);
    expect(whileParsed[0]).toBeGreaterThan(before + 1_000);
    expect(whenReleased).toEqual([before]);
    expect(analysis.findings).toEqual((await analyzeSources(sources, { evaluationDate: TEST_DATE })).findings);
  }, 60_000);
});
