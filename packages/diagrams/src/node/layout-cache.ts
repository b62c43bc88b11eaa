// Layouts cached on disk by content (Node.js only): the key hashes what the layout is computed
// from, so an unchanged view is read back instead of laid out again. A file that does not fit is a miss.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ViewGraph } from '@gea-arch/core';
import type { Fonts } from '../fonts/fonts.js';
import { fitsGraph, type LayoutGeometry } from '../layout/layout-geometry.js';
import { layoutInput, type LayoutViewOptions } from '../layout/layout-view.js';

/**
 * Bump when the layout code changes what it produces for the same input. 2: each view's layout
 * chosen among candidates (nested or bundled groups, right or down, labels inline or numbered).
 * 4: hubs that are groups, routes with needless jogs taken out. 5: edges between parts laid out one way.
 * 6: fewer candidates for a view over its limits (one direction once clear; no seeded order for one far too large for A3
 * whose crossings and bends are within their limits). 7: views of more than 60 nodes laid out rightwards only.
 */
export const LAYOUT_VERSION = 7;

/**
 * The key of a view's layout: sha256 over canonical JSON of exactly what the geometry is computed
 * from: the graph ELK is given (sizes, nesting, edge ends, options) and the wrapped text blocks.
 * So tooltips, links or colours change no key, while a change in measuring or in the renderer's
 * room for badges and shapes does. LAYOUT_VERSION covers changes in the code that reads ELK's answer.
 */
export function layoutCacheKey(graph: ViewGraph, fonts: Fonts, options: LayoutViewOptions = {}): string {
  const { sizes, elkGraph } = layoutInput(graph, fonts, options);
  const texts = {
    nodes: sizes.nodes.map((size) => [size.label, size.detail]),
    groups: sizes.groups.map((size) => size.label),
    edges: sizes.edgeLabels.map((size) => size?.text),
  };
  return createHash('sha256')
    .update(canonicalJson({ version: LAYOUT_VERSION, elkGraph, texts }))
    .digest('hex');
}

interface CacheFile {
  readonly version: number;
  readonly key: string;
  readonly geometry: LayoutGeometry;
}

export function cacheFilePath(cacheDir: string, key: string): string {
  return join(cacheDir, `${key}.json`);
}

/** The cached geometry for `key`, or undefined when there is none or the file is unreadable or does not fit `graph`. */
export function readCachedLayout(cacheDir: string, key: string, graph: ViewGraph): LayoutGeometry | undefined {
  let file: unknown;
  try {
    file = JSON.parse(readFileSync(cacheFilePath(cacheDir, key), 'utf8'));
  } catch {
    return undefined;
  }
  if (!isCacheFile(file) || file.version !== LAYOUT_VERSION || file.key !== key) return undefined;
  return fitsGraph(file.geometry, graph) ? file.geometry : undefined;
}

/** Whether `geometry`, cached, would be read back for `graph` (a layout function given in its stead may draw what would not). */
export function readsBack(geometry: LayoutGeometry, graph: ViewGraph): boolean {
  return isCacheFile({ version: LAYOUT_VERSION, key: '', geometry }) && fitsGraph(geometry, graph);
}

/** Writes to a temporary file and renames it into place, so a reader never sees half a file. */
export function writeCachedLayout(cacheDir: string, key: string, geometry: LayoutGeometry): void {
  mkdirSync(cacheDir, { recursive: true });
  const target = cacheFilePath(cacheDir, key);
  const temporary = `${target}.${process.pid}-${threadId}.tmp`;
  const file: CacheFile = { version: LAYOUT_VERSION, key, geometry };
  try {
    writeFileSync(temporary, JSON.stringify(file));
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Deletes cached layouts other than `keep`: what no current view needs would only pile up. */
export function pruneLayoutCache(cacheDir: string, keep: ReadonlySet<string>): number {
  let entries: string[];
  try {
    entries = readdirSync(cacheDir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const entry of entries) {
    if (!entry.endsWith('.json') || keep.has(entry.slice(0, -'.json'.length))) continue;
    rmSync(join(cacheDir, entry), { force: true });
    removed++;
  }
  return removed;
}

/** JSON with object keys sorted at every level and undefined members left out. */
export function canonicalJson(value: unknown): string {
  // Appended to one string (V8 joins the pieces once, when it is hashed): a national model's
  // layout inputs are 30 MB of it, and a string per member, joined level by level, took seconds.
  return appendCanonical('', value);
}

function appendCanonical(json: string, value: unknown): string {
  if (value === null || typeof value !== 'object') return json + (JSON.stringify(value) ?? 'null');
  if (Array.isArray(value)) {
    json += '[';
    for (let index = 0; index < value.length; index++) json = appendCanonical(index === 0 ? json : `${json},`, value[index]);
    return `${json}]`;
  }
  const record = value as Record<string, unknown>;
  json += '{';
  let first = true;
  for (const key of sortedKeys(record)) {
    const member = record[key];
    if (member === undefined) continue;
    json = appendCanonical(`${json}${first ? '' : ','}${quotedKey(key)}:`, member);
    first = false;
  }
  return `${json}}`;
}

/** The object's keys in code-unit order, sorted in place: an object here has a handful. */
function sortedKeys(record: object): string[] {
  const keys = Object.keys(record);
  for (let index = 1; index < keys.length; index++) {
    const key = keys[index]!;
    let at = index;
    for (; at > 0 && keys[at - 1]! > key; at--) keys[at] = keys[at - 1]!;
    keys[at] = key;
  }
  return keys;
}

const QUOTED_KEYS = new Map<string, string>();

function quotedKey(key: string): string {
  let quoted = QUOTED_KEYS.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (QUOTED_KEYS.size < 1000) QUOTED_KEYS.set(key, quoted);
  }
  return quoted;
}

function isCacheFile(value: unknown): value is CacheFile {
  if (!isRecord(value) || typeof value.version !== 'number' || typeof value.key !== 'string') return false;
  const geometry = value.geometry;
  if (!isRecord(geometry) || !isFiniteNumber(geometry.width) || !isFiniteNumber(geometry.height)) return false;
  const { nodes, groups, edges, plan, warnings } = geometry;
  return (
    (plan === undefined || typeof plan === 'string') &&
    (warnings === undefined || (Array.isArray(warnings) && warnings.every((warning) => typeof warning === 'string'))) &&
    Array.isArray(nodes) &&
    nodes.every((node) => isBox(node) && isTextBlock(node.label) && (node.detail === undefined || isTextBlock(node.detail))) &&
    Array.isArray(groups) &&
    groups.every((group) => isBox(group) && Number.isInteger(group.index) && isTextBlock(group.label)) &&
    Array.isArray(edges) &&
    edges.every(
      (edge) =>
        isRecord(edge) &&
        Array.isArray(edge.points) &&
        edge.points.length >= 2 &&
        edge.points.every((point) => isRecord(point) && isFiniteNumber(point.x) && isFiniteNumber(point.y)) &&
        (edge.label === undefined ||
          (isBox(edge.label) && isTextBlock(edge.label.text) && (edge.label.key === undefined || Number.isInteger(edge.label.key)))),
    )
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isBox(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) && isFiniteNumber(value.x) && isFiniteNumber(value.y) && isFiniteNumber(value.width) && isFiniteNumber(value.height)
  );
}

function isTextBlock(value: unknown): boolean {
  return (
    isRecord(value) &&
    Array.isArray(value.lines) &&
    value.lines.every((line) => typeof line === 'string') &&
    isFiniteNumber(value.fontSize) &&
    typeof value.bold === 'boolean' &&
    isFiniteNumber(value.width)
  );
}
